import { readdirSync } from "node:fs";
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import jestDom from "eslint-plugin-jest-dom";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The boundaries of the code (house style 12): shared code flows one way, shared -> features
 * -> app. Features never import each other; the data contract, the view and the shared pieces
 * never import a feature or the app shell; features get the view as plain props, so they never
 * import the view either.
 */
const FEATURES = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const boundaries = [
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: "./src/features",
    except: [`./${name}`],
    message:
      "Features never import each other: move what both need to src/components or src/data, or pass it as props from src/app.",
  })),
  {
    target: "./src/features",
    from: ["./src/app", "./src/view", "./src/main.tsx"],
    message: "Features get the view as plain props from the app shell (src/app/panels.ts).",
  },
  {
    target: ["./src/data", "./src/view", "./src/components", "./src/i18n"],
    from: ["./src/features", "./src/app", "./src/main.tsx"],
    message: "Shared code never imports a feature or the app shell.",
  },
  {
    // Otherwise a feature could reach the view through a shared component.
    target: ["./src/data", "./src/components", "./src/i18n"],
    from: "./src/view",
    message: "Only the app shell reads the view; shared pieces get plain props.",
  },
];

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
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: boundaries }],
      "import-x/no-cycle": "error",
      // The address store alone writes the address (src/view/address.ts).
      "no-restricted-globals": [
        "error",
        { name: "history", message: "Use the address store (src/view/address.ts)." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "history", message: "Use the address store (src/view/address.ts)." },
      ],
    },
  },
  {
    files: ["src/view/address.ts"],
    rules: { "no-restricted-globals": "off", "no-restricted-properties": "off" },
  },
  { files: ["src/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    ...testingLibrary.configs["flat/react"],
  },
  { files: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"], ...jestDom.configs["flat/recommended"] },
);
