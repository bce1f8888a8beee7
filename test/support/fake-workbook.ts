// A recording fake of the Office.js surface in office-types.ts: an in-memory workbook with Office.js
// batch semantics. Commands queue on proxies and run at context.sync(), in order; a property can only be
// read after it was loaded and synced (else "PropertyNotLoaded", as in Excel); protected sheets refuse
// writes to locked cells and protect()/unprotect() throw when the state already matches (recent Excel).
// It counts sync() calls and logs every command, and lets a test act as the clerk (type, delete rows,
// remove names), firing onChanged like Excel does. Used by unit tests, the browser harness and the bench.
// It refuses at sync() what Excel refuses (checks below): colours other than "#RRGGBB", a conditional
// format formula without "=", cell text over 32,767 characters, malformed validation rules, APIs above the Excel's ExcelApi version, and
// objects of a finished Excel.run.
import { Box, boxAddress, boxSize, Cell, cellAddress, cellsOf, contains, parseBox, parseCell, quoteSheet, sheetOf } from "./fake-address";
import type {
  Runner,
  XBorder,
  XConditionalFormat,
  XContext,
  XDataValidation,
  XEventHandlerResult,
  XNamedItem,
  XNamedItemCollection,
  XPageLayout,
  XProtectionOptions,
  XRange,
  XRangeFormat,
  XWorkbook,
  XWorksheet,
  XWorksheetChangedEventArgs,
  XWorksheetCollection,
  XWorksheetProtection,
} from "../../src/excel/office-types";

export type CellValue = string | number | boolean;

// ---------------------------------------------------------------- what Excel refuses at sync()

const invalid = (what: string): never => {
  throw new Error(`InvalidArgument: ${what}`);
};
/** An error shaped like OfficeExtension.Error: code, and debugInfo naming the failed call. */
function officeError(code: string, message: string, errorLocation: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, debugInfo: { code, message, errorLocation } });
}
/** What protect() without options gives in Excel: nothing allowed but selecting cells. */
export const DEFAULT_PROTECTION: Required<XProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};
const NAMED_COLOURS = ["black", "white", "red", "green", "blue", "yellow", "orange", "purple", "gray", "grey"];
/** Office.js colours are "#RRGGBB" or an HTML colour name; "FFF2CC" (the file format's RGB) is refused. */
function colour(v: string, what: string): string {
  return /^#[0-9A-Fa-f]{6}$/.test(v) || NAMED_COLOURS.includes(String(v).toLowerCase()) ? v : invalid(`${what} "${v}" is not #RRGGBB`);
}
function oneOf<T>(v: T, allowed: readonly T[], what: string): T {
  return allowed.includes(v) ? v : invalid(`${what} "${String(v)}" is not one of ${allowed.join(", ")}`);
}
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const RULE_KINDS = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];

/** A DataValidationRule as Excel takes it: one kind; a basic rule has formula1 and an operator, formula2 for Between. */
function checkRule(rule: unknown): void {
  if (typeof rule !== "object" || rule === null) return void invalid("dataValidation.rule must be an object");
  const kinds = Object.keys(rule);
  if (kinds.length !== 1) invalid(`dataValidation.rule needs exactly one kind, got ${kinds.join(", ") || "none"}`);
  const kind = oneOf(kinds[0], RULE_KINDS, "dataValidation rule kind");
  if (!["wholeNumber", "decimal", "textLength"].includes(kind)) return;
  const basic = (rule as Record<string, { formula1?: unknown; formula2?: unknown; operator?: string }>)[kind];
  oneOf(basic.operator, OPERATORS, `${kind}.operator`);
  if (basic.formula1 === undefined || basic.formula1 === null || basic.formula1 === "") invalid(`${kind}.formula1 is missing`);
  const ternary = basic.operator === "Between" || basic.operator === "NotBetween";
  if (ternary && (basic.formula2 === undefined || basic.formula2 === null)) invalid(`${kind}.formula2 is missing for ${basic.operator}`);
}
/** Excel's limits on the validation texts (the same as its dialog's). */
function checkTexts(p: { title?: string; message?: string }, titleMax: number, messageMax: number, what: string): void {
  if ((p.title ?? "").length > titleMax) invalid(`${what}.title longer than ${titleMax}`);
  if ((p.message ?? "").length > messageMax) invalid(`${what}.message longer than ${messageMax}`);
}

export interface FakeCellFormat {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  textOrientation?: number;
  borders?: Record<string, { style: string; color?: string }>;
}

export interface FakeCell {
  value: CellValue | null;
  formula?: string;
  numberFormat?: string;
  locked: boolean;
  format: FakeCellFormat;
}

export interface FakeNameRef {
  sheet: FakeSheet;
  /** null once the cells it named were deleted (#REF!) */
  box: Box | null;
}

