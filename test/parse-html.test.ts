// HTML pages with rowspan/colspan tables (the 杭州-style fixture), in other encodings and with blanks.
import * as iconv from "iconv-lite";
import { checkReport } from "../src/report/check";
import { T3_ROWS, T4_COLUMN_KEYS } from "../src/report/format";
import { ALL_CELLS, getValue, refKey } from "../src/report/model";
import { parseReport, parseText } from "../src/report/parse";
import { ParseResult } from "../src/report/parse/types";
import { readFixture } from "./support/fixtures";
import { ok } from "./parse-support";

const HTML = readFixture("hangzhou-style-2025.html");

/** An independent reading of this clean fixture: each <tr>'s cell texts. */
function fixtureRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1].trim()));
}

describe("the 杭州-style HTML page", () => {
  let parsed: Extract<ParseResult, { ok: true }>;
  beforeAll(async () => {
    parsed = ok(await parseReport({ name: "hangzhou.html", bytes: new TextEncoder().encode(HTML) }));
  });

  it("reads every row of table 三 as the page's cells give it, rowspan and colspan notwithstanding", () => {
    const rows = fixtureRows(HTML);
    for (const row of T3_ROWS) {
      const tr = rows.find((cells) => cells.some((c) => c === row.label));
      expect(tr).toBeDefined();
      const expected = tr!.slice(-7).map(Number);
      expect([row.key, Object.values(parsed.report.t3[row.key])]).toEqual([row.key, expected]);
    }
  });

  it("reads tables 二 and 四", () => {
    const rows = fixtureRows(HTML);
    const last = rows.filter((r) => r.length === 15).pop()!.map(Number);
    expect(T4_COLUMN_KEYS.map((k) => parsed.report.t4[k])).toEqual(last);
    const cellsOf = (label: string) => rows.find((r) => r[0] === label)!.slice(1).map(Number);
    expect(Object.values(parsed.report.t2.regulations)).toEqual(cellsOf("规章"));
    expect(Object.values(parsed.report.t2.normative_docs)).toEqual(cellsOf("行政规范性文件"));
    expect(parsed.report.t2.admin_license.decisions).toBe(cellsOf("行政许可")[0]);
    expect(parsed.report.t2.admin_fees.fee_amount).toBe(cellsOf("行政事业性收费")[0]);
  });

  it("reads title, sections and format, and the page checks without error", () => {
    expect(parsed.format).toBe("2021");
    expect(parsed.report.agency).toBe("测试市");
    expect(parsed.report.year).toBe(2025);
    expect(parsed.report.meta?.source_format).toBe("html");
    expect(parsed.report.meta?.section_order).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(parsed.report.sections.s6).toBe("依据《政府信息公开信息处理费管理办法》规定，2025年全市实际收取信息处理费共计400元。");
    expect(parsed.report.sections.s5).toMatch(/^对照新要求新任务/);
    expect(checkReport({ report: parsed.report, format: parsed.format }).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads the same page saved in GBK, without a charset the decoder could trust", async () => {
    const gbk = new Uint8Array(iconv.encode(HTML.replace('<meta charset="utf-8">', ""), "gbk"));
    const again = ok(await parseReport({ name: "page.htm", bytes: gbk }));
    expect(again.report.meta?.encoding).toMatch(/gb/i);
    for (const ref of ALL_CELLS) expect([refKey(ref), getValue(again.report, ref)]).toEqual([refKey(ref), getValue(parsed.report, ref)]);
  });

  it("headings whose numbers Word or the site generated (not in the text), and a page footer, are handled", async () => {
    const html = HTML.replace("<p>一、总体情况</p>", "<h2>总体情况</h2>")
      .replace("<p>五、存在问题及改进情况</p>", "<h2>存在的主要问题及改进情况</h2>")
      .replace("</div>\n</body>", "</div><div class=\"footer\"><p>主办单位：测试市人民政府办公室</p><p>网站标识码：1234</p></div>\n</body>");
    const parsed = ok(await parseText(html));
    expect(parsed.report.meta?.section_order).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(parsed.report.sections.s1).toMatch(/^2025年，全市各级行政机关/);
    expect(parsed.report.sections.s6).toBe("依据《政府信息公开信息处理费管理办法》规定，2025年全市实际收取信息处理费共计400元。");
  });

  it("a blank cell is null (missing), never 0", async () => {
    const html = HTML.replace("<td>13612</td>", "<td></td>").replace("<td>376</td>", "<td>&nbsp;</td>");
    const blank = ok(await parseText(html));
    expect(blank.report.t3.new_received.natural_person).toBeNull();
    expect(blank.report.t3.new_received.org_commercial).toBe(252);
    expect(blank.report.t4.review_upheld).toBeNull();
    expect(blank.report.t4.review_corrected).toBe(97);
    const missing = checkReport({ report: blank.report, format: blank.format }).filter((f) => f.rule === "MISSING_VALUE");
    expect(missing.map((f) => f.table).sort()).toEqual(["t3", "t4"]);
  });
});
