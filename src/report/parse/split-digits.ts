// Splitting a row whose cells ran together into one digit string (平潭: 「21710000218」 = 217,1,0,0,0,0,218).
// Only the rules decide: a row of table 三 adds up (six applicants = 总计), each group of table 四 adds up
// (维持+纠正+其他+尚未审结 = 总计); a number never starts with 0 unless it is 0. Every split that fits is
// returned; the caller keeps a value only when all of them agree on it, and reports the rest.

/**
 * The digits of a row as written: groups that were separated by spaces in the input, and for each
 * boundary between two groups whether it may be closed (one space, as OCR leaves inside a number).
 * A boundary that may not be closed (a wide gap, a tab, a line break) always separates two values.
 */
export interface DigitGroups {
  groups: readonly string[];
  joinable: readonly boolean[];
}

/** Groups with every boundary closable (tests, and text where the gaps are unknown). */
export function looseGroups(groups: readonly string[]): DigitGroups {
  return { groups, joinable: groups.slice(1).map(() => true) };
}

/** How spaces between groups are treated, from most to least faithful to the text. */
type SpaceMode = "keep" | "merge" | "ignore";

const MAX_DIGITS = 120; // a longer run is not a table row; refusing keeps the search bounded
const MAX_VALUE_DIGITS = 15; // beyond this a number is no longer exact in JavaScript
/** More splits than this: the row is hopelessly ambiguous and every cell stays null. */
export const MAX_RESULTS = 2000;

interface Layout {
  s: string;
  /** cut allowed after index i (between s[i] and s[i+1]) */
  allowed: boolean[];
  /** cut required after index i */
  required: boolean[];
}

function layoutOf({ groups, joinable }: DigitGroups, mode: SpaceMode): Layout | null {
  const s = groups.join("");
  if (s.length === 0 || s.length > MAX_DIGITS) return null;
  const allowed = new Array<boolean>(s.length).fill(mode !== "merge");
  const required = new Array<boolean>(s.length).fill(false);
  let at = 0;
  for (let g = 0; g < groups.length - 1; g++) {
    at += groups[g].length;
    allowed[at - 1] = true;
    if (mode === "keep" || !joinable[g]) required[at - 1] = true;
  }
  // never cut next to a decimal point
  for (let i = 0; i < s.length; i++) {
    if (s[i] === ".") {
      allowed[i] = false;
      if (i > 0) allowed[i - 1] = false;
      if (required[i] || (i > 0 && required[i - 1])) return null;
    }
  }
  return { s, allowed, required };
}

function validPart(p: string): boolean {
  if (p.length === 0 || p.startsWith(".") || p.endsWith(".")) return false;
  if (p.length > 1 && p[0] === "0" && p[1] !== ".") return false;
  if (p.replace(".", "").length > MAX_VALUE_DIGITS) return false;
  return p.indexOf(".") === p.lastIndexOf(".");
}

/**
 * All ways to cut s[from, to) into k valid parts, each ≤ `max` when given, adding up to `sum` when given.
 * Calls `emit` with the parts; stops when `emit` returns false.
 */
function cutInto(
  lay: Layout,
  from: number,
  to: number,
  k: number,
  sum: number | null,
  emit: (parts: number[]) => boolean,
): boolean {
  const parts: number[] = [];
  const walk = (p: number, left: number, acc: number): boolean => {
    if (left === 1) {
      const piece = lay.s.slice(p, to);
      for (let i = p; i < to - 1; i++) if (lay.required[i]) return true;
      if (!validPart(piece)) return true;
      const v = Number(piece);
      if (sum !== null && acc + v !== sum) return true;
      parts.push(v);
      const go = emit(parts.slice());
      parts.pop();
      return go;
    }
    for (let e = p + 1; e <= to - (left - 1); e++) {
      const cutAt = e - 1; // cut after index e-1
      // no required cut may fall strictly inside this part
      let crossed = false;
      for (let i = p; i < e - 1; i++) if (lay.required[i]) crossed = true;
      if (crossed) break;
      if (!lay.allowed[cutAt]) continue;
      const piece = lay.s.slice(p, e);
      if (!validPart(piece)) {
        if (piece.length > 1 && piece[0] === "0") break; // longer pieces from here start with 0 too
        continue;
      }
      const v = Number(piece);
      if (sum !== null && acc + v > sum) break;
      parts.push(v);
      const go = walk(e, left - 1, acc + v);
      parts.pop();
      if (!go) return false;
    }
    return true;
  };
  return walk(from, k, 0);
}

