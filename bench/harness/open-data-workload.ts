import { randomBytes } from "node:crypto";
import type { EventEmitter } from "node:events";
import autocannon from "autocannon";
import { createConnection } from "mysql2/promise";
import { serverUrl } from "./district-seed";
import { VariantProcess, killAllVariants } from "./variant-process";

/**
 * W4, the public open-data catalog (issue 9): `npm run bench:open-data [-- --datasets N] [--seconds N]
 * [--connections N] [--sqlite]`. Starts the server on a fresh database (MariaDB by default), opens
 * N datasets through the API (the same rules as the portal's publishers), records 30 days of usage,
 * then loads four anonymous reads with autocannon: openDatasets searched in Chinese with facets,
 * openDatasets unfiltered with facets, CKAN package_search, and the whole DCAT catalog. Prints one
 * markdown table (kept in BENCHMARKS.md by hand).
 */

const ROOT = process.cwd();
const started = Date.now();
const log = (message: string) => process.stderr.write(`[open-data ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const DATASETS = option("--datasets", 500);
const SECONDS = option("--seconds", 10);
const CONNECTIONS = option("--connections", 8);
const SQLITE = process.argv.includes("--sqlite");
const UNITS = 20;
const ADMIN = { username: "bench.open", password: randomBytes(12).toString("hex") };

const departments = [
  "区发展和改革局",
  "区教育局",
  "区民政局",
  "区司法局",
  "区财政局",
  "区人力资源和社会保障局",
  "区住房和城乡建设局",
  "区城市管理局",
  "区农业农村局",
  "区商务局",
];
const topics = ["名录", "统计信息", "登记信息", "分布情况", "服务网点", "年度报告", "许可信息", "监测数据"];
const subjects = [
  "养老机构",
  "医疗机构",
  "中小学校",
  "公共厕所",
  "停车场",
  "农贸市场",
  "体育场馆",
  "文化场馆",
  "公交站点",
  "充电桩",
  "社区服务中心",
  "便民服务点",
];
const themes = [
  "ECONOMY",
  "ENVIRONMENT",
  "EDUCATION_SCIENCE",
  "TRANSPORT",
  "SOCIAL_DEVELOPMENT",
  "HEALTH",
  "LIVELIHOOD",
  "CULTURE_LEISURE",
  "URBAN_CONSTRUCTION",
];
const formats = ["CSV", "XLSX", "JSON", "API", "XML"];

async function freshDatabase(): Promise<string> {
  if (SQLITE) return `sqlite:/tmp/cdo-bench-open-data-${process.pid}.sqlite`;
  const name = "cdo_bench_open_data";
  const admin = await createConnection({ uri: serverUrl() });
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  return `${serverUrl()}/${name}`;
}

class Api {
  constructor(
    readonly url: string,
    private token?: string,
  ) {}

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; statements: number }> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return { data: body.data, statements: Number(response.headers.get("x-sql-statements") ?? NaN) };
  }

  async signIn(): Promise<void> {
    const { data } = await this.call<{ login: { accessToken: string } }>(
      "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }",
      {
        u: ADMIN.username,
        p: ADMIN.password,
      },
    );
    this.token = data.login.accessToken;
  }
}

async function seed(api: Api): Promise<void> {
  const { data: root } = await api.call<{ createUnit: { id: string } }>("mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }", {
    i: { kind: "DISTRICT", code: "320402", name: "天宁区" },
  });
  const units: string[] = [];
  for (let u = 0; u < UNITS; u++) {
    const { data } = await api.call<{ createUnit: { id: string } }>("mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }", {
      i: {
        kind: "DEPARTMENT",
        code: `320402-W${String(u).padStart(2, "0")}`,
        name: `${departments[u % departments.length]}${u >= departments.length ? `（${u}）` : ""}`,
        parentId: root.createUnit.id,
      },
    });
    units.push(data.createUnit.id);
  }
  const datasetIds: string[] = [];
  for (let n = 0; n < DATASETS; n++) {
    const name = `${subjects[n % subjects.length]}${topics[Math.floor(n / subjects.length) % topics.length]}${n}`;
    const { data: created } = await api.call<{ createDataResource: { id: string } }>(
      "mutation($i: CreateDataResourceInput!) { createDataResource(input: $i) { id } }",
      {
        i: {
          providerUnitId: units[n % UNITS],
          name,
          summary: `天宁区${name}的公开信息，按月更新`,
          catalogCategory: "DEPARTMENTAL",
          classificationCode: "301005",
          format: "DATABASE",
          updateFrequency: "MONTHLY",
          sharingType: "UNCONDITIONAL",
          openType: "UNCONDITIONAL",
          level: "GENERAL",
          status: "PUBLISHED",
        },
      },
    );
    const count = 1 + (n % 3);
    const { data: opened } = await api.call<{ publishOpenDataset: { id: string } }>(
      "mutation($i: PublishOpenDatasetInput!) { publishOpenDataset(input: $i) { id } }",
      {
        i: {
          resourceId: created.createDataResource.id,
          theme: themes[n % themes.length],
          licence: "CC_BY_4_0",
          issued: new Date(Date.now() - (40 + (n % 300)) * 86_400_000).toISOString().slice(0, 10),
          distributions: Array.from({ length: count }, (_, k) => ({
            format: formats[(n + k) % formats.length],
            accessUrl: `https://opendata.tianning.example.cn/datasets/${n}`,
            downloadUrl: `https://opendata.tianning.example.cn/files/${n}-${k}`,
          })),
        },
      },
    );
    datasetIds.push(opened.publishOpenDataset.id);
    if ((n + 1) % 100 === 0) log(`opened ${n + 1} of ${DATASETS} datasets`);
  }
  const entries = datasetIds.flatMap((datasetId, n) =>
    Array.from({ length: 30 }, (_, d) => ({
      datasetId,
      day: new Date(Date.now() - (d + 2) * 86_400_000).toISOString().slice(0, 10),
      downloads: (n * 7 + d * 3) % 50,
      apiCalls: (n * 13 + d) % 200,
    })),
  );
  for (let i = 0; i < entries.length; i += 1000)
    await api.call("mutation($i: RecordOpenDataUsageInput!) { recordOpenDataUsage(input: $i) { recorded } }", { i: { entries: entries.slice(i, i + 1000) } });
  log(`recorded ${entries.length} days of usage`);
}

