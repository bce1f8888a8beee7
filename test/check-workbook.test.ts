// check reads a workbook made from the template (.xlsx) like any other report, and names worksheet cells.
import * as fs from "fs";
import * as path from "path";
import { writeReportWorkbook } from "../src/xlsx/report-workbook";
import { pingtanReport } from "./support/fixtures";
import { checkInProcess, tempDir } from "./check-support";

describe("check FILE.xlsx", () => {
  test("a filled template reads back with the same values, and a broken sum names its cell", async () => {
    const dir = tempDir();
    const report = pingtanReport(2024);
    const good = path.join(dir, "good.xlsx");
    fs.writeFileSync(good, await writeReportWorkbook(report));
    report.t3.granted.org_commercial = 5;
    const bad = path.join(dir, "bad.xlsx");
    fs.writeFileSync(bad, await writeReportWorkbook(report));
    const run = await checkInProcess([good, bad], { json: true });
    expect(run.complaints).toEqual([]);
    expect(run.status).toBe(1);
    const [g, b] = JSON.parse(run.stdout);
    expect(g.ok).toBe(true);
    expect(g.report.t3).toEqual(pingtanReport(2024).t3);
    expect(g.report.t2).toEqual(pingtanReport(2024).t2);
    const rowTotal = b.findings.find((f: { rule: string }) => f.rule === "T3_ROW_TOTAL");
    expect(rowTotal).toMatchObject({ row: "granted", column: "total", expected: 76, actual: 71 });
    expect(rowTotal.cells).toHaveLength(1);
    expect(rowTotal.message).toMatch(/（单元格 [A-Z]+\d+）$/);
  });

  test("a workbook that is not ours, or not a workbook at all, is unusable with a reason", async () => {
    const dir = tempDir();
    const fake = path.join(dir, "fake.xlsx");
    fs.writeFileSync(fake, "PK not really a zip");
    const run = await checkInProcess([fake]);
    expect(run.status).toBe(2);
    expect(run.complaints[0].zh).toContain("不是有效的 Excel 工作簿");
  });
});
