// Types of scripts/src-hash.mjs.
export function hashSources(root: string): string;
