// Reading tables 二, 三 and 四 from the token stream. Labels come from format.ts and are looked for in
// order; the numbers between one row's label and the next are that row's values. A row whose cells ran
// together is split by the rules (split-digits.ts); table 三's column sums settle what a row alone cannot.
import { evaluateSum, sumHolds } from "../check";
import { T2_BLOCKS, T3_COLUMN_KEYS, T3_ROWS, T4_COLUMNS, T3RowKey, t4GroupLabel } from "../format";
import { cellLabel, rowLabel, t3RowLabelOf } from "../labels";
import { CellRef, emptyReport, Report, setValue, t2, t3, t4, Value } from "../model";
import { Finding, T3_BALANCE, T3_RESULTS_TOTAL } from "../rules";
import { findLabel, Found, HanIndex, labelKey, labelOrdinal, tokenAt } from "./han-index";
import { agreed, MAX_RESULTS, splitFree, splitGroupsWithTotals, splitRowWithTotal } from "./split-digits";
import { Token } from "./tokens";
import { Ambiguity } from "./types";

export type Note = Finding;

export function note(rule: "LAYOUT_LABELS" | "LABEL_VERSION", message: string, where?: Partial<Pick<Finding, "table" | "row" | "column">>): Note {
  return { rule, severity: "warning", table: where?.table ?? null, row: where?.row ?? null, column: where?.column ?? null, expected: null, actual: null, message };
}

export interface Region {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- one row

export interface RowSpec {
  id: string;
  /** keys looked for, the format's own first; a later key is label drift */
  keys: string[];
  n: number;
  /** the last value is the sum of the others (表三 rows) */
  withTotal: boolean;
  /** the Chinese item number the label should carry (「七」 for 「（七）总计」), or "" */
  ordinal: string;
}

export interface RowRead {
  spec: RowSpec;
  found: Found | null;
  /** every reading that fits; one when the row is plain, none when it cannot be read */
  candidates: Value[][];
  /** the digits as written, for notes */
  written: string;
  /** why the row could not be read, when it could not */
  problem: string | null;
}

function valueOf(t: Token): Value {
  return t.kind === "num" ? Number(t.text) : null;
}

/** The value tokens after a row's label: up to the next label, or the end of its table row. */
function rowTokens(tokens: readonly Token[], from: number, to: number): Token[] {
  const vals: Token[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === "num" || t.kind === "blank") vals.push(t);
    else if (t.kind === "row" && vals.length > 0) break;
  }
  return vals;
}

/** The digits as written, short enough for a message. */
function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

function readRow(spec: RowSpec, found: Found, vals: Token[]): RowRead {
  const written = clip(vals.slice(0, 40).map((v) => (v.kind === "num" ? v.text : "□")).join(" "));
  const base = { spec, found, written };
  const cellBased = vals.some((v) => v.kind === "blank" || (v.kind === "num" && v.cell));
  if (cellBased) {
    const cells = vals.slice();
    while (cells.length > spec.n && cells[cells.length - 1].kind === "blank") cells.pop();
    while (cells.length > spec.n && cells[0].kind === "blank") cells.shift();
    if (cells.length === spec.n) return { ...base, candidates: [cells.map(valueOf)], problem: null };
    if (cells.some((c) => c.kind === "blank") || cells.length === 0) {
      return { ...base, candidates: [], problem: cells.length === 0 ? "未填写" : `有 ${cells.length} 个单元格，应为 ${spec.n} 个` };
    }
  }
  const nums = vals.filter((v): v is Extract<Token, { kind: "num" }> => v.kind === "num");
  if (nums.length === 0) return { ...base, candidates: [], problem: "未填写" };
  if (nums.some((v) => v.text.replace(".", "").length > 15)) {
    if (nums.length >= spec.n) return { ...base, candidates: [], problem: `数字「${written}」过长，无法读取` };
  } else if (nums.length === spec.n) return { ...base, candidates: [nums.map((v) => Number(v.text))], problem: null };
  const groups = { groups: nums.map((v) => v.text), joinable: nums.slice(1).map((v) => v.joinable) };
  const candidates = spec.withTotal ? splitRowWithTotal(groups, spec.n) : splitFree(groups, spec.n);
  if (candidates.length === 0) return { ...base, candidates: [], problem: `数字「${written}」无法按表内关系拆分为 ${spec.n} 个数` };
  if (candidates.length >= MAX_RESULTS) return { ...base, candidates: [], problem: `数字「${written}」可拆分的方式过多，无法确定` };
  return { ...base, candidates, problem: null };
}

/** Finds each row's label in order inside the region and reads the numbers that follow it. */
export function readRows(idx: HanIndex, tokens: readonly Token[], specs: readonly RowSpec[], region: Region): RowRead[] {
  const found: (Found | null)[] = [];
  let pos = region.start;
  for (const spec of specs) {
    const f = findLabel(idx, spec.keys, pos, region.end);
    found.push(f);
    if (f) pos = f.end;
  }
  const endToken = tokenAt(idx, region.end);
  return specs.map((spec, i) => {
    const f = found[i];
    if (!f) return { spec, found: null, candidates: [], written: "", problem: null };
    const next = found.slice(i + 1).find((x) => x !== null);
    const from = tokenAt(idx, f.start) + 1;
    const to = next ? tokenAt(idx, next.start) : endToken;
    return readRow(spec, f, rowTokens(tokens, from, to));
  });
}

