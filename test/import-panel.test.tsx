// The pane's import area: what was read and what could not be is worked out and shown before anything
// is written; 导入上年年报 writes only through writePrevious, 导入已有年报 only through writeReport.
import * as React from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ImportPanel, ImportPreviewView } from "../src/taskpane/import/ImportPanel";
import { applyImport, previewImport } from "../src/taskpane/import/import-preview";
import { parseReport } from "../src/report/parse";
import { cloneReport, Report } from "../src/report/model";
import { fail } from "../src/report/parse/types";
import type { ImportHost } from "../src/taskpane/hosts";
import * as fs from "fs";
import { fixturePath, pingtanPagePath, pingtanReport } from "./support/fixtures";

const render = (el: React.ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const text = (html: string) => html.replace(/<style[^>]*>[^<]*<\/style>/g, "").replace(/<[^>]+>/g, "").replace(/&quot;/g, '"');

function fakeHost(): ImportHost & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    writeReport: async (r: Report) => void calls.push(`writeReport ${r.year}`),
    writePrevious: async (r: Report) => void calls.push(`writePrevious ${r.year}`),
  };
}

async function readJson(report: Report, mode: "previous" | "report") {
  const bytes = new TextEncoder().encode(JSON.stringify(report));
  return previewImport(mode, "上年.json", await parseReport({ name: "上年.json", bytes }));
}

describe("import panel", () => {
  test("offers both imports, a file picker and a paste box, in Chinese; nothing is written on render", () => {
    const host = fakeHost();
    const html = text(render(<ImportPanel host={host} />));
    for (const words of ["导入年报", "导入上年年报", "导入已有年报", "选择文件…", "或粘贴已发布年报网页的文字", "读取粘贴的文字"]) expect(html).toContain(words);
    expect(html).toContain("上年报告「四、结转下年度继续办理」的数字将写入本年「二、上年结转」");
    expect(host.calls).toEqual([]);
  });

  test("导入上年年报 (平潭 2021): the carry-over 1,0,0,0,0,0,1 and 现行有效 665 are shown before writing", async () => {
    const outcome = await readJson(pingtanReport(2021), "previous");
    if (!outcome.ok) throw new Error(outcome.message);
    const p = outcome.preview;
    expect(p.carry.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(p.inForce.map((i) => i.value)).toEqual([0, 665]);
    expect([p.found, p.missing, p.agency, p.year, p.format]).toEqual([200, 0, "平潭综合实验区", 2021, "2021"]);
    expect(p.gaps).toEqual([]);
    const html = text(render(<ImportPreviewView preview={p} />));
    expect(html).toContain("平潭综合实验区");
    expect(html).toContain("2021年");
    expect(html).toContain("读到 200 个，未读到 0 个（表二 10/10，表三 175/175，表四 15/15）");
    expect(html).toContain("将写入本年「二、上年结转」");
    expect(html).toContain("自然人：1");
    expect(html).toContain("表二「行政规范性文件」行「现行有效件数」列：665");
    expect(html).toContain("一、总体情况");
  });

  test("a partial report shows what could not be read, and never fills a 0", async () => {
    const partial = cloneReport(pingtanReport(2023));
    partial.t3.carried_forward.org_research = null;
    partial.t3.carried_forward.total = null;
    partial.t2.normative_docs.in_force = null;
    partial.agency = null;
    const prev = await readJson(partial, "previous");
    if (!prev.ok) throw new Error(prev.message);
    expect(prev.preview.carry.find((c) => c.column === "科研机构")!.value).toBeNull();
    expect(prev.preview.gaps.join("\n")).toContain("有 2 个数未读到（科研机构、总计）");
    expect(prev.preview.gaps.join("\n")).toContain("现行有效件数的连续性检查将缺少这一项");
    expect(prev.preview.canWrite).toBe(true);
    const html = text(render(<ImportPreviewView preview={prev.preview} />));
    expect(html).toContain("科研机构：（未读到）");
    expect(html).toContain("机关（未读到）");

    const whole = await readJson(partial, "report");
    if (!whole.ok) throw new Error(whole.message);
    expect([whole.preview.found, whole.preview.missing]).toEqual([197, 3]);
    expect(whole.preview.gaps).toEqual(["有 3 个表格数值未读到，这些单元格将留空（不会填 0），请对照原文补齐"]);
  });

  test("pasted page text of 平潭 2021 (digits run together): the carry-over 1,0,0,0,0,0,1 read in the browser path", async () => {
    const pasted = fs.readFileSync(pingtanPagePath(2021), "utf8");
    const outcome = previewImport("previous", "粘贴的网页文本.txt", await parseReport({ name: "粘贴的网页文本.txt", bytes: new TextEncoder().encode(pasted) }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.preview.carry.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect([outcome.preview.agency, outcome.preview.year, outcome.preview.format]).toEqual(["平潭综合实验区", 2021, "2021"]);
  });

  test("a value the page does not settle is shown as not read, never guessed (平潭 2022 表二 run 「8855698」)", async () => {
    const outcome = previewImport("previous", "2022.txt", await parseReport({ name: "2022.txt", bytes: fs.readFileSync(pingtanPagePath(2022)) }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.preview.inForce.map((i) => i.value)).toEqual([0, null]);
    expect(outcome.preview.gaps.join("\n")).toContain("未读到表二「行政规范性文件」行「现行有效件数」列");
    expect(outcome.preview.notes.join("\n")).toContain("8855698");
    const html = text(render(<ImportPreviewView preview={outcome.preview} />));
    expect(html).toContain("表二「行政规范性文件」行「现行有效件数」列：（未读到）");
    expect(html).toContain("读取时的说明");
  });

  test("导入已有年报 of the seed file: all 200 values read", async () => {
    const outcome = previewImport("report", "seed.txt", await parseReport({ name: "seed.txt", bytes: fs.readFileSync(fixturePath("wuchang-xiaoshanzi-2024.txt")) }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect([outcome.preview.found, outcome.preview.missing, outcome.preview.agency, outcome.preview.year]).toEqual([200, 0, "五常市小山子镇人民政府", 2024]);
    expect(outcome.preview.gaps).toEqual([]);
  });

  test("an unreadable source is a message, not a preview", () => {
    const outcome = previewImport("report", "x.txt", fail("不是政府信息公开工作年度报告", "not a report"));
    expect(outcome).toEqual({ ok: false, message: "不是政府信息公开工作年度报告" });
  });

  test("writing goes through the one host call of its mode", async () => {
    const host = fakeHost();
    await applyImport(host, "previous", pingtanReport(2022));
    await applyImport(host, "report", pingtanReport(2023));
    expect(host.calls).toEqual(["writePrevious 2022", "writeReport 2023"]);
  });
});
