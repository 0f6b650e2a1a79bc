import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; requestId?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** Talks to the server as a front-end would: JSON over HTTP POST. */
export class ApiClient {
  constructor(
    readonly url: string,
    /** Sent as `Authorization: Bearer …`; none for an anonymous caller. */
    readonly token?: string,
    /** Sent as `Accept-Language`; none (the server's default, Simplified Chinese) unless set. */
    readonly language?: string,
  ) {}

  /** The same server, as another caller (in the same language). */
  as(token: string | undefined): ApiClient {
    return new ApiClient(this.url, token, this.language);
  }

  /** The same caller, reading messages and labels in `language` (an Accept-Language value, e.g. "en"). */
  inLanguage(language: string): ApiClient {
    return new ApiClient(this.url, this.token, language);
  }

  /** Signs in with a password and returns a client acting as that account. */
  async signIn(username: string, password: string): Promise<ApiClient> {
    const result = await this.as(undefined).raw<{ login: { accessToken: string } }>(
      "mutation SignIn($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }",
      { username, password },
    );
    if (!result.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
    return this.as(result.data.login.accessToken);
  }

  async raw<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.language ? { "accept-language": this.language } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  }

  /** Runs a typed operation; any GraphQL error fails the test with its message. */
  async request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
    const result = await this.raw<T>(print(document), variables as Record<string, unknown> | undefined);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Runs an operation expected to fail; returns its first error. */
  async error<T, V>(document: TypedDocumentNode<T, V>, variables: V): Promise<GraphQLErrorBody> {
    const result = await this.raw<T>(print(document), variables as Record<string, unknown>);
    if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }
}

/**
 * Sends a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec)
 * as a browser's upload client would: the operation, the map, then the file. Apollo's CSRF
 * prevention wants `apollo-require-preflight` on such requests; pass `preflight: false` to leave it out.
 */
export async function multipartRequest<T>(
  client: ApiClient,
  query: string,
  variables: Record<string, unknown>,
  file: { name: string; content: Buffer },
  { preflight = true }: { preflight?: boolean } = {},
): Promise<GraphQLResponse<T>> {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", new Blob([file.content]), file.name);
  const headers: Record<string, string> = {};
  if (client.token) headers.authorization = `Bearer ${client.token}`;
  if (client.language) headers["accept-language"] = client.language;
  if (preflight) headers["apollo-require-preflight"] = "true";
  const response = await fetch(client.url, { method: "POST", headers, body: form });
  const text = await response.text();
  let body: { data?: T | null; errors?: GraphQLResponse<T>["errors"] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not JSON (HTTP ${response.status}): ${text.slice(0, 500)}`);
  }
  return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
}
