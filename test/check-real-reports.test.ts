// check on real published reports: the seed reads complete and clean, the five 平潭 years have no error,
// and the --json output keeps the contract's shape.
import * as fs from "fs";
import * as path from "path";
import { checkParsed } from "../src/cli/commands/check";
import { readInput } from "../src/cli/read-input";
import { ALL_CELLS, getValue } from "../src/report/model";
import { fixturePath, PINGTAN_YEARS } from "./support/fixtures";
import { checkInProcess, runCli, tempDir, writePingtanJson } from "./check-support";

describe("check on real reports", () => {
  test("the seed (五常市小山子镇 2024) reads as a complete 2021-format report, 200 values all 0, no error finding", async () => {
    const input = await readInput(fixturePath("wuchang-xiaoshanzi-2024.txt"));
    if (!input.ok) throw new Error(`seed not read: ${input.reason.en}`);
    expect(input.format).toBe("2021");
    expect(ALL_CELLS).toHaveLength(200);
    const values = ALL_CELLS.map((ref) => getValue(input.report, ref));
    expect(values.filter((v) => v === 0)).toHaveLength(200);
    const checked = checkParsed(input, null);
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(checked.ok).toBe(true);
  });

  test("the five 平潭 reports as JSON files have no error finding and exit 0", async () => {
    const dir = tempDir();
    const files = PINGTAN_YEARS.map((y) => writePingtanJson(dir, y));
    const run = await checkInProcess(files, { json: true });
    expect(run.complaints).toEqual([]);
    const entries = JSON.parse(run.stdout) as { file: string; ok: boolean; findings: { severity: string; message: string }[] }[];
    expect(entries.map((e) => e.file)).toEqual(files);
    for (const e of entries) {
      expect(e.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
      expect(e.ok).toBe(true);
    }
    expect(run.status).toBe(0);
  });

  test("--json prints one array, one entry per FILE with file, ok, format, report and findings (end to end)", () => {
    const dir = tempDir();
    const good = writePingtanJson(dir, 2024);
    const broken = path.join(dir, "broken.json");
    const report = JSON.parse(fs.readFileSync(good, "utf8"));
    report.t3.granted.natural_person += 1;
    fs.writeFileSync(broken, JSON.stringify(report));
    const run = runCli(["check", "--json", good, broken]);
    expect(run.status).toBe(1);
    const entries = JSON.parse(run.stdout);
    expect(entries).toHaveLength(2);
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(["file", "findings", "format", "ok", "report"]);
    expect(entries[0]).toMatchObject({ file: good, ok: true, format: "2021" });
    expect(entries[0].report.t3.new_received.total).toBe(218);
    expect(entries[1]).toMatchObject({ file: broken, ok: false });
    const rowTotal = entries[1].findings.find((f: { rule: string }) => f.rule === "T3_ROW_TOTAL");
    expect(rowTotal).toEqual({
      rule: "T3_ROW_TOTAL",
      severity: "error",
      table: "t3",
      row: "granted",
      column: "total",
      expected: 72,
      actual: 71,
      message: "表三「（一）予以公开」行：总计应为 72（各申请人之和），实为 71，差 1",
    });
  });

  test("without --json: a readable Chinese summary per file, errors before warnings", () => {
    const dir = tempDir();
    const file = writePingtanJson(dir, 2023);
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    report.t4.review_upheld += 1;
    fs.writeFileSync(file, JSON.stringify(report));
    const run = runCli(["check", file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("机关：平潭综合实验区");
    expect(run.stdout).toContain("年度：2023");
    expect(run.stdout).toContain("格式：2021年格式");
    expect(run.stdout).toMatch(/错误 1 项，提醒 1 项/);
    const errorsAt = run.stdout.indexOf("错误（须改正）");
    const warningsAt = run.stdout.indexOf("提醒（请人工确认）");
    expect(errorsAt).toBeGreaterThan(0);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    expect(run.stdout).toContain("表四「行政复议」：总计应为 3");
    expect(run.stdout).toContain("393");
  });
});
