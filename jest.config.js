/** Scenario tests run through the real HTTP server against a real database (TEST_DB=sqlite|mysql). */
const fs = require("node:fs");
const path = require("node:path");

// The same swc settings as the build, so tests run the code exactly as `npm start` compiles it.
const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, ".swcrc"), "utf8"));
delete swcrc.$schema;

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { ...swcrc, swcrc: false }] },
  testTimeout: 60000,
  maxWorkers: 2,
};
