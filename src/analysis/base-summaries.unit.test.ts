import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_ROOT, FIXTURES } from '../../test/fixtures/coverage/fixtures.js';
import { buildData, buildFile } from '../../test/support/build-coverage.js';
import type { CoverageData } from '../coverage/model.js';
import { parseCoverage } from '../coverage/read.js';
import { summarizeFile } from '../coverage/summary.js';
import { BaseSummaries } from './base-summaries.js';
import { buildReport, type AnalysisInput } from './build-report.js';
import { applyComponents } from './components.js';

const report = (rel: string): CoverageData =>
  parseCoverage(readFileSync(join(FIXTURES, rel), 'utf8'), rel, { root: FAKE_ROOT }).data;

describe('BaseSummaries', () => {
  it.each([
    'js-app/reports/c8-all/coverage-final.json',
    'js-app/reports/nyc-all/lcov.info',
    'py-app/reports/branch/coverage.xml',
  ])('gives each file of %s the summary summarizeFile gives, in the report order', (rel) => {
    const data = report(rel);
    const base = BaseSummaries.of(data);
    expect(base.size).toBe(data.files.size);
    expect([...base.keys()]).toEqual([...data.files.keys()]);
    expect([...base.entries()]).toEqual([...data.files].map(([path, file]) => [path, summarizeFile(file)]));
    for (const [path, file] of data.files) {
      expect(base.has(path)).toBe(true);
      expect(base.get(path)).toEqual(summarizeFile(file));
    }
    expect(base.has('no/such/file.js')).toBe(false);
    expect(base.get('no/such/file.js')).toBeUndefined();
  });

  it('makes the same report and components as the coverage model it summarizes', () => {
    const head = report('js-app/reports/c8-part-a/coverage-final.json');
    const baseData = report('js-app/reports/c8-all/coverage-final.json');
    const input: Omit<AnalysisInput, 'base'> = {
      head,
      changes: null,
      thresholds: [{ name: 'lines', required: 50 }],
      maxDrop: 1,
    };
    const fromModel = buildReport({ ...input, base: baseData });
    const fromSummaries = buildReport({ ...input, base: BaseSummaries.of(baseData) });
    expect(fromSummaries).toEqual(fromModel);
    expect(fromModel.fileChanges.length).toBeGreaterThan(0);
    const specs = [{ name: 'all', globs: ['**'], thresholds: [] }];
    expect(applyComponents(fromSummaries, specs, BaseSummaries.of(baseData), 'components')).toEqual(
      applyComponents(fromModel, specs, baseData, 'components'),
    );
  });

  it('finds added and removed files when the base does not list its files in path order', () => {
    const head = buildData(
      buildFile('b.js', { 1: 1 }),
      buildFile('c.js', { 1: 1 }),
      buildFile('e.js', { 1: 0 }),
    );
    const files = [buildFile('e.js', { 1: 1 }), buildFile('a.js', { 1: 1 }), buildFile('c.js', { 1: 1 })];
    const unsorted: CoverageData = { files: new Map(files.map((f) => [f.path, f])), formats: ['lcov'] };
    const built = buildReport({ head, base: BaseSummaries.of(unsorted), changes: null, thresholds: [] });
    expect(built.fileChanges.map((f) => [f.kind, f.path])).toEqual([
      ['indirect', 'e.js'],
      ['removed', 'a.js'],
      ['added', 'b.js'],
    ]);
  });
});
