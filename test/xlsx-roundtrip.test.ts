// Reports into filled workbooks and back: the five 平潭 reports keep all 200 values and their prose;
// the reader finds cells through the defined names (a renamed sheet, rows inserted above still read) and
// refuses workbooks that are not ours or whose layout was damaged, with a reason in Chinese and English.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { layoutCellOf, SHEET_NAME } from "../src/layout/report-layout";
import { checkReport, hasErrors } from "../src/report/check";
import { ALL_CELLS, getValue, refKey, Report, t3 } from "../src/report/model";
import { readWorkbookReport } from "../src/xlsx/read-workbook";
import { writeReportWorkbook } from "../src/xlsx/report-workbook";
import { buildReportLayout } from "../src/layout/report-layout";
import { writeTemplate } from "../src/xlsx/write-template";
import { sectionHeading } from "../src/report/format";
import { fixturePath, PINGTAN_YEARS, pingtanReport } from "./support/fixtures";
import { loadWorkbook } from "./xlsx-support";

const REPO = path.resolve(__dirname, "..");

async function readBack(report: Report) {
  const result = await readWorkbookReport(await writeReportWorkbook(report));
  if (!result.ok) throw new Error(`read failed: ${result.reason.en}`);
  return result.report;
}

async function edited(report: Report, edit: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = await loadWorkbook(await writeReportWorkbook(report));
  edit(wb, wb.getWorksheet(SHEET_NAME)!);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The workbook with the defined names matching `pattern` removed from its XML, as a user deleting them would. */
async function withoutNames(bytes: Uint8Array, pattern: RegExp): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const stripped = xml.replace(/<definedName name="([^"]*)"[^>]*>[^<]*<\/definedName>/g, (all, name: string) => (new RegExp(`^${pattern.source}$`).test(name) ? "" : all));
  expect(stripped).not.toBe(xml);
  zip.file("xl/workbook.xml", stripped);
  return zip.generateAsync({ type: "uint8array" });
}

function expectSameValues(back: Report, original: Report): void {
  const differing = ALL_CELLS.filter((ref) => getValue(back, ref) !== getValue(original, ref)).map(refKey);
  expect(differing).toEqual([]);
}

describe.each(PINGTAN_YEARS)("平潭 %i", (year) => {
  test("import → read back: all 200 values, the prose and the particulars, no error finding", async () => {
    const original = pingtanReport(year);
    expect(hasErrors(checkReport({ report: original, format: "2021" }))).toBe(false);
    const back = await readBack(original);
    expect(ALL_CELLS.filter((ref) => getValue(back, ref) === null)).toEqual([]);
    expectSameValues(back, original);
    // the prose comes back as written; sections 二–四 have no prose cell and read as "" (their headings stand on the sheet)
    expect(back.sections).toEqual({ ...original.sections, s2: "", s3: "", s4: "" });
    expect([back.agency, back.year]).toEqual([original.agency, original.year]);
    expect(back.meta?.source_format).toBe("xlsx");
    expect(Object.keys(back.meta?.cells ?? {}).length).toBe(200);
    expect(back.meta?.cells?.["t3.granted.total"]).toBe(layoutCellOf("t3.granted.total")!.address);
    const errors = checkReport({ report: back, format: "2021" }).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });
});

test("the published prose keeps its line breaks", async () => {
  const report = pingtanReport(2024);
  report.sections.s5 = "一是问题。\n二是改进。\n\n三是计划。";
  report.meta = { address: "平潭综合实验区北港路", phone: "0591-12345678", website: "https://www.pingtan.gov.cn" };
  const back = await readBack(report);
  expect(back.sections.s5).toBe("一是问题。\n二是改进。\n\n三是计划。");
  expect(back.meta).toMatchObject(report.meta);
});

