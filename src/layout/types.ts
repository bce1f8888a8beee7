// A worksheet as a value. Pure data built from the format and the rule declarations; two drawers
// render it (src/xlsx/ to an .xlsx file with exceljs, src/excel/ into a live workbook with Office.js),
// so both produce the same cells, merges, names, validations and conditional formats.

/** Colours are 6-digit RGB hex without '#', e.g. "FFF2CC". */
export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string; /** 134 = GB2312: the office suite substitutes a Chinese font when `name` is missing */ charset?: number };
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** degrees, or 255 for vertical stacked text */
  textRotation?: number;
  /** thin borders on all four sides */
  border?: boolean;
  numberFormat?: string;
  /** false for input cells; sheet protection keeps the others from accidental typing */
  locked?: boolean;
}

export interface LayoutCell {
  /** A1 address on the layout's sheet */
  address: string;
  value?: string | number | null;
  formula?: string;
  /** a key of SheetLayout.styles */
  style?: string;
  /** refKey of the report value this input cell holds ("t3.granted.total"), or a particulars key ("agency") */
  key?: string;
}

export interface DefinedName {
  name: string;
  /** A1 range on the layout's sheet, without the sheet name, e.g. "D12:J36" */
  range: string;
}

export interface Validation {
  range: string;
  type: "whole" | "decimal";
  min: number;
  /** optional upper bound (e.g. the year) */
  max?: number;
  inputTitle: string;
  inputMessage: string;
  errorTitle: string;
  errorMessage: string;
}

export interface ConditionalFormat {
  /** the cells this format paints */
  range: string;
  /** formula relative to the top-left cell of `range`, without the leading '=' */
  formula: string;
  /** a key of SheetLayout.styles (only fill and font colour are used) */
  style: string;
  /** lower runs first */
  priority: number;
}

export interface SheetLayout {
  sheetName: string;
  /** layout version recorded in the sheet, so a later version can recognise and upgrade it */
  version: string;
  /** widths in Excel character units, index 0 = column A */
  columnWidths: number[];
  /** heights in points, by 1-based row number */
  rowHeights: Record<number, number>;
  styles: Record<string, CellStyle>;
  cells: LayoutCell[];
  /** A1 ranges, e.g. "A10:C12" */
  merges: string[];
  names: DefinedName[];
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  /** rowBreaks: a page break after each of these 1-based rows */
  print: { paperSize: "A4"; orientation: "portrait" | "landscape"; fitToWidth: boolean; printArea?: string; rowBreaks?: number[] };
  protection: { enabled: boolean };
}
