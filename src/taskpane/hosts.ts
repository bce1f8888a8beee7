// What the export and import panels need from the workbook. The Excel gateway (src/excel/) implements
// these; tests and the browser harness hand in fakes. Panels never touch Office.js.
import type { SheetLayout } from "../layout/types";
import type { Report } from "../report/model";

export interface ExportHost {
  /** Puts rich HTML and plain text on the clipboard together, so Word/WPS/CMS editors keep the tables. */
  copy(html: string, text: string): Promise<void>;
  /** Adds a new worksheet drawn from the layout (the report laid out for printing); returns its name. */
  insertSheet(layout: SheetLayout): Promise<string>;
  /** Whether this host lets a task pane download files (Excel on the web); detected, not assumed. */
  readonly canDownload: boolean;
  download(fileName: string, data: Blob): void;
  /** Appends a paragraph to the prose of a section (e.g. the 申请情况 paragraph for 一（二）). */
  appendProse(section: "s1" | "s5" | "s6", text: string): Promise<void>;
}

export interface ImportHost {
  /** Fills the report sheet with a whole report (导入已有年报); resolves to notices (Chinese) on what was not written. */
  writeReport(report: Report): Promise<string[] | void>;
  /** Keeps last year's report in the workbook and writes its 结转下年度 into this year's 上年结转 (导入上年年报); notices as above. */
  writePrevious(prev: Report): Promise<string[] | void>;
}