export interface FakeConditionalFormat {
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  fontBold?: boolean;
  /** Excel puts a new conditional format first (priority 0); the array is kept in priority order */
  priority: number;
  stopIfTrue: boolean;
}

export interface FakeValidation {
  range: string;
  rule: unknown;
  prompt: XDataValidation["prompt"];
  errorAlert: XDataValidation["errorAlert"];
}

type Handler = (args: XWorksheetChangedEventArgs) => Promise<unknown>;

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: string[] = [];
  names = new Map<string, FakeNameRef>();
  conditionalFormats: FakeConditionalFormat[] = [];
  validations: FakeValidation[] = [];
  protected = false;
  protectionOptions: Required<XProtectionOptions> = { ...DEFAULT_PROTECTION };
  /** set when the sheet was protected with a password: unprotect() then needs it */
  password: string | null = null;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  page: {
    orientation?: string;
    paperSize?: string;
    zoom?: XPageLayout["zoom"];
    printArea?: string;
    rowBreaks: string[];
    /** points, by side: left, right, top, bottom, header, footer */
    margins: Record<string, number>;
    centerHorizontally?: boolean;
  } = { rowBreaks: [], margins: {} };
  handlers = new Set<Handler>();
  showGridlines = true;
  constructor(
    public readonly id: string,
    public name: string,
  ) {}

  cell(address: string): FakeCell {
    let c = this.cells.get(address);
    if (!c) {
      c = { value: null, locked: true, format: {} };
      this.cells.set(address, c);
    }
    return c;
  }
  peek(address: string): FakeCell | undefined {
    return this.cells.get(address);
  }
  valueAt(address: string): CellValue | null {
    return this.cells.get(address)?.value ?? null;
  }
}

interface Op {
  what: string;
  run: () => void;
}

export interface FakeOptions {
  /** whether change events carry triggerSource (ExcelApi 1.14) */
  triggerSource?: boolean;
  /** the ExcelApi set the Excel supports, e.g. "1.7": newer calls fail at sync() with ApiNotSupported; default "1.14" */
  excelApi?: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, FakeNameRef>();
  /** context.sync() calls since the last resetCounts() */
  syncs = 0;
  /** Excel.run batches since the last resetCounts() */
  runs = 0;
  log: string[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;
  private pendingEvents: { sheet: FakeSheet; address: string }[] = [];
  constructor(public readonly options: FakeOptions = {}) {}

  /** Excel.run: one fresh context; queued commands left at the end are flushed with one more sync. */
  run: Runner = (async <T>(first: XContext | ((ctx: XContext) => Promise<T>), later?: (ctx: XContext) => Promise<T>): Promise<T> => {
    this.runs += 1;
    // Excel.run(context, batch) reopens the request context of an earlier run: its objects work again
    const ctx = typeof first === "function" ? new FakeContext(this) : (first as FakeContext);
    if (!(ctx instanceof FakeContext) || ctx.book !== this) throw new Error("InvalidArgument: Excel.run(context) needs a context of this workbook");
    const batch = typeof first === "function" ? first : later!;
    ctx.closed = false;
    try {
      const result = await batch(ctx);
      if (ctx.pending()) await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  }) as Runner;

  /** onChanged handlers registered on all sheets (a removed handler no longer counts) */
  liveHandlers(): number {
    return this.sheets.reduce((n, s) => n + s.handlers.size, 0);
  }

  resetCounts(): void {
    this.syncs = 0;
    this.runs = 0;
    this.log = [];
  }

  /** by name or by id, as worksheets.getItem(key) finds them */
  sheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === key) ?? this.sheets.find((s) => s.id === key);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
    const s = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(s);
    return s;
  }

  // ------------------------------------------------------------ the clerk's actions

  /** The clerk types into a cell; Excel fires onChanged without triggerSource "ThisLocalAddin". */
  type(sheetName: string, address: string, value: CellValue | null): void {
    const sheet = this.mustSheet(sheetName);
    const cell = sheet.cell(address);
    if (sheet.protected && cell.locked) throw new Error(`受保护的单元格 ${address} 不能输入`);
    cell.value = value === "" ? null : value;
    delete cell.formula;
    this.fire(sheet, address, false);
  }

