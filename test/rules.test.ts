import { checkReport, evaluateSum, hasErrors } from "../src/report/check";
import { agencyLevel } from "../src/report/agency-level";
import { T3_COLUMN_KEYS, T3_ROW_KEYS, T4_COLUMN_KEYS } from "../src/report/format";
import { ALL_CELLS, CellRef, cloneReport, getValue, Report, setValue, t2, t3, t4 } from "../src/report/model";
import { Finding, SUM_RULES } from "../src/report/rules";
import { PINGTAN_YEARS, pingtanReport } from "./support/fixtures";

const check = (report: Report, prev?: Report) => checkReport({ report, format: "2021", prev });
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error");
const rulesOf = (fs: Finding[]) => fs.map((f) => f.rule);

describe("the five 平潭 reports", () => {
  test.each(PINGTAN_YEARS)("%i has no error finding", (year) => {
    expect(errors(check(pingtanReport(year)))).toEqual([]);
  });

  test("consecutive years raise no CROSS_YEAR_CARRY; 现行有效 continuity breaks exactly after 2022", () => {
    const continuity: number[] = [];
    for (const year of PINGTAN_YEARS.slice(1)) {
      const f = check(pingtanReport(year), pingtanReport(year - 1));
      expect(rulesOf(f)).not.toContain("CROSS_YEAR_CARRY");
      if (f.some((x) => x.rule === "T2_INFORCE_CONTINUITY")) continuity.push(year);
      expect(errors(f)).toEqual([]);
    }
    // fixtures README: continuity holds only 2021→2022 (665 + 88 − 55 = 698)
    expect(continuity).toEqual([2023, 2024, 2025]);
  });
});

describe("changing any one cell of table 三 or 四 is caught at its row or column", () => {
  const base = pingtanReport(2023);
  const cells: CellRef[] = [...T3_ROW_KEYS.flatMap((r) => T3_COLUMN_KEYS.map((c) => t3(r, c))), ...T4_COLUMN_KEYS.map((c) => t4(c))];
  test("190 cells, each +1", () => {
    expect(cells).toHaveLength(190);
    for (const ref of cells) {
      const report = cloneReport(base);
      setValue(report, ref, (getValue(report, ref) as number) + 1);
      const found = errors(check(report));
      const names = found.filter((f) => f.table === ref.table && (f.row === ref.row || f.column === ref.column));
      if (names.length === 0) throw new Error(`${JSON.stringify(ref)} not caught: ${JSON.stringify(found)}`);
    }
  });
});

describe("sum findings", () => {
  test("one finding per broken instance, with 应为/实为/差 and clerk-readable labels", () => {
    const r = pingtanReport(2022);
    r.t3.results_total.natural_person = (r.t3.results_total.natural_person as number) - 1;
    const f = errors(check(r));
    const results = f.find((x) => x.rule === "T3_RESULTS_TOTAL")!;
    expect(results.message).toBe(`表三「（七）总计」行「自然人」列：应为 ${results.expected}（（一）至（六）各项之和），实为 ${results.actual}，差 1`);
    expect(results).toMatchObject({ table: "t3", row: "results_total", column: "natural_person" });
    // the same cell breaks its row total and its column's balance: two instances, two findings, no more
    expect(rulesOf(f).sort()).toEqual(["T3_BALANCE", "T3_RESULTS_TOTAL", "T3_ROW_TOTAL"]);
  });

  test("a blank cell is not yet filled: its sums are skipped and MISSING_VALUE warns", () => {
    const r = pingtanReport(2022);
    r.t3.granted.total = null;
    const f = check(r);
    expect(errors(f)).toEqual([]);
    const missing = f.filter((x) => x.rule === "MISSING_VALUE");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("表三「（一）予以公开」行有 1 个单元格未填写（总计）");
    expect(evaluateSum(r, SUM_RULES[0].instances.find((i) => i.row === "granted")!)).toBeNull();
  });

  test("workbook cell addresses are named when the report carries them", () => {
    const r = pingtanReport(2022);
    r.t4.review_total = 9;
    r.meta = { cells: { "t4.review_total": "H80" } };
    const f = errors(check(r));
    expect(f).toHaveLength(1);
    expect(f[0].cells).toEqual(["H80"]);
    expect(f[0].message).toMatch(/（单元格 H80）$/);
  });
});

describe("value rules", () => {
  test("NONNEG_INT: negatives and fractions in counts; the fee may be a decimal but not negative", () => {
    const r = pingtanReport(2021);
    r.t2.admin_license.decisions = -1;
    r.t2.normative_docs.issued = 2.5;
    expect(getValue(r, t2("admin_fees", "fee_amount"))).toBe(24252.311082);
    let f = check(r).filter((x) => x.rule === "NONNEG_INT");
    expect(f.map((x) => x.row).sort()).toEqual(["admin_license", "normative_docs"]);
    r.t2.admin_fees.fee_amount = -3;
    f = check(r).filter((x) => x.rule === "NONNEG_INT");
    expect(f.map((x) => x.row)).toContain("admin_fees");
  });

  test("text typed into a count cell is an error, not a missing value", () => {
    const r = pingtanReport(2021);
    r.t4.review_other = null;
    r.meta = { unreadable: [{ ref: t4("review_other"), text: "无" }] };
    const f = check(r);
    expect(f.find((x) => x.rule === "NONNEG_INT")!.message).toContain("实为「无」");
    expect(f.filter((x) => x.rule === "MISSING_VALUE")).toEqual([]);
  });

  test("T2_INFORCE_GE_NET_ISSUED warns when 现行有效 < 制发 − 废止", () => {
    const r = pingtanReport(2024);
    r.t2.normative_docs = { issued: 62, repealed: 3, in_force: 40 };
    const f = check(r).filter((x) => x.rule === "T2_INFORCE_GE_NET_ISSUED");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", expected: 59, actual: 40 });
  });
});

