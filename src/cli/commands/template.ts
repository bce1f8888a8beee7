// xxgk-report template [--agency NAME] [--year YYYY] -o FILE.xlsx: the blank template workbook, the same
// sheet the add-in inserts, with its names, validations and highlighting.
import { Command } from "commander";
import { buildReportLayout } from "../../layout/report-layout";
import { writeTemplate } from "../../xlsx/write-template";
import { stop } from "../run";
import { writeOutput, xlsxOutput } from "./write-output";

interface TemplateOptions {
  agency?: string;
  year?: string;
  output?: string;
}

/** "2024" → 2024; anything else is refused (a guessed year would end up in the title). */
function parseYear(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function register(program: Command): void {
  program
    .command("template")
    .description("生成空白年报模板工作簿 / write the blank template workbook (.xlsx)")
    .option("--agency <name>", "机关名称 / agency name")
    .option("--year <yyyy>", "年度 / report year")
    .option("-o, --output <file>", "输出文件 FILE.xlsx / output file")
    .action(async (opts: TemplateOptions) => {
      const output = xlsxOutput(opts.output, "年报模板.xlsx");
      if (output === null) return;
      const year = opts.year === undefined ? null : parseYear(opts.year);
      if (opts.year !== undefined && year === null) {
        stop(`--year 应为四位年份，例如 2024，实为「${opts.year}」`, `--year must be a four-digit year, got '${opts.year}'`);
        return;
      }
      const agency = opts.agency?.trim() ? opts.agency.trim() : null;
      const bytes = await writeTemplate(buildReportLayout({ agency, year }));
      if (writeOutput(output, bytes)) process.stdout.write(`已写入 ${output} / written\n`);
    });
}
