import { describe, expect, it } from 'vitest';
import type { FullReport, PatchFile } from '../analysis/types.js';
import { sampleReport } from '../../test/support/report-fixtures.js';
import { CHECK_ANNOTATIONS_PER_REQUEST, WORKFLOW_ANNOTATION_LIMIT, buildAnnotations } from './annotations.js';

function withPatchFiles(files: PatchFile[]): FullReport {
  const report = sampleReport();
  report.patch = { covered: 0, total: 0, pct: 0, files };
  return report;
}

const files: PatchFile[] = [
  { path: 'src/b.ts', covered: 1, total: 5, uncoveredLines: [20, 5, 6, 7] },
  { path: 'src/a.ts', covered: 0, total: 4, uncoveredLines: [3, 1, 2, 9] },
  { path: 'src/c.ts', covered: 3, total: 3, uncoveredLines: [] },
  { path: 'src/z.ts', covered: 0, total: 1, uncoveredLines: [100] },
  { path: 'src/d.ts', covered: 0, total: 5, uncoveredLines: [1, 2, 3, 4, 5] },
];

describe('buildAnnotations', () => {
  it('merges consecutive lines and orders worst file first, then path, then line', () => {
    const got = buildAnnotations(withPatchFiles(files)).map(
      (a) => `${a.path}:${a.startLine}-${a.endLine} ${a.level} ${a.title} | ${a.message}`,
    );
    expect(got).toEqual([
      'src/d.ts:1-5 warning Uncovered changed lines | Lines 1–5 are not covered by tests',
      'src/a.ts:1-3 warning Uncovered changed lines | Lines 1–3 are not covered by tests',
      'src/a.ts:9-9 warning Uncovered changed line | Line 9 is not covered by tests',
      'src/b.ts:5-7 warning Uncovered changed lines | Lines 5–7 are not covered by tests',
      'src/b.ts:20-20 warning Uncovered changed line | Line 20 is not covered by tests',
      'src/z.ts:100-100 warning Uncovered changed line | Line 100 is not covered by tests',
    ]);
  });

  it('is independent of input order and merges a path listed twice', () => {
    const reversed = buildAnnotations(withPatchFiles([...files].reverse()));
    expect(reversed).toEqual(buildAnnotations(withPatchFiles(files)));
    const split = buildAnnotations(
      withPatchFiles([
        { path: 'x.ts', covered: 0, total: 2, uncoveredLines: [1] },
        { path: 'x.ts', covered: 0, total: 2, uncoveredLines: [2, 1] },
      ]),
    );
    expect(split).toEqual([
      {
        path: 'x.ts',
        startLine: 1,
        endLine: 2,
        title: 'Uncovered changed lines',
        message: 'Lines 1–2 are not covered by tests',
        level: 'warning',
      },
    ]);
  });

  it('annotates only changed lines: missing lines of the whole file are ignored', () => {
    // sampleReport: src/api/users.ts misses 10-12, 40 and 55, but only 10-12 and 40 were changed.
    const got = buildAnnotations(sampleReport()).map((a) => `${a.path}#L${a.startLine}-L${a.endLine}`);
    expect(got).toEqual(['src/api/users.ts#L10-L12', 'src/api/users.ts#L40-L40']);
  });

  it('has nothing to say without a diff', () => {
    const report = sampleReport();
    report.patch = null;
    expect(buildAnnotations(report)).toEqual([]);
  });

  it("exposes GitHub's caps for the caller", () => {
    expect(WORKFLOW_ANNOTATION_LIMIT).toBe(10);
    expect(CHECK_ANNOTATIONS_PER_REQUEST).toBe(50);
  });
});
