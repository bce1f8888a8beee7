// The ribbon's 插入年报模板 (ExecuteFunction) through the real Office binding (src/excel/office.ts), with
// Excel.run answered by the recording fake: same defaults as the pane, never overwrites, always completes.
import { FakeWorkbook } from "./support/fake-workbook";
import { layoutCellOf } from "../src/layout/report-layout";

type Handler = (event: { completed: () => void }) => Promise<void>;

const minor = (version: string) => Number(version.split(".")[1]);

/** An Office dialog as displayDialogAsync hands it out; the test plays the clerk on it. */
interface FakeDialog {
  url: URL;
  options: unknown;
  closed: boolean;
  handlers: Map<string, (arg: unknown) => void>;
  close(): void;
  addEventHandler(type: string, handler: (arg: unknown) => void): void;
}

interface FakeOffice {
  associated: Map<string, Handler>;
  dialogs: FakeDialog[];
}

/**
 * `supported`: every ExcelApi set, none, or the version of the Excel played (e.g. "1.7");
 * `dialogApi`: whether the host has DialogApi 1.1.
 */
function installOffice(book: FakeWorkbook, supported: boolean | string = true, dialogApi = true): FakeOffice {
  const associated = new Map<string, Handler>();
  const dialogs: FakeDialog[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: (batch: (ctx: unknown) => Promise<unknown>) => book.run(batch as never) };
  g.location = { href: "https://reports.example.gov.cn/xxgk/commands.html" };
  g.Office = {
    onReady: (cb?: () => void) => {
      cb?.();
      return Promise.resolve({ host: "Excel" });
    },
    actions: { associate: (name: string, f: Handler) => associated.set(name, f) },
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) =>
          set === "DialogApi" ? dialogApi : typeof supported === "string" ? minor(v) <= minor(supported) : supported,
      },
      platform: "PC",
      ui: {
        displayDialogAsync: (url: string, options: unknown, callback: (r: { status: string; value: FakeDialog }) => void) => {
          const dialog: FakeDialog = {
            url: new URL(url),
            options,
            closed: false,
            handlers: new Map(),
            close: () => void (dialog.closed = true),
            addEventHandler: (type, handler) => void dialog.handlers.set(type, handler),
          };
          dialogs.push(dialog);
          setTimeout(() => callback({ status: "succeeded", value: dialog }), 0);
        },
      },
    },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  };
  return { associated, dialogs };
}

async function press(handler: Handler): Promise<number> {
  let completed = 0;
  await handler({ completed: () => (completed += 1) });
  return completed;
}

const tick = () => new Promise((r) => setTimeout(r, 5));

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await tick();
  if (!cond()) throw new Error("timed out waiting");
}

/** Presses the button, waits for the dialog, checks the command is still open, then clicks 关闭 (or ✕). */
async function pressAndClose(office: FakeOffice, how: "button" | "x" = "button"): Promise<{ text: string; dialog: FakeDialog; completed: number }> {
  let completed = 0;
  const running = office.associated.get("insertReportTemplate")!({ completed: () => (completed += 1) });
  await until(() => office.dialogs.length > 0 && office.dialogs[0].handlers.size === 2);
  const dialog = office.dialogs[0];
  await tick();
  expect(completed).toBe(0); // the command stays open while the message is shown
  if (how === "button") dialog.handlers.get("dialogMessageReceived")!({ message: "close" });
  else dialog.handlers.get("dialogEventReceived")!({ error: 12006 });
  await running;
  return { text: dialog.url.searchParams.get("text")!, dialog, completed };
}

