import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiffFormatError } from '../errors.js';
import type { FileChange } from './model.js';
import { parseHunks, parseUnifiedDiff } from './parse.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'diff');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
const byPath = (files: FileChange[]): Record<string, Omit<FileChange, 'path'>> =>
  Object.fromEntries(files.map(({ path, ...rest }) => [path, rest]));

// The same change, as `git diff` prints it with and without context (see make-fixtures.sh).
const expected: Record<string, Omit<FileChange, 'path'>> = {
  'dir with space/file name.js': { previousPath: null, status: 'modified', addedLines: [2] },
  'src/added.js': { previousPath: null, status: 'added', addedLines: [1, 2, 3] },
  'src/blob.bin': { previousPath: null, status: 'binary', addedLines: [] },
  'src/crlf.js': { previousPath: null, status: 'modified', addedLines: [2, 4] },
  'src/deleted.js': { previousPath: null, status: 'deleted', addedLines: [] },
  'src/edit.js': { previousPath: null, status: 'modified', addedLines: [2, 6] },
  'src/edited-rename-new.js': {
    previousPath: 'src/edited-rename-old.js',
    status: 'renamed',
    addedLines: [3],
  },
  'src/multi.js': { previousPath: null, status: 'modified', addedLines: [3, 21, 31] },
  // `\ No newline at end of file` between "-y" and "+Y" must not shift "+z" to line 4.
  'src/no-eol.js': { previousPath: null, status: 'modified', addedLines: [2, 3] },
  'src/pure-rename-new.js': { previousPath: 'src/pure-rename-old.js', status: 'renamed', addedLines: [] },
  'src/tool.sh': { previousPath: null, status: 'modified', addedLines: [] },
  'src/é.js': { previousPath: null, status: 'modified', addedLines: [2, 3] },
};

describe('parseUnifiedDiff on real git output', () => {
  it('reads every kind of change from `git diff --unified=0 -M`', () => {
    const set = parseUnifiedDiff(read('all-u0.diff'), 'git');
    expect(set.complete).toBe(true);
    expect(set.origin).toBe('git');
    expect(byPath(set.files)).toEqual(expected);
  });

  it('gives the same lines with three lines of context', () => {
    expect(byPath(parseUnifiedDiff(read('all-u3.diff')).files)).toEqual(expected);
  });

  it('without rename detection, a rename is a deletion plus an addition owing every line', () => {
    const files = byPath(parseUnifiedDiff(read('all-no-renames.diff')).files);
    expect(files['src/pure-rename-old.js']?.status).toBe('deleted');
    expect(files['src/pure-rename-new.js']).toEqual({
      previousPath: null,
      status: 'added',
      addedLines: [1, 2, 3, 4, 5, 6, 7, 8],
    });
  });

  it('parses the diff unchanged when the whole text has CRLF line ends', () => {
    const crlf = read('all-u0.diff').replace(/\r?\n/g, '\r\n');
    expect(byPath(parseUnifiedDiff(crlf).files)).toEqual(expected);
  });
});