  /** Deletes whole rows (1-based, inclusive) the way Excel does: cells move up, names shrink or break. */
  deleteRows(sheetName: string, first: number, last: number): void {
    const sheet = this.mustSheet(sheetName);
    const top = first - 1;
    const count = last - first + 1;
    const moved = new Map<string, FakeCell>();
    for (const [addr, cell] of sheet.cells) {
      const c = parseCell(addr)!;
      if (c.row >= top && c.row < top + count) continue;
      moved.set(cellAddress(c.row >= top + count ? { row: c.row - count, col: c.col } : c), cell);
    }
    sheet.cells = moved;
    const shift = (box: Box | null): Box | null => {
      if (!box) return null;
      const kept = (r: number) => (r < top ? r : r >= top + count ? r - count : null);
      let t = kept(box.top);
      let b = kept(box.bottom);
      if (t === null && b === null && box.top >= top && box.bottom < top + count) return null;
      if (t === null) t = top;
      if (b === null) b = top - 1;
      return b < t ? null : { ...box, top: t, bottom: b };
    };
    const allNames = [...sheet.names.values(), ...[...this.names.values()].filter((n) => n.sheet === sheet)];
    for (const ref of allNames) ref.box = shift(ref.box);
    sheet.merges = sheet.merges.map((m) => shift(parseBox(m))).filter((b): b is Box => b !== null && (b.top !== b.bottom || b.left !== b.right)).map(boxAddress);
    this.fire(sheet, `${first}:${last}`, false);
  }

  /** The clerk protects a sheet in 审阅 › 保护工作表, with their own options and maybe a password. */
  protectSheet(sheetName: string, options: XProtectionOptions, password: string | null = null): void {
    const sheet = this.mustSheet(sheetName);
    sheet.protected = true;
    sheet.protectionOptions = { ...DEFAULT_PROTECTION, ...options };
    sheet.password = password;
  }

  removeName(sheetName: string, name: string): void {
    const sheet = this.mustSheet(sheetName);
    if (!sheet.names.delete(name) && !this.names.delete(name)) throw new Error(`no name ${name}`);
  }

  renameSheet(from: string, to: string): void {
    this.mustSheet(from).name = to;
  }

  /** Events queued by the last sync, delivered asynchronously as Excel does. */
  private fire(sheet: FakeSheet, address: string, own: boolean): void {
    const args: XWorksheetChangedEventArgs = { address, worksheetId: sheet.id };
    if (this.options.triggerSource) args.triggerSource = own ? "ThisLocalAddin" : "Unknown";
    for (const h of [...sheet.handlers]) setTimeout(() => void h(args), 0);
  }

  /** @internal */
  queueEvent(sheet: FakeSheet, address: string): void {
    this.pendingEvents.push({ sheet, address });
  }
  /** @internal */
  flushEvents(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const e of events) this.fire(e.sheet, e.address, true);
  }

  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }
}

// ---------------------------------------------------------------- proxies

class FakeContext implements XContext {
  private ops: Op[] = [];
  /** set when its Excel.run has ended: its objects can no longer be used */
  closed = false;
  readonly workbook: XWorkbook;
  constructor(readonly book: FakeWorkbook) {
    this.workbook = {
      worksheets: new WorksheetsProxy(this),
      names: new NamesProxy(this, null),
    };
  }
  queue(what: string, run: () => void): void {
    if (this.closed) throw new Error(`InvalidObjectPath: ${what || "an object"} belongs to an Excel.run that has ended`);
    this.ops.push({ what, run });
  }
  /** Fails the sync, as Excel does, when the running Excel lacks the set an API needs. */
  needs(minor: number, api: string): void {
    const have = Number((this.book.options.excelApi ?? "1.14").split(".")[1]);
    if (have < minor) throw new Error(`ApiNotSupported: ${api} needs ExcelApi 1.${minor}, this Excel has ${this.book.options.excelApi}`);
  }
  pending(): boolean {
    return this.ops.length > 0;
  }
  async sync(): Promise<void> {
    if (this.closed) throw new Error("InvalidObjectPath: sync() of an Excel.run that has ended");
    this.book.syncs += 1;
    const ops = this.ops;
    this.ops = [];
    try {
      for (const op of ops) {
        if (op.what) this.book.log.push(op.what);
        op.run();
      }
    } finally {
      this.book.flushEvents();
    }
  }
}

