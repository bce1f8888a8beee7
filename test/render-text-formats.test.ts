// txt, md and html renderers on real reports: title, preamble, sections in order, the official table
// labels and merges, hostile prose escaped in HTML and intact in text, null values as empty cells.
import { SECTION_IDS, sectionHeading, T3_CORNER_NOTE, T3_ROWS } from "../src/report/format";
import { ALL_CELLS, cloneReport, getValue, Report, setValue, t3 } from "../src/report/model";
import { buildDocument } from "../src/report/render/document";
import { renderHtmlFragment, renderHtmlPage } from "../src/report/render/render-html";
import { escapeMarkdown, renderMarkdown } from "../src/report/render/render-md";
import { renderTxt } from "../src/report/render/render-txt";
import { pingtanReport } from "./support/fixtures";

const HOSTILE = `他说："公开" & 'ok' <script>alert("x")</script> <img src=x onerror="alert(1)"> a&amp;b`;

function hostileReport(): Report {
  const r = pingtanReport(2023);
  r.agency = `测试<b>局</b>&"甲"`;
  r.sections.s1 = `（一）主动公开情况。${HOSTILE}`;
  r.sections.s5 = HOSTILE;
  return r;
}

interface HtmlTree {
  tags: string[];
  attributes: { tag: string; name: string; value: string }[];
  texts: string[];
  cells: { text: string; rowspan: number; colspan: number }[][][]; // tables → rows → cells
}

// A small tokenizer is enough here: every '<' in the output must start a real tag (user text is
// escaped), and that is exactly what these tests check.
const decode = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);

function readHtml(html: string): HtmlTree {
  const tree: HtmlTree = { tags: [], attributes: [], texts: [], cells: [] };
  let cell: { text: string; rowspan: number; colspan: number } | null = null;
  const token = /<(\/?)([a-zA-Z0-9!]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>|([^<]+)/g;
  for (const m of html.matchAll(token)) {
    if (m[4] !== undefined) {
      const text = decode(m[4]);
      if (text.trim()) tree.texts.push(text);
      if (cell) cell.text += text;
      continue;
    }
    const [, closing, name, rawAttrs] = m;
    if (closing) {
      if (name === "td" && cell) {
        const rows = tree.cells[tree.cells.length - 1];
        rows[rows.length - 1].push(cell);
        cell = null;
      }
      continue;
    }
    if (name.startsWith("!")) continue;
    tree.tags.push(name.toLowerCase());
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)) {
      attrs[a[1]] = decode(a[2] ?? "");
      tree.attributes.push({ tag: name, name: a[1], value: attrs[a[1]] });
    }
    if (name === "table") tree.cells.push([]);
    if (name === "tr") tree.cells[tree.cells.length - 1].push([]);
    if (name === "td") cell = { text: "", rowspan: Number(attrs.rowspan ?? 1), colspan: Number(attrs.colspan ?? 1) };
  }
  // nothing may be left over that the tokenizer did not understand
  expect(html.replace(token, "")).toBe("");
  return tree;
}

describe("the report text model", () => {
  test("title, preamble with the 统计期限, and the six section headings in order", () => {
    const r = pingtanReport(2024);
    const doc = buildDocument(r);
    expect(doc.title).toBe("平潭综合实验区2024年政府信息公开工作年度报告");
    expect(doc.preamble.join("")).toContain("2024年1月1日至2024年12月31日");
    expect(doc.preamble.join("")).toContain("国办公开办函〔2021〕30号");
    expect(doc.sections.map((s) => s.heading)).toEqual(SECTION_IDS.map(sectionHeading));
    expect(doc.warnings).toEqual([]);
  });

  test("contact clauses come from meta when present and are left out, not invented, when absent", () => {
    const r = pingtanReport(2024);
    expect(buildDocument(r).preamble.join("")).not.toMatch(/地址|电话|查阅/);
    r.meta = { address: "平潭综合实验区金井湾片区", phone: "0591-12345678", website: "https://www.pingtan.gov.cn" };
    const text = buildDocument(r).preamble.join("");
    expect(text).toContain("地址：平潭综合实验区金井湾片区");
    expect(text).toContain("电话：0591-12345678");
    expect(text).toContain("https://www.pingtan.gov.cn");
    r.meta = { phone: "0591-12345678" };
    const phoneOnly = buildDocument(r).preamble.join("");
    expect(phoneOnly).toContain("电话：0591-12345678");
    expect(phoneOnly).not.toContain("地址");
  });

  test("a report's own preamble is kept as written", () => {
    const r = pingtanReport(2022);
    r.meta = { preamble: "本报告根据条例编制。\n第二段。" };
    expect(buildDocument(r).preamble).toEqual(["本报告根据条例编制。", "第二段。"]);
    // read from a web page, a preamble may begin with the title: it is not printed twice
    r.meta = { preamble: "平潭综合实验区2022年政府信息公开工作年度报告\n本报告根据条例编制。" };
    expect(buildDocument(r).preamble).toEqual(["本报告根据条例编制。"]);
  });

  test("a blank prose section is exported blank with a warning naming it", () => {
    const r = pingtanReport(2024);
    r.sections.s5 = null;
    r.sections.s6 = "   ";
    const doc = buildDocument(r);
    expect(doc.warnings.map((w) => w.section)).toEqual(["s5", "s6"]);
    expect(doc.warnings[0].zh).toContain("五、存在的主要问题及改进情况");
    const txt = renderTxt(r);
    const between = txt.slice(txt.indexOf(sectionHeading("s5")) + sectionHeading("s5").length, txt.indexOf(sectionHeading("s6")));
    expect(between.trim()).toBe("");
    expect(txt.trimEnd().endsWith(sectionHeading("s6"))).toBe(true);
  });
});

