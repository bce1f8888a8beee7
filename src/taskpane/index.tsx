// Entry of the task pane. In Excel: the Office.js gateway. In the browser test harness: a fake Excel
// handed in through window.__xxgkTestHost (set before this script runs), with office.js still loaded.
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { createGateway, ExcelGateway } from "../excel/gateway";
import { excelExportHost, excelImportHost, PaneFocus } from "../excel/hosts";
import type { Runner } from "../excel/office-types";
import type { FeatureSupport } from "../excel/requirements";
import { App } from "./App";
import { bootMessage, BootProblem, waitForExcel } from "./boot";
import { copyRich, downloadFile } from "./clipboard";
import { detectLocale, Locale, localeOf, stringsFor } from "./i18n";
import { LiveCheck } from "./live-check";
import { themeFor } from "./theme";

/** What the browser test harness (test/support/fake-harness.ts) hands in instead of Excel. */
interface TestHost {
  run: Runner;
  features: FeatureSupport;
  canDownload?: boolean;
  bodyBackground?: string;
  displayLanguage?: string;
}

declare global {
  interface Window {
    __xxgkTestHost?: TestHost;
    __xxgkBootTimer?: number;
  }
}

const root = createRoot(document.getElementById("root")!);
if (window.__xxgkBootTimer !== undefined) clearTimeout(window.__xxgkBootTimer);

function officeTheme(): string | undefined {
  if (window.__xxgkTestHost?.bodyBackground) return window.__xxgkTestHost.bodyBackground;
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

/** Office's display language (the test host plays it), else the browser's: office.js may be missing. */
function paneLocale(): Locale {
  const played = window.__xxgkTestHost?.displayLanguage;
  const locale = played ? localeOf(played) : detectLocale();
  document.documentElement.lang = locale;
  document.title = stringsFor(locale).appTitle;
  return locale;
}

async function showProblem(problem: BootProblem): Promise<void> {
  const locale = paneLocale();
  const { title, body } = bootMessage(problem, stringsFor(locale));
  root.render(
    <FluentProvider theme={await themeFor(officeTheme())} lang={locale} style={{ minHeight: "100vh", padding: 16 }}>
      <MessageBar intent={problem === "old-excel" ? "warning" : "error"} layout="multiline" data-testid="boot-problem">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
}

async function showPane(gateway: ExcelGateway, canDownload: boolean): Promise<void> {
  const locale = paneLocale();
  const live = new LiveCheck(gateway, { locale });
  const focus: PaneFocus = {
    sheetId: () => live.getState().sheet?.id ?? null,
    written: (sheet) => void live.written(sheet),
  };
  const exportHost = excelExportHost(gateway, focus, { copy: copyRich, canDownload, download: downloadFile });
  const importHost = excelImportHost(gateway, focus);
  root.render(<App live={live} theme={await themeFor(officeTheme())} exportHost={exportHost} importHost={importHost} locale={locale} />);
}

async function boot(): Promise<void> {
  const test = window.__xxgkTestHost;
  if (test) {
    await showPane(createGateway({ run: test.run, features: test.features }), test.canDownload ?? true);
    return;
  }
  const office = typeof Office === "undefined" ? undefined : Office;
  const { meetsRequirement, officeGateway, hostCanDownload } = await import(/* webpackMode: "eager" */ "../excel/office");
  const problem = await waitForExcel(office as unknown as Parameters<typeof waitForExcel>[0], meetsRequirement);
  if (problem) await showProblem(problem);
  else await showPane(officeGateway(), hostCanDownload());
}

void boot();
