// STOPGAP until src/report/parse/index.ts lands (owned by the parser helper): reads only report JSON,
// behind the same interface, so `check` can be built and tested. Delete once the real parser exists.
import { ALL_CELLS, CellRef, emptyReport, Report, setValue } from "../report/model";
import { SECTION_IDS } from "../report/format";
import { fail, ParseInput, ParseResult } from "../report/parse/types";

function pick(obj: unknown, ref: CellRef): unknown {
  const o = obj as Record<string, any>;
  if (ref.table === "t4") return o?.t4?.[ref.column];
  return o?.[ref.table]?.[ref.row]?.[ref.column];
}

export async function parseReport(input: ParseInput): Promise<ParseResult> {
  if (!/\.json$/i.test(input.name)) return fail("暂只能读取 JSON（文本解析器尚未合入）", "only JSON can be read until the text parser lands");
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8").decode(input.bytes));
  } catch (err) {
    return fail(`不是有效的 JSON：${(err as Error).message}`, `malformed JSON: ${(err as Error).message}`);
  }
  if (typeof data !== "object" || data === null || !("t3" in data)) return fail("JSON 不是年报数据（缺少 t3）", "JSON is not a report (no t3)");
  const d = data as Record<string, any>;
  const report: Report = emptyReport(typeof d.agency === "string" ? d.agency : null, typeof d.year === "number" ? d.year : null);
  for (const ref of ALL_CELLS) {
    const v = pick(d, ref);
    if (typeof v === "number") setValue(report, ref, v);
  }
  for (const s of SECTION_IDS) if (typeof d.sections?.[s] === "string") report.sections[s] = d.sections[s];
  return { ok: true, report, format: "2021", notes: [] };
}
