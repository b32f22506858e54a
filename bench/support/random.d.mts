/** Returns a function giving numbers in [0, 1) from `seed`, the same sequence every time. */
export function random(seed: number): () => number;
