// The ribbon's 插入年报模板 (ExecuteFunction): inserts the template with the same defaults the pane
// offers (the workbook's earlier answers, else last calendar year), without opening the pane. An
// existing sheet of that year is activated, never overwritten. Success shows itself (the sheet is
// there); a failure or an Excel too old is said in a small dialog, since the command has no window.
import { buildReportLayout } from "../layout/report-layout";
import { meetsRequirement, officeGateway } from "../excel/office";
import { bootMessage } from "../taskpane/boot";
import { detectLocale, Locale, Strings, stringsFor } from "../taskpane/i18n";
import { showMessage } from "./dialog";

export function oldExcelMessage(t: Strings): string {
  const { title, body } = bootMessage("old-excel", t);
  return `${title}${t.titleSeparator}${body}`;
}

/** The message for the clerk, or null when the template is in place. */
async function insertOrSay(t: Strings): Promise<string | null> {
  if (!meetsRequirement()) return oldExcelMessage(t);
  try {
    const outcome = await officeGateway().insertWithDefaults((particulars) => buildReportLayout(particulars));
    return outcome.ok ? null : outcome.reason;
  } catch (err) {
    return t.insertFailed(err instanceof Error ? err.message : String(err));
  }
}

export async function insertReportTemplate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // Office is ready here: its display language decides; Excel's own reasons pass as they come
    const locale: Locale = detectLocale();
    const message = await insertOrSay(stringsFor(locale));
    if (message !== null) await showMessage(message, location.href, locale);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // hosts before Office.actions find the function on the global object (below)
  if (Office.actions) Office.actions.associate("insertReportTemplate", insertReportTemplate);
});
// older hosts look the function up on the global object
(globalThis as unknown as Record<string, unknown>).insertReportTemplate = insertReportTemplate;
