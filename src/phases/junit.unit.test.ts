import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { mergeTestResults, parseJunit, readJunitResults } from './junit.js';

// Fixtures were written by the real tools (see test/fixtures/junit/README.md); each suite has passing,
// failing, skipped (and todo) tests, so every count is checked against what the runner printed.
function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '../../test/fixtures/junit', name), 'utf8');
}

describe('parseJunit', () => {
  it('reads node:test junit reporter output, nested suites and bare cases', () => {
    const r = parseJunit(fixture('node-test.xml'), 'node-test.xml');
    // node:test printed: pass 2, fail 2, skipped 1, todo 1
    expect([r.passed, r.failed, r.skipped]).toEqual([2, 2, 2]);
    expect(r.failures).toEqual([
      { name: 'top fail', file: null, message: 'one is not two' },
      { name: 'breaks <&>', file: null, message: 'boom & "quotes"' },
    ]);
  });

  it('reads Vitest junit reporter output with the file as classname', () => {
    const r = parseJunit(fixture('vitest.xml'), 'vitest.xml');
    expect([r.passed, r.failed, r.skipped]).toEqual([1, 2, 2]);
    expect(r.failures).toEqual([
      { name: 'math > fails', file: 'a.test.ts', message: 'expected 1 to be 2 // Object.is equality' },
      { name: 'top <b>', file: 'a.test.ts', message: 'boom' },
    ]);
  });

  it('reads pytest --junitxml output, counting errors as failures and finding the file', () => {
    const r = parseJunit(fixture('pytest.xml'), 'pytest.xml');
    expect([r.passed, r.failed, r.skipped]).toEqual([1, 3, 1]);
    // The XML has no line attribute: the line is the one pytest printed (`tests/test_a.py:3:`).
    expect(r.failures).toEqual([
      {
        name: 'tests.test_a.test_fail',
        file: 'tests/test_a.py',
        message: 'AssertionError: one is not two',
        line: 3,
      },
      {
        name: 'tests.test_a.TestC.test_m',
        file: 'tests/test_a.py',
        message: 'ValueError: bad <value>',
        line: 7,
      },
      {
        name: 'tests.test_a.test_err',
        file: 'tests/test_a.py',
        message: 'failed on setup with "RuntimeError: setup broke"',
        line: 9,
      },
    ]);
    expect(r.skipReasons).toEqual([{ reason: 'later', count: 1 }]);
  });

  it('groups pytest skip reasons (the python-app run without a database)', () => {
    const xml = readFileSync(
      join(import.meta.dirname, '../../test/fixtures/python-app/recorded/no-database/junit.xml'),
      'utf8',
    );
    const r = parseJunit(xml, 'junit.xml');
    expect([r.passed, r.failed, r.skipped]).toEqual([0, 0, 4]);
    expect(r.skipReasons).toEqual([{ reason: 'TEST_DATABASE_URL is not set', count: 4 }]);
    expect(mergeTestResults([r, r]).skipReasons).toEqual([
      { reason: 'TEST_DATABASE_URL is not set', count: 8 },
    ]);
  });

  it('reads jest-junit output with the file attribute', () => {
    const r = parseJunit(fixture('jest-junit.xml'), 'jest-junit.xml');
    // jest-junit writes a todo test as a plain testcase, so it counts as passed, like the XML says.
    expect([r.passed, r.failed, r.skipped]).toEqual([2, 2, 1]);
    expect(r.failures).toEqual([
      {
        name: 'math fails',
        file: 'math.test.js',
        message: 'Error: expect(received).toBe(expected) // Object.is equality',
      },
      { name: 'top <b>', file: 'math.test.js', message: 'Error: boom' },
    ]);
  });

  it('reads a lone <testsuite> root and <error> without attributes', () => {
    const xml =
      '<testsuite><testcase name="a"/><testcase name="b"><error>Boom\nat x</error></testcase></testsuite>';
    expect(parseJunit(xml, 'x.xml')).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      failures: [{ name: 'b', file: null, message: 'Boom' }],
    });
  });

  it('names the file when the XML is broken or not JUnit', () => {
    expect(() => parseJunit('<testsuites><testcase></testsuites>', 'out/junit.xml')).toThrow(InputError);
    expect(() => parseJunit('<testsuites><testcase></testsuites>', 'out/junit.xml')).toThrow(
      /^JUnit file out\/junit\.xml is not valid XML \(line 1: .+\)/,
    );
    expect(() => parseJunit('<coverage lines="1"/>', 'coverage.xml')).toThrow(
      'JUnit file coverage.xml has no <testsuites> or <testsuite> element',
    );
  });
});

describe('readJunitResults', () => {
  it('counts the readable files and lists each unreadable one once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'covgate-junit-'));
    try {
      writeFileSync(join(dir, 'a.xml'), '<testsuite><testcase name="a"/><testcase name="b"/></testsuite>');
      writeFileSync(join(dir, 'b.xml'), '<!DOCTYPE x [<!ELEMENT>]><testsuites/>');
      writeFileSync(join(dir, 'c.xml'), '<testsuites><testcase>');
      const reading = await readJunitResults(['*.xml'], { cwd: dir });
      expect(reading.results).toEqual({ passed: 2, failed: 0, skipped: 0, failures: [] });
      expect(reading.problems).toHaveLength(2);
      expect(reading.problems[0]).toMatch(new RegExp(`^JUnit file ${dir}/b\\.xml cannot be read`));
      expect(reading.problems[1]).toMatch(new RegExp(`^JUnit file ${dir}/c\\.xml is not valid XML`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mergeTestResults', () => {
  it('adds counts and keeps failures in order', () => {
    const a = { passed: 1, failed: 1, skipped: 0, failures: [{ name: 'a', file: null, message: 'x' }] };
    const b = { passed: 2, failed: 1, skipped: 3, failures: [{ name: 'b', file: 'f', message: 'y' }] };
    expect(mergeTestResults([a, b])).toEqual({
      passed: 3,
      failed: 2,
      skipped: 3,
      failures: [a.failures[0], b.failures[0]],
    });
  });
});
