// Word (.docx) with the `docx` package, in the 公文 conventions: A4; title centred in 方正小标宋简体 二号;
// body 仿宋_GB2312 三号 with a two-character first-line indent; section headings 黑体 三号; tables in 宋体
// with the merges of the official blank template; page numbers in the footer. Pure: runs in the browser
// (the pane lazy-loads this module) and in Node, and returns the bytes of the file.
import {
  AlignmentType,
  Document,
  Footer,
  IRunOptions,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { Report } from "../model";
import { buildDocument, ExportWarning, ReportDocument } from "./document";
import { expandGrid, GridCell, TableGrid } from "./tables";

/** Font names as Word, WPS and LibreOffice know them, each with the more common face to fall back on. */
export const DOCX_FONTS = {
  title: { name: "方正小标宋简体", fallback: "宋体" },
  body: { name: "仿宋_GB2312", fallback: "仿宋" },
  heading: { name: "黑体", fallback: "SimHei" },
  table: { name: "宋体", fallback: "SimSun" },
} as const;
type FontRole = keyof typeof DOCX_FONTS;

/** Chinese type sizes in half-points: 二号 22pt, 三号 16pt, 五号 10.5pt. */
export const DOCX_SIZES = { title: 44, body: 32, heading: 32, table: 21, footer: 28 } as const;

// A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips.
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

function font(role: FontRole): IRunOptions["font"] {
  const name = DOCX_FONTS[role].name;
  return { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: name, cs: name, hint: "eastAsia" };
}

const run = (text: string, role: FontRole, size: number): TextRun => new TextRun({ text, font: font(role), size });

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, "body", DOCX_SIZES.body)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLineChars: 200, firstLine: 2 * 20 * 16 },
    spacing: { line: 560, lineRule: "exact" },
  });
}

function tableCell(c: GridCell, width: number): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [run(c.text, "table", DOCX_SIZES.table)],
        alignment: c.role === "label" ? AlignmentType.LEFT : AlignmentType.CENTER,
      }),
    ],
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
  });
}

/** The grid as a Word table; `docx` writes rowSpan as vMerge restart/continue and colSpan as gridSpan. */
export function docxTable(grid: TableGrid): Table {
  const total = grid.columnWidths.reduce((a, b) => a + b, 0);
  const widths = grid.columnWidths.map((w) => Math.floor((w * TEXT_WIDTH) / total));
  const slots = expandGrid(grid);
  const rows = grid.rows.map((_, r) => {
    // each cell as wide as the grid columns it spans, found where the merged-over slots leave it
    const cells = slots[r].flatMap((slot, c) =>
      slot.kind === "origin" ? [tableCell(slot.cell, widths.slice(c, c + slot.cell.colSpan).reduce((a, b) => a + b, 0))] : [],
    );
    return new TableRow({ children: cells, tableHeader: r < grid.headerRows, cantSplit: true });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
  });
}

function pageNumberFooter(): Footer {
  const dash = (text: string) => new TextRun({ text, font: font("table"), size: DOCX_SIZES.footer });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [dash("— "), new TextRun({ children: [PageNumber.CURRENT], font: font("table"), size: DOCX_SIZES.footer }), dash(" —")],
      }),
    ],
  });
}

/** fontTable.xml naming every font the document uses with its fallback (w:altName). */
export function fontTableXml(): string {
  const fonts = Object.values(DOCX_FONTS)
    .map((f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
    `${fonts}</w:fonts>`
  );
}

export function documentToDocx(doc: ReportDocument): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [run(doc.title, "title", DOCX_SIZES.title)], alignment: AlignmentType.CENTER, spacing: { after: 320, line: 700, lineRule: "exact" } }),
    ...doc.preamble.map(bodyParagraph),
  ];
  for (const section of doc.sections) {
    children.push(
      new Paragraph({
        children: [run(section.heading, "heading", DOCX_SIZES.heading)],
        indent: { firstLineChars: 200, firstLine: 2 * 20 * 16 },
        spacing: { line: 560, lineRule: "exact" },
        keepNext: true,
      }),
    );
    children.push(...section.paragraphs.map(bodyParagraph));
    if (section.table) children.push(docxTable(section.table), new Paragraph({ children: [] }));
  }
  return new Document({
    title: doc.title,
    creator: "政府信息公开年报助手",
    styles: { default: { document: { run: { font: font("body"), size: DOCX_SIZES.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: 1134 },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

export interface DocxExport {
  bytes: Uint8Array<ArrayBuffer>;
  warnings: ExportWarning[];
}

/** The report as a .docx file's bytes (wrap in a Blob in the browser, write to a file in Node). */
export async function renderDocx(report: Report): Promise<DocxExport> {
  const doc = buildDocument(report);
  const buffer = await Packer.toArrayBuffer(documentToDocx(doc), false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
  return { bytes: new Uint8Array(buffer), warnings: doc.warnings };
}
