// The real binding: Excel.run and the requirement sets of the running Excel. Nothing else in the
// add-in refers to the Office global for workbook work.
import { createGateway, ExcelGateway } from "./gateway";
import type { Runner, XContext } from "./office-types";
import { FeatureSupport, OPTIONAL_EXCEL_API, REQUIRED_EXCEL_API } from "./requirements";

type Batch<T> = (ctx: XContext) => Promise<T>;
export const officeRunner = (<T>(first: XContext | Batch<T>, batch?: Batch<T>): Promise<T> =>
  typeof first === "function"
    ? Excel.run((ctx) => first(ctx as unknown as XContext))
    : Excel.run(first as unknown as Excel.RequestContext, (ctx) => batch!(ctx as unknown as XContext))) as Runner;

export function excelApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function detectFeatures(): FeatureSupport {
  return {
    validation: excelApiSupported(OPTIONAL_EXCEL_API.validation),
    pageLayout: excelApiSupported(OPTIONAL_EXCEL_API.pageLayout),
    triggerSource: excelApiSupported(OPTIONAL_EXCEL_API.triggerSource),
  };
}

export const meetsRequirement = () => excelApiSupported(REQUIRED_EXCEL_API);

export function officeGateway(): ExcelGateway {
  return createGateway({ run: officeRunner, features: detectFeatures() });
}

/** Excel on the web lets a task pane download a file; the desktop hosts' web views may not. */
export function hostCanDownload(): boolean {
  try {
    return Office.context.platform === Office.PlatformType.OfficeOnline;
  } catch {
    return false;
  }
}
