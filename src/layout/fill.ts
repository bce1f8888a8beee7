// A report's values placed into the layout's input cells (pure): what `import` writes and what the
// add-in inserts for a report it has read.
import { buildReportLayout, PROSE_SECTIONS, proseRowHeight } from "./report-layout";
import { parseAddress } from "./a1";
import { LayoutCell, SheetLayout } from "./types";
import { getValue, parseRefKey, refKey, Report } from "../report/model";
import { SectionId } from "../report/format";

function particularValue(report: Report, key: string): string | number | null | undefined {
  switch (key) {
    case "agency":
      return report.agency;
    case "year":
      return report.year;
    case "address":
    case "phone":
    case "website": {
      const v = report.meta?.[key];
      return typeof v === "string" ? v : null;
    }
    default:
      return undefined;
  }
}

/** The value an input cell of `key` gets from the report; undefined when the key is not an input. */
export function valueForKey(report: Report, key: string): string | number | null | undefined {
  const ref = parseRefKey(key);
  if (ref) {
    const v = getValue(report, ref);
    if (v !== null) return v;
    // text that could not be read as a number goes back in as text, so the sheet shows what was there
    const unreadable = report.meta?.unreadable?.find((u) => refKey(u.ref) === key);
    return unreadable ? unreadable.text : null;
  }
  if (key in report.sections) return report.sections[key as SectionId];
  return particularValue(report, key);
}

/** The layout with every input cell holding the report's value. */
export function fillLayout(layout: SheetLayout, report: Report): SheetLayout {
  const cells: LayoutCell[] = layout.cells.map((c) => {
    if (c.key === undefined) return c;
    const v = valueForKey(report, c.key);
    return v === undefined ? c : { ...c, value: v };
  });
  // prose rows grow with their text
  const rowHeights = { ...layout.rowHeights };
  for (const c of cells) {
    if (!PROSE_SECTIONS.some((s) => s.id === c.key)) continue;
    rowHeights[parseAddress(c.address)!.row] = proseRowHeight(typeof c.value === "string" ? c.value : null);
  }
  return { ...layout, cells, rowHeights };
}

/** The filled worksheet of a report: its title and particulars set, every value in its cell. */
export function reportSheet(report: Report): SheetLayout {
  return fillLayout(buildReportLayout({ agency: report.agency, year: report.year }), report);
}
