// TEXT_TABLE_CONSISTENCY: counts stated in the prose (「收到政府信息公开申请75件」) against the tables.
// A warning quoting the sentence, never an error: prose is loose, so each topic accepts every reading
// a clerk could mean (「收到」 may be 新收 alone or 新收 + 上年结转), and a number is compared only when
// its topic is unambiguous — comparisons with other years, cumulative counts and 复议 cases that are
// not about 政府信息公开 (e.g. a 司法局's 备案审查 and 复议 caseload) are left alone.
import { SECTIONS, SectionId, T3_COLUMNS, T3ColumnKey, T3_ORG_HEADER, T3RowKey, T3_ROW_GROUPS, T3RowGroupKey, T3_ROWS } from "./format";
import { cellLabel, t3ColumnLabelOf } from "./labels";
import { CellRef, sumOf, t2, t3, t4, TableId } from "./model";
import { CheckRule, Finding, fmt } from "./rules";

/** A table figure prose may state: one cell, or a sum of cells (null while any is blank). */
interface Figure {
  label: string;
  table: TableId;
  row: string | null;
  column: string | null;
  refs: readonly CellRef[];
}

interface Topic {
  id: string;
  /** matched in the text before the number; the keyword ending last wins, the longest on a tie */
  keyword: RegExp;
  /** the figures the prose may mean; the first is the one named in the finding */
  figures: (window: string) => Figure[] | null;
  /** counts of applications: the sentence must be about 申请 (not 意见建议, 咨询 …) */
  needsApplication?: boolean;
  /** 复议/诉讼: only when the sentence is about 政府信息公开 and not about 备案 */
  needsDisclosure?: boolean;
  /** 结转至下一年: the next year may be named */
  allowsNextYear?: boolean;
}

const rowsUnder = (parent: T3RowGroupKey): T3RowKey[] => T3_ROWS.filter((r) => r.parent === parent).map((r) => r.key);

function t3Cell(row: T3RowKey, column: T3ColumnKey = "total"): Figure {
  const ref = t3(row, column);
  return { label: cellLabel(ref), table: "t3", row, column, refs: [ref] };
}
function t3Sum(rows: readonly T3RowKey[], label: string, column: T3ColumnKey = "total"): Figure {
  return { label, table: "t3", row: rows.length === 1 ? rows[0] : null, column, refs: rows.map((r) => t3(r, column)) };
}
function t3Group(parent: T3RowGroupKey): Figure {
  const rows = rowsUnder(parent);
  const groupLabel = T3_ROW_GROUPS.find((g) => g.key === parent)!.label;
  return t3Sum(rows, `表三「${groupLabel}」各项（${rows.length} 行）「总计」列之和`);
}
const grantedAndPartial = (): Figure => t3Sum(["granted", "partial"], "表三「（一）予以公开」加「（二）部分公开」「总计」列");
const received = (column: T3ColumnKey = "total"): Figure[] => [
  t3Cell("new_received", column),
  t3Sum(["new_received", "carried_over"], `表三「${t3ColumnLabelOf(column)}」列本年新收加上年结转`, column),
];
const orgColumns: T3ColumnKey[] = T3_COLUMNS.filter((c) => c.group === "legal_or_other_org").map((c) => c.key);

/** Applications from one applicant column (named by its label) or from the 法人或其他组织 columns together. */
function applicantFigures(columns: readonly T3ColumnKey[], name = t3ColumnLabelOf(columns[0])): Figure[] {
  const sum = (rows: T3RowKey[], what: string): Figure => ({
    label: `表三${what}「${name}」`,
    table: "t3",
    row: rows.length === 1 ? rows[0] : null,
    column: columns.length === 1 ? columns[0] : null,
    refs: rows.flatMap((r) => columns.map((c) => t3(r, c))),
  });
  return [sum(["new_received"], "本年新收"), sum(["new_received", "carried_over"], "本年新收加上年结转"), sum(["results_total"], "办理结果总计")];
}

const t4Figure = (columns: readonly Parameters<typeof t4>[0][], label = cellLabel(t4(columns[0]))): Figure => ({
  label,
  table: "t4",
  row: null,
  column: columns.length === 1 ? columns[0] : null,
  refs: columns.map((c) => t4(c)),
});

/** 规章 / 规范性文件: which of the three figures depends on the words around it. */
function documentFigures(row: "regulations" | "normative_docs") {
  return (window: string): Figure[] | null => {
    if (/备案/.test(window)) return null;
    const column = /现行有效/.test(window) ? "in_force" : /制发|印发|出台/.test(window) ? "issued" : /废止|失效/.test(window) ? "repealed" : null;
    if (column === null) return null;
    const ref = t2(row, column);
    return [{ label: cellLabel(ref), table: "t2", row, column, refs: [ref] }];
  };
}

