// Every rule of the format, each one declaration. Sum rules are data (target cells and addend cells):
// the engine (check.ts) evaluates them, and the worksheet layout turns the same declarations into
// conditional-format formulas. Content and cross-year rules carry their own small check.
import { agencyLevel, cannotMakeRegulations, LEVEL_NAMES_ZH } from "./agency-level";
import {
  SECTIONS,
  T2_BLOCKS,
  T3_APPLICANT_COLUMN_KEYS,
  T3_COLUMN_KEYS,
  T3_RESULT_LEAF_KEYS,
  T3_ROW_KEYS,
  T4GroupKey,
  T4_COLUMNS,
  t4GroupLabel,
} from "./format";
import { cellLabel, columnLabel, rowLabel, t3ColumnLabelOf, t3RowLabelOf, TABLE_NAMES } from "./labels";
import { ALL_CELLS, CellRef, getValue, isFeeCell, refKey, Report, ReportFormat, t2, T2_REFS, t3, T3_REFS, t4, T4_REFS, TableId } from "./model";

export type Severity = "error" | "warning";

export type RuleId =
  | "T3_ROW_TOTAL"
  | "T3_RESULTS_TOTAL"
  | "T3_BALANCE"
  | "T4_REVIEW_TOTAL"
  | "T4_LIT_DIRECT_TOTAL"
  | "T4_LIT_AFTER_REVIEW_TOTAL"
  | "NONNEG_INT"
  | "S6_FEE_STATEMENT"
  | "SECTIONS_PRESENT"
  | "FORMAT_VERSION_2021"
  | "MISSING_VALUE"
  | "T2_INFORCE_GE_NET_ISSUED"
  | "T2_RULES_ONLY_RULEMAKERS"
  | "FEE_PLAUSIBILITY"
  | "CROSS_YEAR_CARRY"
  | "T2_INFORCE_CONTINUITY"
  | "TEXT_TABLE_CONSISTENCY"
  | "LABEL_VERSION"
  | "LAYOUT_LABELS";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  table: TableId | null;
  row: string | null;
  column: string | null;
  expected: number | null;
  actual: number | null;
  message: string;
  /** worksheet addresses of the cells concerned, when the report came from a workbook (e.g. ["D23"]) */
  cells?: string[];
}

/** What a rule sees. `prev` is last year's report, when given. */
export interface RuleContext {
  report: Report;
  format: ReportFormat;
  prev?: Report | null;
}

// ---------------------------------------------------------------- sum rules (declarations)

/** One instance of a sum rule: the values of `target` must add up to the values of `addends`. */
export interface SumCheck {
  table: TableId;
  row: string | null;
  column: string | null;
  target: readonly CellRef[];
  addends: readonly CellRef[];
}

export interface SumRule {
  id: RuleId;
  severity: "error";
  instances: readonly SumCheck[];
  /** 「表三「（一）予以公开」行：总计」 — where the wrong figure stands and what it is */
  where: (check: SumCheck) => string;
  /** the clause after 应为 N（…） */
  explain: (check: SumCheck) => string;
}

const t3Rows = (column: (typeof T3_COLUMN_KEYS)[number]) => T3_RESULT_LEAF_KEYS.map((row) => t3(row, column));

export const T3_ROW_TOTAL: SumRule = {
  id: "T3_ROW_TOTAL",
  severity: "error",
  instances: T3_ROW_KEYS.map((row) => ({
    table: "t3",
    row,
    column: "total",
    target: [t3(row, "total")],
    addends: T3_APPLICANT_COLUMN_KEYS.map((col) => t3(row, col)),
  })),
  where: (c) => `表三「${t3RowLabelOf(c.row!)}」行：总计`,
  explain: () => "各申请人之和",
};

export const T3_RESULTS_TOTAL: SumRule = {
  id: "T3_RESULTS_TOTAL",
  severity: "error",
  instances: T3_COLUMN_KEYS.map((column) => ({
    table: "t3",
    row: "results_total",
    column,
    target: [t3("results_total", column)],
    addends: t3Rows(column),
  })),
  where: (c) => `表三「${t3RowLabelOf("results_total")}」行「${t3ColumnLabelOf(c.column!)}」列：`,
  explain: () => "（一）至（六）各项之和",
};

