// The ribbon command's message page (opened by dialog.ts): shows the text of the address's ?text= as
// plain text, and 关闭 tells the command to close the dialog. Its own words follow ?lang= (the command
// knows Office's display language), else Chinese.
import { localeOf, stringsFor } from "../taskpane/i18n";

export function renderMessage(doc: Document, search: string, close: () => void): void {
  const params = new URLSearchParams(search);
  const locale = localeOf(params.get("lang"));
  const t = stringsFor(locale);
  doc.documentElement.lang = locale;
  const heading = doc.querySelector("h1");
  if (heading) heading.textContent = t.dialogTitle;
  const text = params.get("text");
  const message = doc.getElementById("message")!;
  message.textContent = text && text.trim() ? text : t.dialogFallback;
  const button = doc.getElementById("close") as HTMLButtonElement;
  button.textContent = t.dialogClose;
  button.addEventListener("click", close);
  button.focus();
}

function closeDialog(): void {
  try {
    Office.context.ui.messageParent("close");
  } catch {
    // office.js not loaded: the dialog's own ✕ still closes it
  }
}

if (typeof document !== "undefined" && document.getElementById("message")) {
  renderMessage(document, location.search, closeDialog);
  if (typeof Office !== "undefined") void Office.onReady();
}
