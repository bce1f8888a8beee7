// The Excel gateway: the only place that talks to the workbook. Each function does one whole job in one
// Excel.run, and its context.sync() calls are counted here: reading the report costs one, inserting the
// template at most three, whatever the workbook holds. Errors come back as values with a Chinese reason.
import { buildReportLayout, NAME_PREFIX } from "../layout/report-layout";
import { valueForKey } from "../layout/fill";
import type { SheetLayout } from "../layout/types";
import { T3_COLUMN_KEYS } from "../report/format";
import { refKey, Report, t3 } from "../report/model";
import { sheetOf } from "./address";
import { drawLayout } from "./draw";
import { literal } from "./literal";
import { appendTooLongReason, layoutWithinLimit, tooLong, valuesWithinLimit } from "./cell-limit";
import { BACKUP_SUFFIX, gridAddress, isReportSheet, locate, Located, reportOf, SheetSnapshot, valuesOf } from "./locate";
import type { Runner, XContext, XNamedItemCollection, XProtectionOptions, XWorksheet, XWorksheetChangedEventArgs } from "./office-types";
import { FeatureSupport, MISSING_FEATURE_ZH, OptionalFeature } from "./requirements";

export interface Particulars {
  agency: string | null;
  year: number;
}

export interface ReportSheetInfo {
  id: string;
  name: string;
  agency: string | null;
  year: number | null;
  /** Chinese, one line per damaged block */
  damage: string[];
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; reason: string };

export type InsertOutcome = Outcome<{ sheet: ReportSheetInfo; created: boolean; notes: string[] }>;

export interface ReadResult {
  sheet: ReportSheetInfo;
  report: Report;
  /** last year's report when the workbook holds its sheet too */
  prev: Report | null;
  /** keys whose cell could not be found (damaged layout) */
  lost: string[];
}

export interface Defaults {
  particulars: Particulars;
  sheets: ReportSheetInfo[];
}

export interface ExcelGateway {
  readonly features: FeatureSupport;
  /** The workbook's report sheets and the particulars to offer: the latest sheet's, else last calendar year. */
  defaults(): Promise<Outcome<Defaults>>;
  /** Draws the layout as a new sheet, or activates the sheet that already holds this year. */
  insertTemplate(layout: SheetLayout, particulars: Particulars): Promise<InsertOutcome>;
  /** The ribbon's one click: the same defaults as the pane, decided inside the same batch (3 syncs in all). */
  insertWithDefaults(layoutFor: (particulars: Particulars) => SheetLayout): Promise<InsertOutcome>;
  /** One sync: the report on a sheet (by id), with last year's when its sheet is known. */
  readReport(sheetId: string, prevSheetId?: string | null): Promise<Outcome<ReadResult>>;
  /** Selects the cell of a value (refKey) or an address on the sheet. */
  select(sheetId: string, keyOrAddress: string): Promise<Outcome<{ address: string }>>;
  /** Calls back on the clerk's edits to the sheet, not on the add-in's own; stop() removes the handler from Excel. */
  onReportChanged(sheetId: string, callback: (address: string) => void): Promise<Outcome<{ stop: () => Promise<void> }>>;
  /** Redraws a damaged sheet: the original is kept renamed, a fresh sheet gets every value still found. */
  repairTemplate(sheetId: string): Promise<InsertOutcome>;
  /** Writes values (by key) into the report sheet of `year`, creating it when absent. */
  writeValues(year: number, values: Map<string, string | number | null>, fallback: () => SheetLayout): Promise<InsertOutcome>;
  /** A new sheet drawn from a layout under a free name (the printable report); returns its name. */
  insertSheet(layout: SheetLayout): Promise<Outcome<{ name: string }>>;
  /** Appends a paragraph to a prose section on the sheet. */
  appendProse(sheetId: string, section: "s1" | "s5" | "s6", text: string): Promise<Outcome<{ address: string }>>;
}

export interface GatewayOptions {
  run: Runner;
  features: FeatureSupport;
  now?: () => number;
  /** own edits arrive as change events after the batch; without triggerSource they are recognised by time */
  quietMs?: number;
}

