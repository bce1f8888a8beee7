// The pane's live checking without a browser: LiveCheck over the gateway and the recording fake.
// One read (one sync) per change, debounced, deaf to the add-in's own writes; go-to-cell; all clear.
import { layoutCellOf } from "../src/layout/report-layout";
import { createGateway } from "../src/excel/gateway";
import { FakeWorkbook } from "./support/fake-workbook";
import { LiveCheck } from "../src/taskpane/live-check";
import { ALL_CELLS, getValue, refKey } from "../src/report/model";
import { pingtanReport } from "./support/fixtures";

const at = (key: string) => layoutCellOf(key)!.address;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(triggerSource = true) {
  const book = new FakeWorkbook({ triggerSource });
  const gateway = createGateway({ run: book.run, features: { validation: true, pageLayout: true, triggerSource }, quietMs: 100 });
  const live = new LiveCheck(gateway, { debounceMs: 40 });
  return { book, gateway, live };
}

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await wait(5);
  }
}

describe("live checking in the pane", () => {
  it("starts empty, inserts with the particulars, and checks the new sheet", async () => {
    const { book, live } = setup();
    await live.start();
    expect(live.getState().sheet).toBeNull();
    live.setParticulars({ agency: "平潭综合实验区", year: 2024 });
    await live.insert();
    const s = live.getState();
    expect(s.sheet?.name).toBe("政府信息公开年报");
    expect(s.notice?.intent).toBe("success");
    expect(s.findings).not.toBeNull();
    // a blank template: tables not filled yet are warnings, no sum error
    expect(s.findings!.filter((f) => f.rule === "MISSING_VALUE")).toHaveLength(3);
    expect(s.findings!.some((f) => f.rule === "T3_ROW_TOTAL")).toBe(false);
    expect(book.sheets).toHaveLength(1);
    live.dispose();
  });

  it("refuses a year that is not four digits, with a message", async () => {
    const { book, live } = setup();
    await live.start();
    live.setParticulars({ year: 24 });
    await live.insert();
    expect(live.getState().notice).toEqual({ intent: "error", text: "年度应为四位数字，如 2025" });
    expect(book.sheets).toHaveLength(0);
  });

  it("a burst of edits costs one read of one sync, and a filled 平潭 report comes out all clear", async () => {
    const { book, live } = setup();
    await live.start();
    live.setParticulars({ agency: "平潭综合实验区", year: 2024 });
    await live.insert();
    const report = pingtanReport(2024);
    const checks = live.getState().checks;
    book.resetCounts();
    for (const ref of ALL_CELLS) {
      const v = getValue(report, ref);
      if (v !== null) book.type("政府信息公开年报", at(refKey(ref)), v);
    }
    for (const s of ["s1", "s5", "s6"] as const) book.type("政府信息公开年报", at(s), report.sections[s]!);
    await until(() => live.getState().checks > checks);
    await wait(100);
    expect(live.getState().checks).toBe(checks + 1);
    expect(book.syncs).toBe(1);
    expect(live.getState().findings).toEqual([]);
    expect(live.getState().checkMs).toBeGreaterThanOrEqual(40);
    live.dispose();
  });

  it("each separate change is one sync; a wrong number is listed and go-to selects its cell", async () => {
    const { book, live } = setup();
    await live.start();
    live.setParticulars({ year: 2024 });
    await live.insert();
    const checks = live.getState().checks;
    book.resetCounts();
    book.type("政府信息公开年报", at("t4.review_upheld"), 1);
    book.type("政府信息公开年报", at("t4.review_corrected"), 1);
    book.type("政府信息公开年报", at("t4.review_other"), 0);
    book.type("政府信息公开年报", at("t4.review_pending"), 0);
    book.type("政府信息公开年报", at("t4.review_total"), 3);
    await until(() => live.getState().checks > checks);
    expect(book.syncs).toBe(1);
    const finding = live.getState().findings!.find((f) => f.rule === "T4_REVIEW_TOTAL")!;
    expect(finding.message).toBe(`表四「行政复议」：总计应为 2（结果维持、结果纠正、其他结果、尚未审结之和），实为 3，差 1（单元格 ${at("t4.review_total")}）`);
    book.resetCounts();
    await live.goTo(finding);
    expect(book.syncs).toBe(1);
    expect(book.selection).toEqual({ sheet: "政府信息公开年报", address: at("t4.review_total") });
    book.type("政府信息公开年报", at("t4.review_total"), 2);
    await until(() => live.getState().checks > checks + 1);
    expect(book.syncs).toBe(2);
    expect(live.getState().findings!.some((f) => f.rule === "T4_REVIEW_TOTAL")).toBe(false);
    live.dispose();
  });

  it.each([true, false])("the add-in's own writes do not start a check (triggerSource %s)", async (triggerSource) => {
    const { book, gateway, live } = setup(triggerSource);
    await live.start();
    live.setParticulars({ year: 2024 });
    await live.insert();
    await wait(150);
    const checks = live.getState().checks;
    book.resetCounts();
    await gateway.appendProse(live.getState().sheet!.id, "s6", "本年度未收取信息处理费。");
    await wait(150);
    expect(live.getState().checks).toBe(checks);
    expect(book.syncs).toBe(2); // the write's own read and write, no check
    live.dispose();
  });

  it("opens on the workbook's own report sheet and says when its layout is damaged", async () => {
    const { book, gateway } = setup();
    const first = new LiveCheck(gateway, { debounceMs: 20 });
    await first.start();
    first.setParticulars({ agency: "某县人民政府", year: 2024 });
    await first.insert();
    first.dispose();
    book.removeName("政府信息公开年报", "XXGK_T4");
    const live = new LiveCheck(gateway, { debounceMs: 20 });
    await live.start();
    const s = live.getState();
    expect(s.particulars).toEqual({ agency: "某县人民政府", year: 2024 });
    expect(s.sheet?.damage.join("")).toMatch(/表四：找不到名称 XXGK_T4/);
    await live.repair();
    expect(live.getState().sheet?.damage).toEqual([]);
    expect(live.getState().notice?.text).toMatch(/已重新绘制模板/);
    live.dispose();
  });

  it("re-watching after insert, sheet switch and repair leaves exactly one live change handler in Excel", async () => {
    const { book, live } = setup();
    await live.start();
    live.setParticulars({ year: 2024 });
    await live.insert();
    expect(book.liveHandlers()).toBe(1);
    await live.insert(); // the same year again: switches to the existing sheet and watches it anew
    expect(book.liveHandlers()).toBe(1);
    live.setParticulars({ year: 2023 });
    await live.insert();
    live.setParticulars({ year: 2024 });
    await live.insert();
    expect(book.liveHandlers()).toBe(1);
    expect(book.sheet("政府信息公开年报")!.handlers.size).toBe(1);
    await live.repair();
    expect(book.liveHandlers()).toBe(1);
    expect(book.sheet("政府信息公开年报（修复前）")!.handlers.size).toBe(0);
    // one edit, one check: no stale handler schedules a second one
    const checks = live.getState().checks;
    book.type("政府信息公开年报", at("t4.review_total"), 3);
    await until(() => live.getState().checks > checks);
    await wait(100);
    expect(live.getState().checks).toBe(checks + 1);
    live.dispose();
    await until(() => book.liveHandlers() === 0);
  });

  it("uses last year's sheet for the cross-year rules, and carries on when it is deleted", async () => {
    const { book, live } = setup();
    await live.start();
    live.setParticulars({ year: 2023 });
    await live.insert();
    book.sheet("政府信息公开年报")!.protected = false;
    book.type("政府信息公开年报", at("t3.carried_forward.natural_person"), 4);
    live.setParticulars({ year: 2024 });
    await live.insert();
    const checks = live.getState().checks;
    book.type("2024年政府信息公开年报", at("t3.carried_over.natural_person"), 5);
    await until(() => live.getState().checks > checks);
    expect(live.getState().findings!.filter((f) => f.rule === "CROSS_YEAR_CARRY").map((f) => f.expected)).toEqual([4]);
    book.sheets.splice(0, 1);
    await live.check();
    expect(live.getState().notice?.intent).not.toBe("error");
    expect(live.getState().findings!.some((f) => f.rule === "CROSS_YEAR_CARRY")).toBe(false);
    live.dispose();
  });
});
