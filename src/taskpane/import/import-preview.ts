// What an import would write, worked out before anything is written: the counts of values read and
// missing, the format, agency and year, the parser's notes, and for 导入上年年报 the carry-over and the
// 现行有效件数 kept for the continuity check. Pure: the panel shows it, tests read it.
import { FORMAT_DOC_NO, sectionHeading, SECTION_IDS, T3_COLUMNS } from "../../report/format";
import { cellLabel, TABLE_NAMES } from "../../report/labels";
import { ALL_CELLS, getValue, Report, ReportFormat, t2, TableId, Value } from "../../report/model";
import { ParseResult } from "../../report/parse/types";
import type { ImportHost } from "../hosts";
import { CARRY_FROM, CARRY_TO } from "../i18n";

export type ImportMode = "previous" | "report";

export const MODE_TITLES: Record<ImportMode, string> = {
  previous: "导入上年年报",
  report: "导入已有年报",
};

export const FORMAT_LABELS: Record<ReportFormat, string> = {
  "2021": `2021年格式（${FORMAT_DOC_NO}）`,
  "2019": "2019年试行格式（国办公开办函〔2019〕60号）",
  unknown: "未能识别格式",
};

export interface TableCount {
  table: TableId;
  name: string;
  found: number;
  total: number;
}

export interface CarryItem {
  column: string;
  value: Value;
}

export interface ImportPreview {
  mode: ImportMode;
  source: string;
  format: ReportFormat;
  formatLabel: string;
  agency: string | null;
  year: number | null;
  found: number;
  missing: number;
  tables: TableCount[];
  /** headings of the prose sections read, e.g. 「一、总体情况」 */
  sections: string[];
  /** the parser's notes, as a clerk reads them */
  notes: string[];
  /** 导入上年年报: last year's 结转下年度继续办理, which becomes this year's 上年结转 */
  carry: CarryItem[];
  /** 导入上年年报: last year's 现行有效件数, kept for the continuity check */
  inForce: { label: string; value: Value }[];
  /** what will not be written, and why */
  gaps: string[];
  canWrite: boolean;
}

export type ReadOutcome = { ok: true; preview: ImportPreview; report: Report } | { ok: false; message: string };

export function previewImport(mode: ImportMode, source: string, result: ParseResult): ReadOutcome {
  if (!result.ok) return { ok: false, message: result.reason.zh };
  const { report, format, notes } = result;
  const values = ALL_CELLS.map((ref) => getValue(report, ref));
  const found = values.filter((v) => v !== null).length;
  const tables = (["t2", "t3", "t4"] as const).map((table) => {
    const refs = ALL_CELLS.filter((r) => r.table === table);
    return { table, name: TABLE_NAMES[table], found: refs.filter((r) => getValue(report, r) !== null).length, total: refs.length };
  });
  const sections = SECTION_IDS.filter((id) => report.sections[id] !== null).map((id) => sectionHeading(id));
  const carry = T3_COLUMNS.map((c) => ({ column: c.label, value: report.t3.carried_forward[c.key] }));
  const inForce = (["regulations", "normative_docs"] as const).map((row) => ({ label: cellLabel(t2(row, "in_force")), value: report.t2[row].in_force }));

  const gaps: string[] = [];
  if (format === "2019") gaps.push("这是2019年试行格式的报告，表格与2021年格式不同，对应不上的数值不会填写，请对照原文补齐");
  if (format === "unknown") gaps.push("未能识别报告格式，只填写能确认的数值");
  let canWrite: boolean;
  if (mode === "previous") {
    const missingCarry = carry.filter((c) => c.value === null);
    if (missingCarry.length > 0) {
      gaps.push(`上年「${CARRY_FROM}」有 ${missingCarry.length} 个数未读到（${missingCarry.map((c) => c.column).join("、")}），本年「${CARRY_TO}」对应单元格不会填写`);
    }
    const missingInForce = inForce.filter((i) => i.value === null);
    if (missingInForce.length > 0) gaps.push(`未读到${missingInForce.map((i) => i.label).join("、")}，现行有效件数的连续性检查将缺少这一项`);
    canWrite = carry.some((c) => c.value !== null) || inForce.some((i) => i.value !== null);
  } else {
    if (found < values.length) gaps.push(`有 ${values.length - found} 个表格数值未读到，这些单元格将留空（不会填 0），请对照原文补齐`);
    canWrite = found > 0 || sections.length > 0;
  }
  if (!canWrite) gaps.push("没有读到可以写入的数值");

  return {
    ok: true,
    report,
    preview: {
      mode,
      source,
      format,
      formatLabel: FORMAT_LABELS[format],
      agency: report.agency,
      year: report.year,
      found,
      missing: values.length - found,
      tables,
      sections,
      notes: notes.map((n) => n.message),
      carry,
      inForce,
      gaps,
      canWrite,
    },
  };
}

/** Writes what was previewed: the whole report, or last year's report for the carry-over; returns the host's notices. */
export async function applyImport(host: ImportHost, mode: ImportMode, report: Report): Promise<string[]> {
  const notes = mode === "previous" ? await host.writePrevious(report) : await host.writeReport(report);
  return notes ?? [];
}
