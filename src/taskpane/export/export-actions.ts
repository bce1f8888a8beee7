// What the export panel does, without the UI: each function does one whole job through the ExportHost,
// so the panel stays a thin view and the jobs are testable with a fake host.
import { applicationSummary } from "../../report/application-summary";
import { Report } from "../../report/model";
import { printLayout } from "../../report/print-layout";
import { buildDocument, ExportWarning } from "../../report/render/document";
import { documentToHtmlFragment } from "../../report/render/render-html";
import { documentToText } from "../../report/render/render-txt";
import { exportFileName, ExportFormat, FORMAT_INFO, renderText } from "../../report/render/formats";
import { Finding } from "../../report/rules";
import type { ExportHost } from "../hosts";

export interface ExportReadiness {
  /** error findings: exporting is allowed only after the clerk confirms */
  errors: number;
  /** warnings from the rules and from the export itself (a blank section …), listed, never blocking */
  warnings: string[];
}

export function exportReadiness(report: Report, findings: readonly Finding[]): ExportReadiness {
  const errors = findings.filter((f) => f.severity === "error").length;
  const ruleWarnings = findings.filter((f) => f.severity === "warning").map((f) => f.message);
  const exportWarnings = buildDocument(report).warnings.map((w: ExportWarning) => w.zh);
  return { errors, warnings: [...exportWarnings, ...ruleWarnings] };
}

/** 复制到剪贴板: the HTML fragment (tables kept when pasted into Word, WPS or a CMS) and the plain text, together. */
export async function copyReport(host: ExportHost, report: Report): Promise<void> {
  const doc = buildDocument(report);
  await host.copy(documentToHtmlFragment(doc), documentToText(doc));
}

/** 插入到新工作表: the report laid out for printing; returns the new sheet's name. */
export function insertPrintSheet(host: ExportHost, report: Report): Promise<string> {
  return host.insertSheet(printLayout(report));
}

/** The Word renderer, loaded on first use so the `docx` package stays out of the pane's main bundle. */
export async function loadDocxRenderer(): Promise<typeof import("../../report/render/render-docx")> {
  return import(/* webpackChunkName: "render-docx" */ "../../report/render/render-docx");
}

/** 下载: the chosen format as a file; returns the file name. Only where host.canDownload. */
export async function downloadReport(host: ExportHost, report: Report, format: ExportFormat): Promise<string> {
  const title = buildDocument(report).title;
  const name = exportFileName(title, format);
  let data: Blob;
  if (format === "docx") {
    const { renderDocx } = await loadDocxRenderer();
    const { bytes } = await renderDocx(report);
    data = new Blob([bytes], { type: FORMAT_INFO.docx.mime });
  } else {
    data = new Blob([renderText(report, format).text], { type: FORMAT_INFO[format].mime });
  }
  host.download(name, data);
  return name;
}

export type SummaryOutcome = { ok: true; text: string } | { ok: false; message: string };

/** 生成申请情况说明: the paragraph from table 三, appended to section 一. */
export async function insertApplicationSummary(host: ExportHost, report: Report): Promise<SummaryOutcome> {
  const summary = applicationSummary(report);
  if (!summary.ok) return { ok: false, message: summary.reason.zh };
  await host.appendProse("s1", summary.text);
  return { ok: true, text: summary.text };
}
