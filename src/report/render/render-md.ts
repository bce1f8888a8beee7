// Markdown with pipe tables. Pipe tables have no merges, so the official layout is flattened: table 二
// becomes one small table per block under its 第二十条 title; table 三 keeps one label column, with the
// row groups (三、本年度办理结果, （三）不予公开 …) as rows of their own, and the applicant columns under
// their own labels; table 四 keeps its three header levels as rows, with the merged cells left empty.
import { T3_APPLICANT_HEADER, T3_COLUMNS, T3_CORNER_NOTE, T3_ORG_HEADER } from "../format";
import { Report } from "../model";
import { buildDocument, ReportDocument } from "./document";
import { expandGrid, TableGrid } from "./tables";

/** Backslash-escapes what Markdown would otherwise read as markup, so the text shows as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|#~]/g, (ch) => `\\${ch}`).replace(/[\t\r\n]+/g, " ");
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => (c === "" ? " " : escapeMarkdown(c))).join(" | ")} |`;
const pipeTable = (header: string[], rows: string[][]) => [pipeRow(header), `|${header.map(() => " --- ").join("|")}|`, ...rows.map(pipeRow)];

/** Table 二 as one small table per block, under the block's 第二十条 title. */
function table2Markdown(grid: TableGrid): string[] {
  const out: string[] = [];
  let header: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (header.length > 0) out.push(...pipeTable(header, rows));
  };
  for (const row of grid.rows) {
    const texts = row.map((c) => c.text);
    if (row[0].role === "section") {
      flush();
      if (out.length > 0) out.push("");
      out.push(escapeMarkdown(row[0].text), "");
      [header, rows] = [[], []];
    } else if (row[0].role === "header") header = texts;
    else rows.push(texts);
  }
  flush();
  return out;
}

/** Table 三 with one label column: a row group (merged down over its rows in the grid) becomes a row of its own above them. */
function table3Markdown(grid: TableGrid): string[] {
  const orgLabels = T3_COLUMNS.filter((c) => c.group !== null).map((c) => c.label);
  const caption = `${T3_APPLICANT_HEADER}：${T3_COLUMNS[0].label}；${T3_ORG_HEADER}（${orgLabels.join("、")}）；${T3_COLUMNS[T3_COLUMNS.length - 1].label}`;
  const header = [T3_CORNER_NOTE, ...T3_COLUMNS.map((c) => c.label)];
  const blanks = T3_COLUMNS.map(() => "");
  const rows: string[][] = [];
  for (const row of grid.rows.slice(grid.headerRows)) {
    const labels = row.filter((c) => c.role === "label");
    // the labels before the row's own are the groups that start on this row
    for (const group of labels.slice(0, -1)) rows.push([group.text, ...blanks]);
    rows.push([labels[labels.length - 1].text, ...row.filter((c) => c.role === "value").map((c) => c.text)]);
  }
  return [escapeMarkdown(caption), "", ...pipeTable(header, rows)];
}

function gridMarkdown(grid: TableGrid): string[] {
  const slots = expandGrid(grid).map((row) => row.map((s) => (s.kind === "origin" ? s.cell.text : "")));
  return pipeTable(slots[0], slots.slice(1));
}

export function documentToMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ""];
  for (const p of doc.preamble) out.push(escapeMarkdown(p), "");
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, "");
    for (const p of section.paragraphs) out.push(escapeMarkdown(p), "");
    if (section.table) {
      const lines =
        section.table.table === "t2" ? table2Markdown(section.table) : section.table.table === "t3" ? table3Markdown(section.table) : gridMarkdown(section.table);
      out.push(...lines, "");
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

export function renderMarkdown(report: Report): string {
  return documentToMarkdown(buildDocument(report));
}
