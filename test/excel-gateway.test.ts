// The gateway against the recording fake of Office.js: insertion, re-insertion, another year, reading
// and checking, go-to-cell, damage and 修复模板, protection, and the change events it listens to.
import { buildReportLayout, layoutCellOf, standardLayout } from "../src/layout/report-layout";
import { createGateway, ExcelGateway, reportValues } from "../src/excel/gateway";
import { FakeOptions, FakeWorkbook } from "./support/fake-workbook";
import { checkReport } from "../src/report/check";
import { ALL_CELLS, getValue, refKey, t3, t4 } from "../src/report/model";
import { pingtanReport, pingtanValues } from "./support/fixtures";

const ALL = { validation: true, pageLayout: true, triggerSource: true };
const NOW = new Date("2026-03-10T09:00:00+08:00").getTime();

function setup(features = ALL, options: FakeOptions = { triggerSource: true }) {
  const book = new FakeWorkbook(options);
  const gateway = createGateway({ run: book.run, features, now: () => Date.now(), quietMs: 200 });
  return { book, gateway };
}

const at = (key: string) => layoutCellOf(key)!.address;

async function insert(gateway: ExcelGateway, agency: string | null, year: number) {
  const result = await gateway.insertTemplate(buildReportLayout({ agency, year }), { agency, year });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/** The clerk types a whole report into the sheet. */
function typeReport(book: FakeWorkbook, sheet: string, report: ReturnType<typeof pingtanValues>): void {
  for (const ref of ALL_CELLS) {
    const v = getValue(report, ref);
    if (v !== null) book.type(sheet, at(refKey(ref)), v);
  }
}

const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

describe("inserting the template", () => {
  it("draws the whole layout into an empty workbook in at most 3 syncs, protected, names on the sheet", async () => {
    const { book, gateway } = setup();
    const layout = buildReportLayout({ agency: "平潭综合实验区管委会", year: 2025 });
    const result = await gateway.insertTemplate(layout, { agency: "平潭综合实验区管委会", year: 2025 });
    expect(result.ok && result.created).toBe(true);
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(book.runs).toBe(1);
    const sheet = book.sheet("政府信息公开年报")!;
    expect(book.active).toBe(sheet);
    expect(sheet.protected).toBe(true);
    expect([...sheet.names.keys()].sort()).toEqual(layout.names.map((n) => n.name).sort());
    expect(book.names.size).toBe(0);
    expect(sheet.merges.sort()).toEqual([...layout.merges].sort());
    expect(sheet.conditionalFormats.map((c) => c.formula)).toEqual([...layout.conditionalFormats].sort((a, b) => a.priority - b.priority).map((c) => `=${c.formula}`));
    expect(sheet.validations).toHaveLength(layout.validations.length);
    // input cells stay free for typing, labels are locked
    expect(sheet.peek(at("t3.granted.total"))!.locked).toBe(false);
    expect(sheet.peek(at("agency"))!.value).toBe("平潭综合实验区管委会");
    expect(sheet.peek("A1")!.formula).toMatch(/^=D\d+&IF\(ISNUMBER/);
    for (const label of ["（一）予以公开", "申请人情况", "行政复议", "第二十条第（八）项"]) {
      expect([...sheet.cells.values()].some((c) => c.value === label)).toBe(true);
    }
    expect(() => book.type("政府信息公开年报", "A5", "x")).toThrow(/受保护/);
    expect(sheet.page.paperSize).toBe("A4");
  });

  it("keeps the count of syncs at 3 however many sheets the workbook holds", async () => {
    const { book, gateway } = setup();
    for (let i = 1; i <= 12; i++) book.addSheet(`数据${i}`).cell("A1").value = i;
    await insert(gateway, "某县人民政府", 2025);
    expect(book.syncs).toBeLessThanOrEqual(3);
  });

  it("activates the existing sheet of the same year instead of overwriting what was typed", async () => {
    const { book, gateway } = setup();
    const first = await insert(gateway, "某县人民政府", 2025);
    book.type(first.sheet.name, at("t3.granted.total"), 42);
    book.addSheet("别的表");
    book.active = book.sheet("别的表")!;
    book.resetCounts();
    const again = await insert(gateway, "某县人民政府", 2025);
    expect(again.created).toBe(false);
    expect(again.sheet.id).toBe(first.sheet.id);
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(book.sheets.map((s) => s.name)).toEqual(["政府信息公开年报", "别的表"]);
    expect(book.active!.name).toBe("政府信息公开年报");
    expect(book.sheet("政府信息公开年报")!.valueAt(at("t3.granted.total"))).toBe(42);
  });

  it("gives another year its own sheet and name", async () => {
    const { book, gateway } = setup();
    await insert(gateway, "某县人民政府", 2025);
    const other = await insert(gateway, "某县人民政府", 2024);
    expect(other.created).toBe(true);
    expect(other.sheet.name).toBe("2024年政府信息公开年报");
    expect(book.sheets).toHaveLength(2);
    const third = await insert(gateway, "某县人民政府", 2024);
    expect(third.created).toBe(false);
  });

  it("recognises a sheet made from the .xlsx template (names at workbook scope) as this year's", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, "某县人民政府", 2025);
    const sheet = book.sheet(made.sheet.name)!;
    for (const [name, ref] of sheet.names) book.names.set(name, ref);
    sheet.names.clear();
    const again = await insert(gateway, null, 2025);
    expect(again.created).toBe(false);
    expect(book.sheets).toHaveLength(1);
  });

  it("on an Excel without ExcelApi 1.8/1.9 still inserts, and says what it left out", async () => {
    // the fake plays an Excel of ExcelApi 1.7: any 1.8/1.9 call left ungated would fail the sync
    const { book, gateway } = setup({ validation: false, pageLayout: false, triggerSource: false }, { excelApi: "1.7" });
    const result = await insert(gateway, null, 2025);
    expect(result.notes.join("")).toMatch(/数据验证/);
    expect(result.notes.join("")).toMatch(/A4/);
    expect(book.sheet(result.sheet.name)!.validations).toHaveLength(0);
    expect(book.sheet(result.sheet.name)!.conditionalFormats.length).toBeGreaterThan(0);
  });
});

