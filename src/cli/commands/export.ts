// xxgk-report export FILE --format txt|md|html|docx -o OUT: the finished report from a report JSON, a
// workbook made from the template, or any published report the parser reads (the same reader as check).
import { Command, Option } from "commander";
import * as path from "path";
import { checkReport, hasErrors } from "../../report/check";
import { ExportWarning } from "../../report/render/document";
import { EXPORT_FORMATS, ExportFormat, isExportFormat, renderText } from "../../report/render/formats";
import { readInput } from "../read-input";
import { complain, stop } from "../run";
import { writeOutput } from "./write-output";

interface ExportOptions {
  format?: string;
  output?: string;
  fragment?: boolean;
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
    stop(`请用 --format 指定导出格式（${EXPORT_FORMATS.join("、")}）`, `give --format ${EXPORT_FORMATS.join("|")} (or an -o file with one of these extensions)`);
    return;
  }
  if (format === "docx" && !options.output) {
    stop("导出 Word 文档时请用 -o 指定输出文件", "docx export needs -o OUT");
    return;
  }
  const read = await readInput(file);
  if (!read.ok) {
    stop(`无法导出。${read.reason.zh}`, `cannot export. ${read.reason.en}`);
    return;
  }
  const findings = checkReport({ report: read.report, format: read.format });
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
  if (!options.output || options.output === "-") process.stdout.write(data);
  else writeOutput(options.output, data);
}

export function register(program: Command): void {
  program
    .command("export")
    .description("导出完成的年报：纯文本、Markdown、网页或 Word / export the finished report as txt, md, html or docx")
    .argument("<FILE>", "年报文件：.json、.xlsx（由模板生成的工作簿）或任何可读取的已发布年报 / report JSON, template workbook or a readable published report")
    .addOption(new Option("-f, --format <format>", "导出格式 / output format").choices([...EXPORT_FORMATS]))
    .option("-o, --output <OUT>", "输出文件（txt/md/html 省略时写到标准输出）/ output file (stdout for txt/md/html when omitted)")
    .option("--fragment", "html 只输出可粘贴到网站后台的片段 / html: only the fragment to paste into a CMS")
    .action(exportCommand);
}
