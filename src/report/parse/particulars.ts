// The report's particulars from its plain text: agency and year from the title, the prose of the six
// sections between their headings, the preamble and the contact details in it.
import { REPORT_TITLE_SUFFIX, SECTIONS, SectionId } from "../format";
import { Sections } from "../model";
import { hanOnly, isHan } from "./clean";

/** Heading texts seen for each section besides the format's own title, as Chinese characters only. */
const HEADING_VARIANTS: Record<SectionId, string[]> = {
  s1: ["概述"],
  s2: ["主动公开政府信息", "主动公开情况"],
  s3: ["收到和处理政府信息公开申请", "依申请公开政府信息情况"],
  s4: ["因政府信息公开申请行政复议", "因政府信息公开申请提起行政复议", "政府信息公开行政复议", "政府信息公开行政诉讼"],
  s5: ["存在问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在的主要问题和改进情况", "存在的主要问题及改进措施", "存在的主要问题"],
  s6: ["其他需要报告事项"],
};

/** Every heading text of each section, the format's own title first. */
const HEADING_KEYS = Object.fromEntries(SECTIONS.map((s) => [s.id, [hanOnly(s.title), ...HEADING_VARIANTS[s.id]]])) as Record<SectionId, string[]>;

const BOUNDARY_BEFORE = new Set(["\n", "\t", " ", "\u3000", "。", "；", ";", "：", ":", ">", "|", "）", ")"]);
const AFTER_NUMERAL = new Set(["、", ".", "．", "，", ",", " ", "\u3000"]);

export interface Heading {
  id: SectionId;
  /** index of the numeral */
  start: number;
  /** index after the heading's last character */
  end: number;
}

/**
 * Where the heading text ends: after the key's characters, skipping punctuation and spaces, and up to
 * two stray characters in a long heading (「政府信息公开行政法复议」, a typo seen in a published report).
 * -1 when the text does not start with the key.
 */
function endOfKey(text: string, from: number, key: string): number {
  let budget = key.length >= 6 ? 2 : 0;
  let i = from;
  let k = 0;
  while (i < text.length && k < key.length && i < from + 80) {
    if (isHan(text[i])) {
      if (text[i] === key[k]) k++;
      else if (k === 0 || budget-- <= 0) return -1;
    }
    i++;
  }
  return k === key.length ? i : -1;
}

