// 生成申请情况说明: the paragraph for 一（二） is written from table 三 and only from numbers it gives.
import { applicationSummary } from "../src/report/application-summary";
import { T3_ROWS } from "../src/report/format";
import { emptyReport } from "../src/report/model";
import { pingtanReport, PINGTAN_YEARS } from "./support/fixtures";

const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
const groupTotal = (r: ReturnType<typeof pingtanReport>, group: string) =>
  T3_ROWS.filter((row) => row.parent === group).reduce((n, row) => n + (r.t3[row.key].total ?? 0), 0);

describe("申请情况说明", () => {
  test.each(PINGTAN_YEARS)("平潭 %i: every count in the paragraph is the table's", (year) => {
    const r = pingtanReport(year);
    const out = applicationSummary(r);
    if (!out.ok) throw new Error(out.reason.en);
    const t = r.t3;
    expect(out.text).toContain(`共收到政府信息公开申请${t.new_received.total! + t.carried_over.total!}件`);
    expect(out.text).toContain(`本年新收${t.new_received.total}件`);
    expect(out.text).toContain(`上年结转${t.carried_over.total}件`);
    expect(out.text).toContain(`办结${t.results_total.total}件`);
    expect(out.text).toContain(`予以公开${t.granted.total}件`);
    expect(out.text).toContain(`部分公开${t.partial.total}件`);
    expect(out.text).toContain(`不予公开${groupTotal(r, "denied")}件`);
    expect(out.text).toContain(`无法提供${groupTotal(r, "unable")}件`);
    expect(out.text).toContain(`不予处理${groupTotal(r, "not_processed")}件`);
    expect(out.text).toContain(`其他处理${groupTotal(r, "other_processing")}件`);
    expect(out.text).toContain(`结转下年度继续办理${t.carried_forward.total}件`);
    expect(numbersIn(out.text)[0]).toBe(year);
  });

  test("平潭 2022 says 收到 75 as its own prose does (74 新收 + 1 结转)", () => {
    const out = applicationSummary(pingtanReport(2022));
    expect(out.ok && out.text).toContain("共收到政府信息公开申请75件，其中本年新收74件，上年结转1件");
    expect(pingtanReport(2022).sections.s1).toContain("收到政府信息公开申请75件");
  });

  test("a blank number leaves its clause out instead of guessing", () => {
    const r = pingtanReport(2024);
    r.t3.carried_over.total = null;
    r.t3.denied_state_secret.total = null;
    const out = applicationSummary(r);
    if (!out.ok) throw new Error(out.reason.en);
    expect(out.text).not.toContain("上年结转");
    expect(out.text).not.toContain("共收到");
    expect(out.text).toContain(`本年新收政府信息公开申请${r.t3.new_received.total}件`);
    expect(out.text).not.toContain("不予公开");
    expect(out.text).toContain(`无法提供`);
  });

  test("an empty table 三 gives a reason, not a paragraph of zeros", () => {
    const out = applicationSummary(emptyReport("某镇人民政府", 2024));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason.zh).toContain("表三");
  });

  test("only 结转下年度 given: one sentence, with the agency and year", () => {
    const r = emptyReport(null, null);
    r.t3.carried_forward.total = 3;
    const out = applicationSummary(r);
    expect(out).toEqual({ ok: true, text: "本年度，本机关结转下年度继续办理3件。" });
  });
});
