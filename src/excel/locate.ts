// Finds the report in a worksheet read through Office.js: every block through its defined name, the
// labels around it verified at the same offset (as src/xlsx/read-workbook.ts does for files). Pure: it
// works on the names and the grid of values one sync brought back. Where a block is damaged it still
// looks for each value beside its label, so 修复模板 can keep every value it can find.
import { address, Area, parseRange } from "../layout/a1";
import { LAYOUT_VERSION, standardLayout, VERSION_NAME } from "../layout/report-layout";
import { blockWhat, layoutLabels, ReadCell, reportFromCells } from "../layout/read-report";
import { Report } from "../report/model";
import { sheetOf } from "./address";

/** A sheet renamed by 修复模板 keeps the clerk's original; it is no longer a report sheet. */
export const BACKUP_SUFFIX = "（修复前）";

/** A value as Office.js returns it: number, string ("" when empty) or boolean. */
export type GridValue = unknown;

export interface SheetSnapshot {
  name: string;
  /** defined name → its value as Office.js gives it ("'Sheet'!$D$12:$J$36", "#REF!"); sheet-scoped first */
  names: Map<string, string>;
  /** values from A1 down and right; grid[0][0] is A1 */
  grid: GridValue[][];
}

export interface Located {
  /** key ("t3.granted.total", "agency", "s1") → address on the sheet */
  at: Map<string, string>;
  /** Chinese, one line per damaged block; empty when the layout is intact */
  damage: string[];
  /** keys whose cell could not be found any more */
  lost: string[];
}

// the standard layout never changes: its labels and the grid a read loads are worked out once, not on every check
let labelsOfLayout: ReturnType<typeof layoutLabels> | null = null;
const standardLabels = () => (labelsOfLayout ??= layoutLabels(standardLayout().sheet));
let gridOfLayout: string | null = null;

const text = (v: GridValue): string => (v === null || v === undefined ? "" : String(v)).trim();
const gridAt = (grid: GridValue[][], row: number, col: number): GridValue => grid[row - 1]?.[col - 1] ?? "";

/** The area a defined name covers on this sheet, or null (missing, #REF!, or another sheet). */
function namedArea(snapshot: SheetSnapshot, name: string): Area | null {
  const value = snapshot.names.get(name);
  if (!value) return null;
  const target = value.replace(/^=/, "");
  const sheet = sheetOf(target);
  if (sheet !== null && sheet !== snapshot.name) return null;
  const local = target.slice(target.lastIndexOf("!") + 1).replace(/\$/g, "");
  return parseRange(local);
}

/** Whether the sheet holds our layout at all: one of our names points at it, or our version mark is on it. */
export function isReportSheet(snapshot: SheetSnapshot): boolean {
  if (snapshot.name.endsWith(BACKUP_SUFFIX)) return false;
  const layout = standardLayout();
  if ([VERSION_NAME, ...layout.blocks.map((b) => b.name)].some((n) => namedArea(snapshot, n) !== null)) return true;
  return snapshot.grid.some((row) => row.some((v) => text(v) === LAYOUT_VERSION));
}

