/**
 * @jest-environment jsdom
 */
// The export panel with a fake host: copy hands over HTML and plain text together; 插入到新工作表 the
// print layout; 下载 only where the host allows it, Word built by the lazily loaded renderer; with errors
// left the panel says how many and asks first; warnings are listed and do not block; 生成申请情况说明
// appends the paragraph to section 一.
import { act } from "react";
import JSZip from "jszip";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkReport } from "../src/report/check";
import { Report } from "../src/report/model";
import { SheetLayout } from "../src/layout/types";
import { ExportHost } from "../src/taskpane/hosts";
import { ExportPanel } from "../src/taskpane/export/ExportPanel";
import { renderTxt } from "../src/report/render/render-txt";
import { pingtanReport } from "./support/fixtures";
import { button, rootPerTest, until } from "./support/pane-dom";

class FakeHost implements ExportHost {
  copies: { html: string; text: string }[] = [];
  sheets: SheetLayout[] = [];
  downloads: { name: string; data: Blob }[] = [];
  prose: { section: string; text: string }[] = [];
  constructor(readonly canDownload: boolean) {}
  async copy(html: string, text: string) {
    this.copies.push({ html, text });
  }
  async insertSheet(layout: SheetLayout) {
    this.sheets.push(layout);
    return layout.sheetName;
  }
  download(name: string, data: Blob) {
    this.downloads.push({ name, data });
  }
  async appendProse(section: "s1" | "s5" | "s6", text: string) {
    this.prose.push({ section, text });
  }
}

const pane = rootPerTest();

function mount(report: Report, host: FakeHost) {
  const findings = checkReport({ report, format: "2021" });
  act(() =>
    pane.root.render(
      <FluentProvider theme={webLightTheme}>
        <ExportPanel report={report} findings={findings} host={host} />
      </FluentProvider>,
    ),
  );
}

async function click(el: Element | null) {
  if (!el) throw new Error("no such button");
  await act(async () => {
    (el as HTMLElement).click();
  });
}

describe("the export panel", () => {
  test("复制到剪贴板 hands over the HTML fragment and the plain text together", async () => {
    const host = new FakeHost(false);
    const report = pingtanReport(2024);
    mount(report, host);
    await click(button("复制到剪贴板"));
    await until(() => host.copies.length === 1, "the copy");
    const { html, text } = host.copies[0];
    expect(html).toMatch(/^<div style=/);
    expect(html).toContain('<td rowspan="22"');
    expect(text).toBe(renderTxt(report));
    expect(document.body.textContent).toContain("已复制");
  });

  test("下载 is offered only where the host allows downloads", () => {
    mount(pingtanReport(2024), new FakeHost(false));
    expect(button("下载")).toBeNull();
    expect(document.body.textContent).toContain("此环境不支持下载文件");
    pane.remount();
    mount(pingtanReport(2024), new FakeHost(true));
    expect(button("下载")).not.toBeNull();
  });

  test("下载 Word: the file is built by the renderer and handed to the host as a .docx", async () => {
    const host = new FakeHost(true);
    mount(pingtanReport(2023), host);
    const docx = [...document.querySelectorAll('input[type="radio"]')].find((r) => (r as HTMLInputElement).value === "docx") as HTMLInputElement;
    await click(docx);
    // clicked without waiting for the work: the Word file takes a moment, and a progress bar says so meanwhile
    act(() => button("下载")!.click());
    expect(document.querySelector('[role="progressbar"]')).not.toBeNull();
    expect(document.body.textContent).toContain("正在生成 Word 文档");
    await until(() => host.downloads.length === 1, "the download");
    await until(() => document.querySelector('[role="progressbar"]') === null, "the progress bar to go");
    const { name, data } = host.downloads[0];
    expect(name).toBe("平潭综合实验区2023年政府信息公开工作年度报告.docx");
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(data);
    });
    expect(data.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = await JSZip.loadAsync(new Uint8Array(bytes));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
  });

  test("with errors left it says how many and asks first; 取消 exports nothing, 仍要导出 does", async () => {
    const report = pingtanReport(2024);
    report.t3.granted.total = (report.t3.granted.total ?? 0) + 1;
    const errors = checkReport({ report, format: "2021" }).filter((f) => f.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    const host = new FakeHost(false);
    mount(report, host);
    expect(document.body.textContent).toContain(`报告中仍有 ${errors} 处错误`);
    await click(button("插入到新工作表"));
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    await click(button("取消"));
    expect(host.sheets).toHaveLength(0);
    await click(button("插入到新工作表"));
    await click(button("仍要导出"));
    await until(() => host.sheets.length === 1, "the sheet");
    expect(host.sheets[0].cells[0].value).toBe("平潭综合实验区2024年政府信息公开工作年度报告");
    expect(document.body.textContent).toContain("已插入工作表");
  });

  test("warnings are listed and do not block: the copy happens at once", async () => {
    const report = pingtanReport(2024);
    report.t2.regulations.issued = 2;
    report.t2.regulations.in_force = 1;
    const findings = checkReport({ report, format: "2021" });
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    const host = new FakeHost(false);
    mount(report, host);
    expect(document.body.textContent).toContain(findings[0].message);
    expect(document.body.textContent).not.toContain("处错误");
    await click(button("复制到剪贴板"));
    await until(() => host.copies.length === 1, "the copy");
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  test("a blank prose section is named among the warnings", () => {
    const report = pingtanReport(2024);
    report.sections.s5 = null;
    mount(report, new FakeHost(false));
    expect(document.body.textContent).toContain("「五、存在的主要问题及改进情况」没有内容，导出时保持空白");
  });

  test("生成申请情况说明 appends the paragraph from table 三 to section 一", async () => {
    const host = new FakeHost(false);
    mount(pingtanReport(2022), host);
    await click(button("生成申请情况说明"));
    await until(() => host.prose.length === 1, "the paragraph");
    expect(host.prose[0].section).toBe("s1");
    expect(host.prose[0].text).toContain("共收到政府信息公开申请75件");
    expect(document.body.textContent).toContain(host.prose[0].text);
  });
});