interface SheetState {
  sheet: XWorksheet;
  id: string;
  name: string;
  protected: boolean;
  /** the sheet's own protection options, given back when it is protected again after a write */
  protectionOptions: XProtectionOptions;
  snapshot: SheetSnapshot;
}

export const PASSWORD_PROTECTED_ZH = "工作表设置了密码保护，请先在“审阅”中撤销保护";

/** Excel refused unprotect(): the clerk protected the sheet with a password. */
function unprotectRefused(err: unknown): boolean {
  const location = (err as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation ?? "";
  return /WorksheetProtection\.unprotect/i.test(location);
}

const failed = (err: unknown, what: string): { ok: false; reason: string } =>
  unprotectRefused(err)
    ? { ok: false, reason: PASSWORD_PROTECTED_ZH }
    : { ok: false, reason: `${what}失败：${err instanceof Error ? err.message : String(err)}` };

function infoOf(state: { id: string; name: string; snapshot: SheetSnapshot }, located: Located, report: Report): ReportSheetInfo {
  return { id: state.id, name: state.name, agency: report.agency, year: report.year, damage: located.damage };
}

type NameList = { name: string; value: unknown }[];
const listOf = (names: XNamedItemCollection): NameList => names.items.map((n) => ({ name: n.name, value: n.value }));

/** Names of the whole workbook that point at a sheet, merged under the sheet's own (sheet scope wins). */
function namesFor(sheetName: string, own: NameList, book: NameList): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of book) {
    const v = String(n.value ?? "");
    if (sheetOf(v) === sheetName) out.set(n.name.toUpperCase(), v);
  }
  for (const n of own) out.set(n.name.toUpperCase(), String(n.value ?? ""));
  return out;
}

/**
 * Queues the loads a snapshot of `sheet` needs: its names and its grid (no sync). The workbook's names are
 * loaded by the caller, once per batch. After the caller's sync, the result builds the snapshot; the sheet's
 * name must be loaded by then.
 */
function queueSnapshot(sheet: XWorksheet): (book: NameList) => SheetSnapshot {
  sheet.names.load("items/name,items/value");
  const grid = sheet.getRange(gridAddress());
  grid.load("values");
  return (book) => ({ name: sheet.name, names: namesFor(sheet.name, listOf(sheet.names), book), grid: grid.values });
}

/** "2025年政府信息公开年报", then "（2）"… — a sheet name not yet taken (Excel allows 31 characters). */
export function freeSheetName(base: string, year: number | null, taken: readonly string[]): string {
  const candidates = [base, ...(year !== null ? [`${year}年${base}`] : [])];
  for (const c of candidates) if (!taken.includes(c)) return c.slice(0, 31);
  const stem = candidates[candidates.length - 1];
  for (let i = 2; ; i++) {
    const c = `${stem}（${i}）`;
    if (!taken.includes(c)) return c.slice(0, 31);
  }
}

