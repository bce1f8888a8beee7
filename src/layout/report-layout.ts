// The report worksheet as data: title, particulars, the six sections, tables 二/三/四 laid out as the
// official Word template (../shared/fixtures/official_30hao_blank_template.docx) lays them out, defined
// names for every block, validations and the highlighting generated from the sum rules.
// The tables are the grids every renderer draws (src/report/render/tables.ts), spread over 15 sheet
// columns A–O:
//   table 二: label A:C, values D:G | H:K | L:O (a single value spans D:O, the template's colspan=3)
//   table 三: row labels A | B | C:F (the template's three label columns), values G:M
//   table 四: the 15 values A:O
import { address, Area, Cell, parseAddress, parseRange, range } from "./a1";
import { highlightFormats, HIGHLIGHT_STYLES } from "./highlight";
import { placeGrid } from "./place-grid";
import { CellStyle, DefinedName, LayoutCell, SheetLayout, Validation } from "./types";
import { REPORT_TITLE_SUFFIX, reportTitle, SECTIONS, SectionId, sectionHeading, T3_CORNER_NOTE, T3_ROW_GROUPS } from "../report/format";
import { CellRef, emptyReport, isFeeCell, parseRefKey, refKey, TableId } from "../report/model";
import { cellLabel } from "../report/labels";
import { CellRole, tableGrid } from "../report/render/tables";

export const SHEET_NAME = "政府信息公开年报";
/** Recorded in the sheet (XXGK_LAYOUT_VERSION); a reader accepts only versions it knows. */
export const LAYOUT_VERSION = "xxgk-layout-2021.1";
export const NAME_PREFIX = "XXGK_";
/** The defined name of the cell that records LAYOUT_VERSION. */
export const VERSION_NAME = `${NAME_PREFIX}LAYOUT_VERSION`;

const COLUMN_COUNT = 15;
// value columns narrow enough that the template's short header labels wrap like the Word template's
const COLUMN_WIDTHS = [8, 8, 10, 10, 10, 10, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5];
const LAST_COL = COLUMN_COUNT;

/** How many sheet columns each grid column of a table (tables.ts) covers, from column A. */
const TABLE_SPREAD: Record<TableId, readonly number[]> = {
  t2: [3, 4, 4, 4],
  t3: [1, 1, 4, 1, 1, 1, 1, 1, 1, 1],
  t4: new Array<number>(15).fill(1),
};
const T2_FIRST_VALUE_COL = TABLE_SPREAD.t2[0] + 1;
/** Row heights in points: the table's header rows, then every other row. */
const TABLE_HEIGHTS: Record<TableId, { header: number[]; body: number }> = {
  t2: { header: [], body: 20 },
  t3: { header: [22, 22, 34], body: 19 },
  t4: { header: [22, 22, 34], body: 30 },
};

/** The defined name of a particular's or a prose section's input cell: XXGK_AGENCY, XXGK_S1. */
const nameOfKey = (key: string) => `${NAME_PREFIX}${key.toUpperCase()}`;

/** The report particulars above the tables; `key` is what LayoutCell.key holds for the input cell. */
export const PARTICULARS = (
  [
    { key: "agency", label: "机关名称" },
    { key: "year", label: "年度" },
    { key: "address", label: "地址" },
    { key: "phone", label: "电话" },
    { key: "website", label: "查阅网址" },
  ] as const
).map((p) => ({ ...p, name: nameOfKey(p.key) }));
export type ParticularKey = (typeof PARTICULARS)[number]["key"];

/** The template's hint beside the heading of each prose section. */
const PROSE_HINTS: Partial<Record<SectionId, string>> = {
  s1: "（文字描述）",
  s5: "（文字描述）",
  s6: "（文字描述，收取信息处理费情况在此处报告。）",
};
/** The sections written as prose in the sheet (the format's text sections). */
export const PROSE_SECTIONS: readonly { id: SectionId; name: string; hint: string }[] = SECTIONS.filter((s) => s.kind === "text").map((s) => ({
  id: s.id,
  name: nameOfKey(s.id),
  hint: PROSE_HINTS[s.id] ?? "",
}));

export const COLORS = {
  input: "FFF9DB",
  blockTitle: "C6D9F1",
  strong: "FF4D4D",
  light: "FFD9D9",
  invalid: "B9A3F0",
} as const;

