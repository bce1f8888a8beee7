// Draws a SheetLayout into a live worksheet through Office.js: the counterpart of src/xlsx/write-template.ts.
// It only queues commands (no sync): the caller's batch decides when they go to Excel, so a whole
// template costs one round trip. Everything drawn comes from the layout data.
import { address, areaText, columnLetter, parseRange, rectangles } from "../layout/a1";
import { CellStyle, SheetLayout } from "../layout/types";
import type { XRange, XWorksheet } from "./office-types";
import { literal } from "./literal";
import type { FeatureSupport } from "./requirements";

/**
 * A file's column width (characters of the 7-pixel default digit, padding included, as exceljs and the
 * .xlsx store it) → points, which is what Office.js columnWidth takes.
 */
export function charsToPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}
export function pointsToChars(points: number): number {
  return Math.round((points / 0.75 / 7) * 100) / 100;
}

const hex = (rgb: string) => `#${rgb.toUpperCase()}`;

/** The .xlsx template's page margins (src/xlsx/write-template.ts), in points: 0.5, 0.6 and 0.3 inch. */
export const PRINT_MARGINS = { left: 36, right: 36, top: 43.2, bottom: 43.2, header: 21.6, footer: 21.6 } as const;
const PAPER_WIDTH = { A4: { portrait: 595.3, landscape: 841.9 } } as const;

/**
 * The print scale that fits the print area's columns on one page wide: what the .xlsx says with
 * fitToWidth 1 / fitToHeight 0. Office.js has no documented "automatic" page count for the height
 * (fitToHeight 0), and a whole-page fit would squeeze the report onto one page and drop its page breaks,
 * so the scale is worked out from the widths instead (page breaks still apply with a scale).
 */
