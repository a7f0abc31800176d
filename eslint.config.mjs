// ESLint for the whole repository: JavaScript's recommended rules everywhere, typescript-eslint's
// type-aware recommended rules on TypeScript (floating promises, unsafe `any`, …), and the
// promise rules on JavaScript too, where a forgotten `await` is just as easy. Formatting is
// Prettier's job (.prettierrc.json); no rule here is about layout.
import js from "@eslint/js";
import globals from "globals";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

const UNUSED = {
  argsIgnorePattern: "^_",
  varsIgnorePattern: "^_",
  caughtErrorsIgnorePattern: "^_",
  ignoreRestSiblings: true,
};

export default defineConfig(
  { ignores: ["dist-cjs/", "dist-es/", "dist-node/", "dist-types/", "docs-api/", "coverage/", "bench/.out/"] },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node },
      parserOptions: { project: "./tsconfig.eslint.json", tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.mts", "**/*.cts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    rules: {
      // `_name` is unused on purpose; `const { secret, ...rest } = x` drops a member.
      "@typescript-eslint/no-unused-vars": ["error", UNUSED],
      // `any` written out is how @smithy's generic middleware and stack types are instantiated;
      // what matters is that no `any` flows on unchecked, which the no-unsafe-* rules enforce.
      "@typescript-eslint/no-explicit-any": "off",
      // `interface XCommandInput extends XRequest {}`: the AWS SDK's named alias of a shape.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
    },
  },
  {
    // Tests read JSON answers, log entries and internals of the reference client: `any` there is
    // the subject under test, not a leak. Promise rules stay on, as everywhere.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Stand-in handlers and providers implement async interfaces without awaiting anything,
      // pull methods off spies, and throw non-Errors on purpose to see how the client copes.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/only-throw-error": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    plugins: { "@typescript-eslint": tseslint.plugin },
    languageOptions: { parser: tseslint.parser },
    rules: {
      "no-unused-vars": ["error", UNUSED],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },
  { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
  // Pages and bundles the browser tests build run in a browser.
  { files: ["test/ecosystem/fixtures/browser/**"], languageOptions: { globals: { ...globals.browser } } },
);
