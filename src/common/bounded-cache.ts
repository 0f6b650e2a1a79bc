/**
 * A map with a fixed number of entries, for work that depends only on its key (a document's shape,
 * its cost for given variables): never on the caller, the time or the database, so every process
 * may keep its own and none changes what a request is answered.
 *
 * Eviction is "second chance" (CLOCK), close to least-recently-used: a read only marks its entry as
 * used, and when the map is full the oldest entries are looked at in order — a used one is marked
 * unused and moved to the back, the first unused one goes. Every request reads these caches, so a
 * read must not reorder the map (a delete and an insert of a long key per read, as a strict LRU
 * does, showed in the tiny request's profile).
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; used: boolean }>();

  constructor(private readonly maxEntries: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = true;
    return entry.value;
  }

  set(key: K, value: V): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.value = value;
      entry.used = true;
      return;
    }
    if (this.entries.size >= this.maxEntries) this.evictOne();
    this.entries.set(key, { value, used: false });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Removes the oldest entry not read since it was last passed over; at most one pass over the used ones. */
  private evictOne(): void {
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      if (!entry.used) return;
      entry.used = false;
      this.entries.set(key, entry);
    }
  }
}
