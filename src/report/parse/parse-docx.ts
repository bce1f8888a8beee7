// Word .docx: the document's paragraphs and tables read from word/document.xml (jszip + htmlparser2 in
// XML mode, both pure JavaScript, so this runs in the task pane as well as on the command line).
// A cell merged vertically into the one above (w:vMerge continue) is not a cell of its own.
import JSZip from "jszip";
import { parseDocument } from "htmlparser2";
import { Source } from "./analyse";
import { DomNode, SourceBuilder } from "./parse-html";
import { scanText } from "./tokens";
import { fail, ParseResult } from "./types";

function kids(n: DomNode, name?: string): DomNode[] {
  return (n.children ?? []).filter((c) => c.type === "tag" && (name === undefined || c.name === name));
}

/** The text of a paragraph or a cell: w:t runs, tabs and breaks. */
function textOf(n: DomNode): string {
  if (n.type === "text") return n.data ?? "";
  if (n.type !== "tag" && n.type !== "root") return "";
  switch (n.name) {
    case "w:t":
      return (n.children ?? []).map((c) => c.data ?? "").join("");
    case "w:tab":
      return " ";
    case "w:br":
    case "w:cr":
      return "\n";
    case "w:instrText":
    case "w:delText":
    case "w:rPr":
    case "w:pPr":
      return "";
    case "w:p":
      return (n.children ?? []).map(textOf).join("") + "\n";
    default:
      return (n.children ?? []).map(textOf).join("");
  }
}

function isMergedContinuation(tc: DomNode): boolean {
  const pr = kids(tc, "w:tcPr")[0];
  const vMerge = pr ? kids(pr, "w:vMerge")[0] : undefined;
  return vMerge !== undefined && vMerge.attribs?.["w:val"] !== "restart";
}

function walk(n: DomNode, b: SourceBuilder): void {
  if (n.type !== "tag" && n.type !== "root") return;
  if (n.name === "w:tbl") {
    for (const tr of kids(n, "w:tr")) {
      b.row(kids(tr, "w:tc").filter((tc) => !isMergedContinuation(tc)).map((tc) => textOf(tc).replace(/\n+$/, "")));
    }
    return;
  }
  if (n.name === "w:p") {
    const t = textOf(n).trim();
    if (t) {
      for (const line of t.split("\n")) scanText(line, b.tokens, b.fixes, false);
      b.plain.push(t);
    }
    return;
  }
  for (const c of n.children ?? []) walk(c, b);
}

/** The main part of a .docx (word/document.xml); other zip files (.xlsx, .pptx …) are refused with a reason. */
export async function docxXml(bytes: Uint8Array): Promise<{ ok: true; xml: string } | { ok: false; result: ParseResult }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, result: fail("压缩文件已损坏，无法作为 Word 文档读取", "the zip container is damaged and cannot be read as a Word document") };
  }
  const doc = zip.file("word/document.xml");
  if (!doc) {
    if (zip.file("xl/workbook.xml")) return { ok: false, result: fail("这是 Excel 工作簿（.xlsx），请用工作簿读取功能", "this is an Excel workbook (.xlsx), not a Word document") };
    return { ok: false, result: fail("压缩文件中没有 Word 文档内容（word/document.xml），无法读取", "the zip file holds no Word document (word/document.xml)") };
  }
  return { ok: true, xml: await doc.async("string") };
}

export function docxSource(xml: string): Source {
  const root = parseDocument(xml, { xmlMode: true, decodeEntities: true }) as unknown as DomNode;
  const b = new SourceBuilder();
  walk(root, b);
  return b.source("docx");
}
