import "reflect-metadata";
import { ANSWER_CONTENT_TYPES } from "../../src/http/hot-queries";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";

/**
 * A query Apollo has run compiled is "hot": from then on the hot-query lane answers it without
 * Apollo's pipeline (src/http/hot-queries.ts), or hands it back to Apollo. Apollo answers a
 * document's first request (interpreted) and its second (compiled); the lane takes the third. Each
 * answer must be Apollo's, header for header (but the request id and the date) and byte for byte,
 * and the lane's counters (/metrics) tell which outcome each request had.
 */
let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog({ MAX_QUERY_COST: "5000" });
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const UNCOMPARED = new Set(["date", "x-request-id", "connection", "keep-alive"]);

async function post(body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(server.catalog.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.api.token}`, ...headers },
    body: JSON.stringify(body),
  });
  const answer: Answer = { status: response.status, headers: {}, body: await response.text() };
  const requestId = response.headers.get("x-request-id")!;
  response.headers.forEach((value, name) => {
    if (!UNCOMPARED.has(name)) answer.headers[name] = value;
  });
  answer.body = answer.body.replaceAll(requestId, "<request id>");
  return answer;
}

type Outcomes = Record<"answered" | "context" | "unanswered" | "settled", number>;

async function outcomes(): Promise<Outcomes> {
  const text = await (await fetch(server.catalog.url.replace("/graphql", "/metrics"))).text();
  const count = (outcome: string) => Number(new RegExp(`^graphql_hot_query_lane_total\\{outcome="${outcome}"\\} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
  return { answered: count("answered"), context: count("context"), unanswered: count("unanswered"), settled: count("settled") };
}

/** What the lane's counters did during `work`. */
async function counted(work: () => Promise<void>): Promise<Outcomes> {
  const before = await outcomes();
  await work();
  const after = await outcomes();
  return {
    answered: after.answered - before.answered,
    context: after.context - before.context,
    unanswered: after.unanswered - before.unanswered,
    settled: after.settled - before.settled,
  };
}

/** The document's first three answers (Apollo interpreted, Apollo compiled, the lane), checked alike; the third is returned. */
async function threeTimes(body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const first = await post(body, headers);
  const second = await post(body, headers);
  const third = await post(body, headers);
  expect(second).toEqual(first);
  expect(third).toEqual(first);
  return third;
}

