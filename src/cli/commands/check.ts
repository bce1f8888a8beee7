// xxgk-report check [--json] [--prev FILE] [--summary FILE.csv|FILE.xlsx] FILE|DIR…
// Reads each report, runs every rule, and reports per file.
// Exit 0: no error finding; 1: some error finding; 2: some FILE could not be used.
import * as path from "path";
import { Command } from "commander";
import { SingleBar } from "cli-progress";
import { checkReport, hasErrors } from "../../report/check";
import { Report, ReportFormat, toReportJson } from "../../report/model";
import { Finding } from "../../report/rules";
import { expandInputs, InputOutcome, readInput } from "../read-input";
import { complain } from "../run";
import { summaryKind, SummaryRow, writeSummary } from "../summary";

/** Above this many files a progress bar is shown on stderr. */
const PROGRESS_FROM = 21;

export interface CheckedFile {
  file: string;
  ok: boolean;
  format: ReportFormat;
  report: Report;
  findings: Finding[];
}

export type FileOutcome = { usable: true; checked: CheckedFile } | { usable: false; file: string; reason: { zh: string; en: string } };

export interface CheckOptions {
  json?: boolean;
  prev?: string;
  summary?: string;
}

export interface CheckIo {
  out: (text: string) => void;
  /** one line, Chinese and English */
  complain: (zh: string, en: string) => void;
  /** the progress bar's stream; none in tests */
  progress?: NodeJS.WritableStream;
}

/** Parser notes first, then every rule's findings. */
export function checkParsed(input: Extract<InputOutcome, { ok: true }>, prev: Report | null): CheckedFile {
  const findings = [...input.notes, ...checkReport({ report: input.report, format: input.format, prev })];
  return { file: input.file, ok: !hasErrors(findings), format: input.format, report: input.report, findings };
}

