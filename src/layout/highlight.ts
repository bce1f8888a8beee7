// Conditional formats generated from the sum declarations (rules.ts): a sum check whose cells are all
// numbers and do not add up paints its target cells strong and its addend cells light; an entry that
// is not a valid value (text, negative, a fraction in a count cell) is painted in a third colour.
// Blank cells are "not yet filled": a check with a blank cell stays quiet, exactly like evaluateSum.
// Only functions Excel, WPS and LibreOffice share (AND, OR, NOT, IF, ISNUMBER, INT, ABS, COUNT, SUM).
import { absoluteRange, areaText, Cell, rectangles, Area, address } from "./a1";
import { ALL_CELLS, CellRef, isFeeCell } from "../report/model";
import { SUM_RULES, SumCheck, SumRule } from "../report/rules";
import { ConditionalFormat } from "./types";

export const HIGHLIGHT_STYLES = { strong: "hl_strong", light: "hl_light", invalid: "hl_invalid" } as const;

/** Tolerance of a sum comparison; the engine's sumHolds uses the same. */
const EPSILON = "0.000000001";

function refsToAreas(refs: readonly CellRef[], at: (ref: CellRef) => Cell): Area[] {
  return rectangles(refs.map(at));
}

/** TRUE when every cell of the check holds a number and the two sides differ. */
export function brokenSumFormula(check: SumCheck, at: (ref: CellRef) => Cell): string {
  const targets = refsToAreas(check.target, at).map(absoluteRange).join(",");
  const addends = refsToAreas(check.addends, at).map(absoluteRange).join(",");
  return (
    `AND(COUNT(${addends})=${check.addends.length},COUNT(${targets})=${check.target.length},` +
    `ABS(SUM(${targets})-SUM(${addends}))>${EPSILON})`
  );
}

/** Relative to the top-left cell `a`: TRUE for text, a negative number, or a fraction in a count cell. */
export function invalidEntryFormula(a: string, fee: boolean): string {
  return fee ? `IF(ISNUMBER(${a}),${a}<0,${a}<>"")` : `IF(ISNUMBER(${a}),OR(${a}<0,${a}<>INT(${a})),${a}<>"")`;
}

/**
 * Invalid entries first, then broken totals, then their addends: where several apply, the lower
 * priority number wins (Excel and WPS by priority; the list is also in that order for LibreOffice).
 */
export function highlightFormats(at: (ref: CellRef) => Cell, rules: readonly SumRule[] = SUM_RULES): ConditionalFormat[] {
  const out: Omit<ConditionalFormat, "priority">[] = [];
  for (const fee of [false, true]) {
    const refs = ALL_CELLS.filter((r) => isFeeCell(r) === fee);
    for (const area of refsToAreas(refs, at)) {
      out.push({ range: areaText(area), formula: invalidEntryFormula(address(area.top, area.left), fee), style: HIGHLIGHT_STYLES.invalid });
    }
  }
  for (const side of ["target", "addends"] as const) {
    for (const rule of rules) {
      for (const check of rule.instances) {
        const formula = brokenSumFormula(check, at);
        const style = side === "target" ? HIGHLIGHT_STYLES.strong : HIGHLIGHT_STYLES.light;
        for (const area of refsToAreas(check[side], at)) out.push({ range: areaText(area), formula, style });
      }
    }
  }
  return out.map((cf, i) => ({ ...cf, priority: i + 1 }));
}
