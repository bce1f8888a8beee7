// The ribbon's 插入年报模板 (ExecuteFunction) through the real Office binding (src/excel/office.ts), with
// Excel.run answered by the recording fake: same defaults as the pane, never overwrites, always completes.
import { FakeWorkbook } from "../src/excel/fake-workbook";
import { layoutCellOf } from "../src/layout/report-layout";

type Handler = (event: { completed: () => void }) => Promise<void>;

const minor = (version: string) => Number(version.split(".")[1]);

/** `supported`: every set, none, or the ExcelApi version of the Excel played (e.g. "1.7"). */
function installOffice(book: FakeWorkbook, supported: boolean | string = true): Map<string, Handler> {
  const associated = new Map<string, Handler>();
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: (batch: (ctx: unknown) => Promise<unknown>) => book.run(batch as never) };
  g.Office = {
    onReady: (cb?: () => void) => {
      cb?.();
      return Promise.resolve({ host: "Excel" });
    },
    actions: { associate: (name: string, f: Handler) => associated.set(name, f) },
    context: { requirements: { isSetSupported: (_set: string, v: string) => (typeof supported === "string" ? minor(v) <= minor(supported) : supported) }, platform: "PC" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
  };
  return associated;
}

async function press(handler: Handler): Promise<number> {
  let completed = 0;
  await handler({ completed: () => (completed += 1) });
  return completed;
}

describe("the ribbon command 插入年报模板", () => {
  afterEach(() => jest.resetModules());

  it("inserts last calendar year's template into a new workbook, then activates it instead of redrawing", async () => {
    const book = new FakeWorkbook();
    const associated = installOffice(book);
    await import("../src/commands/commands");
    const handler = associated.get("insertReportTemplate")!;
    expect(handler).toBeDefined();
    expect(await press(handler)).toBe(1);
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(book.runs).toBe(1);
    expect(book.sheets.map((s) => s.name)).toEqual(["政府信息公开年报"]);
    const yearCell = layoutCellOf("year")!.address;
    expect(book.sheets[0].valueAt(yearCell)).toBe(new Date().getFullYear() - 1);
    book.sheets[0].protected = false;
    book.type("政府信息公开年报", layoutCellOf("agency")!.address, "某镇人民政府");
    book.type("政府信息公开年报", layoutCellOf("t4.review_total")!.address, 7);
    book.resetCounts();
    expect(await press(handler)).toBe(1);
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0].valueAt(layoutCellOf("t4.review_total")!.address)).toBe(7);
  });

  it("uses the workbook's earlier answer for the year: the sheet the clerk set to 2023 is reused, no new sheet", async () => {
    const book = new FakeWorkbook();
    const associated = installOffice(book);
    await import("../src/commands/commands");
    const handler = associated.get("insertReportTemplate")!;
    await press(handler);
    book.sheets[0].protected = false;
    book.type("政府信息公开年报", layoutCellOf("agency")!.address, "某镇人民政府");
    book.type("政府信息公开年报", layoutCellOf("year")!.address, 2023);
    await press(handler);
    expect(book.sheets).toHaveLength(1);
    expect(book.active?.name).toBe("政府信息公开年报");
  });

  it("on an Excel of exactly ExcelApi 1.7 inserts the template, leaving out only what needs 1.8/1.9", async () => {
    // the fake fails the sync of any call above 1.7, so this proves every newer call is feature-detected
    const book = new FakeWorkbook({ excelApi: "1.7" });
    const associated = installOffice(book, "1.7");
    await import("../src/commands/commands");
    expect(await press(associated.get("insertReportTemplate")!)).toBe(1);
    expect(book.sheets).toHaveLength(1);
    const sheet = book.sheets[0];
    expect(sheet.protected).toBe(true);
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
    expect(sheet.validations).toHaveLength(0);
    expect(sheet.page.paperSize).toBeUndefined();
  });

  it("on an Excel without ExcelApi 1.7 does nothing to the workbook but still completes", async () => {
    const book = new FakeWorkbook();
    const associated = installOffice(book, false);
    await import("../src/commands/commands");
    expect(await press(associated.get("insertReportTemplate")!)).toBe(1);
    expect(book.sheets).toHaveLength(0);
  });
});
