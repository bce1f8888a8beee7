// The browser harness shared by the browser test and the bench: the production build in a temporary
// directory, served on localhost; headless Chromium (playwright-core) with office.js answered from the
// @microsoft/office-js package instead of the CDN, every other outside request refused, and the fake
// Excel (test/support/fake-harness.ts, bundled with esbuild) injected before the pane starts.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "..");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml; charset=utf-8", ".txt": "text/plain; charset=utf-8" };

/** npm run build into a fresh temporary directory; returns it. */
export function buildProduction(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-dist-"));
  execFileSync(path.join(ROOT, "node_modules/.bin/webpack"), ["--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, XXGK_DIST: out, ADDIN_URL: "https://reports.example.gov.cn/xxgk/" },
    stdio: "pipe",
  });
  return out;
}

export function fakeExcelScript(): string {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const esbuild = require("esbuild") as typeof import("esbuild");
  const result = esbuild.buildSync({ entryPoints: [path.join(ROOT, "test/support/fake-harness.ts")], bundle: true, write: false, format: "iife", platform: "browser", target: "es2019" });
  return result.outputFiles[0].text;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serve(dir: string): Promise<Served> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/+/, "") || "taskpane.html";
    const file = path.resolve(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://localhost:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

export async function launch(): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

export interface PageOptions {
  /** inject the fake Excel (default true) */
  fake?: boolean;
  /** refuse office.js as a blocked intranet would */
  blockOffice?: boolean;
  /** never answer the office.js request, as a firewall that drops packets would */
  hangOffice?: boolean;
  /** play an Office in dark mode */
  dark?: boolean;
  /** the browser's language and, with the fake, Office's display language (default zh-CN) */
  locale?: string;
}

/** A page with office.js from the package, nothing else from outside, and optionally the fake Excel. */
export async function openPane(browser: Browser, served: Served, options: PageOptions = {}): Promise<{ page: Page; officeRequests: string[] }> {
  const locale = options.locale ?? "zh-CN";
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const officeRequests: string[] = [];
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(served.url)) return route.continue();
    if (url.startsWith(CDN) && options.hangOffice) return new Promise<void>(() => undefined);
    if (url.startsWith(CDN) && !options.blockOffice) {
      officeRequests.push(url);
      const file = path.join(OFFICE_DIST, url.slice(CDN.length).split("?")[0]);
      if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
    }
    return route.abort();
  });
  if (options.fake !== false) await page.addInitScript({ content: fakeExcelScript() });
  const query = new URLSearchParams();
  if (options.dark) query.set("theme", "dark");
  if (options.locale) query.set("lang", locale);
  await page.goto(`${served.url}taskpane.html${query.size ? `?${query}` : ""}`, { waitUntil: options.hangOffice ? "commit" : "load" });
  return { page, officeRequests };
}

/**
 * axe-core over the page: the violations of serious or critical impact. Fluent's focus manager (tabster)
 * puts invisible focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) at the edges of
 * focus groups that hand focus on at once; they are left out, as Fluent's own accessibility tests do.
 */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { html: string }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<Result> } }).axe;
    const result = await axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }));
  });
}

/** The gzip size of the pane's own JavaScript: the scripts taskpane.html loads (lazy chunks not counted). */
export function paneScriptGzipBytes(dir: string): number {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const zlib = require("zlib") as typeof import("zlib");
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const local = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  return local.reduce((n, s) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, s)), { level: 9 }).length, 0);
}
