// check_ms_per_report: the rules engine on one full real report (平潭 2024), averaged.
import { pingtanReport } from "../test/support/fixtures";
import { checkReport } from "../src/report/check";

export async function figures(): Promise<Record<string, number>> {
  const report = pingtanReport(2024);
  const n = 20000;
  for (let i = 0; i < 500; i++) checkReport({ report, format: "2021" });
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) checkReport({ report, format: "2021" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { check_ms_per_report: Number((ms / n).toFixed(4)) };
}