const PAGE_QUERY =
  "query Portal($filter: OpenDatasetFilter) { openDatasets(first: 20, filter: $filter) { totalCount " +
  "nodes { id identifier title description themeLabel issued publisher { name } distributions { format mediaType downloadUrl } downloadCount } " +
  "facets { byTheme { theme label count } byUnit { unit { id name } count } byFormat { format count } } } }";

interface Measured {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  bytes: number;
  statements: string;
}

async function measure(name: string, url: string, options: { method: "GET" | "POST"; body?: string }, statements: string): Promise<Measured> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing to load a non-loopback URL: ${url}`);
  const load = (duration: number) =>
    autocannon({
      url,
      method: options.method,
      headers: { "content-type": "application/json" },
      body: options.body,
      connections: CONNECTIONS,
      duration,
      timeout: 30,
    }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
  await load(2); // warm-up
  const result = await load(SECONDS);
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return {
    name,
    requestsPerSecond: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: Math.round(result.throughput.total / Math.max(result["2xx"], 1)),
    statements,
  };
}

async function main(): Promise<void> {
  log(`building ${DATASETS} open datasets on ${SQLITE ? "SQLite" : "MariaDB"}`);
  const database = await freshDatabase();
  const server = await VariantProcess.start(
    {
      name: "server",
      script: "dist/src/main.js",
      ready: /GraphQL:\s+(http:\/\/127\.0\.0\.1:\d+\/graphql)/,
      env: {
        NODE_ENV: "production",
        DATABASE_URL: database,
        HOST: "127.0.0.1",
        PORT: "0",
        DEMO_DATA: "never",
        LOG_LEVEL: "warn",
        JWT_SECRET: randomBytes(32).toString("hex"),
        EXPOSE_SQL_STATEMENT_COUNT: "true",
        BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
        PASSWORD_HASH_COST: "10",
        METRICS: "false",
      },
    },
    ROOT,
  );
  try {
    const api = new Api(server.url);
    await api.signIn();
    await seed(api);
    const base = server.url.replace(/\/graphql$/, "");
    const anonymous = new Api(server.url);
    const searchBody = JSON.stringify({ query: PAGE_QUERY, variables: { filter: { search: "名录" } } });
    const allBody = JSON.stringify({ query: PAGE_QUERY, variables: {} });
    const searched = await anonymous.call<{ openDatasets: { totalCount: number } }>(PAGE_QUERY, { filter: { search: "名录" } });
    const all = await anonymous.call<{ openDatasets: { totalCount: number } }>(PAGE_QUERY, {});
    log(`search "名录" matches ${searched.data.openDatasets.totalCount} of ${all.data.openDatasets.totalCount}`);
    const results = [
      await measure(
        `openDatasets search "名录" (${searched.data.openDatasets.totalCount} matches), page of 20 + 3 facets`,
        server.url,
        { method: "POST", body: searchBody },
        String(searched.statements),
      ),
      await measure(
        `openDatasets unfiltered (${all.data.openDatasets.totalCount}), page of 20 + 3 facets`,
        server.url,
        { method: "POST", body: allBody },
        String(all.statements),
      ),
      await measure(
        "CKAN package_search?q=名录&rows=20",
        `${base}/api/3/action/package_search?q=${encodeURIComponent("名录")}&rows=20`,
        { method: "GET" },
        "–",
      ),
      await measure(`DCAT catalog.jsonld (all ${DATASETS})`, `${base}/open-data/catalog.jsonld`, { method: "GET" }, "–"),
    ];
    const lines = [
      `W4 open-data catalog: ${DATASETS} open datasets of ${UNITS} units, ${SQLITE ? "SQLite" : "MariaDB"}, anonymous, ${CONNECTIONS} connections, ${SECONDS} s each after 2 s warm-up`,
      "",
      "| request | req/s | p50 ms | p99 ms | bytes/response | SQL statements (x-sql-statements) |",
      "| --- | --- | --- | --- | --- | --- |",
      ...results.map((r) => `| ${r.name} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.bytes.toLocaleString("en")} | ${r.statements} |`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await server.stop();
    killAllVariants();
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  killAllVariants();
  process.exit(1);
});