const SONG = "宋体";
const FANGSONG = "仿宋";
const GB2312 = 134;

const STYLES: Record<string, CellStyle> = {
  title: { font: { name: SONG, size: 18, bold: true, charset: GB2312 }, horizontal: "center", vertical: "middle", wrap: true },
  particularLabel: { font: { name: SONG, size: 11, charset: GB2312 }, horizontal: "center", vertical: "middle", border: true },
  particularInput: { font: { name: FANGSONG, size: 11, charset: GB2312 }, horizontal: "left", vertical: "middle", border: true, fill: COLORS.input, locked: false, wrap: true },
  heading: { font: { name: SONG, size: 13, bold: true, charset: GB2312 }, horizontal: "left", vertical: "bottom" },
  hint: { font: { name: FANGSONG, size: 10.5, italic: true, color: "7F7F7F", charset: GB2312 }, horizontal: "left", vertical: "bottom" },
  prose: { font: { name: FANGSONG, size: 12, charset: GB2312 }, horizontal: "left", vertical: "top", wrap: true, border: true, fill: COLORS.input, locked: false },
  blockTitle: { font: { name: SONG, size: 10.5, charset: GB2312 }, horizontal: "left", vertical: "middle", border: true, fill: COLORS.blockTitle },
  header: { font: { name: SONG, size: 10.5, charset: GB2312 }, horizontal: "center", vertical: "middle", wrap: true, border: true },
  note: { font: { name: SONG, size: 10.5, charset: GB2312 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  rowLabel: { font: { name: SONG, size: 10.5, charset: GB2312 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  count: { font: { name: SONG, size: 10.5, charset: GB2312 }, horizontal: "center", vertical: "middle", border: true, fill: COLORS.input, locked: false },
  fee: { font: { name: SONG, size: 10.5, charset: GB2312 }, horizontal: "center", vertical: "middle", border: true, fill: COLORS.input, locked: false },
  version: { font: { name: SONG, size: 8, color: "A6A6A6", charset: GB2312 }, horizontal: "left" },
  [HIGHLIGHT_STYLES.strong]: { fill: COLORS.strong, font: { bold: true, color: "FFFFFF" } },
  [HIGHLIGHT_STYLES.light]: { fill: COLORS.light },
  [HIGHLIGHT_STYLES.invalid]: { fill: COLORS.invalid, font: { color: "000000" } },
};

/** The style of a table's label cell by its role in the grid; the corner note and 三、本年度办理结果 have their own. */
const ROLE_STYLES: Record<Exclude<CellRole, "value">, string> = { section: "blockTitle", header: "header", label: "rowLabel" };
const LABEL_STYLES: ReadonlyMap<string, string> = new Map([
  [T3_CORNER_NOTE, "note"],
  [T3_ROW_GROUPS[0].label, "header"],
]);

const VERSION_LABEL = "年报助手模板版本";

const COUNT_VALIDATION = {
  type: "whole" as const,
  min: 0,
  inputTitle: "填写件数",
  inputMessage: "请填写不小于 0 的整数；为 0 的也须填写 0。",
  errorTitle: "件数有误",
  errorMessage: "此处应为不小于 0 的整数（件数）。",
};
const FEE_VALIDATION = {
  type: "decimal" as const,
  min: 0,
  inputTitle: "填写金额",
  inputMessage: "请填写不小于 0 的金额，单位：万元，可含小数；未收费填 0。",
  errorTitle: "金额有误",
  errorMessage: "此处应为不小于 0 的数（万元）。",
};
const YEAR_VALIDATION = {
  type: "whole" as const,
  min: 2000,
  max: 2100,
  inputTitle: "填写年度",
  inputMessage: "请填写报告所属年度，如 2024。",
  errorTitle: "年度有误",
  errorMessage: "年度应为四位数字，如 2024。",
};

/**
 * A named block: the values a reader finds through `name`, and the labels around them (`region`) a
 * reader verifies at the same offset, so deleted or inserted rows are recognised as damage.
 */
export interface LayoutBlock {
  name: string;
  range: string;
  /** the input cells of the block: refKey / particular key / section id → layout address */
  cells: { key: string; address: string }[];
  region: Area;
}

export interface ReportLayout {
  sheet: SheetLayout;
  blocks: LayoutBlock[];
}

// ---------------------------------------------------------------- text metrics

/** Width of a text in Excel column units at `size` pt (a CJK character is about two units at 11pt). */
function textUnits(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e80 ? 2.15 : 1.15;
  return (units * size) / 11;
}

function linesNeeded(text: string, size: number, widthUnits: number): number {
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textUnits(part, size) / Math.max(1, widthUnits - 1.2))), 0);
}

function spanWidth(left: number, right: number): number {
  let w = 0;
  for (let c = left; c <= right; c++) w += COLUMN_WIDTHS[c - 1];
  return w;
}

const PROSE_MIN_HEIGHT = 160;
/** Excel's largest row height; longer prose stays whole in the cell but scrolls out of view. */
const MAX_ROW_HEIGHT = 409;

/** The height of a prose row that shows `text` (at least the blank template's, at most Excel's limit). */
export function proseRowHeight(text: string | null): number {
  if (!text) return PROSE_MIN_HEIGHT;
  const size = STYLES.prose.font!.size!;
  const needed = linesNeeded(text, size, spanWidth(1, LAST_COL)) * size * 1.45 + 10;
  return Math.round(Math.min(MAX_ROW_HEIGHT, Math.max(PROSE_MIN_HEIGHT, needed)));
}

// ---------------------------------------------------------------- the builder

class Builder {
  cells: LayoutCell[] = [];
  merges: string[] = [];
  rowHeights: Record<number, number> = {};
  names: DefinedName[] = [];
  validations: Validation[] = [];
  blocks: LayoutBlock[] = [];
  row = 1;

  /** One cell, merged over `rows`×`cols` when larger; every covered cell carries the style so borders show. */
  put(row: number, col: number, cell: Omit<LayoutCell, "address">, rows = 1, cols = 1): string {
    const a = address(row, col);
    this.cells.push({ address: a, ...cell });
    if (rows > 1 || cols > 1) {
      this.merges.push(range(row, col, row + rows - 1, col + cols - 1));
      for (let r = row; r < row + rows; r++) {
        for (let c = col; c < col + cols; c++) if (r !== row || c !== col) this.cells.push({ address: address(r, c), style: cell.style });
      }
    }
    const text = typeof cell.value === "string" ? cell.value : "";
    const style = cell.style ? STYLES[cell.style] : undefined;
    if (text && style?.wrap && rows === 1) {
      const size = style.font?.size ?? 11;
      this.height(row, linesNeeded(text, size, spanWidth(col, col + cols - 1)) * size * 1.4 + 6);
    }
    return a;
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, Math.round(points * 10) / 10);
  }

  name(name: string, rangeText: string): void {
    this.names.push({ name, range: rangeText });
  }

  block(name: string, rangeText: string, cells: { key: string; address: string }[], region: Area): void {
    this.name(name, rangeText);
    this.blocks.push({ name, range: rangeText, cells, region });
  }

  validate(rangeText: string, v: Omit<Validation, "range">): void {
    this.validations.push({ range: rangeText, ...v });
  }
}