/** Where each value of the report stands on this sheet, and what of the layout is damaged. */
export function locate(snapshot: SheetSnapshot): Located {
  const layout = standardLayout();
  const labels = standardLabels();
  const at = new Map<string, string>();
  const damage: string[] = [];
  const lost: string[] = [];

  for (const block of layout.blocks) {
    const expected = parseRange(block.range)!;
    const found = namedArea(snapshot, block.name);
    const what = blockWhat(block).zh;
    let ok = true;
    if (!found) {
      damage.push(`${what}：找不到名称 ${block.name}（名称被删除，或它所指的单元格被删除）`);
      ok = false;
    } else if (found.bottom - found.top !== expected.bottom - expected.top || found.right - found.left !== expected.right - expected.left) {
      damage.push(`${what}：区域应为 ${expected.bottom - expected.top + 1} 行 × ${expected.right - expected.left + 1} 列，实为 ${found.bottom - found.top + 1} 行 × ${found.right - found.left + 1} 列（删除或插入了行、列）`);
      ok = false;
    } else {
      const dr = found.top - expected.top;
      const dc = found.left - expected.left;
      const r = block.region;
      const moved = labels.find(
        (l) => l.row >= r.top && l.row <= r.bottom && l.col >= r.left && l.col <= r.right && text(gridAt(snapshot.grid, l.row + dr, l.col + dc)) !== l.text,
      );
      if (moved) {
        damage.push(`${what}：单元格 ${address(moved.row + dr, moved.col + dc)} 应为「${moved.text}」，实为「${text(gridAt(snapshot.grid, moved.row + dr, moved.col + dc))}」`);
        ok = false;
      } else {
        for (const c of block.cells) {
          const a = parseRange(c.address)!;
          at.set(c.key, address(a.top + dr, a.left + dc));
        }
      }
    }
    if (!ok) {
      for (const c of block.cells) {
        const where = findBesideLabel(snapshot.grid, labels, c.address);
        if (where) at.set(c.key, where);
        else lost.push(c.key);
      }
    }
  }

  if (!namedArea(snapshot, VERSION_NAME)) damage.push(`模板版本：找不到名称 ${VERSION_NAME}`);
  return { at, damage, lost };
}

/**
 * A value of a damaged block, found beside its row label (「（一）予以公开」 to its left), or else below a
 * label that occurs once in the layout (「行政复议」 three rows above table 四's values). Rows may have
 * moved; columns are taken as they were.
 */
function findBesideLabel(grid: GridValue[][], labels: ReturnType<typeof layoutLabels>, layoutAddress: string): string | null {
  const cell = parseRange(layoutAddress)!;
  const unique = (t: string) => labels.filter((l) => l.text === t).length === 1;
  const rowsWith = (label: { col: number; text: string }) => {
    const out: number[] = [];
    grid.forEach((row, i) => {
      if (text(row[label.col - 1]) === label.text) out.push(i + 1);
    });
    return out;
  };
  const left = labels.filter((l) => l.row === cell.top && l.col < cell.left && unique(l.text)).sort((a, b) => b.col - a.col)[0];
  if (left) {
    const rows = rowsWith(left);
    return rows.length === 1 ? address(rows[0], cell.left) : null;
  }
  for (let up = 1; up <= 4; up++) {
    const above = labels.find((l) => l.row === cell.top - up && unique(l.text));
    if (!above) continue;
    const rows = rowsWith(above);
    return rows.length === 1 ? address(rows[0] + up, cell.left) : null;
  }
  return null;
}

/** The report on the sheet, read from the located cells; meta.cells names each value's address. */
export function reportOf(snapshot: SheetSnapshot, located: Located): Report {
  const cells: ReadCell[] = [...located.at].map(([key, where]) => {
    const a = parseRange(where)!;
    const v = gridAt(snapshot.grid, a.top, a.left);
    const number = typeof v === "number" && Number.isFinite(v) ? v : null;
    return { key, address: where, content: { number, text: v === null || v === undefined ? "" : String(v) } };
  });
  return reportFromCells(cells, "excel");
}

/** The value each key holds on the sheet (what 修复模板 carries over), raw as Excel gave it. */
export function valuesOf(snapshot: SheetSnapshot, located: Located): Map<string, string | number> {
  const out = new Map<string, string | number>();
  for (const [key, where] of located.at) {
    const a = parseRange(where)!;
    const v = gridAt(snapshot.grid, a.top, a.left);
    if (typeof v === "number" || (typeof v === "string" && v !== "")) out.set(key, v);
  }
  return out;
}

/** The grid a read loads: the layout's extent with room for rows and columns the clerk inserted. */
export function gridAddress(): string {
  if (gridOfLayout === null) {
    const { sheet } = standardLayout();
    const lastRow = Math.max(...sheet.cells.map((c) => parseRange(c.address)!.bottom));
    gridOfLayout = `A1:${address(lastRow + 200, sheet.columnWidths.length + 10)}`;
  }
  return gridOfLayout;
}
