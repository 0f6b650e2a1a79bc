import http from "node:http";
import { print } from "graphql";
import { AppointDocument, AppointmentHistoryDocument, UnitsDocument } from "../generated/graphql";
import { startTestCatalog, testDatabase, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog({ MAX_REQUEST_BYTES: "4096" });
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const base = () => server.catalog.url.replace(/\/graphql$/, "");

describe("the HTTP edge", () => {
  it("reports health with the database reachable", async () => {
    const response = await fetch(`${base()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("gives every response a request id, keeping a well-formed one the client sent", async () => {
    const mine = await server.api.raw("{ __typename }", undefined, { "x-request-id": "portal-abc-123" });
    expect(mine.headers.get("x-request-id")).toBe("portal-abc-123");
    const generated = await server.api.raw("{ __typename }", undefined, { "x-request-id": "bad id with spaces" });
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers malformed JSON and oversized bodies with a GraphQL-shaped error and no stack trace", async () => {
    const malformed = await fetch(server.catalog.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(malformed.status).toBe(400);
    const body = await malformed.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(body).not.toMatch(/at .*\.js|SyntaxError/);

    const huge = await fetch(server.catalog.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(10_000) } }),
    });
    expect(huge.status).toBe(413);
  });

  it("refuses a GET mutation-less request without a CSRF preflight header", async () => {
    const response = await fetch(`${server.catalog.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
  });

  it("names an invalid argument with BAD_USER_INPUT before running anything", async () => {
    const result = await server.api.raw(print(UnitsDocument), { first: "ten" });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("a mutation is one transaction", () => {
  it("leaves nothing half-written when the database fails midway, and masks the failure", async () => {
    const { unit, cdoTerm } = await district.staffedUnit("STREET", "青龙街道");
    const successor = await district.person(unit.id, "继任某", "degree");
    // Make the database itself refuse the new appointment's INSERT, after the predecessor's UPDATE ran.
    const ds = server.catalog.dataSource;
    const auditCount = async () => Number((await ds.query("SELECT COUNT(*) AS n FROM audit_entries"))[0].n);
    const entriesBefore = await auditCount();
    if (testDatabase === "sqlite") {
      await ds.query(
        `CREATE TRIGGER refuse_appointment BEFORE INSERT ON appointments WHEN NEW.document_number = 'REFUSE' BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END`,
      );
    } else {
      await ds.query(
        `CREATE TRIGGER refuse_appointment BEFORE INSERT ON appointments FOR EACH ROW BEGIN IF NEW.document_number = 'REFUSE' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by trigger'; END IF; END`,
      );
    }
    try {
      const result = await server.api.raw(print(AppointDocument), {
        input: { unitId: unit.id, personId: successor.id, role: "UNIT_CDO", startDate: "2025-06-01", documentNumber: "REFUSE" },
      });
      const error = result.errors![0];
      expect(error.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(error.extensions?.requestId).toBe(result.headers.get("x-request-id"));
      expect(JSON.stringify(result)).not.toMatch(/trigger|INSERT|appointments|SQL/i);
    } finally {
      await ds.query("DROP TRIGGER refuse_appointment");
    }
    const { unit: read } = await server.api.request(AppointmentHistoryDocument, { unitId: unit.id, role: "UNIT_CDO" });
    expect(read!.appointments.nodes.map((a) => [a.id, a.endDate])).toEqual([[cdoTerm.id, null]]);
    expect(await auditCount()).toBe(entriesBefore); // the predecessor's entry, written before the failure, is gone too
  });
});

describe("graceful shutdown", () => {
  it("finishes the request in flight, then stops accepting and closes the pool", async () => {
    const own = await startTestCatalog();
    const body = JSON.stringify({ query: "{ units(first: 5) { totalCount } }" });
    const events: string[] = [];
    // A request whose body is still arriving when SIGTERM's shutdown begins.
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        own.catalog.url,
        {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: `Bearer ${own.api.token}` },
        },
        (response) => {
          let text = "";
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => {
            events.push("answered");
            resolve({ status: response.statusCode!, text });
          });
        },
      );
      request.on("error", reject);
      request.write(body.slice(0, 10));
      setTimeout(() => {
        const stopping = own.stop().then(() => events.push("stopped"));
        setTimeout(() => request.end(body.slice(10)), 200);
        void stopping;
      }, 200);
    });
    const { status, text } = await answered;
    await own.stop();
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { units: { totalCount: 0 } } });
    expect(events[0]).toBe("answered");
    expect(own.catalog.dataSource.isInitialized).toBe(false);
    await expect(fetch(own.catalog.url.replace("/graphql", "/healthz"))).rejects.toThrow();
  });

  it("reports the database down on /healthz once it is unreachable, and masks query failures", async () => {
    const own = await startTestCatalog();
    await own.catalog.dataSource.destroy();
    try {
      const health = await fetch(own.catalog.url.replace("/graphql", "/healthz"));
      expect(health.status).toBe(503);
      const result = await own.api.raw("{ units(first: 1) { totalCount } }");
      expect(result.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(result.errors?.[0].message).toMatch(/^服务器内部错误（请求编号 [0-9a-f-]+）。$/);
      expect(JSON.stringify(result)).not.toMatch(/SQL|sqlite|connection|Driver/i);
    } finally {
      await own.stop().catch(() => undefined);
    }
  });
});
