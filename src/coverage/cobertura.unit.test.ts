import { describe, expect, it } from 'vitest';
import { CoverageFormatError } from '../errors.js';
import { parseCoberturaXml, readCobertura } from './cobertura.js';
import type { ParsedCoverage } from './read.js';
import { summarizeTotals } from '../../test/support/coverage-totals.js';

const root = '/home/runner/work/app/app';

function read(xml: string, exists?: (p: string) => boolean): ParsedCoverage {
  return readCobertura(parseCoberturaXml(xml, 'coverage.xml'), 'coverage.xml', { root, exists });
}

/** A coverage.py-style document: several sources, package/class nesting, no methods. */
const pythonXml = (attrs: string, lines: string): string => `<?xml version="1.0" ?>
<coverage version="7.4.0" lines-valid="4" lines-covered="3" ${attrs}>
  <sources>
    <source>/opt/not-here</source>
    <source>${root}/src</source>
    <source>${root}/lib</source>
  </sources>
  <packages>
    <package name="pkg">
      <classes>
        <class name="m.py" filename="pkg/m.py"><methods/><lines>${lines}</lines></class>
        <class name="empty.py" filename="pkg/empty.py"><methods/><lines/></class>
      </classes>
    </package>
  </packages>
</coverage>`;

const branchLines = `
  <line number="1" hits="1"/>
  <line number="2" hits="4" branch="true" condition-coverage="50% (1/2)" missing-branches="4"/>
  <line number="3" hits="2"/>
  <line number="4" hits="0" branch="true" condition-coverage="0% (0/3)"/>`;

describe('readCobertura, coverage.py dialect', () => {
  it('synthesises branch outcomes from condition-coverage and resolves paths against <source>', () => {
    const { data } = read(
      pythonXml('branches-valid="5" branches-covered="1" branch-rate="0.2"', branchLines),
    );
    expect([...data.files.keys()]).toEqual(['src/pkg/empty.py', 'src/pkg/m.py']);
    const file = data.files.get('src/pkg/m.py')!;
    expect([...file.lines]).toEqual([
      [1, 1],
      [2, 4],
      [3, 2],
      [4, 0],
    ]);
    expect([...file.branches!]).toEqual([
      ['2', { line: 2, hits: [4, 0], missing: ['4'] }],
      ['4', { line: 4, hits: [0, 0, 0] }],
    ]);
    expect(file.functions).toBeNull();
    expect(file.statements).toBeNull();
    const totals = summarizeTotals(data);
    expect([totals.branches?.covered, totals.branches?.total]).toEqual([1, 5]);
    expect(data.formats).toEqual(['cobertura']);
  });

  it('picks the source under which the file exists', () => {
    const { data } = read(pythonXml('branch-rate="0"', branchLines), (p) => p.startsWith('lib/'));
    expect([...data.files.keys()]).toEqual(['lib/pkg/empty.py', 'lib/pkg/m.py']);
  });

  it('has null branches without --cov-branch (branches-valid="0" branch-rate="0")', () => {
    const lines = '<line number="1" hits="1"/>';
    expect(
      summarizeTotals(read(pythonXml('branches-valid="0" branches-covered="0" branch-rate="0"', lines)).data)
        .branches,
    ).toBeNull();
    expect(summarizeTotals(read(pythonXml('', lines)).data).branches).toBeNull();
  });

  it('has measured 0/0 branches when branch coverage ran on code without branches (branch-rate="1")', () => {
    const lines = '<line number="1" hits="1"/>';
    const totals = summarizeTotals(
      read(pythonXml('branches-valid="0" branches-covered="0" branch-rate="1"', lines)).data,
    );
    expect(totals.branches).toEqual({ covered: 0, total: 0, pct: 100 });
  });

  it('reports classes whose every source lies outside the root as dropped', () => {
    const xml = `<coverage branch-rate="0"><sources><source>/Users/bob/proj</source></sources><packages><package>
      <classes><class filename="a.py"><lines><line number="1" hits="1"/></lines></class></classes>
      </package></packages></coverage>`;
    const parsed = read(xml);
    expect(parsed.dropped).toEqual(['/Users/bob/proj/a.py']);
    expect(parsed.data.files.size).toBe(0);
  });
});

