// The production build in headless Chromium: office.js from the @microsoft/office-js package, the
// Excel side played by the recording fake. The clerk inserts the template, types a wrong number, sees
// the problem listed, clicks it and sees the cell selected; axe-core finds nothing serious. Without a
// fake (a plain browser) or without office.js (a blocked CDN) the pane says so in Chinese.
import * as fs from "fs";
import type { Browser, Page } from "playwright-core";
import { layoutCellOf } from "../src/layout/report-layout";
import { ALL_CELLS, getValue, refKey } from "../src/report/model";
import { pingtanReport } from "./support/fixtures";
import { describeWith } from "./support/system";
import { axeViolations, buildProduction, launch, openPane, paneScriptGzipBytes, serve, Served } from "./browser-harness";

const at = (key: string) => layoutCellOf(key)!.address;
const SHEET = "政府信息公开年报";

async function typeCell(page: Page, address: string, value: number | string): Promise<void> {
  await page.evaluate(([s, a, v]) => window.__xxgkFake!.type(s as string, a as string, v), [SHEET, address, value] as const);
}

describeWith("chromium", "the task pane in headless Chromium")("the task pane, production build", () => {
  let dist: string;
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    dist = buildProduction();
    served = await serve(dist);
    browser = await launch();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (dist) fs.rmSync(dist, { recursive: true, force: true });
  });

  it("the build points its manifest at ADDIN_URL and loads office.js from the CDN address", () => {
    const manifest = fs.readFileSync(`${dist}/manifest.xml`, "utf8");
    expect(manifest).toContain("https://reports.example.gov.cn/xxgk/taskpane.html");
    expect(manifest).not.toMatch(/localhost/);
    for (const file of fs.readdirSync(dist).filter((f) => /\.(js|html|xml)$/.test(f))) {
      expect([file, /localhost/.test(fs.readFileSync(`${dist}/${file}`, "utf8"))]).toEqual([file, false]);
    }
    expect(fs.readFileSync(`${dist}/taskpane.html`, "utf8")).toContain('src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(paneScriptGzipBytes(dist)).toBeGreaterThan(10_000);
  });

  it("builds the ribbon command's message page: it shows the address's text as text, with a 关闭 button", async () => {
    expect(fs.readFileSync(`${dist}/message.html`, "utf8")).toMatch(/<script[^>]+src="?message\.[0-9a-f]{8}\.js/);
    const { page } = await openPane(browser, served, { fake: false });
    const text = `插入年报模板失败：<img src=x onerror="window.__xss=1"> & 100%`;
    await page.goto(`${served.url}message.html?text=${encodeURIComponent(text)}`);
    await page.getByRole("alert").getByText(text, { exact: true }).waitFor();
    expect(await page.evaluate(() => document.querySelectorAll("img").length)).toBe(0);
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("inserts the template, lists a wrong total, and a click selects its cell", async () => {
    const { page, officeRequests } = await openPane(browser, served);
    await page.getByTestId("agency").fill("某县人民政府办公室");
    await page.getByTestId("year").fill("2024");
    await page.getByTestId("insert").click();
    await page.getByTestId("notice").getByText(/已插入工作表「政府信息公开年报」/).waitFor();
    expect(officeRequests[0]).toMatch(/office\.js$/);
    expect(await page.evaluate(() => window.__xxgkFake!.sheets.map((s) => s.name))).toEqual([SHEET]);
    expect(await page.evaluate((a) => window.__xxgkFake!.sheet("政府信息公开年报")!.valueAt(a), at("agency"))).toBe("某县人民政府办公室");

    // the blank template: nothing filled yet is a warning per table, no sum error
    await page.getByTestId("problems").waitFor();
    expect(await page.locator('[data-finding="T3_ROW_TOTAL"]').count()).toBe(0);

    // the clerk fills the row of （一）予以公开 and types a total that does not add up
    const row = ["natural_person", "org_commercial", "org_research", "org_social_welfare", "org_legal_service", "org_other"];
    for (const [i, col] of row.entries()) await typeCell(page, at(`t3.granted.${col}`), i === 0 ? 12 : 1);
    await typeCell(page, at("t3.granted.total"), 18);
    const item = page.locator('[data-finding="T3_ROW_TOTAL"]');
    await item.waitFor();
    const text = await item.textContent();
    expect(text).toContain("表三「（一）予以公开」行：总计应为 17（各申请人之和），实为 18，差 1");
    expect(text).toContain(`单元格 ${at("t3.granted.total")}`);
    // grouped by table with a count badge
    const group = page.locator('[data-group="t3"]');
    expect(await group.getByLabel("1 个错误").count()).toBe(1);

    await item.click();
    await page.waitForFunction(() => window.__xxgkFake!.selection !== null);
    expect(await page.evaluate(() => window.__xxgkFake!.selection)).toEqual({ sheet: SHEET, address: at("t3.granted.total") });

    // the same with the keyboard: the item is a real button, Enter selects the cell
    await page.evaluate(() => (window.__xxgkFake!.selection = null));
    await item.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__xxgkFake!.selection !== null);
    expect(await page.evaluate(() => window.__xxgkFake!.selection!.address)).toBe(at("t3.granted.total"));

    // the correction clears the finding
    await typeCell(page, at("t3.granted.total"), 17);
    await page.locator('[data-finding="T3_ROW_TOTAL"]').waitFor({ state: "detached" });
    const checkMs = Number(await page.getByTestId("problems").getAttribute("data-check-ms"));
    expect(checkMs).toBeGreaterThan(0);

    // the import panel (and its parsers) arrives on request
    await page.getByTestId("show-import").click();
    await page.getByRole("heading", { name: "导入年报" }).waitFor();
    await page.getByText("导入上年年报").first().waitFor();

    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("keeps an existing sheet: inserting the same year again switches to it", async () => {
    const { page } = await openPane(browser, served);
    await page.getByTestId("year").fill("2024");
    await page.getByTestId("insert").click();
    await page.getByTestId("notice").getByText(/已插入/).waitFor();
    await typeCell(page, at("t4.review_upheld"), 3);
    await page.getByTestId("insert").click();
    await page.getByTestId("notice").getByText(/已存在，已切换到该表（未覆盖已填写的内容）/).waitFor();
    expect(await page.evaluate(() => window.__xxgkFake!.sheets.length)).toBe(1);
    expect(await page.evaluate((a) => window.__xxgkFake!.sheet("政府信息公开年报")!.valueAt(a), at("t4.review_upheld"))).toBe(3);
    await page.context().close();
  });

  it("a complete, consistent report shows the all-clear state", async () => {
    const { page } = await openPane(browser, served);
    await page.getByTestId("agency").fill("平潭综合实验区");
    await page.getByTestId("year").fill("2024");
    await page.getByTestId("insert").click();
    await page.getByTestId("notice").getByText(/已插入/).waitFor();
    const report = pingtanReport(2024);
    const entries: [string, number | string][] = ALL_CELLS.map((ref) => [at(refKey(ref)), getValue(report, ref)!]);
    for (const s of ["s1", "s5", "s6"] as const) entries.push([at(s), report.sections[s]!]);
    await page.evaluate((cells) => cells.forEach(([a, v]) => window.__xxgkFake!.type("政府信息公开年报", a, v)), entries);
    await page.getByTestId("all-clear").getByText("全部核对通过").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // export: 复制到剪贴板 puts the report on the real clipboard as rich HTML and plain text together
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: served.url });
    await page.getByRole("button", { name: "复制到剪贴板" }).click();
    await page.getByText(/已复制/).first().waitFor();
    const readClipboard = () =>
      page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : "");
        return { types: [...item.types].sort(), html: await read("text/html"), text: await read("text/plain") };
      });
    const expectBoth = (clip: { types: string[]; html: string; text: string }) => {
      expect(clip.types).toEqual(["text/html", "text/plain"]);
      expect(clip.html).toContain("<table");
      expect(clip.html).toContain("平潭综合实验区2024年政府信息公开工作年度报告");
      expect(clip.text).toContain("平潭综合实验区2024年政府信息公开工作年度报告");
      expect(clip.text).not.toContain("<table");
      expect(clip.text).toContain(String(report.t3.new_received.total));
    };
    expectBoth(await readClipboard());

    // a webview without the async clipboard API: the copy-event fallback still gives both types
    await page.evaluate(async () => {
      await navigator.clipboard.writeText("");
      delete (window as { ClipboardItem?: unknown }).ClipboardItem;
    });
    await page.getByRole("button", { name: "复制到剪贴板" }).click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== "");
    expectBoth(await readClipboard());
    await page.context().close();
  });

  it("says when the layout was damaged and 修复模板 redraws it, keeping the values", async () => {
    const { page } = await openPane(browser, served);
    await page.getByTestId("year").fill("2024");
    await page.getByTestId("insert").click();
    await page.getByTestId("notice").getByText(/已插入/).waitFor();
    await typeCell(page, at("t4.review_upheld"), 3);
    await page.evaluate(() => window.__xxgkFake!.removeName("政府信息公开年报", "XXGK_T4"));
    await page.getByTestId("recheck").click();
    const damage = page.getByTestId("damage");
    await damage.getByText(/表四：找不到名称 XXGK_T4/).waitFor();
    await damage.getByTestId("repair").click();
    await page.getByTestId("notice").getByText(/已重新绘制模板/).waitFor();
    await damage.waitFor({ state: "detached" });
    expect(await page.evaluate(() => window.__xxgkFake!.sheets.map((s) => s.name).sort())).toEqual(["政府信息公开年报", "政府信息公开年报（修复前）"]);
    expect(await page.evaluate((a) => window.__xxgkFake!.sheet("政府信息公开年报")!.valueAt(a), at("t4.review_upheld"))).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("follows a dark Office theme, still without serious accessibility problems", async () => {
    const { page } = await openPane(browser, served, { dark: true });
    await page.getByTestId("year").fill("2024");
    await page.getByTestId("insert").click();
    await page.getByTestId("notice").getByText(/已插入/).waitFor();
    await typeCell(page, at("t4.review_total"), -1);
    await page.locator('[data-finding="NONNEG_INT"]').waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    const font = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).fontFamily);
    expect(font).toMatch(/Microsoft YaHei UI.*PingFang SC/);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("in an English Office the chrome is English, the findings stay Chinese, and axe finds nothing serious", async () => {
    const { page } = await openPane(browser, served, { locale: "en-US" });
    expect(await page.evaluate(() => [document.documentElement.lang, document.title, document.querySelector(".fui-FluentProvider")!.getAttribute("lang")])).toEqual([
      "en-US",
      "Government Information Disclosure Annual Report Assistant",
      "en-US",
    ]);
    await page.getByRole("heading", { name: "Report details" }).waitFor();
    await page.getByTestId("year").fill("2024");
    await page.getByRole("button", { name: "Insert report template" }).click();
    await page.getByTestId("notice").getByText(/^Inserted the sheet “政府信息公开年报”\./).waitFor();
    await typeCell(page, at("t4.review_total"), -1);
    const item = page.locator('[data-finding="NONNEG_INT"]');
    await item.waitFor();
    expect(await item.getAttribute("aria-label")).toMatch(/^Error: 表四「行政复议·总计」列：.*\. Press Enter to select the cell$/);
    const problems = page.getByRole("region", { name: "Problems (messages in Chinese)" });
    await problems.getByRole("heading", { name: /^Table 4: Administrative reconsideration and litigation/ }).waitFor();
    expect(await page.locator('[data-group="t4"]').getByLabel("1 error", { exact: true }).count()).toBe(1);
    await page.getByRole("button", { name: "Copy to clipboard" }).waitFor();
    await page.getByRole("button", { name: "Import report…" }).click();
    await page.getByRole("radio", { name: "Import last year's report" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("outside Excel, in an English browser, it says so in English", async () => {
    const { page } = await openPane(browser, served, { fake: false, locale: "en-US" });
    const problem = page.getByTestId("boot-problem");
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.textContent()).toContain("Please use this in Excel");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("outside Excel it says so in Chinese instead of staying blank", async () => {
    const { page } = await openPane(browser, served, { fake: false });
    const problem = page.getByTestId("boot-problem");
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.textContent()).toContain("请在 Excel 中使用");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("when the office.js request hangs (packets dropped) the page itself says so after a few seconds", async () => {
    const { page } = await openPane(browser, served, { fake: false, hangOffice: true });
    await page.getByText("正在加载年报助手…").waitFor();
    await page.getByText(/年报助手未能启动：office\.js 在数秒内没有加载完成/).waitFor({ timeout: 20_000 });
    await page.context().close();
  });

  it("in an English browser the page's own words before office.js are English too", async () => {
    const { page } = await openPane(browser, served, { fake: false, hangOffice: true, locale: "en-US" });
    await page.getByText("Loading the annual report assistant…").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
    await page.getByText(/^The assistant could not start: office\.js did not finish loading/).waitFor({ timeout: 20_000 });
    await page.context().close();
  });

  it("when office.js cannot be loaded (a blocked CDN) it says so in Chinese", async () => {
    const { page } = await openPane(browser, served, { fake: false, blockOffice: true });
    const problem = page.getByTestId("boot-problem");
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.textContent()).toContain("未能加载 Office 脚本");
    await page.context().close();
  });
});
