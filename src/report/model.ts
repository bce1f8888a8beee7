// The Report JSON of ../shared/format/report-json.md, and one addressing scheme (CellRef) for every
// value in it, used alike by the rules, the worksheet layout, the parsers and the renderers.
import {
  SECTION_IDS,
  SectionId,
  T2_BLOCKS,
  T2_CELLS,
  T2RowKey,
  T3_COLUMNS,
  T3_COLUMN_KEYS,
  T3_ROWS,
  T3_ROW_KEYS,
  T3ColumnKey,
  T3RowKey,
  T4_COLUMNS,
  T4_COLUMN_KEYS,
  T4ColumnKey,
} from "./format";

/** A table value: a number, or null when the input does not give it (never a guessed 0). */
export type Value = number | null;

export interface T2Values {
  regulations: { issued: Value; repealed: Value; in_force: Value };
  normative_docs: { issued: Value; repealed: Value; in_force: Value };
  admin_license: { decisions: Value };
  admin_penalty: { decisions: Value };
  admin_coercion: { decisions: Value };
  admin_fees: { fee_amount: Value };
}
export type T3Values = Record<T3RowKey, Record<T3ColumnKey, Value>>;
export type T4Values = Record<T4ColumnKey, Value>;
export type Sections = Record<SectionId, string | null>;

/** A cell whose text could not be read as a number; kept so NONNEG_INT can name it. */
export interface UnreadableValue {
  ref: CellRef;
  text: string;
}

export interface ReportMeta {
  /** where the report was read from: "txt" | "md" | "html" | "docx" | "xlsx" | "json" | "pdf-text" … */
  source_format?: string;
  preamble?: string | null;
  address?: string | null;
  phone?: string | null;
  website?: string | null;
  /** section ids in the order their headings appear in the input (for SECTIONS_PRESENT) */
  section_order?: SectionId[];
  unreadable?: UnreadableValue[];
  /** worksheet cell address of each value, "t3.granted.total" → "J12" (set by the .xlsx reader) */
  cells?: Record<string, string>;
  /** rows whose run-together digits allow more than one split: their values stay null, with a note of their own */
  ambiguities?: { table: TableId; row: string | null }[];
  /** the text the format was recognised in, e.g. the 2019 markers found */
  old_format_markers?: string[];
  [extra: string]: unknown;
}

export interface Report {
  agency: string | null;
  year: number | null;
  t2: T2Values;
  t3: T3Values;
  t4: T4Values;
  sections: Sections;
  meta?: ReportMeta;
}

export type ReportFormat = "2021" | "2019" | "unknown";

// ---------------------------------------------------------------- addressing

export type TableId = "t2" | "t3" | "t4";
/** One value of a report. Table 四 has a single row, so its `row` is null. */
export type CellRef =
  | { table: "t2"; row: T2RowKey; column: string }
  | { table: "t3"; row: T3RowKey; column: T3ColumnKey }
  | { table: "t4"; row: null; column: T4ColumnKey };

export const t2 = (row: T2RowKey, column: string): CellRef => ({ table: "t2", row, column });
export const t3 = (row: T3RowKey, column: T3ColumnKey): CellRef => ({ table: "t3", row, column });
export const t4 = (column: T4ColumnKey): CellRef => ({ table: "t4", row: null, column });

/** "t3.granted.total", "t4.review_total" — a stable string key for maps and defined names. */
export function refKey(ref: CellRef): string {
  return ref.row === null ? `${ref.table}.${ref.column}` : `${ref.table}.${ref.row}.${ref.column}`;
}


export const T2_REFS: readonly CellRef[] = T2_CELLS.map((c) => t2(c.row, c.column));
export const T3_REFS: readonly CellRef[] = T3_ROW_KEYS.flatMap((r) => T3_COLUMN_KEYS.map((c) => t3(r, c)));
export const T4_REFS: readonly CellRef[] = T4_COLUMN_KEYS.map((c) => t4(c));
/** All 200 table values, in reading order: 11 of table 二, 175 of table 三, 15 of table 四. */
export const ALL_CELLS: readonly CellRef[] = [...T2_REFS, ...T3_REFS, ...T4_REFS];

// readers look a key up for every cell they read: a map, not a scan of the 200
const REF_BY_KEY = new Map(ALL_CELLS.map((r) => [refKey(r), r]));

export function parseRefKey(key: string): CellRef | null {
  return REF_BY_KEY.get(key) ?? null;
}

export function isFeeCell(ref: CellRef): boolean {
  return ref.table === "t2" && ref.column === "fee_amount";
}

export function getValue(report: Report, ref: CellRef): Value {
  switch (ref.table) {
    case "t2":
      return (report.t2[ref.row] as Record<string, Value>)[ref.column] ?? null;
    case "t3":
      return report.t3[ref.row][ref.column] ?? null;
    case "t4":
      return report.t4[ref.column] ?? null;
  }
}

/** The sum of the cells, or null while any of them is blank (not yet filled). */
export function sumOf(report: Report, refs: readonly CellRef[]): number | null {
  let total = 0;
  for (const ref of refs) {
    const v = getValue(report, ref);
    if (v === null || !Number.isFinite(v)) return null;
    total += v;
  }
  return total;
}

export function setValue(report: Report, ref: CellRef, value: Value): void {
  switch (ref.table) {
    case "t2":
      (report.t2[ref.row] as Record<string, Value>)[ref.column] = value;
      return;
    case "t3":
      report.t3[ref.row][ref.column] = value;
      return;
    case "t4":
      report.t4[ref.column] = value;
      return;
  }
}

/** A report with every value null and no prose: what a parser fills in. */
export function emptyReport(agency: string | null = null, year: number | null = null): Report {
  const t2Values = {} as Record<string, Record<string, Value>>;
  for (const block of T2_BLOCKS) {
    for (const row of block.rows) {
      t2Values[row.key] = Object.fromEntries(block.columns.map((c) => [c.key, null]));
    }
  }
  const t3Values = Object.fromEntries(
    T3_ROWS.map((r) => [r.key, Object.fromEntries(T3_COLUMNS.map((c) => [c.key, null]))]),
  ) as T3Values;
  const t4Values = Object.fromEntries(T4_COLUMNS.map((c) => [c.key, null])) as T4Values;
  const sections = Object.fromEntries(SECTION_IDS.map((s) => [s, null])) as Sections;
  return { agency, year, t2: t2Values as unknown as T2Values, t3: t3Values, t4: t4Values, sections };
}

export function cloneReport(report: Report): Report {
  return JSON.parse(JSON.stringify(report)) as Report;
}

/** The report as the contract prints it: the six fixed keys first, then meta. */
export function toReportJson(report: Report): Report {
  const { agency, year, t2: t2v, t3: t3v, t4: t4v, sections, meta } = report;
  return meta === undefined ? { agency, year, t2: t2v, t3: t3v, t4: t4v, sections } : { agency, year, t2: t2v, t3: t3v, t4: t4v, sections, meta };
}
