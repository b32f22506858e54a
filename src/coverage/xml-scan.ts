/**
 * A small, fast XML tokenizer for the plain XML that coverage tools write. It walks the string
 * with `charCodeAt` and gives up (returns false) on anything it does not handle with certainty,
 * so that the caller can hand the text to a strict parser that reports the exact problem.
 *
 * Handled: the BOM, an XML 1.0 declaration at the start, one `<!DOCTYPE>` without internal subset
 * before the root, comments, processing instructions, CDATA, elements with `"`/`'`-quoted
 * attributes, the five predefined entities and character references. Line ends are normalised as
 * XML says (`\r\n` and `\r` become `\n` in text; `\t`, `\n`, `\r\n`, `\r` become a space in
 * attribute values). Names must be ASCII. Every character is checked against XML 1.0's `Char`;
 * one outside the BMP (a surrogate pair) makes it give up too. So does anything else — a
 * mismatched or unclosed tag, a duplicate or unquoted attribute, `<` in a value, an unknown entity,
 * a second root, text outside the root, an `<?xml...` target anywhere but at the start.
 *
 * It never uses a regular expression per element (only for the declaration, and per PI).
 */
import { AttributeSpans, checkEntity, decodeRange } from './xml-text.js';

import type { AttributeReader } from './xml-text.js';

export type { AttributeReader } from './xml-text.js';

/** Receives the elements and wanted text of a document, in order. */
export interface XmlHandler {
  /** An element starts; `attrs` is valid only during the call. */
  open(name: string, attrs: AttributeReader): void;
  /** The innermost open element ends. */
  close(): void;
  /** Whether text at the current place is wanted; other text is checked but never decoded. */
  wantsText(): boolean;
  /** Decoded character data (text or CDATA) at a place where {@link XmlHandler.wantsText} said yes. */
  text(value: string): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUAL = 61;
const QUOT = 34;
const APOS = 39;
const AMP = 38;
const CLOSE_BRACKET = 93;

// Classes of the ASCII characters: one table look-up instead of several comparisons each.
const NAME_START = 1;
const NAME = 2;
const SPACE = 4;
const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let k = 0;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58) k |= NAME_START | NAME;
  if ((c >= 48 && c <= 57) || c === 45 || c === 46) k |= NAME;
  if (c === 32 || c === 10 || c === 9 || c === 13) k |= SPACE;
  CLASSES[c] = k;
}
const is = (c: number, k: number): boolean => c < 128 && (CLASSES[c]! & k) !== 0;

/**
 * Whether a UTF-16 unit is outside XML 1.0's `Char` or a surrogate: a character outside the BMP,
 * rare in coverage reports, thus leaves the document to the strict parser.
 */
const isOdd = (c: number): boolean =>
  c < 32 ? c !== 9 && c !== 10 && c !== 13 : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe);

/** Whether [start, end) holds an odd character (see isOdd); for the rare comments and PIs. */
function hasOdd(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isOdd(xml.charCodeAt(i))) return true;
  return false;
}

const XML_DECL =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;

function isSameText(xml: string, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (xml.charCodeAt(at + k) !== text.charCodeAt(k)) return false;
  return true;
}

/** Element names seen so far, so that each name is sliced once per document. */
class NameCache {
  private readonly names: string[] = [];
  /** The name found last: most elements are siblings with the same name. */
  private last = '';
  constructor(private readonly xml: string) {}

  get(start: number, end: number): string {
    const { xml, last } = this;
    const len = end - start;
    if (last.length === len && isSameText(xml, start, last)) return last;
    for (const name of this.names) {
      if (name.length === len && isSameText(xml, start, name)) return (this.last = name);
    }
    // Internalised (as a property key is), so that comparing it with a literal is cheap.
    const name = Object.keys({ [xml.slice(start, end)]: 0 })[0]!;
    if (this.names.length < 64) this.names.push(name);
    return (this.last = name);
  }
}

/** One pass over a document; every method returns the index after what it read, or -1. */
class Scanner {
  readonly n: number;
  readonly names: NameCache;
  readonly attrs: AttributeSpans;
  readonly stack: string[] = [];
  sawRoot = false;
  sawDoctype = false;
  /** Where the name of the last start tag read ends. */
  nameEnd = 0;
  /** Whether the last start tag read was `<name .../>`. */
  selfClosing = false;
  constructor(
    readonly xml: string,
    readonly handler: XmlHandler,
  ) {
    this.n = xml.length;
    this.names = new NameCache(xml);
    this.attrs = new AttributeSpans(xml);
  }

  /** Character data from `i` up to the next `<` (or the end); outside the root only whitespace. */
  text(i: number): number {
    const { xml, n } = this;
    const outside = this.stack.length === 0;
    for (; i < n; i++) {
      const c = xml.charCodeAt(i);
      if (c === LT) break;
      if (c === AMP) {
        i = outside ? -1 : checkEntity(xml, i) - 1;
        if (i < 0) return -1;
      } else if (c === CLOSE_BRACKET) {
        if (outside || xml.startsWith(']]>', i)) return -1;
      } else if (outside ? !is(c, SPACE) : isOdd(c)) return -1;
    }
    return i;
  }

