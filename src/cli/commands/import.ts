// xxgk-report import FILE -o FILE.xlsx: a report (report JSON, or any published format the parser
// reads) into a filled template workbook. Reading goes through the same reader as `check`.
import { Command } from "commander";
import { readInput } from "../read-input";
import { writeReportWorkbook } from "../../xlsx/report-workbook";
import { complain, stop } from "../run";
import { writeOutput, xlsxOutput } from "./write-output";

export function register(program: Command): void {
  program
    .command("import")
    .description("把年报（JSON 或已发布的年报文件）导入为填好的模板工作簿 / a report into a filled template workbook")
    .argument("<file>", "年报文件 / report file")
    .option("-o, --output <file>", "输出文件 FILE.xlsx / output file")
    .action(async (file: string, opts: { output?: string }) => {
      const output = xlsxOutput(opts.output, "年报.xlsx");
      if (output === null) return;
      const input = await readInput(file);
      if (!input.ok) {
        stop(input.reason.zh, input.reason.en);
        return;
      }
      if (input.format === "2019") {
        complain(
          `${file}：这是2019年试行版格式的年报，其表格与2021年格式不对应，未导入表格；只导入了机关名称、年度和文字部分，请按2021年格式填写表格`,
          `${file}: a 2019 trial-format report; its tables do not map onto the 2021 format and were not imported (only agency, year and prose were)`,
        );
      }
      for (const note of input.notes) process.stderr.write(`提示 / note: ${note.message}\n`);
      const bytes = await writeReportWorkbook(input.report);
      if (writeOutput(output, bytes)) process.stdout.write(`已写入 ${output} / written\n`);
    });
}