const TOPICS: readonly Topic[] = [
  { id: "received", keyword: /收到|接收|受理|接到/, figures: () => received(), needsApplication: true },
  { id: "new", keyword: /新收/, figures: () => [t3Cell("new_received")], needsApplication: true },
  { id: "handled", keyword: /办理/, figures: () => [...received().reverse(), t3Cell("results_total")], needsApplication: true },
  { id: "concluded", keyword: /办结|答复|办理完毕|处理完毕/, figures: () => [t3Cell("results_total")], needsApplication: true },
  { id: "carried_over", keyword: /上一?年度?结转|结转上一?年度?|上年度?遗留/, figures: () => [t3Cell("carried_over")] },
  {
    id: "carried_forward",
    keyword: /(?:结转|顺延|转入)(?:至|到)?(?:下一?年度?|\d{4}年度?)?(?:继续)?(?:办理|处理|答复)?/,
    figures: () => [t3Cell("carried_forward")],
    allowsNextYear: true,
  },
  { id: "granted", keyword: /(?<!不)予以公开|同意公开|全部公开/, figures: () => [t3Cell("granted"), grantedAndPartial()] },
  {
    id: "granted_and_partial",
    keyword: /予以公开[及和与、]部分公开|予以公开[（(](?:含|包括)部分公开[)）]/,
    figures: () => [grantedAndPartial()],
  },
  { id: "partial", keyword: /部分公开/, figures: () => [t3Cell("partial")] },
  { id: "denied", keyword: /不予公开/, figures: () => [t3Group("denied")] },
  { id: "unable", keyword: /无法提供/, figures: () => [t3Group("unable")] },
  { id: "not_processed", keyword: /不予处理/, figures: () => [t3Group("not_processed")] },
  { id: "other_processing", keyword: /其他处理/, figures: () => [t3Group("other_processing")] },
  { id: "natural_person", keyword: /自然人/, figures: () => applicantFigures(["natural_person"]), needsApplication: true },
  { id: "org_commercial", keyword: /商业企业/, figures: () => applicantFigures(["org_commercial"]), needsApplication: true },
  { id: "orgs", keyword: /法人[或和及与]其他组织/, figures: () => applicantFigures(orgColumns, T3_ORG_HEADER), needsApplication: true },
  { id: "review", keyword: /行政复议|复议/, figures: () => [t4Figure(["review_total"])], needsDisclosure: true },
  {
    id: "litigation",
    keyword: /行政诉讼|诉讼|起诉/,
    figures: () => [
      t4Figure(["lit_direct_total", "lit_after_review_total"], "表四行政诉讼两项「总计」之和"),
      t4Figure(["lit_direct_total"]),
      t4Figure(["lit_after_review_total"]),
    ],
    needsDisclosure: true,
  },
  { id: "normative_docs", keyword: /规范性文件/, figures: documentFigures("normative_docs") },
  { id: "regulations", keyword: /规章(?!制度)/, figures: documentFigures("regulations") },
];

/** Words that make a number something other than this year's count. */
const NOT_THIS_YEARS_COUNT = /同比|环比|较上年|较去年|比上年|比去年|较\d{4}年|增长|下降|减少|增加|上升|累计|历年|以来|占比/;
/** Applications of other kinds an agency also counts (政务服务, 建议提案, 信访…): not table 三's. */
const OTHER_BUSINESS = /政务服务|服务事项|审批|许可|建议|提案|投诉|举报|信访|咨询|热线|留言|来信|来访/;
/** 「1件结转下年度继续办理」: the topic follows the number. */
const CARRY_AFTER = /^(?:申请)?(?:结转|顺延|转入)(?:至|到)?下一?年/;
/** 「小山子镇未收到申请」: a stated zero. */
const NONE_RECEIVED = /未(?:收到|接到|受理)(?:任何)?(?:政府信息公开|信息公开)?申请/g;
/** a count: digits (or 3,119) followed by a unit of cases, not part of a longer number or ordinal */
const COUNT = /(?<![\d.,第])(\d{1,3}(?:,\d{3})+|\d+)(件|起|宗)/g;

/** Prose as one line: full-width digits made ASCII, whitespace dropped (PDF text wraps mid-sentence) except
 * between two ASCII words; everything else verbatim, since sentences are quoted. */
function normaliseProse(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, (ws, at: number, all: string) => (/[A-Za-z0-9]/.test(all[at - 1] ?? "") && /[A-Za-z0-9]/.test(all[at + ws.length] ?? "") ? " " : ""));
}

