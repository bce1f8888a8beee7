// Browser side of export: rich HTML and plain text on the clipboard together, and file downloads.

export async function copyRich(html: string, text: string): Promise<void> {
  const w = window as Window & { ClipboardItem?: typeof ClipboardItem };
  if (navigator.clipboard && w.ClipboardItem) {
    try {
      await navigator.clipboard.write([
        new w.ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([text], { type: "text/plain" }) }),
      ]);
      return;
    } catch {
      // Office web views may refuse the async clipboard; fall back to a selection copy below
    }
  }
  // execCommand("copy") fires a copy event whose clipboardData takes both types, as the async API would
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData("text/html", html);
    e.clipboardData.setData("text/plain", text);
    e.preventDefault();
  };
  const holder = document.createElement("div");
  holder.contentEditable = "true";
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.textContent = " ";
  document.body.appendChild(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  document.addEventListener("copy", onCopy);
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } finally {
    document.removeEventListener("copy", onCopy);
    selection?.removeAllRanges();
    holder.remove();
  }
  if (!ok) throw new Error("无法写入剪贴板：请改用“下载”或“插入到新工作表”");
}

export function downloadFile(fileName: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