  /** A start tag whose `<` is at `i`; its attributes go to `this.attrs`. */
  startTag(i: number): number {
    const { xml, n, attrs } = this;
    let j = i + 2;
    while (j < n && is(xml.charCodeAt(j), NAME)) j++;
    this.nameEnd = j;
    attrs.reset();
    let spaced = false;
    for (;;) {
      if (j >= n) return -1;
      const c = xml.charCodeAt(j);
      if (is(c, SPACE)) {
        spaced = true;
        j++;
        continue;
      }
      if (c === GT) {
        this.selfClosing = false;
        return j + 1;
      }
      if (c === SLASH) {
        this.selfClosing = true;
        return xml.charCodeAt(j + 1) === GT ? j + 2 : -1;
      }
      if (!spaced || !is(c, NAME_START)) return -1;
      const nameStart = j++;
      while (j < n && is(xml.charCodeAt(j), NAME)) j++;
      const nameEnd = j;
      while (j < n && is(xml.charCodeAt(j), SPACE)) j++;
      if (xml.charCodeAt(j) !== EQUAL) return -1;
      j++;
      while (j < n && is(xml.charCodeAt(j), SPACE)) j++;
      const q = xml.charCodeAt(j);
      if (q !== QUOT && q !== APOS) return -1;
      const valueStart = ++j;
      // Entities are decoded, and tabs and line ends become spaces, only when the value has any.
      let special = false;
      for (; ; j++) {
        if (j >= n) return -1;
        const c = xml.charCodeAt(j);
        if (c === q) break;
        if (c >= 32 && c < 0xd800 && c !== LT && c !== AMP) continue;
        if (c === LT || isOdd(c)) return -1;
        special = true;
        if (c === AMP) {
          j = checkEntity(xml, j) - 1;
          if (j < 0) return -1;
        }
      }
      if (!attrs.add(nameStart, nameEnd, valueStart, j, special)) return -1;
      j++;
      spaced = false;
    }
  }

  /** An end tag whose `<` is at `i`: it must close the innermost open element. */
  endTag(i: number): number {
    const { xml, n } = this;
    const name = this.stack.pop();
    if (name === undefined || !isSameText(xml, i + 2, name)) return -1;
    let j = i + 2 + name.length;
    while (j < n && is(xml.charCodeAt(j), SPACE)) j++;
    return xml.charCodeAt(j) === GT ? j + 1 : -1;
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE` at `i`. */
  bang(i: number): number {
    const { xml, n } = this;
    if (xml.startsWith('<!--', i)) {
      // No `--` inside (this also rules out `--->`): the first `--` must start `-->`.
      const end = xml.indexOf('-->', i + 4);
      return end < 0 || xml.indexOf('--', i + 4) !== end || hasOdd(xml, i + 4, end) ? -1 : end + 3;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (this.stack.length === 0 || end < 0 || hasOdd(xml, i + 9, end)) return -1;
      if (this.handler.wantsText()) this.handler.text(decodeRange(xml, i + 9, end, 'cdata'));
      return end + 3;
    }
    if (!xml.startsWith('<!DOCTYPE', i) || !is(xml.charCodeAt(i + 9), SPACE)) return -1;
    if (this.sawRoot || this.sawDoctype) return -1;
    this.sawDoctype = true;
    let q = 0;
    for (let j = i + 10; j < n; j++) {
      const c = xml.charCodeAt(j);
      if (q !== 0) {
        if (c === q) q = 0;
      } else if (c === QUOT || c === APOS) q = c;
      else if (c === GT) return j + 1;
      else if (c === 91 || c === LT) return -1; // an internal subset, or not certain
      if (isOdd(c)) return -1;
    }
    return -1;
  }

  /** A processing instruction at `i`; a target starting with "xml" is reserved: not certain. */
  instruction(i: number): number {
    const { xml, n } = this;
    let j = i + 2;
    if (!is(xml.charCodeAt(j), NAME_START) || /^xml/i.test(xml.slice(j, j + 3))) return -1;
    while (j < n && is(xml.charCodeAt(j), NAME)) j++;
    const end = xml.indexOf('?>', j);
    return end < 0 || (end > j && !is(xml.charCodeAt(j), SPACE)) || hasOdd(xml, j, end) ? -1 : end + 2;
  }

  /** The whole document; false when not certain. */
  run(): boolean {
    const { xml, n, stack, handler } = this;
    let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (xml.startsWith('<?xml', i)) {
      XML_DECL.lastIndex = i;
      if (!XML_DECL.test(xml)) return false;
      i = XML_DECL.lastIndex;
    }
    while (i < n) {
      if (xml.charCodeAt(i) !== LT) {
        const start = i;
        i = this.text(i);
        if (i < 0) return false;
        if (stack.length > 0 && handler.wantsText()) handler.text(decodeRange(xml, start, i, 'text'));
        if (i >= n) break;
      }
      const c1 = xml.charCodeAt(i + 1);
      if (is(c1, NAME_START)) {
        if (this.sawRoot && stack.length === 0) return false;
        const end = this.startTag(i);
        if (end < 0) return false;
        this.sawRoot = true;
        const name = this.names.get(i + 1, this.nameEnd);
        handler.open(name, this.attrs);
        if (this.selfClosing) handler.close();
        else stack.push(name);
        i = end;
      } else if (c1 === SLASH) {
        i = this.endTag(i);
        if (i < 0) return false;
        handler.close();
      } else {
        i = c1 === BANG ? this.bang(i) : c1 === QUESTION ? this.instruction(i) : -1;
        if (i < 0) return false;
      }
    }
    return this.sawRoot && stack.length === 0;
  }
}

/**
 * Scans `xml`, reporting elements and wanted text to `handler`. Returns false — possibly after
 * some events were reported — when the document holds anything this scanner does not handle
 * with certainty; the caller must then discard what it built and use a strict parser.
 */
export function scanXml(xml: string, handler: XmlHandler): boolean {
  return new Scanner(xml, handler).run();
}
