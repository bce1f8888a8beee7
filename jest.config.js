/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }],
    // htmlparser2 and its DOM helpers ship as ES modules only; compile them to CommonJS for jest
    "/node_modules/(htmlparser2|domhandler|domutils|entities|dom-serializer|domelementtype)/.+\\.js$": [
      "ts-jest",
      { isolatedModules: true, diagnostics: false, tsconfig: { allowJs: true, module: "commonjs" } },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(htmlparser2|domhandler|domutils|entities|dom-serializer|domelementtype)/)"],
  testTimeout: 120000,
  maxWorkers: 2,
  // the default output, plus one plain closing line CI reads the counts from
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
