// The export and import panels' hosts (src/taskpane/hosts.ts), implemented on the gateway. A failure
// becomes a rejected promise with the Chinese reason, which the panels show.
import { buildReportLayout, standardLayout } from "../layout/report-layout";
import { reportSheet } from "../layout/fill";
import type { SheetLayout } from "../layout/types";
import type { Report } from "../report/model";
import type { ExportHost, ImportHost } from "../taskpane/hosts";
import { carryOverValues, ExcelGateway, Outcome, reportValues, withValues } from "./gateway";

const allKeys = () => standardLayout().sheet.cells.filter((c) => c.key !== undefined).map((c) => c.key!);

function orThrow<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

export interface ClientSide {
  copy(html: string, text: string): Promise<void>;
  canDownload: boolean;
  download(fileName: string, data: Blob): void;
}

/** The sheet the pane is showing, and a nudge to re-check after the add-in wrote to it. */
export interface PaneFocus {
  sheetId(): string | null;
  written(sheet: { id: string; year: number | null }): void;
}

export function excelExportHost(gateway: ExcelGateway, focus: PaneFocus, client: ClientSide): ExportHost {
  return {
    copy: (html, text) => client.copy(html, text),
    canDownload: client.canDownload,
    download: (fileName, data) => client.download(fileName, data),
    async insertSheet(layout: SheetLayout) {
      return orThrow(await gateway.insertSheet(layout)).name;
    },
    async appendProse(section, text) {
      const id = focus.sheetId();
      if (!id) throw new Error("请先插入或打开年报工作表");
      orThrow(await gateway.appendProse(id, section, text));
    },
  };
}

export function excelImportHost(gateway: ExcelGateway, focus: PaneFocus): ImportHost {
  return {
    async writeReport(report: Report) {
      if (report.year === null) throw new Error("导入的年报没有年度，无法确定写入哪一张年报工作表；请先填写年度");
      const done = orThrow(await gateway.writeValues(report.year, reportValues(report, allKeys()), () => reportSheet(report)));
      focus.written(done.sheet);
      return done.notes;
    },
    async writePrevious(prev: Report) {
      if (prev.year === null) throw new Error("上年年报没有年度，无法确定它属于哪一年；请先在文件中写明年度");
      const kept = orThrow(await gateway.writeValues(prev.year, reportValues(prev, allKeys()), () => reportSheet(prev)));
      const carry = carryOverValues(prev);
      const thisYear = prev.year + 1;
      const blank = () => withValues(buildReportLayout({ agency: prev.agency, year: thisYear }), carry);
      const done = orThrow(await gateway.writeValues(thisYear, carry, blank));
      focus.written(done.sheet);
      return [...kept.notes, ...done.notes];
    },
  };
}