describe('readCobertura, istanbul dialect', () => {
  const xml = `<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage lines-valid="3" lines-covered="2" branches-valid="2" branches-covered="1" branch-rate="0.5">
  <sources><source>${root}</source></sources>
  <packages><package name="main"><classes>
    <class name="a.js" filename="src/a.js">
      <methods>
        <method name="f" hits="2" signature="()V"><lines><line number="1" hits="2"/></lines></method>
        <method name="g" hits="0" signature="()V"><lines><line number="5" hits="0"/></lines></method>
      </methods>
      <lines>
        <line number="1" hits="2" branch="true" condition-coverage="50% (1/2)"/>
        <line number="2" hits="2" branch="false"/>
        <line number="5" hits="0" branch="false"/>
      </lines>
    </class>
    <class name="b.js" filename="src/b.js"><methods/><lines><line number="1" hits="0"/></lines></class>
  </classes></package></packages>
</coverage>`;

  it('reads functions from <methods>, an empty map for a file without any', () => {
    const { data } = read(xml);
    expect([...data.files.get('src/a.js')!.functions!.values()]).toEqual([
      { name: 'f', line: 1, hits: 2 },
      { name: 'g', line: 5, hits: 0 },
    ]);
    expect(data.files.get('src/b.js')!.functions!.size).toBe(0);
    const totals = summarizeTotals(data);
    expect([totals.functions?.covered, totals.functions?.total]).toEqual([1, 2]);
    expect([totals.lines.covered, totals.lines.total]).toEqual([2, 4]);
  });
});

describe('bad Cobertura input', () => {
  it.each([
    [
      'XML of another kind',
      '<testsuites><testsuite name="x"/></testsuites>',
      /^coverage\.xml: XML root is <testsuites>, not Cobertura <coverage>/,
    ],
    [
      'truncated XML',
      '<coverage><packages><package>',
      /^coverage\.xml:1: invalid XML \(.*\); is the file truncated\?/,
    ],
    [
      'a bad line number',
      '<coverage><packages><package><classes><class filename="a.py"><lines><line number="x" hits="1"/></lines></class></classes></package></packages></coverage>',
      /class "a\.py" has a <line> with number="x"/,
    ],
    [
      'bad condition-coverage',
      '<coverage><packages><package><classes><class filename="a.py"><lines><line number="1" hits="1" condition-coverage="most"/></lines></class></classes></package></packages></coverage>',
      /condition-coverage="most" on line 1/,
    ],
  ])('%s -> CoverageFormatError', (_name, text, message) => {
    let error: unknown;
    try {
      read(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoverageFormatError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('streaming Cobertura reader', () => {
  const wrap = (classes: string, head = ''): string =>
    `<coverage branch-rate="0">${head}<packages><package><classes>${classes}</classes></package></packages></coverage>`;

  it('names the line where the XML breaks: a truncated file, a mismatched close tag', () => {
    expect(() => read('<coverage>\n<packages>\n<package>\n')).toThrow(
      'coverage.xml:4: invalid XML (unclosed tag: package); is the file truncated?',
    );
    expect(() => read('<coverage>\n<packages>\n</package>\n</coverage>')).toThrow(
      /^coverage\.xml:3: invalid XML \(/,
    );
  });

  it('reports broken XML before a bad <line> found earlier in the file, as the validating reader did', () => {
    const bad = wrap('<class filename="a.py"><lines><line number="x" hits="1"/></lines></class>');
    expect(() => read(bad)).toThrow(/class "a\.py" has a <line> with number="x"/);
    expect(() => read(bad.replace('</coverage>', ''))).toThrow(
      /^coverage\.xml:1: invalid XML \(unclosed tag: coverage\)/,
    );
  });

  it('reads only elements at their Cobertura place; a repeated line keeps its best count', () => {
    const xml = wrap(
      `<class filename="a.py"><line number="9" hits="9"/><lines>
         <line number="1" hits="2"/><line number="1" hits="5"/><line number="1" hits="3"/><line/>
       </lines></class>`,
    ).replace(
      '</package>',
      '<class filename="stray.py"><lines><line number="1" hits="1"/></lines></class></package>',
    );
    const { data } = read(xml);
    expect([...data.files.keys()]).toEqual(['a.py']);
    expect([...data.files.get('a.py')!.lines]).toEqual([[1, 5]]);
  });

  it('decodes entities and CDATA in <source> and filename, and takes a method line from its first <line>', () => {
    const xml = wrap(
      `<class filename="a&amp;b.js"><methods><method name="&lt;init&gt;"><lines><line number="4" hits="6"/>
         <line number="5" hits="0"/></lines></method></methods><lines><line number="4" hits="6"/></lines></class>`,
      `<sources><source><![CDATA[${root}]]>/src</source></sources>`,
    );
    const file = read(xml).data.files.get('src/a&b.js')!;
    expect([...file.functions!.values()]).toEqual([{ name: '<init>', line: 4, hits: 6 }]);
  });
});
