// Turning the cells of a report sheet back into a Report — shared by the .xlsx reader (src/xlsx/) and
// the Office.js reader (src/excel/), which differ only in how they get at a cell's content.
import { sectionHeading, SECTION_IDS, SectionId } from "../report/format";
import { rowLabel } from "../report/labels";
import { emptyReport, parseRefKey, Report, setValue, UnreadableValue } from "../report/model";
import { parseRange } from "./a1";
import { LayoutBlock, PARTICULARS, PROSE_SECTIONS } from "./report-layout";
import { SheetLayout } from "./types";

/** A cell as a reader sees it: the number it holds (directly or as a formula result) and its text ("" when empty). */
export interface CellContent {
  number: number | null;
  text: string;
}

export interface ReadCell {
  /** layout key: "t3.granted.total", "agency", "year", "s1", "address" … */
  key: string;
  /** where the cell stands on this sheet */
  address: string;
  content: CellContent;
}

/** How a message names a block: 表三, 表二「规章」行, 「机关名称」, 「一、总体情况」. */
export function blockWhat(block: LayoutBlock): { zh: string; en: string } {
  const key = block.cells[0]?.key;
  const ref = key ? parseRefKey(key) : null;
  if (ref?.table === "t3") return { zh: "表三", en: "table 3" };
  if (ref?.table === "t4") return { zh: "表四", en: "table 4" };
  if (ref?.table === "t2") return { zh: `表二「${rowLabel(ref)}」行`, en: `table 2 row ${ref.row}` };
  const particular = PARTICULARS.find((p) => p.key === key);
  if (particular) return { zh: `「${particular.label}」`, en: particular.key };
  const prose = PROSE_SECTIONS.find((s) => s.id === key);
  if (prose) return { zh: `「${sectionHeading(prose.id)}」`, en: `section ${prose.id}` };
  return { zh: block.name, en: block.name };
}

/** The fixed label cells of a layout, which a reader checks to know the sheet was not damaged. */
export function layoutLabels(sheet: SheetLayout): { address: string; row: number; col: number; text: string }[] {
  return sheet.cells
    .filter((c) => c.key === undefined && c.formula === undefined && typeof c.value === "string" && c.value.trim() !== "")
    .map((c) => {
      const a = parseRange(c.address)!;
      return { address: c.address, row: a.top, col: a.left, text: (c.value as string).trim() };
    });
}

function proseText(content: CellContent): string | null {
  const text = content.text.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
  return text.trim() === "" ? null : text;
}

function yearOf(content: CellContent): number | null {
  if (content.number !== null) return Number.isInteger(content.number) ? content.number : null;
  const m = /^\s*(\d{4})\s*年?\s*$/.exec(content.text);
  return m ? Number(m[1]) : null;
}

/**
 * The report the cells hold. A count cell holding text (even "12", which Excel shows as text) is kept
 * as unreadable, so NONNEG_INT names it, as the highlighting does; meta.cells names every value's address.
 * Sections are "" rather than null when blank: their headings are on the sheet (SECTIONS_PRESENT holds).
 */
export function reportFromCells(cells: Iterable<ReadCell>, sourceFormat: string): Report {
  const report = emptyReport();
  // Every section heading stands on the sheet, so each section is present; a blank prose cell is "".
  for (const id of SECTION_IDS) report.sections[id] = "";
  const unreadable: UnreadableValue[] = [];
  const addresses: Record<string, string> = {};
  const particulars: Record<string, string | null> = {};
  for (const { key, address, content } of cells) {
    const ref = parseRefKey(key);
    if (ref) {
      addresses[key] = address;
      if (content.number !== null) setValue(report, ref, content.number);
      else if (content.text.trim() !== "") unreadable.push({ ref, text: content.text.trim() });
    } else if (key === "agency") report.agency = proseText(content)?.trim() ?? null;
    else if (key === "year") report.year = yearOf(content);
    else if ((SECTION_IDS as readonly string[]).includes(key)) report.sections[key as SectionId] = proseText(content) ?? "";
    else particulars[key] = proseText(content)?.trim() ?? null;
  }
  report.meta = {
    source_format: sourceFormat,
    address: particulars.address ?? null,
    phone: particulars.phone ?? null,
    website: particulars.website ?? null,
    section_order: [...SECTION_IDS],
    cells: addresses,
    ...(unreadable.length ? { unreadable } : {}),
  };
  return report;
}
