// One layout, two drawers: the .xlsx writer (exceljs, src/xlsx) and the Office.js drawer (src/excel,
// run against the recording fake) must produce the same cells, merges, names, formulas, validations
// and conditional formats.
import ExcelJS from "exceljs";
import { buildReportLayout } from "../src/layout/report-layout";
import { fillLayout } from "../src/layout/fill";
import type { SheetLayout } from "../src/layout/types";
import { writeTemplate } from "../src/xlsx/write-template";
import { createGateway } from "../src/excel/gateway";
import { FakeWorkbook, hiddenByMerge } from "./support/fake-workbook";
import { pointsToChars } from "../src/excel/draw";
import { cellAddress, cellsOf, parseBox } from "./support/fake-address";
import { pingtanReport } from "./support/fixtures";

interface Drawn {
  cells: Record<string, string | number>;
  formulas: Record<string, string>;
  merges: string[];
  names: Record<string, string>;
  conditionalFormats: string[];
  validations: string[];
  unlocked: string[];
  columnWidths: number[];
  /** address → a short description of the look: fill, font, alignment, borders */
  looks: Record<string, string>;
  rowHeights: Record<number, number>;
  /** paper, orientation, margins in inches, centring, print area, and whether the columns fit one page wide */
  print: string;
}

const A4_WIDTH_POINTS = 595.3;

// exceljs reads a font size back as an integer (the file holds 10.5), so sizes are compared truncated
function look(x: { fill?: string; font?: string; size?: number; bold?: boolean; italic?: boolean; color?: string; h?: string; v?: string; wrap?: boolean; border?: boolean }): string {
  return [x.fill ?? "-", x.font ?? "-", x.size === undefined ? "-" : Math.trunc(x.size), x.bold ? "B" : "", x.italic ? "I" : "", x.color ?? "-", x.h ?? "-", x.v ?? "-", x.wrap ? "wrap" : "", x.border ? "box" : ""].join("|");
}

const sorted = (xs: string[]) => [...xs].sort();
const plain = (a: string) => a.replace(/\$/g, "").replace(/^.*!/, "");

async function viaExceljs(layout: SheetLayout): Promise<Drawn> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeTemplate(layout)).buffer as ArrayBuffer);
  const ws = wb.getWorksheet(layout.sheetName)!;
  const out: Drawn = { cells: {}, formulas: {}, merges: [], names: {}, conditionalFormats: [], validations: [], unlocked: [], columnWidths: [], looks: {}, rowHeights: {}, print: "" };
  const layoutAddresses = new Set(layout.cells.map((c) => c.address));
  const rgb = (argb?: string) => (argb ? argb.slice(-6).toUpperCase() : undefined);
  for (const address of layoutAddresses) {
    const st = ws.getCell(address).style;
    const fill = st.fill && st.fill.type === "pattern" ? rgb((st.fill.fgColor as { argb?: string } | undefined)?.argb) : undefined;
    const b = st.border;
    out.looks[address] = look({
      fill,
      font: st.font?.name,
      size: st.font?.size,
      bold: st.font?.bold,
      italic: st.font?.italic,
      color: rgb((st.font?.color as { argb?: string } | undefined)?.argb),
      h: st.alignment?.horizontal,
      v: st.alignment?.vertical,
      wrap: st.alignment?.wrapText,
      border: !!(b?.top && b?.bottom && b?.left && b?.right),
    });
  }
  for (const r of Object.keys(layout.rowHeights)) out.rowHeights[Number(r)] = ws.getRow(Number(r)).height;
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value as ExcelJS.CellValue;
      if (v && typeof v === "object" && "formula" in v) out.formulas[cell.address] = `=${v.formula}`;
      else if (typeof v === "string" || typeof v === "number") out.cells[cell.address] = v;
    }),
  );
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    if (cell.protection?.locked === false) out.unlocked.push(cell.address);
  }));
  out.merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).map((k) => {
    const m = (ws as unknown as { _merges: Record<string, { range: string }> })._merges[k];
    return m.range;
  });
  for (const { name, ranges } of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model) out.names[name] = plain(ranges[0]);
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[]; priority: number }[] }[] }).conditionalFormattings;
  out.conditionalFormats = cfs.flatMap((c) => c.rules.map((r) => ({ p: r.priority, s: `${c.ref} =${r.formulae[0]}` }))).sort((a, b) => a.p - b.p).map((x) => x.s);
  const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }).dataValidations.model;
  out.validations = sorted(Object.entries(dv).map(([range, v]) => `${range.replace(/^range:/, "")} ${v.type} ${v.formulae.join("..")}`));
  out.columnWidths = layout.columnWidths.map((_, i) => ws.getColumn(i + 1).width!);
  const ps = ws.pageSetup;
  const m = ps.margins!;
  // fitToHeight 0: as many pages tall as the page breaks make
  const oneWide = !!ps.fitToPage && ps.fitToWidth === 1 && ps.fitToHeight === 0;
  out.print = [ps.paperSize === 9 ? "A4" : ps.paperSize, ps.orientation, [m.left, m.right, m.top, m.bottom, m.header, m.footer].join(","), ps.horizontalCentered ? "centred" : "", plain(ps.printArea ?? ""), oneWide ? "one page wide" : "wider"].join(" ");
  return out;
}

