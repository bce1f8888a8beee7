// Report JSON in the contract's shape (../shared/format/report-json.md). The shape is checked: a value
// of the wrong type is named in the reason; a missing value is null; keys the contract does not know
// are kept under meta, never dropped.
import { SECTION_IDS } from "../format";
import { ALL_CELLS, emptyReport, refKey, ReportFormat, setValue } from "../model";
import { fail, ParseResult } from "./types";

/** An object, or an array of objects (`check --json` output); 「[bookmark: …]」 at the top of a text is not JSON. */
export function looksLikeJson(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith("{") || /^\[\s*[{\]]/.test(t);
}

const KNOWN = new Set(["agency", "year", "t2", "t3", "t4", "sections", "meta", "format"]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Where JSON.parse stopped, as 「第 N 行第 M 列」 when the engine says where. */
function position(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return "";
  const at = Number(m[1]);
  const before = text.slice(0, at).split("\n");
  return `（第 ${before.length} 行第 ${before[before.length - 1].length + 1} 列）`;
}

export function parseJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return fail(`JSON 格式错误或文件不完整${position(text, message)}：${message}`, `malformed or truncated JSON: ${message}`);
  }
  if (Array.isArray(data)) {
    // `check --json` output: one entry per file; take the report of a single entry
    if (data.length === 1 && isObject(data[0]) && isObject(data[0].report)) data = data[0].report;
    else return fail("JSON 是数组而不是一份报告（应为一个对象，含 agency、year、t2、t3、t4、sections）", "the JSON is an array, not one report object");
  }
  if (!isObject(data)) return fail("JSON 不是一份报告（应为一个对象，含 agency、year、t2、t3、t4、sections）", "the JSON is not a report object");
  const obj = data;
  if (!["t2", "t3", "t4", "sections"].some((k) => k in obj)) {
    return fail("JSON 中没有报告内容（缺少 t2、t3、t4、sections）", "the JSON has none of the report keys t2, t3, t4, sections");
  }
  const report = emptyReport();
  const problems: string[] = [];

  if (obj.agency !== undefined && obj.agency !== null && typeof obj.agency !== "string") problems.push("agency 应为字符串或 null");
  else report.agency = (obj.agency as string | null | undefined) ?? null;
  if (obj.year !== undefined && obj.year !== null && (typeof obj.year !== "number" || !Number.isInteger(obj.year))) problems.push("year 应为整数或 null");
  else report.year = (obj.year as number | null | undefined) ?? null;

  for (const table of ["t2", "t3", "t4"] as const) {
    if (obj[table] !== undefined && obj[table] !== null && !isObject(obj[table])) problems.push(`${table} 应为对象`);
  }
  for (const ref of ALL_CELLS) {
    const tableObj = obj[ref.table];
    if (!isObject(tableObj)) continue;
    let v: Json | undefined;
    if (ref.row === null) v = tableObj[ref.column];
    else {
      const rowObj = tableObj[ref.row];
      if (rowObj === undefined || rowObj === null) continue;
      if (!isObject(rowObj)) {
        problems.push(`${ref.table}.${ref.row} 应为对象`);
        continue;
      }
      v = rowObj[ref.column];
    }
    if (v === undefined || v === null) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      problems.push(`${refKey(ref)} 应为数字或 null，实为 ${JSON.stringify(v).slice(0, 30)}`);
      continue;
    }
    setValue(report, ref, v);
  }

  if (obj.sections !== undefined && obj.sections !== null) {
    if (!isObject(obj.sections)) problems.push("sections 应为对象");
    else {
      for (const id of SECTION_IDS) {
        const s = obj.sections[id];
        if (s === undefined || s === null) continue;
        if (typeof s !== "string") problems.push(`sections.${id} 应为字符串或 null`);
        else report.sections[id] = s;
      }
    }
  }
  if (obj.meta !== undefined && obj.meta !== null && !isObject(obj.meta)) problems.push("meta 应为对象");

  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join("；") + (problems.length > 5 ? `；等 ${problems.length} 处` : "");
    return fail(`报告 JSON 的结构不对：${shown}`, `the report JSON has the wrong shape: ${problems.length} problem(s), e.g. ${problems[0]}`);
  }

  const extra = Object.fromEntries(Object.entries(obj).filter(([k]) => !KNOWN.has(k)));
  report.meta = { ...(isObject(obj.meta) ? (obj.meta as Record<string, unknown>) : {}), ...extra, source_format: "json" };
  const markers = report.meta.old_format_markers;
  const format: ReportFormat = obj.format === "2019" || (Array.isArray(markers) && markers.length > 0) ? "2019" : obj.format === "unknown" ? "unknown" : "2021";
  return { ok: true, report, format, notes: [] };
}
