// ESLint flat config: typescript-eslint with type information (tsconfig.json covers policypack/, tests/ and scripts/),
// eslint-config-prettier last so formatting stays Prettier's alone. Run by `npm run lint` (with `prettier --check`).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  process: "readonly",
  console: "readonly",
  __dirname: "readonly",
  __filename: "readonly",
  Buffer: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setImmediate: "readonly",
};

export default tseslint.config(
  // examples/ are Pulumi programs with their own package.json and tsconfig (and SDKs not installed here).
  { ignores: ["dist/**", ".bench/**", "coverage/**", "node_modules/**", "examples/**", "**/fixtures/**", "**/golden/**"] },
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // Plain JavaScript (CommonJS scripts and configs): the JS recommended rules only, no type information.
    files: ["**/*.js", "**/*.mjs"],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },
  prettier,
);
