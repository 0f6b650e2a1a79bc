import { CreateDataResourceDocument, CreateDataResourceInput } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: { id: string; name: string; code: string }[];
}
interface PageArgs {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}
type Order = { field: "CODE" | "NAME" | "UPDATED_AT" | "RECORD_COUNT"; direction: "ASC" | "DESC" };

const RESOURCES_PAGE = `query Page($filter: DataResourceFilter, $orderBy: DataResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {
  dataResources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id name code }
  }
}`;

const UPDATE_NAME = `mutation Rename($input: UpdateDataResourceInput!) { updateDataResource(input: $input) { id name } }`;

async function createResource(unitId: string, name: string, overrides: Partial<CreateDataResourceInput> = {}) {
  const input: CreateDataResourceInput = {
    providerUnitId: unitId,
    name,
    catalogCategory: "DEPARTMENTAL",
    classificationCode: "301002",
    format: "DATABASE",
    updateFrequency: "MONTHLY",
    sharingType: "UNCONDITIONAL",
    openType: "UNCONDITIONAL",
    level: "GENERAL",
    status: "PUBLISHED",
    items: [{ code: "XM001", name: "户主姓名", dataType: "STRING", length: 50 }],
    ...overrides,
  };
  return (await server.api.request(CreateDataResourceDocument, { input })).createDataResource;
}

async function rename(resource: { id: string; version: number }, name: string, recordCount?: number | null) {
  const input = { id: resource.id, version: resource.version, name, ...(recordCount !== undefined ? { recordCount } : {}) };
  const result = await server.api.raw(UPDATE_NAME, { input });
  expect(result.errors).toBeUndefined();
}

async function resourcesPage(unitId: string, page: PageArgs, orderBy?: Order): Promise<Page> {
  const result = await server.api.raw<{ dataResources: Page }>(RESOURCES_PAGE, { filter: { unitId }, orderBy, ...page });
  expect(result.errors).toBeUndefined();
  return result.data!.dataResources;
}

async function resourcesError(variables: Record<string, unknown>) {
  const result = await server.api.raw(RESOURCES_PAGE, variables);
  expect(result.errors?.length).toBeGreaterThan(0);
  return result.errors![0];
}

/** Pages through the whole list forward by `size`, checking pageInfo on the way. */
async function forwardIds(unitId: string, size: number, orderBy?: Order): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let fetches = 0; fetches < 50; fetches++) {
    const page: Page = await resourcesPage(unitId, { first: size, after }, orderBy);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    ids.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) return ids;
    expect(page.nodes).toHaveLength(size);
    after = page.pageInfo.endCursor;
  }
  throw new Error("forward paging did not end");
}

/** Pages through the whole list backward by `size` from its end, down to the first page. */
async function backwardIds(unitId: string, size: number, orderBy?: Order): Promise<string[]> {
  const pages: string[][] = [];
  let before: string | null = null;
  for (let fetches = 0; fetches < 50; fetches++) {
    const page: Page = await resourcesPage(unitId, { last: size, before }, orderBy);
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    pages.unshift(page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasPreviousPage) return pages.flat();
    expect(page.nodes).toHaveLength(size);
    before = page.pageInfo.startCursor;
  }
  throw new Error("backward paging did not reach the first page");
}

