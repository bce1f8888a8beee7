// HTML pages (and Word documents turned into their XML tree) into plain text and tokens. Table cells
// stay cells — rowspan and colspan need no grid, because rows are read by their labels, each merged cell
// once, where it starts. Text outside tables is scanned like plain text.
import { parseDocument } from "htmlparser2";
import { Source } from "./analyse";
import { cleanText } from "./clean";
import { pushCell, scanText, Token } from "./tokens";

/** The parts of a DOM node this reader needs (domhandler's shape, without depending on it). */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const SKIP = new Set(["script", "style", "noscript", "template", "svg", "head", "select", "button", "iframe"]);
const BLOCK = new Set(["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "tr", "table", "blockquote", "pre", "dd", "dt", "hr", "title", "center"]);

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(table|body|p|div)[\s>]/.test(text.slice(0, 20000).toLowerCase());
}

/** Tokens and plain text as a page or a document is walked; Word's reader uses it too. */
export class SourceBuilder {
  tokens: Token[] = [];
  fixes: string[] = [];
  plain: string[] = [];
  private line = "";

  text(s: string): void {
    this.line += s;
  }

  /** ends the current block of free text */
  flush(): void {
    const t = this.line.replace(/[ \t\u3000]+/g, " ").trim();
    if (t) {
      scanText(t, this.tokens, this.fixes, false);
      this.plain.push(t);
    }
    this.line = "";
  }

  /** one table row: its cells as tokens, and as a tab-separated line of the plain text */
  row(cells: string[]): void {
    this.flush();
    for (const c of cells) pushCell(c, this.tokens, this.fixes);
    this.tokens.push({ kind: "row" });
    this.plain.push(cells.map((c) => c.replace(/\s+/g, " ").trim()).join("\t"));
  }

  source(sourceFormat: string): Source {
    this.flush();
    return { plain: cleanText(this.plain.join("\n")).text, stream: { tokens: this.tokens, ocrFixes: this.fixes }, sourceFormat };
  }
}

function textOf(node: DomNode): string {
  if (node.type === "text") return node.data ?? "";
  if (node.type !== "tag" && node.type !== "root") return "";
  if (node.name && SKIP.has(node.name)) return "";
  const inner = (node.children ?? []).map(textOf).join("");
  return node.name && BLOCK.has(node.name) ? `\n${inner}\n` : inner;
}

function rowsOf(table: DomNode): DomNode[] {
  const out: DomNode[] = [];
  const visit = (n: DomNode) => {
    for (const c of n.children ?? []) {
      if (c.type !== "tag") continue;
      if (c.name === "tr") out.push(c);
      else if (c.name === "thead" || c.name === "tbody" || c.name === "tfoot") visit(c);
    }
  };
  visit(table);
  return out;
}

function walk(node: DomNode, b: SourceBuilder): void {
  if (node.type === "text") {
    b.text(node.data ?? "");
    return;
  }
  if (node.type !== "tag" && node.type !== "root") return;
  const name = node.name ?? "";
  if (SKIP.has(name)) return;
  if (name === "table") {
    b.flush();
    for (const tr of rowsOf(node)) {
      const cells = (tr.children ?? []).filter((c) => c.type === "tag" && (c.name === "td" || c.name === "th"));
      b.row(cells.map((c) => textOf(c).replace(/\n+/g, "\n").trim()));
    }
    return;
  }
  const block = BLOCK.has(name);
  if (block) b.flush();
  for (const c of node.children ?? []) walk(c, b);
  if (block) b.flush();
}

function findTitle(node: DomNode): string | null {
  if (node.type === "tag" && node.name === "title") return textOf(node).trim() || null;
  for (const c of node.children ?? []) {
    const t = findTitle(c);
    if (t) return t;
  }
  return null;
}

export function htmlSource(html: string): Source {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true }) as unknown as DomNode;
  const b = new SourceBuilder();
  const title = findTitle(doc);
  if (title) {
    b.text(title);
    b.flush();
  }
  walk(doc, b);
  return b.source("html");
}
