// xxgk-report import FILE -o FILE.xlsx: a report (report JSON, or any published format the parser
// reads) into a filled template workbook. Reading goes through the same reader as `check`.
import { Command } from "commander";
import { readInput } from "../read-input";
import { writeReportWorkbook } from "../../xlsx/report-workbook";
import { complain } from "../run";
import { writeOutput } from "./write-output";

export function register(program: Command): void {
  program
    .command("import")
    .description("把年报（JSON 或已发布的年报文件）导入为填好的模板工作簿 / a report into a filled template workbook")
    .argument("<file>", "年报文件 / report file")
    .option("-o, --output <file>", "输出文件 FILE.xlsx / output file")
    .action(async (file: string, opts: { output?: string }) => {
      if (!opts.output) {
        complain("请用 -o 指定输出文件，例如 -o 年报.xlsx", "missing -o FILE.xlsx");
        process.exitCode = 2;
        return;
      }
      const input = await readInput(file);
      if (!input.ok) {
        complain(input.reason.zh, input.reason.en);
        process.exitCode = 2;
        return;
      }
      if (input.format === "2019") {
        complain(
          `${file}：按2019年试行版格式读取，只有与2021年格式相同的栏目导入了模板，请核对`,
          `${file}: read as the 2019 trial format; only the fields it shares with the 2021 format were imported`,
        );
      }
      for (const note of input.notes) process.stderr.write(`提示 / note: ${note.message}\n`);
      const bytes = await writeReportWorkbook(input.report);
      if (!writeOutput(opts.output, bytes)) {
        process.exitCode = 2;
        return;
      }
      process.stdout.write(`已写入 ${opts.output} / written\n`);
    });
}