describe("the ribbon command 插入年报模板", () => {
  afterEach(() => jest.resetModules());

  it("inserts last calendar year's template into a new workbook, then activates it instead of redrawing", async () => {
    const book = new FakeWorkbook();
    const { associated, dialogs } = installOffice(book);
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
    // success, and "already there, switched to it", show themselves: no dialog
    expect(dialogs).toEqual([]);
  });

  it("uses the workbook's earlier answer for the year: the sheet the clerk set to 2023 is reused, no new sheet", async () => {
    const book = new FakeWorkbook();
    const { associated } = installOffice(book);
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
    const { associated, dialogs } = installOffice(book, "1.7");
    await import("../src/commands/commands");
    expect(await press(associated.get("insertReportTemplate")!)).toBe(1);
    expect(book.sheets).toHaveLength(1);
    const sheet = book.sheets[0];
    expect(sheet.protected).toBe(true);
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
    expect(sheet.validations).toHaveLength(0);
    expect(sheet.page.paperSize).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("on an Excel without ExcelApi 1.7 changes nothing and says so in a dialog; completes once 关闭 is clicked", async () => {
    const book = new FakeWorkbook();
    const office = installOffice(book, false);
    await import("../src/commands/commands");
    const { text, dialog, completed } = await pressAndClose(office);
    expect(book.sheets).toHaveLength(0);
    expect(text).toMatch(/^此版本 Excel 过旧：年报助手需要 Excel JavaScript API 1\.7 以上/);
    expect(dialog.url.origin + dialog.url.pathname).toBe("https://reports.example.gov.cn/xxgk/message.html");
    expect(dialog.options).toMatchObject({ displayInIframe: true });
    expect(dialog.closed).toBe(true);
    expect(completed).toBe(1);
  });

  it("in an English Office (Office.context.displayLanguage) the dialog speaks English; Excel's own reason passes as it comes", async () => {
    const book = new FakeWorkbook();
    const office = installOffice(book, false);
    const g = globalThis as unknown as { Office: { context: { displayLanguage?: string } } };
    g.Office.context.displayLanguage = "en-GB";
    await import("../src/commands/commands");
    const old = await pressAndClose(office);
    expect(old.text).toMatch(/^This version of Excel is too old: The assistant needs Excel JavaScript API 1\.7 or later/);
    expect(old.dialog.url.searchParams.get("lang")).toBe("en-US");
    expect(old.completed).toBe(1);

    jest.resetModules();
    const failing = installOffice(book);
    g.Office.context.displayLanguage = "en-US";
    (globalThis as unknown as { Excel: unknown }).Excel = { run: () => Promise.reject(new Error("GeneralException: 工作簿结构受保护")) };
    await import("../src/commands/commands");
    // the gateway's reason (Chinese, as every message about the workbook) in a dialog whose own words are English
    const failed = await pressAndClose(failing);
    expect(failed.text).toBe("插入年报模板失败：GeneralException: 工作簿结构受保护");
    expect(failed.dialog.url.searchParams.get("lang")).toBe("en-US");
  });

  it("a failed insertion is said in the dialog with Excel's reason; closing it with ✕ also completes, once", async () => {
    const book = new FakeWorkbook();
    const office = installOffice(book);
    (globalThis as unknown as { Excel: unknown }).Excel = { run: () => Promise.reject(new Error("GeneralException: 工作簿结构受保护")) };
    await import("../src/commands/commands");
    const { text, completed } = await pressAndClose(office, "x");
    expect(text).toBe("插入年报模板失败：GeneralException: 工作簿结构受保护");
    expect(completed).toBe(1);
    expect(book.sheets).toHaveLength(0);
  });

  it("where the host has no DialogApi 1.1 it still completes at once, once", async () => {
    const book = new FakeWorkbook();
    const { associated, dialogs } = installOffice(book, false, false);
    await import("../src/commands/commands");
    expect(await press(associated.get("insertReportTemplate")!)).toBe(1);
    expect(dialogs).toEqual([]);
    expect(book.sheets).toHaveLength(0);
  });

  it("a dialog that cannot open (another is already open) does not hold the command", async () => {
    const book = new FakeWorkbook();
    const { associated } = installOffice(book, false);
    const ui = (globalThis as unknown as { Office: { context: { ui: Record<string, unknown> } } }).Office.context.ui;
    ui.displayDialogAsync = (_url: string, _o: unknown, callback: (r: { status: string; error: { code: number } }) => void) => setTimeout(() => callback({ status: "failed", error: { code: 12007 } }), 0);
    await import("../src/commands/commands");
    expect(await press(associated.get("insertReportTemplate")!)).toBe(1);
  });
});
