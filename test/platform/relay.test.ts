import { NodeByIdDocument, NodesByIdsDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

describe("Relay object identification", () => {
  it("resolves a unit, a person and an appointment by their opaque global IDs", async () => {
    const { unit, cdo, cdoTerm } = await district.staffedUnit("STREET", "雕庄街道");
    for (const id of [unit.id, cdo.id, cdoTerm.id]) expect(id).not.toMatch(/^\d+$/);

    expect((await server.api.request(NodeByIdDocument, { id: unit.id })).node).toMatchObject({ __typename: "Unit", id: unit.id, name: "雕庄街道" });
    expect((await server.api.request(NodeByIdDocument, { id: cdo.id })).node).toMatchObject({ __typename: "Person", id: cdo.id });
    expect((await server.api.request(NodeByIdDocument, { id: cdoTerm.id })).node).toMatchObject({ __typename: "Appointment", role: "UNIT_CDO" });

    const { nodes } = await server.api.request(NodesByIdsDocument, { ids: [cdoTerm.id, unit.id, cdo.id] });
    expect(nodes.map((n) => n?.__typename)).toEqual(["Appointment", "Unit", "Person"]);
  });

  it("gives null for an ID whose record does not exist, and BAD_USER_INPUT for a malformed or foreign ID", async () => {
    const gone = Buffer.from("Unit:987654").toString("base64url");
    expect((await server.api.request(NodeByIdDocument, { id: gone })).node).toBeNull();

    for (const id of ["42", "not base64!", Buffer.from("Unit:abc").toString("base64url"), Buffer.from("Planet:1").toString("base64url")]) {
      const error = await server.api.error(NodeByIdDocument, { id });
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    }
  });

  it("refuses more than 100 IDs at once", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => Buffer.from(`Unit:${i + 1}`).toString("base64url"));
    const error = await server.api.error(NodesByIdsDocument, { ids });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "ids" });
  });
});