/** Sentences (and ；-separated clauses, which clerks use as sentences in lists). */
export function proseUnits(text: string): string[] {
  return normaliseProse(text)
    .split(/(?<=[。！？；;!?])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const TOPIC_SEARCH = TOPICS.map((topic) => ({ topic, re: new RegExp(topic.keyword.source, "g") }));
/** any keyword at all: most windows have none, and are skipped without trying each topic */
const ANY_TOPIC = new RegExp(TOPICS.map((t) => t.keyword.source).join("|"));

function lastTopic(window: string): Topic | null {
  if (!ANY_TOPIC.test(window)) return null;
  let best: { topic: Topic; end: number; length: number } | null = null;
  for (const { topic, re } of TOPIC_SEARCH) {
    for (const m of window.matchAll(re)) {
      const end = (m.index ?? 0) + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { topic, end, length: m[0].length };
    }
  }
  return best?.topic ?? null;
}

/** A stated count: the number, its topic, and the sentence it stands in. */
export interface ProseCount {
  topic: string;
  value: number;
  unit: string;
  sentence: string;
  at: number;
  window: string;
}

function yearsOk(window: string, year: number | null, topic: Topic): boolean {
  if (year === null) return true;
  for (const m of window.matchAll(/(\d{4})年/g)) {
    const y = Number(m[1]);
    if (y !== year && !(topic.allowsNextYear && y === year + 1)) return false;
  }
  return true;
}

/** Every count in one sentence whose topic is unambiguous. */
export function countsIn(sentence: string, year: number | null): { count: ProseCount; topic: Topic }[] {
  const out: { count: ProseCount; topic: Topic }[] = [];
  let from = 0;
  for (const m of sentence.matchAll(COUNT)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const window = sentence.slice(from, at);
    from = end;
    const after = sentence.slice(end, end + 12);
    const topic = CARRY_AFTER.test(after) ? TOPICS.find((t) => t.id === "carried_forward")! : lastTopic(window);
    if (!topic) continue;
    if (topic.id !== "carried_over" && NOT_THIS_YEARS_COUNT.test(window)) continue;
    if (!yearsOk(window, year, topic)) continue;
    if (topic.needsApplication && (!/申请/.test(sentence.slice(0, at) + after.slice(0, 3)) || OTHER_BUSINESS.test(window))) continue;
    if (topic.needsDisclosure && (!/信息公开/.test(sentence) || /备案/.test(sentence))) continue;
    const value = Number(m[1].replace(/,/g, ""));
    out.push({ count: { topic: topic.id, value, unit: m[2], sentence, at, window }, topic });
  }
  for (const m of sentence.matchAll(NONE_RECEIVED)) {
    const before = sentence.slice(0, m.index ?? 0);
    if (/复议|诉讼/.test(m[0]) || NOT_THIS_YEARS_COUNT.test(before) || !yearsOk(before, year, TOPICS[0])) continue;
    out.push({ count: { topic: "received", value: 0, unit: "件", sentence, at: m.index ?? 0, window: m[0] }, topic: TOPICS[0] });
  }
  return out;
}

/** 「…」 quoted whole, or around the number when the sentence is long. */
function quote(sentence: string, at: number): string {
  if (sentence.length <= 120) return sentence;
  const start = Math.max(0, at - 50);
  const end = Math.min(sentence.length, at + 50);
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end)}${end < sentence.length ? "…" : ""}`;
}

const sectionName = (id: SectionId) => {
  const s = SECTIONS.find((x) => x.id === id)!;
  return `第${s.no}部分「${s.title}」`;
};

export const TEXT_TABLE_CONSISTENCY: CheckRule = {
  id: "TEXT_TABLE_CONSISTENCY",
  severity: "warning",
  run: ({ report }) => {
    const out: Omit<Finding, "rule" | "severity">[] = [];
    for (const s of SECTIONS) {
      const text = report.sections[s.id];
      if (!text) continue;
      for (const sentence of proseUnits(text)) {
        for (const { count, topic } of countsIn(sentence, report.year)) {
          const figures = topic.figures(count.window);
          if (!figures || figures.length === 0) continue;
          const values = figures.map((f) => sumOf(report, f.refs));
          if (values.some((v) => v === null)) continue;
          if (values.some((v) => v === count.value)) continue;
          const [main, ...others] = figures;
          const mainValue = values[0] as number;
          const also = others.length ? `（也不等于${others.map((f, i) => `${f.label} ${fmt(values[i + 1] as number)}`).join("、")}）` : "";
          out.push({
            table: main.table,
            row: main.row,
            column: main.column,
            expected: mainValue,
            actual: count.value,
            message: `${sectionName(s.id)}文字「${quote(sentence, count.at)}」写 ${fmt(count.value)} ${count.unit}，与${main.label} ${fmt(mainValue)} 不一致，差 ${fmt(Math.abs(mainValue - count.value))}${also}；请核对文字与表格`,
          });
        }
      }
    }
    return out;
  },
};
