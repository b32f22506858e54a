/**
 * The part of the Cobertura reader (cobertura.ts) both XML readers share: it receives the elements
 * of a document (from the fast scanner or from saxes) and keeps what Cobertura means, by the path
 * rules given in cobertura.ts.
 */
import { CoverageFormatError } from '../errors.js';
import type { BranchHit, FunctionHit } from './model.js';
import { describeBadHits, describeBadLine, isHitCount, isLineNumber } from './validate.js';
import type { AttributeReader } from './xml-text.js';

/** Attributes of one element by name. */
export type Attributes = Record<string, string>;

/** One `<class>`: a source file's lines, branch points and functions. */
export interface CoberturaClass {
  /** The `filename` attribute, trimmed ('' when absent). */
  raw: string;
  lines: Map<number, number>;
  branches: Map<string, BranchHit>;
  functions: Map<string, FunctionHit>;
}

/** What readCobertura needs of a Cobertura document, read without an XML tree. */
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
  if (!isHitCount(covered) || !isHitCount(total) || covered > total) return null;
  return [covered, total];
}

/** Whether a record has any attribute. */
function hasAttributes(attrs: Attributes): boolean {
  for (const _ in attrs) return true;
  return false;
}

/** An attribute as the old tree reader saw it: trimmed, or undefined. */
export const attr = (attrs: Attributes, name: string): string | undefined => attrs[name]?.trim();

/** A `<method>` being read: its attributes and the attributes of its first `<line>`. */
interface OpenMethod {
  attrs: Attributes;
  first: Attributes | undefined;
  hasChild: boolean;
}

/** Builds the classes of one document from SAX events (see the path rules in the file doc). */
export class CoberturaBuilder {
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

  /** An element starts (`attrs` may be reused by the reader after the call). */
  open(name: string, attrs: AttributeReader): void {
    const { stack } = this;
    const depth = stack.length;
    stack.push(name);
    if (depth === 0) {
      this.rootName = name;
      this.rootAttrs = attrs.toRecord();
      return;
    }
    if (this.rootName !== 'coverage') return;
    if (name === 'line') {
      if (depth === 6 && this.cls && stack[5] === 'lines' && stack[4] === 'class')
        this.addLine(this.cls, attrs);
      else if (depth === 8 && this.method && stack[7] === 'lines' && stack[6] === 'method') {
        if (this.method.first === undefined && attrs.count > 0) this.method.first = attrs.toRecord();
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
      this.method = { attrs: attrs.toRecord(), first: undefined, hasChild: false };
    } else if (depth === 7 && this.method) this.method.hasChild = true;
  }

  /** The innermost open element ends. */
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

  /** Whether text is wanted here: only directly inside `<source>`. */
  wantsText(): boolean {
    return this.sourceText !== null && this.stack.length === 3;
  }

  /** Character data inside `<source>` (see {@link CoberturaBuilder.wantsText}). */
  text(text: string): void {
    if (this.sourceText !== null && this.stack.length === 3) this.sourceText += text;
  }

  private openClass(attrs: AttributeReader): void {
    this.clsFilename = attrs.get('filename')?.trim();
    this.clsKeep = attrs.count > 0;
    this.cls = { raw: this.clsFilename ?? '', lines: new Map(), branches: new Map(), functions: new Map() };
  }

  private bad(what: string): void {
    this.problem ??= new CoverageFormatError(
      `${this.source}: class "${String(this.clsFilename)}" has ${what}; is this a Cobertura report?`,
    );
  }

  private addLine(cls: CoberturaClass, attrs: AttributeReader): void {
    if (attrs.count === 0) return; // (with no attribute there is no number either)
    const number = attrs.getNumber('number');
    const hits = attrs.getNumber('hits');
    if (!isLineNumber(number) || !isHitCount(hits)) {
      const numberText = String(attrs.get('number')?.trim());
      const why = isLineNumber(number)
        ? describeBadHits(attrs.get('hits')?.trim())
        : describeBadLine(numberText);
      this.bad(`a <line> with number="${numberText}" hits="${String(attrs.get('hits')?.trim())}" (${why})`);
      return;
    }
    // Java writes one class per inner class of a file: keep the best count of a repeated line.
    cls.lines.set(number, Math.max(hits, cls.lines.get(number) ?? 0));
    const cond = attrs.get('condition-coverage')?.trim();
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
    const branch: BranchHit = { line: number, hits: outcomes };
    // coverage.py names the untaken destinations; kept only when they account for every miss.
    const missing = attrs.get('missing-branches')?.trim();
    if (missing !== undefined && missing !== '') {
      const destinations = missing.split(',').map((d) => d.trim());
      if (destinations.length === total - covered) branch.missing = destinations;
    } else if (covered === total && attrs.get('branch') !== undefined) {
      branch.missing = []; // coverage.py writes no attribute when nothing is missing
    }
    cls.branches.set(String(number), branch);
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

/** The document the builder saw, or the error a well-formed but non-Cobertura document gets. */
export function finishDocument(builder: CoberturaBuilder, source: string): CoberturaDocument {
  // Clover (Jest/Vitest/c8 `clover.xml`) has a <coverage> root too, with a `clover` version and a
  // <project>: read as Cobertura it would be a report of no file.
  if (builder.rootName === 'coverage' && attr(builder.rootAttrs, 'clover') !== undefined) {
    throw new CoverageFormatError(
      `${source}: this is a Clover report (clover.xml), which covgate does not read; use the ` +
        'coverage-final.json or lcov.info that the same run writes (istanbul reporters json or lcov)',
    );
  }
  if (builder.rootName !== 'coverage' || !(builder.rootHasChild || hasAttributes(builder.rootAttrs))) {
    throw new CoverageFormatError(
      `${source}: XML root is <${builder.rootName || '?'}>, not Cobertura <coverage>; ` +
        'use a Cobertura report (coverage.xml, cobertura-coverage.xml)',
    );
  }
  if (builder.problem) throw builder.problem;
  return { attributes: builder.rootAttrs, sources: builder.sources, classes: builder.classes };
}
