// How the pane starts: office.js present and ready within a few seconds, inside Excel, new enough.
// Anything else is a plain Chinese message, never a blank pane.
export type BootProblem = "no-office-js" | "timeout" | "not-excel" | "old-excel";

export const BOOT_PROBLEMS: Record<BootProblem, { title: string; body: string }> = {
  "no-office-js": {
    title: "未能加载 Office 脚本",
    body: "年报助手需要从 appsforoffice.microsoft.com 加载 office.js，但它没有加载成功。单位内网可能屏蔽了这个网址：请联系信息技术人员放行该网址，或改用本单位托管的副本（见部署说明）。",
  },
  timeout: {
    title: "Office 没有响应",
    body: "office.js 已加载，但几秒内没有与 Excel 建立连接。请关闭本窗格后重新打开；若仍如此，请重新启动 Excel。",
  },
  "not-excel": {
    title: "请在 Excel 中使用",
    body: "年报助手是 Excel 加载项，需要在 Excel（Windows、Mac 或网页版）中通过“开始”选项卡上的“年报助手”按钮打开，不能直接在浏览器或其他程序中使用。",
  },
  "old-excel": {
    title: "此版本 Excel 过旧",
    body: "年报助手需要 Excel JavaScript API 1.7 以上（Excel 2019、Excel 2021、Microsoft 365 或网页版 Excel）。请升级 Excel，或使用网页版 Excel；也可以用命令行工具生成模板文件填写。",
  },
};

export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
}

/** Waits for Office.onReady, at most `ms`; says what went wrong otherwise. */
export async function waitForExcel(office: OfficeLike | undefined, meetsRequirement: () => boolean, ms = 5000): Promise<BootProblem | null> {
  if (!office) return "no-office-js";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  const ready = await Promise.race([office.onReady().catch(() => null), timeout]);
  clearTimeout(timer);
  if (ready === "timeout") return "timeout";
  if (!ready || ready.host !== office.HostType.Excel) return "not-excel";
  return meetsRequirement() ? null : "old-excel";
}
