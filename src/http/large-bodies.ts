import type { IncomingMessage } from "node:http";
import express, { RequestHandler } from "express";
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from "graphql";

/**
 * GraphQL JSON bodies: MAX_REQUEST_BYTES for every request, except the named bulk mutations
 * (e.g. recordQualityMeasurements' 10,000 rows, about 1.3 MB), which may send up to their own
 * bound. Only a signed-in caller's body is read past MAX_REQUEST_BYTES — the bearer token is verified
 * (`signedIn`) before such a body is read, so a made-up Authorization header reads no more than an
 * anonymous caller — and only up to the largest bound; then the document must be one mutation
 * selecting nothing but allowed fields, or it is refused as too large like any other (413, by the
 * app's body error handler).
 */
export function graphqlJsonBodies(
  maxRequestBytes: number,
  allowances: Readonly<Record<string, number>>,
  signedIn: (req: IncomingMessage, authorization: string) => Promise<boolean>,
): RequestHandler[] {
  const largest = Math.max(maxRequestBytes, ...Object.values(allowances));
  const tooLarge = () => Object.assign(new Error("request entity too large"), { status: 413, type: "entity.too.large" });
  const verify = (req: unknown, _res: unknown, buffer: Buffer) => {
    (req as { bodyBytes: number }).bodyBytes = buffer.length;
  };
  const small = express.json({ limit: maxRequestBytes, verify });
  const large = express.json({ limit: largest, verify });
  /** A body that may be larger than MAX_REQUEST_BYTES (declared so, or of no declared length) is read past it only for a verified token. */
  const parser: RequestHandler = (req, res, next) => {
    const authorization = req.headers.authorization;
    const declared = req.headers["content-length"] === undefined ? Infinity : Number(req.headers["content-length"]);
    // Not a JSON body (a GET, a multipart upload): express.json leaves it alone, as before.
    if (!authorization || largest === maxRequestBytes || !req.is("application/json") || declared <= maxRequestBytes) return small(req, res, next);
    if (Number.isFinite(declared) && declared > largest) return next(tooLarge());
    signedIn(req, authorization).then(
      (verified) => (verified ? large : small)(req, res, next),
      () => small(req, res, next),
    );
  };
  const gate: RequestHandler = (req, _res, next) => {
    const bytes = (req as unknown as { bodyBytes?: number }).bodyBytes ?? 0;
    if (bytes <= maxRequestBytes) return next();
    const allowance = allowanceOf(req.body, allowances);
    next(allowance !== undefined && bytes <= allowance ? undefined : tooLarge());
  };
  return [parser, gate];
}

/** The bound of a body whose operation is one mutation of allowed root fields only (the least of theirs); otherwise undefined. */
function allowanceOf(body: unknown, allowances: Readonly<Record<string, number>>): number | undefined {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== "string" || query.length > 10_000) return undefined;
  let operations: OperationDefinitionNode[];
  try {
    const document = parse(query, { noLocation: true, maxTokens: 1000 });
    if (document.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION)) return undefined;
    operations = document.definitions as OperationDefinitionNode[];
  } catch {
    return undefined;
  }
  const operation = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === operationName);
  if (!operation || operation.operation !== OperationTypeNode.MUTATION) return undefined;
  let bound = Infinity;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || !Object.hasOwn(allowances, selection.name.value)) return undefined;
    bound = Math.min(bound, allowances[selection.name.value]);
  }
  return Number.isFinite(bound) ? bound : undefined;
}
