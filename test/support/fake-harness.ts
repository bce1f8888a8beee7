// Browser-test entry (bundled by test/browser-harness.ts, never by the production build): puts the
// recording fake workbook behind the pane through window.__xxgkTestHost, before the pane starts.
import { FakeWorkbook } from "./fake-workbook";

declare global {
  interface Window {
    __xxgkFake?: FakeWorkbook;
  }
}

const book = new FakeWorkbook({ triggerSource: true });
window.__xxgkFake = book;
// ?theme=dark in the page address plays an Office in dark mode (Office.context.officeTheme)
const params = new URLSearchParams(location.search);
const dark = params.get("theme") === "dark";
// ?lang=en-US plays an Office whose display language is English (Office.context.displayLanguage)
const displayLanguage = params.get("lang") ?? undefined;
window.__xxgkTestHost = { run: book.run, features: { validation: true, pageLayout: true, triggerSource: true }, canDownload: true, bodyBackground: dark ? "#262626" : "#FFFFFF", displayLanguage };
