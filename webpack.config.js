// Builds the add-in into dist/ (or $XXGK_DIST): the task pane, the ribbon command's function file and
// its message dialog, the icons, the help page and manifest.xml with every URL pointing at ADDIN_URL (default
// https://localhost:3000/). Heavy parts of the pane (export renderers, import parsers) are separate
// chunks loaded on demand.
/* eslint-disable @typescript-eslint/no-var-requires */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinUrl, manifestFor } = require("./scripts/manifest.js");

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? "production") === "production";
  const hosting = addinUrl(process.env);
  if (!hosting.ok) throw new Error(hosting.reason);
  const outDir = path.resolve(__dirname, process.env.XXGK_DIST || "dist");
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      message: "./src/commands/message.ts",
    },
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, buffer: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules so webpack can tree-shake and split dynamic import() into chunks
              compilerOptions: { module: "esnext", moduleResolution: "node", noEmit: false, target: "ES2019", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], inject: "body", scriptLoading: "blocking" }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], inject: "body", scriptLoading: "blocking" }),
      // the ribbon command's message dialog (src/commands/dialog.ts)
      new HtmlWebpackPlugin({ filename: "message.html", template: "./src/commands/message.html", chunks: ["message"], inject: "body", scriptLoading: "blocking" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString("utf8"), hosting.url) },
        ],
      }),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: "async" } },
    devServer: {
      port: 3000,
      server: devServerHttps(),
      static: { directory: outDir },
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: false,
    },
  };
};

/** https with the office-addin-dev-certs certificate when it is installed, else webpack's own. */
function devServerHttps() {
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const ca = path.join(dir, "ca.crt");
  if (fs.existsSync(cert) && fs.existsSync(key)) return { type: "https", options: { cert, key, ...(fs.existsSync(ca) ? { ca } : {}) } };
  return "https";
}