describe("keyset cursors on data resources", () => {
  it("a page fetched after an insert before the cursor and an edit on page 1 neither repeats nor skips a resource", async () => {
    const unit = await district.department("区城管局");
    const names = ["B-档案", "C-档案", "D-档案", "E-档案", "F-档案", "G-档案"];
    const created = [];
    for (const name of names) created.push(await createResource(unit.id, name));
    const byName: Order = { field: "NAME", direction: "ASC" };

    const first = await resourcesPage(unit.id, { first: 3 }, byName);
    expect(first.nodes.map((n) => n.name)).toEqual(["B-档案", "C-档案", "D-档案"]);

    // Between the fetches: a new resource sorting before the cursor, and the cursor's own row
    // (the last of page 1) renamed so it moves to the front.
    await createResource(unit.id, "A-新增");
    await rename(created[2], "A-改名");

    const second = await resourcesPage(unit.id, { first: 3, after: first.pageInfo.endCursor }, byName);
    expect(second.nodes.map((n) => n.name)).toEqual(["E-档案", "F-档案", "G-档案"]);
    const seen = [...first.nodes, ...second.nodes].map((n) => n.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(created.map((r) => r.id)));
    expect(second.totalCount).toBe(7);
  });

  it("every order, forwards and backwards, gives the same sequence as one big page (NULL record counts and ties included)", async () => {
    const unit = await district.department("区统计局");
    const rows: [string, number | null][] = [
      ["甲", 30],
      ["乙", null],
      ["丙", 10],
      ["甲", null],
      ["丁", 10],
      ["戊", 30],
      ["乙", 5],
      ["己", null],
      ["庚", 0],
    ];
    const created = [];
    for (const [name, recordCount] of rows) created.push(await createResource(unit.id, name, { recordCount }));
    // Some later edits, so updatedAt differs (and ties where it does not).
    await rename(created[4], "丁", 11);
    await rename(created[1], "乙", null);

    for (const field of ["CODE", "NAME", "UPDATED_AT", "RECORD_COUNT"] as const) {
      for (const direction of ["ASC", "DESC"] as const) {
        const orderBy = { field, direction };
        const all = (await resourcesPage(unit.id, { first: 100 }, orderBy)).nodes.map((n) => n.id);
        expect(new Set(all)).toEqual(new Set(created.map((r) => r.id)));
        for (const size of [1, 2, 4]) {
          expect({ orderBy, size, forward: await forwardIds(unit.id, size, orderBy) }).toEqual({ orderBy, size, forward: all });
          expect({ orderBy, size, backward: await backwardIds(unit.id, size, orderBy) }).toEqual({ orderBy, size, backward: all });
        }
      }
    }
  });

  it("breaks ties of the sort key by id and never loses a row", async () => {
    const unit = await district.department("区档案馆");
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await createResource(unit.id, "同名资源", { recordCount: 100 })).id);
    const rowId = (id: string) => Number(Buffer.from(id, "base64url").toString("utf8").split(":").pop());
    const ascending = [...ids].sort((a, b) => rowId(a) - rowId(b));
    for (const field of ["NAME", "RECORD_COUNT"] as const) {
      expect(await forwardIds(unit.id, 2, { field, direction: "ASC" })).toEqual(ascending);
      expect(await forwardIds(unit.id, 3, { field, direction: "DESC" })).toEqual([...ascending].reverse());
      expect(await backwardIds(unit.id, 2, { field, direction: "ASC" })).toEqual(ascending);
    }
  });

  it("pages backward with last/before down to the first page, whose hasPreviousPage is false", async () => {
    const unit = await district.department("区审计局");
    for (const name of ["一", "二", "三", "四", "五"]) await createResource(unit.id, `审计${name}`);
    const byCode: Order = { field: "CODE", direction: "ASC" };
    const all = (await resourcesPage(unit.id, { first: 100 }, byCode)).nodes.map((n) => n.code);

    const end = await resourcesPage(unit.id, { last: 2 }, byCode);
    expect(end.nodes.map((n) => n.code)).toEqual(all.slice(3));
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const middle = await resourcesPage(unit.id, { last: 2, before: end.pageInfo.startCursor }, byCode);
    expect(middle.nodes.map((n) => n.code)).toEqual(all.slice(1, 3));
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = await resourcesPage(unit.id, { last: 2, before: middle.pageInfo.startCursor }, byCode);
    expect(start.nodes.map((n) => n.code)).toEqual(all.slice(0, 1));
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(start.totalCount).toBe(5);

    // after and before together: the rows between the two cursors.
    const first = await resourcesPage(unit.id, { first: 1 }, byCode);
    const between = await resourcesPage(unit.id, { first: 10, after: first.pageInfo.endCursor, before: end.pageInfo.startCursor }, byCode);
    expect(between.nodes.map((n) => n.code)).toEqual(all.slice(1, 3));
  });

  it("refuses malformed and foreign cursors, and first with last", async () => {
    const unit = await district.department("区信访局");
    for (const name of ["甲", "乙"]) await createResource(unit.id, name);
    const byName = await resourcesPage(unit.id, { first: 1 }, { field: "NAME", direction: "ASC" });
    const unitsPage = await server.api.raw<{ units: { pageInfo: PageInfo } }>(`{ units(first: 1) { pageInfo { endCursor } } }`);
    const unitCursor = unitsPage.data!.units.pageInfo.endCursor!;
    const forged = (json: unknown) => Buffer.from(JSON.stringify(json), "utf8").toString("base64url");
    const genuine = JSON.parse(Buffer.from(byName.pageInfo.endCursor!, "base64url").toString("utf8"));

    const refused: [string, Record<string, unknown>, string][] = [
      ["garbage", { after: "not a cursor!" }, "after"],
      ["an old offset cursor", { after: Buffer.from("cursor:3").toString("base64url") }, "after"],
      ["a cursor of the units list", { after: unitCursor }, "after"],
      ["a cursor of another order", { after: byName.pageInfo.endCursor, orderBy: { field: "CODE", direction: "ASC" } }, "after"],
      ["a key of the wrong length", { after: forged({ ...genuine, k: [1] }) }, "after"],
      ["a key holding an object", { after: forged({ ...genuine, k: [{ $gt: 1 }, 1] }) }, "after"],
      ["another version", { after: forged({ ...genuine, v: 2 }) }, "after"],
      ["JSON that is not an object", { before: forged(null) }, "before"],
      ["an oversized cursor", { before: "A".repeat(100_000) }, "before"],
    ];
    for (const [what, args, field] of refused) {
      const started = Date.now();
      const error = await resourcesError({ filter: { unitId: unit.id }, first: 1, ...args });
      expect({ what, code: error.extensions?.code, field: error.extensions?.field }).toEqual({ what, code: "BAD_USER_INPUT", field });
      expect(Date.now() - started).toBeLessThan(2000);
    }
    const both = await resourcesError({ filter: { unitId: unit.id }, first: 1, last: 1 });
    expect(both.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "last" });
    const tooMany = await resourcesError({ filter: { unitId: unit.id }, last: 101 });
    expect(tooMany.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "last" });
  });
});

