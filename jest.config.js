/** Jest projects: `unit` (core, catalog, protocol, cli; fast), `e2e` (real Pulumi CLI), `fuzz` (long property runs). */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const common = { testEnvironment: "node", transform: { "^.+\\.ts$": tsJest }, moduleFileExtensions: ["ts", "js", "json"] };
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/**/*.test.ts"], testPathIgnorePatterns: ["/tests/e2e/", "/tests/fuzz/"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"], globalSetup: "<rootDir>/tests/e2e/support/setup.ts" },
    { ...common, displayName: "fuzz", testMatch: ["<rootDir>/tests/fuzz/**/*.test.ts"] },
  ],
};
