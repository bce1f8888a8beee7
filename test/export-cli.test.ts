// xxgk-report export on the command line: from report JSON, from a template workbook and from the
// formats the parser reads; every bad input ends with exit 2 and one line in Chinese and English.
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { reportTitle } from "../src/report/format";
import { renderText } from "../src/report/render/formats";
import { writeReportWorkbook } from "../src/xlsx/report-workbook";
import { runCli } from "./check-support";
import { pingtanReport } from "./support/fixtures";

const cli = (...args: string[]) => runCli(args);

let dir: string;
let json: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-export-"));
  json = path.join(dir, "pingtan-2024.json");
  fs.writeFileSync(json, JSON.stringify(pingtanReport(2024)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("xxgk-report export", () => {
  test("from report JSON to txt, md and html files, the same text as the renderers give", () => {
    for (const format of ["txt", "md", "html"] as const) {
      const out = path.join(dir, `out.${format}`);
      const r = cli("export", json, "--format", format, "-o", out);
      expect([r.status, r.stderr]).toEqual([0, ""]);
      expect(fs.readFileSync(out, "utf8")).toBe(renderText(pingtanReport(2024), format).text);
    }
  });

  test("to Word: a .docx file holding the title and three tables", async () => {
    const out = path.join(dir, "out.docx");
    const r = cli("export", json, "--format", "docx", "-o", out);
    expect(r.status).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file("word/document.xml")!.async("string");
    expect(xml).toContain(reportTitle("平潭综合实验区", 2024));
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
  });

  test("the format follows the -o extension when --format is not given; html --fragment is the CMS part", () => {
    const out = path.join(dir, "page.htm");
    expect(cli("export", json, "-o", out).status).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/);
    const fragment = cli("export", json, "--format", "html", "--fragment");
    expect(fragment.status).toBe(0);
    expect(fragment.stdout).toBe(renderText(pingtanReport(2024), "html", { fragment: true }).text);
    expect(fragment.stdout).not.toContain("<html");
  });

  test("a blank section is exported blank with a warning on stderr", () => {
    const report = pingtanReport(2024);
    report.sections.s5 = null;
    const file = path.join(dir, "blank-s5.json");
    fs.writeFileSync(file, JSON.stringify(report));
    const r = cli("export", file, "--format", "txt");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("五、存在的主要问题及改进情况");
    expect(r.stdout).toContain("五、存在的主要问题及改进情况\n\n六、其他需要报告的事项");
  });

  test("remaining errors are named on stderr and the report is exported as it is", () => {
    const report = pingtanReport(2024);
    report.t3.granted.total = (report.t3.granted.total ?? 0) + 1;
    const file = path.join(dir, "broken.json");
    fs.writeFileSync(file, JSON.stringify(report));
    const r = cli("export", file, "--format", "txt");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/仍有 \d+ 处错误/);
    expect(r.stdout).toContain(`（一）予以公开\t${report.t3.granted.natural_person}`);
  });

  test("from a workbook made from the template (.xlsx): the workbook's values and prose", async () => {
    const report = pingtanReport(2025);
    const xlsx = path.join(dir, "pingtan-2025.xlsx");
    fs.writeFileSync(xlsx, await writeReportWorkbook(report));
    const out = path.join(dir, "from-xlsx.txt");
    const r = cli("export", xlsx, "--format", "txt", "-o", out);
    expect(r.status).toBe(0);
    const text = fs.readFileSync(out, "utf8");
    expect(text.split("\n")[0]).toBe(reportTitle("平潭综合实验区", 2025));
    const txtOfReport = renderText(report, "txt").text;
    // the tables are the same lines as exporting the report itself
    const tables = (t: string) => t.slice(t.indexOf("二、主动公开政府信息情况"), t.indexOf("五、存在的主要问题及改进情况"));
    expect(tables(text)).toBe(tables(txtOfReport));
  });

  test.each([
    ["a missing file", ["export", "/nonexistent/report.json", "--format", "txt"]],
    ["an unknown format", ["export", "REPORT", "--format", "pdf"]],
    ["no format and no output file", ["export", "REPORT"]],
    ["Word without -o", ["export", "REPORT", "--format", "docx"]],
    ["malformed JSON", ["export", "MALFORMED", "--format", "txt"]],
  ])("%s: exit 2, a message, no stack trace", (_, args) => {
    const malformed = path.join(dir, "malformed.json");
    fs.writeFileSync(malformed, '{"t3": {');
    const r = cli(...args.map((a) => (a === "REPORT" ? json : a === "MALFORMED" ? malformed : a)));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});
