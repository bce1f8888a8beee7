// Word .docx: a report built here with the `docx` package (tables laid out like the official template,
// merged cells included) reads back to the same values; the official blank template reads as blank.
import * as fs from "fs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { sectionHeading, SECTIONS, T2_BLOCKS, T3_COLUMNS, T3_CORNER_NOTE, T3_ROWS, T3_ROW_GROUPS, T4_COLUMNS } from "../src/report/format";
import { ALL_CELLS, getValue, refKey, Report, Value } from "../src/report/model";
import { parseReport } from "../src/report/parse";
import { fixturePath, pingtanReport } from "./support/fixtures";
import { ok } from "./parse-support";

const text = (s: string) => new Paragraph(s);
// rowSpan makes `docx` write the vMerge continuation cells of the rows below itself
const cell = (s: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [text(s)], columnSpan: opts.columnSpan, rowSpan: opts.rowSpan });
const num = (v: Value) => cell(v === null ? "" : String(v));

function table2(report: Report): Table {
  const rows: TableRow[] = [];
  for (const block of T2_BLOCKS) {
    rows.push(new TableRow({ children: [cell(block.title, { columnSpan: 4 })] }));
    rows.push(new TableRow({ children: [cell(block.header_row_label), ...block.columns.map((c) => cell(c.label, { columnSpan: 4 - block.columns.length === 0 ? 1 : 4 - block.columns.length }))] }));
    for (const r of block.rows) {
      const values = report.t2[r.key] as Record<string, Value>;
      rows.push(new TableRow({ children: [cell(r.label), ...block.columns.map((c) => num(values[c.key]))] }));
    }
  }
  return new Table({ rows });
}

function table3(report: Report): Table {
  const rows: TableRow[] = [
    new TableRow({ children: [cell(T3_CORNER_NOTE, { columnSpan: 3, rowSpan: 3 }), cell("申请人情况", { columnSpan: 7 })] }),
    new TableRow({ children: [cell("自然人", { rowSpan: 2 }), cell("法人或其他组织", { columnSpan: 5 }), cell("总计", { rowSpan: 2 })] }),
    new TableRow({ children: T3_COLUMNS.filter((c) => c.group).map((c) => cell(c.label)) }),
  ];
  let inResults = false;
  for (const r of T3_ROWS) {
    const values = T3_COLUMNS.map((c) => num(report.t3[r.key][c.key]));
    const lead: TableCell[] = [];
    if (r.parent === "results") {
      if (!inResults) lead.push(cell("三、本年度办理结果", { rowSpan: 22 }));
      inResults = true;
    }
    if (r.level === 2) {
      const group = T3_ROW_GROUPS.find((g) => g.key === r.parent)!;
      const first = T3_ROWS.find((x) => x.parent === r.parent)!.key === r.key;
      const size = T3_ROWS.filter((x) => x.parent === r.parent).length;
      if (first) lead.push(cell(group.label, { rowSpan: size }));
      lead.push(cell(r.label));
    } else {
      lead.push(cell(r.label, { columnSpan: r.level === 0 ? 3 : 2 }));
    }
    rows.push(new TableRow({ children: [...lead, ...values] }));
  }
  return new Table({ rows });
}

function table4(report: Report): Table {
  return new Table({
    rows: [
      new TableRow({ children: [cell("行政复议", { columnSpan: 5 }), cell("行政诉讼", { columnSpan: 10 })] }),
      new TableRow({ children: [...T4_COLUMNS.slice(0, 5).map((c) => cell(c.label, { rowSpan: 2 })), cell("未经复议直接起诉", { columnSpan: 5 }), cell("复议后起诉", { columnSpan: 5 })] }),
      new TableRow({ children: T4_COLUMNS.slice(5).map((c) => cell(c.label)) }),
      new TableRow({ children: T4_COLUMNS.map((c) => num(report.t4[c.key])) }),
    ],
  });
}

async function buildDocx(report: Report): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [text(`${report.agency}${report.year}年政府信息公开工作年度报告`), text("本报告依据《中华人民共和国政府信息公开条例》编制。联系电话：0591-23165385。")];
  for (const s of SECTIONS) {
    children.push(text(sectionHeading(s.id)));
    if (s.id === "s2") children.push(table2(report));
    else if (s.id === "s3") children.push(table3(report));
    else if (s.id === "s4") children.push(table4(report));
    else children.push(...(report.sections[s.id] ?? "").split("\n").map(text));
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("Word .docx", () => {
  it("a report written as a Word file with the official merged tables reads back to all 200 values", async () => {
    const source = pingtanReport(2024);
    const bytes = await buildDocx(source);
    const parsed = ok(await parseReport({ name: "report.docx", bytes }));
    for (const ref of ALL_CELLS) expect([refKey(ref), getValue(parsed.report, ref)]).toEqual([refKey(ref), getValue(source, ref)]);
    expect(parsed.format).toBe("2021");
    expect(parsed.report.agency).toBe("平潭综合实验区");
    expect(parsed.report.year).toBe(2024);
    expect(parsed.report.sections.s6).toBe(source.sections.s6);
    expect(parsed.report.meta?.source_format).toBe("docx");
    expect(parsed.report.meta?.section_order).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
  });

  it("blank cells in the Word tables are null, not 0", async () => {
    const source = pingtanReport(2023);
    source.t3.granted.org_other = null;
    source.t4.lit_direct_total = null;
    const parsed = ok(await parseReport({ name: "x.docx", bytes: await buildDocx(source) }));
    expect(parsed.report.t3.granted.org_other).toBeNull();
    expect(parsed.report.t3.granted.natural_person).toBe(source.t3.granted.natural_person);
    expect(parsed.report.t4.lit_direct_total).toBeNull();
    expect(parsed.report.t4.lit_after_review_total).toBe(source.t4.lit_after_review_total);
  });

  it("the official blank template: every label recognised, every value null", async () => {
    const bytes = new Uint8Array(fs.readFileSync(fixturePath("official_30hao_blank_template.docx")));
    const parsed = ok(await parseReport({ name: "政务公开年报模版.docx", bytes }));
    expect(ALL_CELLS.filter((ref) => getValue(parsed.report, ref) !== null)).toEqual([]);
    const found = parsed.report.meta?.labels_found as string[];
    for (const b of T2_BLOCKS) for (const r of b.rows) expect(found).toContain(`t2.${r.key}`);
    for (const r of T3_ROWS) expect(found).toContain(`t3.${r.key}`);
    expect(found).toContain("t4");
    expect(parsed.format).toBe("2021");
    expect(parsed.report.meta?.section_order).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(parsed.report.sections.s6).toContain("收取信息处理费情况在此处报告");
  });

  it("a zip that is not a Word document, or a damaged one, is refused with a reason", async () => {
    const damaged = await parseReport({ name: "a.docx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]) });
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.reason.zh).toContain("损坏");
  });
});
