// HTML: a fragment for pasting into a CMS editor and a standalone page around it. Real <table>s with
// the official rowspan/colspan, inline styles only (CMS editors drop <style> and classes), every piece
// of user text escaped, no scripts.
import { Report } from "../model";
import { buildDocument, ReportDocument } from "./document";
import { GridCell, TableGrid } from "./tables";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const FONT_BODY = "font-family:仿宋_GB2312,仿宋,FangSong,STFangsong,serif";
const STYLE = {
  root: `${FONT_BODY};font-size:16pt;line-height:1.75;color:#000;max-width:60em;margin:0 auto`,
  title: "font-family:方正小标宋简体,宋体,SimSun,serif;font-size:22pt;font-weight:normal;text-align:center;margin:0.5em 0 1em",
  heading: "font-family:黑体,SimHei,sans-serif;font-size:16pt;font-weight:normal;margin:0.8em 0 0.4em",
  paragraph: "text-indent:2em;margin:0",
  table: "border-collapse:collapse;width:100%;margin:0.5em 0 1em;font-family:宋体,SimSun,serif;font-size:10.5pt;line-height:1.4",
  cell: "border:1px solid #000;padding:2px 4px;vertical-align:middle",
};

function cellStyle(c: GridCell): string {
  const align = c.role === "label" ? "left" : "center";
  return `${STYLE.cell};text-align:${align}`;
}

function cellHtml(c: GridCell): string {
  const attrs = [c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : "", c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""].join("");
  return `<td${attrs} style="${cellStyle(c)}">${escapeHtml(c.text)}</td>`;
}

export function tableHtml(grid: TableGrid): string {
  const total = grid.columnWidths.reduce((a, b) => a + b, 0);
  const cols = grid.columnWidths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join("");
  const rows = grid.rows.map((row) => `<tr>${row.map(cellHtml).join("")}</tr>`).join("\n");
  return `<table style="${STYLE.table}">\n<colgroup>${cols}</colgroup>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/** The report as an HTML fragment: one <div> holding everything, ready to paste into a CMS. */
export function documentToHtmlFragment(doc: ReportDocument): string {
  const out: string[] = [`<div style="${STYLE.root}">`, `<h1 style="${STYLE.title}">${escapeHtml(doc.title)}</h1>`];
  for (const p of doc.preamble) out.push(`<p style="${STYLE.paragraph}">${escapeHtml(p)}</p>`);
  for (const section of doc.sections) {
    out.push(`<h2 style="${STYLE.heading}">${escapeHtml(section.heading)}</h2>`);
    for (const p of section.paragraphs) out.push(`<p style="${STYLE.paragraph}">${escapeHtml(p)}</p>`);
    if (section.table) out.push(tableHtml(section.table));
  }
  out.push("</div>");
  return out.join("\n");
}

export function documentToHtmlPage(doc: ReportDocument): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    "</head>",
    '<body style="margin:2em;background:#fff">',
    documentToHtmlFragment(doc),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

export function renderHtmlFragment(report: Report): string {
  return documentToHtmlFragment(buildDocument(report));
}

export function renderHtmlPage(report: Report): string {
  return documentToHtmlPage(buildDocument(report));
}
