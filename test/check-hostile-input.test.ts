// Hostile input: every unusable file gets one clear line in Chinese and English, exit 2, no stack trace,
// and a huge file is refused after stat without being read.
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { MAX_INPUT_BYTES, readInput } from "../src/cli/read-input";
import { pingtanReport } from "./support/fixtures";
import { checkInProcess, expectNoStackTrace, runCli, tempDir, writePingtanJson } from "./check-support";

const UNRELATED_CHINESE =
  "关于做好2024年汛期安全防范工作的通知\n各乡镇人民政府，区直各单位：\n当前已进入主汛期，为切实做好防汛抗旱各项工作，" +
  "确保人民群众生命财产安全，现将有关事项通知如下。一、提高思想认识。二、加强隐患排查。三、严格值班值守。\n特此通知。\n";

function hostileFiles(dir: string): Record<string, string> {
  const w = (name: string, data: string | Uint8Array) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    return p;
  };
  const json = JSON.stringify(pingtanReport(2022));
  const huge = path.join(dir, "huge.txt");
  fs.writeFileSync(huge, "");
  fs.truncateSync(huge, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
  return {
    empty: w("empty.txt", ""),
    random: w("random.txt", randomBytes(64 * 1024)),
    truncatedJson: w("truncated.json", json.slice(0, Math.floor(json.length / 2))),
    unrelated: w("notice.txt", UNRELATED_CHINESE),
    huge,
    missing: path.join(dir, "no-such-report.txt"),
  };
}

describe("hostile input", () => {
  const dir = tempDir();
  const files = hostileFiles(dir);

  test.each(Object.entries(files))("%s: unusable, with a reason in Chinese and English", async (_kind, file) => {
    const outcome = await readInput(file);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.bug).toBeUndefined();
    expect(outcome.reason.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(outcome.reason.en).toMatch(/[a-z]/);
    expect(outcome.reason.zh).toContain(file);
    expectNoStackTrace(outcome.reason.zh + outcome.reason.en);
  });

  test("each kind is named for what it is", async () => {
    const reason = async (f: string) => {
      const o = await readInput(f);
      return o.ok ? "" : o.reason.zh;
    };
    expect(await reason(files.empty)).toContain("文件是空的");
    expect(await reason(files.random)).toContain("二进制");
    expect(await reason(files.huge)).toContain("文件过大");
    expect(await reason(files.missing)).toContain("不存在");
    expect(await reason(dir + "/")).toBeTruthy();
  });

  test("a 50 MB file is refused after stat, without reading it: memory stays bounded", async () => {
    expect(fs.statSync(files.huge).size).toBeGreaterThan(MAX_INPUT_BYTES);
    const before = process.memoryUsage().arrayBuffers;
    const outcome = await readInput(files.huge);
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(outcome.ok).toBe(false);
    expect(grown).toBeLessThan(5 * 1024 * 1024);
  });

  test("a directory given as FILE with no report in it is unusable, not a crash", async () => {
    const empty = tempDir();
    const run = await checkInProcess([empty]);
    expect(run.status).toBe(2);
    expect(run.complaints).toHaveLength(1);
    expect(run.complaints[0].zh).toContain("目录");
  });

  test("end to end: exit 2, one line per unusable file on stderr, the good file still checked, no stack trace", () => {
    const good = writePingtanJson(tempDir(), 2021);
    const all = Object.values(files);
    const run = runCli(["check", ...all, good]);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(all.length);
    all.forEach((f, i) => {
      expect(lines[i]).toContain(f);
      expect(lines[i]).toMatch(/[\u4e00-\u9fff].* \/ .*[a-z]/);
    });
    expectNoStackTrace(run.stderr);
    expect(run.stdout).toContain("【" + good + "】");
    expect(run.stdout).toContain("通过：错误 0 项");
  });

  test("end to end --json: unusable files stay out of the array, which still parses", () => {
    const good = writePingtanJson(tempDir(), 2025);
    const run = runCli(["check", "--json", files.truncatedJson, good, files.random]);
    expect(run.status).toBe(2);
    const entries = JSON.parse(run.stdout);
    expect(entries.map((e: { file: string }) => e.file)).toEqual([good]);
    expect(run.stderr.trim().split("\n")).toHaveLength(2);
  });

  test("an unusable --prev is said once and the files are still checked", async () => {
    const good = writePingtanJson(tempDir(), 2023);
    const run = await checkInProcess([good], { prev: files.truncatedJson });
    expect(run.status).toBe(2);
    expect(run.complaints).toHaveLength(1);
    expect(run.complaints[0].zh).toContain("上年报告无法使用");
    expect(run.stdout).toContain("机关：平潭综合实验区");
  });
});
