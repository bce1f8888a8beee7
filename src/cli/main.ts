// xxgk-report: the command line. Each command lives in its own module under commands/.
import { Command } from "commander";
import { register as registerCheck } from "./commands/check";
import { register as registerTemplate } from "./commands/template";
import { register as registerImport } from "./commands/import";
import { register as registerExport } from "./commands/export";
import { runMain } from "./run";

const program = new Command()
  .name("xxgk-report")
  .description("政府信息公开工作年度报告助手 — 检查、模板、导入、导出 / annual report checker, template, import, export")
  .showHelpAfterError();

registerCheck(program);
registerTemplate(program);
registerImport(program);
registerExport(program);

runMain(program);
