import { createHash } from "node:crypto";
import http from "node:http";
import type { RowDataPacket } from "mysql2/promise";
import { bearerToken, districtToday, listenOnLoopback, openPool } from "./variant-env";
import { PageSizes, W1_QUERY, W1_UNIT_KINDS, W2_QUERY_PATTERN } from "./workloads";

/**
 * The floor: bare node:http and mysql2 with hand-written SQL, answering W1 and W2 with the same
 * JSON as the server. It checks the bearer token like the server does (one statement), and
 * answers nothing but the two workloads' texts.
 */

const pool = openPool();

type Reply = { status: number; body: unknown };
const failure = (status: number, code: string, message: string): Reply => ({ status, body: { errors: [{ message, extensions: { code } }] } });

/** The token's account must exist, be enabled, and read every unit (analyst or district administrator). */
async function authorise(header: string | undefined): Promise<Reply | null> {
  const token = bearerToken(header);
  if (!token?.startsWith("cdo_")) return failure(401, "UNAUTHENTICATED", "An API token is required.");
  const [rows] = await pool.query<RowDataPacket[]>(
    "SELECT a.analyst, a.district_administrator, a.disabled, t.revoked_at, t.expires_at FROM api_tokens t JOIN user_accounts a ON a.id = t.account_id WHERE t.secret_hash = ?",
    [createHash("sha256").update(token).digest("hex")],
  );
  const row = rows[0];
  if (!row || row.disabled || row.revoked_at || (row.expires_at && row.expires_at <= new Date()))
    return failure(401, "UNAUTHENTICATED", "The access token is invalid, expired or revoked.");
  if (!row.analyst && !row.district_administrator) return failure(403, "FORBIDDEN", "The floor answers district-wide readers only.");
  return null;
}

interface Appointee {
  startDate: string;
  person: { name: string };
}

/**
 * The first `limit` resources by code of each unit, in one statement of per-unit branches: each
 * branch sorts only its unit's rows, which beats one ROW_NUMBER() window over all the units' rows
 * (L: 48 ms against 77 ms per page on this machine).
 */
function firstResourcesOfEach(unitIds: number[], limit: number): [string, number[]] {
  const branch = "(SELECT id, provider_unit_id, code, name FROM data_resources WHERE provider_unit_id = ? ORDER BY code, id LIMIT ?)";
  return [`SELECT * FROM (${unitIds.map(() => branch).join(" UNION ALL ")}) page ORDER BY provider_unit_id, code, id`, unitIds.flatMap((id) => [id, limit])];
}

