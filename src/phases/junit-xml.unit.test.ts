import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parseJunit } from './junit.js';
import { scanJunitXml } from './junit-xml.js';

// XML that no reporter writes on a good day: the reading must stay strict (one InputError naming
// the file and the line) and never expand, fetch or build anything from the document's names.

const suite = (cases: string): string => `<testsuites><testsuite>${cases}</testsuite></testsuites>`;

describe('DOCTYPE and entities', () => {
  it.each([
    ['a malformed declaration', '<!DOCTYPE x [<!ELEMENT>]><testsuites/>'],
    ['an unquoted entity', '<!DOCTYPE x [<!ENTITY a aaa>]><testsuites/>'],
    ['an internal entity', '<!DOCTYPE x [<!ENTITY a "foo">]><testsuite><testcase name="&a;"/></testsuite>'],
    [
      'an external entity',
      '<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&a;"/></testsuite>',
    ],
    [
      'nested entities (billion laughs)',
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><testsuite><testcase name="&c;"/></testsuite>',
    ],
    ['a parameter entity', '<!DOCTYPE x [<!ENTITY % p "foo">]><testsuites/>'],
  ])('%s in an internal subset is refused before any entity is used', (_name, xml) => {
    expect(() => parseJunit(xml, 'out/junit.xml')).toThrow(InputError);
    expect(() => parseJunit(xml, 'out/junit.xml')).toThrow(
      "JUnit file out/junit.xml cannot be read (its DOCTYPE declares an internal subset, and covgate expands no DTD entities); check the reporter's output file in junit-files",
    );
  });

  it('reads a DOCTYPE that only names an external DTD, without fetching it', () => {
    const xml = '<!DOCTYPE testsuite SYSTEM "http://127.0.0.1:9/junit.dtd">' + suite('<testcase name="a"/>');
    expect(parseJunit(xml, 'x.xml')).toEqual({ passed: 1, failed: 0, skipped: 0, failures: [] });
  });

  it('expands XML entities and character references, and refuses HTML ones', () => {
    const xml = suite(
      '<testcase name="a &lt;&amp;&gt; &#x41;&#66;&quot;&apos;"><failure message="&#x1F600;"/></testcase>',
    );
    expect(parseJunit(xml, 'x.xml').failures).toEqual([{ name: 'a <&> AB"\'', file: null, message: '😀' }]);
    expect(() => parseJunit(suite('<testcase name="a&nbsp;b"/>'), 'x.xml')).toThrow(
      /^JUnit file x\.xml is not valid XML \(line 1: undefined entity\)/,
    );
  });
});

