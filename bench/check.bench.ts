// check_reports_per_s: `check` over 1,000 report files made from the fixtures, in one process, end to end
// through read-input (stat, read, parse, rules, output). batch_400_files_s: `xxgk-report check DIR --summary
// FILE.csv` over 400 such files, run as a user runs it (process start included).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCheck } from "../src/cli/commands/check";
import { fixturePath, pingtanPagePath, PINGTAN_YEARS, pingtanReport } from "../test/support/fixtures";

const TEXTS = [
  ...["wuchang-xiaoshanzi-2024.txt", "hangzhou-style-2025.html", "huaian-2024.pdftotext.txt"].map((n) => fixturePath(n)),
  ...PINGTAN_YEARS.map(pingtanPagePath),
];

/** n report files in a fresh directory: the fixture texts and the 平潭 reports as JSON, in turn. */
function reportDir(n: number): string {
  const sources = [
    ...TEXTS.map((f) => ({ ext: path.extname(f), data: fs.readFileSync(f) })),
    ...PINGTAN_YEARS.map((y) => ({ ext: ".json", data: Buffer.from(JSON.stringify(pingtanReport(y))) })),
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-bench-check-"));
  for (let i = 0; i < n; i++) {
    const s = sources[i % sources.length];
    fs.writeFileSync(path.join(dir, `r${String(i).padStart(4, "0")}${s.ext}`), s.data);
  }
  return dir;
}

export async function figures(): Promise<Record<string, number>> {
  const dir = reportDir(1000);
  const quiet = { out: () => undefined, complain: () => undefined };
  await runCheck([dir], { json: true }, quiet); // warm-up
  const start = process.hrtime.bigint();
  await runCheck([dir], { json: true }, quiet);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  const batch = reportDir(400);
  const summary = path.join(os.tmpdir(), `xxgk-bench-summary-${process.pid}.csv`);
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, [path.join(__dirname, "../bin/xxgk-report.js"), "check", batch, "--summary", summary], { stdio: "ignore" });
  const batchSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

  for (const d of [dir, batch]) fs.rmSync(d, { recursive: true, force: true });
  fs.rmSync(summary, { force: true });
  return { check_reports_per_s: Math.round(1000 / seconds), batch_400_files_s: Number(batchSeconds.toFixed(2)) };
}
