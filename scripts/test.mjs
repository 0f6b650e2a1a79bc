#!/usr/bin/env node
// `npm test`: the whole suite on SQLite, then again on MySQL/MariaDB when TEST_MYSQL_URL is set or
// a server answers on 127.0.0.1:3306. REQUIRE_MYSQL=1 (CI) makes a missing MySQL a failure.
// Extra arguments go to jest (e.g. `npm test -- test/organisation`).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import net from "node:net";

const args = process.argv.slice(2);
let only = null;
const onlyAt = args.indexOf("--only");
if (onlyAt >= 0) {
  only = args[onlyAt + 1];
  args.splice(onlyAt, 2);
}

const mysqlUrl = process.env.TEST_MYSQL_URL || "mysql://root@127.0.0.1:3306/test";

function answers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 3306), timeout: 2000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

// The process tests start the compiled server (`npm start` runs the same build).
const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const databases = [];
if (only !== "mysql") databases.push("sqlite");
if (only !== "sqlite") {
  if (await answers(mysqlUrl)) databases.push("mysql");
  else if (process.env.REQUIRE_MYSQL === "1" || only === "mysql") {
    console.error(`MySQL/MariaDB required but nothing answers at ${new URL(mysqlUrl).host}`);
    process.exit(1);
  } else console.log(`No MySQL/MariaDB at ${new URL(mysqlUrl).host} (set TEST_MYSQL_URL): running SQLite only.`);
}

mkdirSync(".jest-results", { recursive: true });
const totals = { passed: 0, failed: 0 };
const lines = [];
let exitCode = 0;
for (const db of databases) {
  console.log(`\n=== npm test on ${db === "sqlite" ? "SQLite (embedded)" : `MySQL/MariaDB (${new URL(mysqlUrl).host})`} ===\n`);
  const output = `.jest-results/${db}.json`;
  const run = spawnSync("npx", ["jest", "--json", `--outputFile=${output}`, ...args], {
    stdio: "inherit",
    env: { ...process.env, TEST_DB: db, TEST_MYSQL_URL: mysqlUrl },
  });
  let passed;
  let failed;
  try {
    const result = JSON.parse(readFileSync(output, "utf8"));
    passed = result.numPassedTests;
    failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
  } catch {
    failed = 1;
  }
  if (run.status !== 0 && failed === 0) failed = 1;
  if (failed > 0 || run.status !== 0) exitCode = 1;
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${db}: ${passed} passed, ${failed} failed`);
}

console.log(`\nRan on: ${databases.join(" and ")}`);
for (const line of lines) console.log(line);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(exitCode);
