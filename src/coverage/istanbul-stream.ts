/**
 * Reads a big istanbul `coverage-final.json` without one `JSON.parse` of the whole file: the file
 * is read in chunks, a byte scanner finds where each top-level entry's object starts and ends, and
 * each entry alone is parsed and folded into the model. Peak memory is one chunk, one entry and the
 * model, instead of the whole text plus its whole object tree (bench/coverage-read.mjs).
 *
 * The result must equal `parseCoverage` on the whole text, so anything this scanner does not handle
 * with certainty — not an object of objects, duplicate or integer-like keys (JSON.parse would order
 * or merge those differently), a first entry that is not istanbul file coverage, any syntax error —
 * returns `null` and the caller reads the file the ordinary way, whose messages stay the only ones.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { CoverageFormatError } from '../errors.js';
import { isIstanbulFile, readIstanbulEntry } from './istanbul.js';
import type { FileCoverage } from './model.js';
import { toCoverageData } from './merge.js';
import { createRepoPathResolver } from './paths.js';
import type { ParsedCoverage, ReadOptions } from './read.js';

const CHUNK = 1 << 22;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
// A key JSON.parse would move to the front of the object (an array index).
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;

/** What may come next at depth 1 (between the entries). */
const enum Expect {
  FirstKeyOrEnd,
  Colon,
  Value,
  CommaOrEnd,
  Key,
}

const isBlank = (c: number | undefined): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Offset of the `{` the file starts with (after a BOM and blanks), or null. */
function objectStart(buf: Buffer, n: number): number | null {
  let i = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  while (i < n && isBlank(buf[i])) i++;
  return i < n && buf[i] === OPEN ? i : null;
}

/**
 * Reads `file` as istanbul coverage-final.json entry by entry; `null` when the ordinary reader
 * must decide (see the file comment). `source` names the file in messages.
 */
export function readIstanbulStreaming(
  file: string,
  source: string,
  opts: ReadOptions,
  chunkSize = CHUNK,
): ParsedCoverage | null {
  const fd = openSync(file, 'r');
  try {
    return scanFile(fd, source, opts, chunkSize);
  } catch (error) {
    // An entry the reader rejects: the ordinary reader decides which problem to report first.
    if (error instanceof CoverageFormatError) return null;
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** The scan proper: one pass over the bytes, one `JSON.parse` per entry; reads of `chunkSize` bytes. */
function scanFile(fd: number, source: string, opts: ReadOptions, chunkSize: number): ParsedCoverage | null {
  const files = new Map<string, FileCoverage>();
  const dropped: string[] = [];
  const keys = new Set<string>();
  const toRepoPath = createRepoPathResolver(opts);
  let first = true;
  // One buffer for the whole file: an unfinished key or entry moves to its front and the next read
  // goes after it (it grows only for an entry longer than a chunk), so reading allocates nothing.
  let work = Buffer.allocUnsafe(2 * chunkSize);
  let n = readSync(fd, work, 0, chunkSize, null);
  const start = objectStart(work, n);
  if (start === null) return null;
  let buf = work.subarray(start + 1, n);
  let depth = 1;
  let inString = false;
  let expect = Expect.FirstKeyOrEnd;
  // Where the current key string or entry object began in `buf` (-1: none), and the last key.
  let mark = -1;
  let key = '';
  let i = 0;
  for (;;) {
    const len = buf.length;
    while (i < len) {
      if (inString) {
        const q = buf.indexOf(QUOTE, i);
        if (q < 0) {
          i = len;
          break;
        }
        // The string's opening quote stops this walk, so escapes are counted within the string.
        let b = q - 1;
        while (buf[b] === BACKSLASH) b--;
        i = q + 1;
        if ((q - 1 - b) % 2 === 1) continue;
        inString = false;
        if (depth === 1) {
          const parsed = parseKey(buf, mark, i);
          if (parsed === null || keys.has(parsed) || INDEX_KEY.test(parsed)) return null;
          keys.add(parsed);
          key = parsed;
          mark = -1;
          expect = Expect.Colon;
        }
        continue;
      }
      const c = buf[i];
      if (depth >= 2) {
        if (c === QUOTE) inString = true;
        else if (c === OPEN || c === OPEN_ARRAY) depth++;
        else if (c === CLOSE || c === CLOSE_ARRAY) {
          if (--depth === 1) {
            let entry: unknown;
            try {
              entry = JSON.parse(buf.toString('utf8', mark, i + 1));
            } catch {
              return null;
            }
            if (
              first &&
              !isIstanbulFile(entry) &&
              !isIstanbulFile((entry as { data?: unknown } | null)?.data)
            ) {
              return null;
            }
            first = false;
            readIstanbulEntry(files, dropped, key, entry, source, toRepoPath);
            mark = -1;
            expect = Expect.CommaOrEnd;
          }
        }
      } else if (depth === 1) {
        if (isBlank(c)) {
          // between tokens
        } else if (c === QUOTE && (expect === Expect.FirstKeyOrEnd || expect === Expect.Key)) {
          inString = true;
          mark = i;
        } else if (c === 0x3a && expect === Expect.Colon) expect = Expect.Value;
        else if (c === OPEN && expect === Expect.Value) {
          depth = 2;
          mark = i;
        } else if (c === 0x2c && expect === Expect.CommaOrEnd) expect = Expect.Key;
        else if (c === CLOSE && (expect === Expect.CommaOrEnd || expect === Expect.FirstKeyOrEnd)) depth = 0;
        else return null;
      } else if (!isBlank(c)) return null; // only blanks may follow the top-level object
      i++;
    }
    // Carry the unfinished key or entry over; the scan resumes where it stopped.
    const carried = mark >= 0 ? buf.length - mark : 0;
    if (carried + chunkSize > work.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * work.length, carried + chunkSize));
      buf.copy(bigger, 0, mark);
      work = bigger;
    } else if (carried > 0) {
      buf.copy(work, 0, mark); // copy handles the overlap (memmove)
    }
    n = readSync(fd, work, carried, chunkSize, null);
    if (n === 0) break;
    buf = work.subarray(0, carried + n);
    i = carried;
    if (mark >= 0) mark = 0;
  }
  if (depth !== 0 || first) return null;
  return { data: toCoverageData(files, ['istanbul']), dropped };
}

/** The key string at buf[from..to) (quotes included), or null when JSON.parse rejects it. */
function parseKey(buf: Buffer, from: number, to: number): string | null {
  try {
    const key: unknown = JSON.parse(buf.toString('utf8', from, to));
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}