describe("content rules", () => {
  test("S6_FEE_STATEMENT: section 六 must speak of 信息处理费", () => {
    const r = pingtanReport(2023);
    r.sections.s6 = "2023年，无其他需要报告的事项。";
    expect(rulesOf(errors(check(r)))).toEqual(["S6_FEE_STATEMENT"]);
  });

  test("SECTIONS_PRESENT: a missing section, and sections out of order", () => {
    const r = pingtanReport(2023);
    r.sections.s5 = null;
    expect(errors(check(r)).map((f) => f.message)).toEqual(["缺少第五部分「存在的主要问题及改进情况」（六个部分缺一不可）"]);
    const o = pingtanReport(2023);
    o.meta = { section_order: ["s1", "s2", "s3", "s5", "s4", "s6"] };
    expect(rulesOf(errors(check(o)))).toEqual(["SECTIONS_PRESENT"]);
  });

  test("FORMAT_VERSION_2021: a 2019-format report for 2021 or later is an error", () => {
    const r = pingtanReport(2022);
    r.meta = { old_format_markers: ["本年新制作数量"] };
    const f = checkReport({ report: r, format: "2019" });
    expect(f.find((x) => x.rule === "FORMAT_VERSION_2021")!.message).toContain("本年新制作数量");
    expect(hasErrors(checkReport({ report: r, format: "2021" }))).toBe(false);
  });
});

describe("the agency's level", () => {
  test.each([
    ["五常市小山子镇人民政府", "township"],
    ["某某街道办事处", "township"],
    ["五常市人民政府办公室", "local_dept"],
    ["某某县人民政府", "county_gov"],
    ["福建省人民政府", "province_gov"],
    ["上海市人民政府", "province_gov"],
    ["中华人民共和国生态环境部", "state_council_dept"],
    ["平潭综合实验区", "unknown"],
  ])("%s → %s", (name, level) => expect(agencyLevel(name)).toBe(level));

  test("T2_RULES_ONLY_RULEMAKERS warns a township that reports 规章", () => {
    const r = pingtanReport(2024);
    r.agency = "五常市小山子镇人民政府";
    r.t2.regulations = { issued: 2, repealed: 0, in_force: 5 };
    const f = check(r).filter((x) => x.rule === "T2_RULES_ONLY_RULEMAKERS");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toContain("无权制定规章");
  });

  test("FEE_PLAUSIBILITY: 元 typed into the 万元 cell of a township", () => {
    const r = pingtanReport(2024);
    r.agency = "五常市小山子镇人民政府";
    r.t2.admin_fees.fee_amount = 2865300.5;
    expect(check(r).filter((x) => x.rule === "FEE_PLAUSIBILITY")).toHaveLength(1);
    r.t2.admin_fees.fee_amount = 28.65;
    expect(check(r).filter((x) => x.rule === "FEE_PLAUSIBILITY")).toHaveLength(0);
  });
});

describe("cross-year rules", () => {
  test("CROSS_YEAR_CARRY names each column whose 上年结转 differs from last year's 结转下年度", () => {
    const prev = pingtanReport(2021);
    const r = pingtanReport(2022);
    r.t3.carried_over.natural_person = 0;
    r.t3.carried_over.total = 0;
    r.t3.new_received.natural_person = (r.t3.new_received.natural_person as number) + 1;
    r.t3.new_received.total = (r.t3.new_received.total as number) + 1;
    const f = check(r, prev).filter((x) => x.rule === "CROSS_YEAR_CARRY");
    expect(f.map((x) => x.column)).toEqual(["natural_person", "total"]);
    expect(f[0].message).toBe("表三「二、上年结转政府信息公开申请数量」行「自然人」列：应为 1（上年报告「四、结转下年度继续办理」），实为 0，差 1");
  });

  test("the cells rules cover are all 200", () => {
    expect(ALL_CELLS.filter((r) => r.table === "t3")).toHaveLength(175);
  });
});

test("MISSING_VALUE leaves out a row whose run-together digits split more than one way (it has its own note)", () => {
  const r = pingtanReport(2023);
  r.t2.normative_docs = { issued: null, repealed: null, in_force: null };
  expect(check(r).filter((x) => x.rule === "MISSING_VALUE")).toHaveLength(1);
  r.meta = { ambiguities: [{ table: "t2", row: "normative_docs" }] };
  expect(check(r).filter((x) => x.rule === "MISSING_VALUE")).toHaveLength(0);
});
