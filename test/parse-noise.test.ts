// Converter and OCR noise, traditional characters, half-width forms, label drift and Markdown tables:
// each variant is made in memory from a real fixture and must read to the same values as the original.
import * as OpenCC from "opencc-js";
import { T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_COLUMNS } from "../src/report/format";
import { ALL_CELLS, getValue, refKey, Report, Value } from "../src/report/model";
import { parseText } from "../src/report/parse";
import { pingtanReport, readFixture } from "./support/fixtures";
import { ok } from "./parse-support";

function expectSameValues(got: Report, want: Report): void {
  for (const ref of ALL_CELLS) expect([refKey(ref), getValue(got, ref)]).toEqual([refKey(ref), getValue(want, ref)]);
}

const HUAIAN = readFixture("huaian-2024.pdftotext.txt");
const HTML = readFixture("hangzhou-style-2025.html");

describe("noise from converters and OCR", () => {
  let original: Report;
  beforeAll(async () => {
    original = ok(await parseText(HUAIAN)).report;
  });

  it("traditional characters (a mirror site) read the same, converted to simplified", async () => {
    const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
    const traditional = toTraditional(HUAIAN);
    expect(traditional).toContain("規章");
    expect(traditional).toContain("萬元");
    const parsed = ok(await parseText(traditional));
    expectSameValues(parsed.report, original);
    expect(parsed.report.meta?.converted_from_traditional).toBe(true);
    expect(parsed.report.agency).toBe("淮安市人民政府");
    expect(parsed.report.meta?.section_order).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
  });

  it("half-width brackets instead of full-width ones change nothing", async () => {
    const parsed = ok(await parseText(HUAIAN.replace(/（/g, "(").replace(/）/g, ")")));
    expectSameValues(parsed.report, original);
  });

  it("a stray space inside a number is closed when the row's sum allows only that", async () => {
    const noisy = HUAIAN.replace("3001        53", "30 01        53").replace("1288        21", "1 288        21");
    const parsed = ok(await parseText(noisy));
    expectSameValues(parsed.report, original);
  });

  it("O for 0 and l for 1 inside a number are read as digits, and recorded", async () => {
    const noisy = HUAIAN.replace(/ 105(\s+)0/g, " 1O5$10").replace("746         12", "746         l2");
    expect(noisy).toContain("1O5");
    const parsed = ok(await parseText(noisy));
    expectSameValues(parsed.report, original);
    expect(parsed.report.meta?.ocr_fixes).toEqual(expect.arrayContaining(["1O5→105", "l2→12"]));
  });

  it("a word with letters that are not digit look-alikes is not touched: the row is left unread, with a note", async () => {
    const parsed = ok(await parseText(HUAIAN.replace("1288        21", "12A8        21")));
    expect(Object.values(parsed.report.t3.granted).every((v) => v === null)).toBe(true);
    expect(parsed.report.meta?.ocr_fixes).toBeUndefined();
    expect(parsed.notes.map((n) => n.message)).toEqual([expect.stringContaining("表三「（一）予以公开」行")]);
    expect(parsed.report.t3.new_received.total).toBe(3119);
  });
});

describe("label drift", () => {
  it("「规范性文件」, 「现行有效件数（历史累计）」 and a block header without its item number are read and noted", async () => {
    const drifted = HTML.replace("<td>行政规范性文件</td>", "<td>规范性文件</td>")
      .replace("<td>现行有效件数</td>", "<td>现行有效件数（历史累计）</td>")
      .replace("第二十条第（五）项", "第二十条第");
    const parsed = ok(await parseText(drifted));
    const clean = ok(await parseText(HTML));
    expectSameValues(parsed.report, clean.report);
    const rules = parsed.notes.map((n) => n.rule);
    expect(rules.filter((r) => r === "LABEL_VERSION")).toHaveLength(2);
    expect(parsed.notes.find((n) => n.rule === "LABEL_VERSION" && n.row === "normative_docs")?.message).toContain("「规范性文件」");
    expect(parsed.notes.some((n) => n.rule === "LAYOUT_LABELS" && n.message.includes("项号"))).toBe(true);
    expect(clean.notes).toEqual([]);
  });

  it("「现行有效件」 without 数 is noted as label drift", async () => {
    const parsed = ok(await parseText(HTML.replace("<td>现行有效件数</td>", "<td>现行有效件</td>")));
    expect(parsed.report.t2.regulations.in_force).toBe(74);
    expect(parsed.notes.filter((n) => n.rule === "LABEL_VERSION").map((n) => n.message)).toEqual([expect.stringContaining("「现行有效件」")]);
  });

  it("a table 三 row label without its item number is read and noted", async () => {
    const parsed = ok(await parseText(HTML.replace("<td colspan=\"2\">（七）总计</td>", "<td colspan=\"2\">总计</td>")));
    expect(parsed.report.t3.results_total.total).toBe(13810);
    expect(parsed.notes.some((n) => n.rule === "LAYOUT_LABELS" && n.row === "results_total")).toBe(true);
  });
});

/** A Markdown rendering of a report, merged headers flattened into one header row per table. */
function markdown(report: Report): string {
  const v = (x: Value) => (x === null ? " " : String(x));
  const lines = [`# ${report.agency}${report.year}年政府信息公开工作年度报告`, "", "一、总体情况", "", report.sections.s1 ?? "", "", "二、主动公开政府信息情况", ""];
  for (const block of T2_BLOCKS) {
    lines.push(`| ${block.title} | ${block.columns.map((c) => c.label).join(" | ")} |`, `|---|${block.columns.map(() => "---").join("|")}|`);
    for (const r of block.rows) lines.push(`| ${r.label} | ${block.columns.map((c) => v((report.t2[r.key] as Record<string, Value>)[c.key])).join(" | ")} |`);
    lines.push("");
  }
  lines.push("三、收到和处理政府信息公开申请情况", "", `| 申请人情况 | ${T3_COLUMNS.map((c) => c.label).join(" | ")} |`, `|---|${T3_COLUMNS.map(() => "---").join("|")}|`);
  for (const r of T3_ROWS) lines.push(`| ${r.label} | ${T3_COLUMNS.map((c) => v(report.t3[r.key][c.key])).join(" | ")} |`);
  lines.push("", "四、政府信息公开行政复议、行政诉讼情况", "", `| ${T4_COLUMNS.map((c) => c.label).join(" | ")} |`, `|${T4_COLUMNS.map(() => "---").join("|")}|`);
  lines.push(`| ${T4_COLUMNS.map((c) => v(report.t4[c.key])).join(" | ")} |`, "");
  lines.push("五、存在的主要问题及改进情况", "", report.sections.s5 ?? "", "", "六、其他需要报告的事项", "", report.sections.s6 ?? "");
  return lines.join("\n");
}

describe("Markdown pipe tables", () => {
  it("a report written as Markdown reads back to all 200 values and its prose", async () => {
    const source = pingtanReport(2025);
    const parsed = ok(await parseText(markdown(source), { name: "report.md" }));
    expectSameValues(parsed.report, source);
    expect(parsed.report.meta?.source_format).toBe("md");
    expect(parsed.report.sections.s1).toBe(source.sections.s1);
    expect(parsed.report.sections.s6).toBe(source.sections.s6);
  });

  it("an empty Markdown cell is null", async () => {
    const source = pingtanReport(2025);
    source.t3.carried_forward.org_research = null;
    const parsed = ok(await parseText(markdown(source)));
    expect(parsed.report.t3.carried_forward.org_research).toBeNull();
    expect(parsed.report.t3.carried_forward.total).toBe(source.t3.carried_forward.total);
  });
});
