// export_docx_ms, export_html_ms: one full real report (平潭 2024, every value and the published prose)
// rendered to a Word file and to a standalone HTML page, averaged after a warm-up.
import { pingtanReport } from "../test/support/fixtures";
import { renderHtmlPage } from "../src/report/render/render-html";
import { renderDocx } from "../src/report/render/render-docx";

async function average(n: number, warmup: number, job: () => unknown): Promise<number> {
  for (let i = 0; i < warmup; i++) await job();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await job();
  return Number(process.hrtime.bigint() - start) / 1e6 / n;
}

export async function figures(): Promise<Record<string, number>> {
  const report = pingtanReport(2024);
  const docx = await average(30, 5, () => renderDocx(report));
  const html = await average(500, 50, () => renderHtmlPage(report));
  return { export_docx_ms: Number(docx.toFixed(2)), export_html_ms: Number(html.toFixed(3)) };
}
