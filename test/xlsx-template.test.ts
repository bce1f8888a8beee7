// The template workbook against the format's own files: every label of report-format-2021.json in a
// cell, the merges of tables 三 and 四 as the official Word template has them, names, validations,
// protection and print set-up as the layout declares them.
import * as fs from "fs";
import ExcelJS from "exceljs";
import { parseRange } from "../src/layout/a1";
import { buildReportLayout, buildReportLayoutWithBlocks, LAYOUT_VERSION, SHEET_NAME } from "../src/layout/report-layout";
import { writeTemplate } from "../src/xlsx/write-template";
import { fixturePath } from "./support/fixtures";
import { cellText, collapseColumns, docxTables, jsonLabels, loadWorkbook, sheetGrid } from "./xlsx-support";

let workbook: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;

beforeAll(async () => {
  workbook = await loadWorkbook(await writeTemplate(buildReportLayout({ agency: "五常市小山子镇人民政府", year: 2024 })));
  ws = workbook.getWorksheet(SHEET_NAME)!;
});

function allTexts(): Set<string> {
  const texts = new Set<string>();
  ws.eachRow((row) => row.eachCell((cell) => texts.add(cellText(cell.value))));
  return texts;
}

function namedArea(name: string) {
  const found = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.find((n) => n.name === name);
  return parseRange(found!.ranges[0].split("!")[1].replace(/\$/g, ""))!;
}

test("every label of report-format-2021.json stands in a cell of the template, exactly", () => {
  const texts = allTexts();
  const labels = jsonLabels();
  expect(labels.length).toBeGreaterThan(60);
  const missing = labels.filter((l) => !texts.has(l));
  expect(missing).toEqual([]);
});

test("the title is built from the agency and year (a formula, with its value)", () => {
  const title = ws.getCell(namedArea("XXGK_TITLE").top, 1).value as ExcelJS.CellFormulaValue;
  expect(title.result).toBe("五常市小山子镇人民政府2024年政府信息公开工作年度报告");
  expect(title.formula).toContain("政府信息公开工作年度报告");
});

describe("merges follow the official Word template", () => {
  let docx: Awaited<ReturnType<typeof docxTables>>;
  beforeAll(async () => {
    docx = await docxTables(new Uint8Array(fs.readFileSync(fixturePath("official_30hao_blank_template.docx"))));
  });

  test.each([
    ["表三", "XXGK_T3", 1],
    ["表四", "XXGK_T4", 2],
  ])("%s: the same cells, spans and labels as the template's table", (_name, blockName, tableIndex) => {
    const block = buildReportLayoutWithBlocks().blocks.find((b) => b.name === blockName)!;
    const values = namedArea(blockName);
    const layoutValues = parseRange(block.range)!;
    // the region of the table in this workbook, found through the name
    const dr = values.top - layoutValues.top;
    const region = { top: block.region.top + dr, bottom: block.region.bottom + dr, left: block.region.left, right: block.region.right };
    const sheet = collapseColumns(sheetGrid(ws, region));
    const word = collapseColumns(docx[tableIndex]);
    expect(sheet.length).toBe(word.length);
    expect(sheet).toEqual(word);
    // the structure is not trivial: merged headers are there
    expect(sheet.filter((c) => c.rows > 1 || c.cols > 1).length).toBeGreaterThan(tableIndex === 1 ? 10 : 8);
  });
});

test("every block is reachable through a defined name, and the layout version is recorded", () => {
  const names = (workbook.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
  for (const block of buildReportLayoutWithBlocks().blocks) expect(names).toContain(block.name);
  const v = namedArea("XXGK_LAYOUT_VERSION");
  expect(cellText(ws.getCell(v.top, v.left).value)).toBe(LAYOUT_VERSION);
});

test("input cells are unlocked and filled, labels locked, the sheet protected without a password", () => {
  const layout = buildReportLayout();
  const inputs = layout.cells.filter((c) => c.key !== undefined);
  expect(inputs.length).toBe(200 + 5 + 3);
  for (const c of inputs) {
    const cell = ws.getCell(c.address);
    expect(cell.protection?.locked).toBe(false);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF/);
  }
  for (const c of layout.cells.filter((x) => typeof x.value === "string" && x.key === undefined)) {
    expect(ws.getCell(c.address).protection?.locked).not.toBe(false);
  }
  const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
  expect(protection.sheet).toBe(true);
  expect(protection.hashValue).toBeUndefined();
});

test("count cells take whole numbers ≥ 0, the fee cell a decimal ≥ 0, with Chinese messages", () => {
  const layout = buildReportLayout();
  const t3 = layout.cells.find((c) => c.key === "t3.granted.total")!.address;
  const fee = layout.cells.find((c) => c.key === "t2.admin_fees.fee_amount")!.address;
  const count = ws.getCell(t3).dataValidation;
  expect(count.type).toBe("whole");
  expect(count.operator).toBe("greaterThanOrEqual");
  expect(count.formulae).toEqual([0]);
  expect(count.prompt).toMatch(/整数/);
  expect(count.error).toMatch(/不小于 0 的整数/);
  const money = ws.getCell(fee).dataValidation;
  expect(money.type).toBe("decimal");
  expect(money.prompt).toMatch(/万元/);
});

test("A4 print set-up fitted to the page width, printing title to section 六", () => {
  expect(ws.pageSetup.paperSize).toBe(9);
  expect(ws.pageSetup.fitToPage).toBe(true);
  expect(ws.pageSetup.fitToWidth).toBe(1);
  expect(ws.pageSetup.fitToHeight).toBe(0);
  expect(ws.pageSetup.printArea).toMatch(/A\$?1:\$?O\$?\d+/);
});
