import { BoundedCache } from "../../src/common/bounded-cache";

/**
 * The caches every request reads (parsed shapes, costs, compiled documents, row mappers) hold at
 * most their bound, and when full they drop an entry not read since it was last passed over before
 * one that was (second chance): a hot document stays compiled while one-off documents come and go.
 */
describe("BoundedCache", () => {
  it("never holds more than its bound, and drops the oldest entry nobody read", () => {
    const cache = new BoundedCache<string, number>(3);
    for (const [i, key] of ["a", "b", "c"].entries()) cache.set(key, i);
    expect(cache.get("a")).toBe(0); // a was read: it gets a second chance
    cache.set("d", 3); // full: b (oldest unread) goes
    expect(cache.size).toBe(3);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c"), cache.get("d")]).toEqual([0, 2, 3]);
  });

  it("keeps a key read between one-off keys, however many of those pass through", () => {
    const cache = new BoundedCache<string, string>(4);
    cache.set("hot", "compiled");
    for (let i = 0; i < 1000; i++) {
      expect(cache.get("hot")).toBe("compiled");
      cache.set(`once ${i}`, "seen once");
      expect(cache.size).toBeLessThanOrEqual(4);
    }
    expect(cache.get("once 0")).toBeUndefined();
    expect(cache.get("once 999")).toBe("seen once");
  });

  it("drops the oldest entry when every entry was read, and replaces a value in place", () => {
    const cache = new BoundedCache<number, string>(2);
    cache.set(1, "one");
    cache.set(2, "two");
    cache.get(1);
    cache.get(2);
    cache.set(3, "three"); // both had their chance: 1, the oldest, goes
    expect([cache.get(1), cache.get(2), cache.get(3)]).toEqual([undefined, "two", "three"]);
    cache.set(2, "deux");
    expect(cache.size).toBe(2);
    expect(cache.get(2)).toBe("deux");
  });
});