export function createGateway(options: GatewayOptions): ExcelGateway {
  const { run, features } = options;
  const now = options.now ?? (() => Date.now());
  const quietMs = options.quietMs ?? 600;
  const lastLocated = new Map<string, Located>();
  let ownWrites = 0;
  let ownWriteEnded = -Infinity;

  async function own<T>(job: () => Promise<T>): Promise<T> {
    ownWrites += 1;
    try {
      return await job();
    } finally {
      ownWrites -= 1;
      ownWriteEnded = now();
    }
  }

  /** A job that failed in Excel (or on a password) comes back as a reason: 「${what}失败：…」. */
  async function attempt<T>(what: string, job: () => Promise<T>): Promise<T | { ok: false; reason: string }> {
    try {
      return await job();
    } catch (err) {
      return failed(err, what);
    }
  }
  /** One batch that reads only. */
  const reading = <T>(what: string, batch: (ctx: XContext) => Promise<T>) => attempt(what, () => run(batch));
  /** One batch that writes: its change events are the add-in's own, not the clerk's. */
  const writing = <T>(what: string, batch: (ctx: XContext) => Promise<T>) => attempt(what, () => own(() => run(batch)));

  /** Two syncs: the sheets, then each sheet's names, protection and values. */
  async function snapshotAll(ctx: XContext): Promise<SheetState[]> {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/id");
    ctx.workbook.names.load("items/name,items/value");
    await ctx.sync();
    const book = listOf(ctx.workbook.names);
    const pending = sheets.items.map((sheet) => {
      sheet.protection.load("protected,options");
      return { sheet, snapshot: queueSnapshot(sheet) };
    });
    await ctx.sync();
    return pending.map(({ sheet, snapshot }) => stateOf(sheet, snapshot(book)));
  }

  /** A sheet whose protection was loaded, with its snapshot. */
  function stateOf(sheet: XWorksheet, snapshot: SheetSnapshot): SheetState {
    return { sheet, id: sheet.id, name: sheet.name, protected: sheet.protection.protected, protectionOptions: sheet.protection.options, snapshot };
  }

  function reportSheets(states: SheetState[]): { state: SheetState; located: Located; report: Report }[] {
    return states
      .filter((s) => isReportSheet(s.snapshot))
      .map((state) => {
        const located = locate(state.snapshot);
        lastLocated.set(state.id, located);
        return { state, located, report: reportOf(state.snapshot, located) };
      });
  }

  function noteText(notes: OptionalFeature[]): string[] {
    return notes.map((n) => MISSING_FEATURE_ZH[n]).filter((s) => s !== "");
  }

  /** Queues a new sheet drawn from the layout, protected as the layout asks, activated. */
  function queueNewSheet(ctx: XContext, name: string, layout: SheetLayout): { sheet: XWorksheet; notes: string[] } {
    const sheet = ctx.workbook.worksheets.add(name);
    const notes = drawLayout(sheet, layout, features) as OptionalFeature[];
    if (layout.protection.enabled) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    sheet.activate();
    sheet.load("id,name");
    return { sheet, notes: noteText(notes) };
  }

  /** Queues values into located cells; unprotects and re-protects in the same batch when needed. */
  function queueWrites(state: SheetState, located: Located, values: Map<string, string | number | null>): string[] {
    const missing: string[] = [];
    if (state.protected) state.sheet.protection.unprotect();
    for (const [key, value] of values) {
      const where = located.at.get(key);
      if (!where) {
        missing.push(key);
        continue;
      }
      state.sheet.getRange(where).values = [[value === null ? "" : literal(value)]];
    }
    if (state.protected) state.sheet.protection.protect(state.protectionOptions);
    return missing;
  }

  /** The particulars to offer: the latest report sheet's, else last calendar year with no agency. */
  function defaultsOf(found: { report: Report }[]): Particulars {
    const latest = [...found].filter((f) => f.report.year !== null).sort((a, b) => b.report.year! - a.report.year!)[0] ?? found[0];
    return { agency: latest?.report.agency ?? null, year: latest?.report.year ?? new Date(now()).getFullYear() - 1 };
  }

  /** The third sync of an insertion: activate this year's sheet, or draw a new one. */
  async function insertIn(ctx: XContext, states: SheetState[], layoutFor: (p: Particulars) => SheetLayout, particulars: Particulars): Promise<InsertOutcome> {
    const existing = reportSheets(states).find((f) => f.report.year === particulars.year);
    if (existing) {
      existing.state.sheet.activate();
      await ctx.sync();
      return { ok: true, sheet: infoOf(existing.state, existing.located, existing.report), created: false, notes: [] };
    }
    const layout = layoutFor(particulars);
    const name = freeSheetName(layout.sheetName, particulars.year, states.map((s) => s.name));
    const { sheet, notes } = queueNewSheet(ctx, name, layout);
    await ctx.sync();
    return { ok: true, sheet: { id: sheet.id, name: sheet.name, agency: particulars.agency, year: particulars.year, damage: [] }, created: true, notes };
  }

  const gateway: ExcelGateway = {
    features,

    defaults: () =>
      reading("读取工作簿", async (ctx) => {
        const found = reportSheets(await snapshotAll(ctx));
        return { ok: true as const, particulars: defaultsOf(found), sheets: found.map((f) => infoOf(f.state, f.located, f.report)) };
      }),

    insertTemplate: (layout, particulars) =>
      writing("插入年报模板", async (ctx) => insertIn(ctx, await snapshotAll(ctx), () => layout, particulars)),

    insertWithDefaults: (layoutFor) =>
      writing("插入年报模板", async (ctx) => {
        const states = await snapshotAll(ctx);
        return insertIn(ctx, states, layoutFor, defaultsOf(reportSheets(states)));
      }),

    readReport: (sheetId, prevSheetId) =>
      reading("读取年报工作表", async (ctx) => {
        ctx.workbook.names.load("items/name,items/value");
        const queue = (id: string) => {
          const sheet = ctx.workbook.worksheets.getItem(id);
          sheet.load("name,id");
          return queueSnapshot(sheet);
        };
        const main = queue(sheetId);
        const prev = prevSheetId ? queue(prevSheetId) : null;
        await ctx.sync();
        const book = listOf(ctx.workbook.names);
        const snapshot = main(book);
        const located = locate(snapshot);
        lastLocated.set(sheetId, located);
        const report = reportOf(snapshot, located);
        let prevReport: Report | null = null;
        if (prev) {
          const ps = prev(book);
          if (isReportSheet(ps)) prevReport = reportOf(ps, locate(ps));
        }
        return { ok: true as const, sheet: infoOf({ id: sheetId, name: snapshot.name, snapshot }, located, report), report, prev: prevReport, lost: located.lost };
      }),

    async select(sheetId, keyOrAddress) {
      const address = lastLocated.get(sheetId)?.at.get(keyOrAddress) ?? (/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(keyOrAddress) ? keyOrAddress : null);
      if (!address) return { ok: false, reason: `找不到「${keyOrAddress}」所在的单元格（模板结构可能已损坏，请点击“修复模板”）` };
      return reading("选择单元格", async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(sheetId);
        sheet.activate();
        sheet.getRange(address).select();
        await ctx.sync();
        return { ok: true as const, address };
      });
    },

    async onReportChanged(sheetId, callback) {
      let active = true;
      const handler = async (args: XWorksheetChangedEventArgs) => {
        if (!active) return;
        if (args.triggerSource === "ThisLocalAddin") return;
        if (args.triggerSource === undefined && (ownWrites > 0 || now() - ownWriteEnded < quietMs)) return;
        callback(args.address);
      };
      const added = await reading("监听工作表修改", async (ctx) => {
        const result = ctx.workbook.worksheets.getItem(sheetId).onChanged.add(handler);
        await ctx.sync();
        return { ok: true as const, ctx, result };
      });
      if (!added.ok) return added;
      // the handler is removed for real, in a later batch on the request context that added it
      const stop = async () => {
        if (!active) return;
        active = false;
        try {
          await run(added.ctx, async (ctx) => {
            added.result.remove();
            await ctx.sync();
          });
        } catch {
          // the sheet is gone, and its handler with it; the handler is inert anyway (active is false)
        }
      };
      return { ok: true, stop };
    },

    repairTemplate: (sheetId) =>
      writing("修复模板", async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        ctx.workbook.names.load("items/name,items/value");
        const sheet = sheets.getItem(sheetId);
        sheet.load("name,id");
        const snap = queueSnapshot(sheet);
        await ctx.sync();
        const book = listOf(ctx.workbook.names);
        const snapshot = snap(book);
        const located = locate(snapshot);
        const values = valuesOf(snapshot, located);
        const report = reportOf(snapshot, located);
        const original = sheet.name;
        const taken = sheets.items.map((s) => s.name);
        let backup = `${original}${BACKUP_SUFFIX}`.slice(-31);
        for (let i = 2; taken.includes(backup); i++) backup = `${original}${BACKUP_SUFFIX.replace("）", `${i}）`)}`.slice(-31);
        // the original stays, renamed and without our names, so nothing the clerk typed is lost
        sheet.name = backup;
        for (const n of listOf(sheet.names)) if (n.name.toUpperCase().startsWith(NAME_PREFIX)) sheet.names.getItemOrNullObject(n.name).delete();
        for (const n of book) {
          if (n.name.toUpperCase().startsWith(NAME_PREFIX) && sheetOf(String(n.value ?? "")) === original) ctx.workbook.names.getItemOrNullObject(n.name).delete();
        }
        const layout = buildReportLayout({ agency: report.agency, year: report.year });
        const drawn = queueNewSheet(ctx, original, withValues(layout, values));
        await ctx.sync();
        lastLocated.delete(sheetId);
        const lostNote = located.lost.length ? [`有 ${located.lost.length} 个单元格的值已找不到，原表保留在工作表「${backup}」中，请核对`] : [`原工作表已改名为「${backup}」保留`];
        return {
          ok: true as const,
          sheet: { id: drawn.sheet.id, name: drawn.sheet.name, agency: report.agency, year: report.year, damage: [] },
          created: true,
          notes: [...lostNote, ...drawn.notes],
        };
      }),

    writeValues: (year, values, fallback) =>
      writing("写入年报", async (ctx) => {
        const states = await snapshotAll(ctx);
        const target = reportSheets(states).find((f) => f.report.year === year);
        if (!target) {
          const { layout, notes: held } = layoutWithinLimit(fallback());
          const name = freeSheetName(layout.sheetName, year, states.map((s) => s.name));
          const { sheet, notes } = queueNewSheet(ctx, name, layout);
          await ctx.sync();
          return { ok: true as const, sheet: { id: sheet.id, name: sheet.name, agency: null, year, damage: [] }, created: true, notes: [...held, ...notes] };
        }
        const fitting = valuesWithinLimit(values);
        const missing = queueWrites(target.state, target.located, fitting.values);
        target.state.sheet.activate();
        await ctx.sync();
        const notes = [...fitting.notes, ...(missing.length ? [`模板结构已损坏，${missing.length} 个值未能写入；请先“修复模板”再导入`] : [])];
        return { ok: true as const, sheet: infoOf(target.state, target.located, target.report), created: false, notes };
      }),

    insertSheet: (layout) =>
      writing("插入工作表", async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        const name = freeSheetName(layout.sheetName, null, sheets.items.map((s) => s.name));
        const { sheet } = queueNewSheet(ctx, name, layout);
        await ctx.sync();
        return { ok: true as const, name: sheet.name };
      }),

    appendProse: (sheetId, section, text) =>
      writing("写入文字", async (ctx) => {
        ctx.workbook.names.load("items/name,items/value");
        const sheet = ctx.workbook.worksheets.getItem(sheetId);
        sheet.load("name,id");
        sheet.protection.load("protected,options");
        const snap = queueSnapshot(sheet);
        await ctx.sync();
        const snapshot = snap(listOf(ctx.workbook.names));
        const located = locate(snapshot);
        const where = located.at.get(section);
        if (!where) return { ok: false as const, reason: "找不到这一部分的文字单元格（模板结构可能已损坏，请先“修复模板”）" };
        const before = reportOf(snapshot, located).sections[section];
        const after = before ? `${before}\n${text}` : text;
        if (tooLong(after)) return { ok: false as const, reason: appendTooLongReason(section, after.length) };
        queueWrites(stateOf(sheet, snapshot), located, new Map([[section, after]]));
        await ctx.sync();
        return { ok: true as const, address: where };
      }),
  };
  return gateway;
}

/** The values of a whole report by key, for writeValues (nulls clear their cells). */
export function reportValues(report: Report, keys: readonly string[]): Map<string, string | number | null> {
  const out = new Map<string, string | number | null>();
  for (const key of keys) {
    const v = valueForKey(report, key);
    if (v !== undefined) out.set(key, v);
  }
  return out;
}

/** The layout with these values (by key) in their input cells; the other cells as they are. */
export function withValues(layout: SheetLayout, values: Map<string, string | number | null>): SheetLayout {
  return { ...layout, cells: layout.cells.map((c) => (c.key !== undefined && values.has(c.key) ? { ...c, value: values.get(c.key) ?? null } : c)) };
}

/** 上年结转 of this year from 结转下年度继续办理 of last year, by key. */
export function carryOverValues(prev: Report): Map<string, number | null> {
  return new Map(T3_COLUMN_KEYS.map((c) => [refKey(t3("carried_over", c)), prev.t3.carried_forward[c]]));
}

