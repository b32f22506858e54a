/**
 * The part of a JUnit XML document that test counting reads, in one streaming pass with saxes
 * (the strict, non-validating SAX parser the Cobertura reader also uses): any well-formedness error
 * stops it and names its line. No object tree is built: element names such as `__proto__` stay
 * plain strings, and each case is handed on as soon as its end tag is read.
 *
 * Entities: only XML's five and character references are expanded. A DOCTYPE with an internal
 * subset (`[<!ENTITY …>]`) is refused before any entity is used, so no entity is ever declared,
 * expanded or fetched: there is no external entity and no expansion to bound.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { decodeRange } from '../coverage/xml-text.js';
import { InputError } from '../errors.js';

/** Attributes of one element, without prototype (saxes' record). */
export type JunitAttributes = Record<string, string>;

/** A `<failure>`, `<error>` or `<skipped>` child of a test case. */
export interface JunitOutcome {
  attributes: JunitAttributes;
  /** Its own text and CDATA, in order (not its children's), as written. */
  text: string;
}

/** One `<testcase>` whose ancestors are all `<testsuites>`/`<testsuite>`, in document order. */
export interface JunitCase {
  attributes: JunitAttributes;
  /** The first child of each kind, or null. */
  failure: JunitOutcome | null;
  error: JunitOutcome | null;
  skipped: JunitOutcome | null;
}

const SUITES = new Set(['testsuites', 'testsuite']);
const OUTCOMES = new Set(['failure', 'error', 'skipped']);

/** Where the open elements are, relative to the test case being read. */
interface Cursor {
  /** Depth of the open elements; 1 is the root. */
  depth: number;
  /** Depth of the innermost element up to which every ancestor is a suite (0: none). */
  suites: number;
  current: JunitCase | null;
  caseDepth: number;
  outcome: JunitOutcome | null;
}

/**
 * Streams `xml` and calls `onCase` for each counted test case (after its end tag). Returns the
 * root element's name. Throws an InputError naming `source` when the XML is not well-formed or
 * has a DOCTYPE with an internal subset.
 */
export function scanJunitXml(xml: string, source: string, onCase: (c: JunitCase) => void): string {
  const parser = new SaxesParser();
  const at: Cursor = { depth: 0, suites: 0, current: null, caseDepth: 0, outcome: null };
  let root = '';
  let tagStart = 0;
  parser.on('error', (error) => {
    const msg = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    throw new InputError(
      `JUnit file ${source} is not valid XML (line ${parser.line}: ${msg}); check the reporter's output file in junit-files`,
    );
  });
  parser.on('doctype', (doctype) => {
    if (hasInternalSubset(doctype)) {
      throw new InputError(
        `JUnit file ${source} cannot be read (its DOCTYPE declares an internal subset, and covgate expands no DTD entities); check the reporter's output file in junit-files`,
      );
    }
  });
  // saxes reports a tag once its name ends (one character later) and again after its `>`.
  parser.on('opentagstart', () => (tagStart = parser.position - 1));
  parser.on('opentag', (tag) => {
    if (at.depth === 0) root = tag.name;
    at.depth += 1;
    openElement(at, tag, () => rawAttributes(xml, tagStart, parser.position, tag.attributes));
  });
  parser.on('text', (text) => addText(at, text));
  parser.on('cdata', (text) => addText(at, text));
  parser.on('closetag', () => {
    if (at.current !== null && at.depth === at.caseDepth) {
      onCase(at.current);
      at.current = null;
    }
    if (at.outcome !== null && at.depth === at.caseDepth + 1) at.outcome = null;
    if (at.suites === at.depth) at.suites -= 1;
    at.depth -= 1;
  });
  parser.write(xml).close();
  return root;
}

function openElement(at: Cursor, tag: SaxesTagPlain, attributes: () => JunitAttributes): void {
  const { name } = tag;
  if (at.suites === at.depth - 1 && at.current === null) {
    if (SUITES.has(name)) at.suites = at.depth;
    else if (name === 'testcase') {
      at.current = { attributes: attributes(), failure: null, error: null, skipped: null };
      at.caseDepth = at.depth;
    }
    return;
  }
  if (at.current === null || at.depth !== at.caseDepth + 1 || !OUTCOMES.has(name)) return;
  const kind = name as 'failure' | 'error' | 'skipped';
  if (at.current[kind] !== null) return; // only the first of each kind is read
  at.outcome = { attributes: attributes(), text: '' };
  at.current[kind] = at.outcome;
}

function addText(at: Cursor, text: string): void {
  // Only the outcome's own text: a child element's text is not part of it.
  if (at.outcome !== null && at.depth === at.caseDepth + 1) at.outcome.text += text;
}

/**
 * The tag's attributes with line breaks and tabs as written. XML turns a literal line break in an
 * attribute value into a space, but Vitest writes multi-line messages in `message="…"` and the
 * first line is the message; a character reference (`&#10;`, pytest's way) is a line break either way.
 * Only a tag with such a character between `start` and `end` is read again from the text, which
 * saxes has already checked to be a well-formed tag.
 */
function rawAttributes(xml: string, start: number, end: number, parsed: JunitAttributes): JunitAttributes {
  let plain = true;
  for (let i = start; i < end && plain; i++) {
    const c = xml.charCodeAt(i);
    plain = c !== 10 && c !== 13 && c !== 9;
  }
  if (plain) return parsed;
  const out: JunitAttributes = Object.create(null) as JunitAttributes;
  // Sticky: one attribute after the other from the end of the name, never a search ahead.
  const pattern = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  pattern.lastIndex = start;
  for (let m = pattern.exec(xml); m !== null && m.index < end; m = pattern.exec(xml)) {
    const value = m[2] ?? m[3] ?? '';
    const valueStart = m.index + m[0].length - 1 - value.length;
    out[m[1]!] = decodeRange(xml, valueStart, valueStart + value.length, 'text');
  }
  return out;
}

/** Whether a DOCTYPE's text (between `<!DOCTYPE` and `>`) has `[…]` outside its quoted ids. */
function hasInternalSubset(doctype: string): boolean {
  return doctype.replace(/"[^"]*"|'[^']*'/g, '').includes('[');
}
