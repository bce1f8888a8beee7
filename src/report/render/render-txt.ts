// Plain text: the title, the preamble, each section heading and its paragraphs, and each table row on
// one line with its cells separated by tabs (merged cells written once, as copying a Word table gives),
// so that a person reads it and the report parser reads every value back. An empty value stays an
// empty cell between two tabs.
import { buildDocument, ReportDocument } from "./document";
import { TableGrid } from "./tables";
import { Report } from "../model";

/** One line of plain text: tabs and line breaks inside a cell would break the table, so they become spaces. */
const flat = (text: string) => text.replace(/[\t\r\n]+/g, " ");

export function tableLines(grid: TableGrid): string[] {
  const lines: string[] = [];
  for (const row of grid.rows) {
    // a blank line before each block of table 二 keeps the blocks apart for the eye
    if (row[0].role === "section" && lines.length > 0) lines.push("");
    lines.push(row.map((c) => flat(c.text)).join("\t"));
  }
  return lines;
}

export function documentToText(doc: ReportDocument): string {
  const out: string[] = [doc.title, "", ...doc.preamble];
  for (const section of doc.sections) {
    out.push("", section.heading);
    out.push(...section.paragraphs);
    if (section.table) out.push(...tableLines(section.table));
  }
  return `${out.join("\n")}\n`;
}

export function renderTxt(report: Report): string {
  return documentToText(buildDocument(report));
}
