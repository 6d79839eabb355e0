import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import jestDom from "eslint-plugin-jest-dom";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "reports", "test-results", "node_modules", ".dbg"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs["flat/recommended"],
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: { ...globals.node } } },
  // Browser scripts drive pages: code inside page.evaluate runs in the browser.
  { files: ["scripts/**/*.mjs"], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    ...testingLibrary.configs["flat/react"],
  },
  { files: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"], ...jestDom.configs["flat/recommended"] },
);
