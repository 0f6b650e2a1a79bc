/** The synthetic districts (`--size s|l`) and how long each is measured. */
export type SizeName = "s" | "l";

export interface DistrictSize {
  /** Units, the district root included. */
  units: number;
  /** Subordinate units (下属单位); the rest below the root are the dev zone, the town, six streets and departments. */
  subordinateUnits: number;
  persons: number;
  dataResources: number;
  itemsPerResource: number;
}

export interface RunSettings {
  rounds: number;
  /** Seconds of load per variant per round. */
  seconds: number;
  /** Seconds of load per variant before the first round (not recorded). */
  warmupSeconds: number;
  /** Sequential requests per statement count (W2: 4 times as many). */
  countedRequests: number;
}

export const SIZES: Record<SizeName, { district: DistrictSize; run: RunSettings }> = {
  // 1/20th of L in resources and items; 40 units (not 10) so that W1's page of 20 units is full.
  s: {
    district: { units: 40, subordinateUnits: 15, persons: 200, dataResources: 5_000, itemsPerResource: 20 },
    run: { rounds: 5, seconds: 2, warmupSeconds: 2, countedRequests: 10 },
  },
  l: {
    district: { units: 200, subordinateUnits: 151, persons: 2_000, dataResources: 100_000, itemsPerResource: 20 },
    run: { rounds: 5, seconds: 8, warmupSeconds: 5, countedRequests: 10 },
  },
};

/** Concurrent connections under load; W1 also runs with one connection (latency of a lone request). */
export const CONNECTIONS = { w1: 8, w2: 16 } as const;

export const databaseName = (size: SizeName) => `cdo_bench_${size}`;
