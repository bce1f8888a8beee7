// Labels are found by their Chinese characters alone: brackets, item numbers, spaces, line breaks and the
// numbers of a PDF row that wrapped around them all drop out, so 「（二）部分公开（区分处理的，只计这一情\n
// 447 7 … \n形，不计其他情形）」 still reads 「二部分公开区分处理的只计这一情形不计其他情形」.
import { hanOnly } from "./clean";
import { Token } from "./tokens";

export interface HanIndex {
  /** the Chinese characters of every text token, in order */
  han: string;
  /** token index of each character of `han` */
  tok: Int32Array;
  tokenCount: number;
}

export function buildHanIndex(tokens: readonly Token[]): HanIndex {
  const parts: string[] = [];
  const owners: number[] = [];
  let total = 0;
  tokens.forEach((t, i) => {
    if (t.kind !== "text") return;
    const han = hanOnly(t.text);
    if (!han) return;
    parts.push(han);
    owners.push(i, han.length);
    total += han.length;
  });
  const tok = new Int32Array(total);
  let at = 0;
  for (let k = 0; k < owners.length; k += 2) {
    tok.fill(owners[k], at, at + owners[k + 1]);
    at += owners[k + 1];
  }
  return { han: parts.join(""), tok, tokenCount: tokens.length };
}

/** Token index where the character at `hanPos` sits (tokenCount past the end). */
export function tokenAt(idx: HanIndex, hanPos: number): number {
  return hanPos >= idx.han.length ? idx.tokenCount : idx.tok[hanPos];
}

export interface Found {
  start: number;
  end: number;
  /** which of the keys matched (0 = the format's own label) */
  variant: number;
  /** matched only with characters of other text interleaved (a PDF row wrapped around a column) */
  fuzzy: boolean;
}

const MAX_ANCHOR_TRIES = 400;

/**
 * The key's characters in order from `start`, allowing a few foreign characters in between (a vertical
 * group label such as 「他处理」 interleaved with a wrapped row label). Returns the end or -1.
 */
function matchLoosely(han: string, key: string, start: number, limit: number): number {
  let budget = Math.floor(key.length / 5) + 1;
  let j = start;
  for (let i = 0; i < key.length; i++) {
    while (j < limit && han[j] !== key[i]) {
      if (budget-- <= 0) return -1;
      j++;
    }
    if (j >= limit) return -1;
    j++;
  }
  return j;
}

/** The first place in han[from, to) where one of `keys` is written (exactly first, then loosely). */
export function findLabel(idx: HanIndex, keys: readonly string[], from: number, to: number): Found | null {
  const { han } = idx;
  let best: Found | null = null;
  keys.forEach((key, variant) => {
    if (!key) return;
    const at = han.indexOf(key, from);
    if (at >= 0 && at + key.length <= to && (best === null || at < best.start)) best = { start: at, end: at + key.length, variant, fuzzy: false };
  });
  if (best) return best;
  keys.forEach((key, variant) => {
    if (best || key.length < 8) return;
    const anchor = key.slice(0, 4);
    let at = han.indexOf(anchor, from);
    for (let tries = 0; at >= 0 && at < to && tries < MAX_ANCHOR_TRIES; tries++) {
      const end = matchLoosely(han, key, at, to);
      if (end > 0) {
        best = { start: at, end, variant, fuzzy: true };
        return;
      }
      at = han.indexOf(anchor, at + 1);
    }
  });
  return best;
}

/** 「（二）部分公开（…）」 → 「部分公开区分处理的…」: a label's key without its item number. */
export function labelKey(label: string): string {
  const stripped = label
    .replace(/^[一二三四五六七八九十]+、/, "")
    .replace(/^[（(][一二三四五六七八九十]+[）)]/, "")
    .replace(/^\d+[.、．]/, "");
  return hanOnly(stripped);
}

/** The item number a label starts with, as Chinese characters (「（七）总计」 → 「七」, 「1.…」 → ""). */
export function labelOrdinal(label: string): string {
  const m = /^[（(]?([一二三四五六七八九十]+)[）)、]/.exec(label);
  return m ? m[1] : "";
}
