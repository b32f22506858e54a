import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_ROOT, FIXTURES, JS_PARTS, JS_TOOLS } from '../../test/fixtures/coverage/fixtures.js';
import { readLcovStreaming } from './lcov-stream.js';
import { parseCoverage } from './read.js';

const dir = mkdtempSync(join(tmpdir(), 'covgate-lcov-stream-'));
let count = 0;
/** Writes `text` to a new temp file and returns its path. */
function file(text: string): string {
  const path = join(dir, `lcov-${count++}.info`);
  writeFileSync(path, text);
  return path;
}

const CHUNKS = [1, 2, 3, 7, 64, 1000, 1 << 22];

/** The streamed result at several chunk sizes, each equal to the whole-text reader's. */
function agree(text: string, root = '/x'): void {
  const whole = parseCoverage(text, 'lcov.info', { root });
  const path = file(text);
  for (const chunk of CHUNKS) {
    const streamed = readLcovStreaming(path, 'lcov.info', { root }, chunk);
    expect(streamed, `chunk ${chunk}`).not.toBeNull();
    expect(streamed!.data, `chunk ${chunk}`).toEqual(whole.data);
    expect(streamed!.dropped).toEqual(whole.dropped);
  }
}

/** The message the whole-text reader throws for `text`. */
function wholeError(text: string): string {
  try {
    parseCoverage(text, 'lcov.info', { root: '/x' });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('readLcovStreaming', () => {
  it('reads every lcov.info fixture exactly as the whole-text reader, at any chunk size', () => {
    for (const tool of JS_TOOLS) {
      for (const part of JS_PARTS) {
        agree(readFileSync(join(FIXTURES, `js-app/reports/${tool}-${part}/lcov.info`), 'utf8'), FAKE_ROOT);
      }
    }
  });

  it('handles a BOM, CRLF, blank lines, non-ASCII paths, a missing last line end and a file listed twice', () => {
    agree(
      '\ufeff\r\nTN:\r\nSF:/x/é ü.js\r\nFN:1,f\r\nFNDA:2,f\r\nDA:1,1\r\nBRDA:1,0,0,1\r\nBRDA:1,0,1,-\r\n' +
        'end_of_record\r\n\r\nSF:/x/b.js\nDA:2,0\nend_of_record\nSF:/x/é ü.js\nDA:1,2\nDA:3,0\nend_of_record',
    );
  });

  it('fails with the whole-text reader’s message, line number included', () => {
    for (const text of [
      'SF:a.js\nDA:1,1\nDA:x,1\nend_of_record\n',
      'SF:a.js\nDA:1,1\n',
      'TN:\n\nSF:a.js\nend_of_record\nDA:1,1\n',
    ]) {
      const path = file(text);
      const message = wholeError(text);
      expect(message).toMatch(/^lcov\.info:\d+: /);
      for (const chunk of CHUNKS) {
        expect(() => readLcovStreaming(path, 'lcov.info', { root: '/x' }, chunk)).toThrow(message);
      }
    }
  });

  it('leaves what does not start like lcov to the ordinary reader', () => {
    for (const text of ['', '  \n\n', '{"a": 1}', '<coverage/>', 'hello\nSF:a.js\n']) {
      expect(readLcovStreaming(file(text), 'lcov.info', { root: '/x' }, 3)).toBeNull();
    }
  });
});
