// Reads one report file from disk, or lists every report below a directory. Every way a file can be
// unusable (missing, unreadable, a directory, empty, too large, binary, not a report) becomes one
// reason in Chinese and English — never an exception, never a stack trace.
import * as fs from "fs";
import * as path from "path";
import { Report, ReportFormat } from "../report/model";
import { Finding } from "../report/rules";
import { ParseResult, Reason } from "../report/parse/types";
import { readWorkbookReport } from "../xlsx/read-workbook";
import { parseReport } from "../report/parse";

/** Larger files are refused after stat, without reading them, so memory stays bounded. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Extensions a report may come in; a directory is searched for these. */
const REPORT_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".docx", ".xlsx", ".json"] as const;

export type InputOutcome =
  | { ok: true; file: string; report: Report; format: ReportFormat; notes: Finding[] }
  | { ok: false; file: string; reason: Reason; /** set when a parser threw: a bug, not bad input */ bug?: true };

export type Unusable = Extract<InputOutcome, { ok: false }>;

const refuse = (file: string, zh: string, en: string): Unusable => ({ ok: false, file, reason: { zh, en } });

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function statError(file: string, err: NodeJS.ErrnoException): Unusable {
  switch (err.code) {
    case "ENOENT":
    case "ENOTDIR":
      return refuse(file, `${file}：文件不存在`, `${file}: no such file`);
    case "EACCES":
    case "EPERM":
      return refuse(file, `${file}：无权读取该文件`, `${file}: permission denied`);
    default:
      return refuse(file, `${file}：无法读取（${err.code ?? err.message}）`, `${file}: cannot be read (${err.code ?? err.message})`);
  }
}

async function parseBytes(file: string, bytes: Uint8Array): Promise<ParseResult> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx") return readWorkbookReport(bytes);
  return parseReport({ name: file, bytes });
}

/** Reads and parses one file. Never throws. */
export async function readInput(file: string): Promise<InputOutcome> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (err) {
    return statError(file, err as NodeJS.ErrnoException);
  }
  if (stat.isDirectory()) return refuse(file, `${file}：是目录，其中没有年报文件（${REPORT_EXTENSIONS.join(" ")}）`, `${file}: a directory with no report file in it`);
  if (!stat.isFile()) return refuse(file, `${file}：不是普通文件`, `${file}: not a regular file`);
  if (stat.size > MAX_INPUT_BYTES) {
    return refuse(
      file,
      `${file}：文件过大（${mb(stat.size)} MB，上限 ${mb(MAX_INPUT_BYTES)} MB），未读取`,
      `${file}: too large (${mb(stat.size)} MB, limit ${mb(MAX_INPUT_BYTES)} MB), not read`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (err) {
    return statError(file, err as NodeJS.ErrnoException);
  }
  return readBytes(file, bytes);
}

/** Parses bytes already read (the in-process path the fuzz tests use). Never throws: a parser exception
 * becomes a reason marked `bug`, so one bad file never stops the rest. */
export async function readBytes(file: string, bytes: Uint8Array): Promise<InputOutcome> {
  if (bytes.length === 0) return refuse(file, `${file}：文件是空的`, `${file}: the file is empty`);
  let parsed: ParseResult;
  try {
    parsed = await parseBytes(file, bytes);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ...refuse(file, `${file}：读取时出现内部错误（${detail}），请把这行报告给开发者`, `${file}: internal error while parsing (${detail})`), bug: true };
  }
  if (!parsed.ok) return refuse(file, `${file}：${parsed.reason.zh}`, `${file}: ${parsed.reason.en}`);
  return { ok: true, file, report: parsed.report, format: parsed.format, notes: parsed.notes };
}

/** Every report file below a directory (recursive, sorted; hidden entries and node_modules left out), plus the
 * files of other types. */
async function listReportFiles(dir: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(d, { withFileTypes: true });
    } catch {
      skipped.push(d);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if ((REPORT_EXTENSIONS as readonly string[]).includes(path.extname(e.name).toLowerCase())) files.push(p);
      else skipped.push(p);
    }
  };
  await walk(dir);
  return { files, skipped };
}

/** FILE and DIR arguments expanded to files, in the order given; a DIR with no report is itself unusable. */
export async function expandInputs(args: readonly string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await fs.promises.stat(arg)).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const found = await listReportFiles(arg);
    // an empty directory stays in the list so that readInput names it as unusable
    if (found.files.length === 0) files.push(arg);
    files.push(...found.files);
    skipped.push(...found.skipped);
  }
  return { files, skipped };
}
