// Placeholder until its issue lands; replaced by the owner of the 'export' command.
import { Command } from "commander";

export function register(program: Command): void {
  program.command("export").description("(not yet built)").action(() => {
    process.stderr.write("此命令尚未完成 / command 'export' is not built yet\n");
    process.exitCode = 2;
  });
}
