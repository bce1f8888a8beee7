// 生成申请情况说明: the paragraph for section 一（二）依申请公开情况, written from the 总计 column of
// table 三 so that the prose and the table cannot disagree. Only numbers the table gives are used: a
// clause whose number is blank is left out, never filled with a guess.
import { T3_ROW_GROUPS, T3_ROWS } from "./format";
import { Report, Value } from "./model";

export type SummaryResult = { ok: true; text: string } | { ok: false; reason: { zh: string; en: string } };

const total = (report: Report, row: (typeof T3_ROWS)[number]["key"]): Value => {
  const v = report.t3[row]?.total;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};

/** The sum of the rows' 总计, or null when any of them is blank. */
function sumOf(report: Report, rows: readonly (typeof T3_ROWS)[number]["key"][]): Value {
  let sum = 0;
  for (const row of rows) {
    const v = total(report, row);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

const groupRows = (group: string) => T3_ROWS.filter((r) => r.parent === group).map((r) => r.key);

/** A table 三 label as the prose says it: 「（二）部分公开（区分处理的…）」 → 部分公开, 「四、结转下年度继续办理」 → 结转下年度继续办理. */
const inProse = (label: string) => label.replace(/^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/, "").replace(/（[^）]*）$/, "");
const CARRIED_FORWARD = inProse(T3_ROWS.find((r) => r.key === "carried_forward")!.label);

export function applicationSummary(report: Report): SummaryResult {
  const received = total(report, "new_received");
  const carried = total(report, "carried_over");
  const finished = total(report, "results_total");
  const forward = total(report, "carried_forward");
  // the results (一)–(六) of 三、本年度办理结果: rows (一) and (二), then the groups (三)–(六) summed
  const outcomes: [string, Value][] = [
    ...T3_ROWS.filter((r) => r.parent === "results" && r.kind === "leaf").map((r): [string, Value] => [inProse(r.label), total(report, r.key)]),
    ...T3_ROW_GROUPS.filter((g) => g.parent === "results").map((g): [string, Value] => [inProse(g.label), sumOf(report, groupRows(g.key))]),
  ];
  const known = outcomes.filter((o): o is [string, number] => o[1] !== null);
  if (received === null && carried === null && finished === null && forward === null && known.length === 0) {
    return {
      ok: false,
      reason: { zh: "表三的总计列还没有数字，无法生成申请情况说明", en: "the 总计 column of table 三 is empty; nothing to summarise" },
    };
  }

  const who = report.agency?.trim() || "本机关";
  const when = report.year === null ? "本年度" : `${report.year}年`;
  const sentences: string[] = [];
  if (received !== null && carried !== null) {
    sentences.push(`${when}，${who}共收到政府信息公开申请${received + carried}件，其中本年新收${received}件，上年结转${carried}件。`);
  } else if (received !== null) {
    sentences.push(`${when}，${who}本年新收政府信息公开申请${received}件。`);
  } else if (carried !== null) {
    sentences.push(`${when}，${who}上年结转政府信息公开申请${carried}件。`);
  }
  const opening = sentences.length === 0 ? `${when}，${who}` : "";
  if (finished !== null || known.length > 0) {
    const parts = known.map(([label, n]) => `${label}${n}件`).join("，");
    const done = finished !== null ? `办结${finished}件${parts ? `，其中${parts}` : ""}` : `办理结果为：${parts}`;
    sentences.push(`${opening}${done}。`);
  }
  if (forward !== null) sentences.push(`${sentences.length === 0 ? opening : ""}${CARRIED_FORWARD}${forward}件。`);
  return { ok: true, text: sentences.join("") };
}