/** Values a proxy got from load(); reading anything else throws like Office.js. */
class Loaded {
  private values = new Map<string, unknown>();
  private synced = false;
  set(prop: string, value: unknown): void {
    this.values.set(prop, value);
  }
  markSynced(): void {
    this.synced = true;
  }
  get<T>(prop: string): T {
    if (!this.values.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} (load it and sync first)`);
    return this.values.get(prop) as T;
  }
  isSynced(): boolean {
    return this.synced;
  }
}

const props = (names?: string) => (names ?? "").split(",").map((p) => p.trim()).filter(Boolean);

class WorksheetsProxy implements XWorksheetCollection {
  private loaded = new Loaded();
  constructor(private ctx: FakeContext) {}
  get items(): XWorksheet[] {
    return this.loaded.get<XWorksheet[]>("items");
  }
  load(names?: string): this {
    this.ctx.queue("", () => {
      const wanted = props(names).map((p) => p.replace(/^items\//, ""));
      const items = this.ctx.book.sheets.map((s) => {
        const proxy = new SheetProxy(this.ctx, () => s);
        proxy.fill(wanted.length ? wanted : ["name", "id"], s);
        return proxy;
      });
      this.loaded.set("items", items);
    });
    return this;
  }
  add(name?: string): XWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.queue(`worksheets.add ${name}`, () => {
      created = this.ctx.book.addSheet(name ?? `Sheet${this.ctx.book.sheets.length + 1}`);
    });
    return new SheetProxy(this.ctx, () => created);
  }
  getItem(key: string): XWorksheet {
    return new SheetProxy(this.ctx, () => this.ctx.book.mustSheet(key));
  }
  getItemOrNullObject(key: string): XWorksheet {
    const proxy = new SheetProxy(this.ctx, () => this.ctx.book.sheet(key) ?? null, true);
    return proxy;
  }
}

class SheetProxy implements XWorksheet {
  private loaded = new Loaded();
  private nullState: boolean | null = null;
  readonly names: XNamedItemCollection;
  readonly protection: XWorksheetProtection;
  readonly pageLayout: XPageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  readonly onChanged: XWorksheet["onChanged"];
  constructor(
    private ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
    orNull = false,
  ) {
    if (orNull) ctx.queue("", () => (this.nullState = resolve() === null));
    else this.nullState = false;
    this.names = new NamesProxy(ctx, this);
    this.protection = new ProtectionProxy(ctx, this);
    const page = (what: string, f: (s: FakeSheet) => void) =>
      ctx.queue(`pageLayout ${what}`, () => {
        ctx.needs(9, "pageLayout");
        f(this.must());
      });
    this.pageLayout = {
      set orientation(v: string) {
        page(`orientation ${v}`, (s) => (s.page.orientation = oneOf(v, ["Portrait", "Landscape"], "orientation")));
      },
      set paperSize(v: string) {
        page(`paperSize ${v}`, (s) => (s.page.paperSize = oneOf(v, ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal"], "paperSize")));
      },
      set zoom(v: XPageLayout["zoom"]) {
        page(`zoom`, (s) => {
          if (v.scale !== undefined && !(Number.isInteger(v.scale) && v.scale >= 10 && v.scale <= 400)) invalid(`zoom.scale ${v.scale} (10…400)`);
          s.page.zoom = v;
        });
      },
      set centerHorizontally(v: boolean) {
        page(`centerHorizontally ${v}`, (s) => (s.page.centerHorizontally = v));
      },
      setPrintArea: (area: string) => page(`printArea ${area}`, (s) => (s.page.printArea = area)),
    } as unknown as XPageLayout;
    for (const side of ["left", "right", "top", "bottom", "header", "footer"]) {
      Object.defineProperty(this.pageLayout, `${side}Margin`, {
        set: (v: number) => page(`${side}Margin ${v}`, (s) => (s.page.margins[side] = v >= 0 && v < 1000 ? v : invalid(`${side}Margin ${v}`))),
        enumerable: true,
      });
    }
    this.horizontalPageBreaks = { add: (at: string) => page(`rowBreak ${at}`, (s) => s.page.rowBreaks.push(at)) };
    this.onChanged = {
      add: (handler) => {
        ctx.queue("onChanged.add", () => {
          ctx.needs(7, "worksheet.onChanged");
          this.must().handlers.add(handler);
        });
        const result: XEventHandlerResult = { remove: () => ctx.queue("onChanged.remove", () => this.resolve()?.handlers.delete(handler)) };
        return result;
      },
    };
  }
  must(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new Error("ItemNotFound: worksheet");
    return s;
  }
  fill(wanted: string[], s: FakeSheet): void {
    for (const p of wanted) {
      if (p === "name") this.loaded.set("name", s.name);
      else if (p === "id") this.loaded.set("id", s.id);
      else if (p === "protection/protected") (this.protection as ProtectionProxy).setLoaded(s.protected);
      else throw new Error(`fake: cannot load worksheet property ${p}`);
    }
    this.loaded.markSynced();
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(v: string) {
    this.ctx.queue(`rename ${v}`, () => {
      const s = this.must();
      if (this.ctx.book.sheets.some((x) => x.name === v)) throw new Error(`InvalidArgument: a sheet named ${v} exists`);
      s.name = v;
    });
  }
  get showGridlines(): boolean {
    return this.loaded.get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this.ctx.queue(`showGridlines ${v}`, () => {
      this.ctx.needs(8, "worksheet.showGridlines");
      this.must().showGridlines = v;
    });
  }
  get id(): string {
    return this.loaded.get("id");
  }
  get isNullObject(): boolean {
    if (this.nullState === null) throw new Error("PropertyNotLoaded: isNullObject (sync first)");
    return this.nullState;
  }
  load(names?: string): this {
    this.ctx.queue("", () => {
      const s = this.resolve();
      if (s) this.fill(props(names).length ? props(names) : ["name", "id"], s);
    });
    return this;
  }
  activate(): void {
    this.ctx.queue("activate", () => (this.ctx.book.active = this.must()));
  }
  getRange(address?: string): XRange {
    return new RangeProxy(this.ctx, this, () => parseBox(address ?? "A1:XFD1048576")!);
  }
  getUsedRange(valuesOnly?: boolean): XRange {
    return new RangeProxy(this.ctx, this, () => {
      const cells = [...this.must().cells.entries()].filter(([, c]) => (valuesOnly ? c.value !== null || !!c.formula : true));
      if (cells.length === 0) return { top: 0, left: 0, bottom: 0, right: 0 };
      const at = cells.map(([a]) => parseCell(a)!);
      return {
        top: Math.min(...at.map((c) => c.row)),
        left: Math.min(...at.map((c) => c.col)),
        bottom: Math.max(...at.map((c) => c.row)),
        right: Math.max(...at.map((c) => c.col)),
      };
    });
  }
}

class ProtectionProxy implements XWorksheetProtection {
  private state: boolean | null = null;
  private loadedOptions: XProtectionOptions | null = null;
  constructor(
    private ctx: FakeContext,
    private sheet: SheetProxy,
  ) {}
  setLoaded(v: boolean): void {
    this.state = v;
  }
  get protected(): boolean {
    if (this.state === null) throw new Error("PropertyNotLoaded: protection.protected");
    return this.state;
  }
  get options(): XProtectionOptions {
    if (this.loadedOptions === null) throw new Error("PropertyNotLoaded: protection.options");
    return this.loadedOptions;
  }
  load(names?: string): this {
    const wanted = props(names);
    this.ctx.queue("", () => {
      const s = this.sheet.must();
      if (wanted.length === 0 || wanted.includes("protected")) this.state = s.protected;
      if (wanted.length === 0 || wanted.includes("options")) this.loadedOptions = { ...s.protectionOptions };
    });
    return this;
  }
  protect(options?: XProtectionOptions, password?: string): void {
    this.ctx.queue("protect", () => {
      const s = this.sheet.must();
      if (s.protected) throw new Error("InvalidOperation: the sheet is already protected");
      s.protected = true;
      s.protectionOptions = { ...DEFAULT_PROTECTION, ...options };
      s.password = password || null;
    });
  }
  unprotect(password?: string): void {
    this.ctx.queue("unprotect", () => {
      const s = this.sheet.must();
      if (!s.protected) throw new Error("InvalidOperation: the sheet is not protected");
      if (s.password !== null && password !== s.password) throw officeError("InvalidArgument", "The password you supplied is not correct.", "WorksheetProtection.unprotect");
      s.protected = false;
      s.password = null;
    });
  }
}

function nameValue(ref: FakeNameRef): string {
  if (!ref.box) return "#REF!";
  const b = ref.box;
  const abs = (c: Cell) => `$${cellAddress(c).replace(/(\d+)$/, "$$$1")}`;
  const from = abs({ row: b.top, col: b.left });
  const to = abs({ row: b.bottom, col: b.right });
  return `${quoteSheet(ref.sheet.name)}!${from === to ? from : `${from}:${to}`}`;
}

class NamesProxy implements XNamedItemCollection {
  private loaded = new Loaded();
  constructor(
    private ctx: FakeContext,
    private sheet: SheetProxy | null,
  ) {}
  private scope(): Map<string, FakeNameRef> {
    return this.sheet ? this.sheet.must().names : this.ctx.book.names;
  }
  get items(): XNamedItem[] {
    return this.loaded.get("items");
  }
  load(): this {
    this.ctx.queue("", () => {
      this.loaded.set("items", [...this.scope().entries()].map(([name, ref]) => new NameProxy(this.ctx, () => ({ name, ref, scope: this.scope() }), { name, value: nameValue(ref) })));
    });
    return this;
  }
  add(name: string, reference: XRange | string): XNamedItem {
    this.ctx.queue(`names.add ${name}${this.sheet ? " (sheet)" : ""}`, () => {
      const scope = this.scope();
      if (scope.has(name)) throw new Error(`InvalidArgument: the name ${name} already exists`);
      if (typeof reference === "string") {
        // a formula: "=Sheet!$A$1:$B$2"; without "=" Excel stores the text as a constant
        if (!reference.startsWith("=")) invalid(`names.add reference "${reference}" must start with "="`);
        const sheetName = sheetOf(reference);
        const target = sheetName !== null ? this.ctx.book.mustSheet(sheetName) : this.sheet?.must() ?? invalid(`names.add reference "${reference}" names no sheet`);
        scope.set(name, { sheet: target, box: parseBox(reference) ?? invalid(`names.add reference "${reference}"`) });
        return;
      }
      const r = reference as RangeProxy;
      scope.set(name, { sheet: r.sheet.must(), box: r.box() });
    });
    return new NameProxy(this.ctx, () => ({ name, ref: this.scope().get(name)!, scope: this.scope() }));
  }
  getItemOrNullObject(name: string): XNamedItem {
    return new NameProxy(this.ctx, () => {
      const ref = this.scope().get(name);
      return ref ? { name, ref, scope: this.scope() } : null;
    });
  }
}

class NameProxy implements XNamedItem {
  private loaded = new Loaded();
  private nullState: boolean | null = null;
  constructor(
    private ctx: FakeContext,
    private resolve: () => { name: string; ref: FakeNameRef; scope: Map<string, FakeNameRef> } | null,
    preloaded?: { name: string; value: string },
  ) {
    if (preloaded) {
      this.loaded.set("name", preloaded.name);
      this.loaded.set("value", preloaded.value);
      this.nullState = false;
    } else {
      ctx.queue("", () => (this.nullState = resolve() === null));
    }
  }
  get name(): string {
    return this.loaded.get("name");
  }
  get value(): unknown {
    return this.loaded.get("value");
  }
  get isNullObject(): boolean {
    if (this.nullState === null) throw new Error("PropertyNotLoaded: isNullObject (sync first)");
    return this.nullState;
  }
  load(): this {
    this.ctx.queue("", () => {
      const r = this.resolve();
      if (!r) return;
      this.loaded.set("name", r.name);
      this.loaded.set("value", nameValue(r.ref));
    });
    return this;
  }
  delete(): void {
    this.ctx.queue("names.delete", () => {
      const r = this.resolve();
      if (!r) throw new Error("ItemNotFound: name");
      r.scope.delete(r.name);
    });
  }
}

class RangeProxy implements XRange {
  private loaded = new Loaded();
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;
  readonly conditionalFormats: { add(type: "Custom"): XConditionalFormat };
  constructor(
    private ctx: FakeContext,
    readonly sheet: SheetProxy,
    readonly box: () => Box,
  ) {
    const each = (what: string, f: (c: FakeCell, at: Cell) => void, needsUnprotected = true) =>
      ctx.queue(`${what} ${boxAddress(box())}`, () => {
        const s = sheet.must();
        if (needsUnprotected && s.protected) throw new Error(`InvalidOperation: ${s.name} is protected (${what})`);
        for (const at of cellsOf(box())) f(s.cell(cellAddress(at)), at);
      });
    const fmt = (what: string, f: (c: FakeCellFormat) => void) => each(what, (c) => f(c.format));
    const border = (edge: string): XBorder =>
      ({
        set style(v: string) {
          const style = v;
          fmt(`border ${edge} ${v}`, (c) => {
            oneOf(style, ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"], "border style");
            c.borders = { ...c.borders, [edge]: { style, color: c.borders?.[edge]?.color } };
          });
        },
        set weight(v: string) {
          // the drawn weight is not recorded (thin is the only one the layout uses), only checked
          ctx.queue("", () => void oneOf(v, ["Hairline", "Thin", "Medium", "Thick"], "border weight"));
        },
        set color(v: string) {
          fmt(`border ${edge} color`, (c) => (c.borders = { ...c.borders, [edge]: { style: c.borders?.[edge]?.style ?? "Continuous", color: colour(v, "border color") } }));
        },
      }) as XBorder;
    const perColumn = (what: string, f: (s: FakeSheet, col: number) => void) =>
      ctx.queue(what, () => {
        const b = box();
        for (let col = b.left; col <= b.right; col++) f(sheet.must(), col);
      });
    const perRow = (what: string, f: (s: FakeSheet, row: number) => void) =>
      ctx.queue(what, () => {
        const b = box();
        for (let row = b.top; row <= b.bottom; row++) f(sheet.must(), row);
      });
    this.format = {
      set columnWidth(v: number) {
        // points; Excel's widest column is 255 characters
        perColumn(`columnWidth ${v}`, (s, col) => s.columnWidths.set(col, v >= 0 && v <= 1790 ? v : invalid(`columnWidth ${v}`)));
      },
      set rowHeight(v: number) {
        perRow(`rowHeight ${v}`, (s, row) => s.rowHeights.set(row + 1, v >= 0 && v <= 409 ? v : invalid(`rowHeight ${v} (at most 409 points)`)));
      },
      set wrapText(v: boolean) {
        fmt("wrapText", (c) => (c.wrap = v));
      },
      set horizontalAlignment(v: string) {
        fmt("horizontalAlignment", (c) => (c.horizontal = oneOf(v, ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"], "horizontalAlignment")));
      },
      set verticalAlignment(v: string) {
        fmt("verticalAlignment", (c) => (c.vertical = oneOf(v, ["Top", "Center", "Bottom", "Justify", "Distributed"], "verticalAlignment")));
      },
      set textOrientation(v: number) {
        fmt("textOrientation", (c) => (ctx.needs(7, "format.textOrientation"), c.textOrientation = Number.isInteger(v) && ((v >= -90 && v <= 90) || v === 180) ? v : invalid(`textOrientation ${v} (-90…90, or 180 for vertical)`)));
      },
      font: {
        set name(v: string) {
          fmt("font.name", (c) => (c.font = { ...c.font, name: v }));
        },
        set size(v: number) {
          fmt("font.size", (c) => (c.font = { ...c.font, size: v }));
        },
        set bold(v: boolean) {
          fmt("font.bold", (c) => (c.font = { ...c.font, bold: v }));
        },
        set italic(v: boolean) {
          fmt("font.italic", (c) => (c.font = { ...c.font, italic: v }));
        },
        set color(v: string) {
          fmt("font.color", (c) => (c.font = { ...c.font, color: colour(v, "font.color") }));
        },
      },
      fill: {
        set color(v: string) {
          fmt("fill", (c) => (c.fill = colour(v, "fill.color")));
        },
      },
      borders: { getItem: border },
      protection: {
        set locked(v: boolean) {
          each("locked", (c) => (c.locked = v));
        },
      },
    } as XRangeFormat;
    const validation = (): FakeValidation => {
      const s = sheet.must();
      const range = boxAddress(box());
      let v = s.validations.find((x) => x.range === range);
      if (!v) {
        v = { range, rule: null, prompt: {}, errorAlert: {} };
        s.validations.push(v);
      }
      return v;
    };
    this.dataValidation = {
      set rule(r: unknown) {
        ctx.queue(`validation ${boxAddress(box())}`, () => {
          ctx.needs(8, "dataValidation");
          checkRule(r);
          validation().rule = r;
        });
      },
      set prompt(p: XDataValidation["prompt"]) {
        ctx.queue("", () => {
          ctx.needs(8, "dataValidation");
          checkTexts(p, 32, 255, "prompt");
          validation().prompt = p;
        });
      },
      set errorAlert(e: XDataValidation["errorAlert"]) {
        ctx.queue("", () => {
          ctx.needs(8, "dataValidation");
          checkTexts(e, 32, 225, "errorAlert");
          if (e.style !== undefined) oneOf(e.style, ["Stop", "Warning", "Information"], "errorAlert.style");
          validation().errorAlert = e;
        });
      },
    } as XDataValidation;
    this.conditionalFormats = {
      add: () => {
        let record: FakeConditionalFormat | null = null;
        ctx.queue(`conditionalFormat ${boxAddress(box())}`, () => {
          ctx.needs(6, "conditionalFormats");
          const s = sheet.must();
          if (s.protected) throw new Error(`InvalidOperation: ${s.name} is protected (conditional format)`);
          record = { range: boxAddress(box()), formula: "", priority: 0, stopIfTrue: false };
          s.conditionalFormats.unshift(record);
          s.conditionalFormats.forEach((cf, i) => (cf.priority = i));
        });
        const set = (f: (r: FakeConditionalFormat) => void) => ctx.queue("", () => f(record!));
        return {
          set priority(v: number) {
            set((r) => (r.priority = v));
          },
          set stopIfTrue(v: boolean) {
            set((r) => (r.stopIfTrue = v));
          },
          custom: {
            rule: {
              set formula(v: string) {
                // without "=" Excel takes the rule as a constant, not a formula over the cells
                set((r) => (r.formula = v.startsWith("=") ? v : invalid(`conditional format formula "${v}" must start with "="`)));
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  set((r) => (r.fill = colour(v, "conditional fill.color")));
                },
              },
              font: {
                set color(v: string) {
                  set((r) => (r.fontColor = colour(v, "conditional font.color")));
                },
                set bold(v: boolean) {
                  set((r) => (r.fontBold = v));
                },
              },
            },
          },
        } as XConditionalFormat;
      },
    };
  }

  get address(): string {
    return this.loaded.get("address");
  }
  get isNullObject(): boolean {
    return false;
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v);
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(`numberFormat ${boxAddress(this.box())}`, () => {
      const s = this.sheet.must();
      if (s.protected) throw new Error(`InvalidOperation: ${s.name} is protected (numberFormat)`);
      this.grid(v, (cell, x) => (cell.numberFormat = String(x)));
    });
  }

  private grid(v: unknown[][], f: (cell: FakeCell, x: unknown) => void): void {
    const b = this.box();
    const { rows, cols } = boxSize(b);
    if (v.length !== rows || v.some((r) => r.length !== cols)) throw new Error(`InvalidArgument: ${rows}×${cols} range, ${v.length} rows given`);
    const s = this.sheet.must();
    v.forEach((row, i) => row.forEach((x, j) => f(s.cell(cellAddress({ row: b.top + i, col: b.left + j })), x)));
  }

  private write(what: string, v: unknown[][]): void {
    this.ctx.queue(`${what} ${boxAddress(this.box())}`, () => {
      const s = this.sheet.must();
      const b = this.box();
      this.grid(v, (cell, x) => {
        // null in a values/formulas array leaves that cell as it is (Office.js); "" clears it
        if (x === null || x === undefined) return;
        if (s.protected && cell.locked) throw new Error(`InvalidOperation: the cell is protected (${s.name})`);
        const entry = typeof x === "string" ? readAsTyped(x) : { value: x === null || x === undefined ? null : (x as CellValue) };
        // Excel's cell holds at most 32,767 characters; a longer value fails the whole sync
        if (typeof entry.value === "string" && entry.value.length > 32767) invalid(`a cell holds at most 32767 characters, got ${entry.value.length}`);
        if (entry.formula !== undefined) {
          cell.formula = entry.formula;
          cell.value = null;
        } else {
          delete cell.formula;
          cell.value = entry.value ?? null;
        }
      });
      this.ctx.book.queueEvent(s, boxAddress(b));
    });
  }

  load(names?: string): this {
    this.ctx.queue("", () => {
      const s = this.sheet.must();
      const b = this.box();
      const rows = (f: (c: FakeCell | undefined) => unknown) => {
        const out: unknown[][] = [];
        for (let r = b.top; r <= b.bottom; r++) {
          const line: unknown[] = [];
          for (let c = b.left; c <= b.right; c++) line.push(f(s.peek(cellAddress({ row: r, col: c }))));
          out.push(line);
        }
        return out;
      };
      const { rows: height, cols: width } = boxSize(b);
      // Excel on the web answers at most 5 MB per sync: a million cells is already far beyond it
      if (props(names).some((p) => p !== "address") && height * width > 1_000_000) throw new Error(`ResponsePayloadSizeLimitExceeded: ${boxAddress(b)}`);
      for (const p of props(names)) {
        if (p === "address") this.loaded.set("address", `${quoteSheet(s.name)}!${boxAddress(b)}`);
        else if (p === "values") this.loaded.set("values", rows((c) => (c?.formula ? "" : (c?.value ?? ""))));
        else if (p === "formulas") this.loaded.set("formulas", rows((c) => c?.formula ?? c?.value ?? ""));
        else if (p === "numberFormat") this.loaded.set("numberFormat", rows((c) => c?.numberFormat ?? "General"));
        else throw new Error(`fake: cannot load range property ${p}`);
      }
    });
    return this;
  }

  merge(across?: boolean): void {
    this.ctx.queue(`merge ${boxAddress(this.box())}`, () => {
      const s = this.sheet.must();
      if (s.protected) throw new Error(`InvalidOperation: ${s.name} is protected (merge)`);
      if (across) throw new Error("fake: merge across is not used");
      const b = this.box();
      if (s.merges.some((m) => {
        const o = parseBox(m)!;
        return !(o.bottom < b.top || o.top > b.bottom || o.right < b.left || o.left > b.right);
      })) throw new Error(`InvalidOperation: ${boxAddress(b)} overlaps a merged area`);
      s.merges.push(boxAddress(b));
    });
  }

  select(): void {
    this.ctx.queue(`select ${boxAddress(this.box())}`, () => {
      const s = this.sheet.must();
      this.ctx.book.active = s;
      this.ctx.book.selection = { sheet: s.name, address: boxAddress(this.box()) };
    });
  }
}

/**
 * A string written to Range.values or Range.formulas, read as Excel reads typing (the Range.values
 * typings: "If the value starts with a plus, minus, or equal sign, Excel interprets it as a formula"):
 * "'" keeps the rest as text, "=" is a formula, numbers (also "1,234", "12%", full-width digits) and
 * TRUE/FALSE are converted, and "+"/"-" before anything else is a formula Excel cannot read.
 */
export function readAsTyped(x: string): { value?: CellValue | null; formula?: string } {
  if (x === "") return { value: null };
  if (x.startsWith("'")) return { value: x.slice(1) };
  if (x.startsWith("=")) return { formula: x };
  const ascii = x.normalize("NFKC").trim();
  const number = /^[+-]?(\d{1,3}(,\d{3})+|\d+|\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?%?$/i.exec(ascii);
  if (number) {
    const n = Number(ascii.replace(/[,%]/g, ""));
    if (Number.isFinite(n)) return { value: ascii.endsWith("%") ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(ascii)) return { value: ascii.toUpperCase() === "TRUE" };
  if (/^[+\-@]/.test(x)) throw new Error(`InvalidArgument: Excel reads "${x}" as a formula`);
  return { value: x };
}

/** Whether a cell address lies in a merged area other than as its top-left cell. */
export function hiddenByMerge(sheet: FakeSheet, address: string): boolean {
  const at = parseCell(address)!;
  return sheet.merges.some((m) => {
    const b = parseBox(m)!;
    return contains(b, at) && !(b.top === at.row && b.left === at.col);
  });
}
