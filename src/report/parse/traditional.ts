// Traditional characters (mirror sites: 規章, 萬元, 行政處罰) are turned into simplified ones with
// opencc-js. Its t→cn dictionary is about 110 KB, so it is loaded only when a text actually contains
// traditional characters (a dynamic import: webpack puts it in its own chunk).

/** Traditional-only characters common in these reports; a handful of them marks a traditional text. */
const TRADITIONAL_MARKS =
  "規範處數開請資訊報復議訴訟結維糾總計機關個義務許權條項發廢現與對這為過於們來時會後從當點體據變區縣鄉鎮辦並務費單類際應實產書這內審查護題適務達進運動網頁統說負責歸檔檢";
const MARK_SET = new Set(TRADITIONAL_MARKS);

function traditionalShare(text: string): number {
  let marks = 0;
  let han = 0;
  const n = Math.min(text.length, 200000);
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch >= "\u4e00" && ch <= "\u9fff") {
      han++;
      if (MARK_SET.has(ch)) marks++;
    }
  }
  return han === 0 ? 0 : marks / han;
}

/** true when the text is written in traditional characters (not just one stray 數). */
export function looksTraditional(text: string): boolean {
  return traditionalShare(text) > 0.01;
}

type Convert = (s: string) => string;
let converter: Promise<Convert> | null = null;

async function loadConverter(): Promise<Convert> {
  const opencc = await import("opencc-js/t2cn");
  return opencc.Converter({ from: "t", to: "cn" });
}

/** The text in simplified characters; loads the dictionary on first use. */
export async function toSimplified(text: string): Promise<string> {
  converter ??= loadConverter();
  const convert = await converter;
  return convert(text);
}
