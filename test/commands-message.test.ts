/**
 * @jest-environment jsdom
 */
// The ribbon command's message page (src/commands/message.html + message.ts): the text from the address
// is shown as text, never as markup, whatever it holds; 关闭 asks the command to close the dialog.
import * as fs from "fs";
import * as path from "path";
import { messageUrl } from "../src/commands/dialog";
import { renderMessage } from "../src/commands/message";

function loadPage(): void {
  const html = fs.readFileSync(path.join(__dirname, "../src/commands/message.html"), "utf8");
  // the markup of the page without its scripts (office.js is not fetched here)
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, "");
}

describe("the message dialog page", () => {
  it("shows the text of its address as text: markup, ampersands and quotes come out as typed", () => {
    loadPage();
    const text = `插入年报模板失败：<img src=x onerror="alert(1)"> & 100% #1 +2 ?a=b`;
    const closes: number[] = [];
    renderMessage(document, new URL(messageUrl(text, "https://reports.example.gov.cn/xxgk/commands.html")).search, () => closes.push(1));
    const message = document.getElementById("message")!;
    expect(message.textContent).toBe(text);
    expect(document.querySelector("img")).toBeNull();
    expect(message.getAttribute("role")).toBe("alert");
    const button = document.getElementById("close") as HTMLButtonElement;
    expect(button.textContent).toBe("关闭");
    expect(document.activeElement).toBe(button);
    button.click();
    expect(closes).toEqual([1]);
  });

  it("a message URL sits next to the asking page, and an over-long reason is shortened", () => {
    const url = new URL(messageUrl("失败".repeat(1000), "https://reports.example.gov.cn/xxgk/commands.html?_host_Info=Excel"));
    expect(url.origin + url.pathname).toBe("https://reports.example.gov.cn/xxgk/message.html");
    const shown = url.searchParams.get("text")!;
    expect(shown.length).toBe(600);
    expect(shown.endsWith("…")).toBe(true);
  });

  it("with no text in the address it still says something useful", () => {
    loadPage();
    renderMessage(document, "", () => undefined);
    expect(document.getElementById("message")!.textContent).toMatch(/年报助手/);
  });
});