describe('names are strings, never object keys', () => {
  it('reads __proto__ and constructor elements and attributes as plain names', () => {
    const xml = suite(
      '<__proto__ polluted="1"><testcase name="hidden"/></__proto__>' +
        '<testcase name="a" __proto__="x" constructor="y"><failure message="m"/></testcase>',
    );
    const r = parseJunit(xml, 'x.xml');
    // The case inside <__proto__> is not at a JUnit place, so it does not count.
    expect([r.passed, r.failed]).toEqual([0, 1]);
    expect(r.failures).toEqual([{ name: 'a', file: null, message: 'm' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('what real files carry', () => {
  it('reads a file that starts with a byte order mark and an XML declaration', () => {
    // Positions in the text count the mark and both halves of 😀: the attributes read again from
    // the text (for their line breaks) must still be the right ones.
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n' +
      suite('😀<testcase name="a😀"><failure message="b😀\r\nc"/></testcase><testcase name="d"/>');
    expect(parseJunit(xml, 'x.xml')).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      failures: [{ name: 'a😀', file: null, message: 'b😀' }],
    });
  });

  it('reads CDATA in failure text, alone and mixed with text', () => {
    const xml = suite(
      '<testcase name="a"><failure><![CDATA[Boom <x> & ]] y\nat z]]></failure></testcase>' +
        '<testcase name="b"><failure>  <![CDATA[]]>pre <![CDATA[mid]]> post\nline2</failure></testcase>',
    );
    expect(parseJunit(xml, 'x.xml').failures.map((f) => f.message)).toEqual([
      'Boom <x> & ]] y',
      'pre mid post',
    ]);
  });

  it('keeps the line breaks written in attributes: the first line of a message is the message', () => {
    const xml = suite(
      // Vitest: literal line breaks (XML would read them as spaces); pytest: &#10;; CRLF files.
      '<testcase\n  name="a"\n  classname="t.py"><failure message="boom\nsecond"/></testcase>' +
        '<testcase name="b"><failure message="one&#10;two"/></testcase>' +
        '<testcase name="c" failure="first\r\nsecond\tx"/>' +
        '<testcase name="d&#9;e"><failure message="tab\there"/></testcase>',
    );
    expect(parseJunit(xml, 'x.xml').failures).toEqual([
      { name: 'a', file: 't.py', message: 'boom' },
      { name: 'b', file: null, message: 'one' },
      { name: 'c', file: null, message: 'first' },
      { name: 'd\te', file: null, message: 'tab\there' },
    ]);
  });

  it('reads a huge attribute whole', () => {
    const name = 'n'.repeat(8 * 1024 * 1024);
    const r = parseJunit(suite(`<testcase name="${name}"><failure message="m"/></testcase>`), 'x.xml');
    expect(r.failures[0]?.name.length).toBe(name.length);
  });
});

describe('nesting', () => {
  it('counts cases in nested suites, failures in document order', () => {
    const xml = suite(
      '<testcase name="a"><failure message="1"/></testcase>' +
        '<testsuite><testsuite><testcase name="b"><failure message="2"/></testcase></testsuite></testsuite>' +
        '<testcase name="c"><failure message="3"/></testcase>',
    );
    expect(parseJunit(xml, 'x.xml').failures.map((f) => f.name)).toEqual(['a', 'b', 'c']);
  });

  it('counts only cases whose ancestors are all suites, and only their direct outcomes', () => {
    const xml = suite(
      '<properties><testcase name="in-properties"/></properties>' +
        '<testcase name="outer"><testcase name="inner"><failure/></testcase>' +
        '<testsuite><testcase name="in-case"/></testsuite><system-out><failure/></system-out></testcase>' +
        '<testcase name="first-wins"><error message="e"/><failure message="f">x<b>child</b>y</failure><failure message="g"/></testcase>' +
        '<testcase name="text"><failure>own<b>child\n</b>text\nmore</failure></testcase>',
    );
    expect(parseJunit(xml, 'x.xml')).toEqual({
      passed: 1,
      failed: 2,
      skipped: 0,
      failures: [
        { name: 'first-wins', file: null, message: 'f' },
        { name: 'text', file: null, message: 'owntext' },
      ],
    });
  });

  it('reports cases to the callback with their first outcomes', () => {
    const seen: string[] = [];
    const root = scanJunitXml(
      suite('<testcase name="a"><skipped message="s"/><skipped message="t"/></testcase>'),
      'x',
      (c) => seen.push(`${c.attributes.name}:${c.skipped?.attributes.message}`),
    );
    expect([root, seen]).toEqual(['testsuites', ['a:s']]);
  });
});

describe('XML that is not well-formed', () => {
  it.each([
    ['a second root', '<testsuite/>\n<testsuite/>', 2, 'documents may contain only one root'],
    ['text after the root', '<testsuite/>\ntrailing', 2, 'text data outside of root node'],
    [
      // saxes reads an unterminated `&…` reference to the end of the file, and names where it ended.
      'a raw ampersand',
      '<testsuite>\n<testcase name="a & b"/></testsuite>',
      2,
      'unclosed tag: testsuite',
    ],
    [
      'a raw < in an attribute',
      '<testsuite>\n\n<testcase name="a<b"/></testsuite>',
      3,
      'disallowed character',
    ],
    ['a control character', '<testsuite><testcase name="a\u0001"/></testsuite>', 1, 'disallowed character'],
    ['a truncated file', '<testsuites>\n<testsuite>\n<testcase name="a">', 3, 'unclosed tag: testcase'],
  ])('%s is one InputError naming the file and the line', (_name, xml, line, reason) => {
    expect(() => parseJunit(xml, 'out/junit.xml')).toThrow(
      `JUnit file out/junit.xml is not valid XML (line ${line}: ${reason}); check the reporter's output file in junit-files`,
    );
  });
});
