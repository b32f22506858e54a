/**
 * `JSON.stringify(value, replacer, 2) + '\n'`, written in pieces: the top-level object and the
 * arrays and objects directly in it are taken apart, everything below is stringified per item. A
 * report of 10,000 files is then never one 20 MB string (plus its escaped copy and its encoded copy)
 * at once (bench/coverage-read.mjs), and one of a million files never a 270 MB one. Pieces are
 * batched so the writer sees few, large writes.
 */

const BATCH = 1 << 16;

type Write = (s: string) => void;

/** JSON.stringify's replacer function: called with the holder as `this`, the key and the value. */
export type JsonReplacer = (this: unknown, key: string, value: unknown) => unknown;

/** True for what JSON.stringify takes apart itself: plain arrays and objects without toJSON. */
function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * The value JSON.stringify writes for `holder[key]`: its toJSON result, then the replacer's.
 * `value` is `holder[key]`, read once by the caller.
 */
function resolve(holder: unknown, key: string, value: unknown, replacer: JsonReplacer | undefined): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  const own = typeof toJSON === 'function' ? (toJSON as (k: string) => unknown).call(value, key) : value;
  return replacer === undefined ? own : replacer.call(holder, key, own);
}

/**
 * JSON.stringify's text of an already resolved value at nesting `indent`; undefined where it would
 * skip the value. The replacer sees the value's own members, not the value again.
 */
function leaf(value: unknown, indent: string, replacer: JsonReplacer | undefined): string | undefined {
  let root = true;
  const inner =
    replacer === undefined
      ? undefined
      : function (this: unknown, key: string, v: unknown): unknown {
          if (root) {
            root = false; // the value itself, resolved by the caller
            return v;
          }
          return replacer.call(this, key, v);
        };
  const text = JSON.stringify(value, inner, 2) as string | undefined;
  return text === undefined || indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function* emit(value: unknown, indent: string, depth: number, replacer?: JsonReplacer): Generator<string> {
  if (depth >= 2 || !isContainer(value)) {
    yield leaf(value, indent, replacer) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item = resolve(value, String(i), value[i], replacer);
      yield `${i === 0 ? '' : ','}\n${inner}`;
      // In an array, what JSON.stringify skips in an object is written as null.
      if (isContainer(item)) yield* emit(item, inner, depth + 1, replacer);
      else yield leaf(item, inner, replacer) ?? 'null';
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = resolve(value, key, value[key], replacer);
    const text = isContainer(item) ? undefined : leaf(item, inner, replacer);
    if (!isContainer(item) && text === undefined) continue; // undefined, functions, symbols
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    if (text === undefined) yield* emit(item, inner, depth + 1, replacer);
    else yield text;
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * `JSON.stringify(value, replacer, 2) + '\n'` in pieces of about 64 kB, made as they are taken. A
 * value JSON.stringify would write as `undefined` (a function) is written as `null`.
 */
export function* jsonPieces(value: unknown, replacer?: JsonReplacer): Generator<string> {
  let pending = '';
  for (const s of emit(resolve({ '': value }, '', value, replacer), '', 0, replacer)) {
    pending += s;
    if (pending.length >= BATCH) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

/** Writes {@link jsonPieces} of `value` to `write`, one piece at a time. */
export function writeJson(value: unknown, write: Write, replacer?: JsonReplacer): void {
  for (const piece of jsonPieces(value, replacer)) write(piece);
}
