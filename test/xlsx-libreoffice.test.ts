// A real office suite opens the workbooks: LibreOffice converts the template, a clean filled workbook
// and a broken one to PDF. The text of the PDF holds every label; the rendered pages of the broken
// workbook show the highlight colours — so LibreOffice evaluated the conditional-format formulas on
// load — while the clean one shows none of them.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { COLORS } from "../src/layout/report-layout";
import { t3 } from "../src/report/model";
import { buildReportLayout } from "../src/layout/report-layout";
import { writeReportWorkbook } from "../src/xlsx/report-workbook";
import { writeTemplate } from "../src/xlsx/write-template";
import { pingtanReport } from "./support/fixtures";
import { needProgram } from "./support/system";
import { countColour, jsonLabels, readPpm } from "./xlsx-support";

const ready = needProgram("soffice", "LibreOffice renders the template") && needProgram("pdftotext", "PDF text of the rendered template") && needProgram("pdftoppm", "pixels of the rendered workbook");
const describeLibreOffice = ready ? describe : describe.skip;

describeLibreOffice("LibreOffice renders the workbooks", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-lo-"));
  const pdf = (name: string) => path.join(dir, `${name}.pdf`);

  /** All pages of a PDF rendered at 50 dpi, as pixels. */
  const pages = (name: string) => {
    execFileSync("pdftoppm", ["-r", "50", pdf(name), path.join(dir, `${name}-page`)]);
    return fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(`${name}-page`) && f.endsWith(".ppm"))
      .map((f) => readPpm(new Uint8Array(fs.readFileSync(path.join(dir, f)))));
  };
  const pixels = (name: string, rgb: string) => pages(name).reduce((n, page) => n + countColour(page, rgb), 0);

  beforeAll(async () => {
    const broken = pingtanReport(2024);
    broken.t3.granted.total = (broken.t3.granted.total ?? 0) + 5; // a wrong row total
    broken.t4.review_upheld = -2; // a negative count
    broken.t3.partial.natural_person = null;
    broken.meta = { unreadable: [{ ref: t3("partial", "natural_person"), text: "十二" }] }; // text in a count cell
    expect(broken.t4.review_total).not.toBeNull();
    fs.writeFileSync(path.join(dir, "template.xlsx"), await writeTemplate(buildReportLayout({ agency: "平潭综合实验区", year: 2025 })));
    fs.writeFileSync(path.join(dir, "clean.xlsx"), await writeReportWorkbook(pingtanReport(2024)));
    fs.writeFileSync(path.join(dir, "broken.xlsx"), await writeReportWorkbook(broken));
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...["template", "clean", "broken"].map((n) => path.join(dir, `${n}.xlsx`))],
      { stdio: "ignore", timeout: 180000 },
    );
  }, 200000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the PDF of the template holds every label of the format and the title", () => {
    const text = execFileSync("pdftotext", ["-raw", pdf("template"), "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    const missing = jsonLabels().filter((label) => !text.includes(label.replace(/\s+/g, "")));
    expect(missing).toEqual([]);
    expect(text).toContain("平潭综合实验区2025年政府信息公开工作年度报告");
  });

  test("the broken workbook shows the strong, light and invalid colours; the clean one none of them", () => {
    expect(pixels("clean", COLORS.input)).toBeGreaterThan(1000); // the page really has colour
    expect(pixels("clean", COLORS.strong)).toBe(0);
    expect(pixels("clean", COLORS.light)).toBe(0);
    expect(pixels("clean", COLORS.invalid)).toBe(0);
    expect(pixels("broken", COLORS.strong)).toBeGreaterThan(100);
    expect(pixels("broken", COLORS.light)).toBeGreaterThan(100);
    expect(pixels("broken", COLORS.invalid)).toBeGreaterThan(100);
  });
});