async function checkFile(file: string, prev: Report | null): Promise<FileOutcome> {
  const input = await readInput(file);
  if (!input.ok) return { usable: false, file, reason: input.reason };
  try {
    return { usable: true, checked: checkParsed(input, prev) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { usable: false, file, reason: { zh: `${file}：检查时出现内部错误（${detail}），请把这行报告给开发者`, en: `${file}: internal error while checking (${detail})` } };
  }
}

// ---------------------------------------------------------------- the readable summary

const FORMAT_NAMES: Record<ReportFormat, string> = {
  "2021": "2021年格式",
  "2019": "2019年试行格式",
  unknown: "未识别的格式",
};

function describeChecked(c: CheckedFile): string {
  const errors = c.findings.filter((f) => f.severity === "error");
  const warnings = c.findings.filter((f) => f.severity === "warning");
  const lines = [
    `【${c.file}】`,
    `  机关：${c.report.agency ?? "（未写明）"}　年度：${c.report.year ?? "（未写明）"}　格式：${FORMAT_NAMES[c.format]}`,
    `  ${c.ok ? "通过" : "未通过"}：错误 ${errors.length} 项，提醒 ${warnings.length} 项`,
  ];
  const list = (title: string, items: Finding[]) => {
    if (items.length === 0) return;
    lines.push(`  ${title}：`);
    items.forEach((f, i) => lines.push(`    ${i + 1}. ${f.message}`));
  };
  list("错误（须改正）", errors);
  list("提醒（请人工确认）", warnings);
  return `${lines.join("\n")}\n`;
}

function summaryRow(o: FileOutcome): SummaryRow {
  if (!o.usable) return { file: o.file, agency: null, year: null, format: "无法读取", errors: null, warnings: null, firstError: o.reason.zh };
  const c = o.checked;
  const errors = c.findings.filter((f) => f.severity === "error");
  return {
    file: c.file,
    agency: c.report.agency,
    year: c.report.year,
    format: FORMAT_NAMES[c.format],
    errors: errors.length,
    warnings: c.findings.length - errors.length,
    firstError: errors[0]?.message ?? "",
  };
}

// ---------------------------------------------------------------- the command

/** Runs check over FILE/DIR arguments; returns the exit status. Output streams as files are checked. */
export async function runCheck(args: readonly string[], options: CheckOptions, io: CheckIo): Promise<number> {
  let unusable = false;
  let anyError = false;
  if (options.summary !== undefined && summaryKind(options.summary) === null) {
    io.complain(`--summary 只能写 .csv 或 .xlsx 文件：${options.summary}`, `--summary must name a .csv or .xlsx file: ${options.summary}`);
    return 2;
  }

  let prev: Report | null = null;
  if (options.prev !== undefined) {
    const p = await readInput(options.prev);
    if (p.ok) prev = p.report;
    else {
      io.complain(`上年报告无法使用，跨年度检查未进行：${p.reason.zh}`, `--prev unusable, cross-year rules skipped: ${p.reason.en}`);
      unusable = true;
    }
  }

  const expanded = await expandInputs(args);
  // a summary written into the folder it summarises is not one of its reports on the next run
  const summaryPath = options.summary === undefined ? null : path.resolve(options.summary);
  const files = expanded.files.filter((f) => path.resolve(f) !== summaryPath);
  const skipped = expanded.skipped;
  if (skipped.length > 0) {
    io.complain(`已跳过 ${skipped.length} 个不是年报格式的文件（如 ${skipped[0]}）`, `skipped ${skipped.length} files of other types (e.g. ${skipped[0]})`);
  }

  const bar = io.progress && files.length >= PROGRESS_FROM ? new SingleBar({ stream: io.progress, format: "检查 [{bar}] {value}/{total}", hideCursor: false }) : null;
  bar?.start(files.length, 0);
  const rows: SummaryRow[] = [];
  if (options.json) io.out("[");
  let first = true;
  for (const file of files) {
    const outcome = await checkFile(file, prev);
    if (options.summary !== undefined) rows.push(summaryRow(outcome));
    if (!outcome.usable) {
      unusable = true;
      bar?.stop();
      io.complain(outcome.reason.zh, outcome.reason.en);
      bar?.start(files.length, rows.length);
    } else {
      const c = outcome.checked;
      if (!c.ok) anyError = true;
      if (options.json) {
        const entry = { file: c.file, ok: c.ok, format: c.format, report: toReportJson(c.report), findings: c.findings };
        io.out(`${first ? "\n" : ",\n"}${JSON.stringify(entry)}`);
        first = false;
      } else {
        io.out(describeChecked(c));
      }
    }
    bar?.increment();
  }
  bar?.stop();
  if (options.json) io.out(first ? "]\n" : "\n]\n");

  if (options.summary !== undefined) {
    try {
      await writeSummary(options.summary, rows);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      io.complain(`无法写入汇总表 ${options.summary}：${detail}`, `cannot write summary ${options.summary}: ${detail}`);
      return 2;
    }
  }
  return unusable ? 2 : anyError ? 1 : 0;
}

export function register(program: Command): void {
  program
    .command("check")
    .description("检查年报：表格勾稽关系、必备内容、文字与表格是否一致 / check reports against every rule")
    .argument("<files...>", "年报文件或目录（.txt .md .html .htm .docx .xlsx .json）/ report files or directories")
    .option("--json", "输出 JSON 数组 / print one JSON array")
    .option("--prev <file>", "上年年报，用于跨年度检查 / last year's report, for the cross-year rules")
    .option("--summary <file>", "每个文件一行的汇总表（.csv 或 .xlsx）/ one row per file (.csv or .xlsx)")
    .action(async (files: string[], options: CheckOptions) => {
      // `check … | head`: a closed pipe ends the output quietly, not with a stack trace
      process.stdout.on("error", (err: NodeJS.ErrnoException) => {
        if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
      });
      process.exitCode = await runCheck(files, options, {
        out: (text) => process.stdout.write(text),
        complain,
        progress: process.stderr,
      });
    });
}