describe("plain text", () => {
  test("every table row is one line with its labels and values separated by tabs", () => {
    const r = pingtanReport(2024);
    const lines = renderTxt(r).split("\n");
    for (const row of T3_ROWS) {
      const line = lines.find((l) => l.split("\t").includes(row.label));
      expect(line).toBeDefined();
      const values = line!.split("\t").slice(-7);
      expect(values).toEqual(["natural_person", "org_commercial", "org_research", "org_social_welfare", "org_legal_service", "org_other", "total"].map((c) => String(r.t3[row.key][c as "total"])));
    }
    expect(lines).toContain("行政事业性收费\t18651.06");
  });

  test("a null value is an empty cell, never 0", () => {
    const r = pingtanReport(2024);
    setValue(r, t3("granted", "org_research"), null);
    const line = renderTxt(r).split("\n").find((l) => l.includes("（一）予以公开"))!;
    expect(line.split("\t")).toEqual(["三、本年度办理结果", "（一）予以公开", "71", "0", "", "0", "0", "0", "71"]);
  });

  test("hostile prose comes out intact", () => {
    const txt = renderTxt(hostileReport());
    expect(txt).toContain(HOSTILE);
    expect(txt.split("\n")[0]).toBe(`测试<b>局</b>&"甲"2023年政府信息公开工作年度报告`);
  });
});

describe("Markdown", () => {
  test("pipe tables with the official labels; prose escaped so it shows as typed", () => {
    const r = hostileReport();
    const md = renderMarkdown(r);
    expect(md).toContain(`| ${escapeMarkdown(T3_CORNER_NOTE)} | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |`);
    const n = r.t2.normative_docs;
    expect(md).toContain(`| 行政规范性文件 | ${n.issued} | ${n.repealed} | ${n.in_force} |`);
    expect(md).not.toContain("<script>");
    // unescaping the Markdown gives back the prose exactly
    expect(md.replace(/\\([\\`*_[\]<>&|#~])/g, "$1")).toContain(HOSTILE);
    for (const id of SECTION_IDS) expect(md).toContain(`## ${sectionHeading(id)}`);
  });
});

describe("HTML", () => {
  test("a standalone page and a fragment: only plain elements, inline styles, no scripts or handlers", () => {
    for (const html of [renderHtmlPage(hostileReport()), renderHtmlFragment(hostileReport())]) {
      const tree = readHtml(html);
      const allowed = new Set(["html", "head", "meta", "title", "body", "div", "h1", "h2", "p", "table", "colgroup", "col", "tbody", "tr", "td"]);
      expect(tree.tags.filter((t) => !allowed.has(t))).toEqual([]);
      expect(tree.attributes.filter((a) => !["style", "rowspan", "colspan", "charset", "name", "content", "lang"].includes(a.name))).toEqual([]);
      // the hostile prose is text, decoded back exactly
      expect(tree.texts).toContain(HOSTILE);
      expect(tree.texts).toContain(`（一）主动公开情况。${HOSTILE}`);
      expect(html).not.toMatch(/<script|<img|<b>/i);
    }
  });

  test("tables 二, 三 and 四 with the official rowspan/colspan", () => {
    const r = pingtanReport(2025);
    const [t2, t3Rows, t4] = readHtml(renderHtmlFragment(r)).cells;
    expect(t2[0]).toEqual([{ text: "第二十条第（一）项", rowspan: 1, colspan: 4 }]);
    expect(t2[5][1]).toEqual({ text: "本年处理决定数量", rowspan: 1, colspan: 3 });
    expect(t3Rows[0]).toEqual([
      { text: T3_CORNER_NOTE, rowspan: 3, colspan: 3 },
      { text: "申请人情况", rowspan: 1, colspan: 7 },
    ]);
    expect(t3Rows[1].map((c) => [c.text, c.rowspan, c.colspan])).toEqual([["自然人", 2, 1], ["法人或其他组织", 1, 5], ["总计", 2, 1]]);
    const results = t3Rows.flat().find((c) => c.text === "三、本年度办理结果")!;
    expect(results.rowspan).toBe(22);
    expect(t3Rows.flat().find((c) => c.text === "（三）不予公开")!.rowspan).toBe(8);
    expect(t3Rows.flat().find((c) => c.text === "（七）总计")!.colspan).toBe(2);
    expect(t3Rows.length).toBe(3 + 25);
    expect(t4[0].map((c) => [c.text, c.colspan])).toEqual([["行政复议", 5], ["行政诉讼", 10]]);
    expect(t4[3].map((c) => c.text)).toEqual(Object.values(r.t4).map(String));
  });

  test("every one of the 200 values is in a cell; a null one is an empty cell", () => {
    const r = pingtanReport(2021);
    setValue(r, ALL_CELLS[0], null);
    const cells = readHtml(renderHtmlFragment(r)).cells;
    const regulationsRow = cells[0][2];
    expect(regulationsRow.map((c) => c.text)).toEqual(["规章", "", String(r.t2.regulations.repealed), String(r.t2.regulations.in_force)]);
    const numericCells = cells.flat(2).filter((c) => /^\d+(\.\d+)?$/.test(c.text)).length;
    expect(numericCells).toBe(199);
    const copy = cloneReport(r);
    expect(getValue(copy, ALL_CELLS[0])).toBeNull();
  });
});
