// The finished report as a text model — title, preamble, the six sections with their prose and
// tables — built once from a Report and drawn by every renderer (txt, md, html, docx, the print sheet).
// Nothing here is invented: a clause of the preamble whose facts the report lacks is left out, and a
// blank prose section stays blank with a warning for the caller.
import { FORMAT_DOC_NO, LEGAL_BASIS, reportTitle, SECTIONS, sectionHeading, SectionId } from "../format";
import { Report, TableId } from "../model";
import { tableGrid, TableGrid } from "./tables";

export interface ExportWarning {
  /** the section concerned, or null for the title and preamble */
  section: SectionId | null;
  zh: string;
  en: string;
}

export interface DocumentSection {
  id: SectionId;
  heading: string;
  /** the clerk's prose, one entry per paragraph; empty when the section has none */
  paragraphs: string[];
  table: TableGrid | null;
}

export interface ReportDocument {
  title: string;
  preamble: string[];
  sections: DocumentSection[];
  warnings: ExportWarning[];
}

const SECTION_TABLE: Partial<Record<SectionId, TableId>> = { s2: "t2", s3: "t3", s4: "t4" };

/**
 * Text as every format can hold it: Excel's in-cell line break (U+000B) becomes a newline, and the
 * control characters XML forbids (they would make the Word file unreadable) are dropped.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\u000b/g, "\n")
    .replace(/[\u0000-\u0008\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

/** Prose split into paragraphs: one per non-blank line, surrounding whitespace trimmed. */
export function paragraphsOf(prose: string | null | undefined): string[] {
  if (typeof prose !== "string") return [];
  return cleanText(prose)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const oneLine = (s: string) => cleanText(s).replace(/\s+/g, " ").trim();
const filled = (s: unknown): s is string => typeof s === "string" && cleanText(s).trim().length > 0;

/**
 * The preamble: the report's own when it carries one (meta.preamble), otherwise the standard wording
 * with the legal basis, the 统计期限 and, when known, where to read it online and how to reach the agency.
 */
export function preambleOf(report: Report, title: string): string[] {
  const meta = report.meta ?? {};
  if (filled(meta.preamble)) {
    // a preamble read from a published page may start with the title itself, which is printed above it
    const squash = (s: string) => s.replace(/\s+/g, "");
    const paragraphs = paragraphsOf(meta.preamble);
    while (paragraphs.length > 0 && squash(paragraphs[0]) === squash(title)) paragraphs.shift();
    if (paragraphs.length > 0) return paragraphs;
  }
  const clauses = [
    `本报告依据${LEGAL_BASIS}和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${FORMAT_DOC_NO}）要求编制。`,
  ];
  if (report.year !== null) clauses.push(`本报告所列数据统计期限为${report.year}年1月1日至${report.year}年12月31日。`);
  if (filled(meta.website)) clauses.push(`本报告电子版可在${oneLine(meta.website)}查阅。`);
  const contact: string[] = [];
  if (filled(meta.address)) contact.push(`地址：${oneLine(meta.address)}`);
  if (filled(meta.phone)) contact.push(`电话：${oneLine(meta.phone)}`);
  if (contact.length > 0) {
    const who = filled(report.agency) ? oneLine(report.agency) : "本机关";
    clauses.push(`如对本报告有疑问，请与${who}联系（${contact.join("；")}）。`);
  }
  return [clauses.join("")];
}

export function buildDocument(report: Report): ReportDocument {
  const warnings: ExportWarning[] = [];
  if (!filled(report.agency)) warnings.push({ section: null, zh: "机关名称为空，标题中缺少机关名称", en: "the agency name is empty; the title lacks it" });
  if (report.year === null) warnings.push({ section: null, zh: "年度为空，标题和统计期限中缺少年度", en: "the year is empty; the title and the statistics period lack it" });
  const sections = SECTIONS.map((s): DocumentSection => {
    const paragraphs = paragraphsOf(report.sections?.[s.id]);
    const table = SECTION_TABLE[s.id];
    if (s.kind === "text" && paragraphs.length === 0) {
      warnings.push({
        section: s.id,
        zh: `「${sectionHeading(s.id)}」没有内容，导出时保持空白`,
        en: `section ${s.id} has no prose; it is exported blank`,
      });
    }
    return { id: s.id, heading: sectionHeading(s.id), paragraphs, table: table ? tableGrid(report, table) : null };
  });
  const title = reportTitle(filled(report.agency) ? oneLine(report.agency) : null, report.year);
  return { title, preamble: preambleOf(report, title), sections, warnings };
}
