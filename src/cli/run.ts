// Runs the program so that no input ever ends in a stack trace: a bug is reported in one line, exit 2.
import { Command, CommanderError } from "commander";

/** Writes one line to stderr in Chinese and English. */
export function complain(zh: string, en: string): void {
  process.stderr.write(`${zh} / ${en}\n`);
}

/** The command stops here: why, in one line on stderr, and exit status 2. */
export function stop(zh: string, en: string): void {
  complain(zh, en);
  process.exitCode = 2;
}

export function runMain(program: Command): void {
  // commander passes exitOverride only to commands added after it is set, so set it on each one:
  // usage errors then end with exit 2 like every other unusable input.
  for (const command of [program, ...program.commands]) command.exitOverride();
  program.parseAsync(process.argv).catch((err: unknown) => {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    const detail = err instanceof Error ? err.message : String(err);
    complain(`内部错误，请把这行报告给开发者：${detail}`, `internal error: ${detail}`);
    if (process.env.XXGK_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  });
}
