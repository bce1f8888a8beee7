// check DIR --summary FILE.csv|FILE.xlsx: one row per file checked, for a reviewer's spreadsheet.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

export interface SummaryRow {
  file: string;
  agency: string | null;
  year: number | null;
  /** 「2021年格式」…, or 「无法读取」 for a file that could not be used */
  format: string;
  errors: number | null;
  warnings: number | null;
  /** the first error's message, or why the file could not be used */
  firstError: string;
}

export const SUMMARY_HEADERS = ["文件", "机关", "年度", "格式", "错误数", "提醒数", "第一个错误"] as const;

export type SummaryKind = "csv" | "xlsx";

export function summaryKind(file: string): SummaryKind | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".xlsx" ? "xlsx" : null;
}

const cells = (r: SummaryRow): (string | number | null)[] => [r.file, r.agency, r.year, r.format, r.errors, r.warnings, r.firstError];

function csvField(v: string | number | null): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a UTF-8 BOM and CRLF line ends, so Excel opens the Chinese text correctly. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const lines = [SUMMARY_HEADERS.map(csvField).join(","), ...rows.map((r) => cells(r).map(csvField).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

async function summaryXlsx(rows: readonly SummaryRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("检查结果");
  sheet.columns = [
    { width: 48 },
    { width: 28 },
    { width: 8 },
    { width: 16 },
    { width: 8 },
    { width: 8 },
    { width: 80 },
  ];
  const header = sheet.addRow([...SUMMARY_HEADERS]);
  header.font = { bold: true };
  for (const r of rows) sheet.addRow(cells(r));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: "A1", to: "G1" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writeSummary(file: string, rows: readonly SummaryRow[]): Promise<void> {
  const kind = summaryKind(file);
  if (kind === "csv") await fs.promises.writeFile(file, summaryCsv(rows), "utf8");
  else if (kind === "xlsx") await fs.promises.writeFile(file, await summaryXlsx(rows));
  else throw new Error(`unsupported summary type: ${file}`);
}
