/**
 * The workloads' request bodies. Every variant receives exactly these texts; the floor recognises
 * them literally (it answers nothing else).
 */

/** The units W1 lists: those the policy gives a CDO and a data specialist, ordered by code. */
export const W1_UNIT_KINDS = ["DEVELOPMENT_ZONE", "TOWN", "STREET", "DEPARTMENT"] as const;

/** W1, the front-end's nested read. Page sizes are variables so that one text serves 20×10×10 and 5×2×2. */
export const W1_QUERY =
  "query InventoryPage($units: Int!, $resources: Int!, $items: Int!) { " +
  `units(first: $units, filter: { kinds: [${W1_UNIT_KINDS.join(", ")}] }) { edges { node { name code ` +
  "cdo { startDate person { name } } dataSpecialist { startDate person { name } } " +
  "dataResources(first: $resources) { totalCount nodes { code name items(first: $items) { nodes { code name dataType } } } } } } } }";

export interface PageSizes {
  units: number;
  resources: number;
  items: number;
}

export const W1_PAGES: PageSizes = { units: 20, resources: 10, items: 10 };
export const W1_SMALL_PAGES: PageSizes = { units: 5, resources: 2, items: 2 };

export const w1Body = (pages: PageSizes) => JSON.stringify({ query: W1_QUERY, variables: pages });

/** W2, the tiny query, for one unit's global ID (base64url of "Unit:<row id>"). */
export const unitGlobalId = (rowId: number) => Buffer.from(`Unit:${rowId}`, "utf8").toString("base64url");
export const w2Query = (globalId: string) => `{ unit(id: "${globalId}") { name } }`;
export const W2_QUERY_PATTERN = /^\{ unit\(id: "([A-Za-z0-9_-]{1,64})"\) \{ name \} \}$/;
export const w2Body = (rowId: number) => JSON.stringify({ query: w2Query(unitGlobalId(rowId)) });
