#!/usr/bin/env node
// Runs the TypeScript command line directly (tsx), so `npx xxgk-report` works right after `npm ci`.
require("tsx/cjs");
require("../src/cli/main.ts");
