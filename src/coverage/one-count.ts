/**
 * One run, one count. Jest, c8 and Vitest write `coverage-final.json` AND `lcov.info` (and
 * Cobertura) from one run; merging them "as two runs" doubles every function and branch. Two rules,
 * both pure:
 *
 * - among reports found by the *default* globs in one directory, only the richest format is read
 *   (istanbul JSON > Cobertura > lcov: statements and function names are lost on the way down);
 * - in any list, a source file that arrives in reports of two *formats* is counted once, from the
 *   richest; reports of one format (shards, packages) still merge by adding hits.
 */
import { dirname } from 'node:path';
import type { CoverageData, CoverageFormat } from './model.js';

/** Richer formats first. */
const RICHNESS: readonly CoverageFormat[] = ['istanbul', 'cobertura', 'lcov'];

/** The records an lcov tracefile starts with. */
const LCOV_START = ['TN:', 'SF:', 'VER:'];
/** How much of a report's start format detection looks at. */
export const SNIFFED_CHARS = 4096;

/** First non-blank line of `text`, trimmed (only the first {@link SNIFFED_CHARS} are looked at). */
export function firstLine(text: string): string {
  for (const line of text.slice(0, SNIFFED_CHARS).split('\n')) {
    if (line.trim() !== '') return line.trim();
  }
  return '';
}

/** True when a report whose first non-blank line is `line` is an lcov tracefile. */
export function isLcovStart(line: string): boolean {
  return LCOV_START.some((p) => line.startsWith(p));
}

/** Format of a report from its first non-blank characters (content, never the name), or null. */
export function sniffFormat(start: string): CoverageFormat | null {
  const head = start.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'istanbul';
  if (head.startsWith('<')) return 'cobertura';
  if (isLcovStart(head)) return 'lcov';
  return null;
}

/**
 * Of several report files in one directory, the one of the richest format; the others are ignored
 * with a note. Files of an unknown format are kept (their reader gives the error).
 */
export function pickRichestPerDirectory(files: readonly { file: string; format: CoverageFormat | null }[]): {
  keep: string[];
  notes: string[];
} {
  const byDir = new Map<string, { file: string; format: CoverageFormat | null }[]>();
  for (const f of files) byDir.set(dirname(f.file), [...(byDir.get(dirname(f.file)) ?? []), f]);
  const keep: string[] = [];
  const notes: string[] = [];
  for (const group of byDir.values()) {
    const known = group.filter((f) => f.format !== null);
    const best = [...known].sort((a, b) => rank(a.format) - rank(b.format))[0];
    const ignored = best === undefined ? [] : known.filter((f) => f !== best);
    for (const f of group) if (!ignored.includes(f)) keep.push(f.file);
    if (best !== undefined && ignored.length > 0) {
      notes.push(
        `read ${best.file} (${best.format}); ignored ${ignored.map((f) => `${f.file} (${f.format})`).join(', ')}: ` +
          'the same run in another format, which would count every file twice',
      );
    }
  }
  return { keep: files.map((f) => f.file).filter((f) => keep.includes(f)), notes };
}

function rank(format: CoverageFormat | null): number {
  return format === null ? RICHNESS.length : RICHNESS.indexOf(format);
}

/**
 * Removes, from each part, the source files that a part of a richer format also has, so that no
 * file is counted from two formats. `name` labels each part in the note.
 */
export function dropDuplicateFormats(parts: readonly { name: string; data: CoverageData }[]): {
  parts: CoverageData[];
  notes: string[];
} {
  // The richest format each source file arrives in.
  const richest = new Map<string, number>();
  for (const { data } of parts) {
    const r = partRank(data);
    for (const path of data.files.keys()) richest.set(path, Math.min(richest.get(path) ?? r, r));
  }
  const notes: string[] = [];
  const out = parts.map(({ name, data }) => {
    const r = partRank(data);
    const dropped = new Set([...data.files.keys()].filter((path) => (richest.get(path) ?? r) < r));
    if (dropped.size === 0) return data;
    const example = [...dropped][0] ?? '';
    notes.push(
      `${name}: ${dropped.size} file(s) (e.g. ${example}) are also in ${RICHNESS[richest.get(example) ?? 0]} ` +
        'reports of this list; counted once, from those',
    );
    const files = new Map([...data.files].filter(([path]) => !dropped.has(path)));
    return { files, formats: data.formats };
  });
  return { parts: out, notes };
}

/** Rank of a single-report part: its format's (a merged part counts as its richest). */
function partRank(data: CoverageData): number {
  return Math.min(...data.formats.map((f) => RICHNESS.indexOf(f)), RICHNESS.length);
}
