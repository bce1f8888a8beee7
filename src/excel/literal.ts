// Text as Excel keeps it. Office.js reads a string written to `values` or `formulas` the way Excel reads
// typing: "=…", "+…", "-…" become formulas (a lone "-", the usual 无 in a table, is an invalid formula and
// fails the whole batch), "1,234" and "12%" become numbers, "TRUE" a boolean. A leading apostrophe keeps
// the text as it is, as in Excel itself (the apostrophe is not part of the value read back).

/** Text Excel would not keep as text: a formula start, or only ASCII / full-width ASCII (numbers, dates, TRUE…). */
export function excelWouldReinterpret(text: string): boolean {
  if (text === "") return false;
  return /^[=+\-@'＝＋－]/.test(text) || /^[\x20-\x7E\t\r\n\u3000\uFF01-\uFF5E]+$/.test(text);
}

/** A value for Range.values / Range.formulas that Excel stores exactly as given. */
export function literal<T>(value: T): T | string {
  return typeof value === "string" && excelWouldReinterpret(value) ? `'${value}` : value;
}
