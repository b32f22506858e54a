/**
 * Character-level helpers of the XML scanner (xml-scan.ts): XML 1.0 `Char` checks, entity
 * references, decoding of text and attribute values, and the attributes of the current tag kept
 * as positions in the document (a value becomes a string only when asked for).
 */

/** Read access to the attributes of one element, the same for every XML reader. */
export interface AttributeReader {
  /** How many attributes the element has. */
  readonly count: number;
  /** The decoded value, or undefined when absent. */
  get(name: string): string | undefined;
  /** `Number(get(name))`: NaN when absent. */
  getNumber(name: string): number;
  /** All attributes as a record without prototype, in document order. */
  toRecord(): Record<string, string>;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Whether a single UTF-16 unit (not part of a surrogate pair) is outside XML 1.0's `Char`. */
function isBadChar(c: number): boolean {
  if (c < 32) return c !== 9 && c !== 10 && c !== 13;
  return (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff;
}

const isCodePoint = (n: number): boolean =>
  n >= 0x10000 ? n <= 0x10ffff : !isBadChar(n) && !(n >= 0xd800 && n <= 0xdfff);

/** The code point of the character reference `&#...;` whose `#` is at `i`, or -1. */
function readCharRef(xml: string, i: number, end: number): number {
  const hex = xml.charCodeAt(i + 1) === 120; // lowercase x only, as XML says
  const first = hex ? i + 2 : i + 1;
  if (end === first || end - first > (hex ? 6 : 7)) return -1;
  let value = 0;
  for (let k = first; k < end; k++) {
    const c = xml.charCodeAt(k);
    let digit: number;
    if (c >= 48 && c <= 57) digit = c - 48;
    else if (hex && c >= 97 && c <= 102) digit = c - 87;
    else if (hex && c >= 65 && c <= 70) digit = c - 55;
    else return -1;
    value = value * (hex ? 16 : 10) + digit;
  }
  return isCodePoint(value) ? value : -1;
}

/** Index after a well-formed, known entity reference starting with `&` at `i`, or -1. */
export function checkEntity(xml: string, i: number): number {
  const semi = xml.indexOf(';', i + 1);
  if (semi < 0 || semi - i > 12) return -1;
  if (xml.charCodeAt(i + 1) === 35) return readCharRef(xml, i + 1, semi) < 0 ? -1 : semi + 1;
  const name = xml.slice(i + 1, semi);
  return Object.hasOwn(NAMED, name) ? semi + 1 : -1;
}

/**
 * The text of `xml` in [start, end), already checked by the scanner, decoded as character data
 * (`text`), an attribute value (`attribute`) or a CDATA section (`cdata`, no entities).
 */
export function decodeRange(
  xml: string,
  start: number,
  end: number,
  mode: 'text' | 'attribute' | 'cdata',
): string {
  const attribute = mode === 'attribute';
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 38 && mode !== 'cdata') {
      const semi = xml.indexOf(';', i);
      const ref =
        xml.charCodeAt(i + 1) === 35 ? String.fromCodePoint(readCharRef(xml, i + 1, semi)) : undefined;
      out += xml.slice(from, i) + (ref ?? NAMED[xml.slice(i + 1, semi)] ?? '');
      i = semi;
      from = semi + 1;
    } else if (c === 13 || (attribute && (c === 10 || c === 9))) {
      out += xml.slice(from, i) + (attribute ? ' ' : '\n');
      if (c === 13 && xml.charCodeAt(i + 1) === 10 && i + 1 < end) i++;
      from = i + 1;
    }
  }
  return out + xml.slice(from, end);
}

function isSameText(xml: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k)) return false;
  return true;
}

function isSameName(xml: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (xml.charCodeAt(at + k) !== name.charCodeAt(k)) return false;
  return true;
}

/** The attributes of the current tag as positions in the document (5 numbers each). */
export class AttributeSpans implements AttributeReader {
  count = 0;
  private readonly spans: number[] = [];

  constructor(private readonly xml: string) {}

  reset(): void {
    this.count = 0;
  }

  /** Adds one attribute; false when its name is already there (not well-formed). */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, special: boolean): boolean {
    const { spans, xml } = this;
    const len = nameEnd - nameStart;
    for (let k = 0; k < this.count * 5; k += 5) {
      const s = spans[k]!;
      if (spans[k + 1]! - s === len && isSameText(xml, s, nameStart, len)) return false;
    }
    const k = this.count * 5;
    spans[k] = nameStart;
    spans[k + 1] = nameEnd;
    spans[k + 2] = valueStart;
    spans[k + 3] = valueEnd;
    spans[k + 4] = special ? 1 : 0;
    this.count++;
    return true;
  }

  private find(name: string): number {
    const { spans, xml } = this;
    for (let k = 0; k < this.count * 5; k += 5) {
      const s = spans[k]!;
      if (
        spans[k + 1]! - s === name.length &&
        xml.charCodeAt(s) === name.charCodeAt(0) &&
        isSameName(xml, s, name)
      ) {
        return k;
      }
    }
    return -1;
  }

  private value(k: number): string {
    const start = this.spans[k + 2]!;
    const end = this.spans[k + 3]!;
    return this.spans[k + 4] ? decodeRange(this.xml, start, end, 'attribute') : this.xml.slice(start, end);
  }

  get(name: string): string | undefined {
    const k = this.find(name);
    return k < 0 ? undefined : this.value(k);
  }

  getNumber(name: string): number {
    const k = this.find(name);
    if (k < 0) return NaN;
    const start = this.spans[k + 2]!;
    const end = this.spans[k + 3]!;
    // Plain digits are read in place; anything else goes through Number() like the strict path.
    if (this.spans[k + 4] === 0 && end > start && end - start <= 15) {
      let value = 0;
      let i = start;
      for (; i < end; i++) {
        const c = this.xml.charCodeAt(i);
        if (c < 48 || c > 57) break;
        value = value * 10 + (c - 48);
      }
      if (i === end) return value;
    }
    return Number(this.value(k));
  }

  toRecord(): Record<string, string> {
    const record = Object.create(null) as Record<string, string>;
    for (let k = 0; k < this.count * 5; k += 5) {
      record[this.xml.slice(this.spans[k], this.spans[k + 1])] = this.value(k);
    }
    return record;
  }
}
