import { describe, expect, it } from 'vitest';
import {
  ZERO_WIDTH_SPACE as Z,
  encodePathForUrl,
  percentEncode,
  escapeMarkdown,
  escapeMarkdownCode,
  showInvisible,
  truncateEnd,
  truncateMiddle,
} from './escape.js';

describe('escapeMarkdown', () => {
  it('leaves ordinary paths readable', () => {
    expect(escapeMarkdown('src/report/markdown-comment.ts')).toBe('src/report/markdown-comment.ts');
    expect(escapeMarkdown('lib/foo (copy).js')).toBe('lib/foo (copy).js');
  });

  it('turns HTML into text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>.ts')).toBe('&lt;img src=x onerror=alert(1)&gt;.ts');
    expect(escapeMarkdown('a&amp;b "q"')).toBe('a&amp;amp;b &quot;q&quot;');
  });

  it('escapes every inline Markdown character, including the table separator', () => {
    expect(escapeMarkdown('a|b`c*d_e~f[g](h)\\i$j')).toBe(
      'a&#124;b&#96;c&#42;d_e&#126;f&#91;g&#93;(h)&#92;i&#36;j',
    );
    expect(escapeMarkdown('__init__.py')).toBe('&#95;&#95;init&#95;&#95;.py');
    // An underscore inside a word cannot start emphasis, so it stays as is; at a word edge it is escaped.
    expect(escapeMarkdown('my_module_test.py _x x_ a_.b')).toBe('my_module_test.py &#95;x x&#95; a&#95;.b');
    expect(escapeMarkdown('[click](https://evil.example)')).toBe(`&#91;click&#93;(https:${Z}//evil.example)`);
  });

  it('breaks mentions, issue references, emoji and autolinks with an invisible space', () => {
    expect(escapeMarkdown('@octocat/@acme/team')).toBe(`@${Z}octocat/@${Z}acme/team`);
    expect(escapeMarkdown('fixes #123 and GH-7')).toBe(`fixes &#35;${Z}123 and GH-${Z}7`);
    expect(escapeMarkdown(':tada: ok')).toBe(`:${Z}tada: ok`);
    expect(escapeMarkdown('see www.evil.example')).toBe(`see www${Z}.evil.example`);
    // a lone '#' or '@' not followed by a name/number is left alone apart from the entity
    expect(escapeMarkdown('# @ x')).toBe('&#35; @ x');
  });

  it('shows newlines and control/bidi characters instead of acting on them', () => {
    expect(escapeMarkdown('a\nb\r\tc')).toBe('a&#92;nb&#92;r&#92;tc');
    expect(escapeMarkdown('x\u202Ey\u0000')).toBe('x&#92;u202ey&#92;u0000');
  });

  it('defuses block syntax at the start of the text', () => {
    expect(escapeMarkdown('- item')).toBe('&#45; item');
    expect(escapeMarkdown('+x')).toBe('&#43;x');
    expect(escapeMarkdown('1. first')).toBe('1&#46; first');
    expect(escapeMarkdown('12) x')).toBe('12&#41; x');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('a-b 1. c')).toBe('a-b 1. c');
  });
});

describe('escapeMarkdownCode', () => {
  it('wraps plain text in single backticks', () => {
    expect(escapeMarkdownCode('npm test -- --coverage')).toBe('`npm test -- --coverage`');
  });

  it('uses a longer fence than any backtick run inside, padding when the text touches a backtick', () => {
    expect(escapeMarkdownCode('echo `id`')).toBe('`` echo `id` ``');
    expect(escapeMarkdownCode('a``b')).toBe('```a``b```');
  });

  it('keeps leading and trailing spaces that CommonMark would strip', () => {
    expect(escapeMarkdownCode(' x ')).toBe('`  x  `');
    expect(escapeMarkdownCode('')).toBe('` `');
  });

  it('escapes pipes only inside tables, and shows newlines', () => {
    expect(escapeMarkdownCode('a | b', { inTable: true })).toBe('`a \\| b`');
    expect(escapeMarkdownCode('a | b')).toBe('`a | b`');
    expect(escapeMarkdownCode('make\ntest')).toBe('`make\\ntest`');
  });

  it('leaves HTML and mentions alone, since code spans render them literally', () => {
    expect(escapeMarkdownCode('<b>@me</b>')).toBe('`<b>@me</b>`');
  });
});

describe('helpers', () => {
  it('showInvisible names common controls and hex-escapes the rest', () => {
    expect(showInvisible('a\u0007\u2066b')).toBe('a\\u0007\\u2066b');
    expect(showInvisible('x\udc00y😀')).toBe('x\\udc00y😀');
    expect(escapeMarkdownCode('`'.repeat(200_000))).toHaveLength(200_000 + 2 * 200_001 + 2);
  });

  it('truncates by code points without splitting surrogate pairs', () => {
    expect(truncateEnd('abcdef', 4)).toBe('abc…');
    expect(truncateEnd('abc', 4)).toBe('abc');
    expect(truncateEnd('😀😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncateMiddle('src/very/long/path/file.ts', 12)).toBe('src/…file.ts');
    expect(Array.from(truncateMiddle('x'.repeat(500), 200))).toHaveLength(200);
  });

  it('percent-encodes each path segment, including characters that end a link or start a fragment', () => {
    expect(encodePathForUrl('src/a b/c#1?.ts')).toBe('src/a%20b/c%231%3F.ts');
    expect(encodePathForUrl('x/(y)|z.ts')).toBe('x/%28y%29%7Cz.ts');
    expect(encodePathForUrl('ünï/€.ts')).toBe('%C3%BCn%C3%AF/%E2%82%AC.ts');
    expect(percentEncode('(é')).toBe('%28%C3%A9');
    // A broken surrogate (possible in JSON input) must not throw.
    expect(encodePathForUrl('a\ud800b.ts')).toBe('a%EF%BF%BDb.ts');
  });
});
