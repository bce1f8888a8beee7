// The pane's state and what changes it, without React: particulars, the report sheet being watched,
// the findings of the last check. A change on the sheet schedules one debounced check (one read, one
// sync); edits during a check are caught by one more check after it.
import { buildReportLayout } from "../layout/report-layout";
import { checkReport } from "../report/check";
import type { Report } from "../report/model";
import type { Finding } from "../report/rules";
import type { ExcelGateway, Particulars, ReportSheetInfo } from "../excel/gateway";
import { findingTarget } from "./problems";
import { Locale, stringsFor, Strings } from "./i18n";

export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  text: string;
}

export interface PaneState {
  phase: "starting" | "ready";
  particulars: Particulars;
  sheets: ReportSheetInfo[];
  sheet: ReportSheetInfo | null;
  report: Report | null;
  findings: Finding[] | null;
  busy: "insert" | "repair" | null;
  checking: boolean;
  notice: Notice | null;
  /** milliseconds from the change event to the updated findings, for the last check */
  checkMs: number | null;
  checks: number;
}

export interface LiveCheckOptions {
  debounceMs?: number;
  now?: () => number;
  /** the language of the notices (reasons from Excel are passed on as they come); Chinese unless said */
  locale?: Locale;
}

export class LiveCheck {
  private state: PaneState;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private again = false;
  private changedAt: number | null = null;
  private stopWatching: (() => Promise<void>) | null = null;
  private readonly debounceMs: number;
  private readonly now: () => number;
  private readonly t: Strings;

  constructor(
    private gateway: ExcelGateway,
    options: LiveCheckOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 120;
    this.t = stringsFor(options.locale ?? "zh-CN");
    this.now = options.now ?? (() => (typeof performance !== "undefined" ? performance.now() : Date.now()));
    this.state = {
      phase: "starting",
      particulars: { agency: null, year: new Date().getFullYear() - 1 },
      sheets: [],
      sheet: null,
      report: null,
      findings: null,
      busy: null,
      checking: false,
      notice: null,
      checkMs: null,
      checks: 0,
    };
  }

  getState = (): PaneState => this.state;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Reads the workbook's report sheets and the particulars to offer; watches this year's sheet if there is one. */
  async start(): Promise<void> {
    const d = await this.gateway.defaults();
    if (!d.ok) {
      this.set({ phase: "ready", notice: { intent: "error", text: d.reason } });
      return;
    }
    this.set({ phase: "ready", particulars: d.particulars, sheets: d.sheets });
    const current = d.sheets.find((s) => s.year === d.particulars.year) ?? d.sheets[d.sheets.length - 1];
    if (current) await this.watch(current);
  }

  setParticulars(p: Partial<Particulars>): void {
    this.set({ particulars: { ...this.state.particulars, ...p } });
  }

  async insert(): Promise<void> {
    const p = this.state.particulars;
    if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 2100) {
      this.set({ notice: { intent: "error", text: this.t.yearInvalid } });
      return;
    }
    const particulars = { agency: p.agency?.trim() ? p.agency.trim() : null, year: p.year };
    this.set({ busy: "insert", notice: null });
    const result = await this.gateway.insertTemplate(buildReportLayout(particulars), particulars);
    if (!result.ok) {
      this.set({ busy: null, notice: { intent: "error", text: result.reason } });
      return;
    }
    const text = result.created
      ? this.t.inserted(result.sheet.name)
      : this.t.sheetExists(particulars.year, result.sheet.name);
    const notes = result.notes.length ? ` ${result.notes.join(" ")}` : "";
    this.set({ busy: null, notice: { intent: result.notes.length ? "warning" : "success", text: text + notes } });
    await this.watch(result.sheet);
  }

  async repair(): Promise<void> {
    const sheet = this.state.sheet;
    if (!sheet) return;
    this.set({ busy: "repair", notice: null });
    const result = await this.gateway.repairTemplate(sheet.id);
    if (!result.ok) {
      this.set({ busy: null, notice: { intent: "error", text: result.reason } });
      return;
    }
    this.set({ busy: null, notice: { intent: "success", text: this.t.redrawn(result.notes.join(" ")) } });
    await this.watch(result.sheet);
  }

  /** Selects the cell a finding is about. */
  async goTo(finding: Finding): Promise<void> {
    const sheet = this.state.sheet;
    const target = findingTarget(finding, this.state.report);
    if (!sheet || !target) return;
    const result = await this.gateway.select(sheet.id, target);
    if (!result.ok) this.set({ notice: { intent: "error", text: result.reason } });
  }

  /** After the import panel wrote a sheet: follow it and check. */
  async written(sheet: { id: string }): Promise<void> {
    const d = await this.gateway.defaults();
    const info = d.ok ? d.sheets.find((s) => s.id === sheet.id) : undefined;
    if (d.ok) this.set({ sheets: d.sheets });
    if (info) await this.watch(info);
    else await this.check();
  }

  async watch(sheet: ReportSheetInfo): Promise<void> {
    const stop = this.stopWatching;
    this.stopWatching = null;
    await stop?.();
    const known = this.state.sheets.some((s) => s.id === sheet.id) ? this.state.sheets : [...this.state.sheets, sheet];
    this.set({ sheet, sheets: known, particulars: { agency: sheet.agency ?? this.state.particulars.agency, year: sheet.year ?? this.state.particulars.year } });
    const sub = await this.gateway.onReportChanged(sheet.id, () => this.changed());
    if (sub.ok) this.stopWatching = sub.stop;
    else this.set({ notice: { intent: "warning", text: this.t.watchFailed(sub.reason) } });
    await this.check();
  }

  /** A change on the sheet: check once the clerk pauses. */
  changed(): void {
    this.changedAt ??= this.now();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.check();
    }, this.debounceMs);
  }

  /** One read of the sheet (one sync), the rules over it, the findings into the state. */
  async check(): Promise<void> {
    const sheet = this.state.sheet;
    if (!sheet) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    const since = this.changedAt ?? this.now();
    this.changedAt = null;
    this.set({ checking: true });
    try {
      const prev = sheet.year !== null ? this.state.sheets.find((s) => s.year === sheet.year! - 1 && s.id !== sheet.id) : undefined;
      let read = await this.gateway.readReport(sheet.id, prev?.id ?? null);
      if (!read.ok && prev) {
        // last year's sheet may have been deleted since: check without it
        this.set({ sheets: this.state.sheets.filter((s) => s.id !== prev.id) });
        read = await this.gateway.readReport(sheet.id, null);
      }
      if (!read.ok) {
        this.set({ checking: false, notice: { intent: "error", text: read.reason } });
        return;
      }
      const findings = checkReport({ report: read.report, format: "2021", prev: read.prev });
      const info = read.sheet;
      this.set({
        checking: false,
        sheet: info,
        sheets: this.state.sheets.map((s) => (s.id === info.id ? info : s)),
        report: read.report,
        findings,
        checkMs: Math.round(this.now() - since),
        checks: this.state.checks + 1,
      });
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        void this.check();
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    void this.stopWatching?.();
    this.stopWatching = null;
  }
}
