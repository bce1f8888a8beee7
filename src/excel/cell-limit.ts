// Excel keeps at most 32,767 characters in a cell, and a longer value fails the whole batch it is in.
// Prose past the limit is held back one section at a time, with a notice saying how long it is, so
// the rest of the report is still written and nothing is cut off silently.
import type { SheetLayout } from "../layout/types";
import { SECTION_IDS, SectionId, sectionHeading } from "../report/format";

export const CELL_TEXT_LIMIT = 32767;

const count = (n: number) => n.toLocaleString("en-US");

function labelOf(key: string): string {
  return (SECTION_IDS as readonly string[]).includes(key) ? `「${sectionHeading(key as SectionId)}」` : `「${key}」`;
}

export function tooLong(value: unknown): value is string {
  return typeof value === "string" && value.length > CELL_TEXT_LIMIT;
}

/** 「一、总体情况」共 40,000 字，超过… */
export function tooLongNote(key: string, length: number): string {
  return `${labelOf(key)}共 ${count(length)} 字，超过 Excel 单元格的上限 ${count(CELL_TEXT_LIMIT)} 字，这一部分未写入；请删减到 ${count(CELL_TEXT_LIMIT)} 字以内后再写入。`;
}

/** The values Excel can take, and a notice for each one held back. */
export function valuesWithinLimit<V>(values: Map<string, V>): { values: Map<string, V>; notes: string[] } {
  const kept = new Map<string, V>();
  const notes: string[] = [];
  for (const [key, value] of values) {
    if (tooLong(value)) notes.push(tooLongNote(key, value.length));
    else kept.set(key, value);
  }
  return { values: kept, notes };
}

/** The layout with any over-long cell left empty, and a notice for each. */
export function layoutWithinLimit(layout: SheetLayout): { layout: SheetLayout; notes: string[] } {
  const notes: string[] = [];
  const cells = layout.cells.map((c) => {
    if (!tooLong(c.value)) return c;
    notes.push(tooLongNote(c.key ?? c.address, c.value.length));
    return { ...c, value: null };
  });
  return { layout: notes.length ? { ...layout, cells } : layout, notes };
}

/** appendProse: the section with the new paragraph would not fit in its cell. */
export function appendTooLongReason(key: string, length: number): string {
  return `加上这段文字后，${labelOf(key)}共 ${count(length)} 字，超过 Excel 单元格的上限 ${count(CELL_TEXT_LIMIT)} 字，未写入；请先删减这一部分的文字。`;
}