// ---------------------------------------------------------------- table 二

const T2_ROW_SPECS: RowSpec[] = T2_BLOCKS.flatMap((block) =>
  block.rows.map((r) => ({
    id: r.key,
    keys: r.key === "normative_docs" ? [labelKey(r.label), "规范性文件"] : [labelKey(r.label)],
    n: block.columns.length,
    withTotal: false,
    ordinal: "",
  })),
);

function t2Refs(row: string): CellRef[] {
  const block = T2_BLOCKS.find((b) => b.rows.some((r) => r.key === row))!;
  return block.columns.map((c) => t2(row as never, c.key));
}

function candidatesText(c: Value[][]): string {
  const shown = c.slice(0, 4).map((v) => v.map((x) => (x === null ? "□" : String(x))).join(","));
  return shown.join(" / ") + (c.length > 4 ? ` 等 ${c.length} 种` : "");
}

export function readTable2(idx: HanIndex, tokens: readonly Token[], region: Region, report: Report, notes: Note[], ambiguities: Ambiguity[]): RowRead[] {
  const rows = readRows(idx, tokens, T2_ROW_SPECS, region);
  for (const r of rows) {
    if (!r.found) continue;
    const refs = t2Refs(r.spec.id);
    const where = { table: "t2" as const, row: r.spec.id };
    if (r.found.variant > 0) notes.push(note("LABEL_VERSION", `表二使用了旧的或地方的标签「${r.spec.keys[r.found.variant]}」，2021年格式为「${rowLabel(refs[0])}」`, where));
    if (r.problem) {
      notes.push(note("LAYOUT_LABELS", `表二「${rowLabel(refs[0])}」行：${r.problem}`, where));
      continue;
    }
    const values = agreed(r.candidates, r.spec.n);
    values.forEach((v, i) => setValue(report, refs[i], v));
    if (r.candidates.length > 1) {
      ambiguities.push({ table: "t2", row: r.spec.id, written: r.written, candidates: r.candidates });
      const unsure = refs.filter((_, i) => values[i] === null).map((ref) => cellLabel(ref));
      notes.push(note("LAYOUT_LABELS", `表二数字连在一起「${r.written}」，表内没有勾稽关系可定其拆分（可能为 ${candidatesText(r.candidates)}）；${unsure.join("、")}未读取，请对照原文填写`, where));
    }
  }
  return rows;
}

// ---------------------------------------------------------------- table 三

const T3_ROW_SPECS: RowSpec[] = T3_ROWS.map((r) => ({
  id: r.key,
  keys: [labelKey(r.label)],
  n: T3_COLUMN_KEYS.length,
  withTotal: true,
  ordinal: labelOrdinal(r.label),
}));

const MAX_COMBINATIONS = 200000;

/** Table 三's column rules as rules.ts declares them: （七）总计 is the sum of its items, 一+二 = 三+四. */
const T3_COLUMN_CHECKS = [...T3_RESULTS_TOTAL.instances, ...T3_BALANCE.instances];

/** The column rules on a full assignment of rows (a check with a blank cell is skipped). */
function columnsHold(report: Report): boolean {
  return T3_COLUMN_CHECKS.every((check) => {
    const outcome = evaluateSum(report, check);
    return outcome === null || sumHolds(outcome);
  });
}

function setT3Row(report: Report, key: string, values: readonly Value[]): void {
  T3_COLUMN_KEYS.forEach((c, i) => setValue(report, t3(key as T3RowKey, c), values[i]));
}

