// check DIR --summary: every report below a directory, one row per file in CSV (UTF-8 BOM) or XLSX, one bad
// file never stopping the rest, a progress bar on stderr beyond 20 files.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { PassThrough } from "stream";
import { runCheck } from "../src/cli/commands/check";
import { SUMMARY_HEADERS, summaryCsv } from "../src/cli/summary";
import { pingtanReport, PINGTAN_YEARS } from "./support/fixtures";
import { checkInProcess, runCli, tempDir, writePingtanJson } from "./check-support";

/** A folder as a reviewer gets it: good reports in sub-folders, a broken one, junk, and a non-report file. */
function reviewFolder(): { dir: string; good: string[]; broken: string; bad: string[] } {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "2023"));
  fs.mkdirSync(path.join(dir, "2024", "乡镇"), { recursive: true });
  const good = [writePingtanJson(path.join(dir, "2023"), 2023), writePingtanJson(path.join(dir, "2024", "乡镇"), 2024)];
  const broken = path.join(dir, "2024", "broken-2022.json");
  const r = pingtanReport(2022);
  r.t3.results_total.natural_person = 70;
  fs.writeFileSync(broken, JSON.stringify(r));
  const bad = [path.join(dir, "2024", "empty.txt"), path.join(dir, "cut.json")];
  fs.writeFileSync(bad[0], "");
  fs.writeFileSync(bad[1], JSON.stringify(pingtanReport(2021)).slice(0, 500));
  fs.writeFileSync(path.join(dir, "photo.png"), "not a report");
  return { dir, good, broken, bad };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r") continue;
    else if (ch === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else field += ch;
  }
  return rows;
}

describe("check DIR --summary", () => {
  test("CSV: a BOM, a header, one row per report file below DIR, bad files included, exit 2", async () => {
    const { dir, good, broken, bad } = reviewFolder();
    const out = path.join(tempDir(), "summary.csv");
    const run = await checkInProcess([dir], { summary: out });
    expect(run.status).toBe(2);
    const raw = fs.readFileSync(out);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString("utf8").slice(1));
    expect(rows[0]).toEqual([...SUMMARY_HEADERS]);
    const byFile = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byFile.keys()].sort()).toEqual([...good, broken, ...bad].sort());
    expect(byFile.get(good[0])).toEqual([good[0], "平潭综合实验区", "2023", "2021年格式", "0", "1", ""]);
    const b = byFile.get(broken)!;
    expect(b.slice(1, 5)).toEqual(["平潭综合实验区", "2022", "2021年格式", "3"]);
    expect(b[6]).toBe("表三「（七）总计」行：总计应为 73（各申请人之和），实为 75，差 2");
    for (const f of bad) {
      expect(byFile.get(f)![3]).toBe("无法读取");
      expect(byFile.get(f)![6]).toContain(f);
    }
    // the bad files were said on stderr too, and the non-report file was noted as skipped
    expect(run.complaints.filter((c) => bad.some((f) => c.zh.includes(f)))).toHaveLength(2);
    expect(run.complaints.some((c) => c.zh.includes("跳过 1 个"))).toBe(true);
  });

  test("XLSX: the same rows in a worksheet", async () => {
    const { dir, good } = reviewFolder();
    const out = path.join(tempDir(), "summary.xlsx");
    await checkInProcess([dir], { summary: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...SUMMARY_HEADERS]);
    expect(sheet.rowCount).toBe(1 + 5);
    const files = Array.from({ length: 5 }, (_, i) => sheet.getCell(i + 2, 1).value);
    expect(files).toEqual(expect.arrayContaining(good));
    const row = sheet.getRow(files.indexOf(good[1]) + 2);
    expect((row.values as unknown[]).slice(1, 7)).toEqual([good[1], "平潭综合实验区", 2024, "2021年格式", 0, 0]);
  });

  test("a summary kept inside the folder is not read as a report on the next run", async () => {
    const dir = tempDir();
    writePingtanJson(dir, 2024);
    const out = path.join(dir, "汇总.xlsx");
    expect((await checkInProcess([dir], { summary: out })).status).toBe(0);
    const again = await checkInProcess([dir], { summary: out });
    expect(again.complaints).toEqual([]);
    expect(again.status).toBe(0);
  });

  test("CSV fields with commas, quotes and line breaks are quoted", () => {
    const csv = summaryCsv([{ file: 'a,"b"\n.json', agency: null, year: null, format: "无法读取", errors: null, warnings: null, firstError: "x" }]);
    expect(parseCsv(csv.slice(1))[1]).toEqual(['a,"b"\n.json', "", "", "无法读取", "", "", "x"]);
  });

  test("--summary with another extension is refused before any work", async () => {
    const run = await checkInProcess([tempDir()], { summary: "out.ods" });
    expect(run.status).toBe(2);
    expect(run.complaints[0].zh).toContain(".csv 或 .xlsx");
  });

  test("more than 20 files: a progress bar on stderr, every file still summarised", async () => {
    const dir = tempDir();
    for (let i = 0; i < 25; i++) writePingtanJson(dir, PINGTAN_YEARS[i % 5], `r${String(i).padStart(2, "0")}.json`);
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let progress = "";
    stream.on("data", (d) => (progress += d.toString()));
    const out = path.join(tempDir(), "s.csv");
    const status = await runCheck([dir], { summary: out }, { out: () => undefined, complain: () => undefined, progress: stream });
    expect(status).toBe(0);
    expect(progress).toContain("25/25");
    expect(parseCsv(fs.readFileSync(out, "utf8").slice(1))).toHaveLength(26);
  });

  test("end to end: check DIR --summary FILE.csv", () => {
    const { dir } = reviewFolder();
    const out = path.join(tempDir(), "summary.csv");
    const run = runCli(["check", dir, "--summary", out]);
    expect(run.status).toBe(2);
    expect(parseCsv(fs.readFileSync(out, "utf8").slice(1))).toHaveLength(6);
    expect(run.stderr.trim().split("\n")).toHaveLength(3);
  });
});