function allHeadingMatches(text: string): Heading[] {
  const out: Heading[] = [];
  for (const s of SECTIONS) {
    let at = text.indexOf(s.no);
    while (at >= 0) {
      const before = at === 0 ? "\n" : text[at - 1];
      const after = text[at + 1];
      if ((BOUNDARY_BEFORE.has(before) || !isHan(before)) && AFTER_NUMERAL.has(after)) {
        for (const key of HEADING_KEYS[s.id]) {
          const end = endOfKey(text, at + 1, key);
          if (end > 0) {
            out.push({ id: s.id, start: at, end });
            break;
          }
        }
      }
      at = text.indexOf(s.no, at + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The six headings, each at its first real occurrence. A preamble listing the section names
 * (「一、总体情况；二、主动公开…」) shows up as three or more headings in quick succession and is skipped.
 */
export function findHeadings(text: string): Heading[] {
  const all = allHeadingMatches(text);
  const listed = new Set<Heading>();
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].start - all[j].end < 40 && all[j + 1].id !== all[j].id) j++;
    if (j - i + 1 >= 3) for (let k = i; k <= j; k++) listed.add(all[k]);
    i = j + 1;
  }
  const chosen = new Map<SectionId, Heading>();
  for (const h of all) if (!listed.has(h) && !chosen.has(h.id)) chosen.set(h.id, h);
  if (chosen.size < SECTIONS.length) {
    for (const h of unnumberedHeadings(text)) if (!chosen.has(h.id)) chosen.set(h.id, h);
  }
  return [...chosen.values()].sort((a, b) => a.start - b.start);
}

/**
 * Headings whose 「一、」 Word numbered automatically and so is not in the text: a short line (not a table
 * cell) that is exactly a section's full title.
 */
function unnumberedHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart <= 40) {
      const line = text.slice(lineStart, lineEnd);
      if (!line.includes("\t")) {
        const han = hanOnly(line);
        const s = SECTIONS.find((x) => HEADING_KEYS[x.id][0] === han || (x.id === "s5" && HEADING_KEYS.s5[1] === han));
        if (s) out.push({ id: s.id, start: lineStart + (line.length - line.trimStart().length), end: lineEnd });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const TRAILING_JUNK = /(?:附件下载|相关附件|附件：?|【打印本页】|【关闭窗口】|打印本页|关闭窗口)\s*$/;
/** Where a web page's footer begins after the last section. */
const PAGE_FOOTER = /\n[ \t]*(?:主办单位|主办：|承办单位|网站标识码|版权所有|Copyright|相关链接|相关文章|扫一扫|分享到|【\s*打印|打印本页|关闭窗口|【\s*关闭)/;

/** Markdown's backslash escapes (\\* \\# \\| …) removed, so prose reads as typed. */
const MD_ESCAPE = /\\([\\`*_[\]<>&|#~{}()+\-.!])/g;
/** The 「## 」 of the next heading, left at the end of a section's body (the heading starts at its numeral). */
const TRAILING_MD_HEADING = /(?:^|\n)[ \t]*#{1,6}[ \t]*$/;

export function sectionProse(text: string, headings: readonly Heading[], markdown = false): Sections {
  const sections = Object.fromEntries(SECTIONS.map((s) => [s.id, null])) as Sections;
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    let body = text.slice(h.end, next ? next.start : text.length);
    if (!next) {
      const footer = PAGE_FOOTER.exec(body);
      if (footer) body = body.slice(0, footer.index);
    }
    body = body.replace(TRAILING_MD_HEADING, "").trim();
    if (markdown) body = body.replace(MD_ESCAPE, "$1");
    for (let k = 0; k < 3 && TRAILING_JUNK.test(body); k++) body = body.replace(TRAILING_JUNK, "").trim();
    const kind = SECTIONS.find((s) => s.id === h.id)!.kind;
    // Sections 二–四 are tables; their prose is not kept, but the heading makes the section present.
    sections[h.id] = kind === "table" ? "" : body;
  });
  return sections;
}

export interface Title {
  agency: string | null;
  year: number | null;
  /** index just after the title in the text, when found */
  end: number;
}

const SUFFIX = REPORT_TITLE_SUFFIX;

/**
 * 「{机关名称}{年度}年(度)政府信息公开工作年度报告」 near the top, possibly wrapped over lines. The year
 * must stand right before the suffix, so 「…关于印发政府信息公开工作年度报告格式的通知」 is not a title.
 */
export function findTitle(text: string): Title {
  const head = text.slice(0, 4000);
  // the head without spaces and line breaks, and where each of its characters stands in the text
  let squeezed = "";
  const at: number[] = [];
  // a space inside a line before this character (「年报 平潭综合实验区」): a name does not run across it
  const gapBefore: boolean[] = [];
  let gap = false;
  let lineStart = true;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i];
    if (ch === "\n") {
      gap = false;
      lineStart = true;
    } else if (ch === " " || ch === "\t" || ch === "\u3000") {
      if (!lineStart) gap = true;
    } else {
      squeezed += ch;
      at.push(i);
      gapBefore.push(gap);
      gap = false;
      lineStart = false;
    }
  }
  for (let k = squeezed.indexOf(SUFFIX); k >= 0; k = squeezed.indexOf(SUFFIX, k + 1)) {
    const before = squeezed.slice(Math.max(0, k - 60), k);
    const m = /(\d{4})年度?$/.exec(before);
    if (!m) continue;
    const year = Number(m[1]);
    const nameEnd = k - before.length + m.index; // index in squeezed where the year starts
    let agency = "";
    for (let i = nameEnd - 1; i >= 0; i--) {
      const ch = squeezed[i];
      if (!(isHan(ch) || "（）()·".includes(ch))) break;
      agency = ch + agency;
      if (gapBefore[i]) break;
    }
    return {
      agency: agency.length >= 2 ? agency : null,
      year: year >= 2000 && year <= 2100 ? year : null,
      end: at[k + SUFFIX.length - 1] + 1,
    };
  }
  return { agency: null, year: null, end: -1 };
}

/** The year from 「统计期限…2024年1月1日至2024年12月31日」 when the title has none. */
export function yearFromPeriod(text: string): number | null {
  const m = /(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(text.slice(0, 20000));
  return m ? Number(m[1]) : null;
}

export interface Contact {
  address: string | null;
  phone: string | null;
  website: string | null;
}

export function findContact(preamble: string): Contact {
  const address = /(?:通讯|联系)?地址[为是]?[:：]?\s*([^，,；;。\n（）()]{4,60})/.exec(preamble);
  const phone = /(?:电话|传真|热线)(?:\/传真)?[为是]?[:：]?\s*((?:\d{3,4}[-－—]?)?\d{7,8}(?:[-－—]\d{1,4})?)/.exec(preamble);
  const website = /https?:\/\/[A-Za-z0-9./?=&_%#:~+-]+|www\.[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:\/[A-Za-z0-9./?=&_%#~+-]*)?/.exec(preamble);
  return {
    address: address ? address[1].trim() : null,
    phone: phone ? phone[1] : null,
    website: website ? website[0].replace(/[.)）]+$/, "") : null,
  };
}
