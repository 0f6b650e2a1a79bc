/** Splits a long list into parts of at most `size` items: one IN (…) list or one multi-row INSERT each. */
export function* chunks<T>(values: readonly T[], size = 1000): Generator<T[]> {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}
