/**
 * Parses unified diffs (git's, GNU diff's, GitHub's) into changed head lines per file. Pure.
 *
 * Hunks are consumed by the counts in their headers, never by guessing from line prefixes, so a
 * removed line that reads `--- x` or a file that contains `diff --git` cannot derail the parse, and
 * `\ No newline at end of file` shifts nothing (the header's numbers are the truth).
 */
import { DiffFormatError } from '../errors.js';
import { describeBadLine, isLineNumber } from '../coverage/validate.js';
import type { ChangeSet, FileChange } from './model.js';

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

interface Draft {
  git: boolean;
  headerOld: string | null;
  headerNew: string | null;
  oldPath: string | null;
  newPath: string | null;
  renameFrom: string | null;
  renameTo: string | null;
  isNew: boolean;
  isDeleted: boolean;
  isBinary: boolean;
  hunks: number;
  added: number[];
}

function startDraft(git: boolean, headerOld: string | null, headerNew: string | null): Draft {
  return {
    git,
    headerOld,
    headerNew,
    oldPath: null,
    newPath: null,
    renameFrom: null,
    renameTo: null,
    isNew: false,
    isDeleted: false,
    isBinary: false,
    hunks: 0,
    added: [],
  };
}

/** Splits on LF and drops a trailing CR, so CRLF diffs (and CRLF files inside them) parse alike. */
function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Decodes a C-style quoted path as git writes it (`"a/\303\251.js"` -> `a/é.js`). */
function unquote(quoted: string): string {
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
  const body = quoted.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Index just past the closing quote of a quoted path starting at `text[0]`, or -1. */
function endOfQuoted(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

/** A path from a `---`/`+++`/`rename` line: unquoted, without a trailing tab + timestamp. */
function readPath(raw: string): string {
  if (raw.startsWith('"')) {
    const end = endOfQuoted(raw);
    if (end > 0) return unquote(raw.slice(0, end));
  }
  const tab = raw.indexOf('\t');
  return tab >= 0 ? raw.slice(0, tab) : raw;
}

/** The two paths of a `diff --git` line (used when no `---`/`+++` lines follow). */
function readGitHeader(rest: string): [string, string] | [null, null] {
  if (rest.startsWith('"')) {
    const cut = endOfQuoted(rest);
    if (cut < 0) return [null, null];
    return [unquote(rest.slice(0, cut)), readPath(rest.slice(cut + 1))];
  }
  if (rest.endsWith('"')) {
    const open = rest.lastIndexOf(' "');
    return open < 0 ? [null, null] : [rest.slice(0, open), unquote(rest.slice(open + 1))];
  }
  // Unquoted and unrenamed: "a/X b/X" — split in the middle so spaces in X are fine.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ' && rest.slice(2, half) === rest.slice(half + 3)) {
    return [rest.slice(0, half), rest.slice(half + 1)];
  }
  const split = rest.indexOf(' b/');
  return split < 0 ? [null, null] : [rest.slice(0, split), rest.slice(split + 1)];
}

/** Drops the `a/`, `b/` (or mnemonic `c/`, `w/` …) prefixes when both sides carry different ones. */
function stripPrefixes(oldPath: string | null, newPath: string | null): [string | null, string | null] {
  const prefix = (p: string | null): string | null => (p === null ? null : (/^[^/]+\//.exec(p)?.[0] ?? null));
  const po = prefix(oldPath);
  const pn = prefix(newPath);
  const strip = (p: string | null, pre: string | null): string | null =>
    p === null || pre === null ? p : p.slice(pre.length);
  if (oldPath === null || newPath === null) {
    return [
      oldPath === null ? null : strip(oldPath, po === 'a/' ? po : null),
      strip(newPath, pn === 'b/' ? pn : null),
    ];
  }
  if (po !== null && pn !== null && po !== pn) return [strip(oldPath, po), strip(newPath, pn)];
  return [oldPath, newPath];
}

const orNull = (p: string | null): string | null => (p === '/dev/null' ? null : p);

/**
 * Refuses a hunk header whose numbers cannot be real: beyond 2^53 (they would be rounded), or a
 * hunk that adds lines but starts at line 0. `start` is the index of the line after the header.
 */
function checkHunkHeader(header: RegExpExecArray, start: number, oldCount: number, newCount: number): void {
  const oldStart = Number(header[1]);
  const newStart = Number(header[3]);
  const place = `the hunk header "${header[0]}" on line ${start} of the diff`;
  const safe = [oldStart, newStart, oldCount, newCount].every((n) => Number.isSafeInteger(n));
  // The last added line, newStart + newCount - 1, must be safe too (compared without adding).
  if (!safe || newCount - 1 > Number.MAX_SAFE_INTEGER - newStart) {
    throw new DiffFormatError(`not a valid unified diff: ${place} has a line number beyond 2^53`);
  }
  if (newCount > 0 && !isLineNumber(newStart)) {
    throw new DiffFormatError(
      `not a valid unified diff: ${place} adds lines, but ${describeBadLine(newStart)}`,
    );
  }
}

/**
 * Walks one hunk body from `lines[start]` and records added head lines; returns the index after it.
 */
function readHunk(lines: string[], start: number, header: RegExpExecArray, added: number[]): number {
  let oldLeft = header[2] === undefined ? 1 : Number(header[2]);
  let newLeft = header[4] === undefined ? 1 : Number(header[4]);
  let line = Number(header[3]);
  checkHunkHeader(header, start, oldLeft, newLeft);
  let i = start;
  while (oldLeft > 0 || newLeft > 0) {
    const body = lines[i];
    if (body === undefined) {
      throw new DiffFormatError(`not a complete unified diff: the hunk "${header[0]}" ends early`);
    }
    const mark = body[0] ?? ' ';
    if (mark === ' ') {
      oldLeft -= 1;
      newLeft -= 1;
      line += 1;
    } else if (mark === '+') {
      added.push(line);
      newLeft -= 1;
      line += 1;
    } else if (mark === '-') {
      oldLeft -= 1;
    } else if (mark !== '\\') {
      throw new DiffFormatError(`not a valid unified diff: unexpected line ${i + 1} inside "${header[0]}"`);
    }
    i += 1;
  }
  while (lines[i]?.startsWith('\\')) i += 1;
  return i;
}

/** Added head lines of a hunks-only patch, like the `patch` of GitHub's PR files list. */
export function parseHunks(patch: string): number[] {
  const lines = splitLines(patch);
  const added: number[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = HUNK_HEADER.exec(lines[i] ?? '');
    i = header ? readHunk(lines, i + 1, header, added) : i + 1;
  }
  return [...new Set(added)].sort((a, b) => a - b);
}

function finishDraft(d: Draft): FileChange {
  let [oldPath, newPath] = [orNull(d.oldPath ?? d.headerOld), orNull(d.newPath ?? d.headerNew)];
  if (d.oldPath === null && d.newPath === null && !d.git) [oldPath, newPath] = [d.headerOld, d.headerNew];
  [oldPath, newPath] = stripPrefixes(oldPath, newPath);
  if (d.renameFrom !== null) oldPath = d.renameFrom;
  if (d.renameTo !== null) newPath = d.renameTo;
  const isNew = d.isNew || (oldPath === null && newPath !== null);
  const isDeleted = d.isDeleted || (newPath === null && oldPath !== null);
  const path = (isDeleted ? oldPath : newPath) ?? oldPath ?? '';
  const previousPath = !isNew && !isDeleted && oldPath !== null && oldPath !== newPath ? oldPath : null;
  let status: FileChange['status'] = 'modified';
  if (d.isBinary) status = 'binary';
  else if (isDeleted) status = 'deleted';
  else if (isNew) status = 'added';
  else if (previousPath !== null) status = 'renamed';
  const addedLines = status === 'deleted' || status === 'binary' ? [] : [...new Set(d.added)];
  return { path, previousPath, status, addedLines: addedLines.sort((a, b) => a - b) };
}

/**
 * Parses a unified diff (`git diff`, `diff -u`, GitHub's `application/vnd.github.diff`) into a
 * ChangeSet. Throws DiffFormatError for text that is not a diff or ends inside a hunk; an empty
 * text is an empty, complete diff.
 */
export function parseUnifiedDiff(text: string, origin: ChangeSet['origin'] = 'file'): ChangeSet {
  const lines = splitLines(text);
  const files: FileChange[] = [];
  let draft: Draft | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.startsWith('diff --git ')) {
      if (draft) files.push(finishDraft(draft));
      const [a, b] = readGitHeader(line.slice('diff --git '.length));
      draft = startDraft(true, a, b);
    } else if (line.startsWith('--- ') && next.startsWith('+++ ')) {
      if (!draft || draft.hunks > 0 || draft.oldPath !== null || !draft.git) {
        if (draft) files.push(finishDraft(draft));
        draft = startDraft(false, null, null);
      }
      draft.oldPath = readPath(line.slice(4));
      draft.newPath = readPath(next.slice(4));
      i += 1;
    } else if (draft && line.startsWith('@@ ')) {
      const header = HUNK_HEADER.exec(line);
      if (!header) throw new DiffFormatError(`not a valid unified diff: bad hunk header "${line}"`);
      draft.hunks += 1;
      i = readHunk(lines, i + 1, header, draft.added);
      continue;
    } else if (draft && draft.hunks === 0) {
      if (line.startsWith('new file mode')) draft.isNew = true;
      else if (line.startsWith('deleted file mode')) draft.isDeleted = true;
      else if (/^(rename|copy) from /.test(line)) draft.renameFrom = readPath(line.replace(/^\w+ from /, ''));
      else if (/^(rename|copy) to /.test(line)) draft.renameTo = readPath(line.replace(/^\w+ to /, ''));
      else if (line.startsWith('Binary files ') || line === 'GIT binary patch') draft.isBinary = true;
    }
    i += 1;
  }
  if (draft) files.push(finishDraft(draft));
  if (files.length === 0 && text.trim() !== '') {
    throw new DiffFormatError('not a unified diff: no "diff --git" or "---"/"+++" file header found');
  }
  return { files, complete: true, origin, note: null };
}
