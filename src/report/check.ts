// The rules engine: evaluates the sum declarations and runs the other rules, one finding per broken
// rule instance.
import { CellRef, refKey, Report, sumOf } from "./model";
import { CHECK_RULES, CheckRule, Finding, fmt, RuleContext, SUM_RULES, SumCheck, SumRule } from "./rules";
import { TEXT_TABLE_CONSISTENCY } from "./text-consistency";

/** The rules beyond the sum declarations, the prose-against-table review included (it needs the prose,
 * so it lives in its own module). */
export const ALL_CHECK_RULES: readonly CheckRule[] = [...CHECK_RULES, TEXT_TABLE_CONSISTENCY];

export interface SumOutcome {
  expected: number;
  actual: number;
}

/** The two sides of one sum check, or null while any of its cells is blank (not yet filled). */
export function evaluateSum(report: Report, check: SumCheck): SumOutcome | null {
  const expected = sumOf(report, check.addends);
  const actual = sumOf(report, check.target);
  if (expected === null || actual === null) return null;
  return { expected, actual };
}

export function sumHolds(outcome: SumOutcome): boolean {
  return Math.abs(outcome.expected - outcome.actual) < 1e-9;
}

export function sumFinding(rule: SumRule, check: SumCheck, outcome: SumOutcome, report?: Report): Finding {
  const diff = Math.abs(outcome.expected - outcome.actual);
  return withCells(
    {
      rule: rule.id,
      severity: rule.severity,
      table: check.table,
      row: check.row,
      column: check.column,
      expected: outcome.expected,
      actual: outcome.actual,
      message: `${rule.where(check)}应为 ${fmt(outcome.expected)}（${rule.explain(check)}），实为 ${fmt(outcome.actual)}，差 ${fmt(diff)}`,
    },
    check.target,
    report,
  );
}

/** When the report came from a workbook, name the worksheet cells too: 「…（单元格 J12）」. */
function withCells(finding: Finding, refs: readonly CellRef[], report?: Report): Finding {
  const addresses = report?.meta?.cells;
  if (!addresses) return finding;
  const cells = refs.map((r) => addresses[refKey(r)]).filter((a): a is string => typeof a === "string");
  if (cells.length === 0) return finding;
  return { ...finding, cells, message: `${finding.message}（单元格 ${cells.join("、")}）` };
}

export function runSumRules(report: Report, rules: readonly SumRule[] = SUM_RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    for (const check of rule.instances) {
      const outcome = evaluateSum(report, check);
      if (outcome && !sumHolds(outcome)) out.push(sumFinding(rule, check, outcome, report));
    }
  }
  return out;
}

function runCheckRule(rule: CheckRule, ctx: RuleContext): Finding[] {
  return rule.run(ctx).map((f) => {
    const finding: Finding = { rule: rule.id, severity: rule.severity, ...f };
    if (f.table === null || f.column === null) return finding;
    const ref = { table: f.table, row: f.table === "t4" ? null : f.row, column: f.column } as CellRef;
    return withCells(finding, [ref], ctx.report);
  });
}

/** Every rule over one report. */
export function checkReport(ctx: RuleContext): Finding[] {
  const findings = runSumRules(ctx.report);
  for (const rule of ALL_CHECK_RULES) findings.push(...runCheckRule(rule, ctx));
  return findings;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