/** Splits of s[from,to) into `n` parts whose last is the sum of the others. */
function cutWithTotal(lay: Layout, from: number, to: number, n: number, emit: (parts: number[]) => boolean): boolean {
  for (let t = from + n - 1; t < to; t++) {
    // the total is s[t, to)
    if (t > from && !lay.allowed[t - 1]) continue;
    let crossed = false;
    for (let i = t; i < to - 1; i++) if (lay.required[i]) crossed = true;
    if (crossed) continue;
    const totalText = lay.s.slice(t, to);
    if (!validPart(totalText)) continue;
    const total = Number(totalText);
    const go = cutInto(lay, from, t, n - 1, total, (parts) => emit([...parts, total]));
    if (!go) return false;
  }
  return true;
}

function withModes(groups: DigitGroups, n: number, run: (lay: Layout, out: number[][]) => void): number[][] {
  const count = groups.groups.length;
  const modes: SpaceMode[] = count === n ? ["keep"] : count < n ? ["keep", "ignore"] : ["merge", "ignore"];
  for (const mode of modes) {
    const lay = layoutOf(groups, mode);
    if (!lay) continue;
    const out: number[][] = [];
    run(lay, out);
    if (out.length) return out;
  }
  return [];
}

/** A row of `n` values whose last is the sum of the others (表三 rows: n = 7). */
export function splitRowWithTotal(groups: DigitGroups, n: number): number[][] {
  return withModes(groups, n, (lay, out) => {
    cutWithTotal(lay, 0, lay.s.length, n, (parts) => {
      out.push(parts);
      return out.length < MAX_RESULTS;
    });
  });
}

/** `count` groups of `size` values, each group's last the sum of its others (表四: 3 × 5). */
export function splitGroupsWithTotals(groups: DigitGroups, count: number, size: number): number[][] {
  return withModes(groups, count * size, (lay, out) => {
    const walk = (from: number, left: number, acc: number[]): boolean => {
      if (left === 0) {
        if (from !== lay.s.length) return true;
        out.push(acc);
        return out.length < MAX_RESULTS;
      }
      for (let to = from + size; to <= lay.s.length - (left - 1) * size; to++) {
        if (to < lay.s.length && !lay.allowed[to - 1]) continue;
        const go = cutWithTotal(lay, from, to, size, (parts) => walk(to, left - 1, [...acc, ...parts]));
        if (!go) return false;
      }
      return true;
    };
    walk(0, count, []);
  });
}

/** Any split into `n` valid numbers (表二 rows, where no rule ties the cells together). */
export function splitFree(groups: DigitGroups, n: number): number[][] {
  return withModes(groups, n, (lay, out) => {
    cutInto(lay, 0, lay.s.length, n, null, (parts) => {
      out.push(parts);
      return out.length < MAX_RESULTS;
    });
  });
}

/** The value of each position when every candidate agrees on it, else null. */
export function agreed(candidates: readonly (readonly (number | null)[])[], n: number): (number | null)[] {
  const out: (number | null)[] = new Array(n).fill(null);
  if (candidates.length === 0) return out;
  for (let i = 0; i < n; i++) {
    const v = candidates[0][i];
    out[i] = candidates.every((c) => c[i] === v) ? v : null;
  }
  return out;
}
