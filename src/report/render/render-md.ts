// Markdown with pipe tables. Pipe tables have no merges, so the official layout is flattened: table 二
// becomes one small table per block under its 第二十条 title; table 三 keeps one label column, with the
// row groups (三、本年度办理结果, （三）不予公开 …) as rows of their own, and the applicant columns under
// their own labels; table 四 keeps its three header levels as rows, with the merged cells left empty.
import { T2_BLOCKS, T3_APPLICANT_HEADER, T3_COLUMNS, T3_CORNER_NOTE, T3_ORG_HEADER, T3_ROW_GROUPS, T3_ROWS } from "../format";
import { getValue, Report, t2, t3 } from "../model";
import { buildDocument, ReportDocument } from "./document";
import { expandGrid, TableGrid, valueText } from "./tables";

/** Backslash-escapes what Markdown would otherwise read as markup, so the text shows as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|#~]/g, (ch) => `\\${ch}`).replace(/[\t\r\n]+/g, " ");
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => (c === "" ? " " : escapeMarkdown(c))).join(" | ")} |`;
const pipeTable = (header: string[], rows: string[][]) => [pipeRow(header), `|${header.map(() => " --- ").join("|")}|`, ...rows.map(pipeRow)];

function table2Markdown(report: Report): string[] {
  const out: string[] = [];
  for (const block of T2_BLOCKS) {
    if (out.length > 0) out.push("");
    out.push(escapeMarkdown(block.title), "");
    const header = [block.header_row_label, ...block.columns.map((c) => c.label)];
    const rows = block.rows.map((r) => [r.label, ...block.columns.map((c) => valueText(getValue(report, t2(r.key, c.key))))]);
    out.push(...pipeTable(header, rows));
  }
  return out;
}

function table3Markdown(report: Report): string[] {
  const orgLabels = T3_COLUMNS.filter((c) => c.group !== null).map((c) => c.label);
  const caption = `${T3_APPLICANT_HEADER}：${T3_COLUMNS[0].label}；${T3_ORG_HEADER}（${orgLabels.join("、")}）；${T3_COLUMNS[T3_COLUMNS.length - 1].label}`;
  const header = [T3_CORNER_NOTE, ...T3_COLUMNS.map((c) => c.label)];
  const blanks = T3_COLUMNS.map(() => "");
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const row of T3_ROWS) {
    for (const groupKey of [row.parent === null ? null : "results", row.level === 2 ? row.parent : null]) {
      if (groupKey === null || seen.has(groupKey)) continue;
      seen.add(groupKey);
      rows.push([T3_ROW_GROUPS.find((g) => g.key === groupKey)!.label, ...blanks]);
    }
    rows.push([row.label, ...T3_COLUMNS.map((c) => valueText(getValue(report, t3(row.key, c.key))))]);
  }
  return [escapeMarkdown(caption), "", ...pipeTable(header, rows)];
}

function gridMarkdown(grid: TableGrid): string[] {
  const slots = expandGrid(grid).map((row) => row.map((s) => (s.kind === "origin" ? s.cell.text : "")));
  return pipeTable(slots[0], slots.slice(1));
}

export function documentToMarkdown(doc: ReportDocument, report: Report): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ""];
  for (const p of doc.preamble) out.push(escapeMarkdown(p), "");
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, "");
    for (const p of section.paragraphs) out.push(escapeMarkdown(p), "");
    if (section.table) {
      const lines =
        section.table.table === "t2" ? table2Markdown(report) : section.table.table === "t3" ? table3Markdown(report) : gridMarkdown(section.table);
      out.push(...lines, "");
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

export function renderMarkdown(report: Report): string {
  return documentToMarkdown(buildDocument(report), report);
}