function valueValidation(ref: CellRef) {
  return isFeeCell(ref) ? FEE_VALIDATION : COUNT_VALIDATION;
}

function inputStyle(ref: CellRef): string {
  return isFeeCell(ref) ? "fee" : "count";
}

function heading(b: Builder, text: string, hint?: string): number {
  const row = b.row++;
  b.put(row, 1, { value: text, style: "heading" }, 1, hint ? 6 : LAST_COL);
  if (hint) b.put(row, 7, { value: hint, style: "hint" }, 1, LAST_COL - 6);
  b.height(row, 26);
  return row;
}

function titleAndParticulars(b: Builder, agency: string | null, year: number | null): void {
  const titleRow = b.row++;
  const agencyRow = titleRow + 1;
  const yearRow = titleRow + 2;
  const agencyAt = address(agencyRow, 4);
  const yearAt = address(yearRow, 4);
  b.put(titleRow, 1, {
    formula: `${agencyAt}&IF(ISNUMBER(${yearAt}),${yearAt}&"年","")&"${REPORT_TITLE_SUFFIX}"`,
    value: reportTitle(agency, year),
    style: "title",
  }, 1, LAST_COL);
  b.height(titleRow, 40);
  b.name(nameOfKey("title"), address(titleRow, 1));
  const initial: Record<ParticularKey, string | number | null> = { agency, year, address: null, phone: null, website: null };
  for (const p of PARTICULARS) {
    const row = b.row++;
    b.put(row, 1, { value: p.label, style: "particularLabel" }, 1, 3);
    const at = b.put(row, 4, { value: initial[p.key], style: "particularInput", key: p.key }, 1, LAST_COL - 3);
    b.height(row, 21);
    b.block(p.name, at, [{ key: p.key, address: at }], { top: row, left: 1, bottom: row, right: 3 });
    if (p.key === "year") b.validate(at, YEAR_VALIDATION);
  }
}

