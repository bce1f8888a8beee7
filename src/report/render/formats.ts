// The export formats, one table for the command line and the pane: name, file extension, MIME type,
// and how to render. Word is produced asynchronously and lives in its own module (render-docx.ts), so a
// caller that never exports Word never loads the `docx` package.
import { Report } from "../model";
import { buildDocument, ExportWarning } from "./document";
import { documentToHtmlFragment, documentToHtmlPage } from "./render-html";
import { documentToMarkdown } from "./render-md";
import { documentToText } from "./render-txt";

export const EXPORT_FORMATS = ["txt", "md", "html", "docx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { extension: string; mime: string; label: string }> = {
  txt: { extension: ".txt", mime: "text/plain;charset=utf-8", label: "纯文本（.txt）" },
  md: { extension: ".md", mime: "text/markdown;charset=utf-8", label: "Markdown（.md）" },
  html: { extension: ".html", mime: "text/html;charset=utf-8", label: "网页（.html）" },
  docx: { extension: ".docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word 文档（.docx）" },
};

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export interface TextExport {
  text: string;
  warnings: ExportWarning[];
}

/** txt, md or html (a standalone page, or with `fragment` the part to paste into a CMS). */
export function renderText(report: Report, format: Exclude<ExportFormat, "docx">, options: { fragment?: boolean } = {}): TextExport {
  const doc = buildDocument(report);
  const text =
    format === "txt"
      ? documentToText(doc)
      : format === "md"
        ? documentToMarkdown(doc)
        : options.fragment
          ? documentToHtmlFragment(doc)
          : documentToHtmlPage(doc);
  return { text, warnings: doc.warnings };
}

/** The export file name: 「{标题}.docx」, without characters that file systems refuse. */
export function exportFileName(title: string, format: ExportFormat): string {
  const safe = title.replace(/[\\/:*?"<>|\r\n\t]+/g, "_").trim() || "政府信息公开工作年度报告";
  return `${safe}${FORMAT_INFO[format].extension}`;
}
