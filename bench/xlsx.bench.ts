// template_xlsx_ms: build the layout and write the template workbook. xlsx_check_ms: read a filled
// workbook (平潭 2024) through its names and check it. Both averaged over several runs after a warm-up.
import { pingtanReport } from "../test/support/fixtures";
import { buildReportLayout } from "../src/layout/report-layout";
import { checkReport } from "../src/report/check";
import { readWorkbookReport } from "../src/xlsx/read-workbook";
import { writeReportWorkbook } from "../src/xlsx/report-workbook";
import { writeTemplate } from "../src/xlsx/write-template";

async function averageMs(runs: number, job: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await job();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await job();
  return Number((Number(process.hrtime.bigint() - start) / 1e6 / runs).toFixed(2));
}

export async function figures(): Promise<Record<string, number>> {
  const template_xlsx_ms = await averageMs(20, () => writeTemplate(buildReportLayout({ agency: "平潭综合实验区", year: 2024 })));
  const filled = await writeReportWorkbook(pingtanReport(2024));
  const xlsx_check_ms = await averageMs(20, async () => {
    const read = await readWorkbookReport(filled);
    if (!read.ok) throw new Error(read.reason.en);
    return checkReport({ report: read.report, format: read.format });
  });
  return { template_xlsx_ms, xlsx_check_ms };
}
