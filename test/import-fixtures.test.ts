// Every real fixture the reader takes, imported into a workbook and read back the way `check` reads a
// workbook: the same values (null stays null, never 0), particulars and prose.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readInput } from "../src/cli/read-input";
import { ALL_CELLS, getValue, refKey, Report } from "../src/report/model";
import { readWorkbookReport } from "../src/xlsx/read-workbook";
import { writeReportWorkbook } from "../src/xlsx/report-workbook";
import { runCli } from "./check-support";
import { fixturePath, PINGTAN_YEARS, pingtanPagePath } from "./support/fixtures";

const FIXTURES = [
  fixturePath("wuchang-xiaoshanzi-2024.txt"),
  fixturePath("hangzhou-style-2025.html"),
  fixturePath("huaian-2024.pdftotext.txt"),
  fixturePath("huaian-2024-section3-fragment.txt"),
  fixturePath("official_30hao_blank_template.docx"),
  ...PINGTAN_YEARS.map(pingtanPagePath),
];

const values = (r: Report) => Object.fromEntries(ALL_CELLS.map((ref) => [refKey(ref), getValue(r, ref)]));

describe.each(FIXTURES.map((f) => [path.basename(f), f]))("%s → workbook → back", (_name, file) => {
  test("same values, particulars and prose", async () => {
    const read = await readInput(file);
    if (!read.ok) throw new Error(read.reason.zh);
    const back = await readWorkbookReport(await writeReportWorkbook(read.report));
    if (!back.ok) throw new Error(back.reason.zh);
    expect(values(back.report)).toEqual(values(read.report));
    expect([back.report.agency, back.report.year]).toEqual([read.report.agency, read.report.year]);
    for (const s of ["s1", "s5", "s6"] as const) expect(back.report.sections[s] ?? "").toBe((read.report.sections[s] ?? "").replace(/\s+$/, ""));
  });
});

test("the command line: import a published page, then check the workbook — same values as checking the page", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-import-"));
  const out = path.join(dir, "年报.xlsx");
  const cli = (...args: string[]) => runCli(args);
  const page = fixturePath("hangzhou-style-2025.html");
  expect(cli("import", page, "-o", out).status).toBe(0);
  const [fromPage] = JSON.parse(cli("check", "--json", page).stdout);
  const [fromBook] = JSON.parse(cli("check", "--json", out).stdout);
  expect(fromBook.format).toBe("2021");
  expect(values(fromBook.report)).toEqual(values(fromPage.report));
  expect(ALL_CELLS.some((ref) => getValue(fromBook.report, ref) !== null)).toBe(true);
  fs.rmSync(dir, { recursive: true, force: true });
});