describe("particulars", () => {
  it("defaults to the previous calendar year with no agency in a new workbook", async () => {
    const book = new FakeWorkbook();
    const gateway = createGateway({ run: book.run, features: ALL, now: () => NOW });
    const d = await gateway.defaults();
    expect(d.ok && d.particulars).toEqual({ agency: null, year: 2025 });
    expect(d.ok && d.sheets).toEqual([]);
  });

  it("defaults to the workbook's earlier answers", async () => {
    const book = new FakeWorkbook();
    const gateway = createGateway({ run: book.run, features: ALL, now: () => NOW });
    await insert(gateway, "某市生态环境局", 2023);
    await insert(gateway, "某市生态环境局", 2024);
    const d = await gateway.defaults();
    expect(d.ok && d.particulars).toEqual({ agency: "某市生态环境局", year: 2024 });
    expect(d.ok && d.sheets.map((s) => s.year)).toEqual([2023, 2024]);
  });
});

describe("reading and checking", () => {
  it("reads every value of a typed report back in one sync, and the rules agree with the fixture", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, "平潭综合实验区", 2024);
    const expected = pingtanValues(2024);
    typeReport(book, made.sheet.name, expected);
    book.resetCounts();
    const read = await gateway.readReport(made.sheet.id);
    if (!read.ok) throw new Error(read.reason);
    expect(book.syncs).toBe(1);
    for (const ref of ALL_CELLS) expect([refKey(ref), getValue(read.report, ref)]).toEqual([refKey(ref), getValue(expected, ref)]);
    expect(read.report.agency).toBe("平潭综合实验区");
    expect(read.report.year).toBe(2024);
    expect(read.sheet.damage).toEqual([]);
    const errors = checkReport({ report: read.report, format: "2021" }).filter((f) => f.severity === "error" && f.table !== null);
    expect(errors).toEqual([]);
  });

  it("a wrong number is found with its cell address, and go-to-cell selects that cell in one sync", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, "平潭综合实验区", 2024);
    typeReport(book, made.sheet.name, pingtanValues(2024));
    const total = at(refKey(t3("granted", "total")));
    const wrong = (book.sheet(made.sheet.name)!.valueAt(total) as number) + 5;
    book.type(made.sheet.name, total, wrong);
    const read = await gateway.readReport(made.sheet.id);
    if (!read.ok) throw new Error(read.reason);
    const findings = checkReport({ report: read.report, format: "2021" }).filter((f) => f.rule === "T3_ROW_TOTAL");
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toEqual([total]);
    expect(findings[0].message).toContain(`单元格 ${total}`);
    book.resetCounts();
    const sel = await gateway.select(made.sheet.id, refKey(t3("granted", "total")));
    expect(sel.ok).toBe(true);
    expect(book.syncs).toBe(1);
    expect(book.selection).toEqual({ sheet: made.sheet.name, address: total });
  });

  it("text in a count cell is reported as unreadable, not guessed", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, null, 2024);
    book.type(made.sheet.name, at("t4.review_total"), "三");
    const read = await gateway.readReport(made.sheet.id);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report.t4.review_total).toBeNull();
    expect(read.report.meta?.unreadable).toEqual([{ ref: t4("review_total"), text: "三" }]);
  });

  it("reads last year's sheet in the same sync for the cross-year rules", async () => {
    const { book, gateway } = setup();
    const before = await insert(gateway, "平潭综合实验区", 2023);
    const now = await insert(gateway, "平潭综合实验区", 2024);
    typeReport(book, before.sheet.name, pingtanValues(2023));
    typeReport(book, now.sheet.name, pingtanValues(2024));
    book.type(now.sheet.name, at("t3.carried_over.natural_person"), 999);
    book.resetCounts();
    const read = await gateway.readReport(now.sheet.id, before.sheet.id);
    if (!read.ok) throw new Error(read.reason);
    expect(book.syncs).toBe(1);
    const carry = checkReport({ report: read.report, format: "2021", prev: read.prev }).filter((f) => f.rule === "CROSS_YEAR_CARRY");
    expect(carry.map((f) => f.column)).toEqual(["natural_person"]);
  });

  it("a sheet that was deleted gives a reason, not an exception", async () => {
    const { gateway } = setup();
    const read = await gateway.readReport("{no-such-sheet}");
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/读取年报工作表失败/);
  });
});

