// The ribbon command's message page (opened by dialog.ts): shows the text of the address's ?text= as
// plain text, and 关闭 tells the command to close the dialog.
export function renderMessage(doc: Document, search: string, close: () => void): void {
  const text = new URLSearchParams(search).get("text");
  doc.getElementById("message")!.textContent = text && text.trim() ? text : "操作未完成，请打开“年报助手”窗格重试。";
  const button = doc.getElementById("close") as HTMLButtonElement;
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
