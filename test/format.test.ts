import * as fs from "fs";
import { SECTIONS, T2_BLOCKS, T3_COLUMNS, T3_CORNER_NOTE, T3_ROW_GROUPS, T3_ROWS, T4_COLUMNS, T4_GROUPS, OLD_FORMAT_MARKERS_2019 } from "../src/report/format";
import { ALL_CELLS, emptyReport, getValue, refKey, parseRefKey } from "../src/report/model";
import { FORMAT_JSON } from "./support/fixtures";

const spec = JSON.parse(fs.readFileSync(FORMAT_JSON, "utf8"));
const table = (id: string) => spec.tables.find((t: { id: string }) => t.id === id);

describe("the format as data matches report-format-2021.json", () => {
  test("six sections with their numbers and titles, in order", () => {
    expect(SECTIONS.map((s) => [s.id, s.no, s.title, s.kind])).toEqual(spec.sections.map((s: any) => [s.id, s.no, s.title, s.kind]));
  });

  test("table 二 blocks: titles, row and column keys and labels", () => {
    const ids = spec.sections.find((s: any) => s.id === "s2").tables;
    expect(T2_BLOCKS.map((b) => b.id)).toEqual(ids);
    for (const block of T2_BLOCKS) {
      const t = table(block.id);
      expect(block.title).toBe(t.title);
      expect(block.header_row_label).toBe(t.header_row_label);
      expect(block.rows.map((r) => [r.key, r.label])).toEqual(t.rows.map((r: any) => [r.key, r.label]));
      expect(block.columns.map((c) => [c.key, c.label])).toEqual(t.columns.map((c: any) => [c.key, c.label]));
    }
  });

  test("table 三: 25 rows, 7 columns, row groups and corner note verbatim", () => {
    const t = table("t3");
    expect(T3_ROWS.map((r) => [r.key, r.label, r.level, r.parent, r.kind])).toEqual(t.rows.map((r: any) => [r.key, r.label, r.level, r.parent, r.kind]));
    expect(T3_COLUMNS.map((c) => [c.key, c.label, c.group])).toEqual(t.columns.map((c: any) => [c.key, c.label, c.group]));
    expect(T3_ROW_GROUPS.map((g) => [g.key, g.label, g.level, g.parent])).toEqual(t.row_groups.map((g: any) => [g.key, g.label, g.level, g.parent]));
    expect(T3_CORNER_NOTE).toBe(t.corner_note);
    expect(T3_ROWS).toHaveLength(25);
  });

  test("table 四: 15 columns under 行政复议 / 未经复议直接起诉 / 复议后起诉", () => {
    const t = table("t4");
    expect(T4_COLUMNS.map((c) => [c.key, c.label, c.group])).toEqual(t.columns.map((c: any) => [c.key, c.label, c.group]));
    for (const g of T4_GROUPS) expect(t.column_groups.find((x: any) => x.key === g.key).label).toBe(g.label);
  });

  test("the 2019 markers", () => {
    expect([...OLD_FORMAT_MARKERS_2019]).toEqual(spec.old_format_markers_2019);
  });
});

describe("the report model", () => {
  test("addresses 200 values: 11 + 175 + 15, each with a unique key that parses back", () => {
    expect(ALL_CELLS).toHaveLength(200);
    const keys = ALL_CELLS.map(refKey);
    expect(new Set(keys).size).toBe(200);
    for (const k of keys) expect(refKey(parseRefKey(k)!)).toBe(k);
  });

  test("an empty report holds null everywhere, never 0", () => {
    const r = emptyReport();
    expect(ALL_CELLS.every((ref) => getValue(r, ref) === null)).toBe(true);
    expect(Object.values(r.sections).every((s) => s === null)).toBe(true);
  });
});
