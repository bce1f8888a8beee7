// The conditional formats of the layout agree with the rules engine. A real formula engine
// (HyperFormula) evaluates every conditional-format formula of the sheet on random reports that satisfy
// every sum rule, then have cells changed, blanked, or typed as text, negatives and fractions. The
// cells painted (first true format by priority) must be exactly those the engine blames: invalid entries
// (NONNEG_INT) in the third colour, targets of broken sum checks strong, their addends light.
import { HyperFormula } from "hyperformula";
import { Area, cellsOf, parseAddress, parseRange } from "../src/layout/a1";
import { HIGHLIGHT_STYLES } from "../src/layout/highlight";
import { buildReportLayout, layoutCellOf } from "../src/layout/report-layout";
import { checkReport, runSumRules } from "../src/report/check";
import { T3_APPLICANT_COLUMN_KEYS, T3_RESULT_LEAF_KEYS, T4_COLUMNS } from "../src/report/format";
import { ALL_CELLS, CellRef, emptyReport, isFeeCell, refKey, Report, setValue, t2, t3, t4, UnreadableValue } from "../src/report/model";
import { Finding, SUM_RULES } from "../src/report/rules";

type Content = number | string | null;
type Paint = "strong" | "light" | "invalid";

const layout = buildReportLayout();
const addressOf = new Map(ALL_CELLS.map((ref) => [refKey(ref), layoutCellOf(refKey(ref))!.address]));
const at = (ref: CellRef) => addressOf.get(refKey(ref))!;

// ---------------------------------------------------------------- formulas as HyperFormula cells

