// The export and import panels' hosts on the gateway and the recording fake: 导入已有年报 fills the
// sheet of its year, 导入上年年报 keeps last year's report and writes its 结转 into this year's 上年结转,
// 插入到新工作表 adds a sheet under a free name, and prose is appended, never overwritten.
import { buildReportLayout, layoutCellOf } from "../src/layout/report-layout";
import { createGateway } from "../src/excel/gateway";
import { applyImport } from "../src/taskpane/import/import-preview";
import { excelExportHost, excelImportHost, PaneFocus } from "../src/excel/hosts";
import { FakeWorkbook } from "./support/fake-workbook";
import { T3_COLUMN_KEYS } from "../src/report/format";
import { ALL_CELLS, getValue, parseRefKey, refKey, setValue } from "../src/report/model";
import { pingtanReport } from "./support/fixtures";

const at = (key: string) => layoutCellOf(key)!.address;

function setup() {
  const book = new FakeWorkbook({ triggerSource: true });
  const gateway = createGateway({ run: book.run, features: { validation: true, pageLayout: true, triggerSource: true } });
  let current: string | null = null;
  const written: { id: string; year: number | null }[] = [];
  const focus: PaneFocus = { sheetId: () => current, written: (s) => written.push(s) };
  const client = { copy: async () => undefined, canDownload: false, download: () => undefined };
  return { book, gateway, focus, written, setCurrent: (id: string) => (current = id), exportHost: excelExportHost(gateway, focus, client), importHost: excelImportHost(gateway, focus) };
}

describe("the import host", () => {
  it("导入已有年报 fills this year's existing sheet with every value and the prose", async () => {
    const { book, gateway, importHost, written } = setup();
    const made = await gateway.insertTemplate(buildReportLayout({ agency: null, year: 2024 }), { agency: null, year: 2024 });
    if (!made.ok) throw new Error(made.reason);
    const report = pingtanReport(2024);
    await importHost.writeReport(report);
    expect(book.sheets).toHaveLength(1);
    expect(written).toEqual([expect.objectContaining({ id: made.sheet.id, year: 2024 })]);
    const sheet = book.sheet(made.sheet.name)!;
    for (const ref of ALL_CELLS) expect([refKey(ref), sheet.valueAt(at(refKey(ref)))]).toEqual([refKey(ref), getValue(report, ref)]);
    expect(sheet.valueAt(at("s1"))).toBe(report.sections.s1);
    expect(sheet.valueAt(at("agency"))).toBe("平潭综合实验区");
    expect(sheet.protected).toBe(true);
  });

  it("导入已有年报 of a year with no sheet draws a filled one", async () => {
    const { book, importHost } = setup();
    await importHost.writeReport(pingtanReport(2022));
    expect(book.sheets.map((s) => s.name)).toEqual(["政府信息公开年报"]);
    expect(book.sheets[0].valueAt(at("t3.results_total.total"))).toBe(pingtanReport(2022).t3.results_total.total);
  });

  it("导入上年年报 keeps last year's sheet and carries 结转下年度 into this year's 上年结转", async () => {
    const { book, importHost, written } = setup();
    const prev = pingtanReport(2023);
    await importHost.writePrevious(prev);
    expect(book.sheets.map((s) => s.name)).toEqual(["政府信息公开年报", "2024年政府信息公开年报"]);
    const now = book.sheet("2024年政府信息公开年报")!;
    for (const c of T3_COLUMN_KEYS) expect(now.valueAt(at(`t3.carried_over.${c}`))).toBe(prev.t3.carried_forward[c]);
    expect(now.valueAt(at("t3.new_received.total"))).toBeNull();
    expect(book.sheet("政府信息公开年报")!.valueAt(at("t3.carried_forward.total"))).toBe(prev.t3.carried_forward.total);
    expect(written.map((w) => w.year)).toEqual([2024]);
  });

  it("text Excel would read as a formula, a number or a boolean goes in as the same text (existing sheet and a new one)", async () => {
    // a lone "-" is how many reports write 无; Office.js would read it as a formula and fail the whole batch
    const report = structuredClone(pingtanReport(2024));
    const texts = new Map([ALL_CELLS[0], ALL_CELLS[60], ALL_CELLS[150]].map((ref, i) => [refKey(ref), ["-", "1,234", "TRUE"][i]]));
    for (const key of texts.keys()) setValue(report, parseRefKey(key)!, null);
    report.meta = { ...report.meta, unreadable: [...texts].map(([key, text]) => ({ ref: parseRefKey(key)!, text })) };
    report.agency = "=HYPERLINK(1)";
    report.sections = { ...report.sections, s1: "-2024年无新增", s5: "+1 件" };
    for (const existing of [true, false]) {
      const { book, gateway, importHost } = setup();
      if (existing) await gateway.insertTemplate(buildReportLayout({ agency: null, year: 2024 }), { agency: null, year: 2024 });
      await importHost.writeReport(report);
      const sheet = book.sheets[0];
      for (const [key, text] of texts) expect([existing, key, sheet.valueAt(at(key))]).toEqual([existing, key, text]);
      expect(sheet.valueAt(at("agency"))).toBe("=HYPERLINK(1)");
      expect(sheet.peek(at("agency"))!.formula).toBeUndefined();
      expect(sheet.valueAt(at("s1"))).toBe("-2024年无新增");
      expect(sheet.valueAt(at("s5"))).toBe("+1 件");
    }
  });

  it("a value the imported report does not give clears what the cell held before (null is never left to Excel, which would keep the old number)", async () => {
    const { book, gateway, importHost } = setup();
    const made = await gateway.insertTemplate(buildReportLayout({ agency: null, year: 2024 }), { agency: null, year: 2024 });
    if (!made.ok) throw new Error(made.reason);
    const report = structuredClone(pingtanReport(2024));
    const key = refKey(ALL_CELLS[5]);
    book.sheets[0].protected = false;
    book.type(made.sheet.name, at(key), 99);
    book.sheets[0].protected = true;
    setValue(report, ALL_CELLS[5], null);
    await importHost.writeReport(report);
    expect(book.sheets[0].valueAt(at(key))).toBeNull();
  });

  it("prose longer than a cell holds is held back with a notice giving its length, and everything else is written (existing sheet and a new one)", async () => {
    const report = structuredClone(pingtanReport(2024));
    const long = `${report.sections.s1}\n${"本机关持续推进政务公开。".repeat(3400)}`;
    expect(long.length).toBeGreaterThan(32767);
    report.sections = { ...report.sections, s1: long };
    for (const existing of [true, false]) {
      const { book, gateway, importHost } = setup();
      if (existing) {
        const made = await gateway.insertTemplate(buildReportLayout({ agency: null, year: 2024 }), { agency: null, year: 2024 });
        if (!made.ok) throw new Error(made.reason);
        book.sheets[0].protected = false;
        book.type(made.sheet.name, at("s1"), "原来的总体情况。");
        book.sheets[0].protected = true;
      }
      const notes = await applyImport(importHost, "report", report);
      expect(notes).toEqual([`「一、总体情况」共 ${long.length.toLocaleString("en-US")} 字，超过 Excel 单元格的上限 32,767 字，这一部分未写入；请删减到 32,767 字以内后再写入。`]);
      const sheet = book.sheets[0];
      expect(book.sheets).toHaveLength(1);
      for (const ref of ALL_CELLS) expect([existing, refKey(ref), sheet.valueAt(at(refKey(ref)))]).toEqual([existing, refKey(ref), getValue(report, ref)]);
      expect(sheet.valueAt(at("s5"))).toBe(report.sections.s5);
      expect(sheet.valueAt(at("s6"))).toBe(report.sections.s6);
      expect(sheet.valueAt(at("s1"))).toBe(existing ? "原来的总体情况。" : null);
    }
  });

  it("导入上年年报 with over-long prose still keeps last year's numbers and carries 结转, and says what it held back", async () => {
    const { book, importHost } = setup();
    const prev = structuredClone(pingtanReport(2023));
    prev.sections = { ...prev.sections, s6: "其他事项。".repeat(7000) };
    const notes = await applyImport(importHost, "previous", prev);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^「六、其他需要报告的事项」共 35,000 字，超过 Excel 单元格的上限 32,767 字/);
    expect(book.sheet("政府信息公开年报")!.valueAt(at("t3.carried_forward.total"))).toBe(prev.t3.carried_forward.total);
    expect(book.sheet("2024年政府信息公开年报")!.valueAt(at("t3.carried_over.total"))).toBe(prev.t3.carried_forward.total);
  });

  it("a report without a year is refused with a reason, and nothing is written", async () => {
    const { book, importHost } = setup();
    const report = { ...pingtanReport(2023), year: null };
    await expect(importHost.writeReport(report)).rejects.toThrow(/没有年度/);
    await expect(importHost.writePrevious(report)).rejects.toThrow(/没有年度/);
    expect(book.sheets).toHaveLength(0);
  });
});

