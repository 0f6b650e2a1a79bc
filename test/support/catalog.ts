import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConnection } from "mysql2/promise";
import { startCatalog, RunningCatalog } from "../../src/app";
import { loadConfig } from "../../src/config";
import { ApiClient } from "./api-client";

/** Which real database this run uses: `TEST_DB=sqlite` (default) or `TEST_DB=mysql` (scripts/test.mjs sets it). */
export const testDatabase: "sqlite" | "mysql" = process.env.TEST_DB === "mysql" ? "mysql" : "sqlite";
const testMysqlUrl = process.env.TEST_MYSQL_URL || "mysql://root@127.0.0.1:3306/test";

let databaseSequence = 0;

/**
 * A database of its own for one catalog: a SQLite file in a fresh temporary folder (a file, so the
 * server has its separate read connection as in production), or a MariaDB schema, dropped and made anew.
 */
export async function freshDatabaseUrl(): Promise<string> {
  if (testDatabase === "sqlite") return `sqlite:${join(mkdtempSync(join(tmpdir(), "cdo-test-")), "catalog.sqlite")}`;
  const url = new URL(testMysqlUrl);
  // Unique per process and catalog: concurrent test runs (and a file's second server) never drop each other's schema.
  databaseSequence += 1;
  const name = `cdo_test_${process.pid}_${databaseSequence}`;
  const admin = await createConnection({ uri: url.toString() });
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

export const ADMIN = { username: "test.admin", password: "test-admin-password" };

export interface TestCatalog {
  catalog: RunningCatalog;
  /** Signed in as a district administrator. */
  api: ApiClient;
  /** No token at all. */
  anonymous: ApiClient;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Drops what `freshDatabaseUrl` made: its temporary SQLite folder, or its MariaDB schema. A test's own SQLite file is the test's to remove. */
export async function dropDatabase(url: string): Promise<void> {
  const sqlite = /^sqlite:(.*\/cdo-test-[^/]+)\/catalog\.sqlite$/.exec(url);
  if (sqlite) return rmSync(sqlite[1], { recursive: true, force: true });
  if (testDatabase !== "mysql" || !url.startsWith("mysql:")) return;
  const parsed = new URL(url);
  const name = parsed.pathname.slice(1);
  parsed.pathname = new URL(testMysqlUrl).pathname;
  const admin = await createConnection({ uri: parsed.toString() });
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await admin.end();
  }
}

/** The real server (HTTP, Apollo, TypeORM, migrations) on a fresh database and a free port. */
export async function startTestCatalog(
  env: Record<string, string> = {},
  {
    signIn = true,
    connectVia,
    clock,
  }: {
    signIn?: boolean;
    /** e.g. through a proxy: the URL the server is given for the fresh database. */
    connectVia?: (url: string) => string;
    /** The time every request sees (deadline tests move it); the system clock by default. */
    clock?: () => Date;
  } = {},
): Promise<TestCatalog> {
  // A test may pass its own DATABASE_URL (two catalogs on one database); stop() drops it all the same.
  const databaseUrl = env.DATABASE_URL ?? (await freshDatabaseUrl());
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    DEMO_DATA: "never",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    JWT_SECRET: "test-secret-test-secret-test-secret-0123",
    PASSWORD_HASH_COST: "10",
    // Every test client is 127.0.0.1: the sign-in limits are off unless a test sets them (test/access/sign-in-limits.test.ts).
    SIGN_IN_ATTEMPTS_PER_MINUTE: "100000",
    SIGN_IN_FAILURES_PER_DAY: "1000000",
    BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    ...env,
    DATABASE_URL: connectVia ? connectVia(databaseUrl) : databaseUrl,
  });
  const catalog = await startCatalog(config, { clock });
  const anonymous = new ApiClient(catalog.url);
  const api = signIn ? await anonymous.signIn(ADMIN.username, ADMIN.password) : anonymous;
  return {
    catalog,
    api,
    anonymous,
    databaseUrl,
    stop: async () => {
      try {
        await catalog.stop();
      } finally {
        await dropDatabase(databaseUrl); // even when the test broke the connection on purpose
      }
    },
  };
}
