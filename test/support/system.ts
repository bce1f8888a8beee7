// Tests that need a system program (chromium, LibreOffice, pdftotext) run when it is installed and
// print a visible skip notice when it is not — except under CI=true, where .ci/run installs them, so
// absence is a failure.
import { execFileSync } from "child_process";

export function hasProgram(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** true when the program is there; false (with a notice) when absent outside CI; throws in CI. */
export function needProgram(name: string, what: string): boolean {
  if (hasProgram(name)) return true;
  if (process.env.CI === "true") throw new Error(`${name} is required under CI=true (${what}); .ci/run must install it`);
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED: ${what} — ${name} is not installed (apt-get install it, or run .ci/run)`);
  return false;
}

/** describe() or describe.skip() depending on a system program. */
export function describeWith(program: string, what: string): jest.Describe {
  return needProgram(program, what) ? describe : describe.skip;
}
