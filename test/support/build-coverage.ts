/** Hand-built CoverageData for unit tests of the analysis and renderers. */
import type { BranchHit, CoverageData, FileCoverage } from '../../src/coverage/model.js';

/** A file from `{line: hits}`, optionally with branches `[[line, [hits...]], ...]`. */
export function buildFile(
  path: string,
  lines: Record<number, number>,
  branches?: [number, number[]][],
): FileCoverage {
  return {
    path,
    lines: new Map(Object.entries(lines).map(([l, h]) => [Number(l), h])),
    statements: null,
    functions: null,
    branches:
      branches === undefined
        ? null
        : new Map(branches.map(([line, hits], i): [string, BranchHit] => [String(i), { line, hits }])),
  };
}

/** CoverageData from files, sorted by path as the readers produce it. */
export function buildData(...files: FileCoverage[]): CoverageData {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files: new Map(sorted.map((f) => [f.path, f])), formats: ['lcov'] };
}