describe("damage and 修复模板", () => {
  it("rows deleted from table 三 are reported, and repair redraws the sheet keeping every value still there", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, "平潭综合实验区", 2024);
    const values = pingtanValues(2024);
    typeReport(book, made.sheet.name, values);
    const sheet = book.sheet(made.sheet.name)!;
    sheet.protected = false;
    const row = Number(/\d+$/.exec(at("t3.denied_state_secret.total"))![0]);
    book.deleteRows(made.sheet.name, row, row);
    const read = await gateway.readReport(made.sheet.id);
    if (!read.ok) throw new Error(read.reason);
    expect(read.sheet.damage.join("\n")).toMatch(/表三/);
    // the rows that remain are still read beside their labels
    expect(read.report.t3.granted.total).toBe(values.t3.granted.total);
    expect(read.lost.filter((k) => k.startsWith("t3.")).sort()).toEqual(ALL_CELLS.filter((r) => r.table === "t3" && r.row === "denied_state_secret").map(refKey).sort());

    book.resetCounts();
    const repaired = await gateway.repairTemplate(made.sheet.id);
    if (!repaired.ok) throw new Error(repaired.reason);
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(repaired.sheet.name).toBe("政府信息公开年报");
    expect(book.sheet("政府信息公开年报（修复前）")).toBe(sheet);
    expect(sheet.names.size).toBe(0);
    expect(repaired.notes.join("")).toMatch(/7 个单元格的值已找不到/);
    const after = await gateway.readReport(repaired.sheet.id);
    if (!after.ok) throw new Error(after.reason);
    expect(after.sheet.damage).toEqual([]);
    for (const ref of ALL_CELLS) {
      const lost = ref.table === "t3" && ref.row === "denied_state_secret";
      expect([refKey(ref), getValue(after.report, ref)]).toEqual([refKey(ref), lost ? null : getValue(values, ref)]);
    }
    expect(after.report.agency).toBe("平潭综合实验区");
    // the backup is not taken for this year's report: inserting 2024 activates the repaired sheet
    const again = await insert(gateway, null, 2024);
    expect(again.sheet.id).toBe(repaired.sheet.id);
  });

  it("names removed are reported, and repair keeps every value", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, "平潭综合实验区", 2024);
    const report = pingtanReport(2024);
    typeReport(book, made.sheet.name, report);
    book.type(made.sheet.name, at("s6"), report.sections.s6 as string);
    book.removeName(made.sheet.name, "XXGK_T3");
    book.removeName(made.sheet.name, "XXGK_S6");
    const read = await gateway.readReport(made.sheet.id);
    if (!read.ok) throw new Error(read.reason);
    expect(read.sheet.damage.join("\n")).toMatch(/表三：找不到名称 XXGK_T3/);
    expect(read.sheet.damage.join("\n")).toMatch(/五|六/);
    expect(read.lost).toEqual([]);
    const repaired = await gateway.repairTemplate(made.sheet.id);
    if (!repaired.ok) throw new Error(repaired.reason);
    const after = await gateway.readReport(repaired.sheet.id);
    if (!after.ok) throw new Error(after.reason);
    expect(after.sheet.damage).toEqual([]);
    for (const ref of ALL_CELLS) expect(getValue(after.report, ref)).toBe(getValue(report, ref));
    expect(after.report.sections.s6).toBe(report.sections.s6);
  });
});