describe("keyset cursors on nested connections", () => {
  const NESTED = `query Nested($search: String, $resourcesFirst: Int = 2, $itemsFirst: Int = 2, $resourcesAfter: String, $resourcesLast: Int, $resourcesBefore: String, $itemsAfter: String, $itemsLast: Int, $itemsBefore: String) {
    units(first: 1, filter: { search: $search }) {
      nodes {
        dataResources(first: $resourcesFirst, after: $resourcesAfter, last: $resourcesLast, before: $resourcesBefore) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          nodes {
            code
            items(first: $itemsFirst, after: $itemsAfter, last: $itemsLast, before: $itemsBefore) {
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              nodes { code }
            }
          }
        }
      }
    }
  }`;
  interface Nested {
    units: {
      nodes: {
        dataResources: { totalCount: number; pageInfo: PageInfo; nodes: { code: string; items: { pageInfo: PageInfo; nodes: { code: string }[] } }[] };
      }[];
    };
  }

  async function nested(variables: Record<string, unknown>) {
    const result = await server.api.raw<Nested>(NESTED, variables);
    expect(result.errors).toBeUndefined();
    return { statements: sqlStatementsOf(result), resources: result.data!.units.nodes[0].dataResources };
  }

  it("pages units → dataResources → items by cursor, forward and backward, in the same number of statements", async () => {
    const unit = await district.department("区嵌套分页局");
    const items = ["I1", "I2", "I3", "I4", "I5"].map((code) => ({ code, name: `信息项${code}`, dataType: "STRING" as const }));
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await createResource(unit.id, `嵌套${i}`, { items })).code);
    codes.sort();
    const search = "嵌套分页局";

    const first = await nested({ search });
    expect(first.resources.totalCount).toBe(5);
    expect(first.resources.nodes.map((r) => r.code)).toEqual(codes.slice(0, 2));
    expect(first.resources.nodes[0].items.nodes.map((i) => i.code)).toEqual(["I1", "I2"]);

    // An insert before the cursor (a lower classification code) does not shift the next page.
    await createResource(unit.id, "嵌套新增", { items, classificationCode: "300001" });
    const second = await nested({ search, resourcesAfter: first.resources.pageInfo.endCursor });
    expect(second.resources.nodes.map((r) => r.code)).toEqual(codes.slice(2, 4));
    expect(second.resources.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(second.resources.totalCount).toBe(6);
    expect(second.statements).toBe(first.statements);

    // A resource's items by cursor, forward then backward down to the first page.
    const itemsOf = async (variables: Record<string, unknown>) => (await nested({ search, ...variables })).resources.nodes[0].items;
    const next = await itemsOf({ itemsAfter: (await itemsOf({})).pageInfo.endCursor });
    expect(next.nodes.map((i) => i.code)).toEqual(["I3", "I4"]);
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const tail = await itemsOf({ itemsFirst: null, itemsLast: 2 });
    expect(tail.nodes.map((i) => i.code)).toEqual(["I4", "I5"]);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const middle = await itemsOf({ itemsFirst: null, itemsLast: 2, itemsBefore: tail.pageInfo.startCursor });
    expect(middle.nodes.map((i) => i.code)).toEqual(["I2", "I3"]);
    const head = await itemsOf({ itemsFirst: null, itemsLast: 2, itemsBefore: middle.pageInfo.startCursor });
    expect(head.nodes.map((i) => i.code)).toEqual(["I1"]);
    expect(head.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    // Resources backward from the end, in the same number of statements.
    const end = await nested({ search, resourcesFirst: null, resourcesLast: 2 });
    expect(end.resources.nodes.map((r) => r.code)).toEqual(codes.slice(3, 5));
    expect(end.resources.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await nested({ search, resourcesFirst: null, resourcesLast: 2, resourcesBefore: end.resources.pageInfo.startCursor });
    expect(back.resources.nodes.map((r) => r.code)).toEqual(codes.slice(1, 3));
    expect(back.statements).toBe(first.statements);
  });

  it("pages a list a DataLoader loads whole (a unit's children) forward and backward by cursor", async () => {
    const parent = await district.department("区子单位分页局");
    for (const name of ["甲", "乙", "丙", "丁", "戊"]) await district.unit("SUBORDINATE", `子单位分页${name}中心`, parent.id);
    const CHILDREN = `query Children($search: String, $first: Int, $after: String, $last: Int, $before: String) {
      units(first: 1, filter: { search: $search }) { nodes { children(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } } }
    }`;
    const children = async (page: PageArgs) => {
      const result = await server.api.raw<{ units: { nodes: { children: { totalCount: number; pageInfo: PageInfo; nodes: { id: string }[] } }[] } }>(CHILDREN, {
        search: "区子单位分页局",
        ...page,
      });
      expect(result.errors).toBeUndefined();
      return result.data!.units.nodes[0].children;
    };
    const all = (await children({ first: 100 })).nodes.map((n) => n.id);
    expect(all).toHaveLength(5);
    const forward: string[] = [];
    for (let page = await children({ first: 2 }); ; page = await children({ first: 2, after: page.pageInfo.endCursor })) {
      forward.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(forward).toEqual(all);
    const backward: string[][] = [];
    let page = await children({ last: 2 });
    for (;;) {
      backward.unshift(page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasPreviousPage) break;
      page = await children({ last: 2, before: page.pageInfo.startCursor });
    }
    expect(backward.flat()).toEqual(all);
    expect(backward[0]).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it("refuses a foreign cursor on a nested connection", async () => {
    const unit = await district.department("区嵌套游标局");
    await createResource(unit.id, "嵌套游标");
    const outer = await resourcesPage(unit.id, { first: 1 });
    const result = await server.api.raw<Nested>(NESTED, { search: "嵌套游标局", itemsAfter: outer.pageInfo.endCursor });
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});
