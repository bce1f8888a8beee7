// A1 addresses as numbers and back. Rows and columns are 1-based, as on the sheet.

export interface Cell {
  row: number;
  col: number;
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "$G$28" → absolute reference, as conditional formats need it */
export function absolute(row: number, col: number): string {
  return `$${columnLetter(col)}$${row}`;
}

/** "G28" or "$G$28" → {row, col}; null when it is not an address */
export function parseAddress(a1: string): Cell | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function range(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? address(top, left) : `${address(top, left)}:${address(bottom, right)}`;
}

/** "G28:M52" or "G28" → area; null when it is not a range */
export function parseRange(a1: string): Area | null {
  const [from, to = from] = a1.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function cellsOf(area: Area): Cell[] {
  const out: Cell[] = [];
  for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) out.push({ row, col });
  return out;
}

/** Adjacent cells grouped into the fewest rectangles this simple sweep finds (rows first, then stacked). */
export function rectangles(cells: readonly Cell[]): Area[] {
  const rows = new Map<number, number[]>();
  for (const c of cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c.col]);
  const runs: Area[] = [];
  for (const [row, cols] of [...rows.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      runs.push({ top: row, bottom: row, left: start, right: sorted[i - 1] });
      start = sorted[i];
    }
  }
  const out: Area[] = [];
  for (const run of runs) {
    const above = out.find((a) => a.bottom === run.top - 1 && a.left === run.left && a.right === run.right);
    if (above) above.bottom = run.bottom;
    else out.push({ ...run });
  }
  return out;
}

/** "$D$12:$O$12", or "$D$12" for a single cell: an area as defined names and conditional formats refer to it */
export function absoluteRange(area: Area): string {
  const from = absolute(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? from : `${from}:${absolute(area.bottom, area.right)}`;
}

export function areaText(area: Area): string {
  return range(area.top, area.left, area.bottom, area.right);
}
