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
 *
 * The XML is read in one streaming pass with saxes (a strict, non-validating SAX parser: any
 * well-formedness error, such as a truncated file, stops it), without building an object tree.
 * Only elements at their Cobertura place count: `coverage/packages/package/classes/class`, its
 * `lines/line` and `methods/method/lines/line`, and `coverage/sources/source`. A `<line>`,
 * `<method>` or `<class>` without attributes or child elements is skipped, as before.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { CoverageFormatError } from '../errors.js';
import type { BranchHit, FileCoverage, FunctionHit } from './model.js';
import { addFileCoverage, toCoverageData } from './merge.js';
import { createRepoPathResolver } from './paths.js';
import type { ParsedCoverage, ReadOptions } from './read.js';

type Attributes = Record<string, string>;

/** One `<class>`: a source file's lines, branch points and functions. */
export interface CoberturaClass {
  /** The `filename` attribute, trimmed ('' when absent). */
  raw: string;
  lines: Map<number, number>;
  branches: Map<string, BranchHit>;
  functions: Map<string, FunctionHit>;
}

/** What {@link readCobertura} needs of a Cobertura document, read without an XML tree. */
export interface CoberturaDocument {
  /** Attributes of the root `<coverage>` element. */
  attributes: Attributes;
  /** Trimmed, non-empty `<sources><source>` texts, in order. */
  sources: string[];
  /** Every `<class>`, in document order. */
  classes: CoberturaClass[];
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

function hasAttributes(attrs: Attributes): boolean {
  for (const _ in attrs) return true;
  return false;
}

/** An attribute as the old tree reader saw it: trimmed, or undefined. */
const attr = (attrs: Attributes, name: string): string | undefined => attrs[name]?.trim();

/** A `<method>` being read: its attributes and the attributes of its first `<line>`. */
interface OpenMethod {
  attrs: Attributes;
  first: Attributes | undefined;
  hasChild: boolean;
}

/** Builds the classes of one document from SAX events (see the path rules in the file doc). */
class CoberturaBuilder {
  readonly classes: CoberturaClass[] = [];
  readonly sources: string[] = [];
  /** Names of the open elements, root first. */
  readonly stack: string[] = [];
  rootName = '';
  rootAttrs: Attributes = {};
  rootHasChild = false;
  /** The first bad `<line>`, thrown once the whole document has proved well-formed. */
  problem: CoverageFormatError | null = null;
  cls: CoberturaClass | null = null;
  clsFilename: string | undefined;
  clsKeep = false;
  method: OpenMethod | null = null;
  sourceText: string | null = null;

  constructor(private readonly source: string) {}

  open(tag: SaxesTagPlain): void {
    const { stack } = this;
    const depth = stack.length;
    const name = tag.name;
    stack.push(name);
    const attrs: Attributes = tag.attributes;
    if (depth === 0) {
      this.rootName = name;
      this.rootAttrs = attrs;
      return;
    }
    if (this.rootName !== 'coverage') return;
    if (name === 'line') {
      if (depth === 6 && this.cls && stack[5] === 'lines' && stack[4] === 'class')
        this.addLine(this.cls, attrs);
      else if (depth === 8 && this.method && stack[7] === 'lines' && stack[6] === 'method') {
        if (this.method.first === undefined && hasAttributes(attrs)) this.method.first = attrs;
      }
    } else if (depth === 1) {
      this.rootHasChild = true;
    } else if (depth === 2 && name === 'source' && stack[1] === 'sources') {
      this.sourceText = '';
    } else if (depth === 4 && name === 'class' && stack[3] === 'classes') {
      if (stack[2] === 'package' && stack[1] === 'packages') this.openClass(attrs);
    }
    if (depth === 5 && this.cls) this.clsKeep = true;
    else if (depth === 6 && this.cls && name === 'method' && stack[5] === 'methods' && stack[4] === 'class') {
      this.method = { attrs, first: undefined, hasChild: false };
    } else if (depth === 7 && this.method) this.method.hasChild = true;
  }

  close(): void {
    const depth = this.stack.length - 1;
    this.stack.pop();
    if (depth === 4 && this.cls) {
      if (this.clsKeep) this.classes.push(this.cls);
      this.cls = null;
    } else if (depth === 6 && this.method) {
      if (this.cls && (this.method.hasChild || hasAttributes(this.method.attrs)))
        this.addMethod(this.cls, this.method);
      this.method = null;
    } else if (depth === 2 && this.sourceText !== null) {
      const text = this.sourceText.trim();
      if (text !== '') this.sources.push(text);
      this.sourceText = null;
    }
  }

  text(text: string): void {
    if (this.sourceText !== null && this.stack.length === 3) this.sourceText += text;
  }

  private openClass(attrs: Attributes): void {
    this.clsFilename = attr(attrs, 'filename');
    this.clsKeep = hasAttributes(attrs);
    this.cls = { raw: this.clsFilename ?? '', lines: new Map(), branches: new Map(), functions: new Map() };
  }

