import { describe, expect, it } from 'vitest';
import { buildData, buildFile } from '../../test/support/build-coverage.js';
import type { ChangeSet } from '../diff/model.js';
import { describeGateFailure } from '../report/gate-message.js';
import { renderComponentsTable } from '../report/components-table.js';
import { measureChars } from '../report/budget.js';
import { buildReport } from './build-report.js';
import { applyComponents, parseComponents } from './components.js';

describe('parseComponents', () => {
  it('reads one component per line: name, globs and its own thresholds', () => {
    const text = [
      '# services',
      'api: services/api/** | lines=85, patch=90',
      '',
      '  web: apps/web/**, ./packages/ui/**  ',
      '@org/cli: tools/cli/** | 70',
    ].join('\n');
    expect(parseComponents(text, 'components')).toEqual([
      {
        name: 'api',
        globs: ['services/api/**'],
        thresholds: [
          { name: 'lines', required: 85 },
          { name: 'patch', required: 90 },
        ],
      },
      { name: 'web', globs: ['apps/web/**', 'packages/ui/**'], thresholds: [] },
      { name: '@org/cli', globs: ['tools/cli/**'], thresholds: [{ name: 'lines', required: 70 }] },
    ]);
  });

  it('rejects a bad line with one message naming the input, the line and the fix', () => {
    const cases: [string, RegExp][] = [
      ['services/api/**', /^components line 1 'services\/api\/\*\*' has no 'name:'/],
      ['api: ', /^components line 1 'api:' has no globs after 'name:'/],
      ['a b: x/**', /'a b' is not a component name/],
      ['other: x/**', /'other' is the group of files in no component/],
      ['api: a/**\napi: b/**', /^components line 2 .*'api' is given twice/],
      ['api: a/** | lines=85 | x', /more than one '\|'/],
      ['api: a/** | lines=101', /^components \(api\): 'lines=101' is not a percentage/],
      ['api: a/** | cover=80', /^components \(api\): unknown metric 'cover'/],
    ];
    for (const [text, message] of cases) expect(() => parseComponents(text, 'components')).toThrow(message);
  });
});

describe('applyComponents', () => {
  // api: 3 of 4 lines; web: 1 of 2; docs.js in no component.
  const head = buildData(
    buildFile('services/api/a.ts', { 1: 1, 2: 1, 3: 1, 4: 0 }),
    buildFile('apps/web/w.ts', { 1: 1, 2: 0 }),
    buildFile('docs.js', { 1: 0 }),
  );
  const base = buildData(buildFile('services/api/a.ts', { 1: 1, 2: 1, 3: 0, 4: 0 }));
  const changes: ChangeSet = {
    complete: true,
    origin: 'file',
    note: null,
    files: [{ path: 'services/api/a.ts', previousPath: null, status: 'modified', addedLines: [3, 4] }],
  };
  const specs = parseComponents(
    'api: services/api/** | lines=80, patch=40\nweb: apps/web/** | lines=50',
    'components',
  );
  const report = applyComponents(
    buildReport({ head, base, changes, thresholds: [] }),
    specs,
    base,
    'components',
  );

  it('gives each component its totals, base delta, patch and thresholds, and files in none are "other"', () => {
    expect(Object.keys(report.components ?? {})).toEqual(['api', 'web', 'other']);
    expect(report.components?.api).toMatchObject({
      files: 1,
      totals: { lines: { covered: 3, total: 4, pct: 75 } },
      base: { lines: { covered: 2, total: 4, pct: 50 } },
      delta: { lines: 25 },
      patch: { covered: 1, total: 2, pct: 50 },
      thresholds: [
        { name: 'lines', required: 80, actual: 75, ok: false },
        { name: 'patch', required: 40, actual: 50, ok: true },
      ],
      passed: false,
    });
    // web has no file in the base: no delta rather than a delta against nothing.
    expect(report.components?.web).toMatchObject({ base: null, delta: null, passed: true });
    expect(report.components?.other).toMatchObject({ files: 1, thresholds: [], passed: true });
  });

  it('gates on component thresholds and names the component in the failure message and table', () => {
    expect(report.passed).toBe(false);
    expect(report.thresholds.map((t) => [t.name, t.ok])).toEqual([
      ['component api: lines', false],
      ['component api: patch', true],
      ['component web: lines', true],
    ]);
    expect(describeGateFailure(report)).toMatch(
      /^coverage gate failed: component api: lines 75% \(required 80%\)/,
    );
    const table = renderComponentsTable(report, 10_000, measureChars);
    expect(table).toContain(
      '| api | 1 | 75.00% (3/4) | ▲ +25.00 | — | 50.00% (1/2) | ❌ lines 75.00% < 80%<br>✅ patch ≥ 40% |',
    );
    expect(table).toContain('| other | 1 | 0.00% (0/1) | — | — | N/A | — |');
  });

  it('is an error when a component matches no file, like an include that leaves nothing', () => {
    const typo = parseComponents('api: service/api/**', 'components');
    expect(() =>
      applyComponents(
        buildReport({ head, base: null, changes: null, thresholds: [] }),
        typo,
        null,
        'components',
      ),
    ).toThrow(
      "Invalid components: component 'api' (service/api/**) matches no file of the coverage report; fix its globs (they match repo-relative paths such as 'apps/web/w.ts')",
    );
  });

  it('leaves a report without components unchanged', () => {
    const plain = buildReport({ head, base: null, changes: null, thresholds: [] });
    expect(applyComponents(plain, [], null, 'components')).toBe(plain);
    expect(renderComponentsTable(plain, 10_000, measureChars)).toBe('');
  });
});