export const T3_BALANCE: SumRule = {
  id: "T3_BALANCE",
  severity: "error",
  instances: T3_COLUMN_KEYS.map((column) => ({
    table: "t3",
    row: null,
    column,
    target: [t3("results_total", column), t3("carried_forward", column)],
    addends: [t3("new_received", column), t3("carried_over", column)],
  })),
  where: (c) => `表三「${t3ColumnLabelOf(c.column!)}」列：第三项（七）总计加第四项`,
  explain: () => "第一项加第二项之和",
};

function t4SumRule(id: RuleId, group: T4GroupKey): SumRule {
  const columns = T4_COLUMNS.filter((c) => c.group === group);
  const total = columns.find((c) => c.label === "总计")!;
  const parts = columns.filter((c) => c !== total);
  return {
    id,
    severity: "error",
    instances: [{ table: "t4", row: null, column: total.key, target: [t4(total.key)], addends: parts.map((c) => t4(c.key)) }],
    where: () => `表四「${t4GroupLabel(group)}」：总计`,
    explain: () => `${parts.map((p) => p.label).join("、")}之和`,
  };
}

export const T4_REVIEW_TOTAL = t4SumRule("T4_REVIEW_TOTAL", "review");
export const T4_LIT_DIRECT_TOTAL = t4SumRule("T4_LIT_DIRECT_TOTAL", "litigation_direct");
export const T4_LIT_AFTER_REVIEW_TOTAL = t4SumRule("T4_LIT_AFTER_REVIEW_TOTAL", "litigation_after_review");

export const SUM_RULES: readonly SumRule[] = [
  T3_ROW_TOTAL,
  T3_RESULTS_TOTAL,
  T3_BALANCE,
  T4_REVIEW_TOTAL,
  T4_LIT_DIRECT_TOTAL,
  T4_LIT_AFTER_REVIEW_TOTAL,
];

// ---------------------------------------------------------------- other rules

export interface CheckRule {
  id: RuleId;
  severity: Severity;
  run: (ctx: RuleContext) => Omit<Finding, "rule" | "severity">[];
}

