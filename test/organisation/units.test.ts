import { print } from "graphql";
import { CreateUnitDocument, UnitByCodeDocument, UnitByIdDocument, UnitsDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, uniqueCode } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

describe("the unit tree", () => {
  it("knows a subordinate unit's parent, ancestors (root first) and depth, and a department's children", async () => {
    const department = await district.department("区教育局");
    const centre = await district.unit("SUBORDINATE", "区教育信息化中心", department.id);
    const lab = await district.unit("SUBORDINATE", "区教育数据实验室", centre.id);

    const { unit } = await server.api.request(UnitByIdDocument, { id: lab.id });
    expect(unit!.depth).toBe(3);
    expect(unit!.parent?.name).toBe("区教育信息化中心");
    expect(unit!.ancestors.map((a) => a.name)).toEqual(["天宁区", "区教育局", "区教育信息化中心"]);
    expect(unit!.requiresCdoAndSpecialist).toBe(false);

    const { unit: dept } = await server.api.request(UnitByIdDocument, { id: department.id });
    expect(dept!.requiresCdoAndSpecialist).toBe(true);
    expect(dept!.children.totalCount).toBe(1);
    expect(dept!.children.nodes.map((c) => c.name)).toEqual(["区教育信息化中心"]);
  });

  it("finds a unit by its code", async () => {
    const street = await district.street("青龙街道");
    const { unit } = await server.api.request(UnitByCodeDocument, { code: street.code });
    expect(unit!.id).toBe(street.id);
    const missing = await server.api.raw(print(UnitByCodeDocument), { code: "no-such-code" });
    expect([missing.data, missing.errors]).toEqual([{ unit: null }, undefined]);
  });

  it("lists a parent's children, or all its descendants, filtered by kind", async () => {
    const town = await district.unit("TOWN", "郑陆镇");
    const village = await district.unit("SUBORDINATE", "郑陆镇便民服务中心", town.id);
    await district.unit("SUBORDINATE", "郑陆镇数据站", village.id);

    const children = await server.api.request(UnitsDocument, { filter: { parentId: town.id } });
    expect(children.units.edges.map((e) => e.node.name)).toEqual(["郑陆镇便民服务中心"]);

    const all = await server.api.request(UnitsDocument, { filter: { parentId: town.id, includeDescendants: true } });
    expect(all.units.totalCount).toBe(2);
    expect(all.units.edges.map((e) => e.node.name).sort()).toEqual(["郑陆镇便民服务中心", "郑陆镇数据站"].sort());

    const towns = await server.api.request(UnitsDocument, { filter: { kinds: ["TOWN"] } });
    expect(towns.units.edges.every((e) => e.node.kind === "TOWN")).toBe(true);
    expect(towns.units.edges.map((e) => e.node.id)).toContain(town.id);
  });

  it("searches names in Chinese by substring", async () => {
    const tea = await district.street("茶山街道");
    await district.street("兰陵街道");
    const found = await server.api.request(UnitsDocument, { filter: { search: "茶山" } });
    expect(found.units.edges.map((e) => e.node.id)).toEqual([tea.id]);
    // % and _ are searched for literally, not as wildcards.
    const percent = await district.unit("SUBORDINATE", "100%达标中心", tea.id);
    await district.unit("SUBORDINATE", "1000达标中心", tea.id);
    await district.unit("SUBORDINATE", "1_0达标中心", tea.id);
    const literal = await server.api.request(UnitsDocument, { filter: { search: "100%" } });
    expect(literal.units.edges.map((e) => e.node.id)).toEqual([percent.id]);
    const underscore = await server.api.request(UnitsDocument, { filter: { search: "1_0" } });
    expect(underscore.units.edges.map((e) => e.node.name)).toEqual(["1_0达标中心"]);
  });

  it("pages with first/after cursors and a total count", async () => {
    const parent = await district.department("区民政局");
    for (const name of ["甲", "乙", "丙", "丁", "戊"]) await district.unit("SUBORDINATE", `民政${name}中心`, parent.id);

    const first = await server.api.request(UnitsDocument, { filter: { parentId: parent.id }, first: 2 });
    expect(first.units.totalCount).toBe(5);
    expect(first.units.edges).toHaveLength(2);
    expect(first.units.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = await server.api.request(UnitsDocument, { filter: { parentId: parent.id }, first: 2, after: first.units.pageInfo.endCursor });
    const third = await server.api.request(UnitsDocument, { filter: { parentId: parent.id }, first: 2, after: second.units.pageInfo.endCursor });
    expect(third.units.edges).toHaveLength(1);
    expect(third.units.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.units.edges, ...second.units.edges, ...third.units.edges].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(5);
  });

  it("refuses a page larger than 100 and a cursor it did not issue", async () => {
    const tooMany = await server.api.error(UnitsDocument, { first: 101 });
    expect(tooMany.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const badCursor = await server.api.error(UnitsDocument, { first: 5, after: "bm90LWEtY3Vyc29y" });
    expect(badCursor.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("creating units", () => {
  it("refuses a second district, a street under a department and a duplicate code", async () => {
    const second = await server.api.error(CreateUnitDocument, { input: { kind: "DISTRICT", code: uniqueCode(), name: "另一个区" } });
    expect(second.extensions).toMatchObject({ code: "DISTRICT_ALREADY_EXISTS", field: "kind" });

    const department = await district.department("区财政局");
    const misplaced = await server.api.error(CreateUnitDocument, { input: { kind: "STREET", code: uniqueCode(), name: "错位街道", parentId: department.id } });
    expect(misplaced.extensions).toMatchObject({ code: "INVALID_UNIT_PARENT", field: "parentId" });

    const duplicate = await server.api.error(CreateUnitDocument, {
      input: { kind: "DEPARTMENT", code: department.code, name: "重复部门", parentId: district.rootId },
    });
    expect(duplicate.extensions).toMatchObject({ code: "UNIT_CODE_TAKEN", field: "code" });

    const orphan = await server.api.error(CreateUnitDocument, { input: { kind: "STREET", code: uniqueCode(), name: "无上级街道" } });
    expect(orphan.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "parentId" });

    const { units } = await server.api.request(UnitsDocument, { filter: { search: "错位街道" } });
    expect(units.totalCount).toBe(0);
  });

  it("validates the code and name it is given", async () => {
    const badCode = await server.api.error(CreateUnitDocument, { input: { kind: "STREET", code: "有 空格", name: "街道", parentId: district.rootId } });
    expect(badCode.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
    const emptyName = await server.api.error(CreateUnitDocument, { input: { kind: "STREET", code: uniqueCode(), name: "", parentId: district.rootId } });
    expect(emptyName.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
  });
});