describe('parseUnifiedDiff edge cases', () => {
  it('reads GNU diff -u output with timestamps and a/ b/ directories', () => {
    const text = [
      '--- a/lib/x.py\t2024-01-01 10:00:00.000000000 +0000',
      '+++ b/lib/x.py\t2024-01-02 10:00:00.000000000 +0000',
      '@@ -1,3 +1,5 @@',
      ' a',
      '+b',
      ' c',
      '-d',
      '+D',
      '+E',
      '',
    ].join('\n');
    expect(parseUnifiedDiff(text).files).toEqual([
      { path: 'lib/x.py', previousPath: null, status: 'modified', addedLines: [2, 4, 5] },
    ]);
  });

  it('keeps same-named paths of a plain diff as they are', () => {
    const text = '--- src/a.js\n+++ src/a.js\n@@ -1 +1 @@\n-x\n+y\n';
    expect(parseUnifiedDiff(text).files[0]?.path).toBe('src/a.js');
  });

  it('is not fooled by removed lines that look like file headers', () => {
    const text = [
      'diff --git a/doc.md b/doc.md',
      '--- a/doc.md',
      '+++ b/doc.md',
      '@@ -1,2 +1,2 @@',
      '--- old',
      '-++ older',
      '+new',
      '+diff --git a/x b/x',
      '',
    ].join('\n');
    expect(parseUnifiedDiff(text).files).toEqual([
      { path: 'doc.md', previousPath: null, status: 'modified', addedLines: [1, 2] },
    ]);
  });

  it('reads an empty new file and a quoted rename with an escaped quote', () => {
    const text = [
      'diff --git a/empty.txt b/empty.txt',
      'new file mode 100644',
      'index 0000000..e69de29',
      'diff --git "a/say \\"hi\\".js" "b/tab\\there.js"',
      'similarity index 100%',
      'rename from "say \\"hi\\".js"',
      'rename to "tab\\there.js"',
      '',
    ].join('\n');
    expect(parseUnifiedDiff(text).files).toEqual([
      { path: 'empty.txt', previousPath: null, status: 'added', addedLines: [] },
      { path: 'tab\there.js', previousPath: 'say "hi".js', status: 'renamed', addedLines: [] },
    ]);
  });

  it('treats an empty text as an empty, complete diff', () => {
    expect(parseUnifiedDiff('')).toEqual({ files: [], complete: true, origin: 'file', note: null });
  });

  it('rejects text that is not a diff', () => {
    expect(() => parseUnifiedDiff('hello world\n')).toThrow(DiffFormatError);
    expect(() => parseUnifiedDiff('hello world\n')).toThrow(/no "diff --git" or "---"\/"\+\+\+" file header/);
  });

  it('rejects a diff cut off inside a hunk', () => {
    const text = '--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n';
    expect(() => parseUnifiedDiff(text)).toThrow(
      'not a complete unified diff: the hunk "@@ -1,3 +1,3 @@" ends early',
    );
  });
});

describe('parseUnifiedDiff refuses impossible line numbers, naming the hunk and its line', () => {
  const diff = (header: string): string => `--- a/x\n+++ b/x\n${header}\n+new\n`;

  it.each([
    [
      'an added line at 0',
      '@@ -1,0 +0,1 @@',
      /"@@ -1,0 \+0,1 @@" on line 3 of the diff adds lines, but line 0 is not/,
    ],
    [
      'a start beyond 2^53',
      '@@ -1,0 +9007199254740993,1 @@',
      /on line 3 of the diff has a line number beyond 2\^53/,
    ],
    [
      'a hunk that ends beyond 2^53',
      '@@ -1,0 +9007199254740991,2 @@',
      /"@@ -1,0 \+9007199254740991,2 @@" on line 3 of the diff has a line number beyond 2\^53/,
    ],
    ['a fractional start', '@@ -1,0 +1.5,1 @@', /bad hunk header "@@ -1,0 \+1\.5,1 @@"/],
    ['an exponent', '@@ -1,0 +1e300,1 @@', /bad hunk header/],
    ['a negative start', '@@ -1,0 +-2,1 @@', /bad hunk header/],
  ])('%s', (_name, header, message) => {
    expect(() => parseUnifiedDiff(diff(header))).toThrow(DiffFormatError);
    expect(() => parseUnifiedDiff(diff(header))).toThrow(message);
  });

  it('still reads a deletion whose new side is empty at line 0', () => {
    const text = '--- a/x\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n';
    expect(parseUnifiedDiff(text).files).toEqual([
      { path: 'x', previousPath: null, status: 'deleted', addedLines: [] },
    ]);
  });

  it('checks a files-list patch the same way', () => {
    expect(() => parseHunks('@@ -1 +0,1 @@\n+x')).toThrow(/adds lines, but line 0 is not/);
  });
});

describe('parseHunks', () => {
  it('reads a GitHub files-list patch (hunks only)', () => {
    expect(parseHunks('@@ -1,2 +1,3 @@\n a\n+b\n c\n@@ -10 +11 @@ fn\n-x\n+y')).toEqual([2, 11]);
  });
});