describe("the export host", () => {
  it("inserts a printable sheet under a free name and appends prose to the current report", async () => {
    const { book, gateway, exportHost, setCurrent } = setup();
    const made = await gateway.insertTemplate(buildReportLayout({ agency: null, year: 2024 }), { agency: null, year: 2024 });
    if (!made.ok) throw new Error(made.reason);
    await expect(exportHost.appendProse("s1", "x")).rejects.toThrow(/请先插入或打开年报工作表/);
    setCurrent(made.sheet.id);
    const printable = { ...buildReportLayout({ agency: null, year: 2024 }), sheetName: "年报（打印）" };
    expect(await exportHost.insertSheet(printable)).toBe("年报（打印）");
    expect(await exportHost.insertSheet(printable)).toBe("年报（打印）（2）");
    await exportHost.appendProse("s1", "本年度共收到申请 5 件。");
    await exportHost.appendProse("s1", "均已按期答复。");
    expect(book.sheet(made.sheet.name)!.valueAt(at("s1"))).toBe("本年度共收到申请 5 件。\n均已按期答复。");
    expect(exportHost.canDownload).toBe(false);
  });

  it("appending a paragraph that would take the section past 32,767 characters is refused with its length and the limit, the cell unchanged", async () => {
    const { book, gateway, exportHost, setCurrent } = setup();
    const made = await gateway.insertTemplate(buildReportLayout({ agency: null, year: 2024 }), { agency: null, year: 2024 });
    if (!made.ok) throw new Error(made.reason);
    setCurrent(made.sheet.id);
    const before = "总体情况。".repeat(6500);
    await exportHost.appendProse("s1", before);
    await expect(exportHost.appendProse("s1", "本年度共收到申请 5 件。".repeat(200))).rejects.toThrow(
      "加上这段文字后，「一、总体情况」共 35,101 字，超过 Excel 单元格的上限 32,767 字，未写入；请先删减这一部分的文字。",
    );
    expect(book.sheet(made.sheet.name)!.valueAt(at("s1"))).toBe(before);
  });
});
