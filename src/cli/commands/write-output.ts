// The -o file of a command: checked before any work, written in one place; a failure becomes one
// complaint and exit status 2, never a stack trace.
import * as fs from "fs";
import * as path from "path";
import { stop } from "../run";

/** The -o FILE.xlsx a workbook goes to, or null (said, exit 2) when it is missing or not .xlsx. */
export function xlsxOutput(file: string | undefined, example: string): string | null {
  if (!file) {
    stop(`请用 -o 指定输出文件，例如 -o ${example}`, "missing -o FILE.xlsx");
    return null;
  }
  if (path.extname(file).toLowerCase() !== ".xlsx") {
    stop(`输出文件应以 .xlsx 结尾：${file}`, `the output file must end in .xlsx: ${file}`);
    return null;
  }
  return file;
}

export function writeOutput(file: string, data: Uint8Array | string): boolean {
  try {
    fs.writeFileSync(file, data);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    stop(`无法写入 ${file}（${code}）`, `cannot write ${file} (${code})`);
    return false;
  }
}
