// Real published reports as text: the seed (tab-flattened Word), the five 平潭 pages (digits run
// together), the 淮安 PDF text and its fragment.
import { checkReport } from "../src/report/check";
import { ALL_CELLS, getValue, refKey, Report } from "../src/report/model";
import { parseText } from "../src/report/parse";
import { Ambiguity, ParseResult } from "../src/report/parse/types";
import { PINGTAN_YEARS, pingtanValues, readFixture, pingtanProse } from "./support/fixtures";
import { ok } from "./parse-support";

const values = (report: Report) => Object.fromEntries(ALL_CELLS.map((c) => [refKey(c), getValue(report, c)]));

describe("the seed report (五常市小山子镇 2024, tables flattened with tabs and newlines)", () => {
  let parsed: Extract<ParseResult, { ok: true }>;
  beforeAll(async () => {
    parsed = ok(await parseText(readFixture("wuchang-xiaoshanzi-2024.txt"), { name: "wuchang.txt" }));
  });

  it("reads as a complete 2021-format report with every one of its 200 values 0", () => {
    expect(parsed.format).toBe("2021");
    for (const ref of ALL_CELLS) expect([refKey(ref), getValue(parsed.report, ref)]).toEqual([refKey(ref), 0]);
  });

  it("has no error finding", () => {
    const errors = checkReport({ report: parsed.report, format: parsed.format }).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("reads the title, the six sections in order, and the contact details", () => {
    const { report } = parsed;
    expect(report.agency).toBe("五常市小山子镇人民政府");
    expect(report.year).toBe(2024);
    expect(report.meta?.section_order).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(report.sections.s1).toMatch(/^（一）主动公开情况/);
    expect(report.sections.s5).toMatch(/^（一）主要问题/);
    expect(report.sections.s6).toBe("小山子镇人民政府，2024年无收取信息处理费情况。");
    expect(report.meta?.phone).toBe("55822182");
    expect(report.meta?.address).toBe("五常市小山子镇财顺大街203号");
    expect(report.meta?.website).toBe("http://wcsxxgk.harbin.gov.cn/col/col12596/index.html");
    expect(report.meta?.preamble).toMatch(/^依据《中华人民共和国政府信息公开条例》/);
    expect(report.meta?.source_format).toBe("txt");
  });

  it("without its title, the agency is not invented from the preamble's 「…年度报告格式的通知」; the year comes from the period", async () => {
    const untitled = readFixture("wuchang-xiaoshanzi-2024.txt").split("\n").slice(2).join("\n");
    const result = ok(await parseText(untitled));
    expect(result.report.agency).toBeNull();
    expect(result.report.year).toBe(2024);
    expect(ALL_CELLS.every((ref) => getValue(result.report, ref) === 0)).toBe(true);
  });

  it("drops the Word bookmark artefact from the prose", () => {
    expect(JSON.stringify(parsed.report.sections)).not.toContain("bookmark");
    expect(parsed.report.sections.s5).toContain("（二）改进情况：强化领导职责");
  });
});

describe("the 平潭 pages (every row's cells run together into one digit string)", () => {
  // Table 二 has no arithmetic between its cells, so 「行政规范性文件693665」 splits many ways
  // (69,3,665 / 6,93,665 / …): those three cells stay null with a note listing the candidates.
  const AMBIGUOUS = ["t2.normative_docs.issued", "t2.normative_docs.repealed", "t2.normative_docs.in_force"];

  it.each([...PINGTAN_YEARS])("%i: tables 三 and 四 and the rest of 二 are exactly the decoded values", async (year) => {
    const parsed = ok(await parseText(readFixture("pingtan", `pingtan_${year}_page.txt`)));
    const expected = values(pingtanValues(year));
    const got = values(parsed.report);
    for (const key of Object.keys(expected)) {
      if (AMBIGUOUS.includes(key)) continue;
      expect([key, got[key]]).toEqual([key, expected[key]]);
    }
    expect(parsed.format).toBe("2021");
    expect(parsed.report.agency).toBe("平潭综合实验区");
    expect(parsed.report.year).toBe(year);
  });

  it.each([...PINGTAN_YEARS])("%i: the ambiguous 表二 split is left null and its note offers the true split", async (year) => {
    const parsed = ok(await parseText(readFixture("pingtan", `pingtan_${year}_page.txt`)));
    const truth = pingtanValues(year).t2.normative_docs;
    expect(parsed.report.t2.normative_docs).toEqual({ issued: null, repealed: null, in_force: null });
    const message = parsed.notes.find((n) => n.table === "t2" && n.row === "normative_docs")?.message ?? "";
    expect(message).toContain("表内没有勾稽关系可定其拆分");
    expect(message).toContain(`${truth.issued}${truth.repealed}${truth.in_force}`);
    const ambiguity = (parsed.report.meta?.ambiguities as unknown as Ambiguity[]).find((a) => a.row === "normative_docs")!;
    expect(ambiguity.candidates).toContainEqual([truth.issued, truth.repealed, truth.in_force]);
    expect(ambiguity.candidates.length).toBeGreaterThan(1);
  });

  it.each([...PINGTAN_YEARS])("%i: the prose of sections 一, 五 and 六 is the published prose", async (year) => {
    const parsed = ok(await parseText(readFixture("pingtan", `pingtan_${year}_page.txt`)));
    const published = pingtanProse(year);
    expect(parsed.report.sections.s1).toBe(published.s1);
    expect(parsed.report.sections.s5).toBe(published.s5);
    expect(parsed.report.sections.s6).toBe(published.s6);
    expect(parsed.report.meta?.section_order).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
  });

  it("without the archive's 「标题:」 line the title is found after the page's breadcrumb, not merged with it", async () => {
    const page = readFixture("pingtan", "pingtan_2021_page.txt");
    const body = page.slice(page.indexOf("当前位置"));
    const parsed = ok(await parseText(body));
    expect(parsed.report.agency).toBe("平潭综合实验区");
    expect(parsed.report.year).toBe(2021);
  });

  it("a page whose table 三 does not add up is still read where each row alone decides, never guessed", async () => {
    // 「（一）予以公开 270020130」 changed to 「270020131」: no split of that row adds up any more
    const text = readFixture("pingtan", "pingtan_2021_page.txt").replace("（一）予以公开270020130", "（一）予以公开270020131");
    const parsed = ok(await parseText(text));
    expect(parsed.report.t3.granted).toEqual({ natural_person: null, org_commercial: null, org_research: null, org_social_welfare: null, org_legal_service: null, org_other: null, total: null });
    expect(parsed.notes.some((n) => n.table === "t3" && n.row === "granted" && n.message.includes("270020131"))).toBe(true);
    expect(parsed.report.t3.new_received.total).toBe(70);
  });
});

describe("the 淮安 report as pdftotext -layout text", () => {
  it("reconciles: 3119 new + 34 carried over = 3050 handled + 103 carried forward", async () => {
    const parsed = ok(await parseText(readFixture("huaian-2024.pdftotext.txt")));
    const { t3 } = parsed.report;
    expect([t3.new_received.total, t3.carried_over.total, t3.results_total.total, t3.carried_forward.total]).toEqual([3119, 34, 3050, 103]);
    expect(checkReport({ report: parsed.report, format: parsed.format }).filter((f) => f.severity === "error")).toEqual([]);
    expect(parsed.report.meta?.source_format).toBe("pdf-text");
  });

  it("numbers in section 一's prose near words like 规章 or 信息内容 are not taken for table 二", async () => {
    const text = readFixture("huaian-2024.pdftotext.txt").replace("（一）主动公开情况。", "（一）主动公开情况。规范政府信息内容管理。");
    const parsed = ok(await parseText(text));
    expect(parsed.report.t2.regulations).toEqual({ issued: 1, repealed: 0, in_force: 11 });
  });

  it("reads rows whose labels wrap around their numbers and a table broken across pages", async () => {
    const parsed = ok(await parseText(readFixture("huaian-2024.pdftotext.txt")));
    const { t2, t3, t4 } = parsed.report;
    expect(t3.partial).toEqual({ natural_person: 447, org_commercial: 7, org_research: 0, org_social_welfare: 0, org_legal_service: 0, org_other: 0, total: 454 });
    expect(t3.unable_need_creation.total).toBe(11); // first row after the 「-4-」 page break
    expect(t3.other_fee_unpaid.total).toBe(6); // label interleaved with 「（六）其他处理」
    expect(t3.np_confirm_or_reissue.natural_person).toBe(1);
    expect(t2.normative_docs).toEqual({ issued: 8, repealed: 26, in_force: 66 });
    expect(t2.admin_fees.fee_amount).toBe(96171.6);
    expect(Object.values(t4)).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    expect(parsed.report.agency).toBe("淮安市人民政府");
    expect(parsed.report.year).toBe(2024);
    expect(parsed.report.meta?.phone).toBe("0517-83605210");
  });

  it("a fragment cut off mid-table gives what is there and null for the rest", async () => {
    const parsed = ok(await parseText(readFixture("huaian-2024-section3-fragment.txt")));
    const { t2, t3, t4 } = parsed.report;
    expect(t2.admin_penalty.decisions).toBe(3985758);
    expect(t2.admin_fees.fee_amount).toBe(96171.6);
    expect(t2.regulations).toEqual({ issued: null, repealed: null, in_force: null });
    expect(t3.new_received.total).toBe(3119);
    expect(t3.unable_not_held).toEqual({ natural_person: 746, org_commercial: 12, org_research: 0, org_social_welfare: 0, org_legal_service: 10, org_other: 1, total: 769 });
    for (const row of ["unable_need_creation", "other_other", "results_total", "carried_forward"] as const) {
      expect(Object.values(t3[row]).every((v) => v === null)).toBe(true);
    }
    expect(Object.values(t4).every((v) => v === null)).toBe(true);
  });
});
