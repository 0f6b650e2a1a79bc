/** Helpers for DataLoader batch functions: results in key order, one IN (…) query per batch. */

export function byKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const index = new Map<K, T>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

export function groupedByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Escapes a user's search text for `LIKE :pattern ESCAPE '!'` (the same on SQLite and MySQL). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => "!" + c)}%`;
}
