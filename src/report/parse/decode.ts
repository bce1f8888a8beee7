// Bytes → what they are (zip container, PDF, binary, text) and, for text, a string in the right
// encoding: UTF-8 with or without BOM, UTF-16 with BOM, else GBK/GB18030/Big5 as chardet guesses.
// Pure: Uint8Array and TextDecoder only, so it runs in the task pane too.
import * as chardet from "chardet";

export type Sniffed =
  | { kind: "text"; text: string; encoding: string }
  | { kind: "zip" }
  | { kind: "pdf" }
  /** an old binary Word/Excel file (OLE compound document: .doc, .xls, .wps) */
  | { kind: "ole" }
  | { kind: "rtf" }
  | { kind: "binary" }
  | { kind: "empty" };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** NUL bytes or many control characters in the first 64 KB: not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / Math.max(1, n) > 0.05;
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Replacement characters and C0 controls in decoded text: the decoding (or the file) is wrong. */
function garbageShare(text: string): number {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad / Math.max(1, n);
}

/** UTF-16 saved without a BOM: ASCII characters leave a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 65536);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // (a Chinese character such as 一 U+4E00 has a NUL low byte too, so the other side is rarely zero)
  if (oddNul > pairs * 0.05 && evenNul * 20 < oddNul) return "utf-16le";
  if (evenNul > pairs * 0.05 && oddNul * 20 < evenNul) return "utf-16be";
  return null;
}

const CHARDET_TO_WHATWG: Record<string, string> = {
  "GB18030": "gb18030",
  "GBK": "gbk",
  "GB2312": "gbk",
  "Big5": "big5",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  "UTF-8": "utf-8",
  "ISO-8859-1": "windows-1252",
  "windows-1252": "windows-1252",
  "Shift_JIS": "shift_jis",
  "EUC-JP": "euc-jp",
  "EUC-KR": "euc-kr",
};

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: "zip" };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: "pdf" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: "ole" };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { kind: "rtf" };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeWith("utf-8", bytes.subarray(3), false) ?? "";
    return { kind: "text", text, encoding: "utf-8" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: "text", text: decodeWith("utf-16le", bytes.subarray(2), false) ?? "", encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: "text", text: decodeWith("utf-16be", bytes.subarray(2), false) ?? "", encoding: "utf-16be" };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = decodeWith(utf16, bytes, false);
    if (text !== null && garbageShare(text) < 0.01) return { kind: "text", text, encoding: utf16 };
  }
  if (looksBinary(bytes)) return { kind: "binary" };

  const utf8 = decodeWith("utf-8", bytes, true);
  if (utf8 !== null) return { kind: "text", text: utf8, encoding: "utf-8" };

  // Not valid UTF-8: most likely GBK/GB18030 (Chinese government sites), sometimes Big5.
  let guess: string | null = null;
  try {
    guess = chardet.detect(bytes);
  } catch {
    guess = null;
  }
  const candidates = [guess ? CHARDET_TO_WHATWG[guess] : undefined, "gb18030", "big5"].filter((e): e is string => !!e);
  for (const encoding of candidates) {
    const text = decodeWith(encoding, bytes, false);
    if (text !== null && garbageShare(text) < 0.01) return { kind: "text", text, encoding };
  }
  return { kind: "binary" };
}
