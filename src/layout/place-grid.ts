// A table grid (src/report/render/tables.ts, the one every renderer draws) placed on a worksheet: each
// grid column covers a run of sheet columns, so the official merges become sheet merges. Both sheets
// that show the tables (the report worksheet and the print sheet) place them through this.
import { expandGrid, GridCell, TableGrid } from "../report/render/tables";

export interface PlacedCell {
  cell: GridCell;
  /** top-left sheet cell (1-based) and the size of the merged area in sheet rows and columns */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The grid's cells from sheet row `top`, column A, in reading order; `spread[i]` is how many sheet columns grid column i covers. */
export function placeGrid(grid: TableGrid, spread: readonly number[], top: number): PlacedCell[] {
  const firstCol = spread.map((_, i) => 1 + spread.slice(0, i).reduce((a, b) => a + b, 0));
  const placed: PlacedCell[] = [];
  expandGrid(grid).forEach((line, r) =>
    line.forEach((slot, c) => {
      if (slot.kind !== "origin") return;
      const cols = spread.slice(c, c + slot.cell.colSpan).reduce((a, b) => a + b, 0);
      placed.push({ cell: slot.cell, row: top + r, col: firstCol[c], rows: slot.cell.rowSpan, cols });
    }),
  );
  return placed;
}
