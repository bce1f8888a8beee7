// Reads a workbook made from the template back into a Report. Every block is found through its
// defined name, never a fixed address, and the labels around it are verified at the same offset, so a
// renamed or moved sheet still reads while a workbook that is not ours, or whose layout was damaged
// (rows deleted, names gone), is refused with a reason.
import ExcelJS from "exceljs";
import { address, Area, parseRange } from "../layout/a1";
import { blockWhat, layoutLabels, ReadCell, reportFromCells } from "../layout/read-report";
import { LAYOUT_VERSION, LayoutBlock, NAME_PREFIX, standardLayout, VERSION_NAME } from "../layout/report-layout";
import { fail, ParseResult } from "../report/parse/types";

interface NamedArea {
  sheet: string;
  area: Area;
}

const REMAKE_ZH = "请用「xxgk-report template」重新生成模板，再把数据复制过去";
const REMAKE_EN = "make a fresh template with 'xxgk-report template' and copy the data into it";

function parseNameTarget(target: string): NamedArea | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!'"]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(target.trim());
  if (!m) return null;
  const area = parseRange(m[3].replace(/\$/g, ""));
  return area ? { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), area } : null;
}

function definedNames(workbook: ExcelJS.Workbook): Map<string, NamedArea | null> {
  const out = new Map<string, NamedArea | null>();
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  for (const { name, ranges } of model) {
    out.set(name.toUpperCase(), ranges.length === 1 ? parseNameTarget(ranges[0]) : null);
  }
  return out;
}

/** The text a cell shows, whatever exceljs made of it; "" for an empty cell. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || result === null ? "" : cellText(result as ExcelJS.CellValue);
    }
    if ("text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/** A number when the cell holds one (directly or as a formula result), else null. */
function cellNumber(value: ExcelJS.CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return typeof result === "number" && Number.isFinite(result) ? result : null;
  }
  return null;
}

interface Located {
  ws: ExcelJS.Worksheet;
  /** layout address → address in this workbook */
  at: (layoutAddress: string) => string;
}

function locateBlock(workbook: ExcelJS.Workbook, names: Map<string, NamedArea | null>, block: LayoutBlock): Located | ParseResult {
  const what = blockWhat(block);
  const found = names.get(block.name);
  if (found === undefined || found === null) {
    return fail(
      `工作簿的模板结构已损坏：找不到${what.zh}的名称 ${block.name}（名称被删除，或它指向的单元格已被删除）。${REMAKE_ZH}`,
      `the template layout is damaged: defined name ${block.name} (${what.en}) is missing or broken; ${REMAKE_EN}`,
    );
  }
  const ws = workbook.getWorksheet(found.sheet);
  if (!ws) {
    return fail(`工作簿的模板结构已损坏：名称 ${block.name} 指向不存在的工作表「${found.sheet}」。${REMAKE_ZH}`, `the template layout is damaged: ${block.name} points to a missing sheet '${found.sheet}'; ${REMAKE_EN}`);
  }
  const expected = parseRange(block.range)!;
  const rows = (a: Area) => a.bottom - a.top + 1;
  const cols = (a: Area) => a.right - a.left + 1;
  if (rows(found.area) !== rows(expected) || cols(found.area) !== cols(expected)) {
    return fail(
      `工作簿的模板结构已损坏：${what.zh}的区域应为 ${rows(expected)} 行 × ${cols(expected)} 列，实为 ${rows(found.area)} 行 × ${cols(found.area)} 列（可能删除或插入了行、列）。${REMAKE_ZH}`,
      `the template layout is damaged: ${what.en} should span ${rows(expected)}x${cols(expected)} cells, found ${rows(found.area)}x${cols(found.area)} (rows or columns deleted or inserted); ${REMAKE_EN}`,
    );
  }
  const dr = found.area.top - expected.top;
  const dc = found.area.left - expected.left;
  const at = (layoutAddress: string) => {
    const a = parseRange(layoutAddress)!;
    return address(a.top + dr, a.left + dc);
  };
  return { ws, at };
}

/** The labels around a block must stand where the layout put them, shifted like the block itself. */
function verifyLabels(block: LayoutBlock, located: Located, labels: readonly { address: string; text: string }[]): ParseResult | null {
  const r = block.region;
  for (const label of labels) {
    const a = parseRange(label.address)!;
    if (a.top < r.top || a.top > r.bottom || a.left < r.left || a.left > r.right) continue;
    const where = located.at(label.address);
    const actual = cellText(located.ws.getCell(where).value).trim();
    if (actual !== label.text.trim()) {
      const what = blockWhat(block);
      return fail(
        `工作簿的模板结构已损坏：${what.zh}旁的单元格 ${where} 应为「${label.text}」，实为「${actual}」（可能删除、插入或移动了行、列，或改写了标签）。${REMAKE_ZH}`,
        `the template layout is damaged near ${what.en}: cell ${where} should read '${label.text}' but reads '${actual}' (rows/columns moved or a label overwritten); ${REMAKE_EN}`,
      );
    }
  }
  return null;
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(copy as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return workbook;
  } catch {
    return null;
  }
}

/** The report held by a workbook made from the template, found through its defined names. */
export async function readWorkbookReport(bytes: Uint8Array): Promise<ParseResult> {
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return fail("无法读取：文件不是有效的 Excel 工作簿（.xlsx）", "unreadable: not a valid .xlsx workbook");
  const names = definedNames(workbook);
  const version = names.get(VERSION_NAME);
  if (version === undefined) {
    const ours = [...names.keys()].some((n) => n.startsWith(NAME_PREFIX));
    return ours
      ? fail(`工作簿的模板结构已损坏：找不到记录模板版本的名称 ${VERSION_NAME}。${REMAKE_ZH}`, `the template layout is damaged: defined name ${VERSION_NAME} is missing; ${REMAKE_EN}`)
      : fail(
          "此工作簿不是由年报助手模板生成的（没有模板的名称），无法按单元格读取；请用「xxgk-report template」生成模板填写，或用「xxgk-report import」导入",
          "this workbook was not made from the xxgk-report template (none of its defined names); use 'xxgk-report template' or 'xxgk-report import'",
        );
  }
  const versionSheet = version ? workbook.getWorksheet(version.sheet) : undefined;
  const versionText = version && versionSheet ? cellText(versionSheet.getCell(address(version.area.top, version.area.left)).value).trim() : "";
  if (versionText !== LAYOUT_VERSION) {
    return fail(
      `无法识别此工作簿的模板版本「${versionText}」（本程序认识 ${LAYOUT_VERSION}）。${REMAKE_ZH}`,
      `unknown template version '${versionText}' (this program knows ${LAYOUT_VERSION}); ${REMAKE_EN}`,
    );
  }

  const { sheet, blocks } = standardLayout();
  const labels = layoutLabels(sheet);
  const cells: ReadCell[] = [];
  for (const block of blocks) {
    const located = locateBlock(workbook, names, block);
    if ("ok" in located) return located;
    const damaged = verifyLabels(block, located, labels);
    if (damaged) return damaged;
    for (const { key, address: layoutAddress } of block.cells) {
      const where = located.at(layoutAddress);
      const value = located.ws.getCell(where).value;
      cells.push({ key, address: where, content: { number: cellNumber(value), text: cellText(value) } });
    }
  }
  return { ok: true, report: reportFromCells(cells, "xlsx"), format: "2021", notes: [] };
}
