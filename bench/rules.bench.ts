// check_ms_per_report: the rules engine on one full real report (平潭 2024), averaged.
import * as path from "path";
import { checkReport } from "../src/report/check";
import { Report } from "../src/report/model";

export async function figures(): Promise<Record<string, number>> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { pingtanReport } = require(path.join(__dirname, "../test/support/fixtures")) as { pingtanReport: (y: number) => Report };
  const report = pingtanReport(2024);
  const n = 20000;
  for (let i = 0; i < 500; i++) checkReport({ report, format: "2021" });
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) checkReport({ report, format: "2021" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { check_ms_per_report: Number((ms / n).toFixed(4)) };
}
