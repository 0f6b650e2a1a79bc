/**
 * The number of SQL statements a request ran, from the server's `x-sql-statements` header. Fails
 * the test when the header is missing or not a count, so two missing headers never compare equal.
 */
export function sqlStatementsOf(response: { headers: Headers }): number {
  const header = response.headers.get("x-sql-statements");
  if (header === null || !/^\d+$/.test(header)) throw new Error(`x-sql-statements header missing or malformed: ${JSON.stringify(header)}`);
  const count = Number(header);
  if (count <= 0) throw new Error("x-sql-statements reports no statement: the counter is not counting");
  return count;
}
