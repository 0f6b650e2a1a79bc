/**
 * A typed call from a client app, with the documents `graphql-codegen --config codegen.yml` writes
 * into generated/. Every variable and every field of the answer is typed from the schema: scalars
 * arrive as the strings codegen.yml maps them to, enums as string unions.
 * (Apollo Client and urql take the same documents: `useQuery(InventoryPageDocument, { variables })`.)
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { EditDataResourceDocument, InventoryPageDocument, SignInDocument } from "./generated/graphql";

export class CatalogRequestError extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string; field?: string } }[]) {
    super(errors.map((error) => error.message).join("; "));
  }
}

/** One GraphQL request: JSON POST, the bearer token, Chinese messages unless the app asks for English. */
export async function request<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string,
  language: "zh-CN" | "en" = "zh-CN",
): Promise<Result> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      "accept-language": language,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: CatalogRequestError["errors"] };
  if (body.errors?.length || !body.data) throw new CatalogRequestError(body.errors ?? [{ message: `HTTP ${response.status}` }]);
  return body.data;
}

/** Signs in, lists a unit's inventory and edits the first resource's summary with optimistic locking. */
export async function example(url: string, unitId: string): Promise<void> {
  const { login } = await request(url, SignInDocument, { username: "chashan.specialist", password: "tianning-demo" });
  const token: string = login.accessToken;

  const { dataResources } = await request(url, InventoryPageDocument, { filter: { unitId, includeDescendants: true }, first: 20 }, token);
  const first = dataResources.edges[0]?.node;
  if (!first) return;
  const updatedAt: string = first.updatedAt; // DateTime → string (codegen.yml)
  const sharing: "CONDITIONAL" | "NOT_SHARED" | "UNCONDITIONAL" = first.sharingType;
  console.log(first.name, updatedAt, sharing);

  try {
    const { updateDataResource } = await request(url, EditDataResourceDocument, { input: { id: first.id, version: first.version, summary: "……" } }, token);
    console.log("saved as version", updateDataResource.version);
  } catch (error) {
    // Someone saved in between: reload the form and show their change.
    if (error instanceof CatalogRequestError && error.errors.some((e) => e.extensions?.code === "CONFLICT")) console.log("reload");
    else throw error;
  }
}
