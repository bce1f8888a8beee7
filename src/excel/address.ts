// A1 addresses as numbers and back. Office.js reports addresses with the sheet name
// ("'政府信息公开年报'!D12:J36"), names report "=Sheet!$D$12:$J$36"; both reduce to a Box here.

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

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(cell: Cell): string {
  return `${columnLetters(cell.col)}${cell.row + 1}`;
}

export function parseCell(a1: string): Cell | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

/** The sheet part of "'My sheet'!A1:B2" or "Sheet!A1", unquoted; null when there is none. */
export function sheetOf(address: string): string | null {
  const s = address.replace(/^=/, "");
  const bang = s.lastIndexOf("!");
  if (bang < 0) return null;
  const raw = s.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** "D12:J36", "'S'!$D$12:$J$36", "=S!D12" → a box; null for #REF! and other non-ranges. */
export function parseBox(address: string): Box | null {
  const s = address.replace(/^=/, "");
  const local = s.slice(s.lastIndexOf("!") + 1);
  const [a, b] = local.split(":");
  const from = parseCell(a);
  const to = b === undefined ? from : parseCell(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export function boxAddress(box: Box): string {
  const a = cellAddress({ row: box.top, col: box.left });
  const b = cellAddress({ row: box.bottom, col: box.right });
  return a === b ? a : `${a}:${b}`;
}

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
