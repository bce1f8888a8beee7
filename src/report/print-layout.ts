// The finished report laid out on a worksheet for printing (插入到新工作表): title, preamble, the six
// sections with their prose and tables 二, 三, 四 with the official merges, on A4 fitted to the page
// width. A value the report lacks is an empty cell, never 0. Pure data: the Excel gateway draws it.
import { address, columnLetter, range } from "../layout/a1";
import { placeGrid } from "../layout/place-grid";
import type { LayoutCell, SheetLayout } from "../layout/types";
import { Report } from "./model";
import { buildDocument, ReportDocument } from "./render/document";
import { TableGrid } from "./render/tables";

export const PRINT_LAYOUT_VERSION = "print-1";
export const PRINT_SHEET_NAME = "年报打印稿";

// 15 sheet columns: table 四 uses one each; the other tables spread their grid columns over them.
const COLUMN_WIDTHS = [6, 8, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 7, 7, 7, 7, 7, 7, 7];
const SHEET_COLUMNS = COLUMN_WIDTHS.length;
/** how many sheet columns each grid column of a table covers */
const SPREAD: Record<TableGrid["table"], number[]> = {
  t2: [6, 3, 3, 3],
  t3: [1, 1, 6, 1, 1, 1, 1, 1, 1, 1],
  t4: new Array<number>(15).fill(1),
};

// Excel caps a row at 409 pt; longer paragraphs are cut at a sentence end into several rows.
const BODY_POINTS = 12;
const LINE_HEIGHT = 20;
const CHARS_PER_LINE = Math.floor(COLUMN_WIDTHS.reduce((a, b) => a + b, 0) / 2.2);
const MAX_CHARS_PER_ROW = CHARS_PER_LINE * 18;

const LAST = columnLetter(SHEET_COLUMNS);

/** A paragraph cut into pieces short enough for one row, at 。；, where possible. */
export function splitForRows(text: string, max = MAX_CHARS_PER_ROW): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf("。"), window.lastIndexOf("；"), window.lastIndexOf("，"));
    const at = cut > max / 2 ? cut + 1 : max;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

const STYLES: SheetLayout["styles"] = {
  title: { font: { name: "方正小标宋简体", size: 20 }, horizontal: "center", vertical: "middle", wrap: true },
  heading: { font: { name: "黑体", size: 14 }, horizontal: "left", vertical: "middle" },
  body: { font: { name: "仿宋_GB2312", size: BODY_POINTS }, horizontal: "left", vertical: "top", wrap: true },
  section: { font: { name: "宋体", size: 10, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: true },
  header: { font: { name: "宋体", size: 10 }, horizontal: "center", vertical: "middle", wrap: true, border: true },
  label: { font: { name: "宋体", size: 10 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  value: { font: { name: "宋体", size: 10 }, horizontal: "center", vertical: "middle", border: true, numberFormat: "General" },
};

export function documentToPrintLayout(doc: ReportDocument): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  let row = 1;

  const wide = (value: string, style: string, height: number) => {
    cells.push({ address: address(row, 1), value, style });
    merges.push(`A${row}:${LAST}${row}`);
    rowHeights[row] = height;
    row++;
  };
  const paragraph = (text: string) => {
    for (const piece of splitForRows(`　　${text}`)) {
      const lines = Math.max(1, Math.ceil(piece.length / CHARS_PER_LINE));
      wide(piece, "body", Math.min(409, lines * LINE_HEIGHT + 4));
    }
  };

  wide(doc.title, "title", 60);
  row++;
  doc.preamble.forEach(paragraph);
  for (const section of doc.sections) {
    wide(section.heading, "heading", 26);
    section.paragraphs.forEach(paragraph);
    if (section.table) {
      row = drawTable(section.table, row, cells, merges, rowHeights);
      row++;
    }
  }
  return {
    sheetName: PRINT_SHEET_NAME,
    version: PRINT_LAYOUT_VERSION,
    columnWidths: COLUMN_WIDTHS,
    rowHeights,
    styles: STYLES,
    cells,
    merges,
    names: [],
    validations: [],
    conditionalFormats: [],
    print: { paperSize: "A4", orientation: "portrait", fitToWidth: true, printArea: `A1:${LAST}${row - 1}` },
    protection: { enabled: false },
  };
}

/** Draws one table from `top`; returns the row after it. */
function drawTable(grid: TableGrid, top: number, cells: LayoutCell[], merges: string[], rowHeights: Record<number, number>): number {
  grid.rows.forEach((_, r) => (rowHeights[top + r] = grid.table === "t4" && r < 3 ? 40 : 24));
  for (const { cell, row, col, rows, cols } of placeGrid(grid, SPREAD[grid.table], top)) {
    const value = cell.role === "value" ? (cell.text === "" ? null : Number(cell.text)) : cell.text;
    // every cell of a merged area gets the style, so the area prints with its frame
    for (let r = row; r < row + rows; r++) {
      for (let c = col; c < col + cols; c++) cells.push(r === row && c === col ? { address: address(r, c), value, style: cell.role } : { address: address(r, c), style: cell.role });
    }
    if (rows > 1 || cols > 1) merges.push(range(row, col, row + rows - 1, col + cols - 1));
    if (cell.role === "label" && cell.text.length > 24 && rows === 1) rowHeights[row] = 36;
  }
  return top + grid.rows.length;
}

export function printLayout(report: Report): SheetLayout {
  return documentToPrintLayout(buildDocument(report));
}
