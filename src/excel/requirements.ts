// The ExcelApi requirement sets the add-in uses. manifest.xml declares REQUIRED (the manifest test keeps
// the two equal); anything newer is detected at run time and degrades with a message.

/** Lowest set that works: worksheet onChanged (1.7), custom conditional formats (1.6), sheet-scoped names (1.4). */
export const REQUIRED_EXCEL_API = "1.7";

export const OPTIONAL_EXCEL_API = {
  /** data validation of the input cells */
  validation: "1.8",
  /** A4 page set-up, print area and page breaks */
  pageLayout: "1.9",
  /** WorksheetChangedEventArgs.triggerSource, to ignore the add-in's own edits exactly */
  triggerSource: "1.14",
} as const;
export type OptionalFeature = keyof typeof OPTIONAL_EXCEL_API;

/** What an older Excel lacks, said plainly. */
export const MISSING_FEATURE_ZH: Record<OptionalFeature, string> = {
  validation: "此版本 Excel 不支持数据验证：模板已插入，但输入单元格不会拦截非数字；核对结果仍以右侧列表和单元格着色为准。",
  pageLayout: "此版本 Excel 不支持通过加载项设置打印格式：请在“页面布局”中手动选择 A4 纸张。",
  triggerSource: "",
};

export type FeatureSupport = Record<OptionalFeature, boolean>;
