/** Jest projects: `unit` (core, catalog, config, protocol, cli; fast), `browser` (the HTML report's layout in headless Chromium) and `e2e` (real Pulumi CLI). `npm run test:fuzz` reruns the property tests of `unit` with many more cases. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const common = { testEnvironment: "node", transform: { "^.+\\.ts$": tsJest }, moduleFileExtensions: ["ts", "js", "json"] };
module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: ["/tests/e2e/", "/tests/browser/"],
    },
    { ...common, displayName: "browser", testMatch: ["<rootDir>/tests/browser/**/*.test.ts"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"], globalSetup: "<rootDir>/tests/e2e/support/setup.ts" },
  ],
};