  private bad(what: string): void {
    this.problem ??= new CoverageFormatError(
      `${this.source}: class "${String(this.clsFilename)}" has ${what}; is this a Cobertura report?`,
    );
  }

  private addLine(cls: CoberturaClass, attrs: Attributes): void {
    const numberText = attrs.number;
    if (numberText === undefined && !hasAttributes(attrs)) return;
    const number = Number(numberText);
    const hits = Number(attrs.hits);
    if (!Number.isInteger(number) || !Number.isFinite(hits) || hits < 0) {
      this.bad(`a <line> with number="${String(numberText?.trim())}" hits="${String(attr(attrs, 'hits'))}"`);
      return;
    }
    // Java writes one class per inner class of a file: keep the best count of a repeated line.
    cls.lines.set(number, Math.max(hits, cls.lines.get(number) ?? 0));
    const cond = attr(attrs, 'condition-coverage');
    if (cond === undefined || cond === '') return;
    const parsed = parseCondition(cond);
    if (!parsed) {
      this.bad(`condition-coverage="${cond}" on line ${number}`);
      return;
    }
    const [covered, total] = parsed;
    const hit = Math.max(hits, 1);
    const outcomes: number[] = [];
    for (let i = 0; i < total; i++) outcomes.push(i < covered ? hit : 0);
    cls.branches.set(String(number), { line: number, hits: outcomes });
  }

  private addMethod(cls: CoberturaClass, method: OpenMethod): void {
    const name = attr(method.attrs, 'name') ?? '(anonymous)';
    const first = method.first;
    const line = first ? Number(first.number) : 0;
    const hits = Number(attr(method.attrs, 'hits') ?? (first ? attr(first, 'hits') : undefined) ?? 0);
    let id = `${name}@${line}`;
    for (let n = 2; cls.functions.has(id); n++) id = `${name}@${line}#${n}`;
    cls.functions.set(id, {
      name,
      line: Number.isFinite(line) ? line : 0,
      hits: Number.isFinite(hits) ? hits : 0,
    });
  }
}

/**
 * Reads Cobertura XML text in one streaming pass. Throws CoverageFormatError naming `source`:
 * first for XML that is not well-formed (with its line), then for a root other than `<coverage>`,
 * then for the first `<line>` with a bad number, hit count or condition-coverage.
 */
export function parseCoberturaXml(text: string, source: string): CoberturaDocument {
  const builder = new CoberturaBuilder(source);
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    const msg = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    throw new CoverageFormatError(`${source}:${parser.line}: invalid XML (${msg}); is the file truncated?`);
  });
  // Text is only kept inside <source>: listening to all of it costs time on every <line>.
  const onText = (t: string): void => builder.text(t);
  parser.on('opentag', (tag) => {
    builder.open(tag);
    if (builder.sourceText !== null && builder.stack.length === 3) {
      parser.on('text', onText);
      parser.on('cdata', onText);
    }
  });
  parser.on('closetag', () => {
    if (builder.sourceText !== null && builder.stack.length === 3) {
      parser.off('text');
      parser.off('cdata');
    }
    builder.close();
  });
  parser.write(text).close();

  if (builder.rootName !== 'coverage' || !(builder.rootHasChild || hasAttributes(builder.rootAttrs))) {
    throw new CoverageFormatError(
      `${source}: XML root is <${builder.rootName || '?'}>, not Cobertura <coverage>; ` +
        'use a Cobertura report (coverage.xml, cobertura-coverage.xml)',
    );
  }
  if (builder.problem) throw builder.problem;
  return { attributes: builder.rootAttrs, sources: builder.sources, classes: builder.classes };
}

/** Reads a Cobertura document (from {@link parseCoberturaXml}) into the common model. */
export function readCobertura(doc: CoberturaDocument, source: string, opts: ReadOptions): ParsedCoverage {
  void source; // errors are all found while parsing; kept for the readers' common signature
  const sourceRoots = doc.sources;
  const classes = doc.classes;
  const hasMethods = classes.some((c) => c.functions.size > 0);
  const branchRate = attr(doc.attributes, 'branch-rate');
  const noBranchesMeasured =
    branchRate === undefined ||
    (Number(attr(doc.attributes, 'branches-valid')) === 0 && Number(branchRate) === 0);
  const hasBranches = classes.some((c) => c.branches.size > 0) || !noBranchesMeasured;

  const files = new Map<string, FileCoverage>();
  const dropped: string[] = [];
  const toRepoPath = createRepoPathResolver({ ...opts, sourceRoots });
  for (const cls of classes) {
    const path = toRepoPath(cls.raw);
    if (path === null) {
      dropped.push(
        sourceRoots.length > 0 && !/^([/\\]|[a-zA-Z]:)/.test(cls.raw)
          ? `${sourceRoots[0]}/${cls.raw}`
          : cls.raw,
      );
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
