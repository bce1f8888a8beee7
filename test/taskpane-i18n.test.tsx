/**
 * @jest-environment jsdom
 */
// The pane's two locales: both dictionaries hold the same keys and say something for each; the locale
// follows Office's display language (zh… and anything else Chinese, en… English). The whole pane, over
// the recording fake Excel, shows English chrome in en-US while the findings (the report's language)
// stay Chinese; the export and import panels and the ribbon's message page follow too.
import * as fs from "fs";
import * as path from "path";
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createGateway } from "../src/excel/gateway";
import { FakeWorkbook } from "./support/fake-workbook";
import { layoutCellOf } from "../src/layout/report-layout";
import { checkReport } from "../src/report/check";
import { EXPORT_FORMATS, FORMAT_INFO } from "../src/report/render/formats";
import { App } from "../src/taskpane/App";
import { bootMessage } from "../src/taskpane/boot";
import { ExportPanel } from "../src/taskpane/export/ExportPanel";
import { ImportPanel } from "../src/taskpane/import/ImportPanel";
import { MODE_TITLES } from "../src/taskpane/import/import-preview";
import { detectLocale, Locale, localeOf, STRINGS } from "../src/taskpane/i18n";
import { LiveCheck } from "../src/taskpane/live-check";
import { StringsContext } from "../src/taskpane/strings-context";
import { lightTheme } from "../src/taskpane/theme";
import { messageUrl } from "../src/commands/dialog";
import { renderMessage } from "../src/commands/message";
import type { ExportHost, ImportHost } from "../src/taskpane/hosts";
import { pingtanReport } from "./support/fixtures";
import { button, rootPerTest, until as untilTries } from "./support/pane-dom";

const CJK = /[\u4e00-\u9fff]/;

describe("the dictionaries", () => {
  const zh = STRINGS["zh-CN"] as unknown as Record<string, unknown>;
  const en = STRINGS["en-US"] as unknown as Record<string, unknown>;
  // arguments for the functions: counts, then a name or reason
  const call = (f: unknown) => (f as (...a: unknown[]) => string)(...Array.from({ length: (f as () => void).length }, (_, i) => (i === 0 ? 3 : "甲")));

  it("hold the same keys, each of the same kind, none of them empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of Object.entries(zh)) {
      for (const [locale, dict] of [["zh-CN", zh], ["en-US", en]] as const) {
        const v = dict[key];
        expect([locale, key, typeof v]).toEqual([locale, key, typeof value]);
        const text = typeof v === "function" ? call(v) : v;
        expect([locale, key, typeof text === "string" && text.trim() !== ""]).toEqual([locale, key, true]);
      }
      if (typeof value === "function") expect([key, (en[key] as () => void).length]).toEqual([key, (value as () => void).length]);
    }
  });

  it("English differs from Chinese, and the Chinese repeats the format's own labels", () => {
    const same = Object.keys(zh).filter((k) => typeof zh[k] === "string" && zh[k] === en[k]);
    expect(same).toEqual([]);
    for (const f of EXPORT_FORMATS) expect(STRINGS["zh-CN"][`format_${f}`]).toBe(FORMAT_INFO[f].label);
    expect([STRINGS["zh-CN"].mode_previous, STRINGS["zh-CN"].mode_report]).toEqual([MODE_TITLES.previous, MODE_TITLES.report]);
    expect(bootMessage("old-excel", STRINGS["zh-CN"]).title).toBe("此版本 Excel 过旧");
    expect(bootMessage("no-office-js", STRINGS["en-US"]).title).toBe("Could not load the Office script");
  });

  it("the locale: zh… and anything unknown is Chinese, en… is English", () => {
    const cases: [string | undefined | null, Locale][] = [
      ["zh-CN", "zh-CN"],
      ["zh-TW", "zh-CN"],
      ["zh", "zh-CN"],
      ["en-US", "en-US"],
      ["en-GB", "en-US"],
      ["EN", "en-US"],
      ["fr-FR", "zh-CN"],
      ["eng", "zh-CN"],
      ["", "zh-CN"],
      [undefined, "zh-CN"],
      [null, "zh-CN"],
    ];
    expect(cases.map(([lang]) => localeOf(lang))).toEqual(cases.map(([, want]) => want));
  });

  it("Office's display language wins over the browser's; without Office the browser's decides", () => {
    const g = globalThis as unknown as { Office?: unknown };
    const navLang = jest.spyOn(window.navigator, "language", "get");
    try {
      navLang.mockReturnValue("en-US");
      expect(detectLocale()).toBe("en-US");
      g.Office = { context: { displayLanguage: "zh-CN" } };
      expect(detectLocale()).toBe("zh-CN");
      navLang.mockReturnValue("zh-CN");
      g.Office = { context: { displayLanguage: "en-GB" } };
      expect(detectLocale()).toBe("en-US");
    } finally {
      delete g.Office;
      navLang.mockRestore();
    }
  });
});

