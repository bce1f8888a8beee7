// What every reader of a published report returns. Errors are values: a reason in Chinese for the
// clerk and in English for developers, never an exception.
import { Report, ReportFormat } from "../model";
import { Finding } from "../rules";

export interface ParseInput {
  /** file name or path; its extension is a hint, the content decides */
  name: string;
  bytes: Uint8Array;
}

export interface Reason {
  zh: string;
  en: string;
}

export type ParseResult =
  | { ok: true; report: Report; format: ReportFormat; notes: Finding[] }
  | { ok: false; reason: Reason };

export const fail = (zh: string, en: string): ParseResult => ({ ok: false, reason: { zh, en } });

/** A row whose run-together digits split more than one way under the rules: the values stay null. */
export interface Ambiguity {
  table: "t2" | "t3" | "t4";
  /** row key (null for table 四) */
  row: string | null;
  /** the digits as the text gives them */
  written: string;
  /** every reading that fits the rules, in column order */
  candidates: (number | null)[][];
}

/** What the readers put under report.meta beyond ReportMeta's own fields (all optional). */
export interface ParseMeta {
  /** rows whose labels were found: "t2.regulations", "t3.granted", …, and "t4" for table 四's header */
  labels_found?: string[];
  ambiguities?: Ambiguity[];
  /** OCR look-alikes read as digits, e.g. "1O5→105" */
  ocr_fixes?: string[];
  /** the text was in traditional characters and was converted to simplified */
  converted_from_traditional?: boolean;
  /** the byte encoding, when it was not UTF-8 (e.g. "gb18030") */
  encoding?: string;
  /** a 2019-format report's tables in their own rows and columns (表三 with one （六）其他处理 row) */
  tables_2019?: Tables2019;
}

export interface Tables2019 {
  t2: Record<string, Record<string, number | null>>;
  t3: Record<string, Record<string, number | null>>;
  t4: Record<string, number | null>;
}