async function inventoryPage(pages: PageSizes): Promise<unknown> {
  const [units] = await pool.query<RowDataPacket[]>("SELECT id, code, name, kind FROM units WHERE kind IN (?) ORDER BY code, id LIMIT ?", [
    W1_UNIT_KINDS,
    pages.units,
  ]);
  if (units.length === 0) return { units: { edges: [] } };
  const unitIds = units.map((u) => u.id as number);
  const today = districtToday();
  const none = Promise.resolve([[]] as unknown as [RowDataPacket[]]);
  const [[appointments], [resources], [counts]] = await Promise.all([
    pool.query<RowDataPacket[]>(
      "SELECT a.unit_id, a.role, a.start_date, p.name FROM appointments a JOIN persons p ON p.id = a.person_id " +
        "WHERE a.unit_id IN (?) AND a.role IN ('UNIT_CDO', 'DISTRICT_CDO', 'DATA_SPECIALIST') AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?)",
      [unitIds, today, today],
    ),
    pages.resources > 0 ? pool.query<RowDataPacket[]>(...firstResourcesOfEach(unitIds, pages.resources)) : none,
    pool.query<RowDataPacket[]>("SELECT provider_unit_id, COUNT(*) AS total FROM data_resources WHERE provider_unit_id IN (?) GROUP BY provider_unit_id", [
      unitIds,
    ]),
  ]);
  const itemsOf = new Map<number, { code: string; name: string; dataType: string }[]>();
  if (resources.length > 0 && pages.items > 0) {
    // Items: a ROW_NUMBER() window, which the unique (resource_id, code) index keeps cheap.
    const [items] = await pool.query<RowDataPacket[]>(
      "SELECT resource_id, code, name, data_type FROM (SELECT resource_id, code, name, data_type, ROW_NUMBER() OVER (PARTITION BY resource_id ORDER BY code, id) AS rn " +
        "FROM data_items WHERE resource_id IN (?)) w WHERE rn <= ? ORDER BY resource_id, rn",
      [resources.map((r) => r.id as number), pages.items],
    );
    for (const i of items) {
      let list = itemsOf.get(i.resource_id);
      if (!list) itemsOf.set(i.resource_id, (list = []));
      list.push({ code: i.code, name: i.name, dataType: i.data_type });
    }
  }

  const holders = new Map<string, Appointee>();
  for (const a of appointments) holders.set(`${a.unit_id}:${a.role}`, { startDate: a.start_date, person: { name: a.name } });
  const totals = new Map<number, number>(counts.map((c) => [c.provider_unit_id as number, Number(c.total)]));
  const nodesOf = new Map<number, unknown[]>();
  for (const r of resources) {
    let list = nodesOf.get(r.provider_unit_id);
    if (!list) nodesOf.set(r.provider_unit_id, (list = []));
    list.push({ code: r.code, name: r.name, items: { nodes: itemsOf.get(r.id) ?? [] } });
  }
  return {
    units: {
      edges: units.map((u) => ({
        node: {
          name: u.name,
          code: u.code,
          cdo: holders.get(`${u.id}:${u.kind === "DISTRICT" ? "DISTRICT_CDO" : "UNIT_CDO"}`) ?? null,
          dataSpecialist: holders.get(`${u.id}:DATA_SPECIALIST`) ?? null,
          dataResources: { totalCount: totals.get(u.id) ?? 0, nodes: nodesOf.get(u.id) ?? [] },
        },
      })),
    },
  };
}

async function unitName(globalId: string): Promise<Reply> {
  const match = /^Unit:([1-9]\d{0,15})$/.exec(Buffer.from(globalId, "base64url").toString("utf8"));
  if (!match) return failure(400, "BAD_USER_INPUT", `"${globalId}" is not the ID of a Unit`);
  const [rows] = await pool.query<RowDataPacket[]>("SELECT name FROM units WHERE id = ?", [Number(match[1])]);
  if (rows.length === 0) return { status: 200, body: { data: null, errors: [{ message: "Unit not found", extensions: { code: "NOT_FOUND" } }] } };
  return { status: 200, body: { data: { unit: { name: rows[0].name } } } };
}

const pageSize = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100 ? (value as number) : null);

async function answer(req: http.IncomingMessage, raw: string): Promise<Reply> {
  let request: { query?: unknown; variables?: Record<string, unknown> };
  try {
    request = JSON.parse(raw);
  } catch {
    return failure(400, "BAD_REQUEST", "Malformed JSON in request body");
  }
  const refused = await authorise(req.headers.authorization);
  if (refused) return refused;
  if (request.query === W1_QUERY) {
    const v = request.variables ?? {};
    const pages = { units: pageSize(v.units), resources: pageSize(v.resources), items: pageSize(v.items) };
    if (pages.units === null || pages.resources === null || pages.items === null)
      return failure(400, "BAD_USER_INPUT", "units, resources and items must be 0 to 100");
    return { status: 200, body: { data: await inventoryPage(pages as PageSizes) } };
  }
  const w2 = typeof request.query === "string" ? W2_QUERY_PATTERN.exec(request.query) : null;
  if (w2) return unitName(w2[1]);
  return failure(400, "BAD_REQUEST", "The floor answers only the benchmark's workloads.");
}

const server = http.createServer((req, res) => {
  if (req.method !== "POST" || req.url !== "/graphql") {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > 1_048_576) req.destroy();
    else chunks.push(chunk);
  });
  req.on("end", () => {
    void answer(req, Buffer.concat(chunks).toString("utf8"))
      .catch((error: Error): Reply => {
        process.stderr.write(`floor: ${error.stack}\n`);
        return failure(500, "INTERNAL_SERVER_ERROR", "Internal server error");
      })
      .then(({ status, body }) => {
        const json = JSON.stringify(body);
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(json) });
        res.end(json);
      });
  });
});

listenOnLoopback(server, "floor");
