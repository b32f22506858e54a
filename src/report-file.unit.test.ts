import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FullReport } from './analysis/types.js';
import { decideOutcome } from './outcome.js';
import type { RenderContext } from './report/context.js';
import { writeReportJson } from './report-file.js';

const SECRET = 'hunter2-secret';
const redact = (text: string): string => text.split(SECRET).join('***');

const report: FullReport = {
  totals: { lines: { covered: 2, total: 3, pct: 66.66 }, statements: null, functions: null, branches: null },
  files: [
    {
      path: `src/${SECRET}/a.js`,
      lines: { covered: 1, total: 2, pct: 50 },
      statements: null,
      functions: null,
      branches: null,
      missingLines: [2],
      partialLines: [],
    },
    {
      path: 'src/b.js',
      lines: { covered: 1, total: 1, pct: 100 },
      statements: null,
      functions: null,
      branches: { covered: 1, total: 2, pct: 50 },
      missingLines: [],
      partialLines: [{ line: 1, taken: 1, total: 2, untaken: [2] }],
    },
  ],
  base: null,
  delta: null,
  patch: null,
  thresholds: [{ name: 'lines', required: 80, actual: 66.66, ok: false }],
  passed: false,
  fileChanges: [],
  patchBranches: null,
  patchNote: null,
};

const ctx: RenderContext = {
  commentId: 'covgate',
  repoUrl: null,
  phases: [],
  provenance: {
    headSha: 'f'.repeat(40),
    baseSha: null,
    baselineSha: null,
    baselineExact: false,
    baselineSource: 'none',
    note: `no baseline: ${SECRET}`,
  },
  errors: [],
  summaryUrl: null,
};

let dir = '';
afterEach(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('writeReportJson', () => {
  it('streams exactly JSON.stringify(report, redacting replacer, 2) + newline', async () => {
    dir = await mkdtemp(join(tmpdir(), 'covgate-report-file-'));
    const outcome = decideOutcome({ report, failures: [], phases: [], gateApplies: true });
    const written = await writeReportJson(dir, outcome, ctx, redact);
    expect(written).toEqual({ ok: true, path: join(dir, 'report.json') });
    const expected = {
      ...report,
      passed: false,
      phases: [],
      failure: { kind: 'threshold-missed', title: outcome.title, failures: outcome.failures },
      context: { phases: [], provenance: ctx.provenance, errors: [] },
    };
    const replacer = (_key: string, value: unknown): unknown =>
      typeof value === 'string' ? redact(value) : value;
    const text = await readFile(join(dir, 'report.json'), 'utf8');
    expect(text).toBe(JSON.stringify(expected, replacer, 2) + '\n');
    expect(text).not.toContain(SECRET);
    expect(text).toContain('"path": "src/***/a.js"');
    expect(text).toContain('"note": "no baseline: ***"');
  });
});
