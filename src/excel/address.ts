// The sheet part of addresses as Office.js gives them: ranges report "'政府信息公开年报'!D12:J36", names
// "=Sheet!$D$12:$J$36". The A1 part itself is src/layout/a1.ts.

/** The sheet part of "'My sheet'!A1:B2" or "Sheet!A1", unquoted; null when there is none. */
export function sheetOf(address: string): string | null {
  const s = address.replace(/^=/, "");
  const bang = s.lastIndexOf("!");
  if (bang < 0) return null;
  const raw = s.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}
