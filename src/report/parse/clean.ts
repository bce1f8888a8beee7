// The text as a reader should see it: converter artefacts removed (Word bookmarks, zero-width and
// no-break spaces, carriage returns) and PDF page markers (「- 4 -」, 「第 4 页」) dropped, so that a table
// broken across pages reads as one. Line-by-line, no regex that can backtrack: linear in the input.

const PAGE_MARKER = /^[ \t\u3000]*(?:[-–—][ \t\u3000]*\d{1,4}[ \t\u3000]*[-–—]|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*[,，/／][ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?|共[ \t\u3000]*\d{1,4}[ \t\u3000]*页[ \t\u3000]*第[ \t\u3000]*\d{1,4}[ \t\u3000]*页|\d{1,4}[ \t\u3000]*\/[ \t\u3000]*\d{1,4})[ \t\u3000]*$/;
const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export interface Cleaned {
  text: string;
  /** how many page-marker lines were dropped */
  pageMarkers: number;
}

export function cleanText(raw: string): Cleaned {
  // pdftotext starts each page with a form feed
  const text = raw.replace(/\r\n?/g, "\n").replace(/\f/g, "").replace(INVISIBLE, "").replace(/\u00a0/g, " ").replace(BOOKMARK, "");
  let pageMarkers = 0;
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    // pdftotext -layout centres the marker with a run of spaces: measure it without them
    if (line.trim().length < 40 && line.length < 400 && PAGE_MARKER.test(line)) {
      pageMarkers++;
      continue;
    }
    kept.push(line);
  }
  return { text: kept.join("\n"), pageMarkers };
}

/** Full-width ASCII forms (０-９, Ａ-Ｚ, （）, ：) to their ASCII twins, the ideographic space to a space. */
export function toHalfWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return " ";
  return ch;
}

export function isHan(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Everything but the characters isHan accepts. */
const NOT_HAN = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** Only the Chinese characters of a label: 「（二）部分公开（区分处理的…）」 → 「二部分公开区分处理的…」. */
export function hanOnly(s: string): string {
  return s.replace(NOT_HAN, "");
}
