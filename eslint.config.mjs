// Lint: typescript-eslint's recommended rules with type information, plus the promise rules that
// catch a forgotten `await` (a floating promise swallows its error and breaks the transaction order).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const FRONT_DOOR = "Import another module only through its front door (src/modules/<module>/index.ts); add a one-line export there if it lacks something.";
const intoModule = { regex: "(^|/)modules/[^/]+/.", message: FRONT_DOOR };

/** The restricted-imports rule for files at one depth below src/modules/<module>/: `../` times depth, then another module's inner file. */
function boundaries() {
  const restrict = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });
  const crossModule = (depth) => ({ regex: `^(\\.\\./){${depth}}[^./][^/]*/.`, message: FRONT_DOOR });
  return [
    restrict(["src/common/**/*.ts"], [{ regex: "(^|/)modules(/|$)", message: "src/common is shared plumbing: it imports no module (invert the dependency)." }]),
    restrict(["src/*.ts", "src/demo/**/*.ts", "src/http/**/*.ts", "src/database/**/*.ts"], [intoModule]),
    restrict(["src/modules/*.ts"], [{ regex: "^\\./[^/]+/.", message: FRONT_DOOR }]),
    restrict(["src/modules/*/*.ts"], [crossModule(1), intoModule]),
    restrict(["src/modules/*/*/*.ts"], [crossModule(2), intoModule]),
    restrict(["src/modules/*/*/*/*.ts"], [crossModule(3), intoModule]),
  ];
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "data/", "test/generated/", ".jest-results/", "examples/generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false, attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      "@typescript-eslint/no-unsafe-function-type": "off",
      "@typescript-eslint/ban-ts-comment": "error",
      // The readers and sanitisers match control characters on purpose (XML 1.0, CSV).
      "no-control-regex": "off",
    },
  },
  // Module boundaries (README, "The code"): src/common imports no module, and code outside a module
  // reaches it only through its front door, src/modules/<module>/index.ts.
  ...boundaries(),
  // The request's trace is passed explicitly (src/common/request-store.ts): on Node 20 an enabled
  // AsyncLocalStorage hooks every promise of every request (10-15% of a small request's CPU).
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportSpecifier[imported.name=/^(AsyncLocalStorage|createHook)$/]",
          message: "Pass the request's trace explicitly (src/common/request-store.ts).",
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: { globals: { console: "readonly", process: "readonly", require: "readonly", module: "writable", __dirname: "readonly", URL: "readonly" } },
  },
);
