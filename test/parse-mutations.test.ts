// Damaged copies of the real fixtures (lines deleted or repeated, digits swapped, noise inserted, files
// cut short): the reader always answers, and every number it reports is written in the text — a value
// the text does not give stays null.
import { ALL_CELLS, getValue } from "../src/report/model";
import { parseText } from "../src/report/parse";
import { readFixture } from "./support/fixtures";

const FIXTURES = [
  "wuchang-xiaoshanzi-2024.txt",
  "hangzhou-style-2025.html",
  "huaian-2024.pdftotext.txt",
  "huaian-2024-section3-fragment.txt",
  ...[2021, 2022, 2023, 2024, 2025].map((y) => `pingtan/pingtan_${y}_page.txt`),
];
const ROUNDS = 40;
const NOISE = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出得也 。，、；：？！…—（）《》“”#*-+=|\t\n 23456789";

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function mutate(text: string, random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  let out = text;
  const steps = 1 + pick(4);
  for (let s = 0; s < steps; s++) {
    const kind = pick(5);
    if (kind === 0) {
      const lines = out.split("\n");
      lines.splice(pick(lines.length), 1 + pick(3));
      out = lines.join("\n");
    } else if (kind === 1) {
      const lines = out.split("\n");
      const i = pick(lines.length);
      lines.splice(i, 0, lines[i] ?? "");
      out = lines.join("\n");
    } else if (kind === 2) {
      const digits = [...out.matchAll(/\d\d/g)];
      if (digits.length) {
        const at = digits[pick(digits.length)].index!;
        out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
      }
    } else if (kind === 3) {
      const at = pick(out.length);
      let noise = "";
      for (let k = 0; k < 1 + pick(12); k++) noise += NOISE[pick(NOISE.length)];
      out = out.slice(0, at) + noise + out.slice(at);
    } else {
      out = out.slice(0, Math.max(1, pick(out.length)));
    }
  }
  return out;
}

describe("damaged copies of the fixtures", () => {
  it.each(FIXTURES)("%s: always an answer, and no number that the text does not contain", async (name) => {
    const original = readFixture(...name.split("/"));
    const random = rng(name.length * 7919);
    for (let round = 0; round < ROUNDS; round++) {
      const text = mutate(original, random);
      const result = await parseText(text);
      expect(typeof result.ok).toBe("boolean");
      if (!result.ok) {
        expect(result.reason.zh.length).toBeGreaterThan(0);
        continue;
      }
      const written = text.replace(/[\s,，]/g, "");
      for (const ref of ALL_CELLS) {
        const v = getValue(result.report, ref);
        if (v !== null && !written.includes(String(v))) throw new Error(`round ${round}: ${ref.table}.${ref.row}.${ref.column} = ${v} is not written in the text`);
      }
    }
  });
});
