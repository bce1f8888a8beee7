// Writes a workbook the commands made; a failure becomes one complaint, never a stack trace.
import * as fs from "fs";
import * as path from "path";
import { complain } from "../run";

export function writeOutput(file: string, bytes: Uint8Array): boolean {
  if (path.extname(file).toLowerCase() !== ".xlsx") {
    complain(`输出文件应以 .xlsx 结尾：${file}`, `the output file must end in .xlsx: ${file}`);
    return false;
  }
  try {
    fs.writeFileSync(file, bytes);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    complain(`无法写入 ${file}（${code}）`, `cannot write ${file} (${code})`);
    return false;
  }
}
