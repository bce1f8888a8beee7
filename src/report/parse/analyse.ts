// One report from one source (its plain text and its token stream), whatever format it came in:
// particulars from the text, tables from the tokens, and notes on what could not be read.
import { sectionHeading, T2_BLOCKS, T3_APPLICANT_HEADER, T3_ROWS, T4_TITLE } from "../format";
import { emptyReport, Report, ReportMeta } from "../model";
import { hanOnly } from "./clean";
import { findLabel, HanIndex, buildHanIndex, labelKey } from "./han-index";
import { readTable2, readTable3, readTable4, Note, note, Region, RowRead } from "./extract";
import { is2019, markers2019, readTables2019 } from "./format-2019";
import { findContact, findHeadings, findTitle, sectionProse, yearFromPeriod } from "./particulars";
import { Ambiguity, ParseResult, fail } from "./types";
import { TokenStream } from "./tokens";

export interface Source {
  /** the text a reader sees, for title, prose and contact details */
  plain: string;
  stream: TokenStream;
  /** "txt" | "md" | "html" | "docx" | "pdf-text" */
  sourceFormat: string;
  extraMeta?: Partial<ReportMeta>;
}

/**
 * Where a table begins: the earliest anchor of the most reliable group that is present (a numbered
 * heading before words such as 「信息内容」 that prose can contain too).
 */
function firstOf(idx: HanIndex, groups: string[][], from: number): number {
  for (const keys of groups) {
    const f = findLabel(idx, keys, from, idx.han.length);
    if (f) return f.start;
  }
  return -1;
}

// Anchors from format.ts where they are its words; the rest are fragments and misspellings seen in
// published reports (「四、政府信息公开行政法复议」), or the start of a heading whose end varies.
const T2_ANCHORS = [[hanOnly(sectionHeading("s2"))], ["第二十条", T2_BLOCKS[0].header_row_label]];
const T3_ANCHORS = [[T3_APPLICANT_HEADER, "勾稽关系为第一项加第二项之和", labelKey(T3_ROWS[0].label)]];
const T4_ANCHORS = [["四政府信息公开行政复议", "四政府信息公开行政法复议"], [hanOnly(T4_TITLE), "行政复议行政诉讼"]];

/** Where each table is, from anchors that only tables have; headings alone can be a preamble's list. */
function regions(idx: HanIndex): { t2: Region; t3: Region; t4: Region } {
  const end = idx.han.length;
  const s2 = firstOf(idx, T2_ANCHORS, 0);
  const t2Start = s2 >= 0 ? s2 : 0;
  const s3 = firstOf(idx, T3_ANCHORS, t2Start);
  const t3Start = s3 >= 0 ? s3 : end;
  const s4 = firstOf(idx, T4_ANCHORS, s3 >= 0 ? s3 : t2Start);
  const t4Start = s4 >= 0 ? s4 : end;
  const s5 = firstOf(idx, [["五存在的主要问题", "五存在问题", "五政府信息公开工作存在", "六其他需要报告"]], s4 >= 0 ? s4 : t3Start);
  const t4End = s5 >= 0 ? s5 : end;
  return {
    t2: { start: t2Start, end: Math.min(t3Start, t4Start) },
    t3: { start: t3Start, end: t4Start },
    t4: { start: t4Start, end: t4End },
  };
}

function drift(idx: HanIndex, t2: Region, notes: Note[]): void {
  const area = idx.han.slice(t2.start, t2.end);
  if (area.includes("历史累计")) notes.push(note("LABEL_VERSION", "表二「现行有效件数」写作「现行有效件数（历史累计）」，2021年格式为「现行有效件数」", { table: "t2" }));
  else if (/现行有效件(?!数)/.test(area)) notes.push(note("LABEL_VERSION", "表二「现行有效件数」写作「现行有效件」，2021年格式为「现行有效件数」", { table: "t2" }));
  let at = area.indexOf("第二十条");
  let missing = 0;
  while (at >= 0) {
    if (!/^第二十条第[一二三四五六七八九十]+项/.test(area.slice(at, at + 9))) missing++;
    at = area.indexOf("第二十条", at + 1);
  }
  if (missing > 0) notes.push(note("LAYOUT_LABELS", `表二有 ${missing} 个栏目标题缺少项号（只写「第二十条」或「第二十条第」），应为「第二十条第（一）项」等`, { table: "t2" }));
}

const found = (rows: RowRead[], table: string) => rows.filter((r) => r.found).map((r) => `${table}.${r.spec.id}`);

export function analyse(source: Source): ParseResult {
  const { plain, stream } = source;
  const idx = buildHanIndex(stream.tokens);
  const title = findTitle(plain);
  const headings = findHeadings(plain);
  const old = markers2019(idx);
  const format2019 = is2019(old);

  const report: Report = emptyReport(title.agency, title.year ?? yearFromPeriod(plain));
  const notes: Note[] = [];
  const where = regions(idx);
  const labelsFound: string[] = [];
  const ambiguities: Ambiguity[] = [];
  const meta: ReportMeta = { source_format: source.sourceFormat, ...source.extraMeta };

  if (format2019) {
    meta.old_format_markers = old;
    meta.tables_2019 = readTables2019(idx, stream.tokens, where);
  } else {
    labelsFound.push(...found(readTable2(idx, stream.tokens, where.t2, report, notes, ambiguities), "t2"));
    labelsFound.push(...found(readTable3(idx, stream.tokens, where.t3, report, notes, ambiguities), "t3"));
    if (readTable4(idx, stream.tokens, where.t4, report, notes, ambiguities)) labelsFound.push("t4");
    drift(idx, where.t2, notes);
  }

  // a notice that merely names 「…2024年政府信息公开工作年度报告」 has neither headings nor table labels
  const looksLikeReport = (title.end >= 0 && headings.length + labelsFound.length > 0) || headings.length >= 3 || labelsFound.length >= 4 || format2019;
  if (!looksLikeReport) {
    return fail(
      "不是政府信息公开工作年度报告：未找到报告标题、六个部分的标题或表格标签",
      "not an annual government information disclosure report: no title, section headings or table labels found",
    );
  }

  report.sections = sectionProse(plain, headings, source.sourceFormat === "md");
  meta.section_order = headings.map((h) => h.id);
  const s1 = headings.find((h) => h.id === "s1");
  const preambleText = plain.slice(Math.max(0, title.end), s1 ? s1.start : 0).trim();
  meta.preamble = s1 && preambleText ? preambleText : null;
  const contact = findContact(plain.slice(0, s1 ? s1.start : Math.min(plain.length, 3000)).replace(/[ \t]*\n[ \t]*/g, ""));
  meta.address = contact.address;
  meta.phone = contact.phone;
  meta.website = contact.website;
  meta.labels_found = labelsFound;
  if (ambiguities.length) meta.ambiguities = ambiguities;
  if (stream.ocrFixes.length) meta.ocr_fixes = stream.ocrFixes.slice(0, 50);
  report.meta = meta;
  return { ok: true, report, format: format2019 ? "2019" : labelsFound.length > 0 ? "2021" : "unknown", notes };
}
