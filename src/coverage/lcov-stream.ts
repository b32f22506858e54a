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
import { firstLine, isLcovStart, SNIFFED_CHARS } from './one-count.js';
import type { ParsedCoverage, ReadOptions } from './read.js';

/**
 * 64 kB: the chunk's text then stays a small object that dies young; strings of 128 kB and more are
 * allocated with the long-lived objects and stay there, garbage, until a full collection.
 */
const CHUNK = 1 << 16;
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
    while (n > 0 && text.length < SNIFFED_CHARS) readMore();
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // parseCoverage's own test, so that both read the same files as lcov.
    if (!isLcovStart(firstLine(text))) return null;
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
