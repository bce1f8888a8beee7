// xxgk-report export FILE --format txt|md|html|docx -o OUT: the finished report from a report JSON, a
// workbook made from the template, or any published report the parser reads.
import { Command, Option } from "commander";
import * as fs from "fs";
import * as path from "path";
import { checkReport, hasErrors } from "../../report/check";
import { ALL_CELLS, emptyReport, Report, setValue, Value, getValue } from "../../report/model";
import { SECTION_IDS } from "../../report/format";
import { ExportWarning } from "../../report/render/document";
import { EXPORT_FORMATS, ExportFormat, isExportFormat, renderText } from "../../report/render/formats";
import { complain } from "../run";

type Read = { ok: true; report: Report } | { ok: false; zh: string; en: string };

interface ExportOptions {
  format?: string;
  output?: string;
  fragment?: boolean;
}

/** A report JSON of the contract; keys it lacks stay null, values that are not numbers are refused. */
export function reportFromJson(value: unknown): Read {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, zh: "JSON 不是一份年报（应为一个对象）", en: "the JSON is not a report object" };
  }
  const v = value as Record<string, unknown>;
  if (!("t3" in v) && !("t2" in v) && !("t4" in v) && !("sections" in v)) {
    return { ok: false, zh: "JSON 中没有年报的 t2/t3/t4/sections 字段", en: "the JSON has none of the report keys t2/t3/t4/sections" };
  }
  const report = emptyReport(typeof v.agency === "string" ? v.agency : null, typeof v.year === "number" ? v.year : null);
  const source = { ...emptyReport(), ...(v as Partial<Report>) } as Report;
  for (const ref of ALL_CELLS) {
    let x: unknown;
    try {
      x = getValue(source, ref);
    } catch {
      x = null; // a missing table or row object: the value is not given
    }
    if (x !== null && x !== undefined && (typeof x !== "number" || !Number.isFinite(x))) {
      return { ok: false, zh: `JSON 中 ${ref.table}.${ref.row ?? ""}.${ref.column} 的值不是数字：${JSON.stringify(x)}`, en: `a value in the JSON is not a number` };
    }
    setValue(report, ref, (x ?? null) as Value);
  }
  const sections = (v.sections ?? {}) as Record<string, unknown>;
  for (const id of SECTION_IDS) report.sections[id] = typeof sections[id] === "string" ? (sections[id] as string) : null;
  if (typeof v.meta === "object" && v.meta !== null) report.meta = v.meta as Report["meta"];
  return { ok: true, report };
}

// The readers of other issues (the published-report parser, the workbook reader) are loaded when
// present; the specifiers are computed so this command builds and runs before they land.
type ParseFn = (input: { name: string; bytes: Uint8Array }) => Promise<ParseOutcome> | ParseOutcome;
type ParseOutcome = { ok: true; report: Report } | { ok: false; reason: { zh: string; en: string } };

function optionalModule<T>(specifier: string): T | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require(specifier) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && String((err as Error).message).includes(path.basename(specifier))) return null;
    throw err;
  }
}

async function readReport(file: string): Promise<Read> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, zh: "文件不存在", en: "no such file" };
    if (code === "EISDIR") return { ok: false, zh: "这是一个目录，不是文件", en: "is a directory" };
    return { ok: false, zh: `无法读取文件（${code ?? "?"}）`, en: `cannot read the file (${code ?? "?"})` };
  }
  if (bytes.length === 0) return { ok: false, zh: "文件是空的", en: "the file is empty" };
  const ext = path.extname(file).toLowerCase();
  if (ext === ".json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder("utf-8").decode(bytes));
    } catch (err) {
      return { ok: false, zh: "JSON 格式有误，无法解析", en: `malformed JSON: ${(err as Error).message}` };
    }
    return reportFromJson(parsed);
  }
  if (ext === ".xlsx") {
    const mod = optionalModule<{ readWorkbookReport: ParseFn }>(path.join(__dirname, "../../xlsx/read-workbook"));
    if (!mod) return { ok: false, zh: "读取 .xlsx 工作簿的功能尚未提供", en: "reading .xlsx workbooks is not available yet" };
    const out = await mod.readWorkbookReport({ name: file, bytes });
    return out.ok ? { ok: true, report: out.report } : { ok: false, ...out.reason };
  }
  const parser = optionalModule<{ parseReport: ParseFn }>(path.join(__dirname, "../../report/parse/index"));
  if (!parser) return { ok: false, zh: `暂不支持读取 ${ext || "无扩展名"} 文件`, en: `reading ${ext || "extension-less"} files is not available yet` };
  const out = await parser.parseReport({ name: file, bytes });
  return out.ok ? { ok: true, report: out.report } : { ok: false, ...out.reason };
}

