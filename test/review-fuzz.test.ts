// Fuzz: 10,000 mutated versions of the real fixtures (deleted lines, swapped digits, inserted noise, cut
// files) through the in-process check path. Only the outcomes 0/1/2, never an exception, and never a value
// the text does not contain: every non-null number in a report appears as digits in the mutated text.
import { checkParsed } from "../src/cli/commands/check";
import { readBytes } from "../src/cli/read-input";
import { ALL_CELLS, getValue } from "../src/report/model";
import { PINGTAN_YEARS, pingtanPagePath, pingtanReport, readFixture } from "./support/fixtures";
import * as fs from "fs";

const MUTANTS = 10_000;

/** mulberry32: a small seeded generator, so a failure can be replayed from its index. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES: { name: string; text: string }[] = [
  { name: "wuchang.txt", text: readFixture("wuchang-xiaoshanzi-2024.txt") },
  { name: "hangzhou.html", text: readFixture("hangzhou-style-2025.html") },
  { name: "huaian.txt", text: readFixture("huaian-2024.pdftotext.txt") },
  { name: "huaian-fragment.txt", text: readFixture("huaian-2024-section3-fragment.txt") },
  ...PINGTAN_YEARS.map((y) => ({ name: `pingtan-${y}.txt`, text: fs.readFileSync(pingtanPagePath(y), "utf8") })),
  ...PINGTAN_YEARS.map((y) => ({ name: `pingtan-${y}.json`, text: JSON.stringify(pingtanReport(y), null, 1) })),
];

const NOISE = ["0", "1", "7", " ", "\t", "\n", "|", "件", "总计", "一、", "（七）", "，", "<td>", "</tr>", "\u3000", "９", "萬元", "\"", "{", "]"];

type Mutation = (text: string, r: () => number) => string;
const at = (text: string, r: () => number) => Math.floor(r() * (text.length + 1));

const MUTATIONS: Record<string, Mutation> = {
  deleteLines: (text, r) => {
    const lines = text.split("\n");
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n && lines.length > 1; i++) lines.splice(Math.floor(r() * lines.length), 1);
    return lines.join("\n");
  },
  swapDigits: (text, r) => {
    const digits = [...text.matchAll(/\d\d/g)].map((m) => m.index ?? 0);
    if (digits.length === 0) return text;
    const i = digits[Math.floor(r() * digits.length)];
    return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  },
  insertNoise: (text, r) => {
    const i = at(text, r);
    const noise = Array.from({ length: 1 + Math.floor(r() * 3) }, () => NOISE[Math.floor(r() * NOISE.length)]).join("");
    return text.slice(0, i) + noise + text.slice(i);
  },
  cut: (text, r) => text.slice(0, at(text, r)),
  deleteSpan: (text, r) => {
    const i = at(text, r);
    return text.slice(0, i) + text.slice(i + Math.floor(r() * 200));
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Digits as they stand in the text: full-width made ASCII; also with separators inside numbers removed, and
 * with HTML tags removed. */
function digitTexts(text: string): string[] {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const joined = (t: string) => t.replace(/(?<=\d)[,，\s]+(?=\d)/g, "");
  // HTML: the digits of adjacent cells may run together in the page's text, as in the 平潭 pages
  return [ascii, joined(ascii), joined(ascii.replace(/<[^>]*>/g, ""))];
}

describe("fuzz: mutated fixtures through check", () => {
  test(`${MUTANTS} mutants: outcome 0/1/2, no exception, no value the text does not contain`, async () => {
    const outcomes = { 0: 0, 1: 0, 2: 0 };
    const invented: string[] = [];
    const crashes: string[] = [];
    for (let i = 0; i < MUTANTS; i++) {
      const r = rng(i + 1);
      const source = SOURCES[i % SOURCES.length];
      let text = source.text;
      const steps = 1 + Math.floor(r() * 3);
      for (let s = 0; s < steps; s++) text = MUTATIONS[MUTATION_NAMES[Math.floor(r() * MUTATION_NAMES.length)]](text, r);
      let bytes = new TextEncoder().encode(text);
      if (r() < 0.1) bytes = bytes.slice(0, Math.floor(r() * bytes.length)); // cut mid-character too
      const input = await readBytes(source.name, bytes);
      if (!input.ok) {
        // a parser exception, caught by readBytes or by the parser's own guard, is a bug, not an outcome
        if (input.bug || input.reason.zh.includes("内部错误")) crashes.push(`mutant ${i} (${source.name}): ${input.reason.en}`);
        outcomes[2]++;
        continue;
      }
      const checked = checkParsed(input, null);
      outcomes[checked.ok ? 0 : 1]++;
      const seen = digitTexts(new TextDecoder().decode(bytes));
      for (const ref of ALL_CELLS) {
        const v = getValue(input.report, ref);
        if (v === null) continue;
        const digits = String(v);
        if (!seen.some((t) => t.includes(digits))) invented.push(`mutant ${i} (${source.name}): ${ref.table}.${ref.row}.${ref.column} = ${digits}`);
      }
    }
    expect(crashes.slice(0, 10)).toEqual([]);
    expect(invented.slice(0, 10)).toEqual([]);
    expect(outcomes[0] + outcomes[1] + outcomes[2]).toBe(MUTANTS);
    // the mutants are not all thrown away: many still read as (partial) reports
    expect(outcomes[0] + outcomes[1]).toBeGreaterThan(MUTANTS / 10);
  });
});
