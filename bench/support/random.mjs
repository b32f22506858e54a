// The benches' data generator: a small deterministic PRNG (mulberry32), so every run benchmarks the
// same data.
/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JS, typed by random.d.mts */

/** Returns a function giving numbers in [0, 1) from `seed`, the same sequence every time. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