const pane = rootPerTest();

const until = (check: () => boolean, what: string) => untilTries(check, what, 300);
/** the headings' own words (a group's heading also holds its count badges) */
const headings = () => [...document.querySelectorAll("h1, h2, h3")].map((h) => h.firstChild?.textContent?.trim() ?? "");

const exportHost: ExportHost = {
  canDownload: true,
  copy: async () => undefined,
  insertSheet: async (layout) => layout.sheetName,
  download: () => undefined,
  appendProse: async () => undefined,
};
const importHost: ImportHost = { writeReport: async () => undefined, writePrevious: async () => undefined };

async function openPane(locale: Locale) {
  const book = new FakeWorkbook({ triggerSource: true });
  const live = new LiveCheck(createGateway({ run: book.run, features: { validation: true, pageLayout: true, triggerSource: true }, quietMs: 50 }), { debounceMs: 20, locale });
  act(() => pane.root.render(<App live={live} theme={lightTheme} exportHost={exportHost} importHost={importHost} locale={locale} />));
  await until(() => live.getState().phase === "ready", "the pane to start");
  return { book, live };
}

describe("the pane in English", () => {
  it("shows English chrome before and after inserting; the findings stay Chinese", async () => {
    const { book, live } = await openPane("en-US");
    expect(pane.container.firstElementChild!.getAttribute("lang")).toBe("en-US");
    expect(headings()).toEqual(["Government Information Disclosure Annual Report Assistant", "Report details", "Check results", "Export report", "Import report"]);
    expect(document.body.textContent).toContain("Once the template is inserted, it is checked as you fill it in");
    const labels = [...document.querySelectorAll("label")].map((l) => l.textContent);
    expect(labels).toEqual(expect.arrayContaining(["Agency name", "Year"]));

    live.setParticulars({ year: 2024 });
    await act(async () => button("Insert report template")!.click());
    await until(() => document.querySelector('[data-testid="problems"]') !== null, "the problem list");
    expect(document.querySelector('[data-testid="notice"]')!.textContent).toBe(
      "Inserted the sheet “政府信息公开年报”. Fill in the yellow cells; totals that do not add up are coloured automatically.",
    );
    expect(document.querySelector('[data-testid="current-sheet"]')!.textContent).toBe("Current report sheet: “政府信息公开年报” (2024)");
    const problems = document.querySelector('[data-testid="problems"]')!;
    expect(problems.getAttribute("aria-label")).toBe("Problems (messages in Chinese)");
    // the blank template: a warning per table in the 尚未填写 group, and the missing prose
    const findings = live.getState().findings!;
    const errors = findings.filter((f) => f.severity === "error").length;
    expect(findings.filter((f) => f.rule === "MISSING_VALUE")).toHaveLength(3);
    expect(problems.querySelector('[role="status"]')!.textContent).toBe(`${errors} error${errors === 1 ? "" : "s"}, 3 warnings. Click one to select its cell.`);
    expect(headings()).toContain("Not filled in yet");
    expect(problems.querySelector('[data-group="blank"] [aria-label="3 warnings"]')).not.toBeNull();
    const items = [...problems.querySelectorAll("li")];
    expect(items).toHaveLength(findings.length);
    for (const item of items) {
      const [, severity, message] = /^(Error|Warning)(.*)$/.exec(item.textContent!)!;
      expect(["Error", "Warning"]).toContain(severity);
      // the finding itself is the report's language
      expect(message).toMatch(CJK);
    }
    expect(problems.querySelector("ul")!.getAttribute("lang")).toBe("zh-CN");
    const go = problems.querySelector("button[aria-label]")!.getAttribute("aria-label")!;
    expect(go).toMatch(/^(Error|Warning): .*[\u4e00-\u9fff].*\. Press Enter to select the cell$/);

    // a negative count: an error badge and group in English, the message in Chinese
    await act(async () => book.type("政府信息公开年报", layoutCellOf("t4.review_total")!.address, -1));
    await until(() => document.querySelector('[data-group="t4"] [aria-label="1 error"]') !== null, "the table 4 error");
    expect(headings()).toContain("Table 4: Administrative reconsideration and litigation");
    // the export panel came with the report (lazily) and speaks English too
    await until(() => button("Copy to clipboard") !== null, "the export panel");
    const errorsNow = live.getState().findings!.filter((f) => f.severity === "error").length;
    expect(document.body.textContent).toContain(`The report still has ${errorsNow} errors`);
    expect(button("Write summary of requests")).not.toBeNull();
    await act(async () => button("Import report…")!.click());
    await until(() => button("Choose file…") !== null, "the import panel");
    expect(document.body.textContent).toContain("Or paste the text of a published report's web page");
  });

  it("the same pane in Chinese is unchanged", async () => {
    const { live } = await openPane("zh-CN");
    expect(pane.container.firstElementChild!.getAttribute("lang")).toBe("zh-CN");
    expect(headings()).toEqual(["政府信息公开年报助手", "年报信息", "核对结果", "导出年报", "导入年报"]);
    live.setParticulars({ year: 2024 });
    await act(async () => button("插入年报模板")!.click());
    await until(() => document.querySelector('[data-testid="problems"]') !== null, "the problem list");
    expect(document.querySelector('[data-testid="notice"]')!.textContent).toBe("已插入工作表「政府信息公开年报」。黄色单元格可填写；不一致的合计会自动着色。");
    const errors = live.getState().findings!.filter((f) => f.severity === "error").length;
    expect(document.querySelector('[data-testid="problems"] [role="status"]')!.textContent).toBe(`共 ${errors} 个错误、3 个提醒。点击一条即可选中相应单元格。`);
    expect(headings()).toContain("尚未填写");
  });

  it("a wrong year is refused in English", async () => {
    const { live } = await openPane("en-US");
    live.setParticulars({ year: 99 });
    await act(async () => button("Insert report template")!.click());
    expect(document.querySelector('[data-testid="notice"]')!.textContent).toBe("The year must be four digits, e.g. 2025");
  });
});

