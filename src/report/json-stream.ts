/**
 * `JSON.stringify(value, null, 2) + '\n'`, written in pieces: the top-level object and the arrays
 * and objects directly in it are taken apart, everything below is stringified a few dozen items
 * at a time. A report of 10,000 files is then never one 20 MB string (plus its escaped copy and its
 * encoded copy) at once (bench/coverage-read.mjs), and one of a million files never a 270 MB one.
 * Pieces are batched so the writer sees few, large writes.
 *
 * An optional `transform` rewrites every string value (not keys), as the replacer
 * `(key, value) => typeof value === 'string' ? transform(value) : value` would: report.json is
 * redacted so.
 */

const BATCH = 1 << 16;
/**
 * Array items stringified per JSON.stringify call: enough to make the calls few, few enough that the
 * text stays well under 128 kB (a longer string is allocated with the long-lived objects and stays
 * there, garbage, until a full collection).
 */
const ITEMS_PER_CALL = 32;

/** Rewrites a string value. */
export type StringTransform = (text: string) => string;

/** True for what JSON.stringify takes apart itself: plain arrays and objects without toJSON. */
function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** The replacer of `transform`, for JSON.stringify. */
function replacerOf(
  transform: StringTransform | undefined,
): ((key: string, value: unknown) => unknown) | undefined {
  return transform === undefined
    ? undefined
    : (_key, value) => (typeof value === 'string' ? transform(value) : value);
}

/** The value JSON.stringify writes for `value` under `key`: its toJSON result, transformed if a string. */
function resolve(key: string, value: unknown, transform: StringTransform | undefined): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  const own = typeof toJSON === 'function' ? (toJSON as (k: string) => unknown).call(value, key) : value;
  return transform !== undefined && typeof own === 'string' ? transform(own) : own;
}

/** JSON.stringify's text of a resolved value at nesting `indent`; undefined where it would skip it. */
function leaf(value: unknown, indent: string, transform: StringTransform | undefined): string | undefined {
  // A primitive is resolved already; a container's members are transformed by the replacer.
  const text = JSON.stringify(value, isContainer(value) ? replacerOf(transform) : undefined, 2) as
    string | undefined;
  return text === undefined || indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

/**
 * `items` (of an array whose own brackets are at `indent`) in one JSON.stringify call, separated and
 * indented as in the whole text: wrapped in one array per level above, so that JSON.stringify
 * indents them itself, and unwrapped.
 */
function itemsText(items: unknown[], indent: string, transform: StringTransform | undefined): string {
  const levels = indent.length / 2 + 1;
  let wrapped: unknown = items;
  for (let k = 1; k < levels; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, replacerOf(transform), 2);
  let head = '';
  let tail = '';
  for (let k = 0; k < levels; k++) {
    head += `${'  '.repeat(k)}[\n`;
    tail = `\n${'  '.repeat(k)}]${tail}`;
  }
  head += '  '.repeat(levels);
  return text.slice(head.length, text.length - tail.length);
}

function* emit(
  value: unknown,
  indent: string,
  depth: number,
  transform?: StringTransform,
): Generator<string> {
  if (depth >= 2 || !isContainer(value)) {
    yield leaf(value, indent, transform) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield `[\n${inner}`;
    for (let i = 0; i < value.length; i += ITEMS_PER_CALL) {
      if (i > 0) yield `,\n${inner}`;
      const items = value.slice(i, i + ITEMS_PER_CALL);
      if (depth === 0 && items.some(isContainer)) {
        // Items of the top level are taken apart in turn.
        for (const [k, raw] of items.entries()) {
          if (k > 0) yield `,\n${inner}`;
          const item = resolve(String(i + k), raw, transform);
          if (isContainer(item)) yield* emit(item, inner, depth + 1, transform);
          else yield leaf(item, inner, transform) ?? 'null'; // in an array, a skipped value is null
        }
      } else {
        yield itemsText(items, indent, transform);
      }
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = resolve(key, value[key], transform);
    const text = isContainer(item) ? undefined : leaf(item, inner, transform);
    if (!isContainer(item) && text === undefined) continue; // undefined, functions, symbols
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    if (text === undefined) yield* emit(item, inner, depth + 1, transform);
    else yield text;
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * `JSON.stringify(value, null, 2) + '\n'` (string values rewritten by `transform`) in pieces of
 * about 64 kB, made as they are taken. A value JSON.stringify would write as `undefined` (a
 * function) is written as `null`.
 */
export function* jsonPieces(value: unknown, transform?: StringTransform): Generator<string> {
  let pending = '';
  for (const s of emit(resolve('', value, transform), '', 0, transform)) {
    pending += s;
    if (pending.length >= BATCH) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

/** Writes {@link jsonPieces} of `value` to `write`, one piece at a time. */
export function writeJson(value: unknown, write: (s: string) => void, transform?: StringTransform): void {
  for (const piece of jsonPieces(value, transform)) write(piece);
}
