// TEXT_TABLE_CONSISTENCY on the five 平潭 reports and on the known false alarms.
import { checkReport } from "../src/report/check";
import { cloneReport, Report } from "../src/report/model";
import { Finding } from "../src/report/rules";
import { countsIn, proseUnits, TEXT_TABLE_CONSISTENCY } from "../src/report/text-consistency";
import { ALL_CHECK_RULES } from "../src/report/check";
import { readInput } from "../src/cli/read-input";
import { fixturePath, PINGTAN_YEARS, pingtanReport } from "./support/fixtures";

const textFindings = (report: Report): Finding[] =>
  checkReport({ report, format: "2021" }).filter((f) => f.rule === "TEXT_TABLE_CONSISTENCY");

describe("prose against tables", () => {
  test("check runs TEXT_TABLE_CONSISTENCY as a warning", () => {
    expect(ALL_CHECK_RULES).toContain(TEXT_TABLE_CONSISTENCY);
    expect(TEXT_TABLE_CONSISTENCY.severity).toBe("warning");
  });

  test("平潭 2023: prose 现行有效行政规范性文件393件 against 表二 470 is reported, quoting the sentence", () => {
    const found = textFindings(pingtanReport(2023));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", table: "t2", row: "normative_docs", column: "in_force", expected: 470, actual: 393 });
    expect(found[0].message).toContain("清理并集中发布现行有效行政规范性文件393件");
    expect(found[0].message).toContain("第一部分「总体情况」");
    expect(found[0].message).toContain("表二「行政规范性文件」行「现行有效件数」列 470");
  });

  test("平潭 2022: 「收到政府信息公开申请75件」 = 新收 74 + 上年结转 1 is not a false alarm", () => {
    const report = pingtanReport(2022);
    expect(report.sections.s1).toContain("收到政府信息公开申请75件");
    expect(report.t3.new_received.total).toBe(74);
    const counted = proseUnits(report.sections.s1!).flatMap((s) => countsIn(s, 2022).map((c) => c.count));
    expect(counted.find((c) => c.value === 75)?.topic).toBe("received");
    expect(textFindings(report)).toEqual([]);
  });

  test.each(PINGTAN_YEARS.filter((y) => y !== 2023))("平潭 %i: prose and tables agree, no warning", (year) => {
    expect(textFindings(pingtanReport(year))).toEqual([]);
  });

  test("the 平潭 prose counts are really compared (not silently skipped): each year states several", () => {
    const topics = (year: number) =>
      new Set(
        Object.values(pingtanReport(year).sections)
          .filter((s): s is string => s !== null)
          .flatMap((text) => proseUnits(text).flatMap((s) => countsIn(s, year).map((c) => c.count.topic))),
      );
    expect([...topics(2021)].sort()).toEqual(["carried_forward", "concluded", "received"]);
    expect(topics(2023)).toEqual(new Set(["received", "natural_person", "org_commercial", "concluded", "granted_and_partial", "denied", "unable", "not_processed", "other_processing", "review", "litigation", "normative_docs"]));
    expect(topics(2025)).toEqual(new Set(["received", "concluded", "carried_forward", "review", "litigation"]));
  });

  test("淮安 2024 read from its PDF text: prose (3119 受理, 3050 答复, 34 结转, 103 顺延, 复议 351, 诉讼 46) agrees with the tables", async () => {
    const input = await readInput(fixturePath("huaian-2024.pdftotext.txt"));
    if (!input.ok) throw new Error(input.reason.en);
    const counted = Object.values(input.report.sections)
      .filter((s): s is string => s !== null)
      .flatMap((text) => proseUnits(text).flatMap((s) => countsIn(s, 2024).map((c) => `${c.count.topic} ${c.count.value}`)));
    expect(counted).toEqual(expect.arrayContaining(["received 3119", "concluded 3050", "carried_over 34", "carried_forward 103", "review 351", "litigation 46"]));
    expect(textFindings(input.report)).toEqual([]);
    input.report.t4.lit_direct_total = 25;
    expect(textFindings(input.report).map((f) => [f.table, f.expected, f.actual])).toEqual([["t4", 45, 46]]);
  });

  test("the seed (「未收到申请」, all zeros) and the 杭州-style page raise no warning", async () => {
    for (const name of ["wuchang-xiaoshanzi-2024.txt", "hangzhou-style-2025.html"]) {
      const input = await readInput(fixturePath(name));
      if (!input.ok) throw new Error(input.reason.en);
      expect(textFindings(input.report)).toEqual([]);
    }
  });

  test("a table changed under agreeing prose is reported at the changed figure", () => {
    const report = cloneReport(pingtanReport(2025));
    report.t4.review_total = 35;
    const found = textFindings(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ table: "t4", column: "review_total", expected: 35, actual: 36 });
    expect(found[0].message).toContain("全年办理因政府信息公开申请引发的行政复议36起");
  });

  test("「收到」 also means 新收 alone; other stated figures follow their own row", () => {
    const report = cloneReport(pingtanReport(2021));
    report.sections.s1 = "本年度全区共收到70件申请，及时依法依规办结68件，1件结转下年度继续办理。";
    const found = textFindings(report);
    expect(found.map((f) => [f.row, f.expected, f.actual])).toEqual([["results_total", 69, 68]]);
  });

  test("「备案…复议案件」 counts something else than 表四 and is left alone", () => {
    const report = cloneReport(pingtanReport(2024));
    report.sections.s1 = "全年办理规范性文件备案审查45件，办理行政复议案件120件，其中涉及政府信息公开的行政复议案件7件。";
    expect(textFindings(report)).toEqual([]);
    report.sections.s1 = "2024年，因政府信息公开申请引发的行政复议案件9件。";
    expect(textFindings(report).map((f) => [f.column, f.expected, f.actual])).toEqual([["review_total", 7, 9]]);
  });

  test("comparisons with other years, cumulative counts and approximate figures are not compared", () => {
    const report = cloneReport(pingtanReport(2024));
    report.sections.s1 = [
      "全年收到政府信息公开申请较上年增加30件。",
      "2023年收到政府信息公开申请81件。",
      "自2008年以来累计收到政府信息公开申请2000件。",
      "收到群众意见建议300件。",
      "全年办理政务服务事项申请12000件。",
      "全年办理政府信息公开申请200余件。",
      "收到人大代表建议和政协委员提案申请35件。",
    ].join("");
    expect(textFindings(report)).toEqual([]);
  });

  test("PDF text wrapped mid-sentence is read as one sentence (淮安 2024 wording)", () => {
    const report = cloneReport(pingtanReport(2024));
    report.year = 2024;
    report.sections.s1 = "2024 年，全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度\n答复）。";
    Object.assign(report.t3.new_received, { total: 3119 });
    Object.assign(report.t3.carried_over, { total: 34 });
    Object.assign(report.t3.results_total, { total: 3050 });
    Object.assign(report.t3.carried_forward, { total: 103 });
    expect(textFindings(report)).toEqual([]);
    report.t3.carried_forward.total = 100;
    const found = textFindings(report);
    expect(found.map((f) => [f.row, f.expected, f.actual])).toEqual([["carried_forward", 100, 103]]);
    expect(found[0].message).toContain("另有103件顺延到下年度答复");
  });

  test("「结转至2025年继续办理的6件」 is the carry-forward, not the applications handled", () => {
    const report = cloneReport(pingtanReport(2024));
    report.sections.s1 = "2024年收到政府信息公开申请218件，结转至2025年继续办理的6件。";
    const found = textFindings(report);
    expect(found.map((f) => [f.row, f.expected, f.actual])).toEqual([["carried_forward", 0, 6]]);
  });

  test("a stated zero: 「未收到申请」 against applications in table 三", () => {
    const report = cloneReport(pingtanReport(2024));
    report.sections.s1 = "（二）依申请公开情况：2024年，小山子镇未收到申请。";
    const found = textFindings(report);
    expect(found.map((f) => [f.row, f.column, f.expected, f.actual])).toEqual([["new_received", "total", 218, 0]]);
  });

  test("a blank table figure is not compared (nothing to hold the prose against)", () => {
    const report = cloneReport(pingtanReport(2023));
    report.t2.normative_docs.in_force = null;
    expect(textFindings(report)).toEqual([]);
  });
});
