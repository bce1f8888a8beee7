// The check results as the pane lists them: grouped by table (表二/表三/表四, then the prose), errors
// and warnings counted apart, each finding with the cell a click should select.
import { ALL_CELLS, CellRef, getValue, refKey, Report, TableId } from "../report/model";
import type { Finding } from "../report/rules";

export type GroupId = TableId | "text" | "blank";

/** a group's heading is the pane's words for it (i18n.ts group_*) */
export interface ProblemGroup {
  id: GroupId;
  errors: Finding[];
  warnings: Finding[];
}

const GROUP_IDS: readonly GroupId[] = ["t2", "t3", "t4", "text", "blank"];

/** Cells not filled yet are listed last, apart, so that wrong figures come first. */
const groupOf = (f: Finding): GroupId => (f.rule === "MISSING_VALUE" ? "blank" : (f.table ?? "text"));

/** Only groups that hold something, in the order of the report, then what is not filled yet. */
export function groupFindings(findings: readonly Finding[]): ProblemGroup[] {
  return GROUP_IDS.map((id) => {
    const mine = findings.filter((f) => groupOf(f) === id);
    return { id, errors: mine.filter((f) => f.severity === "error"), warnings: mine.filter((f) => f.severity === "warning") };
  }).filter((g) => g.errors.length + g.warnings.length > 0);
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  return { errors: findings.filter((f) => f.severity === "error").length, warnings: findings.filter((f) => f.severity === "warning").length };
}

const firstBlank = (report: Report, refs: readonly CellRef[]) => refs.find((r) => getValue(report, r) === null) ?? refs[0];

/**
 * What a click on the finding selects: the worksheet address the engine named, else the value it is
 * about (a refKey), else the first blank cell of the row or table, else the prose cell; null if none.
 */
export function findingTarget(f: Finding, report: Report | null): string | null {
  if (f.cells && f.cells.length > 0) return f.cells[0];
  if (f.table !== null && f.column !== null && (f.table === "t4" || f.row !== null)) {
    const ref = ALL_CELLS.find((r) => r.table === f.table && r.row === (f.table === "t4" ? null : f.row) && r.column === f.column);
    if (ref) return refKey(ref);
  }
  if (f.table !== null) {
    const refs = ALL_CELLS.filter((r) => r.table === f.table && (f.row === null || r.row === f.row));
    if (refs.length) return refKey(report ? firstBlank(report, refs) : refs[0]);
  }
  if (f.rule === "S6_FEE_STATEMENT") return "s6";
  if (f.rule === "SECTIONS_PRESENT" && report) {
    const missing = (["s1", "s5", "s6"] as const).find((s) => report.sections[s] === null);
    return missing ?? null;
  }
  return null;
}
