// Figures of the Excel add-in: syncs to insert the template and to check one change (recording fake),
// the gzip size of the pane's own JavaScript (production build), and the latency from a change event
// to the updated problem list in headless Chromium with the fake Excel.
import * as fs from "fs";
import { buildReportLayout, layoutCellOf } from "../src/layout/report-layout";
import { createGateway } from "../src/excel/gateway";
import { FakeWorkbook } from "../test/support/fake-workbook";
import { LiveCheck } from "../src/taskpane/live-check";
import { buildProduction, launch, openPane, paneScriptGzipBytes, serve } from "../test/browser-harness";

const FEATURES = { validation: true, pageLayout: true, triggerSource: true };
const at = (key: string) => layoutCellOf(key)!.address;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function insertSyncs(): Promise<number> {
  const book = new FakeWorkbook({ triggerSource: true });
  for (let i = 1; i <= 10; i++) book.addSheet(`数据${i}`);
  const gateway = createGateway({ run: book.run, features: FEATURES });
  const p = { agency: "某县人民政府", year: 2025 };
  await gateway.insertTemplate(buildReportLayout(p), p);
  return book.syncs;
}

async function checkSyncs(): Promise<number> {
  const book = new FakeWorkbook({ triggerSource: true });
  const live = new LiveCheck(createGateway({ run: book.run, features: FEATURES }), { debounceMs: 30 });
  await live.start();
  live.setParticulars({ year: 2025 });
  await live.insert();
  const counts: number[] = [];
  for (const [i, key] of ["t3.granted.natural_person", "t3.granted.total", "t4.review_total"].entries()) {
    const before = live.getState().checks;
    book.resetCounts();
    book.type("政府信息公开年报", at(key), i + 1);
    while (live.getState().checks === before) await wait(5);
    counts.push(book.syncs);
  }
  live.dispose();
  return Math.max(...counts);
}

async function browserFigures(): Promise<{ gzip: number; latency: number }> {
  const dist = buildProduction();
  const served = await serve(dist);
  const browser = await launch();
  try {
    const gzip = paneScriptGzipBytes(dist);
    const { page } = await openPane(browser, served);
    await page.getByTestId("year").fill("2025");
    await page.getByTestId("insert").click();
    await page.getByTestId("notice").waitFor();
    const check = page.getByTestId("check");
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await wait(300);
      const before = Number(await check.getAttribute("data-checks"));
      await page.evaluate(([a, v]) => window.__xxgkFake!.type("政府信息公开年报", a as string, v as number), [at("t3.granted.total"), i + 1] as const);
      await page.waitForFunction((n) => Number(document.querySelector('[data-testid="check"]')!.getAttribute("data-checks")) > n, before);
      times.push(Number(await check.getAttribute("data-check-ms")));
    }
    times.sort((a, b) => a - b);
    return { gzip, latency: times[Math.floor(times.length / 2)] };
  } finally {
    await browser.close();
    await served.close();
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

export async function figures(): Promise<Record<string, number>> {
  const browser = await browserFigures();
  return {
    insert_template_syncs: await insertSyncs(),
    check_syncs: await checkSyncs(),
    taskpane_js_gzip_kib: Math.round((browser.gzip / 1024) * 10) / 10,
    check_latency_ms: browser.latency,
  };
}