function prose(b: Builder, id: SectionId): void {
  const spec = PROSE_SECTIONS.find((s) => s.id === id)!;
  const headingRow = heading(b, sectionHeading(id), spec.hint);
  const row = b.row++;
  const at = b.put(row, 1, { value: null, style: "prose", key: id }, 1, LAST_COL);
  b.height(row, proseRowHeight(null));
  b.block(spec.name, at, [{ key: id, address: at }], { top: headingRow, left: 1, bottom: headingRow, right: LAST_COL });
}

/** One sheet row of a placed table: whether it is a block title (table 二), and its input cells. */
interface TableLine {
  row: number;
  section: boolean;
  values: { ref: CellRef; key: string; address: string }[];
}

/** The table's grid (tables.ts: labels and the official merges) from the current row, with an input cell under every value. */
function placeTable(b: Builder, table: TableId): TableLine[] {
  const grid = tableGrid(emptyReport(), table);
  const heights = TABLE_HEIGHTS[table];
  const top = b.row;
  const lines: TableLine[] = grid.rows.map((_, r) => {
    b.height(top + r, heights.header[r] ?? heights.body);
    return { row: top + r, section: false, values: [] };
  });
  for (const p of placeGrid(grid, TABLE_SPREAD[table], top)) {
    const { cell } = p;
    const line = lines[p.row - top];
    if (cell.role === "value") {
      const ref = cell.ref!;
      const key = refKey(ref);
      const address = b.put(p.row, p.col, { value: null, style: inputStyle(ref), key }, p.rows, p.cols);
      line.values.push({ ref, key, address });
    } else {
      b.put(p.row, p.col, { value: cell.text, style: LABEL_STYLES.get(cell.text) ?? ROLE_STYLES[cell.role] }, p.rows, p.cols);
      line.section ||= cell.role === "section";
    }
  }
  b.row = top + grid.rows.length;
  return lines;
}

const keyAndAddress = ({ key, address }: { key: string; address: string }) => ({ key, address });

/** Table 二: a named block (and a validation per cell) for each row of values, its labels from the block title down. */
function table2(b: Builder): void {
  heading(b, sectionHeading("s2"));
  let titleRow = b.row;
  for (const line of placeTable(b, "t2")) {
    if (line.section) titleRow = line.row;
    if (line.values.length === 0) continue;
    for (const v of line.values) b.validate(v.address, valueValidation(v.ref));
    const name = `${NAME_PREFIX}T2_${line.values[0].ref.row!.toUpperCase()}`;
    b.block(name, range(line.row, T2_FIRST_VALUE_COL, line.row, LAST_COL), line.values.map(keyAndAddress), { top: titleRow, left: 1, bottom: line.row, right: LAST_COL });
  }
}

/** Table 三 or 四: one named block and one count validation over all its values, its labels from the table's top. */
function wholeTable(b: Builder, section: SectionId, table: "t3" | "t4"): void {
  heading(b, sectionHeading(section));
  const top = b.row;
  const values = placeTable(b, table).flatMap((line) => line.values);
  const first = parseAddress(values[0].address)!;
  const last = parseAddress(values[values.length - 1].address)!;
  const valueRange = range(first.row, first.col, last.row, last.col);
  b.validate(valueRange, COUNT_VALIDATION);
  b.block(`${NAME_PREFIX}${table.toUpperCase()}`, valueRange, values.map(keyAndAddress), { top, left: 1, bottom: last.row, right: last.col });
}

