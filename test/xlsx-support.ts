// Helpers for tests that look inside .xlsx files and the official Word template.
import * as fs from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Area, columnNumber, parseRange } from "../src/layout/a1";
import { FORMAT_JSON } from "./support/fixtures";

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "formula" in v) return String(v.result ?? "");
  return String(v);
}

/** A cell of a table grid: where it starts, how far it spans, what it says. */
export interface GridCell {
  row: number;
  col: number;
  rows: number;
  cols: number;
  text: string;
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** The tables of a .docx as grids (gridSpan and vMerge resolved), in document order. */
export async function docxTables(bytes: Uint8Array): Promise<GridCell[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  return tables.map((tbl) => {
    const cells: GridCell[] = [];
    const open = new Map<number, GridCell>(); // vertical merges in progress, by grid column
    (tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).forEach((tr, row) => {
      let col = 0;
      for (const tc of tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
        const vm = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc);
        const text = squash((tc.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join(""));
        if (vm && vm[1] !== "restart") {
          open.get(col)!.rows++;
        } else {
          const cell = { row, col, rows: 1, cols: span, text };
          cells.push(cell);
          if (vm) open.set(col, cell);
          else open.delete(col);
        }
        col += span;
      }
    });
    return cells;
  });
}

/** The cells of a worksheet area as a grid, merges resolved, relative to the area's top-left. */
export function sheetGrid(ws: ExcelJS.Worksheet, area: Area): GridCell[] {
  const merges: Area[] = ((ws.model as unknown as { merges: string[] }).merges ?? []).map((m) => parseRange(m)!);
  const covered = new Set<string>();
  const cells: GridCell[] = [];
  for (const m of merges) {
    if (m.top < area.top || m.bottom > area.bottom || m.left < area.left || m.right > area.right) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.add(`${r},${c}`);
    cells.push({ row: m.top - area.top, col: m.left - area.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1, text: squash(cellText(ws.getCell(m.top, m.left).value)) });
  }
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (!covered.has(`${r},${c}`)) cells.push({ row: r - area.top, col: c - area.left, rows: 1, cols: 1, text: squash(cellText(ws.getCell(r, c).value)) });
    }
  }
  return cells;
}

/**
 * The same grid with the columns no cell starts in removed: a label the sheet spreads over four narrow
 * columns and the template puts in one wide column then have the same structure.
 */
export function collapseColumns(cells: readonly GridCell[]): GridCell[] {
  const starts = [...new Set(cells.map((c) => c.col))].sort((a, b) => a - b);
  const index = (col: number) => starts.filter((s) => s < col).length;
  return cells
    .map((c) => ({ ...c, col: index(c.col), cols: index(c.col + c.cols) - index(c.col) }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

export const colOf = columnNumber;

interface JsonTable {
  id: string;
  title: string;
  header_row_label?: string;
  corner_note?: string;
  column_groups?: { label: string }[];
  row_groups?: { label: string }[];
  columns: { label: string }[];
  rows: { label: string }[];
}

/**
 * Every label a clerk reads in the tables, straight from report-format-2021.json. Table 四's only row is
 * described there as 「（单一数据行，无行标签）」 — it has no label, so its rows are left out.
 */
export function jsonLabels(): string[] {
  const format = JSON.parse(fs.readFileSync(FORMAT_JSON, "utf8")) as { sections: { no: string; title: string }[]; tables: JsonTable[] };
  const labels: string[] = format.sections.map((s) => `${s.no}、${s.title}`);
  for (const t of format.tables) {
    if (t.id.startsWith("t2")) labels.push(t.title);
    if (t.header_row_label) labels.push(t.header_row_label);
    if (t.corner_note) labels.push(t.corner_note);
    for (const g of [...(t.column_groups ?? []), ...(t.row_groups ?? [])]) labels.push(g.label);
    for (const c of t.columns) labels.push(c.label);
    if (t.id !== "t4") for (const r of t.rows) labels.push(r.label);
  }
  return [...new Set(labels)];
}

/** A binary PPM (P6) image as pixels. */
export function readPpm(bytes: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const header = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error("not a binary PPM");
  return { width: Number(m[1]), height: Number(m[2]), pixels: bytes.subarray(m[0].length) };
}

/** How many pixels have the colour `rgb` ("FF4D4D"), within `tolerance` per channel. */
export function countColour(image: { pixels: Uint8Array }, rgb: string, tolerance = 3): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  let n = 0;
  const p = image.pixels;
  for (let i = 0; i + 2 < p.length; i += 3) {
    if (Math.abs(p[i] - r) <= tolerance && Math.abs(p[i + 1] - g) <= tolerance && Math.abs(p[i + 2] - b) <= tolerance) n++;
  }
  return n;
}
