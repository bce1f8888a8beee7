// The words of the pane's chrome (headings, labels, buttons, notices) in Chinese, the default, and in
// English, chosen from Office's display language. The report itself is a Chinese document: finding
// messages, table, row and column labels and report text are never translated, and are not here.
import { FORMAT_DOC_NO, sectionHeading, T2_TITLE, T3_TITLE, T4_TITLE } from "../report/format";
import { t3RowLabelOf, TABLE_NAMES } from "../report/labels";
import { REQUIRED_EXCEL_API } from "../excel/requirements";

export type Locale = "zh-CN" | "en-US";

/** 导入上年年报: last year's row 「四、结转下年度继续办理」 goes into this year's 「二、上年结转」 (its label in short). */
export const CARRY_FROM = t3RowLabelOf("carried_forward");
export const CARRY_TO = t3RowLabelOf("carried_over").replace(/政府信息公开申请数量$/, "");
/** 生成申请情况说明 adds its paragraph to this section */
const SUMMARY_SECTION = sectionHeading("s1");

const zhCN = {
  appTitle: "政府信息公开年报助手",
  appIntro: `按${FORMAT_DOC_NO}格式填写年度报告，边填边核对。`,
  particularsTitle: "年报信息",
  agencyLabel: "机关名称",
  agencyHint: "如：某某县人民政府办公室",
  yearLabel: "年度",
  insert: "插入年报模板",
  inserting: "正在插入…",
  currentSheet: (name: string, year: number | null) => `当前年报工作表：「${name}」${year !== null ? `（${year}年）` : ""}`,
  damageTitle: "模板结构已损坏",
  damageMore: (count: number) => ` 等 ${count} 处`,
  damageSeparator: "；",
  damageExplain: "。修复会重新绘制表格并保留所有还能找到的数值，原工作表改名保留。",
  repair: "修复模板",
  repairing: "正在修复…",
  checkTitle: "核对结果",
  recheck: "重新核对",
  checking: "正在核对",
  checkEmpty: "插入年报模板后，这里会随填随查，列出每一处需要修改的地方。",
  readingSheet: "正在读取工作表…",
  colourLegend:
    "单元格着色由工作表自带的条件格式完成，关闭本窗格或把文件发给同事后同样有效：红底白字为与各项之和不符的合计，浅红为参与该合计的单元格，紫色为不是有效数字的输入。",
  exportTitle: "导出年报",
  exportLoading: "正在加载导出功能…",
  exportUnavailable: "插入并填写年报后可导出为文本、网页或 Word。",
  importTitle: "导入年报",
  importLoading: "正在加载导入功能…",
  importIntro: "把上年年报的结转数带入本年，或把已有的年报（网页、Word、文本）填入模板。",
  importOpen: "导入年报…",

  // the live check's notices (reasons from Excel itself are appended as they come)
  yearInvalid: "年度应为四位数字，如 2025",
  inserted: (sheet: string) => `已插入工作表「${sheet}」。黄色单元格可填写；不一致的合计会自动着色。`,
  sheetExists: (year: number, sheet: string) => `${year}年的年报工作表「${sheet}」已存在，已切换到该表（未覆盖已填写的内容）。`,
  redrawn: (notes: string) => `已重新绘制模板。${notes}`,
  watchFailed: (reason: string) => `${reason}；修改后请点“重新核对”。`,

  // the problem list
  problemsTitle: "核对结果",
  problemsSummary: (errors: number, warnings: number) => `共 ${errors} 个错误、${warnings} 个提醒。点击一条即可选中相应单元格。`,
  allClearTitle: "全部核对通过",
  allClearBody: "表二、表三、表四的勾稽关系和填写要求均已满足，六个部分齐全。",
  severityError: "错误",
  severityWarning: "提醒",
  findingButton: (severity: string, message: string) => `${severity}：${message}。按回车键选中单元格`,
  findingText: (severity: string, message: string) => `${severity}：${message}`,
  errorCount: (n: number) => `${n} 个错误`,
  warningCount: (n: number) => `${n} 个提醒`,
  group_t2: `${TABLE_NAMES.t2}　${T2_TITLE}`,
  group_t3: `${TABLE_NAMES.t3}　${T3_TITLE}`,
  group_t4: `${TABLE_NAMES.t4}　${T4_TITLE}`,
  group_text: "文字部分",
  group_blank: "尚未填写",

  // the export panel
  copy: "复制到剪贴板",
  insertSheet: "插入到新工作表",
  download: "下载",
  copied: "已复制",
  copiedBody: "网页格式和纯文本已一起放到剪贴板，可粘贴到 Word、WPS 或网站后台。",
  sheetInserted: "已插入工作表",
  sheetInsertedBody: (sheet: string) => `打印稿在工作表「${sheet}」中。`,
  downloadStarted: "已开始下载",
  actionFailed: (action: string) => `${action}失败`,
  summaryAdded: `已把申请情况说明加到「${SUMMARY_SECTION}」`,
  summaryImpossible: "无法生成申请情况说明",
  summaryFailed: "生成申请情况说明失败",
  errorsLeft: (n: number) => `报告中仍有 ${n} 处错误`,
  errorsLeftHint: "导出前会再次确认。",
  warningsTitle: (n: number) => `${n} 条提示（不影响导出）`,
  downloadFormat: "下载格式",
  format_txt: "纯文本（.txt）",
  format_md: "Markdown（.md）",
  format_html: "网页（.html）",
  format_docx: "Word 文档（.docx）",
  noDownload: "此环境不支持下载文件；可复制到剪贴板后粘贴到 Word、WPS 或网站后台，或插入到新工作表后打印。",
  buildingDocx: "正在生成 Word 文档…",
  pleaseWait: "请稍候…",
  summarise: "生成申请情况说明",
  summariseHint: `根据表三的数字写一段依申请公开情况，加到「${SUMMARY_SECTION}」，使文字与表格一致。`,
  confirmBody: (action: string) => `错误可能使发布的年报数字不一致。建议先改正再导出。仍要${action}吗？`,
  confirmExport: "导出",
  cancel: "取消",
  exportAnyway: "仍要导出",

  // the import panel
  importMode: "导入方式",
  mode_previous: "导入上年年报",
  mode_report: "导入已有年报",
  modeHint_previous: `上年报告「${CARRY_FROM}」的数字将写入本年「${CARRY_TO}」，上年现行有效件数留作连续性检查。`,
  modeHint_report: "用已有的年报（例如在别处开始填写的）填满整个模板；读不到的数值留空，不会填 0。",
  chooseFileLabel: "选择年报文件",
  chooseFile: "选择文件…",
  fileKinds: "网页、Word、文本或 JSON 格式的年报",
  pasteLabel: "或粘贴已发布年报网页的文字",
  readPasted: "读取粘贴的文字",
  reading: "正在读取…",
  writePrevious: "写入上年结转",
  writeReport: "写入模板",
  writing: "正在写入…",
  cannotRead: "无法读取这份年报",
  wrotePrevious: "上年结转已写入，上年现行有效件数已保存。",
  wroteReport: (n: number) => `已写入 ${n} 个数值。`,
  importedPrevious: "已导入上年年报",
  importedReport: "已导入年报",
  writeFailed: "写入工作簿失败",
  previewTitle: "读取结果",
  previewSummary: "读取概况",
  previewSource: "来源",
  previewAgency: "机关",
  previewYear: "年度",
  previewFormat: "格式",
  previewValues: "表格数值",
  previewProse: "文字部分",
  notRead: "（未读到）",
  yearValue: (year: number) => `${year}年`,
  valuesRead: (found: number, missing: number) => `读到 ${found} 个，未读到 ${missing} 个（`,
  valuesReadEnd: "）",
  listSeparator: "，",
  carryTitle: `将写入本年「${CARRY_TO}」（来自上年「${CARRY_FROM}」）：`,
  inForceTitle: "保留用于连续性检查的上年现行有效件数：",
  gapsTitle: "未能读取或不会写入的内容",
  notesTitle: (n: number) => `读取时的说明（${n} 条）`,

  // the ribbon command's message dialog
  dialogTitle: "年报助手",
  dialogClose: "关闭",
  dialogFallback: "操作未完成，请打开“年报助手”窗格重试。",
  insertFailed: (detail: string) => `插入年报模板失败：${detail}`,

  // before the pane can start
  boot_noOfficeJs_title: "未能加载 Office 脚本",
  boot_noOfficeJs_body:
    "年报助手需要从 appsforoffice.microsoft.com 加载 office.js，但它没有加载成功。单位内网可能屏蔽了这个网址：请联系信息技术人员放行该网址，或改用本单位托管的副本（见部署说明）。",
  boot_timeout_title: "Office 没有响应",
  boot_timeout_body: "office.js 已加载，但几秒内没有与 Excel 建立连接。请关闭本窗格后重新打开；若仍如此，请重新启动 Excel。",
  boot_notExcel_title: "请在 Excel 中使用",
  boot_notExcel_body:
    "年报助手是 Excel 加载项，需要在 Excel（Windows、Mac 或网页版）中通过“开始”选项卡上的“年报助手”按钮打开，不能直接在浏览器或其他程序中使用。",
  boot_oldExcel_title: "此版本 Excel 过旧",
  boot_oldExcel_body:
    `年报助手需要 Excel JavaScript API ${REQUIRED_EXCEL_API} 以上（Excel 2019、Excel 2021、Microsoft 365 或网页版 Excel）。请升级 Excel，或使用网页版 Excel；也可以用命令行工具生成模板文件填写。`,
  titleSeparator: "：",
};

