/**
 * Reader of Cobertura XML in both common dialects:
 * - istanbul's `cobertura` reporter (c8, nyc, jest, vitest): `<source>` is the project root,
 *   `filename` is relative to it, `<methods>` lists the functions;
 * - coverage.py / pytest-cov `coverage.xml`: one `<source>` per `--cov` directory, `filename`
 *   relative to one of them, package/class nesting by directory, `<methods/>` always empty.
 *
 * Lines come from `<line hits>`. Branches come from `condition-coverage="50% (1/2)"`: the line
 * becomes one branch point with 2 outcomes, 1 of them hit (Cobertura does not say which, so the
 * covered outcomes get the line's hits). Functions come from `<method>` when the report has any,
 * else `null`. Statements are always `null`.
 *
 * Branches are `null` (not measured) when no line anywhere has `condition-coverage` and the root
 * says no branches were measured: `branch-rate` absent, or `branches-valid="0"` with
 * `branch-rate="0"` — coverage.py's output without `--cov-branch`. (With branch measurement and
 * no branch in the code, coverage.py and istanbul both write `branch-rate="1"`: a measured 0/0.)
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CoverageFormatError } from '../errors.js';
import type { BranchHit, FileCoverage, FunctionHit } from './model.js';
import { addFileCoverage, toCoverageData } from './merge.js';
import { toRepoPath } from './paths.js';
import type { ParsedCoverage, ReadOptions } from './read.js';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['source', 'package', 'class', 'line', 'method']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
  // No tag paths are needed; building them per tag costs time on multi-MB reports.
  jPath: false,
});

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `parent.a.b` as an array of nodes (`<lines/>` parses as an empty string). */
function children(parent: unknown, container: string, name: string): Node[] {
  if (!isNode(parent)) return [];
  const box = parent[container];
  if (!isNode(box)) return [];
  const list = box[name];
  return Array.isArray(list) ? list.filter(isNode) : [];
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : isNode(v) && typeof v['#text'] === 'string' ? v['#text'].trim() : '';
}

/** `"50% (1/2)"` -> [1, 2], or null when malformed. */
function parseCondition(value: string): [number, number] | null {
  const open = value.indexOf('(');
  const slash = value.indexOf('/', open);
  const close = value.indexOf(')', slash);
  if (open === -1 || slash === -1 || close === -1) return null;
  const covered = Number(value.slice(open + 1, slash));
  const total = Number(value.slice(slash + 1, close));
  if (!Number.isInteger(covered) || !Number.isInteger(total) || covered < 0 || covered > total) return null;
  return [covered, total];
}

interface ClassData {
  raw: string;
  lines: Map<number, number>;
  branches: Map<string, BranchHit>;
  functions: Map<string, FunctionHit>;
}

function readClass(cls: Node, source: string): ClassData {
  const bad = (what: string): CoverageFormatError =>
    new CoverageFormatError(`${source}: class "${String(cls.filename)}" has ${what}; is this a Cobertura report?`);
  const lines = new Map<number, number>();
  const branches = new Map<string, BranchHit>();
  for (const line of children(cls, 'lines', 'line')) {
    const number = Number(line.number);
    const hits = Number(line.hits);
    if (!Number.isInteger(number) || !Number.isFinite(hits) || hits < 0) {
      throw bad(`a <line> with number="${String(line.number)}" hits="${String(line.hits)}"`);
    }
    // Java writes one class per inner class of a file: keep the best count of a repeated line.
    lines.set(number, Math.max(hits, lines.get(number) ?? 0));
    const cond = line['condition-coverage'];
    if (typeof cond === 'string' && cond !== '') {
      const parsed = parseCondition(cond);
      if (!parsed) throw bad(`condition-coverage="${cond}" on line ${number}`);
      const [covered, total] = parsed;
      const hit = Math.max(hits, 1);
      const outcomes = Array.from({ length: total }, (_, i) => (i < covered ? hit : 0));
      branches.set(String(number), { line: number, hits: outcomes });
    }
  }
  const functions = new Map<string, FunctionHit>();
  for (const method of children(cls, 'methods', 'method')) {
    const name = typeof method.name === 'string' ? method.name : '(anonymous)';
    const first = children(method, 'lines', 'line')[0];
    const line = first ? Number(first.number) : 0;
    const hits = Number(method.hits ?? first?.hits ?? 0);
    let id = `${name}@${line}`;
    for (let n = 2; functions.has(id); n++) id = `${name}@${line}#${n}`;
    functions.set(id, { name, line: Number.isFinite(line) ? line : 0, hits: Number.isFinite(hits) ? hits : 0 });
  }
  return { raw: typeof cls.filename === 'string' ? cls.filename : '', lines, branches, functions };
}

/** Validates XML text and returns its Cobertura `<coverage>` element; throws CoverageFormatError. */
export function parseCoberturaXml(text: string, source: string): Node {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new CoverageFormatError(`${source}:${line}: invalid XML (${msg}); is the file truncated?`);
  }
  const doc: unknown = parser.parse(text);
  const root = isNode(doc) ? doc.coverage : undefined;
  if (!isNode(root)) {
    const names = isNode(doc) ? Object.keys(doc).filter((k) => !k.startsWith('?')) : [];
    throw new CoverageFormatError(
      `${source}: XML root is <${names[0] ?? '?'}>, not Cobertura <coverage>; ` +
        'use a Cobertura report (coverage.xml, cobertura-coverage.xml)',
    );
  }
  return root;
}

/** Reads a Cobertura document (the `<coverage>` element from {@link parseCoberturaXml}). */
export function readCobertura(root: Node, source: string, opts: ReadOptions): ParsedCoverage {
  const sources = isNode(root.sources) ? root.sources.source : undefined;
  const sourceRoots = (Array.isArray(sources) ? sources : []).map(text).filter((s) => s !== '');
  const classes: ClassData[] = [];
  for (const pkg of children(root, 'packages', 'package')) {
    for (const cls of children(pkg, 'classes', 'class')) classes.push(readClass(cls, source));
  }
  const hasMethods = classes.some((c) => c.functions.size > 0);
  const branchRate = root['branch-rate'];
  const noBranchesMeasured =
    branchRate === undefined || (Number(root['branches-valid']) === 0 && Number(branchRate) === 0);
  const hasBranches = classes.some((c) => c.branches.size > 0) || !noBranchesMeasured;

  const files = new Map<string, FileCoverage>();
  const dropped: string[] = [];
  for (const cls of classes) {
    const path = toRepoPath(cls.raw, { ...opts, sourceRoots });
    if (path === null) {
      dropped.push(sourceRoots.length > 0 && !/^([/\\]|[a-zA-Z]:)/.test(cls.raw) ? `${sourceRoots[0]}/${cls.raw}` : cls.raw);
      continue;
    }
    addFileCoverage(files, {
      path,
      lines: cls.lines,
      statements: null,
      functions: hasMethods ? cls.functions : null,
      branches: hasBranches ? cls.branches : null,
    });
  }
  return { data: toCoverageData(files, ['cobertura']), dropped };
}
