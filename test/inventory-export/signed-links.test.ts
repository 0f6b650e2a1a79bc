import { AuditEntriesDocument, InventoryExportLinkDocument, UpdateAccountDocument } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { download, sheetRecords, unitWithInventory, workbookOf } from "./export-support";

let server: TestCatalog;
let district: DistrictScenario;
/** The server's clock: the expiry test moves it. */
let offsetMs = 0;

beforeAll(async () => {
  server = await startTestCatalog({}, { clock: () => new Date(Date.now() + offsetMs) });
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());
afterEach(() => (offsetMs = 0));

type File = "INVENTORY_XLSX" | "INVENTORY_CSV" | "TEMPLATE_XLSX";

async function linkFor(client: ApiClient, file: File, units: { unitIds?: string[]; unitCodes?: string[] }, includeDescendants = false) {
  return (await client.request(InventoryExportLinkDocument, { file, ...units, includeDescendants })).inventoryExportLink;
}

/** Follows a link as a browser does: a plain GET, no Authorization header. */
const follow = (url: string) => download(server.api.url, url);
const withToken = (client: ApiClient, path: string) => download(server.api.url, path, client);

describe("signed download links (inventoryExportLink)", () => {
  it("download in a plain GET without Authorization exactly what the caller's own export gives, under the name the link announces", async () => {
    const { unit } = await unitWithInventory(server.api, district, "区发展和改革局");
    const csvLink = await linkFor(server.api, "INVENTORY_CSV", { unitCodes: [unit.code] });
    expect(csvLink.url).toMatch(/^\/exports\/inventory\.csv\?unitId=[^&]+&account=[^&]+&expires=\d+&signature=[\w-]{43}$/);
    expect(csvLink.url).not.toContain(server.api.token!);
    expect(new Date(csvLink.expiresAt).getTime() - Date.now()).toBeGreaterThan(590_000);
    const viaLink = await follow(csvLink.url);
    expect(viaLink.status).toBe(200);
    expect(viaLink.headers.get("referrer-policy")).toBe("no-referrer");
    expect(viaLink.body.toString("utf8")).toBe((await withToken(server.api, `/exports/inventory.csv?unitId=${unit.id}`)).body.toString("utf8"));
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)$/.exec(viaLink.headers.get("content-disposition")!)![1])).toBe(csvLink.fileName);
    expect(csvLink.fileName).toMatch(new RegExp(`^职能数据清单_区发展和改革局_${unit.code}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));

    const xlsxLink = await linkFor(server.api, "INVENTORY_XLSX", { unitIds: [unit.id] });
    const sheets = async (body: Buffer) => (await workbookOf(body)).worksheets.map(sheetRecords);
    expect(await sheets((await follow(xlsxLink.url)).body)).toEqual(
      await sheets((await withToken(server.api, `/exports/inventory.xlsx?unitId=${unit.id}`)).body),
    );

    const templateLink = await linkFor(server.api, "TEMPLATE_XLSX", { unitIds: [unit.id] });
    const template = await follow(templateLink.url);
    expect(template.status).toBe(200);
    expect((await workbookOf(template.body)).worksheets[0].name).toBe("职能数据清单");
  });

  it("show what the account may read, as its authenticated export does: another unit's draft stays hidden, its own is there", async () => {
    const { unit, draft } = await unitWithInventory(server.api, district, "区教育局");
    const own = await district.staffedUnit("STREET", "雕庄街道");
    const outsider = await district.staffedUnit("STREET", "兰陵街道");
    const { client: outsiderSpecialist } = await signedInAs(server.api, outsider.specialist.id);
    const csvOf = async (client: ApiClient, unitId: string) =>
      (await follow((await linkFor(client, "INVENTORY_CSV", { unitIds: [unitId] })).url)).body.toString("utf8");

    const seenByOutsider = await csvOf(outsiderSpecialist, unit.id);
    expect(seenByOutsider).toBe((await withToken(outsiderSpecialist, `/exports/inventory.csv?unitId=${unit.id}`)).body.toString("utf8"));
    expect(seenByOutsider).not.toContain(draft.code);
    expect(await csvOf(server.api, unit.id)).toContain(draft.code);

    const { draft: ownDraft } = await unitWithInventory(server.api, district, own.unit);
    const { client: ownSpecialist } = await signedInAs(server.api, own.specialist.id);
    const seenByOwn = await csvOf(ownSpecialist, own.unit.id);
    expect(seenByOwn).toBe((await withToken(ownSpecialist, `/exports/inventory.csv?unitId=${own.unit.id}`)).body.toString("utf8"));
    expect(seenByOwn).toContain(ownDraft.code);

    const { client: roleless } = await signedInAs(server.api, null);
    expect((await roleless.error(InventoryExportLinkDocument, { file: "INVENTORY_CSV", unitIds: [unit.id] })).extensions?.code).toBe("FORBIDDEN");
    expect((await server.anonymous.error(InventoryExportLinkDocument, { file: "INVENTORY_CSV", unitIds: [unit.id] })).extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.api.error(InventoryExportLinkDocument, { file: "INVENTORY_CSV", unitCodes: ["NO-SUCH-UNIT"] })).extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "unitCode",
    });
  });

  it("expire after ten minutes", async () => {
    const { unit } = await unitWithInventory(server.api, district, "区商务局");
    const link = await linkFor(server.api, "INVENTORY_CSV", { unitIds: [unit.id] });
    offsetMs = 590_000;
    expect((await follow(link.url)).status).toBe(200);
    offsetMs = 601_000;
    const expired = await follow(link.url);
    expect(expired.status).toBe(401);
    expect(expired.error).toEqual({ code: "UNAUTHENTICATED", field: "expires" });
  });

  it("cannot be altered: other units, descendants, a later expiry, another account or file, a changed signature are all refused", async () => {
    const { unit } = await unitWithInventory(server.api, district, "区交通运输局");
    const other = await district.department("区生态环境局");
    const { account: otherAccount } = await signedInAs(server.api, null, { analyst: true });
    const link = await linkFor(server.api, "INVENTORY_CSV", { unitIds: [unit.id] });
    expect((await follow(link.url)).status).toBe(200);
    const url = new URL(link.url, server.api.url);
    const altered = (change: (query: URLSearchParams) => void, path = url.pathname) => {
      const query = new URLSearchParams(url.search);
      change(query);
      return `${path}?${query}`;
    };
    const signature = url.searchParams.get("signature")!;
    const refusals = [
      altered((q) => q.set("unitId", other.id)),
      altered((q) => q.append("unitId", other.id)),
      altered((q) => q.set("includeDescendants", "true")),
      altered((q) => q.set("expires", String(Number(q.get("expires")) + 3600))),
      altered((q) => q.set("account", otherAccount.id)),
      altered((q) => q.set("signature", `${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`)),
      altered((q) => q.set("signature", "short")),
      altered(() => undefined, "/exports/inventory.xlsx"),
      altered(() => undefined, "/exports/template.xlsx"),
    ];
    for (const path of refusals) {
      const refused = await follow(path);
      expect({ path, status: refused.status, error: refused.error }).toEqual({ path, status: 401, error: { code: "UNAUTHENTICATED", field: "signature" } });
    }
    // A link is used on its own: not beside a token, not with unit codes added.
    expect((await withToken(server.api, link.url)).error).toEqual({ code: "BAD_USER_INPUT", field: "signature" });
    expect((await follow(`${link.url}&unitCode=${unit.code}`)).error).toEqual({ code: "BAD_USER_INPUT", field: "signature" });
  });

  it("stop working once the account is disabled", async () => {
    const { unit } = await unitWithInventory(server.api, district, "区市场监督管理局");
    const { client: analyst, account } = await signedInAs(server.api, null, { analyst: true });
    const link = await linkFor(analyst, "INVENTORY_XLSX", { unitIds: [unit.id] });
    expect((await follow(link.url)).status).toBe(200);
    await server.api.request(UpdateAccountDocument, { input: { accountId: account.id, disabled: true } });
    const refused = await follow(link.url);
    expect(refused.status).toBe(401);
    expect(refused.error).toEqual({ code: "UNAUTHENTICATED", field: "signature" });
  });

  it("are audited: who issued a link to which unit's file, until when, never the signature", async () => {
    const { unit } = await unitWithInventory(server.api, district, "区住房和城乡建设局");
    const { client: analyst } = await signedInAs(server.api, null, { analyst: true });
    const link = await linkFor(analyst, "INVENTORY_CSV", { unitCodes: [unit.code] }, true);
    const { auditEntries } = await server.api.request(AuditEntriesDocument, { filter: { operation: "inventoryExportLink", unitId: unit.id } });
    expect(
      auditEntries.nodes.map(({ actorUsername, targetType, targetId, unit: of, changes }) => ({ actorUsername, targetType, targetId, of, changes })),
    ).toEqual([
      {
        actorUsername: expect.stringMatching(/\S/),
        targetType: "Unit",
        targetId: unit.id,
        of: { id: unit.id },
        changes: [{ field: "exportLink", before: null, after: { file: "inventory.csv", includeDescendants: true, expiresAt: link.expiresAt } }],
      },
    ]);
    expect(JSON.stringify(auditEntries.nodes)).not.toContain(new URLSearchParams(link.url.split("?")[1]).get("signature"));
  });
});
