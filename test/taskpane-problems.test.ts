// How the pane groups and targets findings, how it boots, and which theme it picks.
import { checkReport } from "../src/report/check";
import { cloneReport, emptyReport } from "../src/report/model";
import { countBySeverity, findingTarget, groupFindings } from "../src/taskpane/problems";
import { waitForExcel } from "../src/taskpane/boot";
import { isDark, luminance } from "../src/taskpane/theme";
import { pingtanReport } from "./support/fixtures";

describe("the problem list", () => {
  const good = pingtanReport(2024);
  const broken = cloneReport(good);
  broken.t3.granted.total = (broken.t3.granted.total ?? 0) + 2;
  broken.t4.review_total = -1;
  broken.t2.regulations.in_force = null;
  broken.sections.s6 = "无";
  const findings = checkReport({ report: broken, format: "2021" });

  it("groups findings by table in report order, errors and warnings counted apart", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.id)).toEqual(["t3", "t4", "text", "blank"]);
    const t3 = groups.find((g) => g.id === "t3")!;
    expect(t3.errors.map((f) => f.rule).sort()).toEqual(["T3_RESULTS_TOTAL", "T3_ROW_TOTAL"]);
    // a blank cell is listed apart, after the wrong figures
    expect(groups.find((g) => g.id === "blank")!.warnings.map((f) => [f.rule, f.table])).toEqual([["MISSING_VALUE", "t2"]]);
    expect(groups.find((g) => g.id === "text")!.errors.map((f) => f.rule)).toEqual(["S6_FEE_STATEMENT"]);
    const all = countBySeverity(findings);
    expect(all.errors + all.warnings).toBe(findings.length);
    expect(groups.reduce((n, g) => n + g.errors.length, 0)).toBe(all.errors);
  });

  it("a clean report has no groups at all", () => {
    expect(groupFindings(checkReport({ report: good, format: "2021" }))).toEqual([]);
  });

  it("every finding about a place has a cell to go to", () => {
    const withCells = cloneReport(broken);
    withCells.meta = { cells: { "t3.granted.total": "M30" } };
    const row = checkReport({ report: withCells, format: "2021" }).find((f) => f.rule === "T3_ROW_TOTAL")!;
    expect(findingTarget(row, withCells)).toBe("M30");
    const negative = findings.find((f) => f.rule === "NONNEG_INT")!;
    expect(findingTarget(negative, broken)).toBe("t4.review_total");
    const missing = findings.find((f) => f.rule === "MISSING_VALUE")!;
    expect(findingTarget(missing, broken)).toBe("t2.regulations.in_force");
    expect(findingTarget(findings.find((f) => f.rule === "S6_FEE_STATEMENT")!, broken)).toBe("s6");
    const blank = emptyReport();
    const sections = checkReport({ report: blank, format: "2021" }).find((f) => f.rule === "SECTIONS_PRESENT")!;
    expect(findingTarget(sections, blank)).toBe("s1");
  });
});

describe("starting the pane", () => {
  const excel = { HostType: { Excel: "Excel" } };
  it("names each way it can fail, and starts when all is well", async () => {
    expect(await waitForExcel(undefined, () => true)).toBe("no-office-js");
    expect(await waitForExcel({ ...excel, onReady: () => new Promise(() => undefined) }, () => true, 30)).toBe("timeout");
    expect(await waitForExcel({ ...excel, onReady: async () => ({ host: null }) }, () => true)).toBe("not-excel");
    expect(await waitForExcel({ ...excel, onReady: async () => ({ host: "Word" }) }, () => true)).toBe("not-excel");
    expect(await waitForExcel({ ...excel, onReady: async () => ({ host: "Excel" }) }, () => false)).toBe("old-excel");
    expect(await waitForExcel({ ...excel, onReady: async () => ({ host: "Excel" }) }, () => true)).toBeNull();
  });

  it("follows Office's theme: dark backgrounds give the dark theme", () => {
    expect(isDark("#1F1F1F")).toBe(true);
    expect(isDark("#262626")).toBe(true);
    expect(isDark("#FFFFFF")).toBe(false);
    expect(isDark("#E6E6E6")).toBe(false);
    expect(isDark(undefined)).toBe(false);
    expect(luminance("not a colour")).toBeNull();
  });
});
