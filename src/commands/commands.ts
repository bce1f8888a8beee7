// The ribbon's 插入年报模板 (ExecuteFunction): inserts the template with the same defaults the pane
// offers (the workbook's earlier answers, else last calendar year), without opening the pane. An
// existing sheet of that year is activated, never overwritten. Success shows itself (the sheet is
// there); a failure or an Excel too old is said in a small dialog, since the command has no window.
import { buildReportLayout } from "../layout/report-layout";
import { meetsRequirement, officeGateway } from "../excel/office";
import { BOOT_PROBLEMS } from "../taskpane/boot";
import { showMessage } from "./dialog";

export const OLD_EXCEL_ZH = `${BOOT_PROBLEMS["old-excel"].title}：${BOOT_PROBLEMS["old-excel"].body}`;

/** The message for the clerk, or null when the template is in place. */
async function insertOrSay(): Promise<string | null> {
  if (!meetsRequirement()) return OLD_EXCEL_ZH;
  try {
    const outcome = await officeGateway().insertWithDefaults((particulars) => buildReportLayout(particulars));
    return outcome.ok ? null : outcome.reason;
  } catch (err) {
    return `插入年报模板失败：${err instanceof Error ? err.message : String(err)}`;
  }
}

export async function insertReportTemplate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const message = await insertOrSay();
    if (message !== null) await showMessage(message);
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
