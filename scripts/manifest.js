// The manifest for a hosting URL: manifest.xml is written for https://localhost:3000/ (development);
// a build for IT rewrites every URL to ADDIN_URL. Shared by webpack.config.js and the manifest test.
"use strict";

const DEV_URL = "https://localhost:3000/";

/** The hosting URL from ADDIN_URL, or an error value with a message in Chinese and English. */
function addinUrl(env = process.env) {
  const raw = (env.ADDIN_URL || DEV_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `ADDIN_URL 不是有效的网址：${raw} / ADDIN_URL is not a valid URL: ${raw}` };
  }
  if (url.protocol !== "https:") {
    return { ok: false, reason: `ADDIN_URL 必须以 https:// 开头（Office 只加载 HTTPS 页面）：${raw} / ADDIN_URL must be https: ${raw}` };
  }
  if (url.search || url.hash) {
    return { ok: false, reason: `ADDIN_URL 不能带 ? 或 #：${raw} / ADDIN_URL must not carry a query or fragment: ${raw}` };
  }
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { ok: true, url: href };
}

/** manifest.xml with every development URL pointing at `baseUrl` (which ends with "/"). */
function manifestFor(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .split(DEV_URL).join(baseUrl)
    // AppDomain holds an origin without a path
    .split(`<AppDomain>${new URL(DEV_URL).origin}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_URL, addinUrl, manifestFor };
