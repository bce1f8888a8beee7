// npm run bench: runs every bench/*.bench.ts (each exports `figures()`), prints one figure per line,
// and with --json the same as one JSON object on the last line.
import * as fs from "fs";
import * as path from "path";

type Figures = Record<string, number>;

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".bench.ts")).sort();
  const all: Figures = {};
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require(path.join(__dirname, file)) as { figures: () => Promise<Figures> };
    const figures = await mod.figures();
    for (const [name, value] of Object.entries(figures)) {
      all[name] = value;
      process.stdout.write(`${name} ${value}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(all)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
