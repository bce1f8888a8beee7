// Helpers for the check and review tests: temp dirs of real reports, the command run in-process, and the
// command run end to end as `node bin/xxgk-report.js`.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCheck, CheckOptions } from "../src/cli/commands/check";
import { pingtanReport } from "./support/fixtures";

export const REPO = path.resolve(__dirname, "..");

const created: string[] = [];
// this module is imported at a test file's top level, so the hook is registered for the whole file
afterAll(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = "xxgk-check-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** 平潭 {year} as report JSON (decoded table values + published prose), written into dir. */
export function writePingtanJson(dir: string, year: number, name = `pingtan-${year}.json`): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(pingtanReport(year), null, 1));
  return file;
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
  complaints: { zh: string; en: string }[];
}

/** `check` in this process, output captured. */
export async function checkInProcess(args: string[], options: CheckOptions = {}): Promise<Run> {
  let stdout = "";
  const complaints: { zh: string; en: string }[] = [];
  const status = await runCheck(args, options, { out: (t) => (stdout += t), complain: (zh, en) => complaints.push({ zh, en }) });
  return { status, stdout, stderr: complaints.map((c) => `${c.zh} / ${c.en}`).join("\n"), complaints };
}

/** The real command line, as a user runs it. */
export function runCli(args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join(REPO, "bin/xxgk-report.js"), ...args], { cwd: REPO, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, complaints: [] };
}

/** No trace of a JavaScript stack in what a user sees. */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+[:(]\d+/);
  expect(text).not.toMatch(/Error: .*\n\s+at /);
}
