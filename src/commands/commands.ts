// The ribbon's 插入年报模板 (ExecuteFunction): inserts the template with the same defaults the pane
// offers (the workbook's earlier answers, else last calendar year), without opening the pane. An
// existing sheet of that year is activated, never overwritten.
import { buildReportLayout } from "../layout/report-layout";
import { meetsRequirement, officeGateway } from "../excel/office";

export async function insertReportTemplate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    if (!meetsRequirement()) return;
    await officeGateway().insertWithDefaults((particulars) => buildReportLayout(particulars));
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