/** Every locale has exactly the Chinese keys, each of the same kind (a string, or a function of the same arguments). */
export type Strings = { readonly [K in keyof typeof zhCN]: (typeof zhCN)[K] };

const enUS: Strings = {
  appTitle: "Government Information Disclosure Annual Report Assistant",
  appIntro: `Fill in the annual report in the 2021 format (${FORMAT_DOC_NO}); it is checked as you type.`,
  particularsTitle: "Report details",
  agencyLabel: "Agency name",
  agencyHint: "In Chinese, e.g. 某某县人民政府办公室",
  yearLabel: "Year",
  insert: "Insert report template",
  inserting: "Inserting…",
  currentSheet: (name: string, year: number | null) => `Current report sheet: “${name}”${year !== null ? ` (${year})` : ""}`,
  damageTitle: "The template's structure is damaged",
  damageMore: (count: number) => ` and more (${count} in all)`,
  damageSeparator: "; ",
  damageExplain: ". Repairing redraws the tables and keeps every value that can still be found; the old sheet is kept under a new name.",
  repair: "Repair template",
  repairing: "Repairing…",
  checkTitle: "Check results",
  recheck: "Check again",
  checking: "Checking",
  checkEmpty: "Once the template is inserted, it is checked as you fill it in, and every place that needs a change is listed here.",
  readingSheet: "Reading the worksheet…",
  colourLegend:
    "The cell colours come from the sheet's own conditional formatting, so they stay when the pane is closed or the file is sent on: white on red is a total that does not match the sum of its items, light red the cells of that sum, purple an entry that is not a valid number.",
  exportTitle: "Export report",
  exportLoading: "Loading export…",
  exportUnavailable: "Once the report is inserted and filled in, it can be exported as text, a web page or Word.",
  importTitle: "Import report",
  importLoading: "Loading import…",
  importIntro: "Bring last year's carried-over figures into this year, or fill the template from an existing report (web page, Word, text).",
  importOpen: "Import report…",

  yearInvalid: "The year must be four digits, e.g. 2025",
  inserted: (sheet: string) => `Inserted the sheet “${sheet}”. Fill in the yellow cells; totals that do not add up are coloured automatically.`,
  sheetExists: (year: number, sheet: string) => `The report sheet for ${year}, “${sheet}”, already exists; switched to it (nothing filled in was overwritten).`,
  redrawn: (notes: string) => `The template was redrawn.${notes ? ` ${notes}` : ""}`,
  watchFailed: (reason: string) => `${reason}; after changes, click “Check again”.`,

  problemsTitle: "Problems (messages in Chinese)",
  problemsSummary: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}. Click one to select its cell.`,
  allClearTitle: "All checks passed",
  allClearBody: "Tables 2, 3 and 4 add up and meet the filling rules, and all six parts are present.",
  severityError: "Error",
  severityWarning: "Warning",
  findingButton: (severity: string, message: string) => `${severity}: ${message}. Press Enter to select the cell`,
  findingText: (severity: string, message: string) => `${severity}: ${message}`,
  errorCount: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
  warningCount: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"}`,
  group_t2: "Table 2: Proactive disclosure",
  group_t3: "Table 3: Requests received and handled",
  group_t4: "Table 4: Administrative reconsideration and litigation",
  group_text: "Text sections",
  group_blank: "Not filled in yet",

  copy: "Copy to clipboard",
  insertSheet: "Insert into a new sheet",
  download: "Download",
  copied: "Copied",
  copiedBody: "The web format and plain text are both on the clipboard, ready to paste into Word, WPS or a website's back office.",
  sheetInserted: "Sheet inserted",
  sheetInsertedBody: (sheet: string) => `The print version is in the sheet “${sheet}”.`,
  downloadStarted: "Download started",
  actionFailed: (action: string) => `${action} failed`,
  summaryAdded: `Added the summary of requests to “${SUMMARY_SECTION}”`,
  summaryImpossible: "Cannot write the summary of requests",
  summaryFailed: "Writing the summary of requests failed",
  errorsLeft: (n: number) => `The report still has ${n} ${n === 1 ? "error" : "errors"}`,
  errorsLeftHint: "You will be asked again before exporting.",
  warningsTitle: (n: number) => `${n} ${n === 1 ? "note" : "notes"} (in Chinese; exporting is not affected)`,
  downloadFormat: "Download format",
  format_txt: "Plain text (.txt)",
  format_md: "Markdown (.md)",
  format_html: "Web page (.html)",
  format_docx: "Word document (.docx)",
  noDownload: "Files cannot be downloaded here; copy to the clipboard and paste into Word, WPS or a website's back office, or insert into a new sheet and print.",
  buildingDocx: "Building the Word document…",
  pleaseWait: "Please wait…",
  summarise: "Write summary of requests",
  summariseHint: `Writes a paragraph on disclosure requests from the figures of table 3 and adds it to “${SUMMARY_SECTION}”, so that text and tables agree.`,
  confirmBody: (action: string) => `Errors can make the published figures inconsistent; correcting them first is advised. ${action} anyway?`,
  confirmExport: "Export",
  cancel: "Cancel",
  exportAnyway: "Export anyway",

  importMode: "What to import",
  mode_previous: "Import last year's report",
  mode_report: "Import an existing report",
  modeHint_previous:
    `Last year's “${CARRY_FROM}” figures are written to this year's “${CARRY_TO}”; last year's counts in force are kept for the continuity check.`,
  modeHint_report: "Fills the whole template from an existing report (e.g. one started elsewhere); values that cannot be read stay blank, never 0.",
  chooseFileLabel: "Choose a report file",
  chooseFile: "Choose file…",
  fileKinds: "A report as a web page, Word, text or JSON",
  pasteLabel: "Or paste the text of a published report's web page",
  readPasted: "Read pasted text",
  reading: "Reading…",
  writePrevious: "Write carried-over figures",
  writeReport: "Write into template",
  writing: "Writing…",
  cannotRead: "Cannot read this report",
  wrotePrevious: "The carried-over figures were written and last year's counts in force saved.",
  wroteReport: (n: number) => `Wrote ${n} ${n === 1 ? "value" : "values"}.`,
  importedPrevious: "Last year's report imported",
  importedReport: "Report imported",
  writeFailed: "Writing to the workbook failed",
  previewTitle: "What was read",
  previewSummary: "Summary of what was read",
  previewSource: "Source",
  previewAgency: "Agency",
  previewYear: "Year",
  previewFormat: "Format",
  previewValues: "Table values",
  previewProse: "Text sections",
  notRead: "(not read)",
  yearValue: (year: number) => String(year),
  valuesRead: (found: number, missing: number) => `${found} read, ${missing} not read (`,
  valuesReadEnd: ")",
  listSeparator: ", ",
  carryTitle: `To be written to this year's “${CARRY_TO}” (from last year's “${CARRY_FROM}”):`,
  inForceTitle: "Last year's counts in force, kept for the continuity check:",
  gapsTitle: "What could not be read or will not be written (in Chinese)",
  notesTitle: (n: number) => `Notes from reading (${n}, in Chinese)`,

  dialogTitle: "Annual Report Assistant",
  dialogClose: "Close",
  dialogFallback: "The action did not finish; open the Annual Report Assistant pane and try again.",
  insertFailed: (detail: string) => `Inserting the report template failed: ${detail}`,

  boot_noOfficeJs_title: "Could not load the Office script",
  boot_noOfficeJs_body:
    "The assistant loads office.js from appsforoffice.microsoft.com, and it did not load. An intranet may block that address: ask your IT staff to allow it, or use a copy hosted by your organisation (see the deployment notes).",
  boot_timeout_title: "Office is not responding",
  boot_timeout_body: "office.js loaded but did not connect to Excel within a few seconds. Close this pane and open it again; if that does not help, restart Excel.",
  boot_notExcel_title: "Please use this in Excel",
  boot_notExcel_body:
    "The assistant is an Excel add-in: open it in Excel (Windows, Mac or on the web) with the 年报助手 button on the Home tab. It cannot be used directly in a browser or another program.",
  boot_oldExcel_title: "This version of Excel is too old",
  boot_oldExcel_body:
    `The assistant needs Excel JavaScript API ${REQUIRED_EXCEL_API} or later (Excel 2019, Excel 2021, Microsoft 365 or Excel on the web). Update Excel or use Excel on the web; the command-line tool can also make a template file to fill in.`,
  titleSeparator: ": ",
};

export const STRINGS: Record<Locale, Strings> = { "zh-CN": zhCN, "en-US": enUS };

/** "en…" is English; "zh…", anything else or nothing is Chinese. */
export function localeOf(language: string | null | undefined): Locale {
  return /^en(?![a-z])/i.test(language?.trim() ?? "") ? "en-US" : "zh-CN";
}

/**
 * Office's display language once office.js is there (Office.context.displayLanguage), the browser's
 * before that or outside Office.
 */
export function detectLocale(): Locale {
  let office: string | undefined;
  try {
    office = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    office = undefined;
  }
  return localeOf(office || (typeof navigator !== "undefined" ? navigator.language : undefined));
}

export const stringsFor = (locale: Locale): Strings => STRINGS[locale];
