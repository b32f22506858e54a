/**
 * `JSON.stringify(value, null, 2) + '\n'`, written in pieces: the top-level object and the arrays
 * and objects directly in it are taken apart, everything below is stringified per item. A report of
 * 10,000 files is then never one 20 MB string (plus its escaped copy and its encoded copy) at once
 * (bench/coverage-read.mjs). Pieces are batched so the writer sees few, large writes.
 */

const BATCH = 1 << 16;

type Write = (s: string) => void;

/** True for what JSON.stringify takes apart itself: plain arrays and objects without toJSON. */
function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** JSON.stringify's text of `value` at nesting `indent`; undefined where it would skip the value. */
function leaf(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function emit(value: unknown, indent: string, depth: number, write: Write): void {
  if (depth >= 2 || !isContainer(value)) {
    write(leaf(value, indent) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return write('[]');
    write('[');
    value.forEach((item, i) => {
      write(`${i === 0 ? '' : ','}\n${inner}`);
      // In an array, what JSON.stringify skips in an object is written as null.
      if (isContainer(item)) emit(item, inner, depth + 1, write);
      else write(leaf(item, inner) ?? 'null');
    });
    write(`\n${indent}]`);
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const text = isContainer(item) ? undefined : leaf(item, inner);
    if (!isContainer(item) && text === undefined) continue; // undefined, functions, symbols
    write(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    if (text === undefined) emit(item, inner, depth + 1, write);
    else write(text);
  }
  write(first ? '{}' : `\n${indent}}`);
}

/** Writes `JSON.stringify(value, null, 2) + '\n'` to `write` in batches of about 64 kB. */
export function writeJson(value: unknown, write: Write): void {
  let pending = '';
  emit(value, '', 0, (s) => {
    pending += s;
    if (pending.length >= BATCH) {
      write(pending);
      pending = '';
    }
  });
  write(`${pending}\n`);
}