test("a finding names the worksheet cell of the wrong total", async () => {
  const report = pingtanReport(2023);
  report.t3.granted.total = (report.t3.granted.total ?? 0) + 1;
  const findings = checkReport({ report: await readBack(report), format: "2021" });
  const rowTotal = findings.find((f) => f.rule === "T3_ROW_TOTAL" && f.row === "granted")!;
  const address = layoutCellOf("t3.granted.total")!.address;
  expect(rowTotal.cells).toEqual([address]);
  expect(rowTotal.message).toContain(`单元格 ${address}`);
});

test("text typed into a count cell is read as no value and reported by NONNEG_INT with its text", async () => {
  const report = pingtanReport(2022);
  const ref = t3("granted", "natural_person");
  report.t3.granted.natural_person = null;
  report.meta = { unreadable: [{ ref, text: "十二件" }] };
  const back = await readBack(report);
  expect(back.t3.granted.natural_person).toBeNull();
  expect(back.meta?.unreadable).toEqual([{ ref, text: "十二件" }]);
  const finding = checkReport({ report: back, format: "2021" }).find((f) => f.rule === "NONNEG_INT")!;
  expect(finding.message).toContain("实为「十二件」");
  expect(finding.cells).toEqual([layoutCellOf(refKey(ref))!.address]);
});

test("a blank template reads as a report with every value null, not 0", async () => {
  const result = await readWorkbookReport(await writeTemplate(buildReportLayout({ agency: "某县人民政府", year: 2025 })));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(ALL_CELLS.every((ref) => getValue(result.report, ref) === null)).toBe(true);
  expect([result.report.agency, result.report.year]).toEqual(["某县人民政府", 2025]);
});

