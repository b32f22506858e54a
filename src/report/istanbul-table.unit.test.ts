import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_ROOT, readFixture } from '../../test/fixtures/coverage/fixtures.js';
import { buildFile } from '../../test/support/build-coverage.js';
import { parseCoverage } from '../coverage/read.js';
import { renderIstanbulTable } from './istanbul-table.js';

/** istanbul's own `text` reporter (the library c8, nyc, Jest print with), untruncated. */
function istanbulText(coverageJson: string): string {
  const require = createRequire(import.meta.url);
  /* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access */
  const libCoverage = require('istanbul-lib-coverage');
  const libReport = require('istanbul-lib-report');
  const reports = require('istanbul-reports');
  const dir = mkdtempSync(join(tmpdir(), 'covgate-istanbul-'));
  const coverageMap = libCoverage.createCoverageMap(JSON.parse(coverageJson));
  const context = libReport.createContext({ dir, coverageMap, defaultSummarizer: 'pkg' });
  reports.create('text', { file: 'text.txt', maxCols: 0 }).execute(context);
  /* eslint-enable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access */
  const text = readFileSync(join(dir, 'text.txt'), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return text;
}

describe('renderIstanbulTable', () => {
  it.each(['c8-all', 'nyc-all', 'c8-part-a', 'nyc-part-b'])(
    "equals istanbul's text reporter for the %s run",
    (run) => {
      const json = readFixture(`js-app/reports/${run}/coverage-final.json`);
      const { data } = parseCoverage(json, 'coverage-final.json', { root: FAKE_ROOT });
      expect(renderIstanbulTable(data)).toBe(istanbulText(json));
    },
  );

  it('groups files by directory like the pkg summary when they lie in several', () => {
    const original = JSON.parse(readFixture('js-app/reports/c8-all/coverage-final.json')) as Record<
      string,
      { path: string }
    >;
    const moved: Record<string, { path: string }> = {};
    const targets = ['src/cart.js', 'lib/format.js', 'src/deep/pricing.js', 'src/unused.js'];
    Object.values(original).forEach((file, i) => {
      const path = `${FAKE_ROOT}/${targets[i] ?? `x${i}.js`}`;
      moved[path] = { ...file, path };
    });
    const json = JSON.stringify(moved);
    const { data } = parseCoverage(json, 'coverage-final.json', { root: FAKE_ROOT });
    expect(renderIstanbulTable(data)).toBe(istanbulText(json));
    expect(renderIstanbulTable(data)).toMatch(/^ lib +\|[^\n]*\n {2}format\.js /m);
  });

  it('renders a monorepo of 200,000 files in 1,000 directories (no spread of every row, no filter per directory)', () => {
    const files = Array.from({ length: 200_000 }, (_, i) =>
      buildFile(`src/d${i % 1000}/f${i}.js`, { 1: i % 3, 2: 1 }),
    );
    const started = performance.now();
    const table = renderIstanbulTable({ files: new Map(files.map((f) => [f.path, f])), formats: ['lcov'] });
    // Quadratic grouping took ~70 s here; one pass takes well under a second on this machine.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(table.split('\n').filter((l) => / d\d+ +\|/.test(l))).toHaveLength(1000);
    expect(table).toContain(' f199999.js');
  });
});
