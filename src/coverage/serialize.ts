/**
 * The stored form of a coverage report (the baseline saved on the default branch): compact,
 * JSON-safe, versioned — and read back with full validation, because a baseline restored from a
 * cache or a file is untrusted input.
 */
import { CoverageFormatError } from '../errors.js';
import { lineHitsOf } from './line-hits.js';
import type { BranchHit, CoverageData, CoverageFormat, FileCoverage, FunctionHit } from './model.js';
import { isPlaceholder, markPlaceholder, toCoverageData } from './merge.js';

/** Version of {@link SerializedCoverage}; bump it when the layout changes. */
export const SERIALIZED_VERSION = 1;

/** One file: `lines` is flat `[line, hits, line, hits, …]`. */
export interface SerializedFile {
  path: string;
  lines: number[];
  /** `[id, hits]` pairs, or null when the format has no statements. */
  statements: [string, number][] | null;
  /** `[id, name, line, hits]`, or null. */
  functions: [string, string, number, number][] | null;
  /** `[id, line, hits per outcome]` (plus the untaken destinations when known), or null. */
  branches: ([string, number, number[]] | [string, number, number[], string[]])[] | null;
  /**
   * True for a file a tool listed without running it (c8/nyc `--all`): a merge (of shards) must let
   * it yield to real data instead of adding its made-up structure. Absent means false.
   */
  placeholder?: true;
}

/** The JSON-safe form of CoverageData. */
export interface SerializedCoverage {
  version: typeof SERIALIZED_VERSION;
  formats: CoverageFormat[];
  /** The recognised producing tool; absent in baselines written before it was kept. */
  producer?: 'coverage.py';
  files: SerializedFile[];
}

const FORMATS: readonly string[] = ['istanbul', 'lcov', 'cobertura'];

/** Converts CoverageData to its stored form (files in path order). */
export function serializeCoverage(data: CoverageData): SerializedCoverage {
  const files: SerializedFile[] = [];
  for (const file of data.files.values()) {
    const lines: number[] = [];
    for (const [line, hits] of file.lines) lines.push(line, hits);
    files.push({
      path: file.path,
      lines,
      statements: file.statements ? [...file.statements] : null,
      functions: file.functions ? [...file.functions].map(([id, f]) => [id, f.name, f.line, f.hits]) : null,
      branches: file.branches ? [...file.branches].map(([id, b]) => serializeBranch(id, b)) : null,
      ...(isPlaceholder(file) ? { placeholder: true as const } : {}),
    });
  }
  const producer = data.producer === undefined ? {} : { producer: data.producer };
  return { version: SERIALIZED_VERSION, formats: [...data.formats], ...producer, files };
}

/** A branch entry; the destinations are a 4th element only when known, so old readers' layout holds. */
function serializeBranch(id: string, b: BranchHit): NonNullable<SerializedFile['branches']>[number] {
  return b.missing === undefined ? [id, b.line, [...b.hits]] : [id, b.line, [...b.hits], [...b.missing]];
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readList<T>(
  value: unknown,
  where: string,
  fail: (what: string) => never,
  item: (v: unknown[]) => T | null,
) {
  if (value === null) return null;
  if (!Array.isArray(value)) return fail(`${where} is not a list`);
  return value.map((entry, i) => {
    const parsed = Array.isArray(entry) ? item(entry) : null;
    return parsed ?? fail(`${where}[${i}] is malformed`);
  });
}

function readFile(value: unknown, index: number, fail: (what: string) => never): FileCoverage {
  if (typeof value !== 'object' || value === null) return fail(`files[${index}] is not an object`);
  const v = value as Record<string, unknown>;
  if (typeof v.path !== 'string' || v.path === '') return fail(`files[${index}].path is missing`);
  const where = `files[${index}] (${v.path})`;
  if (!Array.isArray(v.lines) || v.lines.length % 2 !== 0) return fail(`${where}.lines is malformed`);
  // Checked into an array of their exact size, kept as the file's LineHits when in line order (a
  // baseline may be as big as the head report).
  const pairs = v.lines.map((value: unknown, i): number => {
    const ok = i % 2 === 0 ? isLine(value) : isCount(value);
    if (!ok || typeof value !== 'number') return fail(`${where}.lines has a bad entry at ${i - (i % 2)}`);
    return value;
  });
  const lines = lineHitsOf(pairs);
  const statements = readList(v.statements, `${where}.statements`, fail, ([id, hits]) =>
    typeof id === 'string' && isCount(hits) ? ([id, hits] as const) : null,
  );
  const functions = readList(v.functions, `${where}.functions`, fail, ([id, name, line, hits]) =>
    typeof id === 'string' && typeof name === 'string' && isLine(line) && isCount(hits)
      ? ([id, { name, line, hits }] as [string, FunctionHit])
      : null,
  );
  const branches = readList(v.branches, `${where}.branches`, fail, ([id, line, hits, missing]) => {
    if (typeof id !== 'string' || !isLine(line) || !Array.isArray(hits) || !hits.every(isCount)) return null;
    // Baselines written before destinations were kept have three elements.
    if (missing === undefined) return [id, { line, hits: [...hits] }] as [string, BranchHit];
    if (!Array.isArray(missing) || !missing.every((m) => typeof m === 'string')) return null;
    return [id, { line, hits: [...hits], missing: [...missing] }] as [string, BranchHit];
  });
  const file: FileCoverage = {
    path: v.path,
    lines,
    statements: statements ? new Map(statements) : null,
    functions: functions ? new Map(functions) : null,
    branches: branches ? new Map(branches) : null,
  };
  return v.placeholder === true ? markPlaceholder(file) : file;
}

/**
 * Validates and converts a stored value back to CoverageData. `source` names it in the one-line
 * CoverageFormatError thrown for anything malformed or of another version.
 */
export function deserializeCoverage(value: unknown, source: string): CoverageData {
  const fail = (what: string): never => {
    throw new CoverageFormatError(`${source}: stored coverage ${what}; delete it so a new baseline is saved`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('is not an object');
  const v = value as Record<string, unknown>;
  if (v.version !== SERIALIZED_VERSION) {
    return fail(`has version ${JSON.stringify(v.version) ?? 'none'}, expected ${SERIALIZED_VERSION}`);
  }
  if (!Array.isArray(v.formats) || !v.formats.every((f) => typeof f === 'string' && FORMATS.includes(f))) {
    return fail('has a bad "formats" list');
  }
  if (!Array.isArray(v.files)) return fail('has no "files" list');
  const files = new Map<string, FileCoverage>();
  v.files.forEach((f: unknown, i) => {
    const file = readFile(f, i, fail);
    if (files.has(file.path)) fail(`lists ${file.path} twice`);
    files.set(file.path, file);
  });
  if (v.producer !== undefined && v.producer !== 'coverage.py') return fail('has a bad "producer"');
  return toCoverageData(files, v.formats as CoverageFormat[], v.producer);
}
