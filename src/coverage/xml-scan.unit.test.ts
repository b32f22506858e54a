import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCoberturaXml, parseCoberturaXmlStrictly, scanCoberturaXml } from './cobertura.js';
import type { CoberturaDocument } from './cobertura.js';
import { scanXml } from './xml-scan.js';
import type { AttributeReader } from './xml-scan.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/coverage/', import.meta.url));
const coberturaFixtures = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.xml'))
  .map((f) => ({ name: f, text: readFileSync(join(fixtures, f), 'utf8') }))
  .filter((f) => f.text.includes('<coverage'));

type Outcome = CoberturaDocument | { error: string } | null;

/** What a reader makes of `xml`: its document, or the message of what it threw. */
function outcome(read: (xml: string, source: string) => CoberturaDocument | null, xml: string): Outcome {
  try {
    return read(xml, 'coverage.xml');
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The fast scanner's document, checked to be the one saxes makes of the same text. */
function scanLikeSaxes(xml: string): CoberturaDocument {
  const fast = scanCoberturaXml(xml, 'coverage.xml');
  expect(fast, 'the fast scanner gave up').not.toBeNull();
  expect(fast).toStrictEqual(parseCoberturaXmlStrictly(xml, 'coverage.xml'));
  return fast!;
}

const doc = (classes: string, head = '', prolog = ''): string =>
  `${prolog}<coverage branch-rate="0.5">${head}<packages><package name="p"><classes>${classes}` +
  '</classes></package></packages></coverage>';
const cls = (filename: string, lines = '<line number="1" hits="2"/>'): string =>
  `<class name="c" filename=${filename}><methods/><lines>${lines}</lines></class>`;

describe('fast Cobertura scanner agrees with saxes', () => {
  it('reads every Cobertura fixture itself, without falling back, to the same document', () => {
    expect(coberturaFixtures.length).toBeGreaterThanOrEqual(8);
    for (const { name, text } of coberturaFixtures) {
      const fast = scanLikeSaxes(text);
      expect(fast.classes.length, name).toBeGreaterThan(0);
      expect(parseCoberturaXml(text, 'coverage.xml')).toStrictEqual(fast);
    }
    const branchy = coberturaFixtures.find((f) => f.name.includes('py-app/reports/branch'))!;
    expect(scanLikeSaxes(branchy.text).classes.some((c) => c.branches.size > 0)).toBe(true);
  });

  it.each([
    ['&amp; in a filename', cls('"a&amp;b.py"'), 'a&b.py'],
    ['hex and decimal references', cls('"&#x41;&#66;&#x1F60;.py"'), 'AB\u1f60.py'],
    ['&lt; &gt; &quot; &apos;', cls(`'&lt;x&gt;&quot;&apos;.py'`), `<x>"'.py`],
    ['single quotes holding "', cls(`'say "hi".py'`), 'say "hi".py'],
    ['tabs and line ends in a value become spaces', cls('"a\tb\r\nc\rd\ne.py"'), 'a b c d e.py'],
    ['&#10; in a value stays a line feed (then trimmed only at the ends)', cls('"a&#10;b.py"'), 'a\nb.py'],
    ['non-ASCII', cls('"répertoire/日本.py"'), 'répertoire/日本.py'],
  ])('%s', (_name, classes, raw) => {
    expect(scanLikeSaxes(doc(classes)).classes.map((c) => c.raw)).toEqual([raw]);
  });

  it('skips comments, processing instructions, the declaration and the DOCTYPE', () => {
    const xml = doc(
      `<!-- a -> b --><?pi data?>${cls('"a.py"')}<!---->`,
      '<sources><!--x--><source>/r</source></sources>',
      `\ufeff<?xml version='1.0' encoding="UTF-8" standalone='yes' ?>\n<!-- c --><?style x?>\n` +
        '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n',
    ).concat('\n<!-- after --><?after?>\n');
    const fast = scanLikeSaxes(xml);
    expect(fast.sources).toEqual(['/r']);
    expect(fast.attributes).toEqual({ 'branch-rate': '0.5' });
    expect([...fast.classes[0]!.lines]).toEqual([[1, 2]]);
  });

  it('reads CRLF files, whitespace inside tags and <source> text with entities, CDATA and spaces', () => {
    const lines = '<line  number = "3"\r\n  hits=\'4\' branch="true" condition-coverage="50% (1/2)" />';
    const xml = doc(
      `${cls('"a.py"', lines)}\r\n<class filename="e.py"><lines/></class >`,
      '<sources>\r\n <source>\r\n  /r/a&amp;b<![CDATA[/x\r\ny]]>  \r\n</source>\r\n<source>  </source></sources >',
    ).replaceAll('><', '>\r\n<');
    const fast = scanLikeSaxes(xml);
    expect(fast.sources).toEqual(['/r/a&b/x\ny']);
    expect(fast.classes.map((c) => c.raw)).toEqual(['a.py', 'e.py']);
    expect([...fast.classes[0]!.lines]).toEqual([[3, 4]]);
    expect([...fast.classes[0]!.branches.values()]).toEqual([{ line: 3, hits: [4, 0] }]);
    expect(fast.classes[1]!.lines.size).toBe(0);
  });

  it('reads numbers as Number() does, and reports the same bad <line>', () => {
    const odd = '<line number=" 7 " hits="1.0"/><line number="0x10" hits="1e1"/><line number="8" hits=""/>';
    expect([...scanLikeSaxes(doc(cls('"a.py"', odd))).classes[0]!.lines]).toEqual([
      [7, 1],
      [16, 10],
      [8, 0],
    ]);
    const bads = [
      '<line number="1.5" hits="1"/>',
      '<line number="2" hits="-1"/>',
      '<line hits="1"/>',
      '<line number="2" hits="1.5"/>',
      '<line number="0" hits="1"/>',
      '<line number="9007199254740993" hits="1"/>',
      '<line number="3" hits="1e300"/>',
    ];
    for (const bad of bads) {
      const xml = doc(cls('"a.py"', bad));
      const message = outcome(scanCoberturaXml, xml);
      expect(message).toHaveProperty(
        'error',
        expect.stringMatching(/^coverage\.xml: class "a\.py" has a <line>/),
      );
      expect(message).toEqual(outcome(parseCoberturaXmlStrictly, xml));
    }
  });

  it('gives up on a character outside the BMP, leaving it to saxes', () => {
    const xml = doc(cls('"\u{1F600}.py"'));
    expect(scanCoberturaXml(xml, 'coverage.xml')).toBeNull();
    expect(parseCoberturaXml(xml, 'coverage.xml').classes[0]!.raw).toBe('\u{1F600}.py');
  });
});

describe('malformed XML: the fast scanner gives up and saxes names the problem', () => {
  const valid = '<coverage a="1"><packages/></coverage>';
  it.each([
    ['truncated', '<coverage>\n<packages>\n<package>\n', '4: invalid XML (unclosed tag: package)'],
    [
      'a mismatched close tag',
      '<coverage>\n<packages>\n</package>\n</coverage>',
      '3: invalid XML (unexpected close tag)',
    ],
    ['an unknown entity', valid.replace('<packages/>', '&nbsp;'), '1: invalid XML (undefined entity)'],
    ['an unquoted attribute', valid.replace('"1"', '1'), '1: invalid XML (unquoted attribute value)'],
    [
      'a duplicate attribute',
      valid.replace('a="1"', 'a="1" a="2"'),
      '1: invalid XML (duplicate attribute: a)',
    ],
    ['< in a value', valid.replace('"1"', '"1<2"'), '1: invalid XML (disallowed character)'],
    [
      'no space between attributes',
      valid.replace('a="1"', 'a="1"b="2"'),
      '1: invalid XML (no whitespace between attributes)',
    ],
    ['text outside the root', `x${valid}`, '1: invalid XML (text data outside of root node)'],
    ['garbage', 'this is not xml', '1: invalid XML (text data outside of root node)'],
    ['two roots', valid + valid, '1: invalid XML (documents may contain only one root)'],
    [
      ']]> in text',
      valid.replace('<packages/>', ']]>'),
      '1: invalid XML (the string "]]>" is disallowed in char data)',
    ],
    [
      '-- in a comment',
      valid.replace('<packages/>', '<!-- a -- b -->'),
      '1: invalid XML (malformed comment)',
    ],
    ['a control character', valid.replace('<packages/>', '\u0001'), '1: invalid XML (disallowed character)'],
    ['&#0;', valid.replace('"1"', '"&#0;"'), '1: invalid XML (malformed character entity)'],
    [
      'a late XML declaration',
      `${valid}\n<?xml version="1.0"?>`,
      '2: invalid XML (an XML declaration must be at the start of the document)',
    ],
    ['nothing', '', '1: invalid XML (document must contain a root element)'],
    [
      'an internal DTD subset',
      `<!DOCTYPE c [<!ENTITY x "y">]>${valid.replace('"1"', '"&x;"')}`,
      '1: invalid XML (undefined entity)',
    ],
  ])('%s', (_name, xml, message) => {
    expect(scanCoberturaXml(xml, 'coverage.xml')).toBeNull();
    expect(() => parseCoberturaXml(xml, 'coverage.xml')).toThrow(
      `coverage.xml:${message}; is the file truncated?`,
    );
  });
});

describe('fast Cobertura scanner under random damage', () => {
  /** A small deterministic PRNG (mulberry32), so that a failure can be replayed. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const pieces = [
    '<',
    '>',
    '/',
    '"',
    "'",
    '=',
    ' ',
    '&',
    ';',
    '&amp;',
    '&#x41;',
    '&#0;',
    '&bad;',
    '\r\n',
    '\t',
    '<!--',
    '-->',
    '--',
    '<![CDATA[',
    ']]>',
    '<?pi ?>',
    '<?xml version="1.0"?>',
    '<!DOCTYPE c>',
    '[',
    '</line>',
    '<line number="9" hits="1"/>',
    '</class>',
    '<class filename="z.py">',
    'x="1"',
    '\u0000',
    '\ud800',
    '\u00e9',
  ];
  const base = doc(
    cls('"a.py"', '<line number="1" hits="2"/><line number="2" hits="0" condition-coverage="50% (1/2)"/>') +
      '<class filename="b.py"><methods><method name="f" hits="1"><lines><line number="3" hits="1"/></lines>' +
      '</method></methods><lines><line number="3" hits="1"/></lines></class>',
    '<sources><source> /r </source></sources>',
    '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "x.dtd">\n',
  );

  it('never accepts what saxes rejects, and never reads a document differently', () => {
    const next = random(20240601);
    const pick = (n: number): number => Math.floor(next() * n);
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      let xml = base;
      for (let m = 1 + pick(3); m > 0; m--) {
        const at = pick(xml.length + 1);
        const kind = pick(3);
        if (kind === 0) xml = xml.slice(0, at) + pieces[pick(pieces.length)]! + xml.slice(at);
        else if (kind === 1) xml = xml.slice(0, at) + xml.slice(at + 1 + pick(8));
        else xml = xml.slice(0, at) + xml.slice(pick(xml.length), pick(xml.length)) + xml.slice(at);
      }
      const fast = outcome(scanCoberturaXml, xml);
      if (fast === null) continue;
      accepted++;
      expect(fast, JSON.stringify(xml)).toStrictEqual(outcome(parseCoberturaXmlStrictly, xml));
    }
    // Many damaged documents are still well-formed: the comparison above did run on them.
    expect(accepted).toBeGreaterThan(300);
  });
});

describe('scanXml', () => {
  it('reports elements and only the text the handler wants, with attributes read in place', () => {
    const events: string[] = [];
    const ok = scanXml('<a x="1" y=\'&lt;\'>t<b/>u<![CDATA[v]]></a>', {
      open(name: string, attrs: AttributeReader): void {
        events.push(`<${name} ${attrs.count} ${attrs.getNumber('x')} ${String(attrs.get('y'))}`);
        events.push(JSON.stringify(attrs.toRecord()));
      },
      close: () => events.push('>'),
      wantsText: () => events.length < 4,
      text: (value: string) => events.push(value),
    });
    expect(ok).toBe(true);
    expect(events).toEqual(['<a 2 1 <', '{"x":"1","y":"<"}', 't', '<b 0 NaN undefined', '{}', '>', '>']);
  });
});
