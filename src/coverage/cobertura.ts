/**
 * Reader of Cobertura XML in both common dialects:
 * - istanbul's `cobertura` reporter (c8, nyc, jest, vitest): `<source>` is the project root,
 *   `filename` is relative to it, `<methods>` lists the functions;
 * - coverage.py / pytest-cov `coverage.xml`: one `<source>` per `--cov` directory, `filename`
 *   relative to one of them, package/class nesting by directory, `<methods/>` always empty.
 *
 * Lines come from `<line hits>`. Branches come from `condition-coverage="50% (1/2)"`: the line
 * becomes one branch point with 2 outcomes, 1 of them hit (Cobertura does not say which, so the
 * covered outcomes get the line's hits); coverage.py adds `missing-branches="50,exit"`, the untaken
 * destinations, kept on the branch so that merged runs equal `coverage combine`. Functions come from `<method>` when the report has any,
 * else `null`. Statements are always `null`.
 *
 * Branches are `null` (not measured) when no line anywhere has `condition-coverage` and the root
 * says no branches were measured: `branch-rate` absent, or `branches-valid="0"` with
 * `branch-rate="0"` — coverage.py's output without `--cov-branch`. (With branch measurement and
 * no branch in the code, coverage.py and istanbul both write `branch-rate="1"`: a measured 0/0.)
 *
 * The XML is read in one pass without building an object tree: first by the fast scanner of
 * xml-scan.ts, which gives up on anything it does not handle with certainty; then, only if it gave
 * up, by saxes (a strict, non-validating SAX parser: any well-formedness error, such as a truncated
 * file, stops it and names its line). Both feed the same builder, so the result is the same.
 * Only elements at their Cobertura place count: `coverage/packages/package/classes/class`, its
 * `lines/line` and `methods/method/lines/line`, and `coverage/sources/source`. A `<line>`,
 * `<method>` or `<class>` without attributes or child elements is skipped, as before.
 */
import { SaxesParser } from 'saxes';
import { CoverageFormatError } from '../errors.js';
import type { FileCoverage } from './model.js';
import { addFileCoverage, toCoverageData } from './merge.js';
import { createRepoPathResolver } from './paths.js';
import type { ParsedCoverage, ReadOptions } from './read.js';
import { CoberturaBuilder, attr, finishDocument } from './cobertura-builder.js';
import type { Attributes, CoberturaDocument } from './cobertura-builder.js';
import { scanXml } from './xml-scan.js';
import type { AttributeReader } from './xml-scan.js';

export type { CoberturaClass, CoberturaDocument } from './cobertura-builder.js';

/** saxes' attribute record seen through the {@link AttributeReader} the builder reads. */
class RecordAttributes implements AttributeReader {
  record: Attributes = {};
  get count(): number {
    let count = 0;
    for (const _ in this.record) count++;
    return count;
  }
  get(name: string): string | undefined {
    return this.record[name];
  }
  getNumber(name: string): number {
    return Number(this.record[name]);
  }
  toRecord(): Attributes {
    return this.record;
  }
}

/**
 * Reads Cobertura XML with the fast scanner only. Returns null when the scanner gave up (the
 * XML has something it does not handle with certainty, or is not well-formed); else the same
 * document, or the same CoverageFormatError, as {@link parseCoberturaXmlStrictly}.
 */
export function scanCoberturaXml(text: string, source: string): CoberturaDocument | null {
  const builder = new CoberturaBuilder(source);
  return scanXml(text, builder) ? finishDocument(builder, source) : null;
}

/** Reads Cobertura XML with saxes only: the reference the fast scanner must agree with. */
export function parseCoberturaXmlStrictly(text: string, source: string): CoberturaDocument {
  const builder = new CoberturaBuilder(source);
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    const msg = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    throw new CoverageFormatError(`${source}:${parser.line}: invalid XML (${msg}); is the file truncated?`);
  });
  // Text is only kept inside <source>: listening to all of it costs time on every <line>.
  const onText = (t: string): void => builder.text(t);
  const attrs = new RecordAttributes();
  parser.on('opentag', (tag) => {
    attrs.record = tag.attributes;
    builder.open(tag.name, attrs);
    if (builder.wantsText()) {
      parser.on('text', onText);
      parser.on('cdata', onText);
    }
  });
  parser.on('closetag', () => {
    if (builder.wantsText()) {
      parser.off('text');
      parser.off('cdata');
    }
    builder.close();
  });
  parser.write(text).close();
  return finishDocument(builder, source);
}

/**
 * Reads Cobertura XML text in one pass (fast scanner, else saxes). Throws CoverageFormatError
 * naming `source`: first for XML that is not well-formed (with its line), then for a root other
 * than `<coverage>`, then for the first `<line>` with a bad number, hit count or condition-coverage.
 */
export function parseCoberturaXml(text: string, source: string): CoberturaDocument {
  return scanCoberturaXml(text, source) ?? parseCoberturaXmlStrictly(text, source);
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
  return {
    data: toCoverageData(files, ['cobertura'], isCoveragePy(doc) ? 'coverage.py' : undefined),
    dropped,
  };
}

/**
 * coverage.py writes `version` as its own release (`6.5.0`) and never lists methods; istanbul
 * writes `version="0.1"`, Java's Cobertura and others list `<method>`s or prefix their name.
 */
function isCoveragePy(doc: CoberturaDocument): boolean {
  const version = attr(doc.attributes, 'version') ?? '';
  return (
    /^\d+\.\d+\.\d+/.test(version) && version !== '0.1' && doc.classes.every((c) => c.functions.size === 0)
  );
}
