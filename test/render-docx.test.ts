// The Word file: A4, the 公文 fonts and sizes, page numbers, three tables with the merges of the official
// blank template, hostile prose intact; and LibreOffice turns it into a PDF whose text holds the title
// and the table labels.
import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { reportTitle, SECTION_IDS, sectionHeading, T3_ROWS } from "../src/report/format";
import { Report } from "../src/report/model";
import { renderDocx } from "../src/report/render/render-docx";
import { fixturePath, pingtanReport, PINGTAN_YEARS } from "./support/fixtures";
import { describeWith, needProgram } from "./support/system";

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);

interface WordCell {
  text: string;
  gridSpan: number;
  vMerge: "restart" | "continue" | null;
}

/** Each table of document.xml as rows of cells with their text and merges. */
function wordTables(documentXml: string): WordCell[][][] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((tr) =>
      [...tr[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => {
        const xml = tc[1];
        const span = /<w:gridSpan w:val="(\d+)"/.exec(xml);
        const vm = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml);
        return {
          text: decodeXml([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
          gridSpan: span ? Number(span[1]) : 1,
          vMerge: vm ? ((vm[1] ?? "continue") as "restart" | "continue") : null,
        };
      }),
    ),
  );
}

async function documentXml(bytes: Uint8Array): Promise<{ zip: JSZip; xml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return { zip, xml: await zip.file("word/document.xml")!.async("string") };
}

const blank = (s: string) => s.replace(/[\s\u3000]/g, "") === "";

describe("the Word file", () => {
  let template: WordCell[][][];
  beforeAll(async () => {
    template = wordTables((await documentXml(fs.readFileSync(fixturePath("official_30hao_blank_template.docx")))).xml);
  });

  test.each(PINGTAN_YEARS)("平潭 %i: three tables with the merges and labels of the official template and every value", async (year) => {
    const report = pingtanReport(year);
    const ours = wordTables((await documentXml((await renderDocx(report)).bytes)).xml);
    expect(ours).toHaveLength(3);
    expect(template).toHaveLength(3);
    ours.forEach((table, t) => {
      expect(table.map((row) => row.length)).toEqual(template[t].map((row) => row.length));
      table.forEach((row, r) =>
        row.forEach((cell, c) => {
          const official = template[t][r][c];
          expect([t, r, c, cell.gridSpan, cell.vMerge]).toEqual([t, r, c, official.gridSpan, official.vMerge]);
          if (!blank(official.text)) expect(cell.text).toBe(official.text);
          else expect(cell.text).toMatch(/^(\d+(\.\d+)?)?$/);
        }),
      );
    });
    // the values, in reading order, are the report's 200
    const numbers = ours.flat(2).filter((c) => /^\d+(\.\d+)?$/.test(c.text)).map((c) => Number(c.text));
    const expected = [
      ...Object.values(report.t2).flatMap((row) => Object.values(row)),
      ...T3_ROWS.flatMap((row) => Object.values(report.t3[row.key])),
      ...Object.values(report.t4),
    ];
    expect(numbers).toEqual(expected);
  });

  test("a null value is an empty cell, never 0", async () => {
    const report = pingtanReport(2024);
    report.t3.granted.org_research = null;
    const ours = wordTables((await documentXml((await renderDocx(report)).bytes)).xml);
    const grantedRow = ours[1].find((row) => row.some((c) => c.text === "（一）予以公开"))!;
    expect(grantedRow.slice(-7).map((c) => c.text)).toEqual(
      (["natural_person", "org_commercial", "org_research", "org_social_welfare", "org_legal_service", "org_other", "total"] as const).map((k) =>
        report.t3.granted[k] === null ? "" : String(report.t3.granted[k]),
      ),
    );
    expect(grantedRow.slice(-7)[2].text).toBe("");
  });

  test("A4, the 公文 fonts and sizes with fallbacks, two-character indent, page numbers", async () => {
    const { zip, xml } = await documentXml((await renderDocx(pingtanReport(2024))).bytes);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const runWith = (font: string, size: number, text: string) =>
      new RegExp(`<w:r>(?:(?!</w:r>).)*w:eastAsia="${font}"(?:(?!</w:r>).)*<w:sz w:val="${size}"/>(?:(?!</w:r>).)*<w:t[^>]*>${text}</w:t>`, "s");
    expect(xml).toMatch(runWith("方正小标宋简体", 44, reportTitle("平潭综合实验区", 2024)));
    for (const id of SECTION_IDS) expect(xml).toMatch(runWith("黑体", 32, sectionHeading(id)));
    expect(xml).toMatch(runWith("仿宋_GB2312", 32, "2024年，无收取信息处理费情况。"));
    expect(xml).toMatch(runWith("宋体", 21, "第二十条第（一）项"));
    expect(xml).toContain('w:firstLineChars="200"');
    const fonts = await zip.file("word/fontTable.xml")!.async("string");
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    const footer = await zip.file(footers[0])!.async("string");
    expect(footer).toMatch(/PAGE/);
  });

  test("hostile prose comes out intact, as text, in the Word file", async () => {
    const report: Report = pingtanReport(2022);
    const hostile = `<script>alert("x")</script> <img src=x onerror="alert(1)"> 甲&乙 '单' "双"`;
    report.sections.s5 = hostile;
    const { xml } = await documentXml((await renderDocx(report)).bytes);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]));
    expect(texts).toContain(hostile);
    expect(xml).not.toContain("<script>");
  });

  test("control characters pasted from Excel cannot break the file: U+000B is a line break, the rest dropped", async () => {
    const report = pingtanReport(2024);
    report.sections.s5 = "第一段\u000b第二段\u0001结束\u001f。";
    const { xml } = await documentXml((await renderDocx(report)).bytes);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(["第一段", "第二段结束。"]));
  });

  test("a blank section is blank in the file and reported as a warning", async () => {
    const report = pingtanReport(2024);
    report.sections.s6 = null;
    const out = await renderDocx(report);
    expect(out.warnings.map((w) => w.section)).toEqual(["s6"]);
    const { xml } = await documentXml(out.bytes);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts.slice(texts.lastIndexOf(sectionHeading("s6")))).toEqual([sectionHeading("s6")]);
  });
});

describeWith("soffice", "converting the exported Word file to PDF with LibreOffice")("LibreOffice reads the Word file", () => {
  test("the PDF holds the title, the section headings and the table labels", async () => {
    if (!needProgram("pdftotext", "reading the text of the converted PDF")) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-docx-"));
    try {
      const docx = path.join(dir, "report.docx");
      fs.writeFileSync(docx, (await renderDocx(pingtanReport(2023))).bytes);
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "ignore", timeout: 120000 });
      const text = execFileSync("pdftotext", [path.join(dir, "report.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, "");
      expect(text).toContain(reportTitle("平潭综合实验区", 2023));
      for (const id of SECTION_IDS) expect(text).toContain(sectionHeading(id));
      for (const label of ["第二十条第（一）项", "行政规范性文件", "本年收费金额（单位：万元）", "申请人情况", "法人或其他组织", "1.属于国家秘密", "四、结转下年度继续办理", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]) {
        expect(text).toContain(label);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