async function viaOfficeJs(layout: SheetLayout): Promise<Drawn> {
  const book = new FakeWorkbook();
  const gateway = createGateway({ run: book.run, features: { validation: true, pageLayout: true, triggerSource: true } });
  const done = await gateway.insertTemplate(layout, { agency: null, year: 2024 });
  if (!done.ok) throw new Error(done.reason);
  const sheet = book.sheet(layout.sheetName)!;
  const out: Drawn = { cells: {}, formulas: {}, merges: sheet.merges, names: {}, conditionalFormats: [], validations: [], unlocked: [], columnWidths: [], looks: {}, rowHeights: {}, print: "" };
  const H: Record<string, string> = { Left: "left", Center: "center", Right: "right" };
  const V: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };
  const rgb = (hex?: string) => (hex ? hex.replace("#", "").toUpperCase() : undefined);
  for (const c of layout.cells) {
    const f = sheet.peek(c.address)?.format ?? {};
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    out.looks[c.address] = look({
      fill: rgb(f.fill),
      font: f.font?.name,
      size: f.font?.size,
      bold: f.font?.bold,
      italic: f.font?.italic,
      color: rgb(f.font?.color),
      h: f.horizontal ? H[f.horizontal] : undefined,
      v: f.vertical ? V[f.vertical] : undefined,
      wrap: f.wrap,
      border: edges.every((e) => f.borders?.[e]?.style === "Continuous"),
    });
  }
  for (const r of Object.keys(layout.rowHeights)) out.rowHeights[Number(r)] = sheet.rowHeights.get(Number(r))!;
  for (const [address, cell] of sheet.cells) {
    if (!cell.locked) out.unlocked.push(address);
    if (hiddenByMerge(sheet, address)) continue;
    if (cell.formula) out.formulas[address] = cell.formula;
    else if (cell.value !== null && cell.value !== "") out.cells[address] = cell.value as string | number;
  }
  for (const [name, ref] of sheet.names) out.names[name] = plain(`${ref.box ? "" : "#REF!"}${ref.box ? rangeOf(ref.box) : ""}`);
  out.conditionalFormats = sheet.conditionalFormats.map((c) => `${c.range} ${c.formula}`);
  // exceljs reads validations back cell by cell: compare cell by cell
  out.validations = sorted(
    sheet.validations.flatMap((v) => {
      const rule = v.rule as { wholeNumber?: { formula1: number; formula2?: number }; decimal?: { formula1: number; formula2?: number } };
      const limits = rule.wholeNumber ?? rule.decimal!;
      const what = `${rule.wholeNumber ? "whole" : "decimal"} ${[limits.formula1, limits.formula2].filter((x) => x !== undefined).join("..")}`;
      return cellsOf(parseBox(v.range)!).map((c) => `${cellAddress(c)} ${what}`);
    }),
  );
  out.columnWidths = layout.columnWidths.map((_, i) => pointsToChars(sheet.columnWidths.get(i)!));
  const pg = sheet.page;
  const inches = (side: string) => Math.round((pg.margins[side] / 72) * 100) / 100;
  const area = parseBox(pg.printArea ?? "A1:XFD1")!;
  const printedWidth = ([...sheet.columnWidths].filter(([col]) => col >= area.left && col <= area.right).reduce((sum, [, w]) => sum + w, 0) * (pg.zoom?.scale ?? 100)) / 100;
  const printable = A4_WIDTH_POINTS - (pg.margins.left ?? 54) - (pg.margins.right ?? 54);
  // a page count for the height would squeeze the report and ignore its page breaks
  const oneWide = pg.zoom?.verticalFitToPages === undefined && printedWidth <= printable;
  out.print = [pg.paperSize, pg.orientation?.toLowerCase(), ["left", "right", "top", "bottom", "header", "footer"].map(inches).join(","), pg.centerHorizontally ? "centred" : "", pg.printArea, oneWide ? "one page wide" : "wider"].join(" ");
  return out;
}