describe("the hot-query lane", () => {
  it("answers a hot query as Apollo does, with the same statements, and only from its third request", async () => {
    const { unit } = await district.staffedUnit("STREET", "青龙街道");
    const query = `{ unit(id: "${unit.id}") { name code cdo { startDate person { name } } } }`;
    let answer: Answer | undefined;
    const seen = await counted(async () => void (answer = await threeTimes({ query })));
    expect(seen).toEqual({ answered: 1, context: 0, unanswered: 0, settled: 0 });
    expect(answer!.status).toBe(200);
    expect(answer!.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Number(answer!.headers["x-sql-statements"])).toBeGreaterThan(1);
    expect(JSON.parse(answer!.body).data.unit.name).toBe("青龙街道");
  });

  it("answers with variables and a chosen operation, in the content type Apollo negotiates for each Accept header it knows", async () => {
    for (const [index, [accept, contentType]] of [...ANSWER_CONTENT_TYPES].entries()) {
      // A text of its own per Accept header: Apollo answers its first two requests, the lane the third, and all three must be alike.
      const query = `query Units${index}($first: Int!) { units(first: $first) { totalCount nodes { name } } } query Count${index} { units(first: 1) { totalCount } }`;
      const headers: Record<string, string> = accept === undefined ? {} : { accept };
      const seen = await counted(async () => {
        const answer = await threeTimes({ query, operationName: `Units${index}`, variables: { first: 2 } }, headers);
        expect(JSON.parse(answer.body).data.units.nodes).toHaveLength(2);
        expect({ accept, contentType: answer.headers["content-type"] }).toEqual({ accept, contentType });
      });
      expect(seen.answered).toBe(1);
    }
    // The other operation of the same text is a document of its own.
    const query = `query Units0($first: Int!) { units(first: $first) { totalCount nodes { name } } } query Count0 { units(first: 1) { totalCount } }`;
    const other = await counted(async () => void (await threeTimes({ query, operationName: "Count0" })));
    expect(other.answered).toBe(1);
  });

  it("hands a hot query's errors to Apollo, which answers them as before without running the query again", async () => {
    // The count reads the database before the field that fails: a second run would show in x-sql-statements.
    const query = `query NotAUnit { units(first: 1) { totalCount } unit(id: "${Buffer.from("Person:1").toString("base64url")}") { name } }`;
    const seen = await counted(async () => {
      const answer = await threeTimes({ query }, { "accept-language": "en" }); // equal answers: the statements too (not run twice)
      expect(JSON.parse(answer.body).errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "id" });
      expect(JSON.parse(answer.body).errors[0].message).toContain("is not the ID of a Unit");
      expect(Number(answer.headers["x-sql-statements"])).toBeGreaterThan(1);
    });
    expect(seen).toEqual({ answered: 0, context: 0, unanswered: 0, settled: 1 });
  });

  it("hands Apollo a refused caller, a refused cost and variables that do not coerce, answered as Apollo answers them", async () => {
    const query = "query Page($first: Int!) { units(first: $first) { nodes { dataResources(first: $first) { nodes { name } } } } }";
    await threeTimes({ query, variables: { first: 2 } });

    const refusals = await counted(async () => {
      const badToken = await post({ query, variables: { first: 2 } }, { authorization: "Bearer cdo_not-a-token" });
      expect(badToken.status).toBe(401);
      expect(JSON.parse(badToken.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      const costly = await post({ query, variables: { first: 100 } });
      expect(costly.status).toBe(400);
      expect(JSON.parse(costly.body).errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
      const uncoerced = await post({ query, variables: { first: "two" } });
      expect(uncoerced.status).toBe(400);
      expect(JSON.parse(uncoerced.body).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });
    expect(refusals).toEqual({ answered: 0, context: 1, unanswered: 2, settled: 0 });
  });

  it("runs nothing for an operation name the text does not have (none, or the empty name), before and after the text is hot", async () => {
    const query = "query Named { units(first: 2) { totalCount nodes { name } } }";
    for (const operationName of ["Unnamed", ""]) {
      const seen = await counted(async () => {
        for (let request = 0; request < 3; request++) {
          const answer = await post({ query, operationName });
          expect(answer.status).toBe(400);
          expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
          expect(answer.headers["x-sql-statements"]).toBe("1"); // the caller's authentication only
        }
        await threeTimes({ query, operationName: "Named" });
        expect(JSON.parse((await post({ query, operationName })).body).errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
      });
      // "Named" is hot from the first round on: its three requests in the second are all the lane's.
      expect(seen).toEqual({ answered: operationName === "Unnamed" ? 1 : 3, context: 0, unanswered: 0, settled: 0 });
    }
  });

  it("keeps a few operations of one text hot, not every operation a client names", async () => {
    const names = Array.from({ length: 8 }, (_, i) => `Op${i}`);
    const query = names.map((name) => `query ${name} { units(first: 1) { totalCount } }`).join(" ");
    const seen = await counted(async () => {
      for (const operationName of names) await threeTimes({ query, operationName });
    });
    expect(seen.answered).toBe(4);
  });

  it("never takes a mutation, a body with other fields, or an Accept header whose answer it does not know", async () => {
    const query = "{ units(first: 1) { totalCount } }";
    await threeTimes({ query });
    const mutation = `mutation { updatePerson(input: { id: "${Buffer.from("Person:987654").toString("base64url")}", email: "nobody@example.cn" }) { name } }`;
    const seen = await counted(async () => {
      for (let request = 0; request < 3; request++) expect(JSON.parse((await post({ query: mutation })).body).errors).toBeDefined();
      expect((await post({ query, extensions: {} })).status).toBe(200);
      expect((await post({ query }, { accept: "application/json;q=0.5, text/html" })).status).toBe(200);
    });
    expect(seen).toEqual({ answered: 0, context: 0, unanswered: 0, settled: 0 });
  });
});
