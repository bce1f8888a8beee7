// Addresses as the fake workbook keeps them: 0-based cells and boxes, read and written through
// src/layout/a1.ts (1-based) and src/excel/address.ts (the sheet part).
import { address, parseAddress, parseRange, range } from "../../src/layout/a1";
export { sheetOf } from "../../src/excel/address";

export interface Cell {
  /** 0-based */
  row: number;
  col: number;
}
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const cellAddress = (cell: Cell): string => address(cell.row + 1, cell.col + 1);

export function parseCell(a1: string): Cell | null {
  const at = parseAddress(a1);
  return at ? { row: at.row - 1, col: at.col - 1 } : null;
}

/** "D12:J36", "'S'!$D$12:$J$36", "=S!D12" → a box; null for #REF! and other non-ranges. */
export function parseBox(reference: string): Box | null {
  const s = reference.replace(/^=/, "");
  const area = parseRange(s.slice(s.lastIndexOf("!") + 1));
  return area ? { top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 } : null;
}

export const boxAddress = (box: Box): string => range(box.top + 1, box.left + 1, box.bottom + 1, box.right + 1);

export function contains(box: Box, cell: Cell): boolean {
  return cell.row >= box.top && cell.row <= box.bottom && cell.col >= box.left && cell.col <= box.right;
}

export const boxSize = (b: Box) => ({ rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 });

/** Sheet names in formulas and names: quoted when not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Every cell of a box, row by row. */
export function cellsOf(box: Box): Cell[] {
  const out: Cell[] = [];
  for (let row = box.top; row <= box.bottom; row++) for (let col = box.left; col <= box.right; col++) out.push({ row, col });
  return out;
}
