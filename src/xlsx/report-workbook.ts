// A report as a filled template workbook (what `xxgk-report import` writes).
import { reportSheet } from "../layout/fill";
import { Report } from "../report/model";
import { writeTemplate } from "./write-template";

export function writeReportWorkbook(report: Report): Promise<Uint8Array> {
  return writeTemplate(reportSheet(report));
}
