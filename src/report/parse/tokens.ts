// Every input — plain text, Markdown, tab-flattened Word text, PDF text, HTML cells, Word cells — becomes
// one stream of tokens: text (labels and prose), numbers, blank cells and row ends. One extractor
// (extract.ts) then reads the tables from that stream, whatever the input was.
import { isHan, toHalfWidth } from "./clean";

export type Token =
  | { kind: "text"; text: string }
  /**
   * digits as written (a decimal point allowed); `cell` when a table cell boundary is known around it;
   * `joinable` when only one space separates it from the number before it on the same line, so that
   * it may be the rest of a number OCR broke in two — never across wide gaps, tabs, cells or lines
   */
  | { kind: "num"; text: string; cell: boolean; joinable: boolean }
  /** an empty table cell: its value is not given (null, never 0) */
  | { kind: "blank" }
  /** the end of a table row, where the input has rows */
  | { kind: "row" };

/** Tokens plus what was noticed while making them (OCR fixes), for the notes. */
export interface TokenStream {
  tokens: Token[];
  ocrFixes: string[];
}

const ITEM_PUNCT = new Set([".", "、", "．", "。"]);
const EMPTY_CELL = /^[\s\-—–－/／\\无空×x]*$/;
// A word that is a number but for OCR letters: 1O5, l2, 2O2. Only letters that look like digits.
const OCR_NUMBER = /^[0-9OolI〇]+$/;

const PLAIN_NUMBER = /^\d{1,15}$/;
const OCR_NEAR_DIGIT = /[0-9][OolI〇]|[OolI〇][0-9]/;
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, toHalfWidth);
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/** 1O5 → 105, l2 → 12, when the word is otherwise all digits (never a lone letter). */
function fixOcrWord(word: string, fixes: string[]): string {
  if (word.length < 2 || !OCR_NUMBER.test(word) || !/[0-9]/.test(word) || !/[OolI〇]/.test(word)) return word;
  const fixed = word.replace(/[Oo〇]/g, "0").replace(/[lI]/g, "1");
  fixes.push(`${word}→${fixed}`);
  return fixed;
}

/**
 * Scans one piece of text into text and number tokens. A digit run followed by 「.」「、」 and a Chinese
 * character ends in an item number (「00000002.其他法律…」 is the values 0000000 and the label 「2.其他法律…」).
 */
export function scanText(piece: string, out: Token[], fixes: string[], cell: boolean): void {
  let s = halfWidth(piece);
  if (OCR_NEAR_DIGIT.test(s)) s = s.replace(/[^ \t]+/g, (w) => fixOcrWord(w, fixes));
  const n = s.length;
  let textStart = 0; // pending text is s[textStart, i)
  const flushText = (end: number) => {
    const t = s.slice(textStart, end).trim();
    if (t) out.push({ kind: "text", text: t });
  };
  let i = 0;
  while (i < n) {
    if (!isDigit(s[i])) {
      i++;
      continue;
    }
    // a digit run, with a decimal point and thousands separators (1,234)
    let j = i;
    let num = "";
    while (j < n) {
      const c = s[j];
      if (isDigit(c)) {
        num += c;
        j++;
      } else if (c === "." && j + 1 < n && isDigit(s[j + 1]) && !num.includes(".")) {
        num += c;
        j++;
      } else if (c === "," && j + 3 < n && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && (j + 4 >= n || !isDigit(s[j + 4]))) {
        j++;
      } else break;
    }
    // item number: the last digit before 「.」/「、」 + Chinese character belongs to the label
    let k = j;
    if (k < n && ITEM_PUNCT.has(s[k]) && !num.includes(".")) {
      k++;
      while (k < n && s[k] === " ") k++;
      if (k < n && isHan(s[k])) {
        const values = num.slice(0, -1);
        if (values) {
          flushText(i);
          out.push({ kind: "num", text: values, cell, joinable: false });
          textStart = j - 1;
        }
        i = j + 1;
        continue;
      }
    }
    // a number glued to Chinese text before it is still a number; text before it is its own token
    flushText(i);
    let spaces = 0;
    while (i - spaces - 1 >= 0 && s[i - spaces - 1] === " ") spaces++;
    out.push({ kind: "num", text: num, cell, joinable: !cell && spaces <= 1 && i - spaces > 0 && isDigit(s[i - spaces - 1]) });
    textStart = j;
    i = j;
  }
  flushText(n);
}

/** One table cell: a number (stray spaces inside ignored), a blank, or text. */
export function pushCell(content: string, out: Token[], fixes: string[]): void {
  const t = halfWidth(content).trim();
  if (PLAIN_NUMBER.test(t)) {
    out.push({ kind: "num", text: t, cell: true, joinable: false });
    return;
  }
  if (EMPTY_CELL.test(t)) {
    out.push({ kind: "blank" });
    return;
  }
  if (/^[OoＯ〇]$/.test(t)) {
    fixes.push(`${t}→0`);
    out.push({ kind: "num", text: "0", cell: true, joinable: false });
    return;
  }
  const squeezed = t.replace(/[ \t\n]+/g, "");
  if (/^\d+(?:\.\d+)?$/.test(squeezed) || /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(squeezed)) {
    out.push({ kind: "num", text: squeezed.replace(/,/g, ""), cell: true, joinable: false });
    return;
  }
  // text, or a number with words around it (「12件」): scan it, keeping the cell boundary
  const before = out.length;
  scanText(t.replace(/\n+/g, ""), out, fixes, true);
  if (out.length === before) out.push({ kind: "blank" });
}

/**
 * Plain text, Markdown, tab-flattened Word text and PDF text. Lines with tabs or pipes are table cells;
 * a blank line or a line holding a whole row ends a row; other lines are free text.
 */
export function textTokens(text: string): TokenStream {
  const tokens: Token[] = [];
  const fixes: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") {
      if (tokens.length && tokens[tokens.length - 1].kind !== "row") tokens.push({ kind: "row" });
      continue;
    }
    if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length > 1) {
      const cells = trimmed.slice(1, -1).split("|");
      if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c))) continue; // |---|---|
      for (const c of cells) pushCell(c, tokens, fixes);
      tokens.push({ kind: "row" });
      continue;
    }
    if (line.includes("\t")) {
      const pieces = line.split("\t");
      if (pieces[0].trim() === "") pieces.shift();
      for (const p of pieces) pushCell(p, tokens, fixes);
      if (pieces.length > 1) tokens.push({ kind: "row" });
      continue;
    }
    scanText(line, tokens, fixes, false);
  }
  return { tokens, ocrFixes: fixes };
}
