/**
 * Reads a big lcov tracefile in chunks of whole lines instead of as one text: a 1,000,000-file
 * `lcov.info` (51 MB) is then never a 51 MB buffer plus a 51 MB string, only the 64 kB at hand and
 * the model. The lines go through the same reader as the whole text (lcov.ts), so the result and
 * every message equal `parseCoverage`'s. A file that does not start like lcov returns `null`: the
 * ordinary reader decides what it is (and says what is wrong with it).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createLcovReader } from './lcov.js';
import type { ParsedCoverage, ReadOptions } from './read.js';

/**
 * 64 kB: the chunk's text then stays a small object that dies young; strings of 128 kB and more are
 * allocated with the long-lived objects and stay there, garbage, until a full collection.
 */
const CHUNK = 1 << 16;
/** How parseCoverage tells lcov: its first non-blank line (in the first 4 KB) starts so. */
const LCOV_START = ['TN:', 'SF:', 'VER:'];
/** Characters read before the format is told, as many as parseCoverage looks at. */
const SNIFFED = 4096;

/** True when parseCoverage would read `start` (the first chunk, without a BOM) as lcov. */
function looksLikeLcov(start: string): boolean {
  const line = start
    .slice(0, SNIFFED)
    .split('\n')
    .find((l) => l.trim() !== '');
  return line !== undefined && LCOV_START.some((p) => line.trim().startsWith(p));
}

/**
 * Reads `file` as an lcov tracefile chunk by chunk; `null` when it does not start like one. Throws
 * CoverageFormatError as readLcov does. `source` names the file in messages.
 */
export function readLcovStreaming(
  file: string,
  source: string,
  opts: ReadOptions,
  chunkSize = CHUNK,
): ParsedCoverage | null {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(chunkSize);
    const decoder = new StringDecoder('utf8');
    let n = 1;
    let text = '';
    const readMore = (): void => {
      n = readSync(fd, buffer, 0, chunkSize, null);
      text += n > 0 ? decoder.write(buffer.subarray(0, n)) : decoder.end();
    };
    while (n > 0 && text.length < SNIFFED) readMore();
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!looksLikeLcov(text)) return null;
    const reader = createLcovReader(source, opts);
    for (;;) {
      // Whole lines to the reader; the unfinished last one waits for the next chunk.
      const cut = text.lastIndexOf('\n') + 1;
      if (cut > 0) {
        reader.read(text.slice(0, cut));
        text = text.slice(cut);
      }
      if (n === 0) break;
      readMore();
    }
    if (text !== '') reader.read(text);
    return reader.finish();
  } finally {
    closeSync(fd);
  }
}
