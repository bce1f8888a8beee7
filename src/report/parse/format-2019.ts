// The 2019 trial format (国办公开办函〔2019〕60号) is recognised by labels only it has. Its tables are
// never mapped onto 2021 keys; what can be read is kept in its own shape under meta.tables_2019.
import { OLD_FORMAT_MARKERS_2019 } from "../format";
import { hanOnly } from "./clean";
import { HanIndex } from "./han-index";
import { readRows, Region, RowSpec } from "./extract";
import { agreed } from "./split-digits";
import { Token } from "./tokens";

/** Markers that occur only inside the 2019 tables (the others can occur in prose). */
const TABLE_ONLY = new Set(["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减"]);

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

export interface Tables2019 {
  t2: Record<string, Record<string, number | null>>;
}

/** What of the 2019 table 二 can be read where its cells are written one by one. */
export function readTables2019(idx: HanIndex, tokens: readonly Token[], region: Region): Tables2019 {
  const specs: RowSpec[] = T2_2019.map((r) => ({ id: r.id, keys: [hanOnly(r.label)], n: r.columns.length, withTotal: false, ordinal: "" }));
  const rows = readRows(idx, tokens, specs, region);
  const t2: Tables2019["t2"] = {};
  rows.forEach((r, i) => {
    const columns = T2_2019[i].columns;
    const values = r.found && !r.problem && r.candidates.length === 1 ? agreed(r.candidates, columns.length) : columns.map(() => null);
    t2[T2_2019[i].id] = Object.fromEntries(columns.map((c, k) => [c, values[k]]));
  });
  return { t2 };
}
