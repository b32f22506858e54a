import { describe, expect, it } from 'vitest';
import { FAKE_ROOT, readFixture } from '../../test/fixtures/coverage/fixtures.js';
import { parseCoverage } from '../coverage/read.js';
import { displayCoveragePyPct, formatPythonRound, renderCoveragePyTable } from './coverage-py-table.js';

describe('renderCoveragePyTable', () => {
  it.each(['branch', 'lines'])('equals `coverage report -m` of the py-app run (%s)', (kind) => {
    const dir = `py-app/reports/${kind}`;
    const { data } = parseCoverage(readFixture(`${dir}/coverage.xml`), 'coverage.xml', { root: FAKE_ROOT });
    expect(data.producer).toBe('coverage.py');
    expect(renderCoveragePyTable(data)).toBe(readFixture(`${dir}/coverage-report.txt`));
  });
});

describe('coverage.py percentages', () => {
  it('rounds exact ties to even as Python does, other values to nearest', () => {
    expect(formatPythonRound(92.5, 0)).toBe('92');
    expect(formatPythonRound(93.5, 0)).toBe('94');
    expect(formatPythonRound(0.125, 2)).toBe('0.12');
    expect(formatPythonRound(95.2380952, 2)).toBe('95.24');
    expect(formatPythonRound(93.75, 0)).toBe('94');
    expect(formatPythonRound(99.5, 0)).toBe('100');
  });
  it('never shows 100 unless complete, nor 0 unless nothing is covered', () => {
    expect(displayCoveragePyPct(999, 1000)).toBe('99');
    expect(displayCoveragePyPct(1000, 1000)).toBe('100');
    expect(displayCoveragePyPct(1, 1000)).toBe('1');
    expect(displayCoveragePyPct(0, 10)).toBe('0');
    expect(displayCoveragePyPct(9999, 10000, 2)).toBe('99.99');
    expect(displayCoveragePyPct(390, 416)).toBe('94');
  });
});
