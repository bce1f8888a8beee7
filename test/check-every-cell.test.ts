// Generated, not sampled: every one of the 175 cells of table 三 and the 15 of table 四, raised by 1 in a
// valid real report (平潭 2023, read from report JSON bytes like any input), is caught by an error finding
// at that cell's row or column.
import { checkParsed } from "../src/cli/commands/check";
import { readBytes } from "../src/cli/read-input";
import { T4_COLUMNS, T4GroupKey, t4GroupLabel } from "../src/report/format";
import { cloneReport, getValue, Report, setValue, T3_REFS, T4_REFS, CellRef } from "../src/report/model";
import { pingtanReport } from "./support/fixtures";

const base = pingtanReport(2023);

async function findingsWithOneMore(ref: CellRef) {
  const report: Report = cloneReport(base);
  setValue(report, ref, (getValue(report, ref) as number) + 1);
  const input = await readBytes("mutated.json", new TextEncoder().encode(JSON.stringify(report)));
  if (!input.ok) throw new Error(input.reason.en);
  return checkParsed(input, null).findings.filter((f) => f.severity === "error");
}

describe("changing any one cell is caught at its row or column", () => {
  test("the unchanged report has no error finding", async () => {
    const input = await readBytes("base.json", new TextEncoder().encode(JSON.stringify(base)));
    if (!input.ok) throw new Error(input.reason.en);
    expect(checkParsed(input, null).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  expect(T3_REFS).toHaveLength(175);
  test.each(T3_REFS.map((ref) => [`${ref.row}.${ref.column}`, ref] as const))("table 三 %s + 1", async (_name, ref) => {
    const errors = await findingsWithOneMore(ref);
    expect(errors.length).toBeGreaterThan(0);
    const atCell = errors.filter((f) => f.table === "t3" && (f.row === ref.row || f.column === ref.column));
    expect(atCell.length).toBeGreaterThan(0);
    for (const f of atCell) expect(Math.abs((f.expected as number) - (f.actual as number))).toBe(1);
  });

  expect(T4_REFS).toHaveLength(15);
  test.each(T4_REFS.map((ref) => [ref.column, ref] as const))("table 四 %s + 1", async (_name, ref) => {
    const errors = await findingsWithOneMore(ref);
    const group = T4_COLUMNS.find((c) => c.key === ref.column)!.group as T4GroupKey;
    const groupColumns = T4_COLUMNS.filter((c) => c.group === group).map((c) => c.key as string);
    const atGroup = errors.filter((f) => f.table === "t4" && f.column !== null && groupColumns.includes(f.column));
    expect(atGroup).toHaveLength(1);
    expect(atGroup[0].message).toContain(`「${t4GroupLabel(group)}」`);
    expect(Math.abs((atGroup[0].expected as number) - (atGroup[0].actual as number))).toBe(1);
  });
});