export function readTable3(idx: HanIndex, tokens: readonly Token[], region: Region, report: Report, notes: Note[], ambiguities: Ambiguity[]): RowRead[] {
  const rows = readRows(idx, tokens, T3_ROW_SPECS, region);
  const fixed = new Map<string, Value[]>();
  const open: RowRead[] = [];
  for (const r of rows) {
    if (!r.found) continue;
    const where = { table: "t3" as const, row: r.spec.id };
    if (r.spec.ordinal && idx.han[r.found.start - 1] !== r.spec.ordinal) {
      notes.push(note("LAYOUT_LABELS", `表三「${t3RowLabelOf(r.spec.id)}」行的标签缺少序号「${r.spec.ordinal}」`, where));
    }
    if (r.problem) notes.push(note("LAYOUT_LABELS", `表三「${t3RowLabelOf(r.spec.id)}」行：${r.problem}`, where));
    else if (r.candidates.length === 1) fixed.set(r.spec.id, r.candidates[0]);
    else open.push(r);
  }

  // Rows that split more than one way: keep the combinations under which the columns add up too.
  let combos = 1;
  for (const r of open) combos *= r.candidates.length;
  const settled = new Map<string, Value[][]>();
  if (open.length > 0 && combos <= MAX_COMBINATIONS) {
    const picks: Value[][][] = open.map(() => []);
    const scratch = emptyReport();
    fixed.forEach((values, key) => setT3Row(scratch, key, values));
    const chosen: Value[][] = [];
    const walk = (i: number): void => {
      if (i === open.length) {
        if (columnsHold(scratch)) chosen.forEach((c, k) => picks[k].push(c));
        return;
      }
      for (const c of open[i].candidates) {
        chosen[i] = c;
        setT3Row(scratch, open[i].spec.id, c);
        walk(i + 1);
      }
    };
    walk(0);
    // No combination fits (the published table does not add up): each row alone decides what it can.
    open.forEach((r, k) => settled.set(r.spec.id, picks[k].length > 0 ? dedupe(picks[k]) : r.candidates));
  } else {
    for (const r of open) settled.set(r.spec.id, r.candidates);
  }

  for (const key of T3_ROWS.map((r) => r.key)) {
    const one = fixed.get(key);
    const many = settled.get(key);
    const values = one ?? (many ? agreed(many, T3_COLUMN_KEYS.length) : null);
    if (!values) continue;
    setT3Row(report, key, values);
    if (many && many.length > 1) {
      const r = open.find((x) => x.spec.id === key)!;
      ambiguities.push({ table: "t3", row: key, written: r.written, candidates: many });
      const unsure = T3_COLUMN_KEYS.filter((_, i) => values[i] === null).map((c) => cellLabel(t3(key as T3RowKey, c)));
      notes.push(note("LAYOUT_LABELS", `表三「${t3RowLabelOf(key)}」行数字连在一起「${r.written}」，按勾稽关系仍有多种拆分（${candidatesText(many)}）；${unsure.join("、")}未读取，请对照原文填写`, { table: "t3", row: key }));
    }
  }
  return rows;
}

function dedupe(rows: Value[][]): Value[][] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = r.join(",");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------- table 四

/** Table 四's column labels before 「总计」 (结果维持 … 尚未审结), the same in each of its three groups. */
const T4_HEADER_KEYS = T4_COLUMNS.filter((c) => c.group === "review" && c.key !== "review_total").map((c) => c.label);

/** Runs of value tokens not interrupted by text: candidates for table 四's one row of 15. */
function valueRuns(tokens: readonly Token[], from: number, to: number): Token[][] {
  const runs: Token[][] = [];
  let cur: Token[] = [];
  let cellRow = false;
  const close = () => {
    if (cur.some((t) => t.kind === "num")) runs.push(cur);
    cur = [];
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === "num" || t.kind === "blank") {
      cur.push(t);
      if (t.kind === "blank" || t.cell) cellRow = true;
    } else if (t.kind === "row") {
      if (cellRow) close();
      cellRow = false;
    } else close();
  }
  close();
  return runs;
}

export function readTable4(idx: HanIndex, tokens: readonly Token[], region: Region, report: Report, notes: Note[], ambiguities: Ambiguity[]): boolean {
  const n = T4_COLUMNS.length;
  const header = findLabel(idx, T4_HEADER_KEYS, region.start, region.end);
  if (!header && !findLabel(idx, [t4GroupLabel("review")], region.start, region.end)) return false;
  const from = tokenAt(idx, header ? header.start : region.start);
  const runs = valueRuns(tokens, from, tokenAt(idx, region.end));
  const refs = T4_COLUMNS.map((c) => t4(c.key));
  for (const run of runs.reverse()) {
    const cellBased = run.some((v) => v.kind === "blank" || (v.kind === "num" && v.cell));
    if ((run.length === n || (cellBased && run.length > n)) && run.every((t) => t.kind !== "num" || t.text.replace(".", "").length <= 15)) {
      const cells = run.slice(-n);
      cells.forEach((c, i) => setValue(report, refs[i], valueOf(c)));
      return true;
    }
    if (cellBased) continue;
    const nums = run.filter((t): t is Extract<Token, { kind: "num" }> => t.kind === "num");
    const groups = { groups: nums.map((t) => t.text), joinable: nums.slice(1).map((t) => t.joinable) };
    const candidates = splitGroupsWithTotals(groups, 3, 5);
    if (candidates.length === 0 || candidates.length >= MAX_RESULTS) continue;
    const values = agreed(candidates, n);
    values.forEach((v, i) => setValue(report, refs[i], v));
    if (candidates.length > 1) {
      const written = clip(groups.groups.join(" "));
      ambiguities.push({ table: "t4", row: null, written, candidates });
      notes.push(note("LAYOUT_LABELS", `表四数字连在一起「${written}」，按勾稽关系仍有多种拆分（${candidatesText(candidates)}）；未能确定的单元格未读取，请对照原文填写`, { table: "t4" }));
    }
    return true;
  }
  if (runs.length > 0) notes.push(note("LAYOUT_LABELS", "表四的数字无法对应到 15 个单元格（行政复议、未经复议直接起诉、复议后起诉各 5 列），表四未读取", { table: "t4" }));
  return true;
}

