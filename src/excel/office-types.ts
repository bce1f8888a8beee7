// The part of Office.js (Excel JavaScript API) the add-in uses, as structural types. The real
// Excel.RequestContext satisfies them (checked at the bottom of this file by the compiler); the
// recording fake (test/support/fake-workbook.ts) implements them, so the gateway runs unchanged on both.

export interface XLoadable {
  load(propertyNames?: string): unknown;
}

export interface XContext {
  workbook: XWorkbook;
  sync(): Promise<unknown>;
}

export interface XWorkbook {
  worksheets: XWorksheetCollection;
  names: XNamedItemCollection;
}

export interface XWorksheetCollection extends XLoadable {
  items: XWorksheet[];
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
}

export interface XEventHandlerResult {
  remove(): void;
}

export interface XWorksheetChangedEventArgs {
  address: string;
  worksheetId: string;
  /** ExcelApi 1.14; absent before */
  triggerSource?: string;
}

export interface XWorksheet extends XLoadable {
  name: string;
  readonly id: string;
  readonly isNullObject: boolean;
  /** ExcelApi 1.8 */
  showGridlines: boolean;
  activate(): void;
  getRange(address?: string): XRange;
  getUsedRange(valuesOnly?: boolean): XRange;
  names: XNamedItemCollection;
  protection: XWorksheetProtection;
  /** ExcelApi 1.9 */
  pageLayout: XPageLayout;
  /** ExcelApi 1.9 */
  horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  onChanged: { add(handler: (args: XWorksheetChangedEventArgs) => Promise<unknown>): XEventHandlerResult };
}

/** WorksheetProtectionOptions (ExcelApi 1.2; allowEditObjects/allowEditScenarios/selectionMode 1.7) */
export interface XProtectionOptions {
  allowAutoFilter?: boolean;
  allowDeleteColumns?: boolean;
  allowDeleteRows?: boolean;
  allowEditObjects?: boolean;
  allowEditScenarios?: boolean;
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertColumns?: boolean;
  allowInsertHyperlinks?: boolean;
  allowInsertRows?: boolean;
  allowPivotTables?: boolean;
  allowSort?: boolean;
  selectionMode?: string;
}

export interface XWorksheetProtection extends XLoadable {
  readonly protected: boolean;
  readonly options: XProtectionOptions;
  protect(options?: XProtectionOptions, password?: string): void;
  unprotect(password?: string): void;
}

export interface XPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** points */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  setPrintArea(printArea: string): void;
}

export interface XNamedItemCollection extends XLoadable {
  items: XNamedItem[];
  add(name: string, reference: XRange | string, comment?: string): XNamedItem;
  getItemOrNullObject(name: string): XNamedItem;
}

export interface XNamedItem extends XLoadable {
  readonly name: string;
  readonly isNullObject: boolean;
  /** for a named range: its address, e.g. "Sheet1!$D$12:$J$36" */
  readonly value: unknown;
  delete(): void;
}

export interface XBorder {
  style: string;
  weight: string;
  color: string;
}

export interface XRangeFormat {
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** ExcelApi 1.7 */
  textOrientation: number;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  fill: { color: string };
  borders: { getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"): XBorder };
  protection: { locked: boolean };
}

export interface XConditionalFormat {
  priority: number;
  stopIfTrue: boolean;
  custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string; bold: boolean } } };
}

export interface XDataValidation {
  rule: unknown;
  prompt: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

export interface XRange extends XLoadable {
  readonly address: string;
  readonly isNullObject: boolean;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  format: XRangeFormat;
  conditionalFormats: { add(type: "Custom"): XConditionalFormat };
  /** ExcelApi 1.8 */
  dataValidation: XDataValidation;
  merge(across?: boolean): void;
  select(): void;
}

/** The batch runner: Excel.run in Excel, the fake's run in tests. */
export interface Runner {
  <T>(batch: (ctx: XContext) => Promise<T>): Promise<T>;
  /** Excel.run(context, batch): a later batch on the request context of an earlier one, e.g. to remove an event handler it added */
  <T>(context: XContext, batch: (ctx: XContext) => Promise<T>): Promise<T>;
}

// The compiler proves the real API has this shape (no runtime effect).
export type _RealContextFits = Excel.RequestContext extends XContext ? true : never;
const _realContextFits: _RealContextFits = true;
void _realContextFits;
