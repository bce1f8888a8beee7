// The layout knows the cell of every key and the key (and label) of every input cell; each input cell
// is validated and unlocked; the title formula gives the same title as reportTitle().
import { HyperFormula } from "hyperformula";
import { parseAddress, parseRange, cellsOf, address } from "../src/layout/a1";
import { buildReportLayout, buildReportLayoutWithBlocks, labelAtAddress, layoutCellOf, PARTICULARS, PROSE_SECTIONS, refAtAddress } from "../src/layout/report-layout";
import { fillLayout } from "../src/layout/fill";
import { reportTitle, sectionHeading } from "../src/report/format";
import { cellLabel } from "../src/report/labels";
import { ALL_CELLS, isFeeCell, refKey } from "../src/report/model";
import { pingtanReport } from "./support/fixtures";

const layout = buildReportLayout();

test("key → cell → key for all 200 values, the particulars and the prose sections, each at its own cell", () => {
  const keys = [...ALL_CELLS.map(refKey), ...PARTICULARS.map((p) => p.key), ...PROSE_SECTIONS.map((s) => s.id)];
  const addresses = keys.map((k) => layoutCellOf(k)!.address);
  expect(new Set(addresses).size).toBe(keys.length);
  keys.forEach((k, i) => expect(refAtAddress(addresses[i])).toBe(k));
});

test("address → the label a message uses, for every cell a merged input covers", () => {
  for (const ref of ALL_CELLS) {
    const top = layoutCellOf(refKey(ref))!.address;
    const merge = layout.merges.find((m) => m.startsWith(`${top}:`));
    const covered = merge ? cellsOf(parseRange(merge)!).map((c) => address(c.row, c.col)) : [top];
    for (const a of covered) expect(labelAtAddress(a)).toBe(cellLabel(ref));
  }
  expect(labelAtAddress(layoutCellOf("t3.results_total.natural_person")!.address)).toBe("表三「（七）总计」行「自然人」列");
  expect(labelAtAddress(layoutCellOf("agency")!.address)).toBe("机关名称");
  expect(labelAtAddress(layoutCellOf("s6")!.address)).toBe(sectionHeading("s6"));
  expect(labelAtAddress("A1")).toBeNull(); // the title is not an input
  expect(refAtAddress("not an address")).toBeNull();
});

test("every value cell is unlocked, filled and validated: whole ≥ 0, the fee decimal ≥ 0", () => {
  const validated = (a: string) => layout.validations.filter((v) => cellsOf(parseRange(v.range)!).some((c) => address(c.row, c.col) === a));
  for (const ref of ALL_CELLS) {
    const cell = layoutCellOf(refKey(ref))!;
    const style = layout.styles[cell.style!];
    expect(style.locked).toBe(false);
    expect(style.fill).toBeDefined();
    const v = validated(cell.address);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ type: isFeeCell(ref) ? "decimal" : "whole", min: 0 });
    expect(v[0].inputMessage).toMatch(/[\u4e00-\u9fff]/);
    expect(v[0].errorMessage).toMatch(/[\u4e00-\u9fff]/);
  }
  for (const c of layout.cells.filter((x) => x.key === undefined && (typeof x.value === "string" || x.formula !== undefined))) expect(layout.styles[c.style!].locked).not.toBe(false);
});

test("every named block lies inside its region and names distinct cells", () => {
  const { blocks, sheet } = buildReportLayoutWithBlocks();
  expect(new Set(sheet.names.map((n) => n.name)).size).toBe(sheet.names.length);
  for (const block of blocks) {
    const area = parseRange(block.range)!;
    for (const c of block.cells) {
      const at = parseAddress(c.address)!;
      expect(at.row >= area.top && at.row <= area.bottom && at.col >= area.left && at.col <= area.right).toBe(true);
    }
  }
  const named = blocks.flatMap((b) => b.cells.map((c) => c.key)).sort();
  expect(named).toEqual([...ALL_CELLS.map(refKey), ...PARTICULARS.map((p) => p.key), ...PROSE_SECTIONS.map((s) => s.id)].sort());
});

test("the title formula gives reportTitle() for the particulars typed in, the year optional", () => {
  const title = layout.cells.find((c) => c.formula !== undefined)!;
  const agency = parseAddress(layoutCellOf("agency")!.address)!;
  const year = parseAddress(layoutCellOf("year")!.address)!;
  for (const [name, y] of [["平潭综合实验区", 2024], ["某镇人民政府", null]] as const) {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    const sheet = hf.getSheetId(hf.addSheet("S"))!;
    hf.setCellContents({ sheet, row: agency.row - 1, col: agency.col - 1 }, name);
    hf.setCellContents({ sheet, row: year.row - 1, col: year.col - 1 }, y);
    expect(hf.calculateFormula(`=${title.formula}`, sheet)).toBe(reportTitle(name, y));
    hf.destroy();
  }
});

test("a filled layout holds the report's values and its prose rows grow with the text", () => {
  const report = pingtanReport(2024);
  const filled = fillLayout(layout, report);
  expect(filled.cells.find((c) => c.key === "t3.new_received.total")!.value).toBe(report.t3.new_received.total);
  expect(filled.cells.find((c) => c.key === "s1")!.value).toBe(report.sections.s1);
  const s1Row = parseAddress(layoutCellOf("s1")!.address)!.row;
  expect(filled.rowHeights[s1Row]).toBeGreaterThan(layout.rowHeights[s1Row]);
  expect(filled.rowHeights[s1Row]).toBeLessThanOrEqual(409);
  expect(layout.cells.find((c) => c.key === "t3.new_received.total")!.value).toBeNull(); // the template itself untouched
});