export function fitToWidthScale(layout: SheetLayout): number {
  const p = layout.print;
  const area = p.printArea ? parseRange(p.printArea) : null;
  const from = area ? area.left - 1 : 0;
  const to = area ? area.right : layout.columnWidths.length;
  const width = layout.columnWidths.slice(from, to).reduce((sum, w) => sum + charsToPoints(w), 0);
  const printable = PAPER_WIDTH[p.paperSize][p.orientation] - PRINT_MARGINS.left - PRINT_MARGINS.right;
  return Math.max(10, Math.min(100, Math.floor((printable / width) * 100)));
}
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(range: XRange, style: CellStyle, width: number, height: number): void {
  const f = range.format;
  if (style.font?.name) f.font.name = style.font.name;
  if (style.font?.size) f.font.size = style.font.size;
  if (style.font?.bold) f.font.bold = true;
  if (style.font?.italic) f.font.italic = true;
  if (style.font?.color) f.font.color = hex(style.font.color);
  if (style.fill) f.fill.color = hex(style.fill);
  if (style.horizontal) f.horizontalAlignment = { left: "Left", center: "Center", right: "Right" }[style.horizontal];
  if (style.vertical) f.verticalAlignment = { top: "Top", middle: "Center", bottom: "Bottom" }[style.vertical];
  if (style.wrap) f.wrapText = true;
  // Office.js writes vertical (stacked) text as 180; the file format calls it 255
  if (style.textRotation !== undefined) f.textOrientation = style.textRotation === 255 ? 180 : style.textRotation;
  if (style.border) {
    const edges = [...EDGES, ...(width > 1 ? (["InsideVertical"] as const) : []), ...(height > 1 ? (["InsideHorizontal"] as const) : [])];
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
  if (style.numberFormat) range.numberFormat = Array.from({ length: height }, () => Array.from({ length: width }, () => style.numberFormat));
  if (style.locked === false) f.protection.locked = false;
}

/** The cells' values and formulas as one rectangle from A1: one command instead of hundreds. */
function contentGrid(layout: SheetLayout): { address: string; formulas: (string | number)[][] } | null {
  const filled = layout.cells.filter((c) => c.formula !== undefined || (c.value !== undefined && c.value !== null));
  if (filled.length === 0) return null;
  const at = filled.map((c) => parseRange(c.address)!);
  const bottom = Math.max(...at.map((a) => a.top));
  const right = Math.max(...at.map((a) => a.left));
  const grid: (string | number)[][] = Array.from({ length: bottom }, () => Array.from({ length: right }, () => ""));
  filled.forEach((c, i) => {
    const { top, left } = at[i];
    grid[top - 1][left - 1] = c.formula !== undefined ? `=${c.formula}` : literal(c.value as string | number);
  });
  return { address: `A1:${address(bottom, right)}`, formulas: grid };
}

/** Queues the whole layout onto `sheet` (a new, empty, unprotected worksheet). */
export function drawLayout(sheet: XWorksheet, layout: SheetLayout, features: FeatureSupport): string[] {
  const notes: string[] = [];
  layout.columnWidths.forEach((w, i) => (sheet.getRange(`${columnLetter(i + 1)}1`).format.columnWidth = charsToPoints(w)));
  for (const [row, h] of Object.entries(layout.rowHeights)) sheet.getRange(`A${row}`).format.rowHeight = h;

  // styles: runs of same-styled cells along a row, stacked into rectangles, one range each
  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const c of layout.cells) {
    if (!c.style) continue;
    const a = parseRange(c.address)!;
    byStyle.set(c.style, [...(byStyle.get(c.style) ?? []), { row: a.top, col: a.left }]);
  }
  for (const [styleKey, cells] of byStyle) {
    const style = layout.styles[styleKey];
    for (const area of rectangles(cells)) {
      const range = sheet.getRange(areaText(area));
      applyStyle(range, style, area.right - area.left + 1, area.bottom - area.top + 1);
    }
  }
  // content before merging: each merged area then keeps its top-left value, as Excel does
  const content = contentGrid(layout);
  if (content) sheet.getRange(content.address).formulas = content.formulas;
  for (const m of layout.merges) sheet.getRange(m).merge(false);

  for (const n of layout.names) sheet.names.add(n.name, sheet.getRange(n.range), "年报助手模板");

  if (features.validation) {
    for (const v of layout.validations) {
      const limits = v.max !== undefined ? { formula1: v.min, formula2: v.max, operator: "Between" } : { formula1: v.min, operator: "GreaterThanOrEqualTo" };
      const dv = sheet.getRange(v.range).dataValidation;
      dv.rule = v.type === "whole" ? { wholeNumber: limits } : { decimal: limits };
      dv.prompt = { showPrompt: true, title: v.inputTitle, message: v.inputMessage };
      dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.errorMessage };
    }
    // showGridlines is ExcelApi 1.8 as well: it may only sit behind this same check
    sheet.showGridlines = false;
  } else if (layout.validations.length) {
    notes.push("validation");
  }

  // Excel gives each new conditional format the top priority, so the last added wins: add lowest first
  for (const cf of [...layout.conditionalFormats].sort((a, b) => b.priority - a.priority)) {
    const style = layout.styles[cf.style];
    const format = sheet.getRange(cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${cf.formula}`;
    if (style.fill) format.custom.format.fill.color = hex(style.fill);
    if (style.font?.color) format.custom.format.font.color = hex(style.font.color);
    if (style.font?.bold) format.custom.format.font.bold = true;
  }

  if (features.pageLayout) {
    const p = layout.print;
    sheet.pageLayout.paperSize = "A4";
    sheet.pageLayout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    const m = PRINT_MARGINS;
    Object.assign(sheet.pageLayout, { leftMargin: m.left, rightMargin: m.right, topMargin: m.top, bottomMargin: m.bottom, headerMargin: m.header, footerMargin: m.footer });
    sheet.pageLayout.centerHorizontally = true;
    if (p.fitToWidth) sheet.pageLayout.zoom = { scale: fitToWidthScale(layout) };
    if (p.printArea) sheet.pageLayout.setPrintArea(p.printArea);
    for (const r of p.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${r + 1}`);
  } else {
    notes.push("pageLayout");
  }
  return notes;
}
