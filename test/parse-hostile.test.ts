// Whatever the bytes, the reader answers with a report or a reason — never an exception — and the
// encodings published reports come in (UTF-8 with or without BOM, UTF-16, GBK/GB18030) all read alike.
import * as iconv from "iconv-lite";
import JSZip from "jszip";
import { ALL_CELLS, getValue } from "../src/report/model";
import { parseReport, parseText } from "../src/report/parse";
import { ParseInput, ParseResult } from "../src/report/parse/types";
import { readFixture } from "./support/fixtures";

const SEED = readFixture("wuchang-xiaoshanzi-2024.txt");

function refused(result: ParseResult): { zh: string; en: string } {
  if (result.ok) throw new Error("expected the input to be refused");
  expect(result.reason.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(result.reason.en).toMatch(/[a-z]/);
  return result.reason;
}

/** A small deterministic generator, so a failure can be reproduced. */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (x * 1664525 + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const input = (bytes: Uint8Array, name = "file.txt"): ParseInput => ({ name, bytes });

describe("input that is not a report is refused with a reason in Chinese and English", () => {
  it("empty and blank files", async () => {
    expect(refused(await parseReport(input(new Uint8Array(0)))).zh).toContain("空");
    expect(refused(await parseReport(input(new TextEncoder().encode(" \n\t\n  ")))).zh).toContain("空");
  });

  it("random bytes and binary files", async () => {
    for (const seed of [1, 2, 3]) refused(await parseReport(input(randomBytes(65536, seed), "x.txt")));
    const withNul = new TextEncoder().encode("一、总体情况\u0000\u0000\u0000二、主动公开");
    expect(refused(await parseReport(input(withNul))).en).toMatch(/binary/);
  });

  it("a PDF file (not its text) and a workbook in a .docx's clothing", async () => {
    expect(refused(await parseReport(input(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "r.pdf"))).zh).toContain("PDF");
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    expect(refused(await parseReport(input(bytes, "r.docx"))).zh).toContain("Excel");
  });

  it("old binary Word files and RTF are refused with what to do instead", async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(512, 9)]);
    expect(refused(await parseReport(input(doc, "r.doc"))).zh).toContain(".docx");
    expect(refused(await parseReport(input(new TextEncoder().encode("{\\rtf1\\ansi 政府信息公开}"), "r.rtf"))).zh).toContain("RTF");
  });

  it("an unrelated Chinese document", async () => {
    const notice = "关于做好2025年春节期间安全生产工作的通知\n各乡镇人民政府、各有关单位：\n为切实做好春节期间安全生产工作，现将有关事项通知如下。\n一、提高思想认识\n各单位要高度重视。\n二、加强隐患排查\n全面排查风险隐患。";
    expect(refused(await parseText(notice)).zh).toContain("不是政府信息公开工作年度报告");
    const naming = "关于报送2024年政府信息公开工作年度报告的通知\n各单位：请于1月31日前报送。";
    expect(refused(await parseText(naming)).zh).toContain("不是政府信息公开工作年度报告");
  });

  it("a bug inside the reader becomes a reason, not an exception", async () => {
    const broken = { name: "x.txt", bytes: undefined } as unknown as ParseInput;
    expect(refused(await parseReport(broken)).en).toMatch(/internal error/);
  });

  it("large pathological inputs (5 MB) end with an answer", async () => {
    const fiveMb = 5 * 1024 * 1024;
    const digits = await parseText("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量" + "7".repeat(fiveMb));
    expect(typeof digits.ok).toBe("boolean");
    const headings = await parseText("一、总体情况\n".repeat(fiveMb / 20));
    expect(typeof headings.ok).toBe("boolean");
    const labels = await parseText(SEED + "申请人逾期未按收费通知要求缴纳费用、".repeat(fiveMb / 60));
    expect(labels.ok).toBe(true);
  });
});

describe("encodings", () => {
  const utf8 = new TextEncoder().encode(SEED);
  const variants: [string, Uint8Array][] = [
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])],
    ["UTF-16LE with BOM", new Uint8Array([0xff, 0xfe, ...iconv.encode(SEED, "utf16le")])],
    ["UTF-16LE without BOM", new Uint8Array(iconv.encode(SEED, "utf16le"))],
    ["GB18030", new Uint8Array(iconv.encode(SEED, "gb18030"))],
    ["GBK", new Uint8Array(iconv.encode(SEED, "gbk"))],
  ];
  it.each(variants)("the seed in %s reads like the UTF-8 original", async (_name, bytes) => {
    const result = await parseReport(input(bytes, "seed.txt"));
    if (!result.ok) throw new Error(result.reason.en);
    expect(result.report.agency).toBe("五常市小山子镇人民政府");
    expect(ALL_CELLS.every((ref) => getValue(result.report, ref) === 0)).toBe(true);
    expect(result.report.sections.s6).toBe("小山子镇人民政府，2024年无收取信息处理费情况。");
  });
});
