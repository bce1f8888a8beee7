// Draws a SheetLayout into an .xlsx file with exceljs. Everything drawn comes from the layout data;
// this module only translates it (the Office.js drawer in src/excel/ does the same for a live workbook).
import ExcelJS from "exceljs";
import { absoluteRange, parseRange } from "../layout/a1";
import { CellStyle, SheetLayout } from "../layout/types";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };

function fontOf(style: CellStyle): Partial<ExcelJS.Font> | undefined {
  const f = style.font;
  if (!f) return undefined;
  const font: Partial<ExcelJS.Font> = {};
  if (f.name) font.name = f.name;
  if (f.size) font.size = f.size;
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.color) font.color = { argb: argb(f.color) };
  if (f.charset) font.charset = f.charset;
  return font;
}

function cellStyleOf(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font = fontOf(style);
  if (font) out.font = font;
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (style.textRotation !== undefined) alignment.textRotation = style.textRotation === 255 ? "vertical" : style.textRotation;
  if (Object.keys(alignment).length) out.alignment = alignment;
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  out.protection = { locked: style.locked !== false };
  return out;
}

/** A conditional format's look: only fill and font colour, as the layout promises. */
function highlightStyleOf(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) }, fgColor: { argb: argb(style.fill) } };
  if (style.font?.color || style.font?.bold) out.font = { ...(style.font.color ? { color: { argb: argb(style.font.color) } } : {}), ...(style.font.bold ? { bold: true } : {}) };
  return out;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Draws the layout onto a new worksheet of `workbook`. */
export function drawLayout(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(layout.sheetName, {
    views: [{ showGridLines: false }],
    properties: { defaultRowHeight: 18 },
  });
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, h] of Object.entries(layout.rowHeights)) ws.getRow(Number(row)).height = h;

  for (const cell of layout.cells) {
    const c = ws.getCell(cell.address);
    if (cell.style) c.style = cellStyleOf(layout.styles[cell.style]);
  }
  for (const m of layout.merges) ws.mergeCells(m);
  for (const cell of layout.cells) {
    const c = ws.getCell(cell.address);
    if (cell.formula !== undefined) c.value = { formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
    else if (cell.value !== undefined && cell.value !== null) c.value = cell.value;
  }

  for (const v of layout.validations) {
    const between = v.max !== undefined;
    const rule: ExcelJS.DataValidation = {
      type: v.type,
      operator: between ? "between" : "greaterThanOrEqual",
      formulae: between ? [v.min, v.max] : [v.min],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: v.inputTitle,
      prompt: v.inputMessage,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.errorMessage,
    };
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, rule);
  }

  for (const cf of [...layout.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: cf.priority, formulae: [cf.formula], style: highlightStyleOf(layout.styles[cf.style]) }],
    });
  }

  for (const n of layout.names) workbook.definedNames.add(`${quoteSheet(layout.sheetName)}!${absoluteRange(parseRange(n.range)!)}`, n.name);

  const p = layout.print;
  ws.pageSetup = {
    paperSize: 9,
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    // exceljs prefixes only the column with '$'; giving it "A$1:O$61" yields the absolute "$A$1:$O$61"
    ...(p.printArea ? { printArea: p.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
  };
  for (const r of p.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  return ws;
}

/** The layout as a workbook file. */
export async function writeTemplate(layout: SheetLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "政府信息公开年报助手";
  workbook.calcProperties = { fullCalcOnLoad: true };
  const ws = drawLayout(workbook, layout);
  if (layout.protection.enabled) {
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
