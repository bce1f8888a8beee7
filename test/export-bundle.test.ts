// The pane must not carry the `docx` package in its main bundle: ExportPanel loads the Word renderer
// with import() on first use. Built here with webpack (React and Fluent left external to keep it quick).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..");
// a string only the docx package's writer holds
const DOCX_MARKER = "relationships/fontTable";

test("ExportPanel's bundle leaves the docx package to a chunk loaded on demand", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-bundle-"));
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          mode: "production",
          context: ROOT,
          entry: { pane: "./src/taskpane/export/ExportPanel.tsx" },
          output: { path: out, filename: "[name].js", chunkFilename: "[name].chunk.js" },
          resolve: { extensions: [".ts", ".tsx", ".js"] },
          externals: { react: "React", "react-dom": "ReactDOM", "react/jsx-runtime": "jsxRuntime", "@fluentui/react-components": "Fluent" },
          module: { rules: [{ test: /\.tsx?$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", jsx: "react-jsx" } } }] },
          performance: { hints: false },
          optimization: { minimize: false },
        },
        (err, s) => (err || !s ? reject(err) : resolve(s)),
      ),
    );
    expect(stats.toJson({ errors: true }).errors).toEqual([]);
    const files = fs.readdirSync(out);
    const main = fs.readFileSync(path.join(out, "pane.js"), "utf8");
    expect(main).toContain("复制到剪贴板");
    expect(main).not.toContain(DOCX_MARKER);
    const chunks = files.filter((f) => f.endsWith(".chunk.js"));
    expect(chunks.some((f) => fs.readFileSync(path.join(out, f), "utf8").includes(DOCX_MARKER))).toBe(true);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
