import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/**
 * Amounts in yuan, exact: a decimal string with at most two decimals ("499999.99"), held as an
 * integer number of fen (分) in the server and the database. Never a float: 0.1 + 0.2 is not 0.3.
 */
/** At most 9,999,999,999.99 yuan: in fen, a JavaScript safe integer and a BIGINT. */
const YUAN_PATTERN = /^(0|[1-9]\d{0,9})(\.\d{1,2})?$/;

function fenOf(value: unknown): number {
  if (typeof value !== "string" || !YUAN_PATTERN.test(value))
    throw new GraphQLError('Yuan must be a decimal string of at most 10 digits and 2 decimals, e.g. "499999.99" (以元为单位，最多两位小数).');
  const [whole, decimals = ""] = value.split(".");
  return Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
}

/** Fen as the scalar's text: 50000000 → "500000.00". */
export function yuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

export const YuanScalar = new GraphQLScalarType<number, string>({
  name: "Yuan",
  description:
    'An exact amount in yuan (元) as a decimal string with at most two decimals, e.g. "499999.99"; from 0 to 9999999999.99. Stored as integer fen (分), never as a float; always answered with two decimals.',
  serialize: (value) => yuanText(value as number),
  parseValue: (value) => fenOf(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Yuan must be a string such as "500000.00", not a number (a float would not be exact).');
    return fenOf(ast.value);
  },
});
