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
