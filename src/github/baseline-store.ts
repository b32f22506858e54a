/**
 * The baseline: the coverage of a commit on a base branch, kept so a PR can be compared with its
 * base without re-running the base. `BaselineStore` is the seam (like actions/cache's state
 * provider): the action uses the cache-backed store (cache-baseline-store.ts); tests may pass a
 * file-backed one (test/support/file-baseline-store.ts).
 * Baselines are immutable — saving a key that exists is "exists", never an overwrite.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { CoverageData } from '../coverage/model.js';
import { deserializeCoverage, type SerializedCoverage } from '../coverage/serialize.js';
import { describeError } from '../errors.js';

/** One saved baseline (format version 1). */
export interface Baseline {
  version: 1;
  /** The commit whose coverage this is. */
  sha: string;
  /** The branch it was pushed to. */
  branch: string;
  /** ISO time of the save; "newest" for nearest-baseline restores. */
  createdAt: string;
  /** The `comment-id` input: monorepos keep one baseline per id. */
  commentId: string;
  coverage: SerializedCoverage;
}

/** What a restore asks for: the exact base commit when known, else the newest of the branch. */
export interface BaselineQuery {
  commentId: string;
  branch: string;
  sha: string | undefined;
}

/** A restored baseline (`exact`: it is of the asked SHA), or why there is none. */
export type RestoreResult = { baseline: Baseline; exact: boolean } | { baseline: null; reason: string };

/** Where baselines live. Implementations never throw: faults become 'unavailable' or a reason. */
export interface BaselineStore {
  save(b: Baseline): Promise<'saved' | 'exists' | 'unavailable'>;
  restore(q: BaselineQuery): Promise<RestoreResult>;
}

/** A restored file larger than this is not a baseline covgate wrote; refuse to parse it. */
const BASELINE_MAX_BYTES = 256 * 1024 * 1024;
/** Cache keys are at most 512 characters; long branch names are shortened with a hash. */
const COMPONENT_MAX = 120;

/**
 * The storage key of a baseline: `covgate-<comment-id>-<branch>-<sha>`. Each part is encoded so
 * that it holds no `-` (keeps `covgate-app-main-` from matching branch `main-2`), no `/`, no comma:
 * characters other than `[A-Za-z0-9.]` become `_xx` (UTF-8 hex).
 */
export function baselineKey(commentId: string, branch: string, sha: string): string {
  return `${baselinePrefix(commentId, branch)}${encodeKeyPart(sha.toLowerCase())}`;
}

/** The key prefix shared by every baseline of one comment id and branch (ends with `-`). */
export function baselinePrefix(commentId: string, branch: string): string {
  return `covgate-${encodeKeyPart(commentId)}-${encodeKeyPart(branch)}-`;
}

function encodeKeyPart(part: string): string {
  let out = '';
  for (const byte of Buffer.from(part, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9.]/.test(ch) ? ch : `_${byte.toString(16).padStart(2, '0')}`;
  }
  if (out.length <= COMPONENT_MAX) return out;
  const hash = createHash('sha256').update(part).digest('hex').slice(0, 16);
  return `${out.slice(0, COMPONENT_MAX - 18)}_h${hash}`;
}

/**
 * Checks a restored baseline as untrusted data (it came from a cache or a file anyone could have
 * written) and returns it typed. Throws an Error whose message names `source` and the problem.
 */
export function parseBaseline(value: unknown, source: string): Baseline {
  const bad = (what: string): Error => new Error(`${source} is not a covgate baseline: ${what}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('not a JSON object');
  const v = value as Record<string, unknown>;
  if (v.version !== 1) throw bad(`unsupported format version ${JSON.stringify(v.version)}`);
  for (const field of ['sha', 'branch', 'createdAt', 'commentId'] as const) {
    if (typeof v[field] !== 'string' || v[field] === '') throw bad(`"${field}" must be a non-empty string`);
  }
  const b = v as { sha: string; branch: string; createdAt: string; commentId: string };
  if (!/^[0-9a-f]{7,64}$/i.test(b.sha)) throw bad('"sha" is not a commit SHA');
  if (Number.isNaN(Date.parse(b.createdAt))) throw bad('"createdAt" is not a date');
  // Throws a CoverageFormatError naming the problem; the model is kept for coverageOf.
  const data = deserializeCoverage(v.coverage, source);
  const coverage = v.coverage as SerializedCoverage;
  validated.set(coverage, data);
  return { version: 1, ...b, coverage };
}

/** The models parseBaseline made while validating, so that a restore does not build one twice. */
const validated = new WeakMap<SerializedCoverage, CoverageData>();

/**
 * The coverage model of a baseline: the one parseBaseline made while checking it, else (a baseline
 * made here rather than restored) deserialized now.
 */
export function coverageOf(b: Baseline, source: string): CoverageData {
  return validated.get(b.coverage) ?? deserializeCoverage(b.coverage, source);
}

/**
 * Checks that a parsed baseline is the one asked for (a cache entry's key is no proof of its
 * content). Returns the reason it is not, or `null`.
 */
export function mismatchOf(b: Baseline, q: BaselineQuery, exact: boolean): string | null {
  if (b.commentId !== q.commentId) return `it belongs to comment id "${b.commentId}"`;
  if (b.branch !== q.branch) return `it belongs to branch "${b.branch}"`;
  if (exact && q.sha !== undefined && b.sha.toLowerCase() !== q.sha.toLowerCase()) {
    return `it is of commit ${b.sha}, not ${q.sha}`;
  }
  return null;
}

/**
 * Reads and validates a baseline file (untrusted: restored from a cache or written by anyone).
 * Throws an Error naming `source` when it is too large, not JSON or not a baseline.
 */
export async function readBaselineFile(file: string, source: string): Promise<Baseline> {
  if ((await stat(file)).size > BASELINE_MAX_BYTES) {
    throw new Error(`${source} is larger than ${BASELINE_MAX_BYTES} bytes`);
  }
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${source} is not JSON: ${describeError(error)}`);
  }
  return parseBaseline(value, source);
}
