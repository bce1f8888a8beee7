// Fluent themes that follow Office's (light or dark) with a Chinese font stack. The dark theme is a
// separate chunk, fetched only when Office is dark.
import { Theme, webLightTheme } from "@fluentui/react-components";

export const FONT_STACK = "'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Segoe UI', sans-serif";

/** Relative luminance of "#RRGGBB" (0 black … 1 white); null when it is not a colour. */
export function luminance(color: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const isDark = (bodyBackground: string | undefined | null): boolean => {
  const l = luminance(bodyBackground);
  return l !== null && l < 0.4;
};

export const lightTheme: Theme = { ...webLightTheme, fontFamilyBase: FONT_STACK };

/** Dark when Office's body background is dark (Office.context.officeTheme), light otherwise. */
export async function themeFor(bodyBackground: string | undefined | null): Promise<Theme> {
  if (!isDark(bodyBackground)) return lightTheme;
  const { webDarkTheme } = await import(/* webpackChunkName: "dark-theme" */ "./dark-theme");
  return { ...webDarkTheme, fontFamilyBase: FONT_STACK };
}