function inEnglish(el: React.ReactElement) {
  act(() =>
    pane.root.render(
      <FluentProvider theme={webLightTheme}>
        <StringsContext.Provider value={STRINGS["en-US"]}>{el}</StringsContext.Provider>
      </FluentProvider>,
    ),
  );
}

describe("the panels in English", () => {
  it("export: buttons, formats and the all-clear report's chrome", () => {
    const report = pingtanReport(2024);
    inEnglish(<ExportPanel report={report} findings={checkReport({ report, format: "2021" })} host={exportHost} />);
    for (const label of ["Copy to clipboard", "Insert into a new sheet", "Download", "Write summary of requests"]) expect(button(label)).not.toBeNull();
    const radios = [...document.querySelectorAll("label")].map((l) => l.textContent);
    expect(radios).toEqual(expect.arrayContaining(["Plain text (.txt)", "Web page (.html)", "Word document (.docx)", "Download format"]));
    expect(headings()).toEqual(["Export report"]);
  });

  it("import: both ways in, the file picker and the paste box; a read report is previewed in English", async () => {
    inEnglish(<ImportPanel host={importHost} />);
    expect(headings()).toEqual(["Import report"]);
    const text = document.body.textContent!;
    for (const words of ["What to import", "Import last year's report", "Import an existing report", "Choose file…", "Read pasted text", "Last year's “四、结转下年度继续办理” figures"]) {
      expect(text).toContain(words);
    }
    const paste = document.querySelector("textarea")!;
    // last year's report as the JSON a clerk may keep
    const json = JSON.stringify(pingtanReport(2021));
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
      setter.call(paste, json);
      paste.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await act(async () => button("Read pasted text")!.click());
    await until(() => button("Write carried-over figures") !== null, "the preview");
    const cells = [...document.querySelectorAll('[role="table"] [role="row"], table tr')].map((r) => r.textContent);
    expect(cells).toEqual(expect.arrayContaining(["Agency平潭综合实验区", "Year2021", "Table values200 read, 0 not read (表二 10/10, 表三 175/175, 表四 15/15)"]));
  });
});

describe("the ribbon command's message page", () => {
  const load = () => {
    const html = fs.readFileSync(path.join(__dirname, "../src/commands/message.html"), "utf8");
    document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, "");
  };

  it("speaks the command's language: English heading and button for en-US, Chinese without a language", () => {
    load();
    const url = new URL(messageUrl("This version of Excel is too old", "https://reports.example.gov.cn/xxgk/commands.html", "en-US"));
    expect(url.searchParams.get("lang")).toBe("en-US");
    renderMessage(document, url.search, () => undefined);
    expect([document.documentElement.lang, document.querySelector("h1")!.textContent, document.getElementById("close")!.textContent]).toEqual([
      "en-US",
      "Annual Report Assistant",
      "Close",
    ]);
    expect(document.getElementById("message")!.textContent).toBe("This version of Excel is too old");

    load();
    renderMessage(document, new URL(messageUrl("失败", "https://reports.example.gov.cn/xxgk/commands.html")).search, () => undefined);
    expect([document.documentElement.lang, document.querySelector("h1")!.textContent, document.getElementById("close")!.textContent]).toEqual(["zh-CN", "年报助手", "关闭"]);

    load();
    renderMessage(document, "?lang=en-US", () => undefined);
    expect(document.getElementById("message")!.textContent).toBe("The action did not finish; open the Annual Report Assistant pane and try again.");
  });
});
