// Helpers for the parser tests.
import { ParseResult } from "../src/report/parse/types";

/** The report the parser read; a refusal fails the test with its reason. */
export function ok(result: ParseResult): Extract<ParseResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a report, got: ${result.reason.en}`);
  return result;
}
