// Read-back: every export of a real report (the five 平潭 years and the seed) is read by the report
// parser with all 200 table values equal, and the prose comes back too.
import { SECTION_IDS } from "../src/report/format";
import { ALL_CELLS, getValue, refKey, Report } from "../src/report/model";
import { parseReport } from "../src/report/parse/index";
import { renderText } from "../src/report/render/formats";
import { renderDocx } from "../src/report/render/render-docx";
import { fixturePath, pingtanReport, PINGTAN_YEARS } from "./support/fixtures";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

type Format = "txt" | "md" | "html" | "docx";

async function exportBytes(report: Report, format: Format): Promise<Uint8Array> {
  return format === "docx" ? (await renderDocx(report)).bytes : new TextEncoder().encode(renderText(report, format).text);
}

async function readBack(report: Report, format: Format): Promise<Report> {
  const out = await parseReport({ name: `report.${format}`, bytes: await exportBytes(report, format) });
  if (!out.ok) throw new Error(`the ${format} export was not read back: ${out.reason.en}`);
  return out.report;
}

/** The cells whose value differs, as "t3.granted.total: 71 → 70", so a failure names them. */
function differences(a: Report, b: Report): string[] {
  return ALL_CELLS.filter((ref) => getValue(a, ref) !== getValue(b, ref)).map((ref) => `${refKey(ref)}: ${getValue(a, ref)} → ${getValue(b, ref)}`);
}

const squash = (s: string | null) => (s ?? "").replace(/\s+/g, "");
const FORMATS: Format[] = ["txt", "md", "html", "docx"];

describe.each(PINGTAN_YEARS)("平潭 %i", (year) => {
  const report = pingtanReport(year);
  test.each(FORMATS)("%s is read back with all 200 values equal, agency and year", async (format) => {
    const back = await readBack(report, format);
    expect(differences(report, back)).toEqual([]);
    expect(ALL_CELLS.filter((ref) => getValue(back, ref) === null)).toEqual([]);
    expect([back.agency, back.year]).toEqual([report.agency, report.year]);
  });
  test.each(FORMATS)("%s gives back the prose of sections 一, 五 and 六", async (format) => {
    const back = await readBack(report, format);
    for (const id of SECTION_IDS.filter((s) => report.sections[s] !== null)) expect([id, squash(back.sections[id])]).toEqual([id, squash(report.sections[id])]);
  });
});

describe("the seed report (五常市小山子镇 2024)", () => {
  test.each(FORMATS)("read, exported as %s and read again: the same 200 values", async (format) => {
    const seed = await parseReport({ name: "wuchang-xiaoshanzi-2024.txt", bytes: new Uint8Array(fs.readFileSync(fixturePath("wuchang-xiaoshanzi-2024.txt"))) });
    if (!seed.ok) throw new Error(seed.reason.en);
    expect(ALL_CELLS.every((ref) => getValue(seed.report, ref) === 0)).toBe(true);
    const back = await readBack(seed.report, format);
    expect(differences(seed.report, back)).toEqual([]);
    expect(back.agency).toBe(seed.report.agency);
  });
});

describe("xxgk-report export from a published report", () => {
  const ROOT = path.resolve(__dirname, "..");
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "xxgk-report.js"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-roundtrip-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a text export read by the parser gives the same Markdown as the report itself", () => {
    const txt = path.join(dir, "exported.txt");
    fs.writeFileSync(txt, renderText(pingtanReport(2023), "txt").text);
    const r = cli("export", txt, "--format", "md");
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(renderText(pingtanReport(2023), "md").text);
  });


  test("xxgk-report check reads the txt, md and html exports back: all 200 values, no error", () => {
    const report = pingtanReport(2024);
    const json = path.join(dir, "p2024.json");
    fs.writeFileSync(json, JSON.stringify(report));
    const files = (["txt", "md", "html"] as const).map((f) => {
      const out = path.join(dir, `p2024.${f}`);
      expect(cli("export", json, "--format", f, "-o", out).status).toBe(0);
      return out;
    });
    const r = cli("check", "--json", ...files);
    expect(r.status).toBe(0);
    const entries = JSON.parse(r.stdout) as { file: string; ok: boolean; report: Report }[];
    expect(entries.map((e) => [e.file, e.ok])).toEqual(files.map((f) => [f, true]));
    for (const e of entries) expect([e.file, differences(report, e.report)]).toEqual([e.file, []]);
  });

  test("the seed text exported as html: its title and three tables", async () => {
    const out = path.join(dir, "seed.html");
    const r = cli("export", fixturePath("wuchang-xiaoshanzi-2024.txt"), "--format", "html", "-o", out);
    expect(r.status).toBe(0);
    const html = fs.readFileSync(out, "utf8");
    expect(html).toContain("五常市小山子镇人民政府2024年政府信息公开工作年度报告");
    expect(html.match(/<table /g)).toHaveLength(3);
  });
});

test.each(["md", "txt", "html"] as Format[])("prose with markup characters comes back from %s as typed", async (format) => {
  const report = pingtanReport(2024);
  report.sections.s5 = "一是<script>alert(1)</script>与 a & b；二是 *重点* _领域_ #3 [链接](x) `代码` | 竖线 \\ 反斜杠。";
  const back = await readBack(report, format);
  expect(squash(back.sections.s5)).toBe(squash(report.sections.s5));
});