function buildAll(agency: string | null, year: number | null): ReportLayout {
  const b = new Builder();
  titleAndParticulars(b, agency, year);
  prose(b, "s1");
  table2(b);
  const endOfTable2 = b.row - 1;
  wholeTable(b, "s3", "t3");
  const endOfTable3 = b.row - 1;
  wholeTable(b, "s4", "t4");
  prose(b, "s5");
  prose(b, "s6");
  const lastPrinted = b.row - 1;
  b.row++;
  const versionRow = b.row++;
  b.put(versionRow, 1, { value: VERSION_LABEL, style: "version" }, 1, 3);
  const versionAt = b.put(versionRow, 4, { value: LAYOUT_VERSION, style: "version" }, 1, 3);
  b.name(VERSION_NAME, versionAt);
  const sheet: SheetLayout = {
    sheetName: SHEET_NAME,
    version: LAYOUT_VERSION,
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: b.rowHeights,
    styles: STYLES,
    cells: b.cells,
    merges: b.merges,
    names: b.names,
    validations: b.validations,
    conditionalFormats: highlightFormats(cellFinder(b.cells)),
    print: { paperSize: "A4", orientation: "portrait", fitToWidth: true, printArea: range(1, 1, lastPrinted, LAST_COL), rowBreaks: [endOfTable2, endOfTable3] },
    protection: { enabled: true },
  };
  return { sheet, blocks: b.blocks };
}

/** Where each report value's input cell stands, looked up once (the highlighting asks for every cell of every sum check). */
function cellFinder(cells: readonly LayoutCell[]): (ref: CellRef) => Cell {
  const byKey = new Map(cells.filter((c) => c.key !== undefined).map((c) => [c.key!, parseAddress(c.address)!]));
  return (ref) => {
    const found = byKey.get(refKey(ref));
    if (!found) throw new Error(`layout has no cell for ${refKey(ref)}`);
    return found;
  };
}

// ---------------------------------------------------------------- public API

export interface LayoutOptions {
  agency?: string | null;
  year?: number | null;
}

/** The worksheet and its named blocks; the title and particulars carry agency and year when given. */
export function buildReportLayoutWithBlocks(options: LayoutOptions = {}): ReportLayout {
  return buildAll(options.agency ?? null, options.year ?? null);
}

/** The worksheet as data, ready for a drawer (src/xlsx or src/excel). */
export function buildReportLayout(options: LayoutOptions = {}): SheetLayout {
  return buildReportLayoutWithBlocks(options).sheet;
}

let standard: ReportLayout | null = null;
/** Positions do not depend on agency or year, so one standard layout answers address questions. */
export function standardLayout(): ReportLayout {
  return (standard ??= buildAll(null, null));
}

/** The input cell of a report value ("t3.granted.total"), a particular ("agency") or a section ("s1"). */
export function layoutCellOf(key: string): LayoutCell | null {
  return standardLayout().sheet.cells.find((c) => c.key === key) ?? null;
}

/** The key held at an address of the standard layout (any cell of a merged input counts), or null. */
export function refAtAddress(a1: string): string | null {
  const at = parseAddress(a1);
  if (!at) return null;
  const { sheet } = standardLayout();
  const direct = sheet.cells.find((c) => c.key !== undefined && c.address === address(at.row, at.col));
  if (direct) return direct.key!;
  for (const m of sheet.merges) {
    const area = parseRange(m)!;
    if (at.row >= area.top && at.row <= area.bottom && at.col >= area.left && at.col <= area.right) {
      const from = address(area.top, area.left);
      return sheet.cells.find((c) => c.address === from && c.key !== undefined)?.key ?? null;
    }
  }
  return null;
}

/** 「表三「（七）总计」行「自然人」列」, 「机关名称」, 「一、总体情况」 — what a message calls the cell. */
export function labelOfKey(key: string): string | null {
  const ref = parseRefKey(key);
  if (ref) return cellLabel(ref);
  const particular = PARTICULARS.find((p) => p.key === key);
  if (particular) return particular.label;
  const section = PROSE_SECTIONS.find((s) => s.id === key);
  return section ? sectionHeading(section.id) : null;
}

/** The label of the cell at an address of the standard layout, for messages; null when it holds no input. */
export function labelAtAddress(a1: string): string | null {
  const key = refAtAddress(a1);
  return key === null ? null : labelOfKey(key);
}

