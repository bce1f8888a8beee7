// Report JSON in the contract's shape: read as given, shape checked, unknown keys kept under meta.
import { ALL_CELLS, getValue, refKey, toReportJson } from "../src/report/model";
import { parseReport, parseText } from "../src/report/parse";
import { pingtanReport, readFixture } from "./support/fixtures";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("report JSON", () => {
  it("a report's JSON reads back to the same report", async () => {
    const source = pingtanReport(2022);
    const parsed = await parseReport({ name: "2022.json", bytes: bytes(JSON.stringify(toReportJson(source), null, 2)) });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const ref of ALL_CELLS) expect([refKey(ref), getValue(parsed.report, ref)]).toEqual([refKey(ref), getValue(source, ref)]);
    expect(parsed.report.sections).toEqual(source.sections);
    expect(parsed.report.agency).toBe(source.agency);
    expect(parsed.format).toBe("2021");
    expect(parsed.report.meta?.source_format).toBe("json");
  });

  it("missing values are null; unknown keys are kept under meta", async () => {
    const parsed = await parseText(JSON.stringify({ agency: "某局", year: 2024, t3: { granted: { total: 5 } }, reviewer: "张三", meta: { phone: "123" } }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report.t3.granted.total).toBe(5);
    expect(parsed.report.t3.granted.natural_person).toBeNull();
    expect(parsed.report.t2.regulations.issued).toBeNull();
    expect(parsed.report.meta?.reviewer).toBe("张三");
    expect(parsed.report.meta?.phone).toBe("123");
  });

  it("truncated JSON is refused with where it broke, in Chinese and English", async () => {
    const text = JSON.stringify(toReportJson(pingtanReport(2021)));
    const parsed = await parseText(text.slice(0, text.length / 2));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason.zh).toContain("JSON 格式错误或文件不完整");
    expect(parsed.reason.en).toContain("malformed or truncated JSON");
  });

  it("a value of the wrong type is named", async () => {
    const report = toReportJson(pingtanReport(2021)) as unknown as { t3: { granted: { total: unknown } }; year: unknown };
    report.t3.granted.total = "30";
    report.year = "二〇二一";
    const parsed = await parseText(JSON.stringify(report));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason.zh).toContain("t3.granted.total 应为数字或 null");
    expect(parsed.reason.zh).toContain("year 应为整数或 null");
  });

  it("a text that merely starts with a bracket or brace is read as text", async () => {
    const seed = readFixture("wuchang-xiaoshanzi-2024.txt");
    for (const prefix of ["[bookmark: _GoBack]", "[附件]", "{注：本报告为修订版}"]) {
      const parsed = await parseText(`${prefix}\n${seed}`, { name: "report.txt" });
      expect([prefix, parsed.ok && parsed.report.agency]).toEqual([prefix, "五常市小山子镇人民政府"]);
    }
  });

  it("JSON that is not a report is refused", async () => {
    for (const text of ['{"name": "x"}', "[1,2,3]", '"just a string"', "{}"]) {
      const parsed = await parseText(text);
      expect([text, parsed.ok]).toEqual([text, false]);
    }
  });
});