/** 12 · 0.5 · 24252.311082 — no floating-point noise in messages. */
export function fmt(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** Each table with its cells; a table's section is the one that holds it. */
const TABLE_REFS: readonly (readonly [TableId, readonly CellRef[]])[] = [
  ["t2", T2_REFS],
  ["t3", T3_REFS],
  ["t4", T4_REFS],
];
const SECTION_OF_TABLE: Record<TableId, string> = { t2: "s2", t3: "s3", t4: "s4" };

const noPlace = { table: null, row: null, column: null, expected: null, actual: null } as const;

/** What a value of this cell must be, as the clerk reads it. */
function valueNeed(ref: CellRef): string {
  return isFeeCell(ref) ? "应为不小于 0 的数（万元，可含小数）" : "应为不小于 0 的整数";
}

function isValidValue(ref: CellRef, v: number): boolean {
  if (!Number.isFinite(v) || v < 0) return false;
  return isFeeCell(ref) || Number.isInteger(v);
}

export const NONNEG_INT: CheckRule = {
  id: "NONNEG_INT",
  severity: "error",
  run: ({ report }) => {
    const out: Omit<Finding, "rule" | "severity">[] = [];
    for (const ref of ALL_CELLS) {
      const v = getValue(report, ref);
      if (v === null || isValidValue(ref, v)) continue;
      out.push({ table: ref.table, row: ref.row, column: ref.column, expected: null, actual: v, message: `${cellLabel(ref)}：${valueNeed(ref)}，实为 ${fmt(v)}` });
    }
    for (const u of report.meta?.unreadable ?? []) {
      out.push({ table: u.ref.table, row: u.ref.row, column: u.ref.column, expected: null, actual: null, message: `${cellLabel(u.ref)}：${valueNeed(u.ref)}，实为「${u.text}」` });
    }
    return out;
  },
};

export const S6_FEE_STATEMENT: CheckRule = {
  id: "S6_FEE_STATEMENT",
  severity: "error",
  run: ({ report }) => {
    const s6 = report.sections.s6;
    if (s6 === null || /信息处理费/.test(s6)) return [];
    return [{ ...noPlace, message: "第六部分「其他需要报告的事项」未说明信息处理费收取情况（依据国办函〔2020〕109号，未收取也须写明）" }];
  },
};

function sectionPresent(report: Report, id: (typeof SECTIONS)[number]["id"]): boolean {
  if (report.sections[id] !== null) return true;
  const table = TABLE_REFS.find(([t]) => SECTION_OF_TABLE[t] === id);
  return table !== undefined && table[1].some((r) => getValue(report, r) !== null);
}

export const SECTIONS_PRESENT: CheckRule = {
  id: "SECTIONS_PRESENT",
  severity: "error",
  run: ({ report }) => {
    const missing = SECTIONS.filter((s) => !sectionPresent(report, s.id));
    const out: Omit<Finding, "rule" | "severity">[] = [];
    if (missing.length > 0) {
      out.push({ ...noPlace, message: `缺少第${missing.map((s) => `${s.no}部分「${s.title}」`).join("、第")}（六个部分缺一不可）` });
    }
    const order = report.meta?.section_order;
    if (order && order.length > 1) {
      const rank = (id: string) => SECTIONS.findIndex((s) => s.id === id);
      const outOfOrder = order.some((id, i) => i > 0 && rank(id) < rank(order[i - 1]));
      if (outOfOrder) {
        const seen = order.map((id) => SECTIONS.find((s) => s.id === id)!.no).join("、");
        out.push({ ...noPlace, message: `六个部分的顺序应为一至六，实为 ${seen}` });
      }
    }
    return out;
  },
};

export const FORMAT_VERSION_2021: CheckRule = {
  id: "FORMAT_VERSION_2021",
  severity: "error",
  run: ({ report, format }) => {
    if (format !== "2019") return [];
    if (report.year !== null && report.year < 2021) return [];
    const markers = report.meta?.old_format_markers ?? [];
    const seen = markers.length ? `（出现「${markers.slice(0, 3).join("」「")}」等试行版标签）` : "";
    return [{ ...noPlace, message: `表格使用的是2019年试行版格式${seen}，2021年度起应使用国办公开办函〔2021〕30号规定的格式` }];
  },
};

export const MISSING_VALUE: CheckRule = {
  id: "MISSING_VALUE",
  severity: "warning",
  run: ({ report }) => {
    // text that is not a number is NONNEG_INT's, and a row whose digits split more than one way has its own note
    const unreadable = new Set((report.meta?.unreadable ?? []).map((u) => refKey(u.ref)));
    const ambiguous = new Set((report.meta?.ambiguities ?? []).map((a) => `${a.table}.${a.row}`));
    const missing = ALL_CELLS.filter((r) => getValue(report, r) === null && !unreadable.has(refKey(r)) && !ambiguous.has(`${r.table}.${r.row}`));
    const out: Omit<Finding, "rule" | "severity">[] = [];
    for (const [table, all] of TABLE_REFS) {
      const miss = missing.filter((r) => r.table === table);
      if (miss.length === 0) continue;
      const name = TABLE_NAMES[table];
      if (miss.length === all.length) {
        out.push({ table, row: null, column: null, expected: null, actual: null, message: `${name}未填写（${all.length} 个单元格均为空；为 0 的也须填写 0）` });
        continue;
      }
      // one finding per row (table 四 has one row)
      const rows = [...new Set(miss.map((r) => r.row))];
      for (const row of rows) {
        const cells = miss.filter((r) => r.row === row);
        const where = row === null ? name : `${name}「${rowLabel(cells[0])}」行`;
        out.push({
          table,
          row,
          column: cells.length === 1 ? cells[0].column : null,
          expected: null,
          actual: null,
          message: `${where}有 ${cells.length} 个单元格未填写（${cells.map((c) => columnLabel(c)).join("、")}）；为 0 的也须填写 0`,
        });
      }
    }
    return out;
  },
};

const T2_DOC_ROWS = T2_BLOCKS[0].rows.map((r) => r.key);

export const T2_INFORCE_GE_NET_ISSUED: CheckRule = {
  id: "T2_INFORCE_GE_NET_ISSUED",
  severity: "warning",
  run: ({ report }) =>
    T2_DOC_ROWS.flatMap((row) => {
      const v = report.t2[row];
      if (v.issued === null || v.repealed === null || v.in_force === null) return [];
      const net = v.issued - v.repealed;
      if (v.in_force >= net) return [];
      return [{
        table: "t2" as const, row, column: "in_force", expected: net, actual: v.in_force,
        message: `${cellLabel(t2(row, "in_force"))}：应不少于 ${fmt(net)}（本年制发减本年废止），实为 ${fmt(v.in_force)}，差 ${fmt(net - v.in_force)}`,
      }];
    }),
};

export const T2_RULES_ONLY_RULEMAKERS: CheckRule = {
  id: "T2_RULES_ONLY_RULEMAKERS",
  severity: "warning",
  run: ({ report }) => {
    const level = agencyLevel(report.agency);
    if (!cannotMakeRegulations(level)) return [];
    const v = report.t2.regulations;
    const nonZero = (["issued", "repealed", "in_force"] as const).filter((k) => (v[k] ?? 0) !== 0);
    if (nonZero.length === 0) return [];
    const figures = nonZero.map((k) => `${columnLabel(t2("regulations", k))} ${fmt(v[k] as number)}`).join("，");
    return [{
      table: "t2", row: "regulations", column: nonZero.length === 1 ? nonZero[0] : null, expected: 0, actual: v[nonZero[0]],
      message: `表二「规章」行：${report.agency}属${LEVEL_NAMES_ZH[level]}，无权制定规章（《立法法》），规章件数应为 0，实为 ${figures}；内部规章制度不计入规章`,
    }];
  },
};

export const FEE_PLAUSIBILITY: CheckRule = {
  id: "FEE_PLAUSIBILITY",
  severity: "warning",
  run: ({ report }) => {
    const fee = report.t2.admin_fees.fee_amount;
    if (fee === null || !Number.isFinite(fee) || fee <= 0) return [];
    const level = agencyLevel(report.agency);
    // Upper bounds in 万元 above which an amount is more likely 元 typed into the 万元 cell.
    const limit = level === "township" ? 1000 : level === "county_gov" || level === "local_dept" ? 100000 : 10000000;
    if (fee <= limit) return [];
    const ref = t2("admin_fees", "fee_amount");
    return [{
      table: "t2", row: "admin_fees", column: "fee_amount", expected: null, actual: fee,
      message: `${cellLabel(ref)}：${fmt(fee)} 万元即 ${fmt(fee / 10000)} 亿元，对${LEVEL_NAMES_ZH[level]}而言过大，请确认是否把「元」填进了「万元」栏`,
    }];
  },
};

export const CROSS_YEAR_CARRY: CheckRule = {
  id: "CROSS_YEAR_CARRY",
  severity: "warning",
  run: ({ report, prev }) => {
    if (!prev) return [];
    return T3_COLUMN_KEYS.flatMap((column) => {
      const now = report.t3.carried_over[column];
      const before = prev.t3.carried_forward[column];
      if (now === null || before === null || now === before) return [];
      return [{
        table: "t3" as const, row: "carried_over", column, expected: before, actual: now,
        message: `表三「${t3RowLabelOf("carried_over")}」行「${t3ColumnLabelOf(column)}」列：应为 ${fmt(before)}（上年报告「${t3RowLabelOf("carried_forward")}」），实为 ${fmt(now)}，差 ${fmt(Math.abs(before - now))}`,
      }];
    });
  },
};

export const T2_INFORCE_CONTINUITY: CheckRule = {
  id: "T2_INFORCE_CONTINUITY",
  severity: "warning",
  run: ({ report, prev }) => {
    if (!prev) return [];
    return T2_DOC_ROWS.flatMap((row) => {
      const v = report.t2[row];
      const before = prev.t2[row].in_force;
      if (before === null || v.issued === null || v.repealed === null || v.in_force === null) return [];
      const expected = before + v.issued - v.repealed;
      if (expected === v.in_force) return [];
      return [{
        table: "t2" as const, row, column: "in_force", expected, actual: v.in_force,
        message: `${cellLabel(t2(row, "in_force"))}：按上年现行有效 ${fmt(before)} 加本年制发 ${fmt(v.issued)} 减本年废止 ${fmt(v.repealed)} 应为 ${fmt(expected)}，实为 ${fmt(v.in_force)}，差 ${fmt(Math.abs(expected - v.in_force))}；如本年开展了文件清理，请确认后忽略`,
      }];
    });
  },
};

export const CHECK_RULES: readonly CheckRule[] = [
  NONNEG_INT,
  S6_FEE_STATEMENT,
  SECTIONS_PRESENT,
  FORMAT_VERSION_2021,
  MISSING_VALUE,
  T2_INFORCE_GE_NET_ISSUED,
  T2_RULES_ONLY_RULEMAKERS,
  FEE_PLAUSIBILITY,
  CROSS_YEAR_CARRY,
  T2_INFORCE_CONTINUITY,
];

