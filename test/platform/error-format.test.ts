import "reflect-metadata";
import { GraphQLError } from "graphql";
import { errorOfRequest, formatError } from "../../src/common/error-format";
import { CatalogError } from "../../src/common/errors";
import { setLogDestination } from "../../src/common/logger";
import { workTrace } from "../../src/common/request-store";

/**
 * What Apollo hands `formatError` for an error thrown outside a resolver (a plugin, the context, the
 * executor): the thrown error wrapped in a GraphQLError of the same message, without a path. A
 * TypeError there is a bug of ours: masked, with the request id, never its text.
 */
const asApolloWrapsIt = (thrown: Error) => new GraphQLError(thrown.message, { originalError: thrown });

const logLines: string[] = [];
beforeAll(() => setLogDestination({ write: (line: string) => void logLines.push(line) }));
afterAll(() => setLogDestination());

it("masks what a plugin or the executor threw by mistake, with the request id, and keeps what was meant for the client", () => {
  const bug = asApolloWrapsIt(new TypeError("Cannot read properties of undefined (reading 'operation')"));
  errorOfRequest(bug, workTrace("req-17", "en"));
  const masked = formatError({ message: bug.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, bug);
  expect(masked.message).not.toContain("Cannot read");
  expect(masked.message).toContain("req-17");
  expect(masked.extensions).toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
  // Its text goes to the log, with the request id.
  expect(logLines.map((line) => JSON.parse(line) as { requestId?: string; error?: string })).toContainEqual(
    expect.objectContaining({ requestId: "req-17", error: "Cannot read properties of undefined (reading 'operation')" }),
  );

  const refusal = new CatalogError("QUERY_TOO_COMPLEX", { zh: "查询过于复杂", en: "The query is too complex" }, { limit: 10 });
  errorOfRequest(refusal, workTrace("req-18", "en"));
  expect(formatError({ message: refusal.message, extensions: { code: "QUERY_TOO_COMPLEX", limit: 10 } }, refusal)).toMatchObject({
    message: "The query is too complex",
    extensions: { code: "QUERY_TOO_COMPLEX", limit: 10 },
  });

  // graphql-js words a variable's coercion error itself (another message than the scalar's own): meant for the client.
  const coercion = new GraphQLError('Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"', {
    originalError: new TypeError('Int cannot represent non-integer value: "ten"'),
  });
  const kept = formatError({ message: coercion.message, extensions: { code: "BAD_USER_INPUT" } }, coercion);
  expect(kept).toMatchObject({ message: coercion.message, extensions: { code: "BAD_USER_INPUT", field: "first" } });
});
