// Reading a published report, whatever it came as: report JSON, plain text or Markdown, text copied
// from a web page or a Word file, `pdftotext -layout` output, HTML, or a Word .docx. The content decides;
// the file name is only a hint. Never throws: every failure, including a bug, is {ok:false, reason}.
import { sniff } from "./decode";
import { cleanText } from "./clean";
import { analyse, Source } from "./analyse";
import { docxSource, docxXml } from "./parse-docx";
import { htmlSource, looksLikeHtml } from "./parse-html";
import { looksLikeJson, parseJson } from "./parse-json";
import { looksTraditional, toSimplified } from "./traditional";
import { textTokens } from "./tokens";
import { fail, ParseInput, ParseResult } from "./types";

export type { Ambiguity, ParseInput, ParseMeta, ParseResult, Reason } from "./types";

export interface ParseHint {
  /** file name; its extension is a hint only */
  name?: string;
}

function extension(name: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name ?? "");
  return m ? m[1].toLowerCase() : "";
}

/** pdftotext -layout output: page markers, or many lines with wide runs of spaces between columns. */
function looksLikePdfText(text: string, pageMarkers: number): boolean {
  if (pageMarkers >= 2) return true;
  const lines = text.split("\n", 2000);
  const wide = lines.filter((l) => / {6,}\S/.test(l.trimStart())).length;
  return wide > 20 && wide > lines.length / 10;
}

function textSource(text: string, pageMarkers: number, ext: string): Source {
  const md = ext === "md" || /^\s*\|.*\|\s*$/m.test(text.slice(0, 200000));
  const sourceFormat = looksLikePdfText(text, pageMarkers) ? "pdf-text" : md ? "md" : "txt";
  return { plain: text, stream: textTokens(text), sourceFormat };
}

async function fromText(raw: string, hint: ParseHint, extraMeta: Record<string, unknown>): Promise<ParseResult> {
  if (raw.trim() === "") return fail("文件内容为空", "the input is empty");
  if (looksLikeJson(raw)) {
    const json = parseJson(raw);
    if (json.ok || extension(hint.name) === "json") return json;
    // not valid JSON and not named .json: it may still be a text that starts with a brace
    const asText = await fromPlain(raw, hint, extraMeta);
    return asText.ok ? asText : json;
  }
  return fromPlain(raw, hint, extraMeta);
}

async function fromPlain(raw: string, hint: ParseHint, extraMeta: Record<string, unknown>): Promise<ParseResult> {
  let text = raw;
  const meta = { ...extraMeta };
  if (looksTraditional(text)) {
    text = await toSimplified(text);
    meta.converted_from_traditional = true;
  }
  if (looksLikeHtml(text)) return analyse({ ...htmlSource(text), extraMeta: meta });
  const cleaned = cleanText(text);
  return analyse({ ...textSource(cleaned.text, cleaned.pageMarkers, extension(hint.name)), extraMeta: meta });
}

async function fromDocx(bytes: Uint8Array): Promise<ParseResult> {
  const read = await docxXml(bytes);
  if (!read.ok) return read.result;
  const traditional = looksTraditional(read.xml);
  const xml = traditional ? await toSimplified(read.xml) : read.xml;
  return analyse({ ...docxSource(xml), extraMeta: traditional ? { converted_from_traditional: true } : {} });
}

function guarded(err: unknown): ParseResult {
  const detail = err instanceof Error ? err.message : String(err);
  return fail(`读取报告时出现内部错误（${detail}），请将文件反馈给开发者`, `internal error while reading the report: ${detail}`);
}

/** A report from text already decoded (pasted text, a page's text, a string read elsewhere). */
export async function parseText(text: string, hint: ParseHint = {}): Promise<ParseResult> {
  try {
    return await fromText(text, hint, {});
  } catch (err) {
    return guarded(err);
  }
}

/** A report from a file's bytes: encoding and kind are sniffed from the content. */
export async function parseReport(input: ParseInput): Promise<ParseResult> {
  try {
    const sniffed = sniff(input.bytes);
    switch (sniffed.kind) {
      case "empty":
        return fail("文件为空", "the file is empty");
      case "pdf":
        return fail("这是 PDF 文件，请先转为文字（如 pdftotext -layout）或另存为 Word 后再读取", "this is a PDF file; convert it to text (pdftotext -layout) or to Word first");
      case "ole":
        return fail("这是旧版 Office 文件（.doc/.xls/.wps），请在 Word 中另存为 .docx 后再读取", "this is an old binary Office file (.doc/.xls/.wps); save it as .docx first");
      case "rtf":
        return fail("这是 RTF 文件，请在 Word 中另存为 .docx 或纯文本后再读取", "this is an RTF file; save it as .docx or plain text first");
      case "binary":
        return fail("文件不是文本、网页或 Word 文档，无法读取（可能是二进制或已损坏的文件）", "the file is not text, HTML or a Word document (binary or damaged)");
      case "zip":
        return await fromDocx(input.bytes);
      case "text":
        return await fromText(sniffed.text, { name: input.name }, sniffed.encoding === "utf-8" ? {} : { encoding: sniffed.encoding });
    }
  } catch (err) {
    return guarded(err);
  }
}
