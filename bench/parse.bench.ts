// parse_reports_per_s: every fixture text (seed, five 平潭 pages, 淮安 PDF text and fragment, the HTML
// page) read by parseReport over and over, as bytes, in one process.
// parse_5mb_text_ms: one 5 MB text (the seed repeated) — the reader stays linear on large input.
import * as fs from "fs";
import { parseReport, parseText } from "../src/report/parse";
import { fixturePath, pingtanPagePath, PINGTAN_YEARS, readFixture } from "../test/support/fixtures";

function fixtureFiles(): { name: string; bytes: Uint8Array }[] {
  const paths = [
    ...["wuchang-xiaoshanzi-2024.txt", "hangzhou-style-2025.html", "huaian-2024.pdftotext.txt", "huaian-2024-section3-fragment.txt"].map((n) => fixturePath(n)),
    ...PINGTAN_YEARS.map(pingtanPagePath),
  ];
  return paths.map((p) => ({ name: p, bytes: new Uint8Array(fs.readFileSync(p)) }));
}

export async function figures(): Promise<Record<string, number>> {
  const files = fixtureFiles();
  for (const f of files) {
    const r = await parseReport(f);
    if (!r.ok) throw new Error(`${f.name}: ${r.reason.en}`);
  }
  const rounds = 60;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const f of files) await parseReport(f);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  const seed = readFixture("wuchang-xiaoshanzi-2024.txt");
  const big = seed.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(seed)));
  const t0 = process.hrtime.bigint();
  await parseText(big);
  const bigMs = Number(process.hrtime.bigint() - t0) / 1e6;

  return {
    parse_reports_per_s: Math.round((rounds * files.length) / seconds),
    parse_5mb_text_ms: Math.round(bigMs),
  };
}
