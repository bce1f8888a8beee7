// How the pane starts: office.js present and ready within a few seconds, inside Excel, new enough.
// Anything else is a plain message (Chinese, or English for an English Office), never a blank pane.
import type { Strings } from "./i18n";

export type BootProblem = "no-office-js" | "timeout" | "not-excel" | "old-excel";

export function bootMessage(problem: BootProblem, t: Strings): { title: string; body: string } {
  switch (problem) {
    case "no-office-js":
      return { title: t.boot_noOfficeJs_title, body: t.boot_noOfficeJs_body };
    case "timeout":
      return { title: t.boot_timeout_title, body: t.boot_timeout_body };
    case "not-excel":
      return { title: t.boot_notExcel_title, body: t.boot_notExcel_body };
    case "old-excel":
      return { title: t.boot_oldExcel_title, body: t.boot_oldExcel_body };
  }
}

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