/** Moves the relative parts of A1 references by (dr, dc), as a spreadsheet does for each cell of a range. */
function shift(formula: string, dr: number, dc: number): string {
  return formula.replace(/(?<![A-Za-z])(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_m, cAbs: string, col: string, rAbs: string, row: string) => {
    const c = cAbs ? col : columnLetterOf(columnNumberOf(col) + dc);
    const r = rAbs ? row : String(Number(row) + dr);
    return `${cAbs}${c}${rAbs}${r}`;
  });
}
const columnNumberOf = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const columnLetterOf = (n: number): string => (n <= 0 ? "" : columnLetterOf(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** The same formula pointing at the sheet "Data" that holds the entries. */
const onData = (formula: string) => formula.replace(/(?<![A-Za-z!:$])(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g, "Data!$1");

interface PaintRule {
  address: string;
  paint: Paint;
}

const PAINT_OF: Record<string, Paint> = { [HIGHLIGHT_STYLES.strong]: "strong", [HIGHLIGHT_STYLES.light]: "light", [HIGHLIGHT_STYLES.invalid]: "invalid" };

/** One formula cell per (format, painted cell), in priority order. */
function paintRules(): { rules: PaintRule[]; formulas: string[] } {
  const rules: PaintRule[] = [];
  const formulas: string[] = [];
  for (const cf of [...layout.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    const area = parseRange(cf.range)!;
    for (const cell of cellsOf(area)) {
      rules.push({ address: `${columnLetterOf(cell.col)}${cell.row}`, paint: PAINT_OF[cf.style] });
      formulas.push(`=${onData(shift(cf.formula, cell.row - area.top, cell.col - area.left))}`);
    }
  }
  return { rules, formulas };
}

// ---------------------------------------------------------------- random reports

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r: () => number, n: number) => Math.floor(r() * n);

/** A report that satisfies every sum rule. */
function validReport(r: () => number): Report {
  const report = emptyReport("测试县人民政府", 2024);
  const small = () => (r() < 0.55 ? 0 : int(r, 40));
  for (const col of T3_APPLICANT_COLUMN_KEYS) {
    let results = 0;
    for (const row of T3_RESULT_LEAF_KEYS) {
      const v = small();
      report.t3[row][col] = v;
      results += v;
    }
    const forward = int(r, 6);
    const over = int(r, results + forward + 1);
    report.t3.results_total[col] = results;
    report.t3.carried_forward[col] = forward;
    report.t3.carried_over[col] = over;
    report.t3.new_received[col] = results + forward - over;
  }
  for (const row of Object.keys(report.t3) as (keyof Report["t3"])[]) {
    report.t3[row].total = T3_APPLICANT_COLUMN_KEYS.reduce((n, c) => n + (report.t3[row][c] as number), 0);
  }
  for (const group of ["review", "litigation_direct", "litigation_after_review"]) {
    const cols = T4_COLUMNS.filter((c) => c.group === group);
    let sum = 0;
    for (const c of cols.slice(0, 4)) {
      const v = small();
      report.t4[c.key] = v;
      sum += v;
    }
    report.t4[cols[4].key] = sum;
  }
  for (const ref of ALL_CELLS.filter((x) => x.table === "t2")) setValue(report, ref, isFeeCell(ref) ? Math.round(r() * 10000) / 100 : small());
  return report;
}

const TEXTS = ["abc", "十二", "12", "1,000", " ", "—"];

/** The report's entries with some cells changed, blanked or mistyped. */
function perturbed(report: Report, r: () => number): Map<string, Content> {
  const cells = new Map<string, Content>(ALL_CELLS.map((ref) => [refKey(ref), getValueOf(report, ref)]));
  const n = int(r, 7);
  for (let i = 0; i < n; i++) {
    // half the time a cell that takes part in sums, so that totals break often
    const ref = r() < 0.15 ? t2("admin_fees", "fee_amount") : ALL_CELLS[int(r, ALL_CELLS.length)];
    const key = refKey(ref);
    const current = cells.get(key);
    const base = typeof current === "number" ? current : int(r, 20);
    switch (int(r, 5)) {
      case 0:
        cells.set(key, base + (r() < 0.5 ? -1 : 1) * (1 + int(r, 5)));
        break;
      case 1:
        cells.set(key, null);
        break;
      case 2:
        cells.set(key, TEXTS[int(r, TEXTS.length)]);
        break;
      case 3:
        cells.set(key, -(1 + int(r, 9)));
        break;
      default:
        cells.set(key, Math.floor(base) + 0.5);
    }
  }
  return cells;
}

function getValueOf(report: Report, ref: CellRef): number | null {
  return ref.table === "t2" ? (report.t2[ref.row] as Record<string, number | null>)[ref.column] : ref.table === "t3" ? report.t3[ref.row][ref.column] : report.t4[ref.column];
}

/** What the workbook reader makes of the entries: numbers, nulls, and text as unreadable. */
function reportOf(cells: Map<string, Content>): Report {
  const report = emptyReport("测试县人民政府", 2024);
  const unreadable: UnreadableValue[] = [];
  for (const ref of ALL_CELLS) {
    const v = cells.get(refKey(ref))!;
    if (typeof v === "number") setValue(report, ref, v);
    else if (typeof v === "string") unreadable.push({ ref, text: v });
  }
  report.meta = { unreadable };
  return report;
}

// ---------------------------------------------------------------- what the engine blames

function blamed(findings: readonly Finding[]): Map<string, Paint> {
  const invalid = new Set<string>();
  const strong = new Set<string>();
  const light = new Set<string>();
  for (const f of findings) {
    if (f.rule === "NONNEG_INT") {
      const ref = (f.table === "t2" ? t2(f.row as never, f.column!) : f.table === "t3" ? t3(f.row as never, f.column as never) : t4(f.column as never));
      invalid.add(at(ref));
      continue;
    }
    const rule = SUM_RULES.find((s) => s.id === f.rule);
    if (!rule) continue;
    const check = rule.instances.find((c) => c.row === f.row && c.column === f.column)!;
    for (const ref of check.target) strong.add(at(ref));
    for (const ref of check.addends) light.add(at(ref));
  }
  const out = new Map<string, Paint>();
  for (const a of light) out.set(a, "light");
  for (const a of strong) out.set(a, "strong");
  for (const a of invalid) out.set(a, "invalid");
  return out;
}

/** The entries as a whole sheet; text is entered with a leading ' so "12" stays text, as typed text does. */
function sheetOf(cells: Map<string, Content>): (number | string | null)[][] {
  const rows: (number | string | null)[][] = [];
  for (const ref of ALL_CELLS) {
    const a = parseAddress(at(ref))!;
    while (rows.length < a.row) rows.push([]);
    const v = cells.get(refKey(ref))!;
    rows[a.row - 1][a.col - 1] = typeof v === "string" ? `'${v}` : v;
  }
  return rows.map((row) => Array.from(row, (v) => v ?? null));
}

// ---------------------------------------------------------------- the test

test("on 500 random reports with injected errors, the cells painted are exactly the cells the engine blames", () => {
  const { rules, formulas } = paintRules();
  const hf = HyperFormula.buildFromSheets({ Data: [], CF: formulas.map((f) => [f]) }, { licenseKey: "gpl-v3" });
  const data = hf.getSheetId("Data")!;
  const cf = hf.getSheetId("CF")!;
  const r = rng(20241231);
  const seen: Record<Paint, number> = { strong: 0, light: 0, invalid: 0 };
  let quiet = 0;
  for (let i = 0; i < 500; i++) {
    const cells = perturbed(validReport(r), r);
    hf.setSheetContent(data, sheetOf(cells));
    const results = hf.getSheetValues(cf).map((row) => row[0]);
    const errors = results.filter((v) => typeof v === "object" && v !== null);
    expect(errors).toEqual([]);
    const painted = new Map<string, Paint>();
    results.forEach((v, k) => {
      if (v === true && !painted.has(rules[k].address)) painted.set(rules[k].address, rules[k].paint);
    });
    const expected = blamed(checkReport({ report: reportOf(cells), format: "2021" }));
    const show = (m: Map<string, Paint>) => [...m.entries()].sort().map(([a, p]) => `${a}:${p}`);
    if (show(painted).join() !== show(expected).join()) {
      const entries = [...cells.entries()].filter(([, v]) => typeof v !== "number" || v < 0 || !Number.isInteger(v)).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
      throw new Error(`report ${i}: painted ${show(painted).join(" ")}\nengine  ${show(expected).join(" ")}\nodd entries ${entries.join(" ")}`);
    }
    for (const p of painted.values()) seen[p]++;
    if (painted.size === 0) quiet++;
  }
  // the injected errors really exercised every colour, and some reports stayed clean
  expect(seen.strong).toBeGreaterThan(300);
  expect(seen.light).toBeGreaterThan(1000);
  expect(seen.invalid).toBeGreaterThan(300);
  expect(quiet).toBeGreaterThan(30);
  hf.destroy();
});

test("a blank cell is not yet filled: no sum check fires and nothing is painted", () => {
  const { rules, formulas } = paintRules();
  const hf = HyperFormula.buildFromSheets({ Data: [], CF: formulas.map((f) => [f]) }, { licenseKey: "gpl-v3" });
  const data = hf.getSheetId("Data")!;
  // a wrong total whose row still has one blank cell
  const report = validReport(rng(7));
  const cells = new Map<string, Content>(ALL_CELLS.map((ref) => [refKey(ref), getValueOf(report, ref)]));
  cells.set(refKey(t3("granted", "total")), (report.t3.granted.total as number) + 5);
  cells.set(refKey(t3("granted", "org_other")), null);
  cells.set(refKey(t3("results_total", "total")), null);
  for (const ref of ALL_CELLS) {
    const a = parseAddress(at(ref))!;
    hf.setCellContents({ sheet: data, row: a.row - 1, col: a.col - 1 }, cells.get(refKey(ref))!);
  }
  const painted = hf.getSheetValues(hf.getSheetId("CF")!).map((row, k) => (row[0] === true ? rules[k].address : null)).filter(Boolean);
  expect(painted).toEqual([]);
  expect(runSumRules(reportOf(cells))).toEqual([]);
  hf.destroy();
});

test("every sum check of rules.ts has its formats: one strong format over its targets, light over its addends", () => {
  const checks = SUM_RULES.flatMap((rule) => rule.instances);
  const strong = layout.conditionalFormats.filter((cf) => cf.style === HIGHLIGHT_STYLES.strong);
  const light = layout.conditionalFormats.filter((cf) => cf.style === HIGHLIGHT_STYLES.light);
  const covered = (formats: typeof strong, refs: readonly CellRef[], formula: (f: string) => boolean) =>
    refs.every((ref) => formats.some((cf) => formula(cf.formula) && inside(parseRange(cf.range)!, parseAddress(at(ref))!)));
  const inside = (a: Area, c: { row: number; col: number }) => c.row >= a.top && c.row <= a.bottom && c.col >= a.left && c.col <= a.right;
  for (const check of checks) {
    const mentions = (f: string) => check.target.every((ref) => f.includes(`$${at(ref).replace(/(\d+)/, "$$$1")}`));
    expect(covered(strong, check.target, mentions)).toBe(true);
    expect(covered(light, check.addends, mentions)).toBe(true);
  }
  expect(strong.length + light.length).toBeGreaterThanOrEqual(checks.length * 2);
});
