import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_ROOT, FIXTURES, JS_PARTS, JS_TOOLS } from '../../test/fixtures/coverage/fixtures.js';
import { readIstanbulStreaming } from './istanbul-stream.js';
import { parseCoverage } from './read.js';

const dir = mkdtempSync(join(tmpdir(), 'covgate-istanbul-stream-'));
let count = 0;
/** Writes `text` (or bytes) to a new temp file and returns its path. */
function file(text: string | Buffer): string {
  const path = join(dir, `report-${count++}.json`);
  writeFileSync(path, text);
  return path;
}

const opts = { root: '/x' };
const stmt = (line: number): object => ({ start: { line, column: 0 }, end: { line, column: 9 } });
const entry = (hits: number[], extra: object = {}): object => ({
  statementMap: Object.fromEntries(hits.map((_, i) => [i, stmt(i + 1)])),
  s: Object.fromEntries(hits.map((h, i) => [i, h])),
  fnMap: {},
  f: {},
  branchMap: {},
  b: {},
  ...extra,
});

/** The streaming result at several chunk sizes, each checked against the whole-text reader. */
function agree(text: string, root = '/x', chunks = [1, 2, 3, 7, 64, 1000, 1 << 22]): void {
  const whole = parseCoverage(text, 'r.json', { root });
  const path = file(text);
  for (const chunk of chunks) {
    const streamed = readIstanbulStreaming(path, 'r.json', { root }, chunk);
    expect(streamed, `chunk ${chunk}`).not.toBeNull();
    expect(streamed!.data).toEqual(whole.data);
    expect(streamed!.dropped).toEqual(whole.dropped);
  }
}

describe('readIstanbulStreaming', () => {
  it('reads every coverage-final.json fixture exactly as the whole-text reader, at any chunk size', async () => {
    const { readFileSync } = await import('node:fs');
    for (const tool of JS_TOOLS) {
      for (const part of JS_PARTS) {
        const text = readFileSync(
          join(FIXTURES, `js-app/reports/${tool}-${part}/coverage-final.json`),
          'utf8',
        );
        agree(text, FAKE_ROOT);
      }
    }
  });

  it('handles escapes, non-ASCII paths, a BOM, blanks and the old { data } wrapper', () => {
    const text =
      '\ufeff \n{ "/x/a\\"q\\\\.js" : ' +
      JSON.stringify(entry([1, 0, 3])) +
      ' ,\n"/x/é \\u00e9.js":' +
      JSON.stringify({ data: entry([0, 2], { path: '/x/é é.js' }) }) +
      ',"/elsewhere/b.js":' +
      JSON.stringify(entry([5])) +
      ' }\n\n';
    // The `{` must be in the first read (a BOM and blanks take 5 bytes here, the `{` a sixth); then any chunk size.
    agree(text, '/x', [6, 7, 64, 1000]);
    agree(text.slice(3));
    const names = [...readIstanbulStreaming(file(text), 'r.json', opts)!.data.files.keys()];
    expect(names).toEqual(['a"q/.js', 'é é.js']); // a backslash is a Windows separator
  });

  it('leaves to the whole-text reader what it cannot match with certainty', () => {
    const e = JSON.stringify(entry([1]));
    const cases = [
      '[1, 2]', // not an object
      '{}', // no entry: the ordinary reader names the problem
      `{"/x/a.js": ${e}, "/x/a.js": ${e}}`, // duplicate key: JSON.parse keeps the last
      `{"/x/b.js": ${e}, "7": ${e}}`, // an index key: JSON.parse moves it first
      `{"total": {"lines": {}}}`, // a json-summary: the first entry is not file coverage
      `{"/x/a.js": 5}`,
      `{"/x/a.js": ${e},}`, // trailing comma
      `{"/x/a.js" ${e}}`, // missing colon
      `{"/x/a.js": ${e}} x`, // text after the object
      `{"/x/a.js": ${e}`, // truncated
      `{"/x/a.js": {"statementMap": {}, "s": {"0": "x"}, "fnMap": {}, "f": {}, "branchMap": {}, "b": {}}}`,
      `{"/x/a.js": ${e}, "/x/b.js": {"s": 1]}`, // a syntax error inside an entry
    ];
    for (const text of cases) expect(readIstanbulStreaming(file(text), 'r.json', opts, 5), text).toBeNull();
  });

  it('returns null at once for lcov and Cobertura files', () => {
    expect(readIstanbulStreaming(file('TN:\nSF:/x/a.js\nend_of_record\n'), 'r', opts)).toBeNull();
    expect(readIstanbulStreaming(file('<?xml version="1.0"?><coverage/>'), 'r', opts)).toBeNull();
  });
});