function inferFormat(options: ExportOptions): ExportFormat | null {
  if (options.format) return isExportFormat(options.format) ? options.format : null;
  const ext = options.output ? path.extname(options.output).slice(1).toLowerCase() : "";
  if (ext === "htm") return "html";
  if (ext === "markdown") return "md";
  return isExportFormat(ext) ? ext : null;
}

function warn(warnings: readonly ExportWarning[]): void {
  for (const w of warnings) complain(`提示：${w.zh}`, `warning: ${w.en}`);
}

async function exportCommand(file: string, options: ExportOptions): Promise<void> {
  const format = inferFormat(options);
  if (format === null) {
    complain(`请用 --format 指定导出格式（${EXPORT_FORMATS.join("、")}）`, `give --format ${EXPORT_FORMATS.join("|")} (or an -o file with one of these extensions)`);
    process.exitCode = 2;
    return;
  }
  if (format === "docx" && !options.output) {
    complain("导出 Word 文档时请用 -o 指定输出文件", "docx export needs -o OUT");
    process.exitCode = 2;
    return;
  }
  const read = await readReport(file);
  if (!read.ok) {
    complain(`${file}：无法导出，${read.zh}`, `${file}: cannot export, ${read.en}`);
    process.exitCode = 2;
    return;
  }
  const findings = checkReport({ report: read.report, format: "2021" });
  if (hasErrors(findings)) {
    const n = findings.filter((f) => f.severity === "error").length;
    complain(`提示：${file} 仍有 ${n} 处错误（用 xxgk-report check 查看），仍按原样导出`, `warning: ${n} error finding(s) remain; exported as is`);
  }
  let data: Uint8Array | string;
  if (format === "docx") {
    // loaded only when Word is asked for: the docx package is large
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { renderDocx } = require("../../report/render/render-docx") as typeof import("../../report/render/render-docx");
    const out = await renderDocx(read.report);
    warn(out.warnings);
    data = out.bytes;
  } else {
    const out = renderText(read.report, format, { fragment: options.fragment });
    warn(out.warnings);
    data = out.text;
  }
  if (!options.output || options.output === "-") {
    process.stdout.write(data);
    return;
  }
  try {
    fs.writeFileSync(options.output, data);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "?";
    complain(`无法写入 ${options.output}（${code}）`, `cannot write ${options.output} (${code})`);
    process.exitCode = 2;
  }
}

export function register(program: Command): void {
  program
    .command("export")
    .description("导出完成的年报：纯文本、Markdown、网页或 Word / export the finished report as txt, md, html or docx")
    .argument("<FILE>", "年报文件：.json、.xlsx（由模板生成的工作簿）或任何可读取的已发布年报 / report JSON, template workbook or a readable published report")
    .addOption(new Option("-f, --format <format>", "导出格式 / output format").choices([...EXPORT_FORMATS]))
    .option("-o, --output <OUT>", "输出文件（txt/md/html 省略时写到标准输出）/ output file (stdout for txt/md/html when omitted)")
    .option("--fragment", "html 只输出可粘贴到网站后台的片段 / html: only the fragment to paste into a CMS")
    // usage errors (an unknown --format) end in exit 2 like every unusable input, not commander's 1
    .exitOverride()
    .action(exportCommand);
}
