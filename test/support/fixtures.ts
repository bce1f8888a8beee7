// Real fixtures from ../shared/fixtures, as tests need them. The 平潭 reports are built from the decoded
// values in the fixture .tsv (not from our parser), with the prose cut from the published page text.
import * as fs from "fs";
import * as path from "path";
import { SECTIONS, T3_ROW_KEYS, T4_COLUMN_KEYS, T3_COLUMN_KEYS, sectionHeading } from "../../src/report/format";
import { emptyReport, Report } from "../../src/report/model";

export const SHARED = path.resolve(__dirname, "../../../shared");
export const FIXTURES = path.join(SHARED, "fixtures");
export const FORMAT_JSON = path.join(SHARED, "format", "report-format-2021.json");
export const PINGTAN_YEARS = [2021, 2022, 2023, 2024, 2025] as const;

export const fixturePath = (...p: string[]) => path.join(FIXTURES, ...p);
export const readFixture = (...p: string[]) => fs.readFileSync(fixturePath(...p), "utf8");
export const pingtanPagePath = (year: number) => fixturePath("pingtan", `pingtan_${year}_page.txt`);

const TSV_T3_ROWS = ["new", "carried_over", "granted", "partial", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "u1", "u2", "u3", "n1", "n2", "n3", "n4", "n5", "o1", "o2", "o3", "total", "carry_next"];

/** The decoded table values of one 平潭 year, straight from the fixture .tsv. */
export function pingtanValues(year: number): Report {
  const report = emptyReport("平潭综合实验区", year);
  const lines = readFixture("pingtan", "pingtan_2021-2025_decoded_tables.tsv").split("\n");
  for (const line of lines) {
    const [y, table, row, , values] = line.split("\t");
    if (Number(y) !== year || !values) continue;
    const nums = values.split(",").map(Number);
    if (table === "table2") {
      const t2 = report.t2;
      if (row === "regulations" || row === "normative_docs") [t2[row].issued, t2[row].repealed, t2[row].in_force] = nums;
      if (row === "licensing") t2.admin_license.decisions = nums[0];
      if (row === "punishment") t2.admin_penalty.decisions = nums[0];
      if (row === "coercion") t2.admin_coercion.decisions = nums[0];
      if (row === "fees") t2.admin_fees.fee_amount = nums[0];
    } else if (table === "table3") {
      const key = T3_ROW_KEYS[TSV_T3_ROWS.indexOf(row)];
      T3_COLUMN_KEYS.forEach((c, i) => (report.t3[key][c] = nums[i]));
    } else if (table === "table4") {
      T4_COLUMN_KEYS.forEach((c, i) => (report.t4[c] = nums[i]));
    }
  }
  return report;
}

/** Prose of sections 一, 五 and 六 cut from the published page at the section headings. */
export function pingtanProse(year: number): Report["sections"] {
  const text = fs.readFileSync(pingtanPagePath(year), "utf8");
  const body = text.slice(text.indexOf("一、总体情况"));
  const at = SECTIONS.map((s, i) => (i === 5 ? body.lastIndexOf(sectionHeading(s.id)) : body.indexOf(sectionHeading(s.id))));
  const cut = (i: number) => body.slice(at[i] + sectionHeading(SECTIONS[i].id).length, i < 5 ? at[i + 1] : undefined).replace("附件下载", "").trim();
  return { s1: cut(0), s2: null, s3: null, s4: null, s5: cut(4), s6: cut(5) };
}

/** A complete 平潭 report JSON: decoded values plus the published prose. */
export function pingtanReport(year: number): Report {
  return { ...pingtanValues(year), sections: pingtanProse(year) };
}
