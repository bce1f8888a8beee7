// The 2019 trial format (国办公开办函〔2019〕60号) is recognised by labels only it has. Its tables are
// never mapped onto 2021 keys; what can be read is kept in its own shape under meta.tables_2019.
import { OLD_FORMAT_MARKERS_2019, T3_COLUMN_KEYS, T3_ROW_GROUPS, T3_ROWS, T4_COLUMN_KEYS } from "../format";
import { emptyReport } from "../model";
import { hanOnly } from "./clean";
import { HanIndex, labelKey } from "./han-index";
import { Note, readRows, readTable4, Region, RowSpec } from "./extract";
import { agreed } from "./split-digits";
import { Token } from "./tokens";
import { Tables2019 } from "./types";

/** Markers that occur only inside the 2019 tables (the others can occur in prose). */
const TABLE_ONLY = new Set<string>(["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减"] satisfies (typeof OLD_FORMAT_MARKERS_2019)[number][]);

/** The 2019 markers present in the text, as written in format.ts. */
export function markers2019(idx: HanIndex): string[] {
  return OLD_FORMAT_MARKERS_2019.filter((m) => idx.han.includes(hanOnly(m)));
}

export function is2019(found: readonly string[]): boolean {
  return found.length >= 2 && found.some((m) => TABLE_ONLY.has(m));
}

// Table 二 of the 2019 format: its own rows and columns.
const T2_2019: { id: string; label: string; columns: string[] }[] = [
  { id: "regulations", label: "规章", columns: ["本年新制作数量", "本年新公开数量", "对外公开总数量"] },
  { id: "normative_docs", label: "规范性文件", columns: ["本年新制作数量", "本年新公开数量", "对外公开总数量"] },
  { id: "admin_license", label: "行政许可", columns: ["上一年项目数量", "本年增/减", "处理决定数量"] },
  { id: "other_admin_services", label: "其他对外管理服务事项", columns: ["上一年项目数量", "本年增/减", "处理决定数量"] },
  { id: "admin_penalty", label: "行政处罚", columns: ["上一年项目数量", "本年增/减", "处理决定数量"] },
  { id: "admin_coercion", label: "行政强制", columns: ["上一年项目数量", "本年增/减", "处理决定数量"] },
  { id: "admin_fees", label: "行政事业性收费", columns: ["上一年项目数量", "本年增/减"] },
  { id: "gov_procurement", label: "政府集中采购", columns: ["采购项目数量", "采购总金额"] },
];

// Table 三 of the 2019 format: the 2021 rows, except that （六）其他处理 is one row without items.
const T3_2019: { id: string; label: string }[] = [
  ...T3_ROWS.filter((r) => r.parent !== "other_processing" && r.key !== "results_total" && r.key !== "carried_forward").map((r) => ({ id: r.key as string, label: r.label as string })),
  { id: "other_processing", label: T3_ROW_GROUPS.find((g) => g.key === "other_processing")!.label },
  ...T3_ROWS.filter((r) => r.key === "results_total" || r.key === "carried_forward").map((r) => ({ id: r.key as string, label: r.label as string })),
];

function rowValues(idx: HanIndex, tokens: readonly Token[], specs: RowSpec[], columns: (id: string) => readonly string[], region: Region) {
  const out: Record<string, Record<string, number | null>> = {};
  for (const r of readRows(idx, tokens, specs, region)) {
    const cols = columns(r.spec.id);
    // only what the text gives one way: a row that splits several ways stays null here
    const values = r.found && !r.problem && r.candidates.length === 1 ? agreed(r.candidates, cols.length) : cols.map(() => null);
    out[r.spec.id] = Object.fromEntries(cols.map((c, k) => [c, values[k]]));
  }
  return out;
}

/** What of the 2019 tables can be read, in their own rows and columns (table 三 and 四 keep 2021's column keys). */
export function readTables2019(idx: HanIndex, tokens: readonly Token[], regions: { t2: Region; t3: Region; t4: Region }): Tables2019 {
  const t2Specs: RowSpec[] = T2_2019.map((r) => ({ id: r.id, keys: [hanOnly(r.label)], n: r.columns.length, withTotal: false, ordinal: "" }));
  const t2 = rowValues(idx, tokens, t2Specs, (id) => T2_2019.find((r) => r.id === id)!.columns, regions.t2);
  const t3Specs: RowSpec[] = T3_2019.map((r) => ({ id: r.id, keys: [labelKey(r.label)], n: T3_COLUMN_KEYS.length, withTotal: true, ordinal: "" }));
  const t3 = rowValues(idx, tokens, t3Specs, () => T3_COLUMN_KEYS, regions.t3);
  const scratch = emptyReport();
  const ignored: Note[] = [];
  readTable4(idx, tokens, regions.t4, scratch, ignored, []);
  const t4 = Object.fromEntries(T4_COLUMN_KEYS.map((k) => [k, scratch.t4[k]]));
  return { t2, t3, t4 };
}