describe("found through the names, not fixed addresses", () => {
  test("a renamed sheet still reads", async () => {
    const zip = await JSZip.loadAsync(await writeReportWorkbook(pingtanReport(2021)));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toContain(SHEET_NAME);
    zip.file("xl/workbook.xml", xml.split(SHEET_NAME).join("2021年报（定稿）"));
    const result = await readWorkbookReport(await zip.generateAsync({ type: "uint8array" }));
    expect(result.ok).toBe(true);
    if (result.ok) expectSameValues(result.report, pingtanReport(2021));
  });

  test("rows inserted above the tables move every name; the values and cell addresses follow", async () => {
    const bytes = await edited(pingtanReport(2022), (_wb, ws) => ws.spliceRows(1, 0, ["说明：本表由办公室填写"], []));
    const result = await readWorkbookReport(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectSameValues(result.report, pingtanReport(2022));
    const layoutAddress = layoutCellOf("t3.granted.total")!.address;
    const moved = layoutAddress.replace(/\d+/, (n) => String(Number(n) + 2));
    expect(result.report.meta?.cells?.["t3.granted.total"]).toBe(moved);
  });
});

describe("refused with a reason", () => {
  const refused = async (bytes: Uint8Array) => {
    const result = await readWorkbookReport(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error("read");
    expect(result.reason.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(result.reason.en).toMatch(/[a-z]/);
    return result.reason;
  };

  test("bytes that are not a workbook", async () => {
    expect((await refused(new Uint8Array(fs.readFileSync(fixturePath("wuchang-xiaoshanzi-2024.txt"))))).zh).toContain("不是有效的 Excel 工作簿");
  });

  test("a workbook not made from the template", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["自然人", 12, 3]);
    const reason = await refused(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(reason.zh).toContain("不是由年报助手模板生成的");
  });

  test("a defined name deleted", async () => {
    const reason = await refused(await withoutNames(await writeReportWorkbook(pingtanReport(2023)), /XXGK_T3/));
    expect(reason.zh).toContain("XXGK_T3");
    expect(reason.zh).toContain("表三");
  });

  test("the row of a named cell deleted in Excel, which leaves the name pointing at #REF!", async () => {
    const zip = await JSZip.loadAsync(await writeReportWorkbook(pingtanReport(2021)));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace(/(<definedName name="XXGK_T2_REGULATIONS"[^>]*>)[^<]*/, `$1'${SHEET_NAME}'!#REF!`));
    const reason = await refused(await zip.generateAsync({ type: "uint8array" }));
    expect(reason.zh).toContain("表二「规章」行");
    expect(reason.en).toContain("XXGK_T2_REGULATIONS");
  });

  test("every name of the template deleted", async () => {
    expect((await refused(await withoutNames(await writeReportWorkbook(pingtanReport(2023)), /XXGK_\w+/))).zh).toContain("不是由年报助手模板生成的");
  });

  test("a row of table 三 deleted", async () => {
    const row = Number(layoutCellOf("t3.denied_state_secret.total")!.address.replace(/\D/g, ""));
    const reason = await refused(await edited(pingtanReport(2024), (_wb, ws) => ws.spliceRows(row, 1)));
    expect(reason.zh).toContain("模板结构已损坏");
    expect(reason.zh).toContain("表三");
    expect(reason.en).toContain("damaged");
  });

  test("a row above table 三 deleted, so labels no longer stand beside their values", async () => {
    const heading = buildReportLayout().cells.find((c) => c.value === sectionHeading("s3"))!;
    const row = Number(heading.address.replace(/\D/g, ""));
    const zip = await JSZip.loadAsync(await writeReportWorkbook(pingtanReport(2024)));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    // the name of table 三 kept while the rows moved up under it: what a careless copy-paste leaves
    const bytes = await edited(pingtanReport(2024), (_wb, ws) => ws.spliceRows(row, 1));
    const zip2 = await JSZip.loadAsync(bytes);
    const xml2 = await zip2.file("xl/workbook.xml")!.async("string");
    const original = /<definedName name="XXGK_T3"[^>]*>[^<]*<\/definedName>/.exec(xml)![0];
    zip2.file("xl/workbook.xml", xml2.replace(/<definedName name="XXGK_T3"[^>]*>[^<]*<\/definedName>/, original));
    const reason = await refused(await zip2.generateAsync({ type: "uint8array" }));
    expect(reason.zh).toMatch(/应为「.+」，实为「.*」/);
  });

  test("a template of an unknown version", async () => {
    const layout = buildReportLayout();
    const versionCell = layout.cells.find((c) => c.value === layout.version)!;
    const bytes = await edited(pingtanReport(2021), (_wb, ws) => (ws.getCell(versionCell.address).value = "xxgk-layout-2099.9"));
    expect((await refused(bytes)).zh).toContain("xxgk-layout-2099.9");
  });
});

describe("the commands", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-xlsx-"));
  const run = (...args: string[]) => {
    try {
      return { code: 0, out: execFileSync("node", [path.join(REPO, "bin/xxgk-report.js"), ...args], { cwd: REPO, encoding: "utf8", stdio: "pipe" }), err: "" };
    } catch (e) {
      const x = e as { status: number; stdout: string; stderr: string };
      return { code: x.status, out: x.stdout, err: x.stderr };
    }
  };

  test("template writes a workbook the reader accepts, with agency and year", async () => {
    const out = path.join(dir, "模板.xlsx");
    expect(run("template", "--agency", "平潭综合实验区", "--year", "2025", "-o", out).code).toBe(0);
    const result = await readWorkbookReport(new Uint8Array(fs.readFileSync(out)));
    expect(result.ok && [result.report.agency, result.report.year]).toEqual(["平潭综合实验区", 2025]);
  });

  test("import turns a report JSON into a filled workbook; bad input exits 2 with a reason", async () => {
    const json = path.join(dir, "pingtan-2024.json");
    fs.writeFileSync(json, JSON.stringify(pingtanReport(2024)));
    const out = path.join(dir, "pingtan-2024.xlsx");
    expect(run("import", json, "-o", out).code).toBe(0);
    const result = await readWorkbookReport(new Uint8Array(fs.readFileSync(out)));
    expect(result.ok).toBe(true);
    if (result.ok) expectSameValues(result.report, pingtanReport(2024));
    const missing = run("import", path.join(dir, "nope.json"), "-o", out);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("/");
    expect(missing.err).not.toMatch(/at .*\.ts:\d+/);
    expect(run("template", "--year", "二〇二四", "-o", out).code).toBe(2);
  });
});
