/**
 * The log table of a coverage.py report, laid out as `coverage report -m` prints it (coverage.py
 * 6.x/7.x, default `precision = 0`, sorted by name): the same columns, counts, rounding, missing
 * ranges that run across non-statement lines, `48->50` partial branches and TOTAL row, so a Python
 * team sees in covgate's log the table it knows. Pure.
 */
import type { BranchHit, CoverageData, FileCoverage } from '../coverage/model.js';

/** coverage.py's counts of one file (or of all files: TOTAL). */
interface PyNumbers {
  statements: number;
  missing: number;
  branches: number;
  /** Untaken branch outcomes of lines that ran ("BrPart"). */
  partial: number;
  /** Untaken branch outcomes of every line. */
  missingBranches: number;
}

/**
 * Python's `round(x, digits)` then `'%.*f'`: ties go to the even digit, decided on the exact binary
 * value of `x` (JavaScript's toFixed rounds exact ties up).
 */
export function formatPythonRound(x: number, digits: number): string {
  const exact = x.toFixed(Math.min(100, digits + 70)); // a double in 0..100 has at most ~60 decimals
  const dot = exact.indexOf('.');
  const keep = exact.slice(0, dot + 1 + digits).replace(/\.$/, '');
  const rest = exact.slice(dot + 1 + digits);
  const half = rest[0] === '5' && /^5?0*$/.test(rest);
  const lastDigit = Number(keep.replace('.', '').slice(-1));
  const up = (rest[0] ?? '0') > '5' || (rest[0] === '5' && (!half || lastDigit % 2 === 1));
  if (!up) return keep;
  return (Number(keep) + 10 ** -digits).toFixed(digits);
}

/**
 * coverage.py's displayed percentage (`Numbers.display_covered`): rounded like Python, but never
 * "0" unless nothing is covered and never "100" unless everything is.
 */
export function displayCoveragePyPct(covered: number, total: number, precision = 0): string {
  const pc = total > 0 ? (100 * covered) / total : 100;
  const near0 = 1 / 10 ** precision;
  if (pc > 0 && pc < near0) return near0.toFixed(precision);
  if (pc > 100 - near0 && pc < 100) return (100 - near0).toFixed(precision);
  return formatPythonRound(pc, precision);
}

/** The missing destinations of a branch line, else (a report without them) none can be named. */
function destinationsOf(branch: BranchHit): string[] {
  return branch.missing ?? [];
}

function numbersOf(file: FileCoverage): PyNumbers {
  const n: PyNumbers = {
    statements: file.lines.size,
    missing: 0,
    branches: 0,
    partial: 0,
    missingBranches: 0,
  };
  for (const hits of file.lines.values()) if (hits === 0) n.missing += 1;
  for (const br of file.branches?.values() ?? []) {
    const untaken = br.hits.filter((h) => h === 0).length;
    n.branches += br.hits.length;
    n.missingBranches += untaken;
    if ((file.lines.get(br.line) ?? 0) > 0) n.partial += untaken;
  }
  return n;
}

/** `format_lines`: runs of missing statements (gaps of non-statements do not break a run). */
function missingRanges(file: FileCoverage): Array<[number, string]> {
  const statements = [...file.lines.keys()].sort((a, b) => a - b);
  const items: Array<[number, string]> = [];
  let start: number | null = null;
  let end = 0;
  const close = (): void => {
    if (start !== null) items.push([start, start === end ? `${start}` : `${start}-${end}`]);
    start = null;
  };
  for (const line of statements) {
    if (file.lines.get(line) === 0) {
      start ??= line;
      end = line;
    } else close();
  }
  close();
  return items;
}

/** The `Missing` column: ranges plus `line->dest` for untaken branches of lines that ran. */
function formatCoveragePyMissing(file: FileCoverage): string {
  const items = missingRanges(file);
  const missing = (line: number): boolean => file.lines.get(line) === 0;
  for (const br of file.branches?.values() ?? []) {
    if (missing(br.line)) continue;
    for (const dest of destinationsOf(br)) {
      if (dest !== 'exit' && missing(Number(dest))) continue;
      items.push([br.line, `${br.line}->${dest}`]);
    }
  }
  // Python sorts the (line, text) pairs: by line, then by the text's code points.
  items.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return items.map((i) => i[1]).join(', ');
}

/** Python's `human_key`: text split into string and integer chunks, compared chunk by chunk. */
function compareHuman(a: string, b: string): number {
  const ca = a.split(/(\d+)/);
  const cb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i] ?? '';
    const y = cb[i] ?? '';
    if (i % 2 === 1 && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (i % 2 === 0 && x !== y) return x < y ? -1 : 1;
  }
  return ca.length - cb.length;
}

/**
 * The whole `coverage report -m` table of `data` (Branch/BrPart columns when it has branch data),
 * each line right-trimmed as coverage.py writes them, ending with a newline.
 */
export function renderCoveragePyTable(data: CoverageData): string {
  const files = [...data.files.values()];
  const withBranches = files.some((f) => f.branches !== null);
  // A loop, not Math.max(...spread): a spread of a million files overflows the call stack.
  const nameWidth = files.reduce((max, f) => Math.max(max, f.path.length), 5);
  const pad = (n: number): string => String(n).padStart(6);
  const row = (name: string, n: PyNumbers, missingText: string): string => {
    let text = `${name.padEnd(nameWidth)}  ${pad(n.statements)} ${pad(n.missing)}`;
    if (withBranches) text += ` ${pad(n.branches)} ${pad(n.partial)}`;
    const covered = n.statements - n.missing + n.branches - n.missingBranches;
    const pct = n.statements > 0 ? displayCoveragePyPct(covered, n.statements + n.branches) : '100';
    return `${text}${pct.padStart(6)}%   ${missingText}`.trimEnd();
  };
  let header = `${'Name'.padEnd(nameWidth)}   Stmts   Miss`;
  if (withBranches) header += ' Branch BrPart';
  header += '  Cover   Missing';
  const rule = '-'.repeat(header.length);
  const total: PyNumbers = { statements: 0, missing: 0, branches: 0, partial: 0, missingBranches: 0 };
  const rows = files.map((file) => {
    const n = numbersOf(file);
    for (const key of Object.keys(total) as (keyof PyNumbers)[]) total[key] += n[key];
    return row(file.path, n, formatCoveragePyMissing(file));
  });
  rows.sort(compareHuman);
  const out = [header, rule, ...rows];
  if (files.length > 0) out.push(rule, row('TOTAL', total, ''));
  return out.join('\n') + '\n';
}