function rangeOf(b: { top: number; left: number; bottom: number; right: number }): string {
  const col = (c: number) => String.fromCharCode(65 + c);
  const a = `${col(b.left)}${b.top + 1}`;
  const z = `${col(b.right)}${b.bottom + 1}`;
  return a === z ? a : `${a}:${z}`;
}

describe.each([
  ["the blank template", () => buildReportLayout({ agency: "某县人民政府", year: 2024 })],
  ["a filled report", () => fillLayout(buildReportLayout({ agency: "平潭综合实验区", year: 2024 }), pingtanReport(2024))],
])("%s drawn by exceljs and by Office.js", (_what, make) => {
  let xlsx: Drawn;
  let office: Drawn;
  beforeAll(async () => {
    const layout = make();
    [xlsx, office] = await Promise.all([viaExceljs(layout), viaOfficeJs(layout)]);
  });

  it("has the same cell values", () => {
    expect(Object.keys(office.cells).length).toBeGreaterThan(80);
    expect(office.cells).toEqual(xlsx.cells);
  });
  it("has the same formulas", () => {
    expect(Object.keys(office.formulas)).toHaveLength(1);
    expect(office.formulas).toEqual(xlsx.formulas);
  });
  it("has the same merges", () => {
    expect(office.merges.length).toBeGreaterThan(40);
    expect(sorted(office.merges)).toEqual(sorted(xlsx.merges));
  });
  it("has the same defined names", () => {
    expect(Object.keys(office.names).length).toBeGreaterThan(10);
    expect(office.names).toEqual(xlsx.names);
  });
  it("has the same conditional formats, in the same priority order", () => {
    expect(office.conditionalFormats.length).toBeGreaterThan(50);
    expect(office.conditionalFormats).toEqual(xlsx.conditionalFormats);
  });
  it("has the same validations and the same unlocked input cells", () => {
    expect(office.validations).toEqual(xlsx.validations);
    expect(sorted(office.unlocked)).toEqual(sorted(xlsx.unlocked));
  });
  it("has the same look in every cell: fill, font, alignment, wrapping, borders", () => {
    expect(Object.keys(office.looks).length).toBeGreaterThan(300);
    expect(new Set(Object.values(office.looks)).size).toBeGreaterThan(5);
    expect(office.looks).toEqual(xlsx.looks);
  });
  it("prints the same: A4, the same margins, centred, the same print area, one page wide", () => {
    expect(office.print).toMatch(/^A4 portrait .* one page wide$/);
    expect(office.print).toEqual(xlsx.print);
  });
  it("has the same row heights", () => {
    expect(office.rowHeights).toEqual(xlsx.rowHeights);
  });
  it("has the same column widths (within the rounding of points to characters)", () => {
    office.columnWidths.forEach((w, i) => expect(Math.abs(w - xlsx.columnWidths[i])).toBeLessThan(0.2));
  });
});
