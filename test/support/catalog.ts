import { createConnection } from "mysql2/promise";
import { startCatalog, RunningCatalog } from "../../src/app";
import { loadConfig } from "../../src/config";
import { ApiClient } from "./api-client";

/** Which real database this run uses: `TEST_DB=sqlite` (default) or `TEST_DB=mysql` (scripts/test.mjs sets it). */
export const testDatabase: "sqlite" | "mysql" = process.env.TEST_DB === "mysql" ? "mysql" : "sqlite";
export const testMysqlUrl = process.env.TEST_MYSQL_URL || "mysql://root@127.0.0.1:3306/test";

/** A database of its own for one test file: in-memory SQLite, or a MariaDB schema per jest worker, dropped and made anew. */
export async function freshDatabaseUrl(): Promise<string> {
  if (testDatabase === "sqlite") return "sqlite::memory:";
  const url = new URL(testMysqlUrl);
  const name = `cdo_test_${process.env.JEST_WORKER_ID ?? "1"}`;
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

export interface TestCatalog {
  catalog: RunningCatalog;
  api: ApiClient;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** The real server (HTTP, Apollo, TypeORM, migrations) on a fresh database and a free port. */
export async function startTestCatalog(env: Record<string, string> = {}): Promise<TestCatalog> {
  const databaseUrl = await freshDatabaseUrl();
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    DATABASE_URL: databaseUrl,
    DEMO_DATA: "never",
    LOG_LEVEL: "silent",
    ...env,
  });
  const catalog = await startCatalog(config);
  return { catalog, api: new ApiClient(catalog.url), databaseUrl, stop: () => catalog.stop() };
}
