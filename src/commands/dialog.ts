// A short message to the clerk from the ribbon command, which has no window of its own: our page
// message.html in an Office dialog (DialogApi 1.1), closed by its 关闭 button. Resolves once the dialog
// is closed, or at once when this Office cannot show one (there is then no other way to say it).
import type { Locale } from "../taskpane/i18n";

export const MESSAGE_PAGE = "message.html";
/** a dialog's address must stay short; the messages are a sentence or two */
const MAX_TEXT = 600;

export function canShowDialog(): boolean {
  try {
    return Office.context.requirements.isSetSupported("DialogApi", "1.1") && typeof Office.context.ui?.displayDialogAsync === "function";
  } catch {
    return false;
  }
}

/**
 * message.html next to the page that asks (same origin, so the manifest needs no other AppDomain);
 * `locale` names the language of the page's own words (its heading and button).
 */
export function messageUrl(text: string, base: string, locale?: Locale): string {
  const url = new URL(MESSAGE_PAGE, base);
  url.searchParams.set("text", text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
  if (locale) url.searchParams.set("lang", locale);
  return url.href;
}

export function showMessage(text: string, base: string = location.href, locale?: Locale): Promise<void> {
  if (!canShowDialog()) return Promise.resolve();
  return new Promise<void>((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(messageUrl(text, base, locale), { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        // the page's 关闭 button
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          try {
            dialog.close();
          } finally {
            resolve();
          }
        });
        // closed with the dialog's own ✕, or the page failed to load
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    } catch {
      resolve();
    }
  });
}
