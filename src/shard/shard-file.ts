/**
 * The shard file: everything one matrix leg (`mode: shard`) hands to the merge job, in one
 * self-contained JSON file — the leg's name, the commit it tested, its phases (JUnit counts and
 * failed tests included), the problems it met, and its coverage in covgate's serialized model with
 * repository-relative paths, so legs checked out at different paths (or on Windows) merge.
 *
 * Shard files come back through artifacts that the PR's own code could have written, so they are
 * read as untrusted data: size-capped, every field checked, any defect one line naming the file.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserializeCoverage, serializeCoverage, type SerializedCoverage } from '../coverage/serialize.js';
import type { CoverageData } from '../coverage/model.js';
import { describeError, InputError } from '../errors.js';
import { checkPhaseList } from '../published-report.js';
import type { PhaseResult } from '../report/context.js';
import { isValidShardName } from './shard-name.js';

/** Version of the shard file layout; bump it when the layout changes. */
export const SHARD_FILE_VERSION = 1;

/** A shard file larger than this is not one covgate wrote (20 shards of a 10× monorepo stay far below). */
export const SHARD_FILE_MAX_BYTES = 256 * 1024 * 1024;

/** The stored shard (JSON). */
export interface ShardFileJson {
  covgateShard: typeof SHARD_FILE_VERSION;
  name: string;
  /** The commit the leg tested. */
  headSha: string;
  phases: PhaseResult[];
  /** One line per failure of the leg (a phase, an unreadable JUnit or coverage report). */
  failures: string[];
  /** True when the unit phase failed, so the leg's full phase did not run. */
  stoppedEarly: boolean;
  /** The leg's coverage, or `null` when it has none (its phases failed first). */
  coverage: SerializedCoverage | null;
}

/** A shard as the merge uses it. */
export interface Shard {
  /** Where it was read from, for messages. */
  source: string;
  name: string;
  headSha: string;
  phases: PhaseResult[];
  failures: string[];
  stoppedEarly: boolean;
  coverage: CoverageData | null;
}

/**
 * The file name of a shard: its name made safe for a path, plus a short hash of the exact name so
 * two legs never overwrite each other when download-artifact merges them into one directory.
 */
export function shardFileName(name: string): string {
  const safe =
    name
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'shard';
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `covgate-shard-${safe}-${hash}.json`;
}

/** Writes the shard file into `dir`; returns its path. */
export async function writeShardFile(dir: string, shard: Omit<Shard, 'source'>): Promise<string> {
  const json: ShardFileJson = {
    covgateShard: SHARD_FILE_VERSION,
    name: shard.name,
    headSha: shard.headSha,
    phases: shard.phases,
    failures: shard.failures,
    stoppedEarly: shard.stoppedEarly,
    coverage: shard.coverage === null ? null : serializeCoverage(shard.coverage),
  };
  await mkdir(dir, { recursive: true });
  const path = join(dir, shardFileName(shard.name));
  await writeFile(path, JSON.stringify(json));
  return path;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Parses and validates shard file text; throws one InputError naming the file and the bad field. */
export function parseShardFile(text: string, source: string): Shard {
  const fail = (what: string): never => {
    throw new InputError(
      `shard-files: ${source} ${what}; give the files written by covgate's mode: shard (its shard-file output)`,
    );
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`is not JSON (${describeError(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('is not a shard file');
  const v = value as Record<string, unknown>;
  if (v.covgateShard !== SHARD_FILE_VERSION) {
    return fail(
      `has shard format ${JSON.stringify(v.covgateShard) ?? 'none'}, expected ${SHARD_FILE_VERSION}`,
    );
  }
  if (typeof v.name !== 'string' || v.name === '') return fail('has no name');
  if (!isValidShardName(v.name)) return fail('has a name that is not one line of at most 100 characters');
  if (typeof v.headSha !== 'string') return fail('has no headSha');
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64}|)$/i.test(v.headSha))
    return fail('has a headSha that is not a commit SHA');
  if (!isStringList(v.failures)) return fail('has a bad "failures" list');
  if (typeof v.stoppedEarly !== 'boolean') return fail('has a bad "stoppedEarly"');
  const phases = checkPhaseList(v.phases, 'phases');
  if (typeof phases === 'string') return fail(`is malformed: ${phases}`);
  let coverage: CoverageData | null = null;
  if (v.coverage !== null) {
    try {
      coverage = deserializeCoverage(v.coverage, source);
    } catch (error) {
      return fail(`has malformed coverage (${describeError(error)})`);
    }
  }
  return {
    source,
    name: v.name,
    headSha: v.headSha,
    phases,
    failures: v.failures,
    stoppedEarly: v.stoppedEarly,
    coverage,
  };
}
