// How a clerk names a place in the report: 表三「（七）总计」行「自然人」列.
import { T2_CELLS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4GroupKey, t4GroupLabel } from "./format";
import { CellRef, TableId } from "./model";

export const TABLE_NAMES: Record<TableId, string> = { t2: "表二", t3: "表三", t4: "表四" };

export function rowLabel(ref: CellRef): string | null {
  switch (ref.table) {
    case "t2":
      return T2_CELLS.find((c) => c.row === ref.row)!.rowLabel;
    case "t3":
      return T3_ROWS.find((r) => r.key === ref.row)!.label;
    case "t4":
      return null;
  }
}

export function columnLabel(ref: CellRef): string {
  switch (ref.table) {
    case "t2":
      return T2_CELLS.find((c) => c.row === ref.row && c.column === ref.column)!.columnLabel;
    case "t3":
      return T3_COLUMNS.find((c) => c.key === ref.column)!.label;
    case "t4": {
      const col = T4_COLUMNS.find((c) => c.key === ref.column)!;
      return `${t4GroupLabel(col.group as T4GroupKey)}·${col.label}`;
    }
  }
}

/** 表三「（七）总计」行「自然人」列 · 表二「规章」行「本年制发件数」列 · 表四「行政复议·总计」列 */
export function cellLabel(ref: CellRef): string {
  const row = rowLabel(ref);
  return `${TABLE_NAMES[ref.table]}${row === null ? "" : `「${row}」行`}「${columnLabel(ref)}」列`;
}

export function t3RowLabelOf(key: string): string {
  return T3_ROWS.find((r) => r.key === key)!.label;
}
export function t3ColumnLabelOf(key: string): string {
  return T3_COLUMNS.find((c) => c.key === key)!.label;
}
