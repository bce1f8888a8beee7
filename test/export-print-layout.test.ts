// 插入到新工作表: the finished report laid out for printing, drawn to a real workbook with exceljs and
// read back: every table row in order with its values as numbers, the official merges, A4 fitted to width.
import ExcelJS from "exceljs";
import { T3_CORNER_NOTE, T3_ROWS } from "../src/report/format";
import { Report, t3 } from "../src/report/model";
import { printLayout } from "../src/report/print-layout";
import { renderTxt } from "../src/report/render/render-txt";
import { drawLayout } from "../src/xlsx/write-template";
import { pingtanReport } from "./support/fixtures";
import { setValue } from "../src/report/model";

async function drawnSheet(report: Report): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  drawLayout(wb, printLayout(report));
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again.worksheets[0];
}

/** The sheet's rows as text: the value of each cell that is not covered by a merge, in column order. */
function sheetLines(ws: ExcelJS.Worksheet): { line: string[]; types: string[] }[] {
  const out: { line: string[]; types: string[] }[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const line: string[] = [];
    const types: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      line.push(cell.value === null || cell.value === undefined ? "" : String(cell.value));
      types.push(typeof cell.value);
    });
    out.push({ line, types });
  });
  return out;
}

describe("the print sheet", () => {
  test("its table rows read as the text export's, values as numbers", async () => {
    const report = pingtanReport(2024);
    const rows = sheetLines(await drawnSheet(report));
    const txt = renderTxt(report).split("\n");
    const tableLines = txt.filter((l) => l.includes("\t"));
    const sheetText = new Set(rows.map((r) => r.line.join("\t")));
    expect(tableLines.length).toBeGreaterThan(40);
    for (const line of tableLines) expect([line, sheetText.has(line)]).toEqual([line, true]);
    const granted = rows.find((r) => r.line.includes("（一）予以公开"))!;
    expect(granted.types.slice(-7)).toEqual(new Array(7).fill("number"));
  });

  test("title, headings, merges of the official tables, A4 portrait fitted to width", async () => {
    const report = pingtanReport(2023);
    const layout = printLayout(report);
    expect(layout.cells[0]).toMatchObject({ address: "A1", value: "平潭综合实验区2023年政府信息公开工作年度报告" });
    expect(layout.print).toMatchObject({ paperSize: "A4", orientation: "portrait", fitToWidth: true });
    const ws = await drawnSheet(report);
    const find = (text: string) => {
      let at: ExcelJS.Cell | null = null;
      ws.eachRow((row) => row.eachCell((c) => (c.value === text && at === null ? (at = c) : undefined)));
      return at as ExcelJS.Cell | null;
    };
    const span = (text: string) => {
      const c = find(text)!;
      const merge = layout.merges.find((m) => m.startsWith(`${c.address}:`))!;
      const [, end] = merge.split(":");
      const endRow = Number(/\d+/.exec(end)![0]);
      return endRow - Number(c.row) + 1;
    };
    expect(span("三、本年度办理结果")).toBe(22);
    expect(span("（三）不予公开")).toBe(8);
    expect(span(T3_CORNER_NOTE)).toBe(3);
    expect(find("五、存在的主要问题及改进情况")).not.toBeNull();
    // merges never overlap
    const taken = new Set<string>();
    for (const m of layout.merges) {
      const [a, b] = m.split(":").map((x) => ({ col: x.charCodeAt(0) - 64, row: Number(x.slice(1)) }));
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) {
        const key = `${r}:${c}`;
        expect(taken.has(key)).toBe(false);
        taken.add(key);
      }
    }
  });

  test("a null value is an empty cell, never 0", async () => {
    const report = pingtanReport(2022);
    setValue(report, t3("granted", "natural_person"), null);
    const row = sheetLines(await drawnSheet(report)).find((r) => r.line.includes(T3_ROWS[2].label))!;
    const values = row.line.slice(-7);
    expect(values[0]).toBe("");
    expect(values.slice(1)).toEqual(["org_commercial", "org_research", "org_social_welfare", "org_legal_service", "org_other", "total"].map((c) => String(report.t3.granted[c as "total"])));
  });
});
