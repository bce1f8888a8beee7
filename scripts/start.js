#!/usr/bin/env node
// npm start: where desktop Excel is installed (Windows, macOS), office-addin-debugging builds, serves
// https://localhost:3000/ and sideloads the add-in into Excel. Elsewhere (Linux, CI) it serves the
// add-in over https on localhost:3000 and prints how to sideload it into Excel on the web.
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = 3000;
const bin = (name) => path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const DEV_SERVER = `"${bin("webpack")}" serve --mode development --port ${PORT}`;

function desktopExcel() {
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const q = spawnSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"], { stdio: "ignore" });
    return q.status === 0;
  }
  return false;
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
}

function sideloadHelp() {
  const url = `https://localhost:${PORT}/`;
  process.stdout.write(
    [
      "",
      "年报助手已在 " + url + " 提供（https，开发用自签名证书）。 / The add-in is served at " + url,
      "",
      "在网页版 Excel 中旁加载 / Sideload into Excel on the web:",
      "  1. 先在同一浏览器中打开 " + url + "taskpane.html ，接受证书提示（或运行 npx office-addin-dev-certs install 安装受信任的开发证书）。",
      "     Open " + url + "taskpane.html once in the same browser and accept the certificate.",
      "  2. 打开 https://www.office.com ，新建或打开一个 Excel 工作簿。 / Open a workbook in Excel on the web.",
      "  3. 开始 → 加载项 → 更多设置 → 上传我的加载项，选择本目录下的 manifest.xml（或下载 " + url + "manifest.xml）。",
      "     Home → Add-ins → More Settings → Upload My Add-in, and choose manifest.xml.",
      "  4. “开始”选项卡出现“政务公开年报”组：插入年报模板 / 年报助手。",
      "",
      "给 IT 的正式部署说明见 docs/deploy.md。 / For IT deployment see docs/deploy.md.",
      "按 Ctrl+C 停止。 / Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
}

if (desktopExcel() && !process.argv.includes("--web")) {
  // Desktop Excel only loads https pages it trusts: a one-time, trusted localhost certificate
  // (webpack.config.js picks it up from ~/.office-addin-dev-certs).
  const certs = spawnSync(bin("office-addin-dev-certs"), ["install"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (certs.status !== 0) process.stderr.write("未能安装开发证书，Excel 可能拒绝加载 https://localhost:3000/ / could not install the dev certificate\n");
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", DEV_SERVER, "--dev-server-port", String(PORT)]);
} else {
  sideloadHelp();
  run(bin("webpack"), ["serve", "--mode", "development", "--port", String(PORT)]);
}