describe("protection and own writes", () => {
  it("writing into a protected sheet unprotects and re-protects in the same batch", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, "平潭综合实验区", 2024);
    expect(book.sheet(made.sheet.name)!.protected).toBe(true);
    book.resetCounts();
    const report = pingtanValues(2024);
    const keys = standardLayout().sheet.cells.filter((c) => c.key).map((c) => c.key!);
    const done = await gateway.writeValues(2024, reportValues(report, keys), () => buildReportLayout());
    expect(done.ok).toBe(true);
    expect(book.runs).toBe(1);
    expect(book.syncs).toBeLessThanOrEqual(3);
    const log = book.log.filter((l) => /protect|^values/.test(l));
    expect(log[0]).toBe("unprotect");
    expect(log[log.length - 1]).toBe("protect");
    expect(book.sheet(made.sheet.name)!.protected).toBe(true);
    const read = await gateway.readReport(made.sheet.id);
    expect(read.ok && read.report.t3.results_total.total).toBe(report.t3.results_total.total);
  });

  it("re-protects with the clerk's own protection options, loaded in the same sync as the protection state", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, "平潭综合实验区", 2024);
    const clerks = { allowSort: true, allowAutoFilter: true, allowInsertRows: true, allowFormatCells: true, selectionMode: "Unlocked" };
    book.protectSheet(made.sheet.name, clerks);
    const before = { ...book.sheet(made.sheet.name)!.protectionOptions };
    expect(before).toMatchObject(clerks);
    book.resetCounts();
    const keys = standardLayout().sheet.cells.filter((c) => c.key).map((c) => c.key!);
    const done = await gateway.writeValues(2024, reportValues(pingtanValues(2024), keys), () => buildReportLayout());
    expect(done.ok).toBe(true);
    expect(book.syncs).toBe(3);
    expect(book.sheet(made.sheet.name)!.protected).toBe(true);
    expect(book.sheet(made.sheet.name)!.protectionOptions).toEqual(before);
    book.resetCounts();
    const appended = await gateway.appendProse(made.sheet.id, "s6", "本年度未收取信息处理费。");
    expect(appended.ok).toBe(true);
    expect(book.syncs).toBe(2);
    expect(book.sheet(made.sheet.name)!.protectionOptions).toEqual(before);
  });

  it("a sheet protected with a password gets a plain Chinese message, and nothing is written", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, "平潭综合实验区", 2024);
    book.protectSheet(made.sheet.name, { allowFormatColumns: true }, "秘密");
    const keys = standardLayout().sheet.cells.filter((c) => c.key).map((c) => c.key!);
    const done = await gateway.writeValues(2024, reportValues(pingtanValues(2024), keys), () => buildReportLayout());
    expect(done).toEqual({ ok: false, reason: "工作表设置了密码保护，请先在“审阅”中撤销保护" });
    const appended = await gateway.appendProse(made.sheet.id, "s6", "本年度未收取信息处理费。");
    expect(appended).toEqual({ ok: false, reason: "工作表设置了密码保护，请先在“审阅”中撤销保护" });
    const sheet = book.sheet(made.sheet.name)!;
    expect(sheet.protected).toBe(true);
    expect(sheet.valueAt(at("t3.results_total.total"))).toBeNull();
    expect(sheet.valueAt(at("s6"))).toBeNull();
  });

  it("leaves an unprotected sheet unprotected (and never protects twice)", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, null, 2024);
    book.sheet(made.sheet.name)!.protected = false;
    book.resetCounts();
    const done = await gateway.appendProse(made.sheet.id, "s6", "本年度未收取信息处理费。");
    expect(done.ok).toBe(true);
    expect(book.log.some((l) => /protect/.test(l))).toBe(false);
    await gateway.appendProse(made.sheet.id, "s6", "第二段。");
    expect(book.sheet(made.sheet.name)!.valueAt(at("s6"))).toBe("本年度未收取信息处理费。\n第二段。");
  });

  it("stop() removes the change handler from Excel, in a batch on the context that added it", async () => {
    const { book, gateway } = setup();
    const made = await insert(gateway, null, 2024);
    const heard: string[] = [];
    const first = await gateway.onReportChanged(made.sheet.id, (a) => heard.push(a));
    if (!first.ok) throw new Error(first.reason);
    expect(book.liveHandlers()).toBe(1);
    book.resetCounts();
    await first.stop();
    expect(book.liveHandlers()).toBe(0);
    expect(book.log).toEqual(["onChanged.remove"]);
    expect(book.syncs).toBe(1);
    await first.stop(); // twice is harmless and costs nothing
    expect(book.syncs).toBe(1);
    const second = await gateway.onReportChanged(made.sheet.id, (a) => heard.push(a));
    expect(second.ok).toBe(true);
    expect(book.liveHandlers()).toBe(1);
    await settle(250);
    book.type(made.sheet.name, at("t4.review_total"), 3);
    await settle();
    expect(heard).toEqual([at("t4.review_total")]);
  });

  it.each([true, false])("hears the clerk's edits but not its own writes (triggerSource %s)", async (triggerSource) => {
    const { book, gateway } = setup({ ...ALL, triggerSource }, { triggerSource });
    const made = await insert(gateway, null, 2024);
    await settle(250);
    const heard: string[] = [];
    const sub = await gateway.onReportChanged(made.sheet.id, (a) => heard.push(a));
    expect(sub.ok).toBe(true);
    await gateway.appendProse(made.sheet.id, "s1", "主动公开情况。");
    await settle();
    expect(heard).toEqual([]);
    await settle(250);
    book.type(made.sheet.name, at("t4.review_total"), 3);
    await settle();
    expect(heard).toEqual([at("t4.review_total")]);
  });
});
