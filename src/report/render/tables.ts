// Tables 二, 三 and 四 as grids of cells with the official merges (those of the blank template of
// 国办公开办函〔2021〕30号). Every renderer draws these same grids, so the labels and the merges are
// decided once. Only the top-left cell of a merged area is listed, as in an HTML table.
import {
  T2_BLOCKS,
  T3_APPLICANT_HEADER,
  T3_COLUMNS,
  T3_CORNER_NOTE,
  T3_ORG_HEADER,
  T3_ROW_GROUPS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  T4GroupKey,
  t4GroupLabel,
} from "../format";
import { CellRef, getValue, Report, t2, t3, t4, TableId, Value } from "../model";

export type CellRole = "section" | "header" | "label" | "value";

export interface GridCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  role: CellRole;
  /** the report value a value cell shows */
  ref?: CellRef;
}

export interface TableGrid {
  table: TableId;
  /** grid column widths in twentieths of a point, as in the template */
  columnWidths: number[];
  /** number of leading rows that are column headers (repeated on each printed page) */
  headerRows: number;
  rows: GridCell[][];
}

const cell = (text: string, role: CellRole, colSpan = 1, rowSpan = 1): GridCell => ({ text, role, colSpan, rowSpan });

/** A table value as printed: the number, or an empty cell when the report does not give it (never 0). */
export function valueText(value: Value): string {
  return value === null || !Number.isFinite(value) ? "" : String(value);
}

const valueCell = (report: Report, ref: CellRef, colSpan = 1): GridCell => ({
  ...cell(valueText(getValue(report, ref)), "value", colSpan),
  ref,
});

/** Table 二: four blocks, each a block title row, a header row and its rows; 4 grid columns. */
export function table2Grid(report: Report): TableGrid {
  const rows: GridCell[][] = [];
  for (const block of T2_BLOCKS) {
    rows.push([cell(block.title, "section", 4)]);
    const span = block.columns.length === 1 ? 3 : 1;
    rows.push([cell(block.header_row_label, "header"), ...block.columns.map((c) => cell(c.label, "header", span))]);
    for (const r of block.rows) {
      rows.push([cell(r.label, "label"), ...block.columns.map((c) => valueCell(report, t2(r.key, c.key), span))]);
    }
  }
  return { table: "t2", columnWidths: [2435, 2435, 2435, 2435], headerRows: 0, rows };
}

/** Table 三: three header rows under the corner note, then 25 rows with the 三、本年度办理结果 and （三）–（六） row groups. */
export function table3Grid(report: Report): TableGrid {
  const orgColumns = T3_COLUMNS.filter((c) => c.group !== null);
  const rows: GridCell[][] = [
    [cell(T3_CORNER_NOTE, "header", 3, 3), cell(T3_APPLICANT_HEADER, "header", T3_COLUMNS.length)],
    [cell(T3_COLUMNS[0].label, "header", 1, 2), cell(T3_ORG_HEADER, "header", orgColumns.length), cell(T3_COLUMNS[T3_COLUMNS.length - 1].label, "header", 1, 2)],
    orgColumns.map((c) => cell(c.label, "header")),
  ];
  const resultsRows = T3_ROWS.filter((r) => r.parent !== null).length;
  const groupSize = (key: string) => T3_ROWS.filter((r) => r.parent === key).length;
  const seenGroups = new Set<string>();
  for (const row of T3_ROWS) {
    const labels: GridCell[] = [];
    if (row.level === 0) {
      labels.push(cell(row.label, "label", 3));
    } else {
      if (!seenGroups.has("results")) {
        seenGroups.add("results");
        labels.push(cell(T3_ROW_GROUPS[0].label, "label", 1, resultsRows));
      }
      if (row.level === 1) {
        labels.push(cell(row.label, "label", 2));
      } else {
        if (!seenGroups.has(row.parent)) {
          seenGroups.add(row.parent);
          const group = T3_ROW_GROUPS.find((g) => g.key === row.parent)!;
          labels.push(cell(group.label, "label", 1, groupSize(row.parent)));
        }
        labels.push(cell(row.label, "label"));
      }
    }
    rows.push([...labels, ...T3_COLUMNS.map((c) => valueCell(report, t3(row.key, c.key)))]);
  }
  return { table: "t3", columnWidths: [754, 921, 3271, 685, 685, 685, 685, 685, 685, 685], headerRows: 3, rows };
}

/** Table 四: 行政复议 | 行政诉讼 {未经复议直接起诉, 复议后起诉}, each with 结果维持…总计, then one row of 15 values. */
export function table4Grid(report: Report): TableGrid {
  const groupColumns = (g: T4GroupKey) => T4_COLUMNS.filter((c) => c.group === g);
  const review = groupColumns("review");
  const litigationGroups = T4_GROUPS.filter((g) => g.parent === "litigation").map((g) => g.key as T4GroupKey);
  const litigationWidth = litigationGroups.reduce((n, g) => n + groupColumns(g).length, 0);
  const rows: GridCell[][] = [
    [cell(t4GroupLabel("review"), "header", review.length), cell(T4_GROUPS.find((g) => g.key === "litigation")!.label, "header", litigationWidth)],
    [...review.map((c) => cell(c.label, "header", 1, 2)), ...litigationGroups.map((g) => cell(t4GroupLabel(g), "header", groupColumns(g).length))],
    litigationGroups.flatMap((g) => groupColumns(g).map((c) => cell(c.label, "header"))),
    T4_COLUMNS.map((c) => valueCell(report, t4(c.key))),
  ];
  return { table: "t4", columnWidths: T4_COLUMNS.map((_, i) => (i < 7 ? 649 : 650)), headerRows: 3, rows };
}

export function tableGrid(report: Report, table: TableId): TableGrid {
  return table === "t2" ? table2Grid(report) : table === "t3" ? table3Grid(report) : table4Grid(report);
}

/**
 * The grid with merges expanded: one entry per grid position, the origin cell where a merged area
 * starts, "covered" (with its origin) elsewhere. Renderers without merges (Markdown, Word's vMerge)
 * walk this.
 */
export type Slot = { kind: "origin"; cell: GridCell } | { kind: "covered"; origin: GridCell; vertical: boolean };

export function expandGrid(grid: TableGrid): Slot[][] {
  const width = grid.columnWidths.length;
  const out: Slot[][] = grid.rows.map(() => new Array<Slot | undefined>(width).fill(undefined) as Slot[]);
  grid.rows.forEach((row, r) => {
    let c = 0;
    for (const gc of row) {
      while (out[r][c] !== undefined) c++;
      for (let dr = 0; dr < gc.rowSpan; dr++) {
        for (let dc = 0; dc < gc.colSpan; dc++) {
          out[r + dr][c + dc] = dr === 0 && dc === 0 ? { kind: "origin", cell: gc } : { kind: "covered", origin: gc, vertical: dr > 0 };
        }
      }
      c += gc.colSpan;
    }
  });
  return out;
}
