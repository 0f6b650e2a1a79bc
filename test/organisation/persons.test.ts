import { print } from "graphql";
import { CreatePersonDocument, PersonByIdDocument, PersonsDocument, UpdatePersonDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

describe("a person's record", () => {
  it("is created with the facts the qualification rule reads", async () => {
    const unit = await district.department("区行政审批局");
    const { createPerson } = await server.api.request(CreatePersonDocument, {
      input: {
        unitId: unit.id,
        name: "示例某",
        position: "副局长",
        section: "信息科",
        educationDegree: "MASTER",
        major: "软件工程",
        majorComputerRelated: true,
        informatizationYears: 2,
        phone: "+8619000001234",
        email: "Someone@Example.org",
      },
    });
    expect(createPerson).toMatchObject({
      name: "示例某",
      position: "副局长",
      educationDegree: "MASTER",
      meetsCdoQualification: true,
      email: "someone@example.org",
    });
    expect(createPerson.unit.id).toBe(unit.id);
  });

  it("is corrected field by field: omitted fields stay, null clears, and qualification follows", async () => {
    const unit = await district.department("区城市管理局");
    const person = await district.person(unit.id, "待更正某", "none", { position: "科员", phone: "+8619000005678" });
    expect(person.meetsCdoQualification).toBe(false);

    const { updatePerson } = await server.api.request(UpdatePersonDocument, {
      input: { id: person.id, informatizationYears: 4, phone: null, position: "信息科科长" },
    });
    expect(updatePerson).toMatchObject({
      name: "待更正某",
      informatizationYears: 4,
      meetsCdoQualification: true,
      phone: null,
      position: "信息科科长",
      major: "汉语言文学",
    });

    const { person: reread } = await server.api.request(PersonByIdDocument, { id: person.id });
    expect(reread!.meetsCdoQualification).toBe(true);
  });

  it("refuses invalid contact details and values out of range, naming the field", async () => {
    const unit = await district.department("区农业农村局");
    const phone = await server.api.error(CreatePersonDocument, { input: { unitId: unit.id, name: "电话错某", phone: "12345" } });
    expect(phone.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "phone" });
    const email = await server.api.error(CreatePersonDocument, { input: { unitId: unit.id, name: "邮箱错某", email: "not-an-email" } });
    expect(email.extensions?.code).toBe("BAD_USER_INPUT");
    expect(email.message).toContain("email");
    const years = await server.api.error(CreatePersonDocument, { input: { unitId: unit.id, name: "年限错某", informatizationYears: -1 } });
    expect(years.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "informatizationYears" });
    const cleared = await server.api.error(UpdatePersonDocument, { input: { id: (await district.person(unit.id, "清空某")).id, name: null } });
    expect(cleared.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });

    const { persons } = await server.api.request(PersonsDocument, { filter: { unitId: unit.id } });
    expect(persons.nodes.map((p) => p.name)).toEqual(["清空某"]);
  });

  it("is null for a person that does not exist, and BAD_USER_INPUT for a unit's ID", async () => {
    const unit = await district.street("天宁街道");
    const wrongType = await server.api.error(PersonByIdDocument, { id: unit.id });
    expect(wrongType.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    const missing = await server.api.raw(print(PersonByIdDocument), { id: Buffer.from("Person:999999").toString("base64url") });
    expect([missing.data, missing.errors]).toEqual([{ person: null }, undefined]);
  });

  it("is found by unit (with descendants) and by name in Chinese", async () => {
    const department = await district.department("区文化广电和旅游局");
    const centre = await district.unit("SUBORDINATE", "区文化馆", department.id);
    await district.person(department.id, "文旅甲某");
    await district.person(centre.id, "文化馆乙某");

    const direct = await server.api.request(PersonsDocument, { filter: { unitId: department.id } });
    expect(direct.persons.nodes.map((p) => p.name)).toEqual(["文旅甲某"]);
    const all = await server.api.request(PersonsDocument, { filter: { unitId: department.id, includeDescendants: true } });
    expect(all.persons.totalCount).toBe(2);
    const byName = await server.api.request(PersonsDocument, { filter: { search: "文化馆乙" } });
    expect(byName.persons.nodes.map((p) => p.name)).toEqual(["文化馆乙某"]);
  });
});
