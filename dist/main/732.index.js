export const id = 732;
export const ids = [732];
export const modules = {

/***/ 7732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(32322);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./js/constants.js
var constants = __webpack_require__(46619);
// EXTERNAL MODULE: ../../node_modules/@actions/cache/lib/cache.js + 35 modules
var cache = __webpack_require__(23458);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(53053);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./js/errors.js
var errors = __webpack_require__(92911);
;// CONCATENATED MODULE: ./js/coverage/line-hits.js
/**
 * A file's line hit counts in one flat array, for readers of reports with very many files: a
 * `Map` with two lines costs ~190 bytes, this ~110 (a million-file lcov report: 80 MB less).
 * Read like a `Map` through {@link LineCounts}. Pure.
 */
/** Line -> hits of one file, in ascending line order, each line once. Never changed once made. */
class LineHits {
    /** `[line, hits, line, hits, …]`, lines ascending and unique. */
    pairs;
    /** From `pairs` as described on the field, kept as given (the caller gives up the array). */
    constructor(pairs) {
        this.pairs = pairs;
    }
    get size() {
        return this.pairs.length / 2;
    }
    get(line) {
        const at = findLine(this.pairs, line);
        return at < 0 ? undefined : this.pairs[at + 1];
    }
    *[Symbol.iterator]() {
        const { pairs } = this;
        for (let i = 0; i < pairs.length; i += 2)
            yield [pairs[i] ?? 0, pairs[i + 1] ?? 0];
    }
    *keys() {
        const { pairs } = this;
        for (let i = 0; i < pairs.length; i += 2)
            yield pairs[i] ?? 0;
    }
    *values() {
        const { pairs } = this;
        for (let i = 1; i < pairs.length; i += 2)
            yield pairs[i] ?? 0;
    }
}
/**
 * LineHits of `pairs` (`[line, hits, …]`) in any order; a line listed twice keeps its last hits, as
 * a `Map` would. The array is kept when it is in order already.
 */
function lineHitsOf(pairs) {
    let sorted = true;
    for (let i = 2; i < pairs.length && sorted; i += 2)
        sorted = (pairs[i - 2] ?? 0) < (pairs[i] ?? 0);
    if (sorted)
        return new LineHits(pairs);
    const byLine = new Map();
    for (let i = 0; i < pairs.length; i += 2)
        byLine.set(pairs[i] ?? 0, pairs[i + 1] ?? 0);
    const out = [];
    for (const line of [...byLine.keys()].sort((a, b) => a - b))
        out.push(line, byLine.get(line) ?? 0);
    return new LineHits(out);
}
/**
 * Index of `line` in `pairs` (`[line, hits, …]`, lines ascending), or `-(insertion index) - 1`
 * when absent: a binary search over the even indexes.
 */
function findLine(pairs, line) {
    let low = 0;
    let high = pairs.length / 2 - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const at = pairs[mid * 2] ?? 0;
        if (at === line)
            return mid * 2;
        if (at < line)
            low = mid + 1;
        else
            high = mid - 1;
    }
    return -(low * 2) - 1;
}

;// CONCATENATED MODULE: ./js/coverage/merge.js
/** Parses an id made by {@link locationId} (an optional `#n` suffix is ignored), else null. */
function parseLoc(id) {
    const hash = id.indexOf('#');
    const text = hash === -1 ? id : id.slice(0, hash);
    const parts = text.split('|');
    if (parts.length !== 4 || parts.some((p) => p === ''))
        return null;
    const [sl, sc, el, ec] = parts.map(Number);
    if ([sl, sc, el, ec].some((n) => n === undefined || !Number.isFinite(n)))
        return null;
    return { sl: sl ?? 0, sc: sc ?? 0, el: el ?? 0, ec: ec ?? 0 };
}
/** The id istanbul readers give an item: its location, `startLine|startCol|endLine|endCol`. */
function locationId(sl, sc, el, ec) {
    return `${sl}|${sc}|${el}|${ec}`;
}
/** Key of the narrowest item of `ids` whose location contains `id`'s, as istanbul's merge picks it. */
function findContainer(id, ids) {
    const item = parseLoc(id);
    if (!item)
        return null;
    let best = null;
    let bestDist = [];
    for (const key of ids) {
        const loc = parseLoc(key);
        if (!loc)
            continue;
        const d = [item.sl - loc.sl, item.sc - loc.sc, loc.el - item.el, loc.ec - item.ec];
        if (d[0] < 0 || d[2] < 0 || (d[0] === 0 && d[1] < 0) || (d[2] === 0 && d[3] < 0))
            continue;
        const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = bestDist;
        const closer = best === null || d[0] < b0 || (d[0] === 0 && d[1] < b1) || d[2] < b2 || (d[2] === 0 && d[3] < b3);
        if (closer) {
            best = key;
            bestDist = [...d];
        }
    }
    return best;
}
/** Merges two id-keyed maps with `add`, filling one-sided items from their container. */
function mergeKeyed(a, b, add) {
    const out = new Map();
    for (const [id, item] of a) {
        const other = b.get(id);
        if (other !== undefined) {
            out.set(id, add(item, other));
            continue;
        }
        const container = findContainer(id, b.keys());
        const fill = container === null ? undefined : b.get(container);
        out.set(id, fill === undefined ? item : add(item, fill));
    }
    for (const [id, item] of b) {
        if (a.has(id))
            continue;
        const container = findContainer(id, a.keys());
        const fill = container === null ? undefined : a.get(container);
        out.set(id, fill === undefined ? item : add(item, fill));
    }
    return out;
}
function mergeMetric(a, b, add) {
    if (a === null)
        return b === null ? null : new Map(b);
    if (b === null)
        return new Map(a);
    return mergeKeyed(a, b, add);
}
const addNumbers = (x, y) => x + y;
// The container filling a function/branch keeps the item's own name, line and outcome count.
const addFunctions = (x, y) => ({ ...x, hits: x.hits + y.hits });
const addBranches = (x, y) => x.missing !== undefined && y.missing !== undefined && x.hits.length === y.hits.length
    ? addBranchesByDestination(x, y, x.missing, y.missing)
    : { line: x.line, hits: x.hits.map((h, i) => h + (y.hits[i] ?? 0)) };
/**
 * `coverage combine` for one branch line: an outcome stays untaken only when both runs missed
 * that destination (the arcs a line can take are fixed by the source, so the counts agree).
 */
function addBranchesByDestination(x, y, xm, ym) {
    const left = [...ym];
    const missing = [];
    for (const dest of xm) {
        const at = left.indexOf(dest);
        if (at === -1)
            continue;
        left.splice(at, 1);
        missing.push(dest);
    }
    const hit = Math.max(1, ...x.hits, ...y.hits);
    const taken = x.hits.length - missing.length;
    return { line: x.line, hits: x.hits.map((_, i) => (i < taken ? hit : 0)), missing };
}
/**
 * How many branch lines were partly covered in two merged parts that do not say which outcome was
 * taken (Cobertura other than coverage.py's): their merged count may be lower than the truth.
 */
function countInexactBranchMerges(parts) {
    const partial = new Map();
    for (const part of parts) {
        if (!part.formats.includes('cobertura'))
            continue;
        for (const file of part.files.values()) {
            for (const br of file.branches?.values() ?? []) {
                const taken = br.hits.filter((h) => h > 0).length;
                if (br.missing !== undefined || taken === 0 || taken === br.hits.length)
                    continue;
                const key = `${file.path}:${br.line}`;
                partial.set(key, (partial.get(key) ?? 0) + 1);
            }
        }
    }
    return [...partial.values()].filter((n) => n > 1).length;
}
/**
 * Files a tool listed without running them (`all: true` in istanbul JSON: c8/nyc `--all`). Kept
 * beside the model, by identity, so the shared FileCoverage type stays as it is.
 */
const placeholders = new WeakSet();
/** Marks `file` as an "all files" placeholder (every count 0, made without running the file). */
function markPlaceholder(file) {
    placeholders.add(file);
    return file;
}
/** True when `file` is an "all files" placeholder (see {@link markPlaceholder}). */
function isPlaceholder(file) {
    return placeholders.has(file);
}
/**
 * Merges two coverages of the same file (same `path`). As in istanbul, a placeholder yields to
 * real data: its made-up structure (c8 lists one "(empty-report)" function) must not be added.
 */
function mergeFiles(a, b) {
    if (placeholders.has(b))
        return a;
    if (placeholders.has(a))
        return b;
    const lines = new Map(a.lines);
    for (const [line, hits] of b.lines)
        lines.set(line, (lines.get(line) ?? 0) + hits);
    return {
        path: a.path,
        lines,
        statements: mergeMetric(a.statements, b.statements, addNumbers),
        functions: mergeMetric(a.functions, b.functions, addFunctions),
        branches: mergeMetric(a.branches, b.branches, addBranches),
    };
}
/** Adds `file` to `files`, merging with an earlier entry of the same path. */
function addFileCoverage(files, file) {
    const existing = files.get(file.path);
    files.set(file.path, existing ? mergeFiles(existing, file) : file);
}
/**
 * Builds a CoverageData whose file map iterates in path order: `files` itself when it does already
 * (callers hand over a map of their own), else a sorted copy.
 */
function toCoverageData(files, formats, producer) {
    const unique = [...new Set(formats)];
    const tool = producer === undefined ? {} : { producer };
    if (isSorted(files.keys()))
        return { files, formats: unique, ...tool };
    // The default order compares UTF-16 code units, as `<` does; paths are unique.
    const paths = [...files.keys()].sort();
    const out = new Map();
    for (const path of paths) {
        const file = files.get(path);
        if (file)
            out.set(path, file);
    }
    return { files: out, formats: unique, ...tool };
}
/** True when `paths` come in ascending order already (a report merged or read before). */
function isSorted(paths) {
    let previous = null;
    for (const path of paths) {
        if (previous !== null && previous > path)
            return false;
        previous = path;
    }
    return true;
}
/**
 * Merges several reports into one by adding hits. Files present in only some parts are kept as
 * they are; a metric one part lacks (lcov has no statements) comes from the parts that have it.
 */
function mergeCoverage(parts) {
    // One part is already merged and sorted: copying a million-file map would only cost memory.
    const [only] = parts;
    if (parts.length === 1 && only !== undefined)
        return only;
    const files = new Map();
    const formats = [];
    for (const part of parts) {
        formats.push(...part.formats);
        for (const file of part.files.values())
            addFileCoverage(files, file);
    }
    const producer = parts[0]?.producer;
    return toCoverageData(files, formats, parts.every((p) => p.producer === producer) ? producer : undefined);
}

;// CONCATENATED MODULE: ./js/coverage/serialize.js
/**
 * The stored form of a coverage report (the baseline saved on the default branch): compact,
 * JSON-safe, versioned — and read back with full validation, because a baseline restored from a
 * cache or a file is untrusted input.
 */



/** Version of {@link SerializedCoverage}; bump it when the layout changes. */
const SERIALIZED_VERSION = 1;
const FORMATS = ['istanbul', 'lcov', 'cobertura'];
/** Converts CoverageData to its stored form (files in path order). */
function serializeCoverage(data) {
    const files = [];
    for (const file of data.files.values()) {
        const lines = [];
        for (const [line, hits] of file.lines)
            lines.push(line, hits);
        files.push({
            path: file.path,
            lines,
            statements: file.statements ? [...file.statements] : null,
            functions: file.functions ? [...file.functions].map(([id, f]) => [id, f.name, f.line, f.hits]) : null,
            branches: file.branches ? [...file.branches].map(([id, b]) => serializeBranch(id, b)) : null,
            ...(isPlaceholder(file) ? { placeholder: true } : {}),
        });
    }
    const producer = data.producer === undefined ? {} : { producer: data.producer };
    return { version: SERIALIZED_VERSION, formats: [...data.formats], ...producer, files };
}
/** A branch entry; the destinations are a 4th element only when known, so old readers' layout holds. */
function serializeBranch(id, b) {
    return b.missing === undefined ? [id, b.line, [...b.hits]] : [id, b.line, [...b.hits], [...b.missing]];
}
const isCount = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isLine = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
function readList(value, where, fail, item) {
    if (value === null)
        return null;
    if (!Array.isArray(value))
        return fail(`${where} is not a list`);
    return value.map((entry, i) => {
        const parsed = Array.isArray(entry) ? item(entry) : null;
        return parsed ?? fail(`${where}[${i}] is malformed`);
    });
}
function serialize_readFile(value, index, fail) {
    if (typeof value !== 'object' || value === null)
        return fail(`files[${index}] is not an object`);
    const v = value;
    if (typeof v.path !== 'string' || v.path === '')
        return fail(`files[${index}].path is missing`);
    const where = `files[${index}] (${v.path})`;
    if (!Array.isArray(v.lines) || v.lines.length % 2 !== 0)
        return fail(`${where}.lines is malformed`);
    // Checked into an array of their exact size, kept as the file's LineHits when in line order (a
    // baseline may be as big as the head report).
    const pairs = v.lines.map((value, i) => {
        const ok = i % 2 === 0 ? isLine(value) : isCount(value);
        if (!ok || typeof value !== 'number')
            return fail(`${where}.lines has a bad entry at ${i - (i % 2)}`);
        return value;
    });
    const lines = lineHitsOf(pairs);
    const statements = readList(v.statements, `${where}.statements`, fail, ([id, hits]) => typeof id === 'string' && isCount(hits) ? [id, hits] : null);
    const functions = readList(v.functions, `${where}.functions`, fail, ([id, name, line, hits]) => typeof id === 'string' && typeof name === 'string' && isLine(line) && isCount(hits)
        ? [id, { name, line, hits }]
        : null);
    const branches = readList(v.branches, `${where}.branches`, fail, ([id, line, hits, missing]) => {
        if (typeof id !== 'string' || !isLine(line) || !Array.isArray(hits) || !hits.every(isCount))
            return null;
        // Baselines written before destinations were kept have three elements.
        if (missing === undefined)
            return [id, { line, hits: [...hits] }];
        if (!Array.isArray(missing) || !missing.every((m) => typeof m === 'string'))
            return null;
        return [id, { line, hits: [...hits], missing: [...missing] }];
    });
    const file = {
        path: v.path,
        lines,
        statements: statements ? new Map(statements) : null,
        functions: functions ? new Map(functions) : null,
        branches: branches ? new Map(branches) : null,
    };
    return v.placeholder === true ? markPlaceholder(file) : file;
}
/**
 * Validates and converts a stored value back to CoverageData. `source` names it in the one-line
 * CoverageFormatError thrown for anything malformed or of another version.
 */
function deserializeCoverage(value, source) {
    const fail = (what) => {
        throw new errors/* CoverageFormatError */.i9(`${source}: stored coverage ${what}; delete it so a new baseline is saved`);
    };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail('is not an object');
    const v = value;
    if (v.version !== SERIALIZED_VERSION) {
        return fail(`has version ${JSON.stringify(v.version) ?? 'none'}, expected ${SERIALIZED_VERSION}`);
    }
    if (!Array.isArray(v.formats) || !v.formats.every((f) => typeof f === 'string' && FORMATS.includes(f))) {
        return fail('has a bad "formats" list');
    }
    if (!Array.isArray(v.files))
        return fail('has no "files" list');
    const files = new Map();
    v.files.forEach((f, i) => {
        const file = serialize_readFile(f, i, fail);
        if (files.has(file.path))
            fail(`lists ${file.path} twice`);
        files.set(file.path, file);
    });
    if (v.producer !== undefined && v.producer !== 'coverage.py')
        return fail('has a bad "producer"');
    return toCoverageData(files, v.formats, v.producer);
}

;// CONCATENATED MODULE: ./js/github/baseline-store.js
/**
 * The baseline: the coverage of a commit on a base branch, kept so a PR can be compared with its
 * base without re-running the base. `BaselineStore` is the seam (like actions/cache's state
 * provider): the action uses the cache-backed store (cache-baseline-store.ts); tests may pass a
 * file-backed one (test/support/file-baseline-store.ts).
 * Baselines are immutable — saving a key that exists is "exists", never an overwrite.
 */




/** A restored file larger than this is not a baseline covgate wrote; refuse to parse it. */
const BASELINE_MAX_BYTES = 256 * 1024 * 1024;
/** Cache keys are at most 512 characters; long branch names are shortened with a hash. */
const COMPONENT_MAX = 120;
/**
 * The storage key of a baseline: `covgate-<comment-id>-<branch>-<sha>`. Each part is encoded so
 * that it holds no `-` (keeps `covgate-app-main-` from matching branch `main-2`), no `/`, no comma:
 * characters other than `[A-Za-z0-9.]` become `_xx` (UTF-8 hex).
 */
function baselineKey(commentId, branch, sha) {
    return `${baselinePrefix(commentId, branch)}${encodeKeyPart(sha.toLowerCase())}`;
}
/** The key prefix shared by every baseline of one comment id and branch (ends with `-`). */
function baselinePrefix(commentId, branch) {
    return `covgate-${encodeKeyPart(commentId)}-${encodeKeyPart(branch)}-`;
}
function encodeKeyPart(part) {
    let out = '';
    for (const byte of Buffer.from(part, 'utf8')) {
        const ch = String.fromCharCode(byte);
        out += /[A-Za-z0-9.]/.test(ch) ? ch : `_${byte.toString(16).padStart(2, '0')}`;
    }
    if (out.length <= COMPONENT_MAX)
        return out;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(part).digest('hex').slice(0, 16);
    return `${out.slice(0, COMPONENT_MAX - 18)}_h${hash}`;
}
/**
 * Checks a restored baseline as untrusted data (it came from a cache or a file anyone could have
 * written) and returns it typed. Throws an Error whose message names `source` and the problem.
 */
function parseBaseline(value, source) {
    const bad = (what) => new Error(`${source} is not a covgate baseline: ${what}`);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw bad('not a JSON object');
    const v = value;
    if (v.version !== 1)
        throw bad(`unsupported format version ${JSON.stringify(v.version)}`);
    for (const field of ['sha', 'branch', 'createdAt', 'commentId']) {
        if (typeof v[field] !== 'string' || v[field] === '')
            throw bad(`"${field}" must be a non-empty string`);
    }
    const b = v;
    if (!/^[0-9a-f]{7,64}$/i.test(b.sha))
        throw bad('"sha" is not a commit SHA');
    if (Number.isNaN(Date.parse(b.createdAt)))
        throw bad('"createdAt" is not a date');
    // Throws a CoverageFormatError naming the problem; the model is kept for coverageOf.
    const data = deserializeCoverage(v.coverage, source);
    const coverage = v.coverage;
    validated.set(coverage, data);
    return { version: 1, ...b, coverage };
}
/** The models parseBaseline made while validating, so that a restore does not build one twice. */
const validated = new WeakMap();
/**
 * The coverage model of a baseline: the one parseBaseline made while checking it, else (a baseline
 * made here rather than restored) deserialized now.
 */
function coverageOf(b, source) {
    return validated.get(b.coverage) ?? deserializeCoverage(b.coverage, source);
}
/**
 * Checks that a parsed baseline is the one asked for (a cache entry's key is no proof of its
 * content). Returns the reason it is not, or `null`.
 */
function mismatchOf(b, q, exact) {
    if (b.commentId !== q.commentId)
        return `it belongs to comment id "${b.commentId}"`;
    if (b.branch !== q.branch)
        return `it belongs to branch "${b.branch}"`;
    if (exact && q.sha !== undefined && b.sha.toLowerCase() !== q.sha.toLowerCase()) {
        return `it is of commit ${b.sha}, not ${q.sha}`;
    }
    return null;
}
/**
 * Reads and validates a baseline file (untrusted: restored from a cache or written by anyone).
 * Throws an Error naming `source` when it is too large, not JSON or not a baseline.
 */
async function readBaselineFile(file, source) {
    if ((await (0,promises_.stat)(file)).size > BASELINE_MAX_BYTES) {
        throw new Error(`${source} is larger than ${BASELINE_MAX_BYTES} bytes`);
    }
    let value;
    try {
        value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new Error(`${source} is not JSON: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    return parseBaseline(value, source);
}

;// CONCATENATED MODULE: ./js/github/cache-baseline-store.js
/**
 * Baselines in the GitHub Actions cache (@actions/cache). Caching is best-effort: an unavailable
 * service, a read-only cache mode, a 429 or a 5xx mean "no baseline" and one covgate warning —
 * never a failed run, never a throw. Keys are immutable, so a key that exists is 'exists'.
 */







/** A baseline store on the GitHub Actions cache service. */
class CacheBaselineStore {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    watch(run) {
        const { deadlineMs = DEFAULT_CACHE_DEADLINE_MS, stdout = process.stdout } = this.opts;
        return watchCacheCall(run, { deadlineMs, stdout });
    }
    /** Saves `b` under `baselineKey(...)` unless that key is already in the cache. */
    async save(b) {
        const { log } = this.opts;
        const key = baselineKey(b.commentId, b.branch, b.sha);
        const unavailable = unavailableReason('write');
        if (unavailable !== null) {
            log.warning(`covgate could not save the baseline: ${unavailable}`);
            return 'unavailable';
        }
        const file = this.fileFor(b.commentId);
        try {
            const before = await this.watch(() => cache/* restoreCache */.P3([file], key, [], { lookupOnly: true }));
            if (before.value === key) {
                log.info(`covgate: baseline ${key} is already in the cache; keys are immutable, nothing to save`);
                return 'exists';
            }
            if (before.problems.length > 0)
                return this.giveUp(key, before.problems);
            await (0,promises_.mkdir)(this.opts.workDir, { recursive: true });
            await (0,promises_.writeFile)(file, JSON.stringify(b));
            const saved = await this.watch(() => cache/* saveCache */.Io([file], key));
            if (saved.value !== undefined && saved.value !== -1) {
                log.info(`covgate: baseline saved to the cache as ${key}`);
                return 'saved';
            }
            // -1 is both "another job saved this key meanwhile" (not an error) and a fault: ask again.
            const after = await this.watch(() => cache/* restoreCache */.P3([file], key, [], { lookupOnly: true }));
            if (after.value === key)
                return 'exists';
            return this.giveUp(key, [...saved.problems, ...after.problems]);
        }
        catch (error) {
            return this.giveUp(key, [(0,errors/* describeError */.Uc)(error)]);
        }
    }
    /** The exact baseline of `q.sha`, else the newest of `q.branch` (the cache's prefix match). */
    async restore(q) {
        const { log } = this.opts;
        const unavailable = unavailableReason('read');
        if (unavailable !== null) {
            log.warning(`covgate found no baseline: ${unavailable}`);
            return { baseline: null, reason: `no baseline: ${unavailable}` };
        }
        const file = this.fileFor(q.commentId);
        const exactKey = q.sha === undefined ? undefined : baselineKey(q.commentId, q.branch, q.sha);
        const prefix = baselinePrefix(q.commentId, q.branch);
        try {
            await (0,promises_.rm)(file, { force: true }); // a stale file must not pass for a restored one
            const got = await this.watch(() => cache/* restoreCache */.P3([file], exactKey ?? prefix, [prefix]));
            if (got.value === undefined) {
                if (got.problems.length === 0) {
                    log.info(`covgate: no baseline of branch ${q.branch} in the cache (prefix ${prefix})`);
                    return { baseline: null, reason: `no baseline of branch ${q.branch} in the cache yet` };
                }
                const reason = `no baseline: the cache service failed (${got.problems.join('; ')})`;
                log.warning(`covgate found ${reason}`);
                return { baseline: null, reason };
            }
            const exact = got.value === exactKey;
            const baseline = await readBaselineFile(file, `the cache entry ${got.value}`);
            const mismatch = mismatchOf(baseline, q, exact);
            if (mismatch !== null)
                throw new Error(`the cache entry ${got.value} was ignored: ${mismatch}`);
            log.info(`covgate: restored baseline ${got.value} (${exact ? 'exact base commit' : 'newest of the branch'})`);
            return { baseline, exact };
        }
        catch (error) {
            const reason = `no baseline: ${(0,errors/* describeError */.Uc)(error)}`;
            log.warning(`covgate found ${reason}`);
            return { baseline: null, reason };
        }
    }
    fileFor(commentId) {
        return (0,external_node_path_.join)(this.opts.workDir, `baseline-${encodeURIComponent(commentId)}.json`);
    }
    giveUp(key, problems) {
        const why = problems.length > 0 ? problems.join('; ') : 'the cache service did not accept it';
        this.opts.log.warning(`covgate could not save the baseline ${key}: ${why}`);
        return 'unavailable';
    }
}
/** Why the cache cannot be used for `access` in this run, or `null` when it can. */
function unavailableReason(access) {
    if (!cache/* isFeatureAvailable */.w3()) {
        return 'the GitHub Actions cache service is not available in this run (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)';
    }
    // The runner's cache mode (same lattice as @actions/cache: unknown values are permissive).
    const mode = (process.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const allowed = { read: ['read', 'write'], write: ['write', 'write-only'] }[access];
    if (['none', 'read', 'write', 'write-only'].includes(mode) && !allowed.includes(mode)) {
        return `the cache is ${mode === 'read' ? 'read-only' : `in mode '${mode}'`} in this run`;
    }
    return null;
}
/** How long one @actions/cache call may take, retries included, before covgate stops waiting. */
const DEFAULT_CACHE_DEADLINE_MS = 120_000;
/**
 * Runs an @actions/cache call and collects its faults. The library swallows service faults (5xx,
 * 429, denied, refused) and returns "miss" or -1, so covgate watches the HTTP exchanges themselves
 * (Node's `http.client.*` diagnostics channels: read-only, nothing patched) and names every
 * failed one. The library's own `::error::`/`::warning::` lines are printed between
 * `::stop-commands::` markers, so a cache fault is text in the log, not a red annotation on a job
 * that did not fail: covgate's one warning reports it. The library retries 5xx with fixed pauses
 * (3 s, ×1.5, five attempts, not configurable), so the whole call has a deadline instead.
 */
async function watchCacheCall(run, opts) {
    // Keyed by operation: a retry that succeeded clears the earlier failures of the same call.
    const failures = new Map();
    const note = (key, problem) => {
        failures.set(key, { problem, times: (failures.get(key)?.times ?? 0) + 1 });
    };
    const onResponse = (message) => {
        const { request, response } = message;
        const status = response.statusCode ?? 0;
        const op = operationOf(request);
        if (status >= 400)
            return note(op, `${op} answered HTTP ${status}`);
        failures.delete(op);
        failures.delete(String(request.getHeader('host') ?? request.host));
    };
    const onError = (message) => {
        const { request, error } = message;
        const host = String(request.getHeader('host') ?? request.host);
        note(host, `network error reaching ${host}: ${error.message}`);
    };
    const token = `covgate-cache-${(0,external_node_crypto_.randomUUID)()}`;
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve('deadline'), opts.deadlineMs);
    });
    (0,external_node_diagnostics_channel_.subscribe)('http.client.response.finish', onResponse);
    (0,external_node_diagnostics_channel_.subscribe)('http.client.request.error', onError);
    opts.stdout.write(`::stop-commands::${token}\n`);
    try {
        const value = await Promise.race([run(), deadline]);
        const problems = [...failures.values()].map((f) => f.times > 1 ? `${f.problem} (${f.times} times)` : f.problem);
        if (value !== 'deadline')
            return { value, problems };
        problems.push(`no result within ${opts.deadlineMs / 1000} s`);
        return { value: undefined, problems };
    }
    finally {
        clearTimeout(timer);
        opts.stdout.write(`::${token}::\n`);
        (0,external_node_diagnostics_channel_.unsubscribe)('http.client.response.finish', onResponse);
        (0,external_node_diagnostics_channel_.unsubscribe)('http.client.request.error', onError);
    }
}
/** "GetCacheEntryDownloadURL" for the service's Twirp calls, "blob storage" for the archive's. */
function operationOf(request) {
    const twirp = /\/twirp\/[^/]+\/(\w+)/.exec(request.path);
    return twirp?.[1] ?? `blob storage (${request.method} ${request.host})`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./js/report/json-stream.js
/**
 * `JSON.stringify(value, null, 2) + '\n'`, written in pieces: the top-level object and the arrays
 * and objects directly in it are taken apart, everything below is stringified a few dozen items
 * at a time. A report of 10,000 files is then never one 20 MB string (plus its escaped copy and its
 * encoded copy) at once (bench/coverage-read.mjs), and one of a million files never a 270 MB one.
 * Pieces are batched so the writer sees few, large writes.
 *
 * An optional `transform` rewrites every string value (not keys), as the replacer
 * `(key, value) => typeof value === 'string' ? transform(value) : value` would: report.json is
 * redacted so.
 */
const BATCH = 1 << 16;
/**
 * Array items stringified per JSON.stringify call: enough to make the calls few, few enough that the
 * text stays well under 128 kB (a longer string is allocated with the long-lived objects and stays
 * there, garbage, until a full collection).
 */
const ITEMS_PER_CALL = 32;
/** True for what JSON.stringify takes apart itself: plain arrays and objects without toJSON. */
function isContainer(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    return typeof value.toJSON !== 'function';
}
/** The replacer of `transform`, for JSON.stringify. */
function replacerOf(transform) {
    return transform === undefined
        ? undefined
        : (_key, value) => (typeof value === 'string' ? transform(value) : value);
}
/** The value JSON.stringify writes for `value` under `key`: its toJSON result, transformed if a string. */
function json_stream_resolve(key, value, transform) {
    const toJSON = value?.toJSON;
    const own = typeof toJSON === 'function' ? toJSON.call(value, key) : value;
    return transform !== undefined && typeof own === 'string' ? transform(own) : own;
}
/** JSON.stringify's text of a resolved value at nesting `indent`; undefined where it would skip it. */
function leaf(value, indent, transform) {
    // A primitive is resolved already; a container's members are transformed by the replacer.
    const text = JSON.stringify(value, isContainer(value) ? replacerOf(transform) : undefined, 2);
    return text === undefined || indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}
/**
 * `items` (of an array whose own brackets are at `indent`) in one JSON.stringify call, separated and
 * indented as in the whole text: wrapped in one array per level above, so that JSON.stringify
 * indents them itself, and unwrapped.
 */
function itemsText(items, indent, transform) {
    const levels = indent.length / 2 + 1;
    let wrapped = items;
    for (let k = 1; k < levels; k++)
        wrapped = [wrapped];
    const text = JSON.stringify(wrapped, replacerOf(transform), 2);
    let head = '';
    let tail = '';
    for (let k = 0; k < levels; k++) {
        head += `${'  '.repeat(k)}[\n`;
        tail = `\n${'  '.repeat(k)}]${tail}`;
    }
    head += '  '.repeat(levels);
    return text.slice(head.length, text.length - tail.length);
}
function* emit(value, indent, depth, transform) {
    if (depth >= 2 || !isContainer(value)) {
        yield leaf(value, indent, transform) ?? 'null';
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        yield `[\n${inner}`;
        for (let i = 0; i < value.length; i += ITEMS_PER_CALL) {
            if (i > 0)
                yield `,\n${inner}`;
            const items = value.slice(i, i + ITEMS_PER_CALL);
            if (depth === 0 && items.some(isContainer)) {
                // Items of the top level are taken apart in turn.
                for (const [k, raw] of items.entries()) {
                    if (k > 0)
                        yield `,\n${inner}`;
                    const item = json_stream_resolve(String(i + k), raw, transform);
                    if (isContainer(item))
                        yield* emit(item, inner, depth + 1, transform);
                    else
                        yield leaf(item, inner, transform) ?? 'null'; // in an array, a skipped value is null
                }
            }
            else {
                yield itemsText(items, indent, transform);
            }
        }
        yield `\n${indent}]`;
        return;
    }
    let first = true;
    for (const key of Object.keys(value)) {
        const item = json_stream_resolve(key, value[key], transform);
        const text = isContainer(item) ? undefined : leaf(item, inner, transform);
        if (!isContainer(item) && text === undefined)
            continue; // undefined, functions, symbols
        yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        if (text === undefined)
            yield* emit(item, inner, depth + 1, transform);
        else
            yield text;
    }
    yield first ? '{}' : `\n${indent}}`;
}
/**
 * `JSON.stringify(value, null, 2) + '\n'` (string values rewritten by `transform`) in pieces of
 * about 64 kB, made as they are taken. A value JSON.stringify would write as `undefined` (a
 * function) is written as `null`.
 */
function* jsonPieces(value, transform) {
    let pending = '';
    for (const s of emit(json_stream_resolve('', value, transform), '', 0, transform)) {
        pending += s;
        if (pending.length >= BATCH) {
            yield pending;
            pending = '';
        }
    }
    yield `${pending}\n`;
}
/** Writes {@link jsonPieces} of `value` to `write`, one piece at a time. */
function writeJson(value, write, transform) {
    for (const piece of jsonPieces(value, transform))
        write(piece);
}

;// CONCATENATED MODULE: ./js/report-file.js
/**
 * The files main writes for later readers: the JSON report behind `report-json` (CONTRACT.md, plus
 * `phases` and `failure` so a failure-path report renders the same in `mode: publish`) and the head
 * coverage post saves as a baseline. A write that fails (disk full) names the file, leaves no
 * partial file behind and never hides the verdict: the caller still posts and sets the outputs.
 */







/** The JSON report of an outcome: the report's fields (or their empty forms), the verdict and why. */
function toReportJson(outcome, ctx) {
    const body = outcome.report ?? {
        // No coverage was read: `totals: null` says so; zeros would read as "0% covered".
        totals: null,
        files: [],
        base: null,
        delta: null,
        patch: null,
        thresholds: [],
    };
    const failure = outcome.passed
        ? null
        : {
            kind: outcome.failures[0]?.kind ?? 'no-coverage-report',
            title: outcome.title,
            failures: outcome.failures,
        };
    const context = { phases: outcome.phases, provenance: ctx.provenance, errors: ctx.errors };
    return { ...body, passed: outcome.passed, phases: outcome.phases, failure, context };
}
/** Writes the JSON report; on failure removes the partial file and returns the failure to add. */
async function writeReportJson(workDir, outcome, ctx, redact = (text) => text) {
    const path = (0,external_node_path_.join)(workDir, constants/* REPORT_FILE_NAME */._G);
    try {
        await (0,promises_.mkdir)(workDir, { recursive: true });
        // Strings are scrubbed of the run's secrets (src/redact.ts): the file may be posted by publish.
        writeJsonFile(path, toReportJson(outcome, ctx), redact);
        return { ok: true, path };
    }
    catch (error) {
        await (0,promises_.rm)(path, { force: true }).catch(() => undefined);
        return {
            ok: false,
            failure: {
                kind: 'write-failed',
                title: 'could not write the JSON report',
                message: `covgate could not write the JSON report ${path}: ${describeWriteError(error)}; report-json is empty`,
            },
        };
    }
}
/**
 * Writes `JSON.stringify(value, null, 2) + '\n'`, its strings rewritten by `redact`, to `path` in
 * 64 kB pieces (report/json-stream.ts): a report of a million files is 270 MB of JSON, which must
 * never be one string plus its encoded copy.
 */
function writeJsonFile(path, value, redact) {
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    try {
        writeJson(value, (piece) => (0,external_node_fs_.writeFileSync)(fd, piece), redact);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** "no space left on device (ENOSPC) — free space on the runner" for the usual write faults. */
function describeWriteError(error) {
    const code = error.code;
    if (code === 'ENOSPC')
        return 'no space left on device (ENOSPC); free disk space on the runner';
    if (code === 'EDQUOT')
        return 'disk quota exceeded (EDQUOT); free disk space on the runner';
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        return `${(0,errors/* describeError */.Uc)(error)}; RUNNER_TEMP must be writable`;
    }
    return (0,errors/* describeError */.Uc)(error);
}
/** On a push to a baseline branch, leaves the head coverage for post to save. PR runs never save. */
async function prepareBaselineSave(config, io, head) {
    const { event } = config;
    if (event.eventName !== 'push' || event.pushedBranch === undefined)
        return;
    const branches = config.baselineBranches.length > 0
        ? config.baselineBranches
        : event.defaultBranch !== undefined
            ? [event.defaultBranch]
            : [];
    if (!branches.includes(event.pushedBranch)) {
        io.info(`covgate: ${event.pushedBranch} is not a baseline branch (${branches.join(', ') || 'none known'}); no baseline saved`);
        return;
    }
    const file = (0,external_node_path_.join)(io.workDir, 'baseline-coverage.json');
    try {
        await (0,promises_.mkdir)(io.workDir, { recursive: true });
        await (0,promises_.writeFile)(file, JSON.stringify(serializeCoverage(head)));
    }
    catch (error) {
        await (0,promises_.rm)(file, { force: true }).catch(() => undefined);
        io.warning(`covgate could not write the baseline file ${file}: ${describeWriteError(error)}; no baseline saved`);
        return;
    }
    const state = {
        file,
        sha: event.headSha,
        branch: event.pushedBranch,
        commentId: config.commentId,
    };
    io.saveState(constants/* State */.Uw.Baseline, JSON.stringify(state));
}

;// CONCATENATED MODULE: ./js/report/escape.js
/**
 * Escaping of untrusted text (file paths, test names, failure messages, commands — all of it comes
 * from the pull request) for GitHub-flavoured Markdown, so that it renders as literal text and never
 * as markup, HTML, a mention, an issue link or a broken table row.
 *
 * Two contexts, two rules:
 * - Markdown text (paragraphs, list items, table cells, link text): every character that can start
 *   markup becomes a character reference. CommonMark decodes references to plain text and never to
 *   structure, and references are also valid inside HTML, so one rule serves both. `(`, `)` and `!`
 *   stay as they are: with `[` and `]` escaped they cannot form a link or an image.
 * - Code spans: references are NOT decoded there, so the text stays as is; only the fence length,
 *   the padding and, inside tables, `|` need care.
 *
 * GitHub's mention, issue-reference, emoji and autolink filters run on the rendered text, after
 * references are decoded, so for those an invisible ZERO WIDTH SPACE is inserted instead.
 */
/** Inserted to break `@user`, `#123`, `:emoji:` and URL recognition without changing what is shown. */
const ZERO_WIDTH_SPACE = '\u200B';
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    '|': '&#124;',
    '#': '&#35;',
    $: '&#36;',
};
const SPECIAL = /[&<>"\\`*_~[\]|#$]/g;
// C0/C1 controls, DEL, line/paragraph separators and bidi controls ("Trojan source") are shown as
// escapes rather than acted on: a newline would end a table row, a bidi override would reorder text.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Half of a surrogate pair without its other half: not a character, and `encodeURIComponent` throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED_CONTROLS = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function showCodeUnit(ch) {
    return NAMED_CONTROLS[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Replaces control and bidi characters (and broken surrogates) by visible escapes such as `\n` or `\u202e`. */
function showInvisible(text) {
    return text.replace(INVISIBLE, showCodeUnit).replace(LONE_SURROGATE, showCodeUnit);
}
/** Breaks the patterns GitHub turns into pings, links or emoji after Markdown is rendered. */
function breakAutolinks(text) {
    return text
        .replace(/@(?=[\p{L}\p{N}])/gu, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
        .replace(/:(?=[a-z0-9_+-]+:)/gi, `:${ZERO_WIDTH_SPACE}`)
        .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}
/**
 * A letter or digit. An `_` between two of them can neither open nor close emphasis (CommonMark's
 * flanking rules), so `snake_case.py` needs no escaping — which keeps long tables short.
 */
function isWordChar(ch) {
    return ch !== undefined && /^[\p{L}\p{N}]$/u.test(ch);
}
/**
 * Escapes untrusted text for Markdown text contexts (table cells, list items, link text,
 * paragraphs, inline HTML): the result renders as exactly the input, shown literally.
 */
function escapeMarkdown(text) {
    let out = breakAutolinks(showInvisible(text)).replace(SPECIAL, (ch, offset, whole) => ch === '_' && isWordChar(whole[offset - 1]) && isWordChar(whole[offset + 1]) ? ch : (ENTITIES[ch] ?? ch));
    // Characters that only mean something at the start of a block (list, setext underline, ordered list).
    out = out
        .replace(/^[-+=]/, (ch) => `&#${ch.charCodeAt(0)};`)
        .replace(/^(\d+)([.)])/, (_m, digits, mark) => `${digits}&#${mark.charCodeAt(0)};`);
    return out;
}
/**
 * Renders untrusted text as a complete inline code span (fences included), e.g. a command. The fence
 * is one backtick longer than the longest backtick run inside, so backticks cannot close it early.
 */
function escapeMarkdownCode(text, options = {}) {
    // A code span shows `<!-- covgate:comment-id=… -->` verbatim, and a raw marker of another
    // comment-id inside this comment would make it look like that one's sticky comment.
    let body = showInvisible(text).replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        body = ' ';
    const longestRun = (body.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space on each side when both are spaces; pad so the text survives intact.
    const needsPad = body.startsWith('`') || body.endsWith('`') || (/^ .*[^ ].* $/s.test(body) && body !== ' ');
    return needsPad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}
/** Shortens text to at most `max` code points, ending in `…` when cut. */
function truncateEnd(text, max) {
    const points = Array.from(text);
    return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/** Shortens a path to at most `max` code points keeping both ends (the file name matters most). */
function truncateMiddle(text, max) {
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    const tail = Math.ceil((max - 1) * 0.6);
    const head = Math.max(0, max - 1 - tail);
    return `${points.slice(0, head).join('')}…${points.slice(points.length - tail).join('')}`;
}
/** UTF-8 percent-encoding of every character of `text`: `(` -> `%28`, `é` -> `%C3%A9`. */
function percentEncode(text) {
    return Array.from(Buffer.from(text, 'utf8'), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
/**
 * Encodes a repo-relative path for a URL: each segment percent-encoded (`#`, `?`, spaces, `|` …),
 * plus the characters `encodeURIComponent` keeps that would end a Markdown link (`(`, `)`) or look odd.
 */
function encodePathForUrl(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')).replace(/[!'()*]/g, percentEncode))
        .join('/');
}
// eslint-disable-next-line no-control-regex
const LOG_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/**
 * Makes text safe to print to a GitHub Actions log: the runner acts on any line that starts with
 * `::` after any blank (`::add-mask::`, `::stop-commands::`, `::save-state …`) and on `##[` anywhere, so text read
 * from a report (file paths, test names) could otherwise issue commands. Such a line gets a visible
 * escape (`\:`), `##[` becomes `#\#[`, and control characters other than the line breaks are shown
 * as escapes (`\r`, `\u001b`), so a CR cannot start a new command line either.
 */
function neutraliseWorkflowCommands(text) {
    return text
        .replace(LOG_CONTROLS, showCodeUnit)
        .replace(LONE_SURROGATE, showCodeUnit)
        .replace(/##\[/g, '#\\#[')
        .replace(/^([^\S\n]*):(?=:)/gm, '$1\\:');
}
/**
 * {@link neutraliseWorkflowCommands} for JSON text: JSON.stringify already escapes control
 * characters and no line of it starts with `::`, so only `##[` (which can only be inside a string)
 * is written as `##\u005b` — the same JSON value, no longer a command.
 */
function neutraliseJsonForLog(json) {
    return json.replace(/##\[/g, '##\\u005b');
}

;// CONCATENATED MODULE: ./js/action-io.js
/**
 * The I/O seam of the pipeline: everything it does to the runner (log, outputs, exported variables,
 * state, job summary) goes through this interface. main.ts and post.ts pass the @actions/core
 * implementation; the pipeline itself never imports @actions/core.
 */







/**
 * The io with every posted string redacted: the job summary here, the API request bodies through
 * the octokit built from it (`createOctokit` reads `redact`), report.json through `writeReportJson`.
 * The secrets are also registered with the runner so the log masks them.
 */
function withRedaction(io, redactor) {
    for (const secret of redactor.secrets)
        io.setSecret(secret);
    const { redact } = redactor;
    return { ...io, redact, appendSummary: (markdown) => io.appendSummary(redact(markdown)) };
}
/**
 * The io with a `setOutput` and an `exportVariable` that never throw (a full disk makes
 * `core.setOutput` throw on GITHUB_OUTPUT, `core.exportVariable` on GITHUB_ENV): the first failure
 * of each file is kept as one line naming it, and the step fails with them after the comment and
 * the check run went out — every channel still gets the verdict. The phases get the database
 * variables directly, so only later steps miss them.
 */
function guardOutputs(io) {
    let outputs = null;
    let env = null;
    const setOutput = (name, value) => {
        try {
            io.setOutput(name, value);
        }
        catch (error) {
            const file = io.env.GITHUB_OUTPUT || 'GITHUB_OUTPUT';
            outputs ??= `covgate could not write the step outputs to ${file} (GITHUB_OUTPUT): ${describeWriteError(error)}; this step's outputs are missing`;
        }
    };
    const exportVariable = (name, value) => {
        try {
            io.exportVariable(name, value);
        }
        catch (error) {
            const file = io.env.GITHUB_ENV || 'GITHUB_ENV';
            env ??= `covgate could not write ${name} to ${file} (GITHUB_ENV): ${describeWriteError(error)}; later steps of the job do not get the database variables`;
        }
    };
    const failure = () => [outputs, env].filter((l) => l !== null).join('\n') || null;
    return { io: { ...io, setOutput, exportVariable }, failure };
}
/** The ActionIo of a real runner step. */
function createCoreIo() {
    const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    return {
        // Log lines carry text read from reports: never let it issue workflow commands.
        info: (m) => core/* info */.pq(neutraliseWorkflowCommands(m)),
        warning: (m, t) => core/* warning */.$e(m, t ?? {}),
        error: (m, t) => core/* error */.z3(m, t ?? {}),
        debug: (m) => core/* debug */.Yz(m),
        group: (name, fn) => core/* group */.Os(name, fn),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        exportVariable: (name, value) => core/* exportVariable */.dN(name, value),
        setSecret: (value) => core/* setSecret */.Pq(value),
        saveState: (name, value) => core/* saveState */.LZ(name, value),
        getState: (name) => core/* getState */.Gu(name),
        appendSummary: async (markdown) => {
            // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; say so instead of failing.
            if (!process.env.GITHUB_STEP_SUMMARY) {
                core/* info */.pq('covgate: GITHUB_STEP_SUMMARY is not set, so no job summary was written');
                return;
            }
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        env: process.env,
        workDir: (0,external_node_path_.join)(runnerTemp, constants/* WORK_DIR_NAME */.O9),
    };
}
/**
 * The baseline store of a real runner step: the Actions cache, archiving a file under
 * `RUNNER_TEMP/covgate-baseline` — main (restore) and post (save) must use the very same path.
 */
function createBaselineStore(io) {
    return new CacheBaselineStore({ workDir: (0,external_node_path_.join)((0,external_node_path_.dirname)(io.workDir), constants/* BASELINE_DIR_NAME */.k5), log: io });
}

// EXTERNAL MODULE: ./js/inputs.js + 5 modules
var inputs = __webpack_require__(18343);
;// CONCATENATED MODULE: ./js/redact.js
/**
 * Secrets out of public text. The runner masks registered secrets in the LOG only; the comment,
 * the check run, the job summary and report.json are posted as they are. A failing test may quote
 * covgate's own database password, and a command may carry an inline `API_KEY=… ./test.sh`, so every
 * string covgate posts passes through one redactor built here. Pure: the caller passes the
 * environment, the password and the commands in.
 */

/** What replaces a secret. */
const REDACTED = '***';
/** Env var names whose values are secrets (GitHub's and the usual conventions). */
const SECRET_NAME = /TOKEN|SECRET|PASSW(?:OR)?D|PASSPHRASE|PRIVATE|CREDENTIAL|AUTH|API_?KEY|ACCESS_?KEY|_KEY$|^KEY$|SESSION|COOKIE|SIGNATURE|DSN|DATABASE_URL/i;
/** Shorter values are words and numbers that would be redacted everywhere they appear. */
const MIN_SECRET_LENGTH = 4;
/** Settings, not secrets, even under a secret-looking name (`DISABLE_AUTH=true`, `TOKEN_TTL=3600`). */
const PLAIN_VALUE = /^(?:true|false|yes|no|on|off|null|none|\d+)$/i;
/** True when an env value under a secret-looking name is worth redacting. */
function isSecretValue(value) {
    return value !== undefined && value.length >= MIN_SECRET_LENGTH && !PLAIN_VALUE.test(value);
}
/** True when an environment variable of this name holds a secret. */
function looksSecret(name) {
    return SECRET_NAME.test(name);
}
/** The forms a secret takes in posted text: raw, URL-, base64-, JSON- and Markdown-encoded. */
function encodingsOf(secret) {
    const json = JSON.stringify(secret).slice(1, -1);
    return [
        secret,
        encodeURIComponent(secret),
        Buffer.from(secret).toString('base64'),
        json,
        escapeMarkdown(secret),
    ];
}
/** Splits a command into words and control operators (`;`, `&&`, `|`, `(` …), honouring quotes. */
function splitWords(command) {
    const out = [];
    let raw = '';
    let value = '';
    let quote = null;
    const flush = () => {
        if (raw !== '')
            out.push({ raw, value });
        raw = '';
        value = '';
    };
    for (let i = 0; i < command.length; i += 1) {
        const ch = command[i] ?? '';
        if (quote !== null) {
            if (ch === quote) {
                quote = null;
                raw += ch;
            }
            else if (ch === '\\' && quote === '"' && i + 1 < command.length) {
                const next = command[(i += 1)] ?? '';
                raw += ch + next;
                value += next;
            }
            else {
                raw += ch;
                value += ch;
            }
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            raw += ch;
        }
        else if (ch === '\\' && i + 1 < command.length) {
            raw += ch + (command[i + 1] ?? '');
            value += command[(i += 1)] ?? '';
        }
        else if (/\s/.test(ch) || /[;&|()]/.test(ch)) {
            flush();
            if (/[;&|()\n]/.test(ch))
                out.push('op');
        }
        else {
            raw += ch;
            value += ch;
        }
    }
    flush();
    return out;
}
/** `NAME=value` words in assignment position (start of a command, or after `env`/`export`). */
function findInlineAssignments(command) {
    const found = [];
    let atStart = true;
    for (const word of splitWords(command)) {
        if (word === 'op') {
            atStart = true;
            continue;
        }
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.raw);
        if (atStart && match !== null) {
            const name = match[1] ?? '';
            found.push({ name, raw: word.raw, value: word.value.slice(name.length + 1) });
        }
        else {
            atStart = word.value === 'env' || word.value === 'export' || word.value === 'sudo';
        }
    }
    return found;
}
/** Text replacements, longest first so that a secret's prefix never leaves its tail behind. */
function collectReplacements(sources) {
    const pairs = new Map();
    const addSecret = (secret) => {
        if (secret === undefined || secret.length < MIN_SECRET_LENGTH)
            return;
        for (const form of encodingsOf(secret))
            pairs.set(form, REDACTED);
    };
    for (const [name, value] of Object.entries(sources.env)) {
        if (looksSecret(name) && isSecretValue(value))
            addSecret(value);
    }
    const db = sources.database;
    if (db !== undefined) {
        addSecret(db.password);
        // HTTP basic / connection strings carry `user:password`, often base64-encoded.
        addSecret(`${db.user}:${db.password}`);
    }
    for (const command of sources.commands) {
        for (const a of findInlineAssignments(command ?? '')) {
            if (looksSecret(a.name) && isSecretValue(a.value))
                addSecret(a.value);
            // As written in the command, and with Markdown escaping as the comment shows it.
            pairs.set(a.raw, `${a.name}=${REDACTED}`);
            pairs.set(escapeMarkdown(a.raw), `${a.name}=${REDACTED}`);
        }
    }
    pairs.delete('');
    return [...pairs].sort((a, b) => b[0].length - a[0].length);
}
/** Replaces every occurrence of every secret form in `text`. */
function redactText(text, replacements) {
    let out = text;
    for (const [find, replace] of replacements)
        if (out.includes(find))
            out = out.split(find).join(replace);
    return out;
}
/** Every string inside a JSON-like value redacted (keys too); other values unchanged. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (typeof value === 'object' && value !== null) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[redact(k)] = redactDeep(v, redact);
        return out;
    }
    return value;
}
/**
 * Builds the redactor of one run from where its secrets are. `secrets` lists the raw values only:
 * the runner masks their encodings itself, and provisioning registers the database password.
 */
function createRedactor(sources) {
    const replacements = collectReplacements(sources);
    const raw = [
        ...Object.entries(sources.env).flatMap(([name, value]) => (looksSecret(name) ? [value] : [])),
        ...sources.commands.flatMap((c) => findInlineAssignments(c ?? '').flatMap((a) => (looksSecret(a.name) ? [a.value] : []))),
    ];
    const secrets = [...new Set(raw)].filter(isSecretValue);
    return { redact: (text) => redactText(text, replacements), secrets };
}

// EXTERNAL MODULE: ./js/coverage/paths.js
var paths = __webpack_require__(24341);
// EXTERNAL MODULE: ./js/coverage/model.js
var model = __webpack_require__(17552);
;// CONCATENATED MODULE: ./js/report/format.js

/** Placeholder for a value that does not exist (a metric the format lacks, no base). */
const NONE = '—';
/** `1234567` -> `1,234,567` (fixed separator, unlike `toLocaleString`). */
function formatInteger(n) {
    const sign = n < 0 ? '-' : '';
    return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** A percentage with two decimals: `81.25%`. */
function formatPct(pct) {
    return `${pct.toFixed(2)}%`;
}
/** A threshold or other configured number as the user wrote it: `85`, `85.5`. */
function formatNumber(n) {
    return String(Math.round(n * 100) / 100);
}
/** `81.25% (65/80)`, or `—` for a metric the report does not have. */
function formatCounts(counts) {
    if (counts === null)
        return NONE;
    return `${formatPct(counts.pct)} (${formatInteger(counts.covered)}/${formatInteger(counts.total)})`;
}
/** A delta in percentage points: `▲ +1.25`, `▼ -0.50`, `±0.00`, or `—` when unknown. */
function formatDelta(delta) {
    if (delta === null)
        return NONE;
    const hundredths = Math.round(delta * 100);
    if (hundredths === 0)
        return '±0.00';
    const text = (Math.abs(hundredths) / 100).toFixed(2);
    return hundredths > 0 ? `▲ +${text}` : `▼ -${text}`;
}
/** A duration for people: `850 ms`, `12.3 s`, `4 min 05 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
    const seconds = Math.floor(ms / 1000);
    return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
/** Sorted, de-duplicated line numbers merged into inclusive ranges: `[10,11,12,40]` -> `[[10,12],[40,40]]`. */
function toLineRanges(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (const line of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && line === last[1] + 1)
            last[1] = line;
        else
            ranges.push([line, line]);
    }
    return ranges;
}
/** `10-12` or `40`. */
function formatRange([start, end]) {
    return start === end ? String(start) : `${start}-${end}`;
}
/** Builds a link target when both parts are known (offline there is nothing to link to). */
function makeLinkTarget(repoUrl, sha) {
    return repoUrl && sha ? { repoUrl: repoUrl.replace(/\/+$/, ''), sha } : null;
}
/** URL of a file (and optionally lines) at the head commit: `.../blob/<sha>/<path>#L10-L12`. */
function fileUrl(target, path, range) {
    const base = `${target.repoUrl}/blob/${encodeURIComponent(target.sha)}/${encodePathForUrl(path)}`;
    if (!range)
        return base;
    return range[0] === range[1] ? `${base}#L${range[0]}` : `${base}#L${range[0]}-L${range[1]}`;
}
/**
 * Uncovered line ranges as Markdown, each linked to the lines when a target is known; at most
 * `maxRanges` shown, then `+N more`.
 */
function formatLinkedRanges(path, lines, target, maxRanges) {
    const ranges = toLineRanges(lines);
    if (ranges.length === 0)
        return NONE;
    const shown = ranges.slice(0, maxRanges).map((range) => {
        const text = formatRange(range);
        return target ? `[${text}](${fileUrl(target, path, range)})` : text;
    });
    const hidden = ranges.length - shown.length;
    return hidden > 0 ? `${shown.join(', ')} +${formatInteger(hidden)} more` : shown.join(', ');
}
/** A file path as Markdown link text (escaped), linked to the file at the head when possible. */
function formatFileLink(path, displayPath, target) {
    const text = escapeMarkdown(displayPath);
    return target ? `[${text}](${fileUrl(target, path)})` : text;
}

;// CONCATENATED MODULE: ./js/report/gate-message.js
/**
 * The one-line reason a gate failed, for the step's error (`::error::`) and the CLI. It names each
 * failed threshold with its numbers and, so that nobody has to open the comment to start fixing,
 * where the uncovered code is: the files with the most uncovered (changed) lines and those lines.
 */



/** How many files the message names before "and N more". */
const FILES_NAMED = 3;
/** How many line ranges per file before "…". */
const RANGES_PER_FILE = 4;
const METRIC_NAMES = new Set(model/* METRICS */.C);
function describeThreshold(t) {
    if (t.name === 'max-drop') {
        const drop = t.actual === null ? 'unknown' : `${t.actual} points`;
        return `line coverage dropped ${drop} (allowed at most ${t.required} points)`;
    }
    const actual = t.actual === null ? 'unknown' : `${t.actual}%`;
    const note = t.note === undefined ? '' : ` — ${t.note}`;
    return `${t.name} ${actual} (required ${t.required}%)${note}`;
}
function shortRanges(lines) {
    const ranges = toLineRanges(lines).map(formatRange);
    return ranges.length > RANGES_PER_FILE
        ? `${ranges.slice(0, RANGES_PER_FILE).join(', ')}, …`
        : ranges.join(', ');
}
function describeFiles(entries, what) {
    const weight = (e) => e.weight ?? e.lines.length;
    const worst = entries
        .filter((e) => e.lines.length > 0)
        .sort((a, b) => weight(b) - weight(a) || (0,paths/* compareText */.n6)(a.path, b.path));
    if (worst.length === 0)
        return '';
    const named = worst.slice(0, FILES_NAMED).map((e) => `${e.path} (${shortRanges(e.lines)})`);
    const more = worst.length > FILES_NAMED ? ` and ${worst.length - FILES_NAMED} more files` : '';
    return ` — ${what}: ${named.join('; ')}${more}`;
}
/** The failure line, or `null` when the report passed. */
function describeGateFailure(report) {
    if (report.passed)
        return null;
    const failed = report.thresholds.filter((t) => !t.ok);
    if (failed.length === 0)
        return 'coverage gate failed: the report did not pass';
    const reasons = failed.map(describeThreshold).join('; ');
    const patchFailed = failed.some((t) => t.name === 'patch');
    const totalsFailed = failed.some((t) => t.name !== 'patch');
    let where = '';
    if (patchFailed && report.patch !== null) {
        where += describeFiles(report.patch.files.map((f) => ({ path: f.path, lines: f.uncoveredLines })), 'uncovered changed lines');
    }
    if (totalsFailed) {
        const perFile = failed.filter((t) => t.name.startsWith('file:')).map((t) => t.name.slice(5));
        const files = perFile.length > 0 ? report.files.filter((f) => perFile.includes(f.path)) : report.files;
        // Rank files by what the failed metric misses most (uncovered branches for `branches=`), then
        // show their uncovered lines, which is where the missing tests go.
        const metric = failed.find((t) => METRIC_NAMES.has(t.name))?.name;
        const missed = (f) => {
            const counts = metric === undefined ? f.lines : (f[metric] ?? f.lines);
            return counts.total - counts.covered;
        };
        where += describeFiles(files
            .filter((f) => missed(f) > 0)
            .map((f) => ({ path: f.path, lines: f.missingLines, weight: missed(f) })), 'most uncovered lines');
    }
    return `coverage gate failed: ${reasons}${where}`;
}

;// CONCATENATED MODULE: ./js/outcome.js


/** Every FailureKind, to validate reports read back in publish mode. */
const FAILURE_KINDS = [
    'unit-phase-failed',
    'full-phase-failed',
    'rest-phase-failed',
    'test-results-unreadable',
    'no-coverage-report',
    'unreadable-report',
    'invalid-input',
    'threshold-missed',
    'write-failed',
    'setup-failed',
    'run-failed',
    'shard-failed',
];
/** Check-run titles are one line; GitHub cuts long ones, so we do it where it reads well. */
const TITLE_MAX = 200;
/**
 * Decides the run's verdict. The gate counts only when `gateApplies` (after a failed unit phase the
 * coverage is partial and its thresholds would only add noise). No report and no failure is never a
 * pass: it becomes "no coverage report".
 */
function decideOutcome(args) {
    const failures = [...args.failures];
    const { report } = args;
    if (report !== null && args.gateApplies) {
        const message = describeGateFailure(report);
        if (message !== null)
            failures.push({ kind: 'threshold-missed', title: titleOfGate(report), message });
    }
    if (report === null && failures.length === 0) {
        failures.push({
            kind: 'no-coverage-report',
            title: 'no coverage report',
            message: 'No coverage report was read, so there is nothing to check the thresholds against.',
        });
    }
    const passed = failures.length === 0;
    return {
        passed,
        title: passed ? titleOfPass(report) : capTitle(failures.map((f) => f.title).join('; ')),
        failures,
        report,
        phases: [...args.phases],
    };
}
/** A copy of `outcome` with one more failure (e.g. the JSON report could not be written). */
function withFailure(outcome, failure) {
    return decideOutcome({
        report: outcome.report,
        failures: [...outcome.failures, failure],
        phases: outcome.phases,
        gateApplies: false,
    });
}
/**
 * `outcome` with its failures and phases redacted of the run's secrets, the title rebuilt from the
 * redacted titles: done before any renderer shortens a message, since half a secret is not found.
 */
function redactOutcome(outcome, redact) {
    if (redact === undefined)
        return outcome;
    const failures = redactDeep(outcome.failures, redact);
    return {
        ...outcome,
        failures,
        title: outcome.passed ? outcome.title : capTitle(failures.map((f) => f.title).join('; ')),
        phases: redactDeep(outcome.phases, redact),
    };
}
/** "branches 88.09% < 90%; patch 50% < 80%". */
function titleOfGate(report) {
    const failed = report.thresholds.filter((t) => !t.ok);
    return failed.length === 0 ? 'coverage gate failed' : failed.map(describeMissed).join('; ');
}
function describeMissed(t) {
    if (t.name === 'max-drop') {
        return t.actual === null
            ? `line coverage drop unknown (max ${t.required})`
            : `lines dropped ${t.actual} points > ${t.required}`;
    }
    return `${t.name} ${t.actual === null ? 'unknown' : `${t.actual}%`} < ${t.required}%`;
}
function titleOfPass(report) {
    if (report === null)
        return 'passed';
    const patch = report.patch?.pct != null ? `, patch ${report.patch.pct}%` : '';
    return `passed: lines ${report.totals.lines.pct}%${patch}`;
}
function capTitle(title) {
    return title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1)}…`;
}
/** The failures' messages, one per line: what the step fails with. */
function describeFailures(outcome) {
    return outcome.failures.map((f) => f.message).join('\n');
}
/** Messages of the failures that are not the gate's (those the renderers list after thresholds). */
function nonGateMessages(outcome) {
    return outcome.failures.filter((f) => f.kind !== 'threshold-missed').map((f) => f.message);
}

// EXTERNAL MODULE: ./js/coverage/summary.js
var coverage_summary = __webpack_require__(71405);
// EXTERNAL MODULE: ./js/analysis/base-summaries.js
var base_summaries = __webpack_require__(66161);
// EXTERNAL MODULE: ./js/analysis/compare.js
var compare = __webpack_require__(7006);
// EXTERNAL MODULE: ./js/analysis/gate.js
var analysis_gate = __webpack_require__(43946);
;// CONCATENATED MODULE: ./js/analysis/patch.js
/**
 * Patch coverage: the PR's added or modified lines that the report has an entry for, covered when
 * hit at least once — the definition diff-cover uses, so both tools give the same numbers. Pure.
 */


/** The note when a diff is known to be partial and the ChangeSet does not say why. */
const INCOMPLETE_NOTE = 'patch coverage unknown: the diff of this change is incomplete';
/** The note when no changed line is executable. */
const NOT_APPLICABLE_NOTE = 'patch coverage N/A: no changed line is executable';
/**
 * Computes patch coverage of `changes` against `head`. Files the report does not know (docs,
 * config, excluded files) and lines it has no entry for do not count. A partial diff keeps the
 * counts it could make but reports `pct: null` — never 100 — with a note.
 */
function computePatchCoverage(head, changes) {
    const files = [];
    let covered = 0;
    let total = 0;
    let branchCovered = 0;
    let branchTotal = 0;
    let branchData = false;
    for (const change of changes.files) {
        const file = head.files.get(change.path);
        if (file === undefined || change.addedLines.length === 0)
            continue;
        const changed = new Set(change.addedLines);
        const uncoveredLines = [];
        let fileCovered = 0;
        let fileTotal = 0;
        for (const line of change.addedLines) {
            const hits = file.lines.get(line);
            if (hits === undefined)
                continue;
            fileTotal += 1;
            if (hits > 0)
                fileCovered += 1;
            else
                uncoveredLines.push(line);
        }
        if (file.branches !== null) {
            branchData = true;
            for (const branch of file.branches.values()) {
                if (!changed.has(branch.line))
                    continue;
                branchTotal += branch.hits.length;
                branchCovered += branch.hits.filter((h) => h > 0).length;
            }
        }
        if (fileTotal === 0)
            continue;
        const partial = (0,coverage_summary/* partialLines */.hY)(file).filter((p) => changed.has(p.line));
        const entry = { path: change.path, covered: fileCovered, total: fileTotal, uncoveredLines };
        if (partial.length > 0)
            entry.partialLines = partial;
        files.push(entry);
        covered += fileCovered;
        total += fileTotal;
    }
    files.sort((a, b) => (0,paths/* compareText */.n6)(a.path, b.path));
    let pct = (0,coverage_summary/* percent */.KN)(covered, total);
    let patchNote = null;
    if (!changes.complete) {
        pct = null;
        patchNote = changes.note ?? INCOMPLETE_NOTE;
    }
    else if (total === 0) {
        pct = null;
        patchNote = NOT_APPLICABLE_NOTE;
    }
    const patchBranches = branchData && branchTotal > 0 ? (0,coverage_summary/* makeCounts */.p1)(branchCovered, branchTotal) : null;
    return { patch: { covered, total, pct, files }, patchBranches, patchNote };
}

;// CONCATENATED MODULE: ./js/analysis/build-report.js
/**
 * Assembles the full report from head coverage, an optional base and an optional diff. Pure: the
 * CLI and the action's pipeline both call it with data they loaded.
 */






/**
 * Per-file rows of the head report, sorted by path (in one pass: each file's hits are read while
 * they are at hand). A row carries its file's four counts, so it also serves as its summary.
 */
function toRows(data) {
    // Made at its size: an array grown by push to a million rows leaves ~25 MB of smaller copies.
    const rows = new Array(data.files.size);
    let sorted = true;
    let i = 0;
    for (const [path, file] of data.files) {
        const summary = (0,coverage_summary/* summarizeFile */.w1)(file);
        const { lines, statements, functions, branches } = summary;
        const previous = i === 0 ? undefined : rows[i - 1];
        if (previous !== undefined && !(previous.path < path))
            sorted = false;
        rows[i++] = {
            path,
            lines,
            statements,
            functions,
            branches,
            missingLines: (0,coverage_summary/* missingLines */.uR)(file),
            partialLines: (0,coverage_summary/* partialLines */.hY)(file),
        };
    }
    // CoverageData iterates in path order, so the sort is rarely needed.
    if (!sorted)
        rows.sort((a, b) => (0,paths/* compareText */.n6)(a.path, b.path));
    return rows;
}
/** Totals with coverage.py's TOTAL added (`totals.total` of the JSON report). */
function withTotal(summary) {
    return { ...summary, total: (0,coverage_summary/* totalCounts */.xW)(summary) };
}
/** Builds the JSON report (CONTRACT.md) plus the extras the renderers show. */
function buildReport(input) {
    // Each file is summarized once per side; rows, totals and the file comparison share the result.
    const files = toRows(input.head);
    const base = input.base === null ? null : (0,base_summaries/* baseSummariesOf */.x)(input.base);
    // A row carries its file's four counts: it sums like the summary it was made from.
    const totals = withTotal((0,coverage_summary/* sumSummaries */.Un)(files));
    const baseTotals = base === null ? null : withTotal((0,coverage_summary/* sumSummaries */.Un)(base.values()));
    const delta = baseTotals === null ? null : (0,compare/* computeDelta */.y)(totals, baseTotals);
    const patchResult = input.changes === null ? null : computePatchCoverage(input.head, input.changes);
    const patch = patchResult?.patch ?? null;
    const thresholds = (0,analysis_gate/* evaluateGate */.DR)({
        totals,
        files,
        base: baseTotals,
        delta,
        patch,
        thresholds: input.thresholds,
        failUnderFile: input.failUnderFile,
        maxDrop: input.maxDrop,
        source: input.head,
    });
    return {
        totals,
        files,
        base: baseTotals === null ? null : { totals: baseTotals },
        delta,
        patch,
        thresholds,
        passed: thresholds.every((t) => t.ok),
        fileChanges: base === null ? [] : (0,compare/* compareFiles */.h)(files, base, input.changes),
        patchBranches: patchResult?.patchBranches ?? null,
        patchNote: patchResult?.patchNote ?? null,
        ...(input.head.producer === undefined ? {} : { producer: input.head.producer }),
    };
}

// EXTERNAL MODULE: ./js/analysis/components.js
var analysis_components = __webpack_require__(38573);
// EXTERNAL MODULE: ../../node_modules/picomatch/index.js
var picomatch = __webpack_require__(71026);
;// CONCATENATED MODULE: ./js/coverage/filter.js
/**
 * include / exclude of source files by glob, like coverage.py's `source` / `omit`: globs match
 * repo-relative paths with `/` (picomatch, `dot: true`), so `src/**` or `**\/*.test.ts` work the
 * same on every OS. `*` stops at `/` and `**` crosses it; a pattern without glob characters is a
 * file or a directory, and a directory means everything under it (`app` = `app/**`, as
 * `.coveragerc`'s `source = app` reads).
 *
 * Filters never empty a report silently: {@link filterReport} fails when nothing is left and warns
 * about a pattern that matches nothing while others match, and about a coverage.py-style pattern
 * whose `*` would have crossed `/` there (`app/*`, `*\/conftest.py`).
 */


/** How many report paths the "nothing left" error shows. */
const PATHS_SHOWN = 3;
/** The globs without blanks and a leading `./`. */
function clean(globs) {
    return globs.map((g) => g.trim().replace(/^\.\//, '')).filter((g) => g !== '');
}
/** A matcher for one pattern: a glob, or (no glob characters) a file or everything under a directory. */
function compileOne(pattern) {
    if (/[*?[\]{}()!]/.test(pattern)) {
        const glob = picomatch(pattern, { dot: true });
        return (path) => glob(path); // one argument: picomatch's second one asks for an object
    }
    const dir = pattern.replace(/\/+$/, '');
    return (path) => path === dir || path.startsWith(`${dir}/`);
}
/** A matcher that is false for every path when there are no globs. */
function compile(globs) {
    const matchers = clean(globs).map(compileOne);
    return (path) => matchers.some((m) => m(path));
}
/**
 * Keeps the files matching one of `include` (all files when it is empty) and none of `exclude`.
 * Returns a new CoverageData; the input is not changed. With nothing to match, the two share the
 * file map (no one changes a map once read; a copy of a million entries would only cost memory).
 */
function filterCoverage(data, include, exclude) {
    const everything = clean(include).length === 0;
    if (everything && clean(exclude).length === 0)
        return { ...data, formats: [...data.formats] };
    const included = compile(include);
    const excluded = compile(exclude);
    const files = new Map();
    for (const [path, file] of data.files) {
        if ((everything || included(path)) && !excluded(path))
            files.set(path, file);
    }
    return { ...data, files, formats: [...data.formats] };
}
/** The `**` form of a coverage.py-style pattern: each lone `*` becomes `**` when next to a `/`. */
function doubleStarForm(pattern) {
    const out = pattern.replace(/(^|\/)\*(?=\/|$)/g, '$1**');
    return out === pattern ? null : out;
}
/** Warnings about one input's patterns against the report's paths. */
function checkPatterns(globs, name, paths) {
    const cleaned = clean(globs);
    const counts = cleaned.map((g) => paths.filter(compileOne(g)).length);
    const warnings = [];
    cleaned.forEach((glob, i) => {
        const count = counts[i] ?? 0;
        const wide = doubleStarForm(glob);
        const wideCount = wide === null ? 0 : paths.filter(compileOne(wide)).length;
        if (wide !== null && wideCount > count) {
            warnings.push(`${name}: '${glob}' matches ${count} files here, where '*' stops at '/'; in coverage.py '*' also ` +
                `crosses '/', and '${wide}' would match ${wideCount} — write '${wide}' if that is what you mean`);
        }
        else if (count === 0 && counts.some((c) => c > 0)) {
            warnings.push(`${name}: '${glob}' matches no file in the coverage report (patterns match repo-relative paths such as '${paths[0] ?? ''}')`);
        }
    });
    return warnings;
}
/**
 * {@link filterCoverage} for the head report, with the checks of the file doc. Throws an
 * InputError naming the patterns and a few of the report's paths when no file is left.
 */
function filterReport(data, include, exclude, names = { include: 'include', exclude: 'exclude' }) {
    const filtered = filterCoverage(data, include, exclude);
    // Without patterns there is nothing to check (and no list of a million paths to make).
    if (data.files.size === 0 || (clean(include).length === 0 && clean(exclude).length === 0)) {
        return { data: filtered, warnings: [] };
    }
    const paths = [...data.files.keys()];
    const warnings = [
        ...checkPatterns(include, names.include, paths),
        ...checkPatterns(exclude, names.exclude, paths),
    ];
    if (filtered.files.size === 0) {
        const given = [
            clean(include).length > 0 ? `${names.include} '${clean(include).join(', ')}'` : '',
            clean(exclude).length > 0 ? `${names.exclude} '${clean(exclude).join(', ')}'` : '',
        ].filter((g) => g !== '');
        const shown = paths.slice(0, PATHS_SHOWN).join(', ') + (paths.length > PATHS_SHOWN ? ', …' : '');
        throw new errors/* InputError */.dz(`${given.join(' and ')} left none of the ${paths.length} files of the coverage report (${shown}); ` +
            "patterns match repo-relative paths: a directory such as 'app' means everything under it, '*' stops at '/', '**' crosses it");
    }
    return { data: filtered, warnings };
}

// EXTERNAL MODULE: ../../node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(9970);
// EXTERNAL MODULE: ../../node_modules/saxes/saxes.js
var saxes = __webpack_require__(70628);
;// CONCATENATED MODULE: ./js/coverage/validate.js
/**
 * The one rule every reader (lcov, istanbul JSON, Cobertura) and the diff parser apply to the
 * numbers they take from a file: a line number is a safe integer ≥ 1, a hit count a safe integer
 * ≥ 0. Anything else (0, 1.5, -3, 1e300, beyond 2^53, NaN) would skew totals or render a link to a
 * line that cannot exist, so it is refused with an error that names the file and the place. Pure.
 */
/** True for a usable 1-based line number. */
function isLineNumber(value) {
    return Number.isSafeInteger(value) && value >= 1;
}
/** True for a usable hit count (`-0`, which some writers print, counts as 0). */
function isHitCount(value) {
    return Number.isSafeInteger(value) && value >= 0;
}
/** How an error shows a value it refuses: JSON for non-strings, cut to 40 characters. */
function showValue(value) {
    if (value === undefined || value === '')
        return '(none)';
    // JSON.stringify gives undefined only for functions and symbols, which JSON input never holds.
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
/** The reason a line number is refused, for messages: "line 0 is not a line number ≥ 1". */
function describeBadLine(value) {
    return `line ${showValue(value)} is not a whole number from 1 to 2^53`;
}
/** The reason a hit count is refused, for messages. */
function describeBadHits(value) {
    return `hit count ${showValue(value)} is not a whole number from 0 to 2^53`;
}

;// CONCATENATED MODULE: ./js/coverage/cobertura-builder.js
/**
 * The part of the Cobertura reader (cobertura.ts) both XML readers share: it receives the elements
 * of a document (from the fast scanner or from saxes) and keeps what Cobertura means, by the path
 * rules given in cobertura.ts.
 */


/** `"50% (1/2)"` -> [1, 2], or null when malformed. */
function parseCondition(value) {
    const open = value.indexOf('(');
    const slash = value.indexOf('/', open);
    const close = value.indexOf(')', slash);
    if (open === -1 || slash === -1 || close === -1)
        return null;
    const covered = Number(value.slice(open + 1, slash));
    const total = Number(value.slice(slash + 1, close));
    if (!isHitCount(covered) || !isHitCount(total) || covered > total)
        return null;
    return [covered, total];
}
/** Whether a record has any attribute. */
function hasAttributes(attrs) {
    for (const _ in attrs)
        return true;
    return false;
}
/** An attribute as the old tree reader saw it: trimmed, or undefined. */
const attr = (attrs, name) => attrs[name]?.trim();
/** Builds the classes of one document from SAX events (see the path rules in the file doc). */
class CoberturaBuilder {
    source;
    classes = [];
    sources = [];
    /** Names of the open elements, root first. */
    stack = [];
    rootName = '';
    rootAttrs = {};
    rootHasChild = false;
    /** The first bad `<line>`, thrown once the whole document has proved well-formed. */
    problem = null;
    cls = null;
    clsFilename;
    clsKeep = false;
    method = null;
    sourceText = null;
    constructor(source) {
        this.source = source;
    }
    /** An element starts (`attrs` may be reused by the reader after the call). */
    open(name, attrs) {
        const { stack } = this;
        const depth = stack.length;
        stack.push(name);
        if (depth === 0) {
            this.rootName = name;
            this.rootAttrs = attrs.toRecord();
            return;
        }
        if (this.rootName !== 'coverage')
            return;
        if (name === 'line') {
            if (depth === 6 && this.cls && stack[5] === 'lines' && stack[4] === 'class')
                this.addLine(this.cls, attrs);
            else if (depth === 8 && this.method && stack[7] === 'lines' && stack[6] === 'method') {
                if (this.method.first === undefined && attrs.count > 0)
                    this.method.first = attrs.toRecord();
            }
        }
        else if (depth === 1) {
            this.rootHasChild = true;
        }
        else if (depth === 2 && name === 'source' && stack[1] === 'sources') {
            this.sourceText = '';
        }
        else if (depth === 4 && name === 'class' && stack[3] === 'classes') {
            if (stack[2] === 'package' && stack[1] === 'packages')
                this.openClass(attrs);
        }
        if (depth === 5 && this.cls)
            this.clsKeep = true;
        else if (depth === 6 && this.cls && name === 'method' && stack[5] === 'methods' && stack[4] === 'class') {
            this.method = { attrs: attrs.toRecord(), first: undefined, hasChild: false };
        }
        else if (depth === 7 && this.method)
            this.method.hasChild = true;
    }
    /** The innermost open element ends. */
    close() {
        const depth = this.stack.length - 1;
        this.stack.pop();
        if (depth === 4 && this.cls) {
            if (this.clsKeep)
                this.classes.push(this.cls);
            this.cls = null;
        }
        else if (depth === 6 && this.method) {
            if (this.cls && (this.method.hasChild || hasAttributes(this.method.attrs)))
                this.addMethod(this.cls, this.method);
            this.method = null;
        }
        else if (depth === 2 && this.sourceText !== null) {
            const text = this.sourceText.trim();
            if (text !== '')
                this.sources.push(text);
            this.sourceText = null;
        }
    }
    /** Whether text is wanted here: only directly inside `<source>`. */
    wantsText() {
        return this.sourceText !== null && this.stack.length === 3;
    }
    /** Character data inside `<source>` (see {@link CoberturaBuilder.wantsText}). */
    text(text) {
        if (this.sourceText !== null && this.stack.length === 3)
            this.sourceText += text;
    }
    openClass(attrs) {
        this.clsFilename = attrs.get('filename')?.trim();
        this.clsKeep = attrs.count > 0;
        this.cls = { raw: this.clsFilename ?? '', lines: new Map(), branches: new Map(), functions: new Map() };
    }
    bad(what) {
        this.problem ??= new errors/* CoverageFormatError */.i9(`${this.source}: class "${String(this.clsFilename)}" has ${what}; is this a Cobertura report?`);
    }
    addLine(cls, attrs) {
        if (attrs.count === 0)
            return; // (with no attribute there is no number either)
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
        if (cond === undefined || cond === '')
            return;
        const parsed = parseCondition(cond);
        if (!parsed) {
            this.bad(`condition-coverage="${cond}" on line ${number}`);
            return;
        }
        const [covered, total] = parsed;
        const hit = Math.max(hits, 1);
        const outcomes = [];
        for (let i = 0; i < total; i++)
            outcomes.push(i < covered ? hit : 0);
        const branch = { line: number, hits: outcomes };
        // coverage.py names the untaken destinations; kept only when they account for every miss.
        const missing = attrs.get('missing-branches')?.trim();
        if (missing !== undefined && missing !== '') {
            const destinations = missing.split(',').map((d) => d.trim());
            if (destinations.length === total - covered)
                branch.missing = destinations;
        }
        else if (covered === total && attrs.get('branch') !== undefined) {
            branch.missing = []; // coverage.py writes no attribute when nothing is missing
        }
        cls.branches.set(String(number), branch);
    }
    addMethod(cls, method) {
        const name = attr(method.attrs, 'name') ?? '(anonymous)';
        const first = method.first;
        const line = first ? Number(first.number) : 0;
        const hits = Number(attr(method.attrs, 'hits') ?? (first ? attr(first, 'hits') : undefined) ?? 0);
        let id = `${name}@${line}`;
        for (let n = 2; cls.functions.has(id); n++)
            id = `${name}@${line}#${n}`;
        cls.functions.set(id, {
            name,
            line: Number.isFinite(line) ? line : 0,
            hits: Number.isFinite(hits) ? hits : 0,
        });
    }
}
/** The document the builder saw, or the error a well-formed but non-Cobertura document gets. */
function finishDocument(builder, source) {
    // Clover (Jest/Vitest/c8 `clover.xml`) has a <coverage> root too, with a `clover` version and a
    // <project>: read as Cobertura it would be a report of no file.
    if (builder.rootName === 'coverage' && attr(builder.rootAttrs, 'clover') !== undefined) {
        throw new errors/* CoverageFormatError */.i9(`${source}: this is a Clover report (clover.xml), which covgate does not read; use the ` +
            'coverage-final.json or lcov.info that the same run writes (istanbul reporters json or lcov)');
    }
    if (builder.rootName !== 'coverage' || !(builder.rootHasChild || hasAttributes(builder.rootAttrs))) {
        throw new errors/* CoverageFormatError */.i9(`${source}: XML root is <${builder.rootName || '?'}>, not Cobertura <coverage>; ` +
            'use a Cobertura report (coverage.xml, cobertura-coverage.xml)');
    }
    if (builder.problem)
        throw builder.problem;
    return { attributes: builder.rootAttrs, sources: builder.sources, classes: builder.classes };
}

;// CONCATENATED MODULE: ./js/coverage/xml-text.js
/**
 * Character-level helpers of the XML scanner (xml-scan.ts): XML 1.0 `Char` checks, entity
 * references, decoding of text and attribute values, and the attributes of the current tag kept
 * as positions in the document (a value becomes a string only when asked for).
 */
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Whether a single UTF-16 unit (not part of a surrogate pair) is outside XML 1.0's `Char`. */
function isBadChar(c) {
    if (c < 32)
        return c !== 9 && c !== 10 && c !== 13;
    return (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff;
}
const isCodePoint = (n) => n >= 0x10000 ? n <= 0x10ffff : !isBadChar(n) && !(n >= 0xd800 && n <= 0xdfff);
/** The code point of the character reference `&#...;` whose `#` is at `i`, or -1. */
function readCharRef(xml, i, end) {
    const hex = xml.charCodeAt(i + 1) === 120; // lowercase x only, as XML says
    const first = hex ? i + 2 : i + 1;
    if (end === first || end - first > (hex ? 6 : 7))
        return -1;
    let value = 0;
    for (let k = first; k < end; k++) {
        const c = xml.charCodeAt(k);
        let digit;
        if (c >= 48 && c <= 57)
            digit = c - 48;
        else if (hex && c >= 97 && c <= 102)
            digit = c - 87;
        else if (hex && c >= 65 && c <= 70)
            digit = c - 55;
        else
            return -1;
        value = value * (hex ? 16 : 10) + digit;
    }
    return isCodePoint(value) ? value : -1;
}
/** Index after a well-formed, known entity reference starting with `&` at `i`, or -1. */
function checkEntity(xml, i) {
    const semi = xml.indexOf(';', i + 1);
    if (semi < 0 || semi - i > 12)
        return -1;
    if (xml.charCodeAt(i + 1) === 35)
        return readCharRef(xml, i + 1, semi) < 0 ? -1 : semi + 1;
    const name = xml.slice(i + 1, semi);
    return Object.hasOwn(NAMED, name) ? semi + 1 : -1;
}
/**
 * The text of `xml` in [start, end), already checked by the scanner, decoded as character data
 * (`text`), an attribute value (`attribute`) or a CDATA section (`cdata`, no entities).
 */
function decodeRange(xml, start, end, mode) {
    const attribute = mode === 'attribute';
    let out = '';
    let from = start;
    for (let i = start; i < end; i++) {
        const c = xml.charCodeAt(i);
        if (c === 38 && mode !== 'cdata') {
            const semi = xml.indexOf(';', i);
            const ref = xml.charCodeAt(i + 1) === 35 ? String.fromCodePoint(readCharRef(xml, i + 1, semi)) : undefined;
            out += xml.slice(from, i) + (ref ?? NAMED[xml.slice(i + 1, semi)] ?? '');
            i = semi;
            from = semi + 1;
        }
        else if (c === 13 || (attribute && (c === 10 || c === 9))) {
            out += xml.slice(from, i) + (attribute ? ' ' : '\n');
            if (c === 13 && xml.charCodeAt(i + 1) === 10 && i + 1 < end)
                i++;
            from = i + 1;
        }
    }
    return out + xml.slice(from, end);
}
function isSameText(xml, a, b, len) {
    for (let k = 0; k < len; k++)
        if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k))
            return false;
    return true;
}
function isSameName(xml, at, name) {
    for (let k = 0; k < name.length; k++)
        if (xml.charCodeAt(at + k) !== name.charCodeAt(k))
            return false;
    return true;
}
/** The attributes of the current tag as positions in the document (5 numbers each). */
class AttributeSpans {
    xml;
    count = 0;
    spans = [];
    constructor(xml) {
        this.xml = xml;
    }
    reset() {
        this.count = 0;
    }
    /** Adds one attribute; false when its name is already there (not well-formed). */
    add(nameStart, nameEnd, valueStart, valueEnd, special) {
        const { spans, xml } = this;
        const len = nameEnd - nameStart;
        for (let k = 0; k < this.count * 5; k += 5) {
            const s = spans[k];
            if (spans[k + 1] - s === len && isSameText(xml, s, nameStart, len))
                return false;
        }
        const k = this.count * 5;
        spans[k] = nameStart;
        spans[k + 1] = nameEnd;
        spans[k + 2] = valueStart;
        spans[k + 3] = valueEnd;
        spans[k + 4] = special ? 1 : 0;
        this.count++;
        return true;
    }
    find(name) {
        const { spans, xml } = this;
        for (let k = 0; k < this.count * 5; k += 5) {
            const s = spans[k];
            if (spans[k + 1] - s === name.length &&
                xml.charCodeAt(s) === name.charCodeAt(0) &&
                isSameName(xml, s, name)) {
                return k;
            }
        }
        return -1;
    }
    value(k) {
        const start = this.spans[k + 2];
        const end = this.spans[k + 3];
        return this.spans[k + 4] ? decodeRange(this.xml, start, end, 'attribute') : this.xml.slice(start, end);
    }
    get(name) {
        const k = this.find(name);
        return k < 0 ? undefined : this.value(k);
    }
    getNumber(name) {
        const k = this.find(name);
        if (k < 0)
            return NaN;
        const start = this.spans[k + 2];
        const end = this.spans[k + 3];
        // Plain digits are read in place; anything else goes through Number() like the strict path.
        if (this.spans[k + 4] === 0 && end > start && end - start <= 15) {
            let value = 0;
            let i = start;
            for (; i < end; i++) {
                const c = this.xml.charCodeAt(i);
                if (c < 48 || c > 57)
                    break;
                value = value * 10 + (c - 48);
            }
            if (i === end)
                return value;
        }
        return Number(this.value(k));
    }
    toRecord() {
        const record = Object.create(null);
        for (let k = 0; k < this.count * 5; k += 5) {
            record[this.xml.slice(this.spans[k], this.spans[k + 1])] = this.value(k);
        }
        return record;
    }
}

;// CONCATENATED MODULE: ./js/coverage/xml-scan.js
/**
 * A small, fast XML tokenizer for the plain XML that coverage tools write. It walks the string
 * with `charCodeAt` and gives up (returns false) on anything it does not handle with certainty,
 * so that the caller can hand the text to a strict parser that reports the exact problem.
 *
 * Handled: the BOM, an XML 1.0 declaration at the start, one `<!DOCTYPE>` without internal subset
 * before the root, comments, processing instructions, CDATA, elements with `"`/`'`-quoted
 * attributes, the five predefined entities and character references. Line ends are normalised as
 * XML says (`\r\n` and `\r` become `\n` in text; `\t`, `\n`, `\r\n`, `\r` become a space in
 * attribute values). Names must be ASCII. Every character is checked against XML 1.0's `Char`;
 * one outside the BMP (a surrogate pair) makes it give up too. So does anything else — a
 * mismatched or unclosed tag, a duplicate or unquoted attribute, `<` in a value, an unknown entity,
 * a second root, text outside the root, an `<?xml...` target anywhere but at the start.
 *
 * It never uses a regular expression per element (only for the declaration, and per PI).
 */

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUAL = 61;
const QUOT = 34;
const APOS = 39;
const AMP = 38;
const CLOSE_BRACKET = 93;
// Classes of the ASCII characters: one table look-up instead of several comparisons each.
const NAME_START = 1;
const NAME = 2;
const SPACE = 4;
const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    let k = 0;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58)
        k |= NAME_START | NAME;
    if ((c >= 48 && c <= 57) || c === 45 || c === 46)
        k |= NAME;
    if (c === 32 || c === 10 || c === 9 || c === 13)
        k |= SPACE;
    CLASSES[c] = k;
}
const is = (c, k) => c < 128 && (CLASSES[c] & k) !== 0;
/**
 * Whether a UTF-16 unit is outside XML 1.0's `Char` or a surrogate: a character outside the BMP,
 * rare in coverage reports, thus leaves the document to the strict parser.
 */
const isOdd = (c) => c < 32 ? c !== 9 && c !== 10 && c !== 13 : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe);
/** Whether [start, end) holds an odd character (see isOdd); for the rare comments and PIs. */
function hasOdd(xml, start, end) {
    for (let i = start; i < end; i++)
        if (isOdd(xml.charCodeAt(i)))
            return true;
    return false;
}
const XML_DECL = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;
function xml_scan_isSameText(xml, at, text) {
    for (let k = 0; k < text.length; k++)
        if (xml.charCodeAt(at + k) !== text.charCodeAt(k))
            return false;
    return true;
}
/** Element names seen so far, so that each name is sliced once per document. */
class NameCache {
    xml;
    names = [];
    /** The name found last: most elements are siblings with the same name. */
    last = '';
    constructor(xml) {
        this.xml = xml;
    }
    get(start, end) {
        const { xml, last } = this;
        const len = end - start;
        if (last.length === len && xml_scan_isSameText(xml, start, last))
            return last;
        for (const name of this.names) {
            if (name.length === len && xml_scan_isSameText(xml, start, name))
                return (this.last = name);
        }
        // Internalised (as a property key is), so that comparing it with a literal is cheap.
        const name = Object.keys({ [xml.slice(start, end)]: 0 })[0];
        if (this.names.length < 64)
            this.names.push(name);
        return (this.last = name);
    }
}
/** One pass over a document; every method returns the index after what it read, or -1. */
class Scanner {
    xml;
    handler;
    n;
    names;
    attrs;
    stack = [];
    sawRoot = false;
    sawDoctype = false;
    /** Where the name of the last start tag read ends. */
    nameEnd = 0;
    /** Whether the last start tag read was `<name .../>`. */
    selfClosing = false;
    constructor(xml, handler) {
        this.xml = xml;
        this.handler = handler;
        this.n = xml.length;
        this.names = new NameCache(xml);
        this.attrs = new AttributeSpans(xml);
    }
    /** Character data from `i` up to the next `<` (or the end); outside the root only whitespace. */
    text(i) {
        const { xml, n } = this;
        const outside = this.stack.length === 0;
        for (; i < n; i++) {
            const c = xml.charCodeAt(i);
            if (c === LT)
                break;
            if (c === AMP) {
                i = outside ? -1 : checkEntity(xml, i) - 1;
                if (i < 0)
                    return -1;
            }
            else if (c === CLOSE_BRACKET) {
                if (outside || xml.startsWith(']]>', i))
                    return -1;
            }
            else if (outside ? !is(c, SPACE) : isOdd(c))
                return -1;
        }
        return i;
    }
    /** A start tag whose `<` is at `i`; its attributes go to `this.attrs`. */
    startTag(i) {
        const { xml, n, attrs } = this;
        let j = i + 2;
        while (j < n && is(xml.charCodeAt(j), NAME))
            j++;
        this.nameEnd = j;
        attrs.reset();
        let spaced = false;
        for (;;) {
            if (j >= n)
                return -1;
            const c = xml.charCodeAt(j);
            if (is(c, SPACE)) {
                spaced = true;
                j++;
                continue;
            }
            if (c === GT) {
                this.selfClosing = false;
                return j + 1;
            }
            if (c === SLASH) {
                this.selfClosing = true;
                return xml.charCodeAt(j + 1) === GT ? j + 2 : -1;
            }
            if (!spaced || !is(c, NAME_START))
                return -1;
            const nameStart = j++;
            while (j < n && is(xml.charCodeAt(j), NAME))
                j++;
            const nameEnd = j;
            while (j < n && is(xml.charCodeAt(j), SPACE))
                j++;
            if (xml.charCodeAt(j) !== EQUAL)
                return -1;
            j++;
            while (j < n && is(xml.charCodeAt(j), SPACE))
                j++;
            const q = xml.charCodeAt(j);
            if (q !== QUOT && q !== APOS)
                return -1;
            const valueStart = ++j;
            // Entities are decoded, and tabs and line ends become spaces, only when the value has any.
            let special = false;
            for (;; j++) {
                if (j >= n)
                    return -1;
                const c = xml.charCodeAt(j);
                if (c === q)
                    break;
                if (c >= 32 && c < 0xd800 && c !== LT && c !== AMP)
                    continue;
                if (c === LT || isOdd(c))
                    return -1;
                special = true;
                if (c === AMP) {
                    j = checkEntity(xml, j) - 1;
                    if (j < 0)
                        return -1;
                }
            }
            if (!attrs.add(nameStart, nameEnd, valueStart, j, special))
                return -1;
            j++;
            spaced = false;
        }
    }
    /** An end tag whose `<` is at `i`: it must close the innermost open element. */
    endTag(i) {
        const { xml, n } = this;
        const name = this.stack.pop();
        if (name === undefined || !xml_scan_isSameText(xml, i + 2, name))
            return -1;
        let j = i + 2 + name.length;
        while (j < n && is(xml.charCodeAt(j), SPACE))
            j++;
        return xml.charCodeAt(j) === GT ? j + 1 : -1;
    }
    /** `<!--`, `<![CDATA[` or `<!DOCTYPE` at `i`. */
    bang(i) {
        const { xml, n } = this;
        if (xml.startsWith('<!--', i)) {
            // No `--` inside (this also rules out `--->`): the first `--` must start `-->`.
            const end = xml.indexOf('-->', i + 4);
            return end < 0 || xml.indexOf('--', i + 4) !== end || hasOdd(xml, i + 4, end) ? -1 : end + 3;
        }
        if (xml.startsWith('<![CDATA[', i)) {
            const end = xml.indexOf(']]>', i + 9);
            if (this.stack.length === 0 || end < 0 || hasOdd(xml, i + 9, end))
                return -1;
            if (this.handler.wantsText())
                this.handler.text(decodeRange(xml, i + 9, end, 'cdata'));
            return end + 3;
        }
        if (!xml.startsWith('<!DOCTYPE', i) || !is(xml.charCodeAt(i + 9), SPACE))
            return -1;
        if (this.sawRoot || this.sawDoctype)
            return -1;
        this.sawDoctype = true;
        let q = 0;
        for (let j = i + 10; j < n; j++) {
            const c = xml.charCodeAt(j);
            if (q !== 0) {
                if (c === q)
                    q = 0;
            }
            else if (c === QUOT || c === APOS)
                q = c;
            else if (c === GT)
                return j + 1;
            else if (c === 91 || c === LT)
                return -1; // an internal subset, or not certain
            if (isOdd(c))
                return -1;
        }
        return -1;
    }
    /** A processing instruction at `i`; a target starting with "xml" is reserved: not certain. */
    instruction(i) {
        const { xml, n } = this;
        let j = i + 2;
        if (!is(xml.charCodeAt(j), NAME_START) || /^xml/i.test(xml.slice(j, j + 3)))
            return -1;
        while (j < n && is(xml.charCodeAt(j), NAME))
            j++;
        const end = xml.indexOf('?>', j);
        return end < 0 || (end > j && !is(xml.charCodeAt(j), SPACE)) || hasOdd(xml, j, end) ? -1 : end + 2;
    }
    /** The whole document; false when not certain. */
    run() {
        const { xml, n, stack, handler } = this;
        let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
        if (xml.startsWith('<?xml', i)) {
            XML_DECL.lastIndex = i;
            if (!XML_DECL.test(xml))
                return false;
            i = XML_DECL.lastIndex;
        }
        while (i < n) {
            if (xml.charCodeAt(i) !== LT) {
                const start = i;
                i = this.text(i);
                if (i < 0)
                    return false;
                if (stack.length > 0 && handler.wantsText())
                    handler.text(decodeRange(xml, start, i, 'text'));
                if (i >= n)
                    break;
            }
            const c1 = xml.charCodeAt(i + 1);
            if (is(c1, NAME_START)) {
                if (this.sawRoot && stack.length === 0)
                    return false;
                const end = this.startTag(i);
                if (end < 0)
                    return false;
                this.sawRoot = true;
                const name = this.names.get(i + 1, this.nameEnd);
                handler.open(name, this.attrs);
                if (this.selfClosing)
                    handler.close();
                else
                    stack.push(name);
                i = end;
            }
            else if (c1 === SLASH) {
                i = this.endTag(i);
                if (i < 0)
                    return false;
                handler.close();
            }
            else {
                i = c1 === BANG ? this.bang(i) : c1 === QUESTION ? this.instruction(i) : -1;
                if (i < 0)
                    return false;
            }
        }
        return this.sawRoot && stack.length === 0;
    }
}
/**
 * Scans `xml`, reporting elements and wanted text to `handler`. Returns false — possibly after
 * some events were reported — when the document holds anything this scanner does not handle
 * with certainty; the caller must then discard what it built and use a strict parser.
 */
function scanXml(xml, handler) {
    return new Scanner(xml, handler).run();
}

;// CONCATENATED MODULE: ./js/coverage/cobertura.js
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






/** saxes' attribute record seen through the {@link AttributeReader} the builder reads. */
class RecordAttributes {
    record = {};
    get count() {
        let count = 0;
        for (const _ in this.record)
            count++;
        return count;
    }
    get(name) {
        return this.record[name];
    }
    getNumber(name) {
        return Number(this.record[name]);
    }
    toRecord() {
        return this.record;
    }
}
/**
 * Reads Cobertura XML with the fast scanner only. Returns null when the scanner gave up (the
 * XML has something it does not handle with certainty, or is not well-formed); else the same
 * document, or the same CoverageFormatError, as {@link parseCoberturaXmlStrictly}.
 */
function scanCoberturaXml(text, source) {
    const builder = new CoberturaBuilder(source);
    return scanXml(text, builder) ? finishDocument(builder, source) : null;
}
/** Reads Cobertura XML with saxes only: the reference the fast scanner must agree with. */
function parseCoberturaXmlStrictly(text, source) {
    const builder = new CoberturaBuilder(source);
    const parser = new saxes/* SaxesParser */.wT();
    parser.on('error', (error) => {
        const msg = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
        throw new errors/* CoverageFormatError */.i9(`${source}:${parser.line}: invalid XML (${msg}); is the file truncated?`);
    });
    // Text is only kept inside <source>: listening to all of it costs time on every <line>.
    const onText = (t) => builder.text(t);
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
function parseCoberturaXml(text, source) {
    return scanCoberturaXml(text, source) ?? parseCoberturaXmlStrictly(text, source);
}
/** Reads a Cobertura document (from {@link parseCoberturaXml}) into the common model. */
function readCobertura(doc, source, opts) {
    void source; // errors are all found while parsing; kept for the readers' common signature
    const sourceRoots = doc.sources;
    const classes = doc.classes;
    const hasMethods = classes.some((c) => c.functions.size > 0);
    const branchRate = attr(doc.attributes, 'branch-rate');
    const noBranchesMeasured = branchRate === undefined ||
        (Number(attr(doc.attributes, 'branches-valid')) === 0 && Number(branchRate) === 0);
    const hasBranches = classes.some((c) => c.branches.size > 0) || !noBranchesMeasured;
    const files = new Map();
    const dropped = [];
    const toRepoPath = (0,paths/* createRepoPathResolver */.It)({ ...opts, sourceRoots });
    for (const cls of classes) {
        const path = toRepoPath(cls.raw);
        if (path === null) {
            dropped.push(sourceRoots.length > 0 && !/^([/\\]|[a-zA-Z]:)/.test(cls.raw)
                ? `${sourceRoots[0]}/${cls.raw}`
                : cls.raw);
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
function isCoveragePy(doc) {
    const version = attr(doc.attributes, 'version') ?? '';
    return (/^\d+\.\d+\.\d+/.test(version) && version !== '0.1' && doc.classes.every((c) => c.functions.size === 0));
}

;// CONCATENATED MODULE: ./js/coverage/istanbul.js
/**
 * Reader of istanbul `coverage-final.json` (c8, nyc, jest, vitest: reporter "json").
 *
 * Counts exactly as istanbul-lib-coverage does: statements from `s`, functions from `f`, branch
 * outcomes from `b`, and lines from the statements (a line's hits are the max over the statements
 * starting on it: `getLineCoverage`). It walks the parsed JSON directly instead of building
 * istanbul `FileCoverage` objects, because reports of tens of MB must be read fast.
 */




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function isRange(v) {
    return isObject(v) && isObject(v.start) && isObject(v.end) && typeof v.start.line === 'number';
}
/** Location id of a range; ids that repeat within one file get a `#n` suffix so nothing is lost. */
function idOf(range, fallback, seen) {
    let id = range ? locationId(range.start.line, range.start.column, range.end.line, range.end.column) : '';
    if (id === '' || seen.has(id))
        id = `${id}#${fallback}`;
    seen.add(id);
    return id;
}
/** True when `value` looks like a file entry of coverage-final.json. */
function isIstanbulFile(value) {
    return isObject(value) && isObject(value.statementMap) && isObject(value.s) && isObject(value.fnMap);
}
/**
 * The line a function or branch is at: 0 when the report gives none (the model's "unknown"), the
 * line when it is a real one, else the error `fail` makes of the reason.
 */
function lineOf(given, fail) {
    if (given === undefined)
        return 0;
    if (isLineNumber(given))
        return given;
    throw fail(describeBadLine(given));
}
function istanbul_readFile(raw, key, source) {
    const bad = (what) => new errors/* CoverageFormatError */.i9(`${source}: entry "${key}" has ${what}; regenerate it with the "json" reporter (coverage-final.json)`);
    const statementMap = raw.statementMap;
    const s = raw.s;
    const fnMap = isObject(raw.fnMap) ? raw.fnMap : {};
    const f = isObject(raw.f) ? raw.f : {};
    const branchMap = isObject(raw.branchMap) ? raw.branchMap : {};
    const b = isObject(raw.b) ? raw.b : {};
    const lines = new Map();
    const statements = new Map();
    let seen = new Set();
    for (const id in s) {
        const hits = s[id];
        if (!isHitCount(hits))
            throw bad(`statement count s["${id}"] = ${showValue(hits)}, not a whole number ≥ 0`);
        const loc = statementMap[id];
        // istanbul counts every key of `s` as a statement, but getLineCoverage skips unlocated ones.
        if (isRange(loc)) {
            const line = loc.start.line;
            if (!isLineNumber(line))
                throw bad(`statementMap["${id}"] starting at ${describeBadLine(line)}`);
            const prev = lines.get(line);
            if (prev === undefined || prev < hits)
                lines.set(line, hits);
            statements.set(idOf(loc, id, seen), hits);
        }
        else {
            statements.set(idOf(undefined, id, seen), hits);
        }
    }
    const functions = new Map();
    seen = new Set();
    for (const id in f) {
        const hits = f[id];
        if (!isHitCount(hits))
            throw bad(`function count f["${id}"] = ${showValue(hits)}, not a whole number ≥ 0`);
        const fn = fnMap[id];
        const meta = isObject(fn) ? fn : {};
        const loc = isRange(meta.loc) ? meta.loc : undefined;
        const decl = isRange(meta.decl) ? meta.decl : loc;
        const line = lineOf(decl?.start.line ?? meta.line, (why) => bad(`fnMap["${id}"] at ${why}`));
        const name = typeof meta.name === 'string' ? meta.name : `(function ${id})`;
        functions.set(idOf(loc, id, seen), { name, line, hits });
    }
    const branches = new Map();
    seen = new Set();
    for (const id in b) {
        const hits = b[id];
        if (!Array.isArray(hits) || !hits.every(isHitCount)) {
            throw bad(`branch counts b["${id}"] = ${showValue(hits)}, not an array of whole numbers ≥ 0`);
        }
        const br = branchMap[id];
        const meta = isObject(br) ? br : {};
        const first = Array.isArray(meta.locations) ? meta.locations[0] : undefined;
        const loc = isRange(first) ? first : isRange(meta.loc) ? meta.loc : undefined;
        const line = lineOf(meta.line ?? loc?.start.line, (why) => bad(`branchMap["${id}"] at ${why}`));
        branches.set(idOf(loc, id, seen), { line, hits });
    }
    return { lines, statements, functions, branches };
}
/**
 * Reads a parsed coverage-final.json. `value` must already be the result of JSON.parse; the
 * caller detected the format. Paths outside the root are returned in `dropped`.
 */
function readIstanbul(value, source, opts) {
    const files = new Map();
    const dropped = [];
    const toRepoPath = (0,paths/* createRepoPathResolver */.It)(opts);
    for (const key in value)
        readIstanbulEntry(files, dropped, key, value[key], source, toRepoPath);
    return { data: toCoverageData(files, ['istanbul']), dropped };
}
/**
 * Adds one entry (`key`: its parsed value) of coverage-final.json to `files`, or its path to
 * `dropped` when it lies outside the root (shared with the streaming reader, istanbul-stream.ts).
 */
function readIstanbulEntry(files, dropped, key, value, source, toRepoPath) {
    let entry = value;
    // Old istanbul serialised FileCoverage objects as { data: {...} }.
    if (isObject(entry) && !isIstanbulFile(entry)) {
        const inner = entry.data;
        if (isIstanbulFile(inner))
            entry = inner;
    }
    if (!isObject(entry) || !isIstanbulFile(entry)) {
        throw new errors/* CoverageFormatError */.i9(`${source}: entry "${key}" is not istanbul file coverage (statementMap, s, fnMap, f, branchMap, b); ` +
            'point covgate at coverage-final.json from the "json" reporter');
    }
    const raw = typeof entry.path === 'string' && entry.path !== '' ? entry.path : key;
    const path = toRepoPath(raw);
    if (path === null) {
        dropped.push(raw);
        return;
    }
    const file = { path, ...istanbul_readFile(entry, key, source) };
    addFileCoverage(files, entry.all === true ? markPlaceholder(file) : file);
}

;// CONCATENATED MODULE: ./js/coverage/istanbul-stream.js
/**
 * Reads a big istanbul `coverage-final.json` without one `JSON.parse` of the whole file: the file
 * is read in chunks, a byte scanner finds where each top-level entry's object starts and ends, and
 * each entry alone is parsed and folded into the model. Peak memory is one chunk, one entry and the
 * model, instead of the whole text plus its whole object tree (bench/coverage-read.mjs).
 *
 * The result must equal `parseCoverage` on the whole text, so anything this scanner does not handle
 * with certainty — not an object of objects, duplicate or integer-like keys (JSON.parse would order
 * or merge those differently), a first entry that is not istanbul file coverage, any syntax error —
 * returns `null` and the caller reads the file the ordinary way, whose messages stay the only ones.
 */





const CHUNK = 1 << 22;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
// A key JSON.parse would move to the front of the object (an array index).
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
/** What may come next at depth 1 (between the entries). */
var Expect;
(function (Expect) {
    Expect[Expect["FirstKeyOrEnd"] = 0] = "FirstKeyOrEnd";
    Expect[Expect["Colon"] = 1] = "Colon";
    Expect[Expect["Value"] = 2] = "Value";
    Expect[Expect["CommaOrEnd"] = 3] = "CommaOrEnd";
    Expect[Expect["Key"] = 4] = "Key";
})(Expect || (Expect = {}));
const isBlank = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** Offset of the `{` the file starts with (after a BOM and blanks), or null. */
function objectStart(buf, n) {
    let i = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    while (i < n && isBlank(buf[i]))
        i++;
    return i < n && buf[i] === OPEN ? i : null;
}
/**
 * Reads `file` as istanbul coverage-final.json entry by entry; `null` when the ordinary reader
 * must decide (see the file comment). `source` names the file in messages.
 */
function readIstanbulStreaming(file, source, opts, chunkSize = CHUNK) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        return scanFile(fd, source, opts, chunkSize);
    }
    catch (error) {
        // An entry the reader rejects: the ordinary reader decides which problem to report first.
        if (error instanceof errors/* CoverageFormatError */.i9)
            return null;
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The scan proper: one pass over the bytes, one `JSON.parse` per entry; reads of `chunkSize` bytes. */
function scanFile(fd, source, opts, chunkSize) {
    const files = new Map();
    const dropped = [];
    const keys = new Set();
    const toRepoPath = (0,paths/* createRepoPathResolver */.It)(opts);
    let first = true;
    // One buffer for the whole file: an unfinished key or entry moves to its front and the next read
    // goes after it (it grows only for an entry longer than a chunk), so reading allocates nothing.
    let work = Buffer.allocUnsafe(2 * chunkSize);
    let n = (0,external_node_fs_.readSync)(fd, work, 0, chunkSize, null);
    const start = objectStart(work, n);
    if (start === null)
        return null;
    let buf = work.subarray(start + 1, n);
    let depth = 1;
    let inString = false;
    let expect = Expect.FirstKeyOrEnd;
    // Where the current key string or entry object began in `buf` (-1: none), and the last key.
    let mark = -1;
    let key = '';
    let i = 0;
    for (;;) {
        const len = buf.length;
        while (i < len) {
            if (inString) {
                const q = buf.indexOf(QUOTE, i);
                if (q < 0) {
                    i = len;
                    break;
                }
                // The string's opening quote stops this walk, so escapes are counted within the string.
                let b = q - 1;
                while (buf[b] === BACKSLASH)
                    b--;
                i = q + 1;
                if ((q - 1 - b) % 2 === 1)
                    continue;
                inString = false;
                if (depth === 1) {
                    const parsed = parseKey(buf, mark, i);
                    if (parsed === null || keys.has(parsed) || INDEX_KEY.test(parsed))
                        return null;
                    keys.add(parsed);
                    key = parsed;
                    mark = -1;
                    expect = Expect.Colon;
                }
                continue;
            }
            const c = buf[i];
            if (depth >= 2) {
                if (c === QUOTE)
                    inString = true;
                else if (c === OPEN || c === OPEN_ARRAY)
                    depth++;
                else if (c === CLOSE || c === CLOSE_ARRAY) {
                    if (--depth === 1) {
                        let entry;
                        try {
                            entry = JSON.parse(buf.toString('utf8', mark, i + 1));
                        }
                        catch {
                            return null;
                        }
                        if (first &&
                            !isIstanbulFile(entry) &&
                            !isIstanbulFile(entry?.data)) {
                            return null;
                        }
                        first = false;
                        readIstanbulEntry(files, dropped, key, entry, source, toRepoPath);
                        mark = -1;
                        expect = Expect.CommaOrEnd;
                    }
                }
            }
            else if (depth === 1) {
                if (isBlank(c)) {
                    // between tokens
                }
                else if (c === QUOTE && (expect === Expect.FirstKeyOrEnd || expect === Expect.Key)) {
                    inString = true;
                    mark = i;
                }
                else if (c === 0x3a && expect === Expect.Colon)
                    expect = Expect.Value;
                else if (c === OPEN && expect === Expect.Value) {
                    depth = 2;
                    mark = i;
                }
                else if (c === 0x2c && expect === Expect.CommaOrEnd)
                    expect = Expect.Key;
                else if (c === CLOSE && (expect === Expect.CommaOrEnd || expect === Expect.FirstKeyOrEnd))
                    depth = 0;
                else
                    return null;
            }
            else if (!isBlank(c))
                return null; // only blanks may follow the top-level object
            i++;
        }
        // Carry the unfinished key or entry over; the scan resumes where it stopped.
        const carried = mark >= 0 ? buf.length - mark : 0;
        if (carried + chunkSize > work.length) {
            const bigger = Buffer.allocUnsafe(Math.max(2 * work.length, carried + chunkSize));
            buf.copy(bigger, 0, mark);
            work = bigger;
        }
        else if (carried > 0) {
            buf.copy(work, 0, mark); // copy handles the overlap (memmove)
        }
        n = (0,external_node_fs_.readSync)(fd, work, carried, chunkSize, null);
        if (n === 0)
            break;
        buf = work.subarray(0, carried + n);
        i = carried;
        if (mark >= 0)
            mark = 0;
    }
    if (depth !== 0 || first)
        return null;
    return { data: toCoverageData(files, ['istanbul']), dropped };
}
/** The key string at buf[from..to) (quotes included), or null when JSON.parse rejects it. */
function parseKey(buf, from, to) {
    try {
        const key = JSON.parse(buf.toString('utf8', from, to));
        return typeof key === 'string' ? key : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./js/coverage/lcov-file.js
/**
 * One lcov SF ... end_of_record block while it is read, the FileCoverage it becomes, and
 * the in-place readers of DA and BRDA, nearly every line of a tracefile. Pure.
 */

/** The function index of `file`, made on first use (most files of big reports have none). */
function functionIndex(file) {
    file.index ??= { byName: new Map(), fndaSeen: new Map(), byIndex: new Map() };
    return file.index;
}
/** An empty file of the SF record `raw`. */
function newOpenFile(raw) {
    return {
        raw,
        lines: [],
        maxLine: -1,
        functions: null,
        index: null,
        branches: null,
        maxBranchLine: -1,
        lastBranch: null,
        lastLine: -1,
        lastBlock: '',
    };
}
/** Adds `hits` to line `line`; a line above every line seen so far (nearly all) is appended. */
function addLineHits(file, line, hits) {
    const { lines } = file;
    if (line > file.maxLine) {
        file.maxLine = line;
        lines.push(line, 0 + hits); // as the sum below: a `-0` (DA:1,-0) counts as 0
        return;
    }
    const at = findLine(lines, line);
    if (at >= 0)
        lines[at + 1] = (lines[at + 1] ?? 0) + hits;
    else
        lines.splice(-at - 1, 0, line, 0 + hits);
}
/**
 * The file of a block whose end_of_record is read, its path made repo-relative (in report order,
 * as the resolver learns other checkouts' roots in that order). Its maps stay `null` when empty
 * until the end: a report of a million files must not make (or keep) two million empty maps.
 */
function closeFile(f, path) {
    return {
        path: ownCopy(path),
        lines: closeLines(f),
        statements: null,
        functions: f.functions,
        branches: f.branches,
    };
}
/**
 * `text` as a string of its own. A repo path is a substring of the absolute path it was made from
 * (or of the report's text), and V8 keeps a substring's whole parent alive: ~80 bytes a path
 * instead of ~40, for as long as the model lives.
 */
function ownCopy(text) {
    const copy = JSON.parse(JSON.stringify(text));
    return typeof copy === 'string' ? copy : text;
}
/** The line hits of a closed block, in an array of their exact size (a push leaves spare room). */
function closeLines(file) {
    return new LineHits(file.lines.slice());
}
/** Appends one outcome to the branch point `line`:`block`, creating it on its first outcome. */
function addBranchHit(file, line, block, taken) {
    const id = `${line}:${block}`;
    const branches = (file.branches ??= new Map());
    const known = line > file.maxBranchLine ? undefined : branches.get(id);
    if (line > file.maxBranchLine)
        file.maxBranchLine = line;
    let branch = known;
    if (branch === undefined) {
        branch = { line, hits: [taken] };
        branches.set(id, branch);
    }
    else {
        pushHit(branch, taken);
    }
    file.lastBranch = branch;
    file.lastLine = line;
    file.lastBlock = block;
}
/**
 * Appends an outcome. An array literal has its exact size, a push adds 16 spare slots: most branch
 * points have two outcomes, so the second one makes a new pair.
 */
function pushHit(branch, taken) {
    const hits = branch.hits;
    if (hits.length === 1)
        branch.hits = [hits[0] ?? 0, taken];
    else
        hits.push(taken);
}
/** Start of the next line when a line ends at `i` (a line feed, CRLF or the end), else -1. */
function nextLine(text, i) {
    const c = text.charCodeAt(i);
    if (c === 10)
        return i + 1;
    if (c === 13 && text.charCodeAt(i + 1) === 10)
        return i + 2;
    return i === text.length ? i + 1 : -1;
}
/**
 * DA and BRDA are nearly every line of a tracefile: their common form (all-digit numbers of up to
 * 15 digits, no blank) is read in place, numbers and all, without slicing the line or searching
 * its end first. These return the start of the next line, or -1 to let the general path handle
 * (or reject) the line, which reads that form to the same result.
 */
function readDaInPlace(file, text, start) {
    // DA:<line>,<hits>[,<checksum>]
    if (text.charCodeAt(start + 1) !== 65 || text.charCodeAt(start + 2) !== 58)
        return -1;
    let i = start + 3;
    let line = 0;
    for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
        line = line * 10 + d;
    // Line 0 is left to the general path, which refuses it with a message.
    if (i === start + 3 || i - start - 3 > 15 || line === 0 || text.charCodeAt(i) !== 44)
        return -1;
    const from = ++i;
    let hits = 0;
    for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
        hits = hits * 10 + d;
    if (i === from || i - from > 15)
        return -1;
    let next = nextLine(text, i);
    if (next === -1 && text.charCodeAt(i) === 44) {
        const eol = text.indexOf('\n', i);
        next = eol === -1 ? text.length + 1 : eol + 1;
    }
    if (next !== -1)
        addLineHits(file, line, hits);
    return next;
}
/**
 * BRDA:<line>,<block>,<branch>,<taken> (<taken> digits or `-`) in place, as {@link readDaInPlace};
 * a further outcome of the branch point of the last BRDA needs neither an id nor a lookup.
 */
function readBrdaInPlace(file, text, start) {
    if (!text.startsWith('RDA:', start + 1))
        return -1;
    let i = start + 5;
    let line = 0;
    for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
        line = line * 10 + d;
    if (i === start + 5 || i - start - 5 > 15 || line === 0 || text.charCodeAt(i) !== 44)
        return -1;
    const c1 = i;
    const c2 = endOfField(text, c1 + 1);
    const c3 = c2 === -1 ? -1 : endOfField(text, c2 + 1);
    if (c2 === c1 + 1 || c3 === -1)
        return -1;
    i = c3 + 1;
    let taken = 0;
    if (text.charCodeAt(i) === 45) {
        i += 1;
    }
    else {
        for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
            taken = taken * 10 + d;
        if (i === c3 + 1 || i - c3 - 1 > 15)
            return -1;
    }
    const next = nextLine(text, i);
    if (next === -1)
        return -1;
    const last = file.lastBranch;
    const blockLength = c2 - c1 - 1;
    if (last !== null &&
        file.lastLine === line &&
        file.lastBlock.length === blockLength &&
        text.startsWith(file.lastBlock, c1 + 1)) {
        pushHit(last, taken);
    }
    else {
        addBranchHit(file, line, text.slice(c1 + 1, c2), taken);
    }
    return next;
}
/** Index of the comma ending the field that starts at `from`, or -1 when the line ends first. */
function endOfField(text, from) {
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 44)
            return i;
        if (c === 10)
            return -1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./js/coverage/lcov.js
/**
 * Reader of lcov tracefiles (`lcov.info`) from any producer: istanbul/c8/jest/vitest, lcov/geninfo
 * (1.x and 2.x with FNL/FNA), coverage.py, grcov, tarpaulin …
 *
 * Lines come from DA, functions from FN/FNDA (or FNL/FNA), branch outcomes from BRDA (`-` = never
 * evaluated = 0 hits). lcov has no statements. A metric is `null` for the whole report when no
 * record of it appears at all (the producer did not measure it), and an empty map otherwise.
 * The text is walked with indexOf, without a regex or split per line, for large files; DA and BRDA
 * lines are read in place (lcov-file.ts).
 */





const RECORD_KEY = /^[A-Z_]+$/;
const FUNCTION_KEYS = new Set(['FN', 'FNDA', 'FNF', 'FNH', 'FNL', 'FNA']);
const BRANCH_KEYS = new Set(['BRDA', 'BRF', 'BRH']);
const DIGITS = /^\d+$/;
/** A line number (digits, 1 to 2^53), else NaN. */
function lcov_int(s) {
    const n = s !== undefined && DIGITS.test(s) ? Number(s) : NaN;
    return isLineNumber(n) ? n : NaN;
}
/** A hit count (a whole number from 0 to 2^53), else NaN. */
function count(s) {
    const n = s === undefined || s.trim() === '' ? NaN : Number(s);
    return isHitCount(n) ? n : NaN;
}
/** Why `<line>,<hits>` was refused: which of the two is bad, and how. */
function whyBad(l, h, line, hits) {
    if (Number.isNaN(line))
        return describeBadLine(l ?? '');
    return Number.isNaN(hits) ? describeBadHits(h ?? '') : '';
}
/** Splits `text` at the first `count` commas; the last part keeps any further commas. */
function fields(text, count) {
    const out = [];
    let from = 0;
    for (let i = 0; i < count; i++) {
        const comma = text.indexOf(',', from);
        if (comma === -1)
            break;
        out.push(text.slice(from, comma));
        from = comma + 1;
    }
    out.push(text.slice(from));
    return out;
}
function addFunction(file, name, line) {
    const { byName } = functionIndex(file);
    const list = byName.get(name) ?? [];
    const fn = { name, line, hits: 0 };
    list.push(fn);
    byName.set(name, list);
    (file.functions ??= new Map()).set(list.length === 1 ? name : `${name}#${list.length}`, fn);
    return fn;
}
/** Applies one record to the open file; returns an error text for a malformed value. */
function applyRecord(file, key, value) {
    switch (key) {
        case 'DA': {
            const [l, h] = fields(value, 2);
            const line = lcov_int(l);
            const hits = count(h);
            if (Number.isNaN(line) || Number.isNaN(hits)) {
                return `DA needs <line>,<hits>: ${whyBad(l, h, line, hits)}`;
            }
            addLineHits(file, line, hits);
            return null;
        }
        case 'FN': {
            const [l, second = '', third] = fields(value, 2);
            const line = lcov_int(l);
            if (Number.isNaN(line))
                return `FN needs <line>,<name>: ${describeBadLine(l)}`;
            if (second === '')
                return 'FN needs <line>,<name>';
            // lcov 2: FN:<start>,<end>,<name>
            const name = third !== undefined && DIGITS.test(second) ? third : `${second}${third ? `,${third}` : ''}`;
            addFunction(file, name, line);
            return null;
        }
        case 'FNDA': {
            const [h, name = ''] = fields(value, 1);
            const hits = count(h);
            if (Number.isNaN(hits))
                return `FNDA needs <hits>,<name>: ${describeBadHits(h)}`;
            if (name === '')
                return 'FNDA needs <hits>,<name>';
            const { fndaSeen, byName } = functionIndex(file);
            const k = fndaSeen.get(name) ?? 0;
            fndaSeen.set(name, k + 1);
            const fn = byName.get(name)?.[k] ?? addFunction(file, name, 0);
            fn.hits += hits;
            return null;
        }
        case 'FNL': {
            const [index = '', l] = fields(value, 2);
            const line = lcov_int(l);
            if (index === '' || Number.isNaN(line))
                return `FNL needs <index>,<line>: ${describeBadLine(l ?? '')}`;
            const fn = { name: `#${index}`, line, hits: 0 };
            functionIndex(file).byIndex.set(index, fn);
            (file.functions ??= new Map()).set(`FNL#${index}`, fn);
            return null;
        }
        case 'FNA': {
            const [index = '', h, name = ''] = fields(value, 2);
            const hits = count(h);
            const fn = functionIndex(file).byIndex.get(index);
            if (!fn)
                return 'FNA needs <index of an FNL>,<hits>,<name>';
            if (Number.isNaN(hits))
                return `FNA needs <index>,<hits>,<name>: ${describeBadHits(h ?? '')}`;
            if (fn.name.startsWith('#'))
                fn.name = name;
            fn.hits += hits;
            return null;
        }
        case 'BRDA': {
            // BRDA:<line>,<block>,<branch>,<taken>; lcov 2 branch expressions may contain commas.
            const [l, block = '', rest = ''] = fields(value, 2);
            const comma = rest.lastIndexOf(',');
            const line = lcov_int(l);
            const takenText = comma === -1 ? '' : rest.slice(comma + 1);
            const taken = takenText === '-' ? 0 : count(takenText);
            if (Number.isNaN(line) || block === '' || Number.isNaN(taken)) {
                const why = block === '' ? '' : `: ${whyBad(l, takenText, line, taken)}`;
                return `BRDA needs <line>,<block>,<branch>,<taken>${why}`;
            }
            addBranchHit(file, line, block, taken);
            return null;
        }
        default:
            return null; // TN, LF, LH, FNF, FNH, BRF, BRH, VER and future records carry nothing we need
    }
}
/**
 * The metric of a count record at `start` (LF/LH, FNF/FNH, BRF/BRH: counts lcov writes per file,
 * which are recomputed, so only their presence matters), else null.
 */
function countRecord(text, start) {
    let i = start + 1;
    let metric;
    const c0 = text.charCodeAt(start);
    if (c0 === 76) {
        metric = 'lines'; // L
    }
    else if (c0 === 70 && text.charCodeAt(i) === 78) {
        metric = 'functions'; // FN
        i += 1;
    }
    else if (c0 === 66 && text.charCodeAt(i) === 82) {
        metric = 'branches'; // BR
        i += 1;
    }
    else {
        return null;
    }
    const c = text.charCodeAt(i);
    return (c === 70 || c === 72) && text.charCodeAt(i + 1) === 58 ? metric : null; // F or H, then :
}
/** Parses lcov text. Throws CoverageFormatError naming `source` and the line of a bad record. */
function readLcov(text, source, opts) {
    const reader = createLcovReader(source, opts);
    reader.read(text);
    return reader.finish();
}
/** A reader of one lcov report, see {@link LcovReader}. */
function createLcovReader(source, opts) {
    const files = new Map();
    const dropped = [];
    const toRepoPath = (0,paths/* createRepoPathResolver */.It)(opts);
    let blocks = 0;
    const close = (f) => {
        blocks += 1;
        const path = toRepoPath(f.raw);
        if (path === null)
            dropped.push(f.raw);
        else
            addFileCoverage(files, closeFile(f, path));
    };
    let current = null;
    let sawFunctions = false;
    let sawBranches = false;
    let lineNo = 0;
    const fail = (what) => {
        throw new errors/* CoverageFormatError */.i9(`${source}:${lineNo}: ${what}; is this an lcov tracefile (lcov.info)?`);
    };
    const read = (text) => {
        let pos = 0;
        while (pos < text.length) {
            const start = pos;
            lineNo += 1;
            if (current !== null) {
                const c0 = text.charCodeAt(start);
                const next = c0 === 68
                    ? readDaInPlace(current, text, start)
                    : c0 === 66
                        ? readBrdaInPlace(current, text, start)
                        : -1;
                if (next !== -1) {
                    pos = next;
                    sawBranches ||= c0 === 66;
                    continue;
                }
            }
            let end = text.indexOf('\n', pos);
            if (end === -1)
                end = text.length;
            pos = end + 1;
            if (end > start && text.charCodeAt(end - 1) === 13)
                end -= 1; // CRLF
            if (current !== null) {
                // The other records of every file, without slicing the line.
                const counted = countRecord(text, start);
                if (counted !== null) {
                    sawFunctions ||= counted === 'functions';
                    sawBranches ||= counted === 'branches';
                    continue;
                }
                if (end - start === 13 && text.startsWith('end_of_record', start)) {
                    close(current);
                    current = null;
                    continue;
                }
            }
            const line = text.slice(start, end);
            if (line.trim() === '')
                continue;
            if (line === 'end_of_record') {
                if (!current)
                    fail('end_of_record without SF');
                else
                    close(current);
                current = null;
                continue;
            }
            const colon = line.indexOf(':');
            const key = colon === -1 ? '' : line.slice(0, colon);
            if (!RECORD_KEY.test(key))
                fail(`"${line.slice(0, 40)}" is not an lcov record`);
            const value = line.slice(colon + 1);
            if (key === 'SF') {
                if (current)
                    fail('SF before the previous end_of_record');
                current = newOpenFile(value);
                continue;
            }
            if (key === 'TN' || key === 'VER')
                continue;
            if (FUNCTION_KEYS.has(key))
                sawFunctions = true;
            if (BRANCH_KEYS.has(key))
                sawBranches = true;
            if (!current) {
                fail(`${key} record outside an SF ... end_of_record block`);
                continue;
            }
            const problem = applyRecord(current, key, value);
            if (problem)
                fail(`bad record "${line.slice(0, 40)}" (${problem})`);
        }
    };
    const finish = () => {
        if (current)
            fail('the last SF record has no end_of_record (truncated file?)');
        if (blocks === 0)
            fail('no SF record');
        // A metric the report has at all is an empty map, not null, in the files without it.
        if (sawFunctions || sawBranches) {
            for (const f of files.values()) {
                if (sawFunctions)
                    f.functions ??= new Map();
                if (sawBranches)
                    f.branches ??= new Map();
            }
        }
        return { data: toCoverageData(files, ['lcov']), dropped };
    };
    return { read, finish };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./js/coverage/one-count.js
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

/** Richer formats first. */
const RICHNESS = ['istanbul', 'cobertura', 'lcov'];
/** The records an lcov tracefile starts with. */
const LCOV_START = ['TN:', 'SF:', 'VER:'];
/** How much of a report's start format detection looks at. */
const SNIFFED_CHARS = 4096;
/** First non-blank line of `text`, trimmed (only the first {@link SNIFFED_CHARS} are looked at). */
function firstLine(text) {
    for (const line of text.slice(0, SNIFFED_CHARS).split('\n')) {
        if (line.trim() !== '')
            return line.trim();
    }
    return '';
}
/** True when a report whose first non-blank line is `line` is an lcov tracefile. */
function isLcovStart(line) {
    return LCOV_START.some((p) => line.startsWith(p));
}
/** Format of a report from its first non-blank characters (content, never the name), or null. */
function sniffFormat(start) {
    const head = start.replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('{'))
        return 'istanbul';
    if (head.startsWith('<'))
        return 'cobertura';
    if (isLcovStart(head))
        return 'lcov';
    return null;
}
/**
 * Of several report files in one directory, the one of the richest format; the others are ignored
 * with a note. Files of an unknown format are kept (their reader gives the error).
 */
function pickRichestPerDirectory(files) {
    const byDir = new Map();
    for (const f of files)
        byDir.set((0,external_node_path_.dirname)(f.file), [...(byDir.get((0,external_node_path_.dirname)(f.file)) ?? []), f]);
    const keep = [];
    const notes = [];
    for (const group of byDir.values()) {
        const known = group.filter((f) => f.format !== null);
        const best = [...known].sort((a, b) => rank(a.format) - rank(b.format))[0];
        const ignored = best === undefined ? [] : known.filter((f) => f !== best);
        for (const f of group)
            if (!ignored.includes(f))
                keep.push(f.file);
        if (best !== undefined && ignored.length > 0) {
            notes.push(`read ${best.file} (${best.format}); ignored ${ignored.map((f) => `${f.file} (${f.format})`).join(', ')}: ` +
                'the same run in another format, which would count every file twice');
        }
    }
    return { keep: files.map((f) => f.file).filter((f) => keep.includes(f)), notes };
}
function rank(format) {
    return format === null ? RICHNESS.length : RICHNESS.indexOf(format);
}
/**
 * Removes, from each part, the source files that a part of a richer format also has, so that no
 * file is counted from two formats. `name` labels each part in the note.
 */
function dropDuplicateFormats(parts) {
    // The richest format each source file arrives in.
    const richest = new Map();
    for (const { data } of parts) {
        const r = partRank(data);
        for (const path of data.files.keys())
            richest.set(path, Math.min(richest.get(path) ?? r, r));
    }
    const notes = [];
    const out = parts.map(({ name, data }) => {
        const r = partRank(data);
        const dropped = new Set([...data.files.keys()].filter((path) => (richest.get(path) ?? r) < r));
        if (dropped.size === 0)
            return data;
        const example = [...dropped][0] ?? '';
        notes.push(`${name}: ${dropped.size} file(s) (e.g. ${example}) are also in ${RICHNESS[richest.get(example) ?? 0]} ` +
            'reports of this list; counted once, from those');
        const files = new Map([...data.files].filter(([path]) => !dropped.has(path)));
        return { files, formats: data.formats };
    });
    return { parts: out, notes };
}
/** Rank of a single-report part: its format's (a merged part counts as its richest). */
function partRank(data) {
    return Math.min(...data.formats.map((f) => RICHNESS.indexOf(f)), RICHNESS.length);
}

;// CONCATENATED MODULE: ./js/coverage/lcov-stream.js
/**
 * Reads a big lcov tracefile in chunks of whole lines instead of as one text: a 1,000,000-file
 * `lcov.info` (51 MB) is then never a 51 MB buffer plus a 51 MB string, only the 64 kB at hand and
 * the model. The lines go through the same reader as the whole text (lcov.ts), so the result and
 * every message equal `parseCoverage`'s. A file that does not start like lcov returns `null`: the
 * ordinary reader decides what it is (and says what is wrong with it).
 */




/**
 * 64 kB: the chunk's text then stays a small object that dies young; strings of 128 kB and more are
 * allocated with the long-lived objects and stay there, garbage, until a full collection.
 */
const lcov_stream_CHUNK = 1 << 16;
/**
 * Reads `file` as an lcov tracefile chunk by chunk; `null` when it does not start like one. Throws
 * CoverageFormatError as readLcov does. `source` names the file in messages.
 */
function readLcovStreaming(file, source, opts, chunkSize = lcov_stream_CHUNK) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buffer = Buffer.alloc(chunkSize);
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let n = 1;
        let text = '';
        const readMore = () => {
            n = (0,external_node_fs_.readSync)(fd, buffer, 0, chunkSize, null);
            text += n > 0 ? decoder.write(buffer.subarray(0, n)) : decoder.end();
        };
        while (n > 0 && text.length < SNIFFED_CHARS)
            readMore();
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        // parseCoverage's own test, so that both read the same files as lcov.
        if (!isLcovStart(firstLine(text)))
            return null;
        const reader = createLcovReader(source, opts);
        for (;;) {
            // Whole lines to the reader; the unfinished last one waits for the next chunk.
            const cut = text.lastIndexOf('\n') + 1;
            if (cut > 0) {
                reader.read(text.slice(0, cut));
                text = text.slice(cut);
            }
            if (n === 0)
                break;
            readMore();
        }
        if (text !== '')
            reader.read(text);
        return reader.finish();
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./js/coverage/read.js
/**
 * Entry point of the coverage readers: detects a report's format from its content (never its
 * name), parses it into the common model, and loads + merges the files that globs match.
 *
 * Formats: istanbul `coverage-final.json` (c8, nyc, jest, vitest), lcov (any producer), Cobertura
 * XML (istanbul's reporter and coverage.py's). Every problem is a one-line CoverageFormatError or
 * InputError that names the file and says what to do.
 */












function parseJson(text, source, opts) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* CoverageFormatError */.i9(`${source}: invalid JSON (${(0,errors/* describeError */.Uc)(error)}); is the file truncated?`);
    }
    const hint = (what, fix) => new errors/* CoverageFormatError */.i9(`${source}: this is ${what}, not istanbul coverage-final.json; ${fix}`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw hint('a JSON value', 'use the "json" reporter of c8/nyc/jest/vitest (coverage/coverage-final.json)');
    }
    const obj = value;
    const first = Object.values(obj)[0];
    const wrapped = typeof first === 'object' && first !== null && isIstanbulFile(first.data);
    if (first === undefined || isIstanbulFile(first) || wrapped) {
        return readIstanbul(obj, source, opts);
    }
    if ('total' in obj) {
        throw hint('a json-summary (percentages only)', 'add the "json" reporter and point at coverage-final.json');
    }
    if (Array.isArray(obj.result))
        throw hint('raw V8 coverage', 'run `c8 report --reporter=json` first');
    if ('meta' in obj && 'files' in obj && 'totals' in obj) {
        throw hint('coverage.py JSON', 'write `coverage xml` (pytest --cov-report=xml) instead');
    }
    // `{"src/a.js": null}` and the like: the reader names the entry that is not file coverage.
    if (typeof first !== 'object' || first === null || Array.isArray(first))
        return readIstanbul(obj, source, opts);
    throw hint('JSON of another kind', 'use the "json" reporter of c8/nyc/jest/vitest (coverage-final.json)');
}
/**
 * Parses one report. `source` names it in error messages. Throws CoverageFormatError for an empty
 * or malformed file, an unknown format, or a report whose every file lies outside `opts.root`.
 */
function parseCoverage(text, source, opts) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const start = firstLine(body);
    let parsed;
    if (start === '') {
        throw new errors/* CoverageFormatError */.i9(`${source}: the file is empty; check that the test command wrote coverage`);
    }
    else if (start.startsWith('{') || start.startsWith('[')) {
        parsed = parseJson(body, source, opts);
    }
    else if (start.startsWith('<')) {
        parsed = readCobertura(parseCoberturaXml(body, source), source, opts);
    }
    else if (isLcovStart(start)) {
        parsed = readLcov(body, source, opts);
    }
    else {
        throw new errors/* CoverageFormatError */.i9(`${source}: unknown coverage format (starts with "${start.slice(0, 30)}"); ` +
            'use istanbul coverage-final.json, lcov.info or Cobertura XML');
    }
    return checkDropped(parsed, source, opts);
}
/** Lists each dropped path once; a report with every file outside the root is an error. */
function checkDropped(parsed, source, opts) {
    parsed.dropped = [...new Set(parsed.dropped)];
    if (parsed.data.files.size === 0 && parsed.dropped.length > 0) {
        throw new errors/* CoverageFormatError */.i9(`${source}: all ${parsed.dropped.length} files lie outside the root ${opts.root} ` +
            `(e.g. ${parsed.dropped[0]}) and none is found in this checkout under a shorter path; is it a report ` +
            'of this repository? (The CLI takes --root for the directory the report was made in.)');
    }
    return parsed;
}
/** Absolute files a glob matches, sorted; a literal path is taken as is (brackets and all). */
async function matchGlob(pattern, cwd, inputName) {
    const literal = (0,external_node_path_.resolve)(cwd, pattern);
    if ((0,external_node_fs_.existsSync)(literal)) {
        if ((0,external_node_fs_.statSync)(literal).isDirectory()) {
            throw new errors/* InputError */.dz(`${inputName}: "${pattern}" is a directory; give the report file or a glob such as ${pattern}/*.json`);
        }
        return [literal];
    }
    if (!(0,dist/* isDynamicPattern */.ey)(pattern))
        return [];
    const found = await (0,dist/* glob */.TI)([pattern], { cwd, absolute: true, dot: true, onlyFiles: true });
    return found.map((f) => (0,external_node_path_.resolve)(f)).sort();
}
/**
 * Reads and merges every report the globs match (resolved against `cwd`). With `requireEach`
 * (default true) a glob that matches nothing is an InputError; with `requireEach: false` (the
 * default globs) only "nothing matched at all" is, naming the globs searched.
 */
async function loadCoverage(globs, opts) {
    const requireEach = opts.requireEach ?? true;
    const files = [];
    for (const pattern of globs) {
        const matches = await matchGlob(pattern, opts.cwd, opts.inputName);
        if (matches.length === 0 && requireEach) {
            throw new errors/* InputError */.dz(`${opts.inputName}: no file matches "${pattern}" in ${opts.cwd}; ` +
                'check the path and that the test command writes its coverage report there');
        }
        for (const m of matches)
            if (!files.includes(m))
                files.push(m);
    }
    if (files.length === 0) {
        throw new errors/* InputError */.dz(`${opts.inputName}: no coverage report found in ${opts.cwd} (searched ${globs.join(', ')}); ` +
            `set ${opts.inputName} to your report's path or make the test command write one`);
    }
    const notes = [];
    let chosen = files;
    if (!requireEach && files.length > 1) {
        // The default globs: one directory's several formats are one run, read once.
        const sniffed = await Promise.all(files.map(async (file) => ({
            file: reportName(file, opts.cwd),
            format: sniffFormat(await readStart(file).catch(() => '')),
        })));
        const picked = pickRichestPerDirectory(sniffed);
        chosen = files.filter((f) => picked.keep.includes(reportName(f, opts.cwd)));
        notes.push(...picked.notes);
    }
    const parts = [];
    const dropped = new Set();
    for (const file of chosen) {
        const parsed = await readReportFile(file, opts, opts.inputName);
        parts.push({ name: reportName(file, opts.cwd), data: parsed.data });
        for (const d of parsed.dropped)
            dropped.add(d);
    }
    const once = dropDuplicateFormats(parts);
    notes.push(...once.notes);
    const data = mergeCoverage(once.parts);
    if (data.files.size === 0)
        throw new errors/* CoverageFormatError */.i9(describeNoData(parts, opts.inputName));
    return { data, files: chosen, dropped: [...dropped], notes };
}
/**
 * Reads one report file: istanbul JSON entry by entry (istanbul-stream.ts), lcov in chunks of lines
 * (lcov-stream.ts), the rest — or a file they leave to the ordinary reader — as one text. A file
 * that cannot be read is an InputError naming `inputName`; a report that is not valid says why in
 * its own words (CoverageFormatError).
 */
async function readReportFile(file, opts, inputName) {
    const name = reportName(file, opts.cwd);
    const options = readOptions(file, opts);
    let streamed;
    let text = '';
    try {
        streamed = readIstanbulStreaming(file, name, options) ?? readLcovStreaming(file, name, options);
        if (streamed === null)
            text = await readTextFile(file);
    }
    catch (error) {
        if (error instanceof errors/* CoverageFormatError */.i9)
            throw error;
        throw new errors/* InputError */.dz(`${inputName}: cannot read ${name} (${(0,errors/* describeError */.Uc)(error)})`);
    }
    return streamed ? checkDropped(streamed, name, options) : parseCoverage(text, name, options);
}
/**
 * Reports that hold no file at all (Jest or c8 writing `{}` when nothing matched their coverage
 * include) would otherwise be 0 of 0 lines: 100 %, a pass on no data.
 */
function describeNoData(parts, inputName) {
    const names = parts.map((p) => p.name).join(', ');
    return (`${inputName}: ${names} ${parts.length === 1 ? 'holds' : 'hold'} the coverage of no file; ` +
        'make the test command measure your sources (pytest-cov --cov=PACKAGE, Jest collectCoverageFrom, ' +
        'Vitest coverage.include, c8 --include)');
}
/** The first bytes of a file, enough to tell its format. */
async function readStart(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(512);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.toString('utf8', 0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/**
 * The text of a UTF-8 file. Decoded in one piece: `readFile(path, 'utf8')` joins the decoded
 * chunks of a big file into a string that is copied again when first read.
 */
async function readTextFile(path) {
    return (await (0,promises_.readFile)(path)).toString('utf8');
}
/** How messages name a report file: relative to `cwd` when inside it, else absolute. */
function reportName(file, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, file);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? file : rel;
}
/**
 * Parses the text of the report file `file` (absolute) as {@link loadCoverage} does for each file
 * it reads, for a caller that has read the file already.
 */
function parseReportFile(text, file, opts) {
    return parseCoverage(text, reportName(file, opts.cwd), readOptions(file, opts));
}
/** The reader options of report file `file`. */
function readOptions(file, opts) {
    const exists = (repoPath) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(opts.root, repoPath));
    // Relative paths in a report are relative to where the tool ran: the working directory.
    return { root: opts.root, baseDir: opts.cwd, exists };
}

;// CONCATENATED MODULE: ./js/base-restore.js






/** What is known of the commits before any baseline is looked at. */
function emptyProvenance(config) {
    return {
        headSha: config.event.headSha || null,
        baseSha: config.event.baseSha ?? null,
        baselineSha: null,
        baselineExact: false,
        baselineSource: 'none',
        note: null,
    };
}
/**
 * Step 5b: the base — `base-coverage`, else the stored baseline of the PR's base. A base that cannot
 * be read or mapped onto this checkout is no reason to fail the run: it becomes "no baseline" with
 * one warning naming why.
 */
async function restoreBase(config, io, store) {
    try {
        const base = await readBase(config, store);
        // Only the base's per-file counts are compared: its coverage model is let go here.
        return { ...base, data: base.data === null ? null : base_summaries/* BaseSummaries */.s.of(base.data) };
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        io.warning(`covgate: no baseline to compare with: ${error.message}`);
        return {
            data: null,
            provenance: { ...emptyProvenance(config), note: `no baseline: ${error.message}` },
        };
    }
}
async function readBase(config, store) {
    const { event } = config;
    const provenance = emptyProvenance(config);
    if (config.baseCoverage !== undefined) {
        // With the existence check, paths of another checkout map onto this one (longest existing tail).
        // Read like coverage-files: lcov in chunks and istanbul JSON by entry, never as one big string.
        const parsed = await readReportFile(config.baseCoverage, { cwd: config.workingDirectory, root: config.repoRoot }, constants/* Inputs */.G0.BaseCoverage);
        const data = filterCoverage(parsed.data, config.include, config.exclude);
        return { data, provenance: { ...provenance, baselineSource: 'file', baselineExact: true } };
    }
    if (event.pullNumber === undefined || event.baseRef === undefined) {
        return { data: null, provenance: { ...provenance, note: 'no baseline: not a pull request' } };
    }
    const restored = await store.restore({
        commentId: config.commentId,
        branch: event.baseRef,
        sha: event.baseSha,
    });
    if (restored.baseline === null)
        return { data: null, provenance: { ...provenance, note: restored.reason } };
    const b = restored.baseline;
    const data = filterCoverage(coverageOf(b, `baseline of ${b.sha}`), config.include, config.exclude);
    const note = restored.exact
        ? null
        : `compared with the newest baseline of ${b.branch} (commit ${b.sha.slice(0, 7)}), not the exact base ${event.baseSha?.slice(0, 7) ?? ''}`;
    return {
        data,
        provenance: {
            ...provenance,
            baselineSha: b.sha,
            baselineExact: restored.exact,
            baselineSource: 'cache',
            note,
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./js/diff/parse.js
/**
 * Parses unified diffs (git's, GNU diff's, GitHub's) into changed head lines per file. Pure.
 *
 * Hunks are consumed by the counts in their headers, never by guessing from line prefixes, so a
 * removed line that reads `--- x` or a file that contains `diff --git` cannot derail the parse, and
 * `\ No newline at end of file` shifts nothing (the header's numbers are the truth).
 */


const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function startDraft(git, headerOld, headerNew) {
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
function splitLines(text) {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
/** Decodes a C-style quoted path as git writes it (`"a/\303\251.js"` -> `a/é.js`). */
function unquote(quoted) {
    const bytes = [];
    const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
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
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Index just past the closing quote of a quoted path starting at `text[0]`, or -1. */
function endOfQuoted(text) {
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '\\')
            i += 1;
        else if (text[i] === '"')
            return i + 1;
    }
    return -1;
}
/** A path from a `---`/`+++`/`rename` line: unquoted, without a trailing tab + timestamp. */
function readPath(raw) {
    if (raw.startsWith('"')) {
        const end = endOfQuoted(raw);
        if (end > 0)
            return unquote(raw.slice(0, end));
    }
    const tab = raw.indexOf('\t');
    return tab >= 0 ? raw.slice(0, tab) : raw;
}
/** The two paths of a `diff --git` line (used when no `---`/`+++` lines follow). */
function readGitHeader(rest) {
    if (rest.startsWith('"')) {
        const cut = endOfQuoted(rest);
        if (cut < 0)
            return [null, null];
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
function stripPrefixes(oldPath, newPath) {
    const prefix = (p) => (p === null ? null : (/^[^/]+\//.exec(p)?.[0] ?? null));
    const po = prefix(oldPath);
    const pn = prefix(newPath);
    const strip = (p, pre) => p === null || pre === null ? p : p.slice(pre.length);
    if (oldPath === null || newPath === null) {
        return [
            oldPath === null ? null : strip(oldPath, po === 'a/' ? po : null),
            strip(newPath, pn === 'b/' ? pn : null),
        ];
    }
    if (po !== null && pn !== null && po !== pn)
        return [strip(oldPath, po), strip(newPath, pn)];
    return [oldPath, newPath];
}
const orNull = (p) => (p === '/dev/null' ? null : p);
/**
 * Refuses a hunk header whose numbers cannot be real: beyond 2^53 (they would be rounded), or a
 * hunk that adds lines but starts at line 0. `start` is the index of the line after the header.
 */
function checkHunkHeader(header, start, oldCount, newCount) {
    const oldStart = Number(header[1]);
    const newStart = Number(header[3]);
    const place = `the hunk header "${header[0]}" on line ${start} of the diff`;
    const safe = [oldStart, newStart, oldCount, newCount].every((n) => Number.isSafeInteger(n));
    // The last added line, newStart + newCount - 1, must be safe too (compared without adding).
    if (!safe || newCount - 1 > Number.MAX_SAFE_INTEGER - newStart) {
        throw new errors/* DiffFormatError */.RI(`not a valid unified diff: ${place} has a line number beyond 2^53`);
    }
    if (newCount > 0 && !isLineNumber(newStart)) {
        throw new errors/* DiffFormatError */.RI(`not a valid unified diff: ${place} adds lines, but ${describeBadLine(newStart)}`);
    }
}
/**
 * Walks one hunk body from `lines[start]` and records added head lines; returns the index after it.
 */
function readHunk(lines, start, header, added) {
    let oldLeft = header[2] === undefined ? 1 : Number(header[2]);
    let newLeft = header[4] === undefined ? 1 : Number(header[4]);
    let line = Number(header[3]);
    checkHunkHeader(header, start, oldLeft, newLeft);
    let i = start;
    while (oldLeft > 0 || newLeft > 0) {
        const body = lines[i];
        if (body === undefined) {
            throw new errors/* DiffFormatError */.RI(`not a complete unified diff: the hunk "${header[0]}" ends early`);
        }
        const mark = body[0] ?? ' ';
        if (mark === ' ') {
            oldLeft -= 1;
            newLeft -= 1;
            line += 1;
        }
        else if (mark === '+') {
            added.push(line);
            newLeft -= 1;
            line += 1;
        }
        else if (mark === '-') {
            oldLeft -= 1;
        }
        else if (mark !== '\\') {
            throw new errors/* DiffFormatError */.RI(`not a valid unified diff: unexpected line ${i + 1} inside "${header[0]}"`);
        }
        i += 1;
    }
    while (lines[i]?.startsWith('\\'))
        i += 1;
    return i;
}
/** Added head lines of a hunks-only patch, like the `patch` of GitHub's PR files list. */
function parseHunks(patch) {
    const lines = splitLines(patch);
    const added = [];
    let i = 0;
    while (i < lines.length) {
        const header = HUNK_HEADER.exec(lines[i] ?? '');
        i = header ? readHunk(lines, i + 1, header, added) : i + 1;
    }
    return [...new Set(added)].sort((a, b) => a - b);
}
function finishDraft(d) {
    let [oldPath, newPath] = [orNull(d.oldPath ?? d.headerOld), orNull(d.newPath ?? d.headerNew)];
    if (d.oldPath === null && d.newPath === null && !d.git)
        [oldPath, newPath] = [d.headerOld, d.headerNew];
    [oldPath, newPath] = stripPrefixes(oldPath, newPath);
    if (d.renameFrom !== null)
        oldPath = d.renameFrom;
    if (d.renameTo !== null)
        newPath = d.renameTo;
    const isNew = d.isNew || (oldPath === null && newPath !== null);
    const isDeleted = d.isDeleted || (newPath === null && oldPath !== null);
    const path = (isDeleted ? oldPath : newPath) ?? oldPath ?? '';
    const previousPath = !isNew && !isDeleted && oldPath !== null && oldPath !== newPath ? oldPath : null;
    let status = 'modified';
    if (d.isBinary)
        status = 'binary';
    else if (isDeleted)
        status = 'deleted';
    else if (isNew)
        status = 'added';
    else if (previousPath !== null)
        status = 'renamed';
    const addedLines = status === 'deleted' || status === 'binary' ? [] : [...new Set(d.added)];
    return { path, previousPath, status, addedLines: addedLines.sort((a, b) => a - b) };
}
/**
 * Parses a unified diff (`git diff`, `diff -u`, GitHub's `application/vnd.github.diff`) into a
 * ChangeSet. Throws DiffFormatError for text that is not a diff or ends inside a hunk; an empty
 * text is an empty, complete diff.
 */
function parseUnifiedDiff(text, origin = 'file') {
    const lines = splitLines(text);
    const files = [];
    let draft = null;
    let i = 0;
    while (i < lines.length) {
        const line = lines[i] ?? '';
        const next = lines[i + 1] ?? '';
        if (line.startsWith('diff --git ')) {
            if (draft)
                files.push(finishDraft(draft));
            const [a, b] = readGitHeader(line.slice('diff --git '.length));
            draft = startDraft(true, a, b);
        }
        else if (line.startsWith('--- ') && next.startsWith('+++ ')) {
            if (!draft || draft.hunks > 0 || draft.oldPath !== null || !draft.git) {
                if (draft)
                    files.push(finishDraft(draft));
                draft = startDraft(false, null, null);
            }
            draft.oldPath = readPath(line.slice(4));
            draft.newPath = readPath(next.slice(4));
            i += 1;
        }
        else if (draft && line.startsWith('@@ ')) {
            const header = HUNK_HEADER.exec(line);
            if (!header)
                throw new errors/* DiffFormatError */.RI(`not a valid unified diff: bad hunk header "${line}"`);
            draft.hunks += 1;
            i = readHunk(lines, i + 1, header, draft.added);
            continue;
        }
        else if (draft && draft.hunks === 0) {
            if (line.startsWith('new file mode'))
                draft.isNew = true;
            else if (line.startsWith('deleted file mode'))
                draft.isDeleted = true;
            else if (/^(rename|copy) from /.test(line))
                draft.renameFrom = readPath(line.replace(/^\w+ from /, ''));
            else if (/^(rename|copy) to /.test(line))
                draft.renameTo = readPath(line.replace(/^\w+ to /, ''));
            else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
                draft.isBinary = true;
        }
        i += 1;
    }
    if (draft)
        files.push(finishDraft(draft));
    if (files.length === 0 && text.trim() !== '') {
        throw new errors/* DiffFormatError */.RI('not a unified diff: no "diff --git" or "---"/"+++" file header found');
    }
    return { files, complete: true, origin, note: null };
}

;// CONCATENATED MODULE: ./js/diff/source.js
/**
 * Gets the PR's diff: from local git when the history is there (exact, no API calls, line numbers
 * of the commit that was tested), else from the REST API — the PR diff, or the paginated files list
 * when the diff is too large. Git runs through execFile with argument arrays, never a shell.
 */




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** GitHub's files list stops at this many files (per its REST docs). */
const MAX_LISTED_FILES = 3000;
const PER_PAGE = 100;
/** A diff of a big monorepo PR can be large; the default 1 MiB execFile buffer is not enough. */
const MAX_BUFFER = 1024 * 1024 * 1024;
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
        return stdout;
    }
    catch {
        return null;
    }
}
const hasCommit = async (cwd, sha) => (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])) !== null;
/** The two commits to diff locally, or `null` when the history is not there. */
async function pickGitRange(opts) {
    const { cwd, baseSha, headSha } = opts;
    // A pull_request checkout is the merge commit (parents: base tip, PR head). Its first-parent
    // diff is exactly what the PR brings, in the line numbers of the code that was tested.
    const parents = (await git(cwd, ['rev-list', '--parents', '-n', '1', 'HEAD']))?.trim().split(' ') ?? [];
    if (parents.length === 3 && headSha !== undefined && parents[2] === headSha && parents[1] !== undefined) {
        if (await hasCommit(cwd, parents[1]))
            return [parents[1], 'HEAD'];
    }
    if (baseSha === undefined || headSha === undefined)
        return null;
    if (!(await hasCommit(cwd, baseSha)) || !(await hasCommit(cwd, headSha)))
        return null;
    // Like GitHub, diff against the merge base so base-branch commits made since are not counted.
    const mergeBase = (await git(cwd, ['merge-base', baseSha, headSha]))?.trim();
    return [mergeBase !== undefined && mergeBase !== '' ? mergeBase : baseSha, headSha];
}
async function readGitDiff(opts) {
    const range = await pickGitRange(opts);
    if (range === null)
        return null;
    const args = [
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '-M',
        '--src-prefix=a/',
        '--dst-prefix=b/',
    ];
    const text = await git(opts.cwd, ['-c', 'core.quotePath=true', ...args, range[0], range[1]]);
    if (text === null)
        return null;
    try {
        const set = parseUnifiedDiff(text, 'git');
        opts.log.info(`covgate: changed lines from git diff ${range[0]} ${range[1]}`);
        return set;
    }
    catch (error) {
        opts.log.warning(`covgate: cannot read the output of git diff (${(0,errors/* describeError */.Uc)(error)}); trying the API`);
        return null;
    }
}
async function readApiDiff(opts, octokit, pull) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: opts.owner,
            repo: opts.repo,
            pull_number: pull,
            headers: { accept: 'application/vnd.github.diff' },
            // A 406 (diff too large) is final; without this, plugin-retry would retry it for 14 s.
            request: { retries: 0 },
        });
        if (typeof data !== 'string')
            return null;
        return parseUnifiedDiff(data, 'api-diff');
    }
    catch (error) {
        // 406: the diff exceeds GitHub's limits (300 files / 20,000 lines); the files list still works.
        const why = (0,errors/* httpStatusOf */.s_)(error) === 406 ? 'the PR diff is too large for GitHub to return' : (0,errors/* describeError */.Uc)(error);
        opts.log.info(`covgate: ${why}; reading the PR's files list instead`);
        return null;
    }
}
function toFileChange(f) {
    const status = f.status === 'added'
        ? 'added'
        : f.status === 'removed'
            ? 'deleted'
            : f.status === 'renamed'
                ? 'renamed'
                : 'modified';
    return {
        path: f.filename,
        previousPath: f.previous_filename ?? null,
        status,
        addedLines: status === 'deleted' || f.patch === undefined ? [] : parseHunks(f.patch),
    };
}
async function readApiFiles(opts, octokit, pull) {
    const files = [];
    let missing = 0;
    let page = 1;
    for (; files.length < MAX_LISTED_FILES; page++) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            owner: opts.owner,
            repo: opts.repo,
            pull_number: pull,
            per_page: PER_PAGE,
            page,
        });
        const listed = Array.isArray(data) ? data : [];
        for (const f of listed) {
            // No patch on a file with changes: GitHub left it out (too large); binary files have none too,
            // but they have no lines to cover, and pure renames have no changes.
            if (f.patch === undefined && f.status !== 'removed' && (f.changes ?? 0) > 0)
                missing += 1;
            files.push(toFileChange(f));
        }
        if (listed.length < PER_PAGE)
            break;
    }
    const notes = [];
    if (missing > 0)
        notes.push(`GitHub returned no patch for ${missing} changed file${missing === 1 ? '' : 's'}`);
    if (files.length >= MAX_LISTED_FILES)
        notes.push(`GitHub lists at most ${MAX_LISTED_FILES} files of a PR`);
    const note = notes.length > 0 ? `patch coverage unknown: ${notes.join('; ')}` : null;
    return { files, complete: note === null, origin: 'api-files', note };
}
/**
 * The changed lines of the PR: git first, then the REST API. Returns `null` (with a warning) when
 * neither is available — then patch coverage is simply not computed.
 */
async function getChangeSet(opts) {
    const local = await readGitDiff(opts);
    if (local !== null)
        return local;
    if (opts.octokit === null || opts.pullNumber === undefined) {
        opts.log.warning('covgate: no diff available (no git history of the PR and no API access); patch coverage skipped');
        return null;
    }
    const api = await readApiDiff(opts, opts.octokit, opts.pullNumber);
    if (api !== null)
        return api;
    try {
        return await readApiFiles(opts, opts.octokit, opts.pullNumber);
    }
    catch (error) {
        opts.log.warning(`covgate: cannot read the PR's changed files (${(0,errors/* describeError */.Uc)(error)}); patch coverage skipped`);
        return null;
    }
}

// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js
var github = __webpack_require__(68803);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(22812);
// EXTERNAL MODULE: ../../node_modules/bottleneck/light.js
var light = __webpack_require__(46503);
;// CONCATENATED MODULE: ./js/github/octokit.js
/**
 * The one place that builds a GitHub REST client: @actions/github's octokit (REST methods +
 * paginate) with @octokit/plugin-retry (5xx and network faults are retried, 1 s / 4 s / 9 s) and
 * @octokit/plugin-throttling (primary and secondary rate limits are waited out a bounded number of
 * times instead of failing the run). Client errors are not retried. Every request has a deadline
 * (a stalled API must not hang the step) and a request that got no answer is reported as a network
 * error naming the host, not as the "HTTP 500" octokit dresses it in.
 */





/** Request options that address the request rather than carry posted text. */
const NOT_POSTED = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);
/** GitHub's own advice for integrations, and a minute as the longest covgate waits for a limit. */
const DEFAULT_API_TIMING = {
    retries: 3,
    pauseUnitMs: 1000,
    writeIntervalMs: 1000,
    requestTimeoutMs: 30_000,
    maxRateLimitWaitSeconds: 60,
};
/** Statuses that a retry cannot fix. */
const DO_NOT_RETRY = [400, 401, 403, 404, 406, 409, 410, 422, 451];
/** Secondary ("abuse") limits usually clear within a minute; retry them this many times. */
const SECONDARY_LIMIT_RETRIES = 2;
/** A request that got no HTTP answer: refused, reset, unresolvable host, or past its deadline. */
class ApiNetworkError extends Error {
    name = 'ApiNetworkError';
}
/** The network error behind an octokit error (octokit keeps it as `cause`), if that is what it was. */
function networkErrorOf(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof ApiNetworkError)
            return e;
    }
    return undefined;
}
/**
 * Creates the REST client for `apiUrl` (GITHUB_API_URL, or a local fake in tests).
 * @param token - the `github-token` input
 * @param apiUrl - REST API base URL, e.g. `https://api.github.com`
 * @param log - receives retry/rate-limit notes
 * @param timing - waits and deadlines; GitHub's defaults unless a test passes small ones
 */
function createOctokit(token, apiUrl, log, timing = {}) {
    const t = { ...DEFAULT_API_TIMING, ...timing };
    const debug = (message) => log.debug?.(message);
    const waitNote = (kind, retryAfter, options, again) => {
        const tooLong = retryAfter > t.maxRateLimitWaitSeconds;
        const what = again
            ? `retrying in ${retryAfter} s`
            : `giving up${tooLong ? `: it asks for ${retryAfter} s, covgate waits at most ${t.maxRateLimitWaitSeconds} s` : ''}`;
        log.info(`GitHub API ${kind} (${options.method} ${options.url}); ${what}`);
    };
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl.replace(/\/+$/, ''),
        request: { fetch: fetchWithDeadline(t.requestTimeoutMs) },
        // 406 added to the plugin's list: "diff too large" does not get smaller by asking again.
        retry: { doNotRetry: DO_NOT_RETRY, retries: t.retries, retryAfterBaseValue: t.pauseUnitMs },
        log: { debug, info: debug, warn: (m) => log.warning(m), error: (m) => log.warning(m) },
        throttle: {
            retryAfterBaseValue: t.pauseUnitMs,
            // The plugin's own groups are process-wide with fixed pauses; these follow `timing`.
            write: new light.Group({ maxConcurrent: 1, minTime: t.writeIntervalMs }),
            notifications: new light.Group({ maxConcurrent: 1, minTime: 3 * t.writeIntervalMs }),
            onRateLimit: (retryAfter, options, _o, count) => {
                const again = count < 1 && retryAfter <= t.maxRateLimitWaitSeconds;
                waitNote('rate limit reached', retryAfter, options, again);
                return again;
            },
            onSecondaryRateLimit: (retryAfter, options, _o, count) => {
                // `retry-after` comes from the server: an hour-long answer must not hold the step.
                const again = count < SECONDARY_LIMIT_RETRIES && retryAfter <= t.maxRateLimitWaitSeconds;
                waitNote('secondary rate limit', retryAfter, options, again);
                return again;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const redact = log.redact;
    if (redact !== undefined) {
        // The one gate every comment, check run and annotation passes on its way to GitHub.
        octokit.hook.before('request', (options) => {
            const params = options;
            for (const key of Object.keys(params)) {
                if (!NOT_POSTED.has(key))
                    params[key] = redactDeep(params[key], redact);
            }
        });
    }
    return octokit;
}
/**
 * A fetch whose whole exchange (headers and body) must finish within `timeoutMs`, and whose
 * failures say which host did not answer. The body is read here so a server that stalls mid-body
 * hits the same deadline.
 */
function fetchWithDeadline(timeoutMs) {
    return async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        try {
            const response = await fetch(input, { ...init, signal });
            const body = await response.arrayBuffer();
            const empty = [101, 204, 205, 304].includes(response.status);
            return new Response(empty ? null : body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
        }
        catch (error) {
            if (deadline.aborted) {
                throw new ApiNetworkError(`no answer from ${url.host} within ${timeoutMs / 1000} s`, {
                    cause: error,
                });
            }
            throw new ApiNetworkError(`network error reaching ${url.host}: ${networkReason(error)}`, {
                cause: error,
            });
        }
    };
}
/** "connect ECONNREFUSED 127.0.0.1:9" from undici's `TypeError: fetch failed` and its cause. */
function networkReason(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause instanceof Error)
        return cause.message;
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./js/phases/process-tree.js
/**
 * Stops every process a phase started, the way the Actions runner finds a job's processes: each
 * phase gets a unique value in an environment variable, which every process it forks inherits —
 * also those that leave its process group (`setsid`) or its parentage (double-forked daemons), which
 * a signal to the group alone would miss. On Linux they are found by scanning `/proc/<pid>/environ`;
 * elsewhere (no /proc) only the process group is signalled. A process that clears its environment
 * (`env -i`) escapes the scan, as it escapes the runner's.
 */


/** The variable that marks a phase's processes (the runner's own is RUNNER_TRACKING_ID). */
const TRACKING_VARIABLE = 'COVGATE_PHASE_TRACKING_ID';
/** A fresh, unguessable tracking value for one phase. */
function newTrackingId() {
    return `covgate-${(0,external_node_crypto_.randomUUID)()}`;
}
/**
 * Pids of live processes whose environment holds `TRACKING_VARIABLE=trackingId` (a zombie's
 * environment reads empty, so the dead are not listed). Empty where there is no /proc. With
 * `since` (a start time in clock ticks, /proc/<pid>/stat field 22), processes that started earlier
 * — which the phase cannot have started — are skipped without reading their environment: reading
 * another process's environment waits for its memory lock, which a busy process may hold long.
 */
async function findTrackedProcesses(trackingId, procRoot = '/proc', since = null) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(procRoot);
    }
    catch {
        return [];
    }
    const needle = Buffer.from(`${TRACKING_VARIABLE}=${trackingId}\0`);
    const found = [];
    await Promise.all(entries.map(async (entry) => {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            return;
        try {
            if (since !== null && ((await readStartTime(entry, procRoot)) ?? since) < since)
                return;
            const environ = await (0,promises_.readFile)(`${procRoot}/${entry}/environ`);
            // Each entry ends with NUL; matching at the start or after a NUL avoids a suffix match.
            const at = environ.indexOf(needle);
            if (at === 0 || (at > 0 && environ[at - 1] === 0))
                found.push(Number(entry));
        }
        catch {
            // exited while we looked, or not ours to read
        }
    }));
    return found.sort((a, b) => a - b);
}
/** Start time of a process in clock ticks after boot (/proc/<pid>/stat field 22), or null. */
async function readStartTime(pid, procRoot = '/proc') {
    try {
        const stat = await (0,promises_.readFile)(`${procRoot}/${pid}/stat`, 'utf8');
        // Fields after the command name (which may hold spaces) start with field 3, the state.
        const value = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
        return Number.isSafeInteger(value) ? value : null;
    }
    catch {
        return null;
    }
}
/**
 * SIGTERM to the group and to every tracked process, then — once `graceMs` has passed with any of
 * them still alive — SIGKILL, repeated until none is left (a daemon may fork while we kill).
 */
async function stopProcessTree(tree, graceMs) {
    const termed = new Set();
    // Everything the phase started began after its first process did.
    const since = await readStartTime(tree.pid, tree.procRoot);
    const find = () => findTrackedProcesses(tree.trackingId, tree.procRoot, since);
    const term = async () => {
        const tracked = await find();
        for (const pid of tracked)
            if (!termed.has(pid) && signal(pid, 'SIGTERM'))
                termed.add(pid);
        return tracked;
    };
    const groupAlive = signal(groupTarget(tree), 'SIGTERM');
    let left = await term();
    const deadline = Date.now() + graceMs;
    while ((left.length > 0 || isGroupAlive(tree)) && Date.now() < deadline) {
        await sleep(Math.min(50, Math.max(1, deadline - Date.now())));
        left = await term();
    }
    if (!groupAlive && left.length === 0)
        return;
    signal(groupTarget(tree), 'SIGKILL');
    for (let round = 0; round < MAX_KILL_ROUNDS; round++) {
        const tracked = await find();
        if (tracked.length === 0)
            return;
        for (const pid of tracked)
            signal(pid, 'SIGKILL');
        await sleep(10);
    }
}
/** Rounds of scan-and-SIGKILL before giving up on a process that keeps forking. */
const MAX_KILL_ROUNDS = 100;
function groupTarget(tree) {
    return tree.ownGroup ? -tree.pid : tree.pid;
}
function isGroupAlive(tree) {
    return signal(groupTarget(tree), 0);
}
/** Sends a signal; false when there is no such process (or group) left. */
function signal(target, name) {
    try {
        process.kill(target, name);
        return true;
    }
    catch {
        return false;
    }
}
async function sleep(ms) {
    await new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./js/phases/run.js
/**
 * Runs one test phase the way a workflow `run:` step would: `bash -e -o pipefail -c <command>` in the
 * working directory, with the workflow's environment plus the database variables, output streamed
 * live, inside a log group. The command is the user's own input (never PR data).
 *
 * The phase runs in its own process group, and every process it starts carries its tracking value
 * (process-tree.ts), so that a timeout (or the job being cancelled) stops all of them — test runners
 * fork workers, servers and databases, some of them daemons, that a plain `kill(pid)` would orphan.
 */




const EXIT_COMMAND_NOT_FOUND = 127;
/** Runs a phase and reports how it ended; never throws for a failing command. */
async function runPhase(spec, log) {
    return log.group(`${spec.name} phase: ${run_firstLine(spec.command)}`, async () => {
        const started = Date.now();
        const end = await spawnPhase(spec, log);
        const durationMs = Date.now() - started;
        const result = {
            name: spec.name,
            command: spec.command,
            exitCode: end.exitCode,
            signal: end.signal,
            timedOut: end.timedOut,
            skipped: false,
            durationMs,
            tests: null,
        };
        const failure = describePhaseFailure(result);
        log.info(`${spec.name} phase ${failure === null ? 'passed' : 'failed'} in ${formatDuration(durationMs)}`);
        if (end.spawnError !== null)
            log.info(`could not start bash: ${end.spawnError}`);
        return result;
    });
}
/** A PhaseResult for a phase that did not run because an earlier one failed. */
function skippedPhase(name, command) {
    return {
        name,
        command,
        exitCode: null,
        signal: null,
        timedOut: false,
        skipped: true,
        durationMs: 0,
        tests: null,
    };
}
/**
 * The one-line reason a phase failed, e.g. "unit phase failed (exit 3)", or `null` when it passed or
 * was skipped.
 */
function describePhaseFailure(phase) {
    if (phase.skipped || phase.exitCode === 0)
        return null;
    const label = `${phase.name} phase`;
    if (phase.timedOut) {
        return `${label} ran longer than phase-timeout-minutes and its whole process tree was killed`;
    }
    if (phase.signal !== null)
        return `${label} was killed by signal ${phase.signal}`;
    if (phase.exitCode === EXIT_COMMAND_NOT_FOUND) {
        return `${label} failed (exit 127): command not found — a program in "${run_firstLine(phase.command)}" is not installed or not on PATH`;
    }
    if (phase.exitCode === null)
        return `${label} could not be started (is bash installed?)`;
    return `${label} failed (exit ${phase.exitCode})`;
}
function run_firstLine(command) {
    const line = command.trim().split('\n')[0] ?? '';
    return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM'];
async function spawnPhase(spec, log) {
    const ownGroup = process.platform !== 'win32';
    const trackingId = newTrackingId();
    const grace = spec.killGraceMs ?? constants/* KILL_GRACE_MS */.fO;
    // Set once the phase is spawned (the signal handler below is installed before that).
    const phase = {};
    let timedOut = false;
    let stopping = Promise.resolve();
    const stop = () => {
        if (phase.pid === undefined)
            return;
        stopping = stopProcessTree({ pid: phase.pid, ownGroup, trackingId }, grace);
    };
    // When the job is cancelled the runner signals us; pass it on to the phase's group, then die.
    // Listening before the spawn: a signal that arrived between the two would kill us the default
    // way and leave the phase running (its processes would outlive the job, holding the log open).
    const onSignal = (signal) => {
        stop();
        void stopping.finally(() => process.kill(process.pid, signal));
    };
    for (const s of FORWARDED_SIGNALS)
        process.once(s, onSignal);
    const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', spec.command], {
        cwd: spec.cwd,
        env: { ...spec.env, [TRACKING_VARIABLE]: trackingId },
        stdio: ['ignore', 'inherit', 'inherit'],
        detached: ownGroup,
    });
    phase.pid = child.pid;
    const cancelTimer = spec.timeoutMs === undefined
        ? undefined
        : setLongTimeout(() => {
            timedOut = true;
            log.info(`${spec.name} phase: time limit of ${formatDuration(spec.timeoutMs ?? 0)} reached, stopping its process tree`);
            stop();
        }, spec.timeoutMs);
    try {
        const end = await new Promise((resolve) => {
            child.once('error', (error) => resolve({ exitCode: null, signal: null, timedOut: false, spawnError: error.message }));
            child.once('exit', (code, signal) => resolve({ exitCode: code, signal, timedOut, spawnError: null }));
        });
        await stopping;
        return { ...end, timedOut };
    }
    finally {
        cancelTimer?.();
        for (const s of FORWARDED_SIGNALS)
            process.removeListener(s, onSignal);
    }
}
/** setTimeout's longest delay (2^31 - 1 ms, about 24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Calls `fn` after `ms`, however long, in steps a timer can take; returns a cancel function. */
function setLongTimeout(fn, ms) {
    let timer;
    const arm = (left) => {
        timer = setTimeout(() => (left > MAX_TIMER_MS ? arm(left - MAX_TIMER_MS) : fn()), Math.min(left, MAX_TIMER_MS));
    };
    arm(ms);
    return () => clearTimeout(timer);
}

;// CONCATENATED MODULE: ./js/phases/coverage-presence.js
/**
 * Did the full phase write a coverage report where covgate looks? When it did not, the error names
 * the fix: the coverage-looking files the phase did write (a report in another directory, a
 * reporter of another name) with the exact `coverage-files` value that reads them, or — when it
 * wrote none — what is under coverage/ and how each common tool is asked for a report.
 */





/** How many entries of coverage/ (or found reports) to name in the error. */
const LISTED_ENTRIES = 20;
/** Files that look like coverage reports, richest format first (the order they are suggested in). */
const COVERAGE_LOOKING = ['**/coverage-final.json', '**/coverage.xml', '**/cobertura*.xml', '**/*.info'];
const NOT_SEARCHED = ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/venv/**'];
/** Files older than the phase by more than this were not written by it (mtime granularity). */
const CLOCK_SLACK_MS = 2_000;
const HOW_TO = 'Make the test command write a report: pytest-cov `--cov=PACKAGE --cov-report=xml` (coverage.xml), ' +
    'Jest `--coverage` (coverage/coverage-final.json), Vitest `run --coverage` with @vitest/coverage-v8, ' +
    'c8 `--reporter=json` (coverage/coverage-final.json); or point coverage-files at the report.';
/**
 * Splits what the coverage globs match by whether `phase` could have written it. A glob (each one
 * when coverage-files is explicit, else all together) matching only older files is a problem: a
 * `test-command: true` must never pass on an earlier run's report.
 */
async function splitReportsByAge(config, phase, now = Date.now) {
    const cwd = config.workingDirectory;
    const since = phaseStart(phase, now);
    const out = { fresh: [], stale: [], problem: null };
    const staleOnly = [];
    for (const pattern of config.coverageGlobs) {
        const files = (await (0,dist/* glob */.TI)([pattern], { cwd, dot: true, onlyFiles: true, absolute: true })).sort();
        const old = await olderThan(files, since);
        for (const file of files) {
            const list = old.includes(file) ? out.stale : out.fresh;
            const name = old.includes(file) ? (0,external_node_path_.relative)(cwd, file) : file;
            if (!list.includes(name))
                list.push(name);
        }
        if (config.coverageGlobsExplicit && files.length > 0 && old.length === files.length) {
            staleOnly.push(...old.map((f) => (0,external_node_path_.relative)(cwd, f)));
        }
    }
    if (out.fresh.length === 0)
        staleOnly.splice(0, staleOnly.length, ...out.stale);
    if (staleOnly.length > 0)
        out.problem = describeStale(staleOnly, phase.name);
    return out;
}
/** The sentence for reports `phase` did not write (the run fails on it). */
function describeStale(files, phase) {
    const shown = files.slice(0, LISTED_ENTRIES).join(', ');
    const verb = files.length === 1 ? 'is' : 'are';
    return (`no coverage report: ${shown} ${verb} older than the ${phase} phase (left over from an earlier run?); ` +
        'the test command must write its report anew: check its coverage options, or delete the old report before the run');
}
/** When the phase started (ms), less the slack of file-system clocks. */
function phaseStart(phase, now = Date.now) {
    return now() - phase.durationMs - CLOCK_SLACK_MS;
}
/** The files of `files` (absolute) last modified before `since` (ms). */
async function olderThan(files, since) {
    const old = [];
    for (const file of files) {
        const modified = await (0,promises_.stat)(file).then((s) => s.mtimeMs, () => Number.POSITIVE_INFINITY);
        if (modified < since)
            old.push(file);
    }
    return old;
}
/**
 * `null` when a report matches (or no phase ran: then loadCoverage's own message applies),
 * 'none-after-failure' when nothing matches but the phase failed anyway, else the error to throw.
 * `now` is the clock (the phase ended just before).
 */
async function findCoverageProblem(config, phase, now = Date.now) {
    if (phase === undefined || phase.skipped)
        return null;
    const cwd = config.workingDirectory;
    const found = await (0,dist/* glob */.TI)(config.coverageGlobs, { cwd, dot: true, onlyFiles: true });
    if (found.length > 0)
        return null;
    if (describePhaseFailure(phase) !== null)
        return 'none-after-failure';
    const where = config.coverageGlobsExplicit ? 'coverage-files' : 'the default coverage-files';
    const head = `The ${phase.name} phase wrote no coverage report: ${where} (${config.coverageGlobs.join(', ')}) ` +
        `matched nothing in ${cwd}`;
    const written = await findWrittenReports(cwd, now() - phase.durationMs - CLOCK_SLACK_MS);
    if (written.length > 0) {
        const shown = written.slice(0, LISTED_ENTRIES).join(', ');
        const more = written.length > LISTED_ENTRIES ? ` and ${written.length - LISTED_ENTRIES} more` : '';
        return new errors/* InputError */.dz(`${head}; the phase wrote ${shown}${more}. To read them set coverage-files: ${suggestGlobs(written)}`);
    }
    return new errors/* InputError */.dz(`${head}; ${await describeCoverageDir(cwd)}. ${HOW_TO}`);
}
/** Coverage-looking files modified since `since` (ms), relative to `cwd`, richest format first. */
async function findWrittenReports(cwd, since) {
    const out = [];
    for (const pattern of COVERAGE_LOOKING) {
        const files = await (0,dist/* glob */.TI)([pattern], { cwd, dot: true, onlyFiles: true, ignore: NOT_SEARCHED });
        for (const file of files.sort()) {
            if (out.includes(file))
                continue;
            const modified = await (0,promises_.stat)((0,external_node_path_.join)(cwd, file)).then((s) => s.mtimeMs, () => 0);
            if (modified >= since)
                out.push(file);
        }
    }
    return out;
}
/** One report per directory (the richest: one run writes several formats of the same data). */
function suggestGlobs(files) {
    const byDir = new Map();
    for (const file of files)
        if (!byDir.has((0,external_node_path_.dirname)(file)))
            byDir.set((0,external_node_path_.dirname)(file), file);
    return [...byDir.values()].join(', ');
}
async function describeCoverageDir(cwd) {
    const dir = (0,external_node_path_.join)(cwd, 'coverage');
    let entries;
    try {
        entries = (await (0,dist/* glob */.TI)(['**'], { cwd: dir, dot: true, onlyFiles: true })).sort();
    }
    catch {
        entries = [];
    }
    if (entries.length === 0) {
        const exists = await (0,promises_.readdir)(dir).then(() => true, () => false);
        return exists ? 'coverage/ is empty' : 'there is no coverage/ directory';
    }
    const shown = entries.slice(0, LISTED_ENTRIES).map((e) => (0,external_node_path_.relative)(cwd, (0,external_node_path_.join)(dir, e)));
    const more = entries.length > LISTED_ENTRIES ? ` and ${entries.length - LISTED_ENTRIES} more` : '';
    return `coverage/ holds ${shown.join(', ')}${more}`;
}

;// CONCATENATED MODULE: ./js/head-coverage.js






/** The head coverage, or `null` with the reason added to `failures` (a report problem is a verdict). */
async function readHeadOrFail(config, tests, failures, io) {
    try {
        return await readHeadCoverage(config, tests, io);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        failures.push(classifyCoverageError(error));
        return null;
    }
}
function classifyCoverageError(error) {
    if (error instanceof errors/* CoverageFormatError */.i9) {
        return { kind: 'unreadable-report', title: 'unreadable coverage report', message: error.message };
    }
    if (error instanceof MissingReportError) {
        return { kind: 'no-coverage-report', title: 'no coverage report', message: error.message };
    }
    return { kind: 'invalid-input', title: firstClause(error.message), message: error.message };
}
/** "include/exclude left no file" from a longer sentence, for a check run title. */
function firstClause(message) {
    const cut = message.search(/[:;.](\s|$)/);
    const clause = cut > 0 ? message.slice(0, cut) : message;
    return clause.length > 100 ? `${clause.slice(0, 99)}…` : clause;
}
/** No report where one was expected (nothing matched the globs). */
class MissingReportError extends errors/* InputError */.dz {
}
/** Step 5a: the head coverage — the unit phase's reports set aside plus what the full phase wrote. */
async function readHeadCoverage(config, tests, io) {
    const options = { cwd: config.workingDirectory, root: config.repoRoot };
    const parts = [];
    if (tests.unitCoverageFiles.length > 0) {
        const unit = await loadReports(tests.unitCoverageFiles, { ...options, inputName: 'coverage-files' });
        for (const note of unit.notes)
            io.info(`covgate: ${note}`);
        parts.push(unit.data);
    }
    if (!tests.stoppedEarly) {
        const later = tests.phases.at(-1);
        const problem = await findCoverageProblem(config, later);
        if (problem instanceof errors/* InputError */.dz)
            throw new MissingReportError(problem.message);
        // On 'none-after-failure' the failed phase is the message; "no coverage" would only repeat it.
        const globs = problem === null ? await freshGlobs(config, later, io) : null;
        if (globs !== null) {
            const read = await loadReports(globs, {
                ...options,
                inputName: 'coverage-files',
                requireEach: config.coverageGlobsExplicit,
            });
            for (const note of read.notes)
                io.info(`covgate: ${note}`);
            parts.push(read.data);
        }
    }
    if (parts.length === 0)
        return null;
    const inexact = countInexactBranchMerges(parts);
    if (inexact > 0) {
        io.info(`covgate: ${inexact} branch lines were partly covered in both runs of a Cobertura report that does not say which branch was taken; merged branch counts are a lower bound (coverage.py's missing-branches makes them exact)`);
    }
    const filtered = filterReport(mergeCoverage(parts), config.include, config.exclude);
    for (const warning of filtered.warnings)
        io.warning(`covgate: ${warning}`);
    return filtered.data;
}
/**
 * The globs to read after `phase`: without a phase (report-only: an earlier step made the report)
 * any report is right; after one, reports older than it are an earlier run's and never read
 * (`null`: read nothing).
 */
async function freshGlobs(config, phase, io) {
    if (phase === undefined || phase.skipped)
        return config.coverageGlobs;
    const byAge = await splitReportsByAge(config, phase);
    if (byAge.problem !== null) {
        // After a failed phase that failure is the message (as for no report at all); never read old data.
        if (describePhaseFailure(phase) !== null)
            return null;
        throw new MissingReportError(byAge.problem);
    }
    if (byAge.stale.length === 0)
        return config.coverageGlobs;
    io.info(`covgate: ${describeStale(byAge.stale, phase.name)}: ignored`);
    return byAge.fresh;
}
/** loadCoverage, with "matched nothing" told apart from "could not read". */
async function loadReports(globs, options) {
    try {
        return await loadCoverage(globs, options);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz && !(error instanceof errors/* CoverageFormatError */.i9)) {
            throw new MissingReportError(error.message);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./js/github/artifact-upload.js
/**
 * Adapter: uploads a directory as a workflow-run artifact with the real `@actions/artifact`
 * client. The client (ESM, with the Azure blob SDK behind it) is imported only when an upload is
 * asked for, so the action starts as fast as before when `html-report` is off.
 */

/** The real uploader: `@actions/artifact`'s DefaultArtifactClient, loaded on first use. */
const uploadWithActionsArtifact = async (upload) => {
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 943).then(__webpack_require__.bind(__webpack_require__, 90943));
    const client = new DefaultArtifactClient();
    const result = await client.uploadArtifact(upload.name, upload.files, upload.rootDirectory, {
        ...(upload.retentionDays === undefined ? {} : { retentionDays: upload.retentionDays }),
    });
    if (result.id === undefined)
        throw new Error('the artifact service returned no artifact id');
    return result.id;
};
/** The artifact's page: `https://github.com/o/r/actions/runs/<run>/artifacts/<id>`, from the run's URL. */
function artifactUrl(runUrl, id) {
    return runUrl === null ? null : `${runUrl.replace(/\/+$/, '')}/artifacts/${id}`;
}
/**
 * Uploads, and turns any failure into `null` plus one warning: a missing report link must never
 * fail the step (a fork's read-only token, the service being down, a local run without a runner).
 */
async function tryUploadArtifact(upload, uploader, warn) {
    try {
        return await uploader(upload);
    }
    catch (error) {
        warn(`covgate: the HTML report was not uploaded as artifact '${upload.name}' (${(0,errors/* describeError */.Uc)(error)}); ` +
            `it is still in ${upload.rootDirectory} (the html-dir output) for a later upload step.`);
        return null;
    }
}

;// CONCATENATED MODULE: ./js/html/layout.js

const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text for HTML element content and quoted attribute values: `& < > " '` become entities. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
/** Text for element content only (never attributes): `& < >` become entities. */
function escapeText(text) {
    return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c) : text;
}
/** A relative URL for an `href`: each path segment percent-encoded, then HTML-escaped. */
function hrefTo(path) {
    return escapeHtml(path.split('/').map(encodeURIComponent).join('/'));
}
/** What both kinds of page use. */
const BASE_CSS = `:root{--hit:#dcfce7;--miss:#fee2e2;--part:#fef3c7;--chg:#2563eb;--muted:#6b7280;--line:#e5e7eb}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#111827}
header{padding:12px 20px;border-bottom:1px solid var(--line);background:#f9fafb}
header h1{font-size:18px;margin:0 0 4px}main{padding:12px 20px}a{color:#1d4ed8}
.muted{color:var(--muted)}.totals{display:flex;gap:18px;flex-wrap:wrap;margin-top:6px}.totals b{font-size:16px}`;
/** The index's tables. */
const INDEX_CSS = `table{border-collapse:collapse;width:100%;margin:8px 0 20px}
th,td{padding:3px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
th{background:#f3f4f6;position:sticky;top:0;cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.low{background:var(--miss)}td.mid{background:var(--part)}td.high{background:var(--hit)}
.up{color:#15803d}.down{color:#b91c1c}input[type=search]{padding:4px 8px;width:320px;max-width:100%}`;
/** A file page's source table (kept short: it is inlined into every one of thousands of pages). */
const FILE_CSS = `.src{font:12.5px/1.5 ui-monospace,Menlo,Consolas,monospace;border-collapse:collapse;min-width:100%}
.src td{padding:0 8px;vertical-align:top;white-space:pre}.src td:nth-child(3){width:100%}
.src td:first-child{color:var(--muted);border-left:4px solid transparent;text-align:right}
.src td:nth-child(2){color:var(--muted);text-align:right}.src tr.hit td:nth-child(3){background:var(--hit)}
.src tr.miss td:nth-child(n+2){background:var(--miss)}.src tr.part td:nth-child(3){background:var(--part)}
.src tr.chg td:first-child{border-left-color:var(--chg);color:var(--chg);font-weight:600}
.br{margin-left:12px;padding:0 6px;border-radius:4px;background:#fde68a;color:#78350f;font:11.5px system-ui,sans-serif}
tr:target td{outline:2px solid #f59e0b}.legend span{margin-right:14px;padding:0 6px}`;
/**
 * Click a header to sort its table (numbers by `data-v`, text otherwise); the search box filters
 * the rows whose first cell contains its text. No framework, no network.
 */
const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(t){
  t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
    var asc=th.getAttribute('aria-sort')!=='ascending',b=t.tBodies[0],rows=[].slice.call(b.rows);
    t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var key=function(r){var c=r.cells[i],v=c.getAttribute('data-v');return v===null?c.textContent:Number(v)};
    rows.sort(function(x,y){var a=key(x),c=key(y);return (a<c?-1:a>c?1:0)*(asc?1:-1)});
    rows.forEach(function(r){b.appendChild(r)});
  })});
});
var q=document.getElementById('filter');
if(q)q.addEventListener('input',function(){var s=q.value.toLowerCase();
  document.querySelectorAll('table.sortable tbody tr').forEach(function(r){
    r.hidden=s!==''&&r.cells[0].textContent.toLowerCase().indexOf(s)<0})});
`;
/** A whole page: `title` and `body` are HTML (the caller escapes); an index gets the sorter script. */
function renderPage(title, body, kind) {
    const css = `${BASE_CSS}${kind === 'index' ? INDEX_CSS : FILE_CSS}`;
    // Inline style and script only: the CSP forbids every fetch, so a stray URL can never load.
    const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
    return ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
        `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
        '<meta name="viewport" content="width=device-width,initial-scale=1">' +
        `<title>${title}</title><style>${css}</style></head><body>\n${body}\n` +
        (kind === 'index' ? `<script>${SCRIPT}</script>` : '') +
        '</body></html>\n');
}
/** The colour band of a percentage, as istanbul's reports use them (low < 50 ≤ mid < 80 ≤ high). */
function band(pct) {
    return pct < 50 ? 'low' : pct < 80 ? 'mid' : 'high';
}
/** A table cell with a metric: `81.25% (65/80)` sorted by its percentage, or `—`. */
function countsCell(counts) {
    if (counts === null)
        return `<td data-v="-1">${NONE}</td>`;
    const text = `${formatPct(counts.pct)} <span class="muted">(${formatInteger(counts.covered)}/${formatInteger(counts.total)})</span>`;
    return `<td class="${band(counts.pct)}" data-v="${counts.pct}">${text}</td>`;
}
/** A table cell with a delta in points, coloured by its sign, or `—`. */
function deltaCell(delta) {
    if (delta === null)
        return `<td data-v="-1000">${NONE}</td>`;
    const cls = delta > 0 ? ' class="up"' : delta < 0 ? ' class="down"' : '';
    return `<td${cls} data-v="${delta}">${formatDelta(delta)}</td>`;
}

;// CONCATENATED MODULE: ./js/html/view.js



/** The destinations of a branch's outcomes when a reader recorded them (coverage.py's Cobertura). */
function destinationsOf(branch) {
    const value = branch.destinations;
    return Array.isArray(value) && value.length === branch.hits.length ? value : null;
}
/** Branch points by line. */
function branchesByLine(file) {
    const byLine = new Map();
    for (const branch of file.branches?.values() ?? []) {
        const list = byLine.get(branch.line);
        if (list === undefined)
            byLine.set(branch.line, [branch]);
        else
            list.push(branch);
    }
    return byLine;
}
/**
 * The view of every line that has something to show (hits, branches or a change), by line number.
 * Lines absent from the map are plain, non-executable source.
 */
function buildLineViews(file, changedLines) {
    const views = new Map();
    const view = (line) => {
        let v = views.get(line);
        if (v === undefined) {
            v = { hits: null, branches: null, untaken: [], changed: changedLines.has(line) };
            views.set(line, v);
        }
        return v;
    };
    for (const [line, hits] of file.lines)
        view(line).hits = hits;
    for (const [line, branches] of branchesByLine(file)) {
        const v = view(line);
        let taken = 0;
        let total = 0;
        for (const branch of branches) {
            const destinations = destinationsOf(branch);
            branch.hits.forEach((hits, i) => {
                total += 1;
                if (hits > 0)
                    taken += 1;
                else {
                    const to = destinations?.[i];
                    v.untaken.push({
                        index: i + 1,
                        of: branch.hits.length,
                        destination: typeof to === 'number' || typeof to === 'string' ? String(to) : null,
                    });
                }
            });
        }
        v.branches = { taken, total };
    }
    for (const line of changedLines)
        view(line);
    return views;
}
/** The CSS class of a line: `miss` (not run), `part` (run, a branch outcome never taken), `hit`, or ''. */
function lineClass(v) {
    if (v === undefined)
        return '';
    if (v.hits === 0)
        return 'miss';
    if (v.untaken.length > 0)
        return v.hits === null && v.branches?.taken === 0 ? 'miss' : 'part';
    return v.hits === null && v.branches === null ? '' : 'hit';
}
function addCounts(a, b) {
    if (a === null)
        return b === null ? null : (0,coverage_summary/* makeCounts */.p1)(b.covered, b.total);
    if (b === null)
        return a;
    return (0,coverage_summary/* makeCounts */.p1)(a.covered + b.covered, a.total + b.total);
}
function addTotals(a, b) {
    return {
        lines: addCounts(a.lines, b.lines) ?? a.lines,
        statements: addCounts(a.statements, b.statements),
        functions: addCounts(a.functions, b.functions),
        branches: addCounts(a.branches, b.branches),
    };
}
const ZERO = { lines: (0,coverage_summary/* makeCounts */.p1)(0, 0), statements: null, functions: null, branches: null };
/** The directory of a repo-relative path, with a trailing `/` (`./` for the root). */
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? './' : path.slice(0, slash + 1);
}
/**
 * Index rows: one per file of the report and one per directory (its files summed), each with its
 * delta against the base. A file not in `fileChanges` has the base's coverage unchanged.
 */
function buildIndexRows(report, hrefOf) {
    const hasBase = report.base !== null;
    const changes = new Map(report.fileChanges.map((c) => [c.path, c]));
    const dirs = new Map();
    const entryOf = (dir) => {
        let entry = dirs.get(dir);
        if (entry === undefined)
            dirs.set(dir, (entry = { head: ZERO, base: null, missing: 0 }));
        return entry;
    };
    // A directory's base is the base of its files that existed there (new files add nothing to it).
    const addBase = (dir, base) => {
        const entry = entryOf(dir);
        entry.base = entry.base === null ? base : addTotals(entry.base, base);
    };
    const files = [];
    for (const f of report.files) {
        const totals = {
            lines: f.lines,
            statements: f.statements,
            functions: f.functions,
            branches: f.branches,
        };
        const change = changes.get(f.path);
        const base = !hasBase ? null : change === undefined ? totals : change.base;
        files.push({
            path: f.path,
            totals,
            delta: base === null ? null : change === undefined ? (0,compare/* computeDelta */.y)(totals, base) : change.delta,
            missing: f.missingLines.length,
            href: hrefOf(f.path),
        });
        const entry = entryOf(directoryOf(f.path));
        entry.head = addTotals(entry.head, totals);
        entry.missing += f.missingLines.length;
        if (base !== null)
            addBase(directoryOf(f.path), base);
    }
    for (const c of report.fileChanges) {
        if (c.kind === 'removed' && c.base !== null && dirs.has(directoryOf(c.path)))
            addBase(directoryOf(c.path), c.base);
    }
    const directories = [...dirs].map(([path, d]) => ({
        path,
        totals: d.head,
        delta: d.base === null ? null : (0,compare/* computeDelta */.y)(d.head, d.base),
        missing: d.missing,
        href: null,
    }));
    directories.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, directories };
}
/** The metrics the report carries (lines always), in display order. */
function presentMetrics(totals) {
    return model/* METRICS */.C.filter((m) => totals[m] !== null);
}

;// CONCATENATED MODULE: ./js/html/file-page.js



/** "branch 2 of 2 not taken", or "→ line 7 not taken" when the report names the destination. */
function describeUntaken(u) {
    if (u.destination === null)
        return `branch ${u.index} of ${u.of} not taken`;
    return /^-?\d+$/.test(u.destination)
        ? `jump to line ${escapeHtml(u.destination)} not taken`
        : `${escapeHtml(u.destination)} not taken`;
}
/** One source row; `html` is the line's text, already escaped. */
function renderLine(n, html, v) {
    // Lean markup — cells styled by position, the optional </td></tr> left out (valid HTML): a
    // 15,000-file report has millions of these rows, and writing them is most of its time. Rows are
    // joined with nothing between them: the last cell is `white-space: pre`, so a newline would show.
    if (v === undefined)
        return `<tr id=L${n}><td>${n}<td><td>${html}`;
    const kind = lineClass(v);
    const cls = v.changed ? (kind === '' ? 'chg' : `${kind} chg`) : kind;
    const hits = v.hits === null ? '' : `${formatInteger(v.hits)}×`;
    let notes = '';
    if (v.branches !== null && v.untaken.length > 0) {
        const what = v.untaken.map(describeUntaken).join('; ');
        notes = `<span class="br">${v.branches.taken}/${v.branches.total} branches · ${what}</span>`;
    }
    const attrs = cls === '' ? '' : ` class="${cls}"`;
    return `<tr id=L${n}${attrs}><td>${n}<td>${hits}<td>${html}${notes}`;
}
/** Counts of uncovered and partially covered lines, for the page header. */
function countKinds(lines) {
    let miss = 0;
    let part = 0;
    for (const v of lines.values()) {
        const cls = lineClass(v);
        if (cls === 'miss')
            miss += 1;
        else if (cls === 'part')
            part += 1;
    }
    return { miss, part };
}
/** The whole page of one file; `source` is its text from the checkout. */
function renderFilePage(input, source) {
    const { file, lines } = input;
    // One escaping pass over the whole file, then rows appended as the lines are found: no array of
    // lines or rows to allocate and collect (a 15,000-file report renders millions of rows).
    const html = escapeText(source.endsWith('\n') ? source.slice(0, -1) : source);
    let rows = '';
    for (let start = 0, n = 1; start <= html.length; n++) {
        let end = html.indexOf('\n', start);
        if (end < 0)
            end = html.length;
        const line = html.slice(start, end > start && html.charCodeAt(end - 1) === 13 ? end - 1 : end);
        rows += renderLine(n, line, lines.get(n));
        start = end + 1;
    }
    const kinds = countKinds(lines);
    const metrics = ['lines', 'statements', 'functions', 'branches']
        .filter((m) => file[m] !== null)
        .map((m) => `<span>${m[0]?.toUpperCase()}${m.slice(1)} <b>${escapeHtml(formatCounts(file[m]))}</b></span>`);
    const name = escapeHtml(file.path);
    const body = [
        `<header><div><a href="${input.indexHref}">← All files</a></div><h1>${name}</h1>`,
        `<div class="totals">${metrics.join('')}</div>`,
        `<div class="legend muted"><span style="background:var(--miss)">${formatInteger(kinds.miss)} uncovered</span>` +
            `<span style="background:var(--part)">${formatInteger(kinds.part)} partly covered</span>` +
            `<span style="border-left:4px solid var(--chg)">${formatInteger(input.changedCount)} changed in this PR</span></div>`,
        '</header><main>',
        `<table class="src"><tbody>${rows}</tbody></table>`,
        '</main>',
    ];
    return renderPage(`${name} · coverage`, body.join('\n'), 'file');
}

;// CONCATENATED MODULE: ./js/html/index-page.js



const LABELS = {
    lines: 'Lines',
    statements: 'Statements',
    functions: 'Functions',
    branches: 'Branches',
};
function renderTotals(report, metrics) {
    const items = metrics.map((m) => {
        const delta = report.delta === null ? '' : ` <span class="muted">${formatDelta(report.delta[m])}</span>`;
        return `<span>${LABELS[m]} <b>${escapeHtml(formatCounts(report.totals[m]))}</b>${delta}</span>`;
    });
    if (report.patch !== null) {
        const p = report.patch;
        const pct = p.pct === null ? 'unknown' : `${p.pct.toFixed(2)}%`;
        items.push(`<span>Patch <b>${pct}</b> <span class="muted">(${formatInteger(p.covered)}/${formatInteger(p.total)} changed lines)</span></span>`);
    }
    return `<div class="totals" id="totals">${items.join('')}</div>`;
}
function renderTable(id, first, rows, metrics, withDelta) {
    const head = `<tr><th>${first}</th>` +
        metrics.map((m) => `<th>${LABELS[m]}</th>`).join('') +
        (withDelta ? '<th>Δ lines</th>' : '') +
        '<th>Missing lines</th></tr>';
    const body = rows.map((row) => {
        const name = escapeHtml(row.path);
        const link = row.href === null ? name : `<a href="${hrefTo(row.href)}">${name}</a>`;
        const cells = metrics.map((m) => countsCell(row.totals[m]));
        const delta = withDelta ? deltaCell(row.delta?.lines ?? null) : '';
        return `<tr><td>${link}</td>${cells.join('')}${delta}<td data-v="${row.missing}">${formatInteger(row.missing)}</td></tr>`;
    });
    return `<table class="sortable" id="${id}"><thead>${head}</thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}
/** The whole `index.html`. */
function renderIndexPage(report, rows, info) {
    const totals = report.totals;
    const metrics = presentMetrics(totals);
    const withDelta = report.base !== null;
    const sha = info.headSha === null ? '' : ` at <code>${escapeHtml(info.headSha.slice(0, 12))}</code>`;
    const missing = info.missingSources === 0
        ? ''
        : `<p class="muted">${formatInteger(info.missingSources)} file(s) have no page: their source is not in the checkout.</p>`;
    const body = [
        `<header><h1>Coverage · ${escapeHtml(info.title)}</h1>`,
        `<div class="muted">${formatInteger(report.files.length)} files${sha}${withDelta ? ', deltas against the base' : ''}</div>`,
        renderTotals(report, metrics),
        '</header><main>',
        missing,
        `<h2>Directories (${formatInteger(rows.directories.length)})</h2>`,
        renderTable('directories', 'Directory', rows.directories, metrics, withDelta),
        `<h2>Files (${formatInteger(rows.files.length)})</h2>`,
        '<p><input type="search" id="filter" placeholder="Filter by path" aria-label="Filter by path"></p>',
        renderTable('files', 'File', rows.files, metrics, withDelta),
        '</main>',
    ];
    return renderPage(`Coverage · ${escapeHtml(info.title)}`, body.join('\n'), 'index');
}

;// CONCATENATED MODULE: ./js/html/write-report.js
/**
 * Writes the HTML report to a directory: `index.html` and `files/<n>-<name>.html` per file whose
 * source is in the checkout. The one part of `html/` that does I/O; the pages come from the pure
 * renderers. Used by the action (then uploaded as an artifact) and by `covgate report --html`.
 */






/** A short, safe file name for a page: its number (unique) plus the path's base name, sanitised. */
function pageName(n, path) {
    const base = (path.split('/').pop() ?? 'file').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
    return `${n}-${base}.html`;
}
/** The source of `path`, or `null` when it is not a readable file inside `root`. */
function readSource(root, path) {
    const full = (0,external_node_path_.resolve)(root, path);
    // A path from a report is data: it may not read anything outside the checkout.
    if (!full.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep))
        return null;
    try {
        return (0,external_node_fs_.readFileSync)(full, 'utf8');
    }
    catch {
        return null;
    }
}
/** Renders and writes the whole report; returns where it is. */
async function writeHtmlReport(input) {
    const { report, head, outDir } = input;
    const root = (0,external_node_path_.resolve)(input.sourceRoot);
    // Never emptied: `--html .` must not delete anything. Pages of an earlier run may remain, but the
    // index links (and the upload takes) only this run's files.
    await (0,promises_.mkdir)((0,external_node_path_.join)(outDir, 'files'), { recursive: true });
    const changed = new Map();
    for (const f of input.changes?.files ?? [])
        changed.set(f.path, new Set(f.addedLines));
    const hrefs = new Map();
    const written = [];
    // Synchronous reads and writes: thousands of small files go several times faster without a
    // thread-pool round trip each (measured in bench/html-render.mjs), and nothing else runs meanwhile.
    report.files.forEach((file, n) => {
        const coverage = head.files.get(file.path);
        const source = coverage === undefined ? null : readSource(root, file.path);
        if (coverage === undefined || source === null)
            return;
        const changedLines = changed.get(file.path) ?? new Set();
        const name = pageName(n + 1, file.path);
        const html = renderFilePage({
            file,
            lines: buildLineViews(coverage, changedLines),
            indexHref: '../index.html',
            changedCount: changedLines.size,
        }, source);
        const target = (0,external_node_path_.join)(outDir, 'files', name);
        (0,external_node_fs_.writeFileSync)(target, html);
        hrefs.set(file.path, `files/${name}`);
        written.push(target);
    });
    const rows = buildIndexRows(report, (path) => hrefs.get(path) ?? null);
    const indexFile = (0,external_node_path_.join)(outDir, 'index.html');
    const missingSources = report.files.length - hrefs.size;
    await (0,promises_.writeFile)(indexFile, renderIndexPage(report, rows, { title: input.title, headSha: input.headSha, missingSources }));
    return { indexFile, files: [indexFile, ...written.sort()], missingSources };
}

;// CONCATENATED MODULE: ./js/html-report.js
/**
 * `html-report: true`: render the HTML report into covgate's work dir (the `html-dir` output),
 * upload it as the artifact `covgate-html-<comment-id>` and hand back the link the comment, check
 * run and job summary show. Nothing here fails the step: a problem is one warning and no link.
 */





/** The artifact's name: one per comment-id, so matrix/monorepo jobs with distinct ids don't collide. */
function htmlArtifactName(commentId) {
    return `covgate-html-${commentId}`;
}
/** Renders, uploads and returns the artifact's URL, or `null` (after one warning) when there is none. */
async function publishHtmlReport(config, io, run, uploader = uploadWithActionsArtifact) {
    const outDir = (0,external_node_path_.join)(io.workDir, constants/* HTML_DIR_NAME */.KR);
    const { owner, repo, headSha } = config.event;
    let written;
    try {
        written = await writeHtmlReport({
            head: run.head,
            report: run.report,
            changes: run.changes,
            sourceRoot: config.repoRoot,
            outDir,
            title: config.commentId !== 'covgate' || owner === '' ? config.commentId : `${owner}/${repo}`,
            headSha: headSha === '' ? null : headSha,
        });
    }
    catch (error) {
        io.warning(`covgate: the HTML report could not be written to ${outDir} (${(0,errors/* describeError */.Uc)(error)})`);
        io.setOutput(constants/* Outputs */.tY.HtmlDir, '');
        return null;
    }
    io.setOutput(constants/* Outputs */.tY.HtmlDir, outDir);
    const pages = written.files.length - 1;
    const skipped = written.missingSources === 0 ? '' : `; ${written.missingSources} without source in the checkout`;
    io.info(`covgate: HTML report written to ${written.indexFile} (${pages} file pages${skipped})`);
    const name = htmlArtifactName(config.commentId);
    const id = await tryUploadArtifact({ name, rootDirectory: outDir, files: written.files, retentionDays: config.htmlRetentionDays }, uploader, (message) => io.warning(message));
    if (id === null)
        return null;
    const url = artifactUrl(run.runUrl, id);
    io.info(`covgate: HTML report uploaded as artifact ${name} (id ${id})${url === null ? '' : `: ${url}`}`);
    return url;
}

;// CONCATENATED MODULE: ./js/phases/phase-failures.js

/** pytest's documented exit codes (other than 1, "tests failed"). */
const PYTEST_EXITS = {
    2: 'test execution was interrupted',
    3: 'pytest had an internal error',
    4: 'pytest was called wrongly (a usage error: check the options and paths)',
    5: 'no tests collected (does the marker expression select anything?)',
};
const OWN_THRESHOLD_HINT = "every test passed, so the test command's own coverage threshold probably failed " +
    '(pytest-cov --cov-fail-under, Jest coverageThreshold, c8 --check-coverage, Vitest thresholds); ' +
    "covgate's fail-under replaces it: remove it from the command and set fail-under instead";
/** "unit phase failed (exit 1)", "full phase timed out", "full phase killed by SIGKILL". */
function titleOfPhaseFailure(phase) {
    const label = `${phase.name} phase`;
    if (phase.timedOut)
        return `${label} timed out`;
    if (phase.signal !== null)
        return `${label} killed by ${phase.signal}`;
    if (phase.exitCode === null)
        return `${label} could not start`;
    return `${label} failed (exit ${phase.exitCode})`;
}
/** What the exit code most likely means, or `null` when it says nothing beyond "failed". */
function explainPhaseFailure(phase) {
    if (phase.skipped || phase.timedOut || phase.signal !== null || phase.exitCode === null)
        return null;
    if (phase.exitCode === 0)
        return null;
    const pytest = /(^|[\s/;&|(])(py\.test|pytest)(\s|$)|-m\s+pytest\b/.test(phase.command);
    const pytestMeaning = pytest ? PYTEST_EXITS[phase.exitCode] : undefined;
    if (pytestMeaning !== undefined)
        return `pytest exit ${phase.exitCode}: ${pytestMeaning}`;
    const tests = phase.tests;
    if (tests !== null && tests.failed === 0 && tests.passed > 0)
        return OWN_THRESHOLD_HINT;
    return null;
}
/** The phases' failures, in order, with their kinds; other lines (JUnit, set-aside coverage) after. */
function collectPhaseFailures(tests) {
    const byMessage = new Map();
    for (const phase of tests.phases) {
        const message = describePhaseFailure(phase);
        if (message !== null)
            byMessage.set(message, phase);
    }
    return tests.failures.map((message) => {
        const phase = byMessage.get(message);
        if (phase !== undefined) {
            const hint = explainPhaseFailure(phase);
            return {
                kind: `${phase.name}-phase-failed`,
                title: titleOfPhaseFailure(phase),
                message: hint === null ? message : `${message}: ${hint}`,
            };
        }
        // The rest-command check ("unit-command must write coverage") is about a missing report.
        if (message.startsWith('rest-command is set')) {
            return { kind: 'no-coverage-report', title: 'no coverage report from the unit phase', message };
        }
        return { kind: 'test-results-unreadable', title: 'unreadable test results', message };
    });
}

;// CONCATENATED MODULE: ./js/phases/junit-xml.js
/**
 * The part of a JUnit XML document that test counting reads, in one streaming pass with saxes
 * (the strict, non-validating SAX parser the Cobertura reader also uses): any well-formedness error
 * stops it and names its line. No object tree is built: element names such as `__proto__` stay
 * plain strings, and each case is handed on as soon as its end tag is read.
 *
 * Entities: only XML's five and character references are expanded. A DOCTYPE with an internal
 * subset (`[<!ENTITY …>]`) is refused before any entity is used, so no entity is ever declared,
 * expanded or fetched: there is no external entity and no expansion to bound.
 */



const SUITES = new Set(['testsuites', 'testsuite']);
const OUTCOMES = new Set(['failure', 'error', 'skipped']);
/**
 * Streams `xml` and calls `onCase` for each counted test case (after its end tag). Returns the
 * root element's name. Throws an InputError naming `source` when the XML is not well-formed or
 * has a DOCTYPE with an internal subset.
 */
function scanJunitXml(xml, source, onCase) {
    const parser = new saxes/* SaxesParser */.wT();
    const at = { depth: 0, suites: 0, current: null, caseDepth: 0, outcome: null };
    let root = '';
    let tagStart = 0;
    parser.on('error', (error) => {
        const msg = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
        throw new errors/* InputError */.dz(`JUnit file ${source} is not valid XML (line ${parser.line}: ${msg}); check the reporter's output file in junit-files`);
    });
    parser.on('doctype', (doctype) => {
        if (hasInternalSubset(doctype)) {
            throw new errors/* InputError */.dz(`JUnit file ${source} cannot be read (its DOCTYPE declares an internal subset, and covgate expands no DTD entities); check the reporter's output file in junit-files`);
        }
    });
    // saxes reports a tag once its name ends (one character later) and again after its `>`.
    parser.on('opentagstart', () => (tagStart = parser.position - 1));
    parser.on('opentag', (tag) => {
        if (at.depth === 0)
            root = tag.name;
        at.depth += 1;
        openElement(at, tag, () => rawAttributes(xml, tagStart, parser.position, tag.attributes));
    });
    parser.on('text', (text) => addText(at, text));
    parser.on('cdata', (text) => addText(at, text));
    parser.on('closetag', () => {
        if (at.current !== null && at.depth === at.caseDepth) {
            onCase(at.current);
            at.current = null;
        }
        if (at.outcome !== null && at.depth === at.caseDepth + 1)
            at.outcome = null;
        if (at.suites === at.depth)
            at.suites -= 1;
        at.depth -= 1;
    });
    parser.write(xml).close();
    return root;
}
function openElement(at, tag, attributes) {
    const { name } = tag;
    if (at.suites === at.depth - 1 && at.current === null) {
        if (SUITES.has(name))
            at.suites = at.depth;
        else if (name === 'testcase') {
            at.current = { attributes: attributes(), failure: null, error: null, skipped: null };
            at.caseDepth = at.depth;
        }
        return;
    }
    if (at.current === null || at.depth !== at.caseDepth + 1 || !OUTCOMES.has(name))
        return;
    const kind = name;
    if (at.current[kind] !== null)
        return; // only the first of each kind is read
    at.outcome = { attributes: attributes(), text: '' };
    at.current[kind] = at.outcome;
}
function addText(at, text) {
    // Only the outcome's own text: a child element's text is not part of it.
    if (at.outcome !== null && at.depth === at.caseDepth + 1)
        at.outcome.text += text;
}
/**
 * The tag's attributes with line breaks and tabs as written. XML turns a literal line break in an
 * attribute value into a space, but Vitest writes multi-line messages in `message="…"` and the
 * first line is the message; a character reference (`&#10;`, pytest's way) is a line break either way.
 * Only a tag with such a character between `start` and `end` is read again from the text, which
 * saxes has already checked to be a well-formed tag.
 */
function rawAttributes(xml, start, end, parsed) {
    let plain = true;
    for (let i = start; i < end && plain; i++) {
        const c = xml.charCodeAt(i);
        plain = c !== 10 && c !== 13 && c !== 9;
    }
    if (plain)
        return parsed;
    const out = Object.create(null);
    // Sticky: one attribute after the other from the end of the name, never a search ahead.
    const pattern = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
    pattern.lastIndex = start;
    for (let m = pattern.exec(xml); m !== null && m.index < end; m = pattern.exec(xml)) {
        const value = m[2] ?? m[3] ?? '';
        const valueStart = m.index + m[0].length - 1 - value.length;
        out[m[1]] = decodeRange(xml, valueStart, valueStart + value.length, 'text');
    }
    return out;
}
/** Whether a DOCTYPE's text (between `<!DOCTYPE` and `>`) has `[…]` outside its quoted ids. */
function hasInternalSubset(doctype) {
    return doctype.replace(/"[^"]*"|'[^']*'/g, '').includes('[');
}

;// CONCATENATED MODULE: ./js/phases/junit.js
/**
 * Test counts and failed tests from JUnit XML, in the dialects real runners write: jest-junit,
 * Vitest's `junit` reporter, node:test's `junit` reporter and `pytest --junitxml`.
 *
 * A phase owns the JUnit files that appeared or changed while it ran (see `snapshotFiles`), so a
 * unit phase and a full phase that write to the same glob are still counted apart.
 */




/** Parses one JUnit XML document; `source` names the file in errors. */
function parseJunit(xml, source) {
    const results = emptyResults();
    const reasons = new Map();
    const root = scanJunitXml(xml, source, (testcase) => countCase(testcase, results, reasons));
    if (root !== 'testsuites' && root !== 'testsuite') {
        throw new errors/* InputError */.dz(`JUnit file ${source} has no <testsuites> or <testsuite> element; junit-files must point at JUnit XML reports`);
    }
    return withSkipReasons(results, reasons);
}
/** Adds the grouped skip reasons (most frequent first, then by text) when there are any. */
function withSkipReasons(results, reasons) {
    if (reasons.size === 0)
        return results;
    const skipReasons = [...reasons]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
    return { ...results, skipReasons };
}
/** Adds several results together, failures in order. */
function mergeTestResults(parts) {
    const out = emptyResults();
    const reasons = new Map();
    for (const p of parts) {
        out.passed += p.passed;
        out.failed += p.failed;
        out.skipped += p.skipped;
        out.failures.push(...p.failures);
        for (const r of p.skipReasons ?? [])
            reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + r.count);
    }
    return withSkipReasons(out, reasons);
}
/** Records which files match `globs` now, and their size and mtime. */
async function snapshotFiles(globs, cwd) {
    const snapshot = new Map();
    if (globs.length === 0)
        return snapshot;
    for (const file of await (0,dist/* glob */.TI)(globs, { cwd, absolute: true, dot: true })) {
        snapshot.set(file, await stampOf(file));
    }
    return snapshot;
}
/**
 * Reads the JUnit files matching `globs` that are new or changed since `before` (all of them
 * without a snapshot). A file that cannot be read is a problem line, and the others still count:
 * test counts are a detail of the report, which must go out anyway.
 */
async function readJunitResults(globs, options) {
    if (globs.length === 0)
        return { results: null, problems: [] };
    const files = [];
    for (const file of (await (0,dist/* glob */.TI)(globs, { cwd: options.cwd, absolute: true, dot: true })).sort()) {
        if (options.before?.get(file) === (await stampOf(file).catch(() => '')))
            continue;
        files.push(file);
    }
    const parts = [];
    const problems = [];
    for (const file of files) {
        try {
            parts.push(parseJunit(await (0,promises_.readFile)(file, 'utf8'), file));
        }
        catch (error) {
            problems.push(error instanceof errors/* InputError */.dz
                ? error.message
                : `JUnit file ${file} cannot be read (${(0,errors/* describeError */.Uc)(error)})`);
        }
    }
    return { results: parts.length > 0 ? mergeTestResults(parts) : null, problems };
}
async function stampOf(file) {
    const s = await (0,promises_.stat)(file);
    return `${s.size}:${s.mtimeMs}`;
}
function emptyResults() {
    return { passed: 0, failed: 0, skipped: 0, failures: [] };
}
/** The skip's reason: its message, else the last line of its text without pytest's `path:line: `. */
function skipReason(skipped) {
    const message = junit_attr(skipped.attributes, 'message')?.trim();
    if (message)
        return message;
    const tail = lines(textOf(skipped)).at(-1);
    return tail === undefined ? null : tail.replace(/^\S+:\d+: /, '');
}
function countCase(testcase, results, reasons) {
    const problem = testcase.failure ?? testcase.error;
    // node:test also writes the failure as an attribute of the case; present, even empty, it failed.
    const failedAttr = testcase.attributes.failure !== undefined;
    if (problem !== null || failedAttr) {
        results.failed += 1;
        const failure = {
            name: caseName(testcase),
            file: caseFile(testcase, problem),
            message: failureMessage(problem, testcase),
        };
        const line = caseLine(testcase, problem);
        if (line !== null)
            failure.line = line;
        results.failures.push(failure);
    }
    else if (testcase.skipped !== null) {
        results.skipped += 1;
        const reason = skipReason(testcase.skipped);
        if (reason !== null)
            reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    else {
        results.passed += 1;
    }
}
function caseName(testcase) {
    const name = junit_attr(testcase.attributes, 'name')?.trim() ?? '(unnamed test)';
    const classname = junit_attr(testcase.attributes, 'classname')?.trim() ?? null;
    // node:test writes classname="test"; Vitest writes the file; jest-junit repeats it in the name.
    if (classname === null || classname === 'test' || looksLikePath(classname) || name.startsWith(classname)) {
        return name;
    }
    return `${classname}.${name}`;
}
function caseFile(testcase, problem) {
    const file = junit_attr(testcase.attributes, 'file');
    if (file !== null)
        return file;
    const classname = junit_attr(testcase.attributes, 'classname');
    if (classname !== null && looksLikePath(classname))
        return classname;
    // pytest's xunit2 has no file attribute, but its traceback ends with "path/to/test_x.py:12: Error".
    const tail = lines(textOf(problem)).at(-1) ?? '';
    return /^([^\s:]+\.py):\d+: /.exec(tail)?.[1] ?? null;
}
/**
 * The failing line: the XML's `line` attribute, else the test file's line in the failure text
 * (pytest's traceback entries `tests/unit/test_security.py:14: AssertionError`; the last one in the
 * test file is where the test itself failed).
 */
function caseLine(testcase, problem) {
    const attrLine = Number(junit_attr(testcase.attributes, 'line'));
    if (Number.isInteger(attrLine) && attrLine > 0)
        return attrLine;
    const file = caseFile(testcase, problem);
    const entries = lines(textOf(problem))
        .map((l) => /^([^\s:]+):(\d+):/.exec(l))
        .filter((m) => m !== null);
    const own = entries.filter((m) => file !== null && m[1] === file).at(-1) ?? entries.at(-1);
    const line = Number(own?.[2]);
    return Number.isInteger(line) && line > 0 ? line : null;
}
function failureMessage(problem, testcase) {
    const body = lines(textOf(problem));
    // node:test's message attribute loses its newlines; its body starts with the real message.
    const nodeTest = /^\[Error \[ERR_TEST_FAILURE\]: (.*)$/.exec(body[0] ?? '');
    if (nodeTest?.[1] !== undefined)
        return nodeTest[1].trim();
    const message = problem === null ? junit_attr(testcase.attributes, 'failure') : junit_attr(problem.attributes, 'message');
    const first = lines(message ?? '')[0] ?? body[0];
    return first ?? 'failed';
}
function looksLikePath(value) {
    return /\.(?:[cm]?[jt]sx?|py)$/.test(value) || value.includes('/');
}
function junit_attr(attributes, name) {
    // saxes' records have no prototype: a name such as `constructor` is only ever an attribute.
    const value = attributes[name];
    return value !== undefined && value !== '' ? value : null;
}
function textOf(outcome) {
    return outcome?.text ?? '';
}
function lines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
}

;// CONCATENATED MODULE: ./js/phases/phase-env.js
/**
 * The environment of a test phase: what a workflow `run:` step would get, plus the database
 * variables. The phase runs the pull request's code, so it must not get what only covgate needs:
 *
 * - `INPUT_*` — covgate's inputs, among them `INPUT_GITHUB-TOKEN` (a write token);
 * - the runner's service credentials a `run:` step never sees (`ACTIONS_RUNTIME_TOKEN`, the cache
 *   and results service URLs, the OIDC request token);
 * - covgate's own `GITHUB_STATE` (post trusts what main saved there) and `GITHUB_OUTPUT` (covgate's
 *   outputs): the phase gets throwaway files instead, as a `run:` step gets its own;
 * - any variable that holds the github token, whatever its name.
 *
 * Pure: the caller creates the throwaway files.
 */
/** Prefixes of variables a `run:` step does not get (compared in upper case). */
const HIDDEN_PREFIXES = [
    'INPUT_',
    'STATE_',
    'ACTIONS_RUNTIME_',
    'ACTIONS_CACHE_',
    'ACTIONS_RESULTS_',
    'ACTIONS_ID_TOKEN_REQUEST_',
];
/** Shortest token value that is searched for inside other variables (shorter would match noise). */
const phase_env_MIN_SECRET_LENGTH = 8;
/** True when a variable of this name is one the phase must not see. */
function isHiddenVariable(name) {
    const upper = name.toUpperCase();
    return HIDDEN_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
/**
 * The phase environment made from `base` (the action's environment with the database variables):
 * hidden variables and token holders dropped, GITHUB_STATE and GITHUB_OUTPUT replaced.
 */
function buildPhaseEnv(base, options) {
    const { token } = options;
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined || isHiddenVariable(name))
            continue;
        if (token !== '' && (value === token || (token.length >= phase_env_MIN_SECRET_LENGTH && value.includes(token)))) {
            continue;
        }
        env[name] = value;
    }
    env.GITHUB_STATE = options.stateFile;
    env.GITHUB_OUTPUT = options.outputFile;
    return env;
}

;// CONCATENATED MODULE: ./js/phases/test-phases.js
/**
 * The test phases in order: the fast unit phase, then the full suite — or, in "no test twice" mode
 * (`rest-command`), the unit phase with coverage, its reports set aside, then only the rest.
 * A failed unit phase stops here: the full phase is skipped and reported as such.
 */









/**
 * Runs the configured phases with `env` (the action's env plus the database variables), minus
 * what only covgate may see (phase-env.ts); `runner` is the seam that starts one phase (tests pass a
 * faster or scripted one).
 */
async function runTestPhases(config, io, env, runner = runPhase) {
    // The phase's own GITHUB_STATE / GITHUB_OUTPUT, as a `run:` step has its own.
    await (0,promises_.mkdir)(io.workDir, { recursive: true });
    const filesDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(io.workDir, 'phase-files-'));
    try {
        const stateFile = (0,external_node_path_.join)(filesDir, 'state');
        const outputFile = (0,external_node_path_.join)(filesDir, 'output');
        await (0,promises_.writeFile)(stateFile, '');
        await (0,promises_.writeFile)(outputFile, '');
        const phaseEnv = buildPhaseEnv(env, { token: config.githubToken, stateFile, outputFile });
        return await runPhases(config, io, phaseEnv, runner);
    }
    finally {
        await (0,promises_.rm)(filesDir, { recursive: true, force: true });
    }
}
async function runPhases(config, io, env, runner) {
    const outcome = {
        phases: [],
        failures: [],
        stoppedEarly: false,
        unitCoverageFiles: [],
    };
    const run = async (name, command) => {
        const before = await snapshotFiles(config.junitGlobs, config.workingDirectory);
        const ran = await runner({
            name,
            command,
            cwd: config.workingDirectory,
            env,
            timeoutMs: config.phaseTimeoutMs,
            killGraceMs: config.killGraceMs,
        }, io);
        ran.tests = await readTests(config, before, io);
        // Redacted where it is made: every message quoting the command or a test is cut later (run.ts,
        // the renderers), and a secret cut in two is no longer found by the redactor.
        const phase = io.redact === undefined ? ran : redactDeep(ran, io.redact);
        outcome.phases.push(phase);
        const failure = describePhaseFailure(phase);
        if (failure !== null)
            outcome.failures.push(failure);
        return phase;
    };
    const later = config.restCommand !== undefined ? 'rest' : 'full';
    const laterCommand = config.restCommand ?? config.testCommand;
    if (config.unitCommand !== undefined) {
        const unit = await run('unit', config.unitCommand);
        let stop = describePhaseFailure(unit) !== null;
        if (config.restCommand !== undefined) {
            const aside = await setAsideCoverage(config, (0,external_node_path_.join)(io.workDir, constants/* UNIT_COVERAGE_DIR_NAME */.yC), unit);
            outcome.unitCoverageFiles = aside.moved;
            if (aside.moved.length === 0 && aside.stale.length > 0 && !stop) {
                stop = true;
                outcome.failures.push(`rest-command is set, so unit-command must write coverage: ${describeStale(aside.stale, 'unit')}`);
            }
            else if (aside.moved.length === 0 && !stop) {
                stop = true;
                outcome.failures.push(`rest-command is set, so unit-command must write coverage, but none of ${config.coverageGlobs.join(', ')} ` +
                    `exists in ${config.workingDirectory} after the unit phase; run it with coverage (e.g. 'c8 node --test test/unit')`);
            }
        }
        if (stop) {
            outcome.stoppedEarly = true;
            if (laterCommand !== undefined) {
                outcome.phases.push(skippedPhase(later, laterCommand));
                io.info(`covgate: ${later} phase skipped because the unit phase failed`);
            }
            return outcome;
        }
    }
    if (laterCommand !== undefined)
        await run(later, laterCommand);
    return outcome;
}
async function readTests(config, before, io) {
    const reading = await readJunitResults(config.junitGlobs, { cwd: config.workingDirectory, before });
    // One warning per unreadable file; the coverage report still goes out, and the verdict is the
    // phase's exit code and the coverage, not the test counts.
    for (const problem of reading.problems)
        io.warning(problem);
    return reading.results;
}
/**
 * Moves the unit phase's coverage reports out of the way of the rest phase (whose tool would
 * overwrite or clean them) into `dir`, named `<n>-<name>` so two reports of the same name stay apart.
 * Reports older than the unit phase are an earlier run's: left in place, never read as its coverage.
 */
async function setAsideCoverage(config, dir, unit) {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    const cwd = config.workingDirectory;
    const found = await (0,dist/* glob */.TI)(config.coverageGlobs, { cwd, absolute: true, dot: true });
    const old = await olderThan(found, phaseStart(unit));
    const fresh = found.filter((f) => !old.includes(f));
    const stale = old.map((f) => (0,external_node_path_.relative)(cwd, f));
    if (fresh.length === 0)
        return { moved: [], stale };
    await (0,promises_.mkdir)(dir, { recursive: true });
    const moved = [];
    for (const [i, file] of fresh.sort().entries()) {
        const target = (0,external_node_path_.join)(dir, `${i}-${(0,external_node_path_.basename)(file)}`);
        await moveFile(file, target);
        moved.push(target);
    }
    return { moved, stale };
}
async function moveFile(from, to) {
    try {
        await (0,promises_.rename)(from, to);
    }
    catch (error) {
        // RUNNER_TEMP may be on another device than the workspace.
        if (error.code !== 'EXDEV')
            throw error;
        await (0,promises_.copyFile)(from, to);
        await (0,promises_.unlink)(from);
    }
}

;// CONCATENATED MODULE: ./js/postgres/account.js
/**
 * Who runs the server, and where its private directory lives. initdb and pg_ctl refuse to run as
 * root, so on root runners (self-hosted, container jobs) the server runs as an unprivileged system
 * account that must own the directory and be able to reach it through every parent directory.
 */





const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Accounts tried in order; `postgres` is what distribution packages create. */
const ACCOUNT_NAMES = ['postgres', 'nobody'];
/** Looks an account up by name: /etc/passwd, else `id` (post looks up the saved name again). */
async function findAccount(name) {
    try {
        const passwd = await (0,promises_.readFile)('/etc/passwd', 'utf8');
        for (const line of passwd.split('\n')) {
            const [user, , uid, gid] = line.split(':');
            if (user === name && uid && gid)
                return { name, uid: Number(uid), gid: Number(gid) };
        }
    }
    catch {
        // No readable /etc/passwd: ask `id`, which also sees NSS accounts.
    }
    try {
        const uid = await execFileAsync('id', ['-u', name]);
        const gid = await execFileAsync('id', ['-g', name]);
        return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
    }
    catch {
        return undefined;
    }
}
/** Returns `null` when we are not root (the server runs as us), else the account to run it as. */
async function resolveServerAccount() {
    if (typeof process.getuid !== 'function' || process.getuid() !== 0)
        return null;
    for (const name of ACCOUNT_NAMES) {
        const account = await findAccount(name);
        if (account && account.uid !== 0)
            return account;
    }
    throw new errors/* RunnerError */.Rn("Running as root, and initdb refuses root, but there is no unprivileged 'postgres' account to run " +
        "PostgreSQL as. Create one before this step (e.g. 'useradd --system postgres') or run the job as a non-root user.");
}
/** True when the account may enter `dir` and each of its parents (owner, group or other x bit). */
async function isTraversable(dir, account) {
    let current = (0,external_node_path_.resolve)(dir);
    for (;;) {
        const info = await (0,promises_.stat)(current);
        const bit = info.uid === account.uid ? 0o100 : info.gid === account.gid ? 0o010 : 0o001;
        if ((info.mode & bit) === 0)
            return false;
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            return true;
        current = parent;
    }
}
/**
 * Creates the private directory (data dir, socket, log) of one run under `tempDir`. As root, when
 * the server account cannot reach `tempDir` (RUNNER_TEMP under a 0700 home), a dedicated directory
 * under the system temp directory is used instead; the account owns the directory either way.
 */
async function createBaseDir(tempDir, account, env, log) {
    await (0,promises_.mkdir)(tempDir, { recursive: true });
    let parent = (0,external_node_path_.resolve)(tempDir);
    if (account && !(await isTraversable(parent, account))) {
        const fallback = (0,external_node_path_.resolve)(env.TMPDIR || '/tmp');
        if (!(await isTraversable(fallback, account))) {
            throw new errors/* RunnerError */.Rn(`The '${account.name}' account PostgreSQL runs as cannot reach ${parent} nor ${fallback}; ` +
                'make RUNNER_TEMP or TMPDIR a directory whose parents are world-searchable (chmod o+x).');
        }
        log.info(`PostgreSQL: the '${account.name}' account cannot reach ${parent} (a parent is not searchable); ` +
            `using a private directory under ${fallback} instead.`);
        parent = fallback;
    }
    const baseDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'covgate-pg-'));
    try {
        await (0,promises_.chmod)(baseDir, 0o700);
        if (account)
            await (0,promises_.chown)(baseDir, account.uid, account.gid);
    }
    catch (error) {
        await (0,promises_.rm)(baseDir, { recursive: true, force: true });
        throw error;
    }
    return baseDir;
}

;// CONCATENATED MODULE: ./js/postgres/binaries.js
/**
 * Finds the PostgreSQL server binaries installed on the runner: where GitHub's images and the usual
 * package managers put them. A directory counts only when it has all of initdb, pg_ctl and postgres
 * (Debian's `pg_config` from libpq-dev points at a bin directory even when no server is installed).
 */





const binaries_execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Where real runners keep server binaries. */
const DEFAULT_SEARCH_ROOTS = {
    versioned: ['/usr/lib/postgresql', 'C:\\Program Files\\PostgreSQL'],
    homebrew: ['/opt/homebrew/opt', '/usr/local/opt'],
};
const exe = process.platform === 'win32' ? '.exe' : '';
const REQUIRED = ['initdb', 'pg_ctl', 'postgres'];
const MIN_VERSION = 10;
async function hasServerBinaries(dir) {
    try {
        await Promise.all(REQUIRED.map((name) => (0,promises_.access)((0,external_node_path_.join)(dir, name + exe))));
        return true;
    }
    catch {
        return false;
    }
}
/** Reads the major version a bin directory's pg_ctl reports ("pg_ctl (PostgreSQL) 15.8 ..."). */
async function readMajorVersion(binDir) {
    try {
        const { stdout } = await binaries_execFileAsync((0,external_node_path_.join)(binDir, 'pg_ctl' + exe), ['--version'], { timeout: 10_000 });
        const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
        return match ? Number(match[1]) : undefined;
    }
    catch {
        return undefined;
    }
}
async function listVersionedDirs(roots) {
    const found = [];
    const scan = async (root, pattern) => {
        let names;
        try {
            names = await (0,promises_.readdir)(root);
        }
        catch {
            return;
        }
        for (const name of names) {
            const match = pattern.exec(name);
            if (match)
                found.push({ dir: (0,external_node_path_.join)(root, name, 'bin'), version: Number(match[1]) });
        }
    };
    await Promise.all([
        ...roots.versioned.map((root) => scan(root, /^(\d+)$/)),
        ...roots.homebrew.map((root) => scan(root, /^postgresql@(\d+)$/)),
    ]);
    return found;
}
async function readPgConfigBinDir(env) {
    try {
        const { stdout } = await binaries_execFileAsync('pg_config', ['--bindir'], { env, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** Directories of PATH entries that hold an `initdb`, resolved through symlinks to the real one. */
async function listPathDirs(env) {
    const entries = (env.PATH ?? env.Path ?? '').split(external_node_path_.delimiter).filter(Boolean);
    const dirs = await Promise.all(entries.map(async (entry) => {
        try {
            return (0,external_node_path_.dirname)(await (0,promises_.realpath)((0,external_node_path_.join)(entry, 'initdb' + exe)));
        }
        catch {
            return undefined;
        }
    }));
    return dirs.filter((dir) => dir !== undefined);
}
/**
 * Lists the usable installations, newest first, one per major version. Earlier sources win for the
 * same major: PGBIN, `pg_config --bindir`, the versioned roots, then PATH.
 */
async function findInstallations(env, roots = DEFAULT_SEARCH_ROOTS) {
    const [pgConfigDir, versioned, pathDirs] = await Promise.all([
        readPgConfigBinDir(env),
        listVersionedDirs(roots),
        listPathDirs(env),
    ]);
    const candidates = [
        ...(env.PGBIN ? [{ dir: env.PGBIN }] : []),
        ...(pgConfigDir ? [{ dir: pgConfigDir }] : []),
        ...versioned,
        ...pathDirs.map((dir) => ({ dir })),
    ];
    const resolved = await Promise.all(candidates.map(async ({ dir, version }) => {
        if (!(await hasServerBinaries(dir)))
            return undefined;
        const binDir = await (0,promises_.realpath)(dir).catch(() => dir);
        return { binDir, version: version ?? (await readMajorVersion(binDir)) };
    }));
    const byVersion = new Map();
    for (const item of resolved) {
        if (!item || item.version === undefined || item.version < MIN_VERSION)
            continue;
        if (!byVersion.has(item.version))
            byVersion.set(item.version, { version: item.version, binDir: item.binDir });
    }
    return [...byVersion.values()].sort((a, b) => b.version - a.version);
}
/** Describes installations for an error message: "16 (/usr/lib/postgresql/16/bin), 14 (...)". */
function describeInstallations(list) {
    return list.map((item) => `${item.version} (${item.binDir})`).join(', ');
}
/**
 * Picks the installation to run: the wanted major, or the newest when `wanted` is undefined.
 * Throws InputError when the wanted major is missing, RunnerError when there is no server at all.
 */
function chooseInstallation(list, wanted) {
    if (list.length === 0) {
        throw new errors/* RunnerError */.Rn('No PostgreSQL server binaries (initdb, pg_ctl, postgres) found via PGBIN, pg_config --bindir, ' +
            '/usr/lib/postgresql/<major>/bin or PATH. GitHub-hosted Ubuntu images ship them ' +
            '(/usr/lib/postgresql/<major>/bin, e.g. 14, 16 or 18) and Windows images set PGBIN; elsewhere install ' +
            "them before this step (e.g. 'sudo apt-get install -y postgresql') or set PGBIN to their bin directory.");
    }
    const newest = list[0];
    if (wanted === undefined && newest)
        return newest;
    const match = list.find((item) => item.version === wanted);
    if (match)
        return match;
    throw new errors/* InputError */.dz(`postgres-version '${String(wanted)}' is not installed on this runner; installed: ` +
        `${describeInstallations(list)}. Set postgres-version to one of these or leave it empty for the newest.`);
}

;// CONCATENATED MODULE: ./js/postgres/cluster.js
/**
 * The server's life cycle through the stock tools: initdb creates the cluster, pg_ctl starts and
 * stops it. Every tool runs from argument arrays (no shell), as the server account when we are root.
 */



const cluster_exe = process.platform === 'win32' ? '.exe' : '';
/** A failed tool run: its combined output, for the error message. */
class ToolError extends Error {
    tool;
    output;
    constructor(tool, output) {
        super(`${tool} failed: ${output.trim().split('\n').pop() ?? ''}`);
        this.tool = tool;
        this.output = output;
    }
}
/**
 * The environment for the server tools: the caller's, minus libpq/server variables (PGPORT,
 * PGDATA … would override what we pass) and with English messages so the log is predictable.
 */
function buildToolEnv(env) {
    const clean = {};
    for (const [key, value] of Object.entries(env))
        if (!key.startsWith('PG'))
            clean[key] = value;
    clean.LC_MESSAGES = 'C';
    return clean;
}
/** Runs one server tool; resolves to stdout+stderr, rejects with ToolError. */
function runTool(ctx, tool, args, timeoutMs) {
    return new Promise((done, fail) => {
        (0,external_node_child_process_.execFile)((0,external_node_path_.join)(ctx.binDir, tool + cluster_exe), args, {
            cwd: ctx.cwd,
            env: buildToolEnv(ctx.env),
            timeout: timeoutMs,
            ...(ctx.account ? { uid: ctx.account.uid, gid: ctx.account.gid } : {}),
        }, (error, stdout, stderr) => {
            const output = `${stdout}${stderr}`;
            if (error)
                fail(new ToolError(tool, output || error.message));
            else
                done(output);
        });
    });
}
/**
 * Creates the cluster: `user` as superuser, scram-sha-256 for every connection, UTF-8. The password
 * goes through a 0600 file that is deleted right after, never through a command line. `--no-sync`:
 * a throwaway cluster need not survive a power cut, and flushing costs most of initdb's time.
 */
async function initCluster(ctx, opts) {
    const pwfile = (0,external_node_path_.join)(ctx.cwd, 'pwfile');
    const handle = await (0,promises_.open)(pwfile, 'wx', 0o600);
    try {
        await handle.writeFile(`${opts.password}\n`);
        await handle.close();
        if (ctx.account)
            await (0,promises_.chown)(pwfile, ctx.account.uid, ctx.account.gid);
        const args = ['-D', opts.dataDir, '-U', opts.user, '--auth=scram-sha-256', `--pwfile=${pwfile}`];
        args.push('-E', 'UTF8', '--no-sync');
        // C.UTF-8 sorts and case-maps the same on every glibc/musl runner; macOS keeps its own locale.
        const locale = process.platform === 'linux' ? ['--locale=C.UTF-8'] : [];
        try {
            await runTool(ctx, 'initdb', [...args, ...locale], 120_000);
        }
        catch (error) {
            if (locale.length === 0 || !(error instanceof ToolError) || !/locale/i.test(error.output))
                throw error;
            await (0,promises_.rm)(opts.dataDir, { recursive: true, force: true });
            await runTool(ctx, 'initdb', [...args, '--no-locale'], 120_000);
        }
    }
    finally {
        await handle.close().catch(() => undefined);
        await (0,promises_.rm)(pwfile, { force: true });
    }
}
/** Quotes a postgresql.conf value: '...' with embedded quotes and backslashes doubled. */
function quoteConfValue(value) {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
const CONF_NAME = 'covgate.conf';
/**
 * Writes our settings to `covgate.conf` in the data directory, included from postgresql.conf:
 * loopback only, private socket, and durability off (a test database is thrown away anyway).
 */
async function writeServerConfig(dataDir, settings, account, firstTime) {
    const lines = {
        listen_addresses: '127.0.0.1',
        port: String(settings.port),
        unix_socket_directories: process.platform === 'win32' ? '' : settings.socketDir,
        fsync: 'off',
        synchronous_commit: 'off',
        full_page_writes: 'off',
        cluster_name: 'covgate',
        ...settings.extra,
    };
    const text = Object.entries(lines)
        .map(([name, value]) => `${name} = ${quoteConfValue(value)}`)
        .join('\n');
    const file = (0,external_node_path_.join)(dataDir, CONF_NAME);
    await (0,promises_.writeFile)(file, `# Written by covgate: a throwaway test server.\n${text}\n`, { mode: 0o600 });
    if (account)
        await (0,promises_.chown)(file, account.uid, account.gid);
    if (firstTime)
        await (0,promises_.appendFile)((0,external_node_path_.join)(dataDir, 'postgresql.conf'), `\ninclude '${CONF_NAME}'\n`);
}
/** Starts the server and waits (pg_ctl -w) until it reports ready; rejects with ToolError. */
async function startServer(ctx, dataDir, logFile, timeoutMs) {
    const seconds = String(Math.max(1, Math.ceil(timeoutMs / 1000)));
    await runTool(ctx, 'pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', seconds, '-s'], timeoutMs + 5000);
}
/** Stops the server with pg_ctl (`fast` or `immediate`); true when pg_ctl says it stopped. */
async function stopServer(ctx, dataDir, mode) {
    try {
        await runTool(ctx, 'pg_ctl', ['stop', '-D', dataDir, '-m', mode, '-w', '-t', '10', '-s'], 15_000);
        return true;
    }
    catch {
        return false;
    }
}
/** The postmaster's pid from postmaster.pid, or null when there is none. */
async function readPostmasterPid(dataDir) {
    try {
        const first = (await (0,promises_.readFile)((0,external_node_path_.join)(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '';
        const pid = Number(first.trim());
        return Number.isInteger(pid) && pid > 0 ? pid : null;
    }
    catch {
        return null;
    }
}
/** The last `count` non-empty lines of the server log (empty when there is no log). */
async function readLogTail(logFile, count) {
    try {
        const lines = (await (0,promises_.readFile)(logFile, 'utf8')).split('\n').filter((line) => line.trim() !== '');
        return lines.slice(-count);
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ../../node_modules/pg/esm/index.mjs
var esm = __webpack_require__(15757);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./js/postgres/address.js
/**
 * Where the tests connect: the loopback address, the port the server gets (the preferred one when
 * nothing listens on it, else one the kernel hands out), and the URL and libpq variables.
 */

/** The loopback address the server listens on (and nothing else). */
const LOOPBACK = '127.0.0.1';
/** Listens on the port briefly; resolves to the bound port, or undefined when it is taken. */
function tryListen(port) {
    return new Promise((done) => {
        const server = (0,external_node_net_.createServer)();
        server.once('error', () => done(undefined));
        server.listen({ port, host: LOOPBACK, exclusive: true }, () => {
            const address = server.address();
            const bound = typeof address === 'object' && address ? address.port : undefined;
            server.close(() => done(bound));
        });
    });
}
/** Returns a port that is free right now on 127.0.0.1. */
async function findFreePort() {
    const port = await tryListen(0);
    if (port === undefined)
        throw new Error('could not get a free TCP port on 127.0.0.1');
    return port;
}
/**
 * Returns `preferred` when nothing listens on 127.0.0.1:preferred (a listener on 0.0.0.0 counts as
 * taken), else a free port; `changed` says which.
 */
async function choosePort(preferred) {
    if ((await tryListen(preferred)) !== undefined)
        return { port: preferred, changed: false };
    return { port: await findFreePort(), changed: true };
}
/** Builds `postgresql://user:pass@host:port/db` with every part percent-encoded. */
function buildDatabaseUrl(target) {
    const user = encodeURIComponent(target.user);
    const password = encodeURIComponent(target.password);
    const database = encodeURIComponent(target.database);
    return `postgresql://${user}:${password}@${target.host}:${target.port}/${database}`;
}
/** Builds PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE, the variables psql and libpq read. */
function buildPgEnv(target) {
    return {
        PGHOST: target.host,
        PGPORT: String(target.port),
        PGUSER: target.user,
        PGPASSWORD: target.password,
        PGDATABASE: target.database,
    };
}
/** Replaces every occurrence of the secret (and its URL-encoded form) in text with `***`. */
function maskSecret(text, secret) {
    if (secret === '')
        return text;
    let masked = text.split(secret).join('***');
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret)
        masked = masked.split(encoded).join('***');
    return masked;
}
/** Quotes an SQL identifier: `"name"`, doubling embedded quotes. */
function quoteIdentifier(name) {
    return `"${name.replace(/"/g, '""')}"`;
}

;// CONCATENATED MODULE: ./js/postgres/readiness.js
/**
 * "Ready" means what the tests will do: an authenticated TCP connection with the generated
 * credentials that answers a query. An open port or pg_isready is not enough.
 */


/** SQLSTATEs and socket errors that mean "not yet", not "never". */
const TRANSIENT = new Set(['57P03', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);
const RETRY_DELAY_MS = 25;
function codeOf(error) {
    if (typeof error === 'object' && error !== null && 'code' in error) {
        const code = error.code;
        return typeof code === 'string' ? code : undefined;
    }
    return undefined;
}
async function withClient(target, timeoutMs, work) {
    const client = new esm/* default.Client */.Ay.Client({ ...target, connectionTimeoutMillis: Math.max(1000, timeoutMs) });
    // An 'error' event after connect (server going away) must not crash the process.
    client.on('error', () => undefined);
    try {
        await client.connect();
        return await work(client);
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
/**
 * Retries `work` on a fresh connection until it succeeds or `deadline` (epoch ms) passes; only
 * transient errors are retried. Rejects with the last error.
 */
async function retryUntil(target, deadline, work) {
    for (;;) {
        try {
            return await withClient(target, deadline - Date.now(), work);
        }
        catch (error) {
            const code = codeOf(error);
            if (!code || !TRANSIENT.has(code) || Date.now() + RETRY_DELAY_MS >= deadline)
                throw error;
            await new Promise((wait) => setTimeout(wait, RETRY_DELAY_MS));
        }
    }
}
/**
 * Creates `target.database` (connected to the `postgres` maintenance database as the superuser)
 * unless it exists, then proves readiness with `SELECT 1` on it.
 */
async function createDatabaseAndCheck(target, deadline) {
    if (target.database !== 'postgres') {
        await retryUntil({ ...target, database: 'postgres' }, deadline, async (client) => {
            const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [target.database]);
            if (found.rowCount === 0)
                await client.query(`CREATE DATABASE ${quoteIdentifier(target.database)}`);
        });
    }
    await retryUntil(target, deadline, async (client) => {
        const result = await client.query('SELECT 1 AS ok');
        if (result.rows[0]?.ok !== 1)
            throw new Error('SELECT 1 returned no row');
    });
}

;// CONCATENATED MODULE: ./js/postgres/state.js
/**
 * The trust check of the state main hands to post. Post removes a directory recursively and runs
 * pg_ctl, so a forged state (the PR's tests could export `STATE_covgate-postgres` through
 * GITHUB_ENV) must not choose what is removed or run. Post accepts a state only when:
 *
 * - its directory is one covgate creates — `covgate-pg-XXXXXX` directly under covgate's work dir
 *   or the system temp dir, a real directory, not a link — and holds the owner file main wrote
 *   there with the random nonce the state carries;
 * - its binaries are those of an installation covgate discovers (binaries.ts), checked only after
 *   the directory passed, so that nothing is executed for a forged state;
 * - every other field has the shape main writes.
 */



/** Name of the owner file in the private directory; holds the nonce. */
const OWNER_FILE = '.covgate-owner';
const BASE_DIR_NAME = /^covgate-pg-[A-Za-z0-9]{6}$/;
const NONCE = /^[0-9a-f]{32}$/;
const ACCOUNT = /^[a-z_][a-z0-9_-]{0,31}$/;
/** Writes a fresh nonce into `baseDir` (just created by covgate) and returns it for the state. */
async function writeOwnerNonce(baseDir) {
    const nonce = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    await (0,promises_.writeFile)((0,external_node_path_.join)(baseDir, OWNER_FILE), nonce, { mode: 0o600, flag: 'wx' });
    return nonce;
}
/** Checks the JSON text of a saved state (see the file comment). Never throws. */
async function verifyPostgresState(saved, deps) {
    const refuse = (reason, gone = false) => ({ ok: false, gone, reason });
    let value;
    try {
        value = JSON.parse(saved);
    }
    catch {
        return refuse('it is not JSON');
    }
    const state = readShape(value);
    if (typeof state === 'string')
        return refuse(state);
    const { baseDir } = state;
    const parents = deps.parents.map((p) => resolve(p));
    if (!BASE_DIR_NAME.test(basename(baseDir)) || !parents.includes(dirname(baseDir))) {
        return refuse(`${baseDir} is not a directory covgate creates`);
    }
    if (state.dataDir !== join(baseDir, 'data'))
        return refuse(`${state.dataDir} is not the data directory of ${baseDir}`);
    const info = await lstat(baseDir).catch(() => null);
    if (info === null)
        return refuse(`${baseDir} no longer exists`, true);
    if (!info.isDirectory())
        return refuse(`${baseDir} is not a directory`);
    const owner = await readFile(join(baseDir, OWNER_FILE), 'utf8').catch(() => '');
    if (owner !== state.nonce)
        return refuse(`${baseDir} does not hold the owner nonce main wrote there`);
    const installed = await deps.findInstallations();
    const binDir = await realpath(state.binDir).catch(() => state.binDir);
    if (!installed.some((i) => i.binDir === binDir)) {
        return refuse(`${state.binDir} is not a PostgreSQL installation covgate found`);
    }
    return { ok: true, state };
}
/** The state's fields, checked for the shape main writes; else the reason. */
function readShape(value) {
    if (typeof value !== 'object' || value === null)
        return 'it is not an object';
    const v = value;
    const { dataDir, baseDir, binDir, runAs, port, pid, nonce } = v;
    const absolute = (p) => typeof p === 'string' && isAbsolute(p) && resolve(p) === p;
    if (!absolute(baseDir) || !absolute(dataDir) || !absolute(binDir))
        return 'a path in it is not a plain absolute path';
    // Never root: pg_ctl is run as this account.
    if (runAs !== null && (typeof runAs !== 'string' || !ACCOUNT.test(runAs) || runAs === 'root')) {
        return 'runAs is not an unprivileged account name';
    }
    if (!Number.isSafeInteger(port) || port < 0 || port > 65535)
        return 'port is not a port';
    if (pid !== null && (!Number.isSafeInteger(pid) || pid <= 0))
        return 'pid is not a process id';
    if (typeof nonce !== 'string' || !NONCE.test(nonce))
        return 'it has no owner nonce';
    return { dataDir, baseDir, binDir, runAs, port: port, pid: pid, nonce };
}

;// CONCATENATED MODULE: ./js/postgres/teardown.js
/**
 * The post step's half: stop the server (fast, then immediate, then SIGKILL as a last resort) and
 * remove its private directory. Never throws; safe to run twice or for a server already gone.
 */




/** True while `pid` is a live process (a zombie nobody reaped counts as gone). */
async function isAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    try {
        const stat = await (0,promises_.readFile)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return true; // no /proc (macOS): trust kill(0)
    }
}
/** True when `pid` is a postgres process for `dataDir` (guards against a recycled pid). */
async function isOurServer(pid, dataDir) {
    if (!(await isAlive(pid)))
        return false;
    try {
        const cmdline = (await (0,promises_.readFile)(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
        return cmdline.includes('postgres') && cmdline.includes(dataDir);
    }
    catch {
        return process.platform !== 'linux';
    }
}
/** Pids whose parent is `pid` (Linux /proc; empty elsewhere): the server's backends and workers. */
async function listChildren(pid) {
    const children = [];
    let entries;
    try {
        entries = await (0,promises_.readdir)('/proc');
    }
    catch {
        return children;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = await (0,promises_.readFile)(`/proc/${entry}/stat`, 'utf8');
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            if (ppid === pid)
                children.push(Number(entry));
        }
        catch {
            // exited while we looked
        }
    }
    return children;
}
/** SIGKILLs the postmaster and its children; true when the postmaster is gone afterwards. */
async function killServer(pid) {
    const children = await listChildren(pid);
    for (const target of [pid, ...children]) {
        try {
            process.kill(target, 'SIGKILL');
        }
        catch {
            // already gone between the check and the kill
        }
    }
    return waitGone(pid, 5000);
}
async function waitGone(pid, ms) {
    const deadline = Date.now() + ms;
    while (await isAlive(pid)) {
        if (Date.now() > deadline)
            return false;
        await new Promise((wait) => setTimeout(wait, 50));
    }
    return true;
}
/**
 * Stops the server described by `state` and removes its directory. `stopped`: no server process of
 * this run is left; `removed`: the directory is gone. Problems are logged as warnings, not thrown.
 */
async function teardownPostgres(state, log) {
    const pid = (await readPostmasterPid(state.dataDir)) ?? state.pid;
    let stopped = pid === null || !(await isOurServer(pid, state.dataDir));
    // A state saved before the server started has no port yet (port 0).
    const where = state.port > 0 ? ` on port ${state.port}` : ` of ${state.dataDir}`;
    if (stopped) {
        log.info(`PostgreSQL: no server running for ${state.dataDir}.`);
    }
    else if (pid !== null) {
        const account = state.runAs ? ((await findAccount(state.runAs)) ?? null) : null;
        const cwd = (0,external_node_fs_.existsSync)(state.baseDir) ? state.baseDir : '/';
        const ctx = { binDir: state.binDir, account, env: process.env, cwd };
        for (const mode of ['fast', 'immediate']) {
            if ((await stopServer(ctx, state.dataDir, mode)) && (await waitGone(pid, 5000))) {
                log.info(`PostgreSQL: stopped the server${where} (pg_ctl stop -m ${mode}).`);
                stopped = true;
                break;
            }
        }
        if (!stopped) {
            stopped = await killServer(pid);
            if (stopped)
                log.warning(`PostgreSQL: pg_ctl could not stop the server; killed process ${pid}.`);
            else
                log.warning(`PostgreSQL: could not stop the server (process ${pid})${where}.`);
        }
    }
    try {
        await (0,promises_.rm)(state.baseDir, { recursive: true, force: true, maxRetries: 3 });
    }
    catch (error) {
        log.warning(`PostgreSQL: could not remove ${state.baseDir}: ${error.message}`);
    }
    const removed = !(0,external_node_fs_.existsSync)(state.baseDir);
    if (removed)
        log.info(`PostgreSQL: removed ${state.baseDir}.`);
    return { stopped, removed };
}

;// CONCATENATED MODULE: ./js/postgres/provision.js
/**
 * The facade main.ts and post.ts use: provision a private PostgreSQL server for the test phases,
 * and tear it down again. Either it returns a server that answered a query with the generated
 * credentials, or it throws with nothing left running and nothing left on disk.
 */










const DEFAULT_TIMEOUT_MS = 60_000;
const START_ATTEMPTS = 3;
const LOG_TAIL_LINES = 20;
const SERVER_LOG = 'server.log';
function checkOptions(cfg, settings) {
    if (cfg.password === '' || /[\r\n]/.test(cfg.password)) {
        throw new errors/* InputError */.dz('Invalid postgres-password: it must be one non-empty line (leave the input empty for a random one).');
    }
    for (const name of Object.keys(settings ?? {})) {
        if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) {
            throw new errors/* InputError */.dz(`Invalid PostgreSQL setting name '${name}'. Expected a name like max_connections.`);
        }
    }
}
/** `2026-01-01 12:00:00.123 UTC [42] ` in front of server log lines: noise in a one-line error. */
const LOG_PREFIX = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] /;
const SERIOUS = /\b(FATAL|PANIC|ERROR)\b/i;
const TELLING = /invalid|could not|error|failed|denied|in use/i;
/**
 * One line that explains a failure: the last FATAL/PANIC/ERROR line of the tool output or server
 * log, with up to two telling lines before it (the FATAL "configuration file contains errors"
 * follows the line naming the bad setting); else the error's own message.
 */
function explainFailure(lines, fallback) {
    const clean = lines.map((line) => line.replace(LOG_PREFIX, '').trim()).filter(Boolean);
    let last = -1;
    clean.forEach((line, index) => {
        if (SERIOUS.test(line))
            last = index;
    });
    if (last < 0)
        return fallback.trim();
    const before = clean.slice(Math.max(0, last - 2), last).filter((line) => TELLING.test(line));
    return [...before, clean[last]].join(' | ');
}
/** Longest Unix socket path (`sun_path` is 108 bytes on Linux, 104 on macOS), with room to spare. */
const MAX_SOCKET_PATH = 100;
/** The private directory for the socket, or '' (TCP only) when the socket path would be too long. */
function chooseSocketDir(baseDir, log) {
    if (Buffer.byteLength((0,external_node_path_.join)(baseDir, '.s.PGSQL.65535')) <= MAX_SOCKET_PATH)
        return baseDir;
    log.info(`PostgreSQL: ${baseDir} is too long a path for a Unix socket; the server listens on TCP only.`);
    return '';
}
/** Starts the server, moving to a fresh port when another process grabbed ours meanwhile. */
async function startOnFreePort(ctx, state, start, log) {
    let { port, changed } = await choosePort(start.wanted);
    const socketDir = chooseSocketDir(ctx.cwd, log);
    for (let attempt = 1;; attempt += 1) {
        state.port = port;
        if (changed)
            log.info(`PostgreSQL: port ${start.wanted} is taken; using free port ${port} instead.`);
        const settings = { port, socketDir, extra: start.extra };
        await writeServerConfig(state.dataDir, settings, ctx.account, attempt === 1);
        try {
            await startServer(ctx, state.dataDir, start.logFile, Math.max(1000, start.deadline - Date.now()));
            return;
        }
        catch (error) {
            const tail = (await readLogTail(start.logFile, 5)).join('\n');
            if (attempt >= START_ATTEMPTS || !/could not bind|address already in use/i.test(tail))
                throw error;
            port = await findFreePort();
            changed = true;
        }
    }
}
/**
 * Cleans up after a failed start (stop what runs, remove the directory) and throws the one-line
 * RunnerError; the server log's tail goes to the log first, the password masked everywhere.
 */
async function abandon(state, failure) {
    const { error, password, log } = failure;
    const logFile = (0,external_node_path_.join)(state.baseDir, SERVER_LOG);
    const tail = (await readLogTail(logFile, LOG_TAIL_LINES)).map((line) => maskSecret(line, password));
    const toolLines = error instanceof ToolError ? error.output.split('\n') : [];
    const message = error instanceof Error ? error.message : String(error);
    const reason = maskSecret(explainFailure([...toolLines, ...tail], message), password);
    if (tail.length > 0)
        log.info(`PostgreSQL server log (last ${tail.length} lines):\n${tail.join('\n')}`);
    await teardownPostgres(state, { info: () => undefined, warning: (msg) => log.warning(msg) });
    const where = state.port ? ` on ${LOOPBACK}:${state.port}` : '';
    const oneLine = reason.replace(/\s+/g, ' ').slice(0, 500);
    throw new errors/* RunnerError */.Rn(`PostgreSQL ${failure.version} did not start${where}: ${oneLine}`);
}
/**
 * Provisions a fresh PostgreSQL cluster under `opts.tempDir` for `cfg`, listening on 127.0.0.1
 * only, with `cfg.database` created and a query answered over TCP with the credentials.
 * Throws InputError (version not installed) or RunnerError (no binaries, start-up failure, with the
 * server log's tail); on any failure nothing is left running and the directory is removed.
 */
async function provisionPostgres(cfg, opts) {
    const began = Date.now();
    const { log } = opts;
    const deadlineBudget = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    checkOptions(cfg, opts.serverSettings);
    const install = chooseInstallation(await findInstallations(opts.env), cfg.version);
    const account = await resolveServerAccount();
    const baseDir = await createBaseDir(opts.tempDir, account, opts.env, log);
    const nonce = await writeOwnerNonce(baseDir);
    if (account) {
        log.info(`PostgreSQL: running as root and initdb refuses root, so the server runs as the '${account.name}' ` +
            `system user, which owns ${baseDir}.`);
    }
    const dataDir = (0,external_node_path_.join)(baseDir, 'data');
    const logFile = (0,external_node_path_.join)(baseDir, SERVER_LOG);
    const ctx = { binDir: install.binDir, account, env: opts.env, cwd: baseDir };
    const state = {
        dataDir,
        baseDir,
        binDir: install.binDir,
        runAs: account?.name ?? null,
        port: 0,
        pid: null,
        nonce,
    };
    opts.onState?.({ ...state });
    try {
        await initCluster(ctx, { dataDir, user: cfg.user, password: cfg.password });
        const deadline = Date.now() + deadlineBudget;
        const start = { wanted: cfg.port, logFile, extra: opts.serverSettings, deadline };
        await startOnFreePort(ctx, state, start, log);
        state.pid = await readPostmasterPid(dataDir);
        opts.onState?.({ ...state });
        const target = {
            host: LOOPBACK,
            port: state.port,
            user: cfg.user,
            password: cfg.password,
            database: cfg.database,
        };
        await createDatabaseAndCheck(target, deadline);
        const seconds = ((Date.now() - began) / 1000).toFixed(2);
        log.info(`PostgreSQL ${install.version} (${install.binDir}) ready on ${LOOPBACK}:${state.port}, ` +
            `database ${cfg.database}, user ${cfg.user}, in ${seconds} s.`);
        return {
            url: buildDatabaseUrl(target),
            env: buildPgEnv(target),
            state,
            version: install.version,
            port: state.port,
        };
    }
    catch (error) {
        return abandon(state, { error, password: cfg.password, version: install.version, log });
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./js/report/coverage-py-table.js
/**
 * Python's `round(x, digits)` then `'%.*f'`: ties go to the even digit, decided on the exact binary
 * value of `x` (JavaScript's toFixed rounds exact ties up).
 */
function formatPythonRound(x, digits) {
    const exact = x.toFixed(Math.min(100, digits + 70)); // a double in 0..100 has at most ~60 decimals
    const dot = exact.indexOf('.');
    const keep = exact.slice(0, dot + 1 + digits).replace(/\.$/, '');
    const rest = exact.slice(dot + 1 + digits);
    const half = rest[0] === '5' && /^5?0*$/.test(rest);
    const lastDigit = Number(keep.replace('.', '').slice(-1));
    const up = (rest[0] ?? '0') > '5' || (rest[0] === '5' && (!half || lastDigit % 2 === 1));
    if (!up)
        return keep;
    return (Number(keep) + 10 ** -digits).toFixed(digits);
}
/**
 * coverage.py's displayed percentage (`Numbers.display_covered`): rounded like Python, but never
 * "0" unless nothing is covered and never "100" unless everything is.
 */
function displayCoveragePyPct(covered, total, precision = 0) {
    const pc = total > 0 ? (100 * covered) / total : 100;
    const near0 = 1 / 10 ** precision;
    if (pc > 0 && pc < near0)
        return near0.toFixed(precision);
    if (pc > 100 - near0 && pc < 100)
        return (100 - near0).toFixed(precision);
    return formatPythonRound(pc, precision);
}
/** The missing destinations of a branch line, else (a report without them) none can be named. */
function coverage_py_table_destinationsOf(branch) {
    return branch.missing ?? [];
}
function numbersOf(file) {
    const n = {
        statements: file.lines.size,
        missing: 0,
        branches: 0,
        partial: 0,
        missingBranches: 0,
    };
    for (const hits of file.lines.values())
        if (hits === 0)
            n.missing += 1;
    for (const br of file.branches?.values() ?? []) {
        const untaken = br.hits.filter((h) => h === 0).length;
        n.branches += br.hits.length;
        n.missingBranches += untaken;
        if ((file.lines.get(br.line) ?? 0) > 0)
            n.partial += untaken;
    }
    return n;
}
/** `format_lines`: runs of missing statements (gaps of non-statements do not break a run). */
function missingRanges(file) {
    const statements = [...file.lines.keys()].sort((a, b) => a - b);
    const items = [];
    let start = null;
    let end = 0;
    const close = () => {
        if (start !== null)
            items.push([start, start === end ? `${start}` : `${start}-${end}`]);
        start = null;
    };
    for (const line of statements) {
        if (file.lines.get(line) === 0) {
            start ??= line;
            end = line;
        }
        else
            close();
    }
    close();
    return items;
}
/** The `Missing` column: ranges plus `line->dest` for untaken branches of lines that ran. */
function formatCoveragePyMissing(file) {
    const items = missingRanges(file);
    const missing = (line) => file.lines.get(line) === 0;
    for (const br of file.branches?.values() ?? []) {
        if (missing(br.line))
            continue;
        for (const dest of coverage_py_table_destinationsOf(br)) {
            if (dest !== 'exit' && missing(Number(dest)))
                continue;
            items.push([br.line, `${br.line}->${dest}`]);
        }
    }
    // Python sorts the (line, text) pairs: by line, then by the text's code points.
    items.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    return items.map((i) => i[1]).join(', ');
}
/** Python's `human_key`: text split into string and integer chunks, compared chunk by chunk. */
function compareHuman(a, b) {
    const ca = a.split(/(\d+)/);
    const cb = b.split(/(\d+)/);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
        const x = ca[i] ?? '';
        const y = cb[i] ?? '';
        if (i % 2 === 1 && Number(x) !== Number(y))
            return Number(x) - Number(y);
        if (i % 2 === 0 && x !== y)
            return x < y ? -1 : 1;
    }
    return ca.length - cb.length;
}
/**
 * The whole `coverage report -m` table of `data` (Branch/BrPart columns when it has branch data),
 * each line right-trimmed as coverage.py writes them, ending with a newline.
 */
function renderCoveragePyTable(data) {
    const files = [...data.files.values()];
    const withBranches = files.some((f) => f.branches !== null);
    // A loop, not Math.max(...spread): a spread of a million files overflows the call stack.
    const nameWidth = files.reduce((max, f) => Math.max(max, f.path.length), 5);
    const pad = (n) => String(n).padStart(6);
    const row = (name, n, missingText) => {
        let text = `${name.padEnd(nameWidth)}  ${pad(n.statements)} ${pad(n.missing)}`;
        if (withBranches)
            text += ` ${pad(n.branches)} ${pad(n.partial)}`;
        const covered = n.statements - n.missing + n.branches - n.missingBranches;
        const pct = n.statements > 0 ? displayCoveragePyPct(covered, n.statements + n.branches) : '100';
        return `${text}${pct.padStart(6)}%   ${missingText}`.trimEnd();
    };
    let header = `${'Name'.padEnd(nameWidth)}   Stmts   Miss`;
    if (withBranches)
        header += ' Branch BrPart';
    header += '  Cover   Missing';
    const rule = '-'.repeat(header.length);
    const total = { statements: 0, missing: 0, branches: 0, partial: 0, missingBranches: 0 };
    const rows = files.map((file) => {
        const n = numbersOf(file);
        for (const key of Object.keys(total))
            total[key] += n[key];
        return row(file.path, n, formatCoveragePyMissing(file));
    });
    rows.sort(compareHuman);
    const out = [header, rule, ...rows];
    if (files.length > 0)
        out.push(rule, row('TOTAL', total, ''));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./js/report/istanbul-table.js

const PCT = 7;
const MIN_NAME = 4;
const MIN_MISSING = 17;
/** Uncovered runs of a file's line entries ("5,14-19"); for a fully covered file, its partly covered branch lines. */
function uncoveredText(file, summary) {
    let entries;
    if (summary.lines.total > 0 && summary.lines.covered === summary.lines.total) {
        const byLine = new Map();
        for (const br of file.branches?.values() ?? []) {
            const full = br.hits.every((h) => h > 0);
            byLine.set(br.line, (byLine.get(br.line) ?? true) && full);
        }
        entries = [...byLine];
    }
    else {
        entries = [...file.lines].map(([line, hits]) => [line, hits > 0]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const ranges = [];
    let start = null;
    let end = 0;
    const close = () => {
        if (start !== null)
            ranges.push(start === end ? `${start}` : `${start}-${end}`);
        start = null;
    };
    for (const [line, hit] of entries) {
        if (hit)
            close();
        else {
            start ??= line;
            end = line;
        }
    }
    close();
    return ranges.join(',');
}
const pct = (c, empty) => (c === null ? '-' : empty ? '0' : String(c.pct));
/** The directory part of a path ('' at the top). */
const dirOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
function layOut(data, files) {
    // Files by directory in one pass (a filter per directory is quadratic on monorepos).
    const byDir = new Map();
    for (const f of files) {
        const dir = dirOf(f.path);
        const list = byDir.get(dir);
        if (list === undefined)
            byDir.set(dir, [f]);
        else
            list.push(f);
    }
    const dirs = [...byDir.keys()].sort();
    const common = dirs.length === 0 ? '' : commonDir(dirs);
    const flat = dirs.length <= 1;
    const dirSummaries = new Map();
    let nameWidth = Math.max(MIN_NAME, 'All files'.length);
    let missingWidth = MIN_MISSING;
    const missing = [];
    for (const dir of dirs) {
        const inDir = byDir.get(dir) ?? [];
        if (!flat)
            nameWidth = Math.max(nameWidth, 1 + dirName(dir, common).length);
        for (const f of inDir) {
            nameWidth = Math.max(nameWidth, (flat ? 1 : 2) + fileName(f.path, dir, common, flat).length);
            const text = missingText(data, f);
            missing.push(text);
            missingWidth = Math.max(missingWidth, text.length);
        }
        dirSummaries.set(dir, (0,coverage_summary/* sumSummaries */.Un)(inDir));
    }
    const total = (0,coverage_summary/* sumSummaries */.Un)(dirSummaries.values());
    return { dirs, byDir, missing, common, dirSummaries, total, nameWidth, missingWidth };
}
/** The "Uncovered Line #s" of a file of the table. */
function missingText(data, f) {
    const file = data.files.get(f.path);
    return file === undefined ? '' : uncoveredText(file, f);
}
/** A directory's row name: relative to the common directory, `.` for the common one itself. */
function dirName(dir, common) {
    if (dir === common)
        return '.';
    return common === '' ? dir : dir.slice(common.length + 1);
}
/** A file's row name: its path under the common directory (one level), else its base name. */
function fileName(path, dir, common, flat) {
    if (flat)
        return common === '' ? path : path.slice(common.length + 1);
    return path.slice(dir === '' ? 0 : dir.length + 1);
}
/** Rows in the `pkg` layout: one directory level under "All files", relative to the common directory. */
function* tableRows(layout) {
    const { dirs, byDir, common } = layout;
    const flat = dirs.length <= 1;
    let index = 0;
    yield { name: 'All files', depth: 0, summary: layout.total, missing: '' };
    for (const dir of dirs) {
        const summary = layout.dirSummaries.get(dir);
        if (!flat && summary !== undefined)
            yield { name: dirName(dir, common), depth: 1, summary, missing: '' };
        for (const f of byDir.get(dir) ?? []) {
            const name = fileName(f.path, dir, common, flat);
            yield { name, depth: flat ? 1 : 2, summary: f, missing: layout.missing[index++] ?? '' };
        }
    }
}
function commonDir(dirs) {
    const parts = dirs.map((d) => (d === '' ? [] : d.split('/')));
    const first = parts[0] ?? [];
    let n = 0;
    while (n < first.length && parts.every((p) => p[n] === first[n]))
        n++;
    return first.slice(0, n).join('/');
}
/**
 * The table's lines, without line ends, made one at a time (see {@link Layout}). `files` are the
 * summaries of `data`'s files (the report's rows carry them), in path order.
 */
function* istanbulTableLines(data, files) {
    const layout = layOut(data, files);
    const { nameWidth, missingWidth } = layout;
    const cells = (name, s, missing) => [
        name.padEnd(nameWidth),
        (s[0] ?? '').padStart(PCT),
        (s[1] ?? '').padStart(PCT + 1),
        (s[2] ?? '').padStart(PCT),
        (s[3] ?? '').padStart(PCT),
        missing.padEnd(missingWidth),
    ].join(' | ') + ' ';
    const dash = (n) => '-'.repeat(n);
    const rule = [dash(nameWidth), dash(PCT), dash(PCT + 1), dash(PCT), dash(PCT), dash(missingWidth)].join('-|-') + '-';
    yield rule;
    yield cells('File', ['% Stmts', '% Branch', '% Funcs', '% Lines'], 'Uncovered Line #s');
    yield rule;
    for (const r of tableRows(layout)) {
        const empty = r.summary.lines.total === 0;
        const s = r.summary;
        const values = [
            pct(s.statements, empty),
            pct(s.branches, empty),
            pct(s.functions, empty),
            pct(s.lines, empty),
        ];
        yield cells(`${' '.repeat(r.depth)}${r.name}`, values, r.missing);
    }
    yield rule;
}
/** The whole table, ending with a newline. */
function renderIstanbulTable(data) {
    const files = [...data.files.values()].map((f) => ({ path: f.path, ...summarizeFile(f) }));
    return [...istanbulTableLines(data, files)].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./js/report/text.js
/**
 * Plain-text renderings for logs and `covgate report --format text`: a pytest-cov style
 * "term-missing" table and a few lines on deltas, patch coverage and thresholds. Pure.
 */






/** Collapses line numbers into ranges: [12, 13, 14, 15, 40] -> "12-15, 40". */
function formatLineRanges(lines) {
    return toLineRanges(lines).map(formatRange).join(', ');
}
function text_formatPct(pct) {
    return `${pct}%`;
}
/**
 * The term-missing table's lines (without line ends): Name, Stmts (executable lines), Miss, Cover,
 * Missing, with a TOTAL row, like `pytest --cov-report=term-missing`. Made one at a time: the
 * column widths are measured first, so a million-file table is never a million rows at once.
 */
function* termMissingLines(report) {
    const t = report.totals.lines;
    const total = ['TOTAL', String(t.total), String(t.total - t.covered), text_formatPct(t.pct), ''];
    const header = ['Name', 'Stmts', 'Miss', 'Cover', 'Missing'];
    const widths = [0, 1, 2, 3].map((c) => Math.max((header[c] ?? '').length, (total[c] ?? '').length));
    const widen = (c, text) => {
        widths[c] = Math.max(widths[c] ?? 0, text.length);
    };
    for (const f of report.files) {
        widen(0, f.path);
        widen(1, String(f.lines.total));
        widen(2, String(f.lines.total - f.lines.covered));
        widen(3, text_formatPct(f.lines.pct));
    }
    const gaps = ['', '   ', '   ', '  '];
    const format = (r) => [
        (r[0] ?? '').padEnd(widths[0] ?? 0),
        ...[1, 2, 3].map((c) => (gaps[c] ?? '') + (r[c] ?? '').padStart(widths[c] ?? 0)),
        r[4] ? `   ${r[4]}` : '',
    ]
        .join('')
        .trimEnd();
    const rule = '-'.repeat(format(header).length);
    yield format(header);
    yield rule;
    for (const f of report.files) {
        yield format([
            f.path,
            String(f.lines.total),
            String(f.lines.total - f.lines.covered),
            text_formatPct(f.lines.pct),
            formatLineRanges(f.missingLines),
        ]);
    }
    yield rule;
    yield format(total);
}
/** The term-missing table ({@link termMissingLines}), ending with a newline. */
function renderTermMissing(report) {
    return joinLines(termMissingLines(report));
}
/**
 * The lines of the table for the log: the producing tool's own layout — coverage.py's
 * `coverage report -m` for its reports, istanbul's `text` reporter columns for istanbul JSON and
 * lcov (`istanbulColumns`, the action's log) — else the term-missing table.
 */
function logTableLines(report, head, options = {}) {
    if (head?.producer === 'coverage.py')
        return renderCoveragePyTable(head).slice(0, -1).split('\n');
    const istanbulLike = head !== undefined && head.formats.every((f) => f === 'istanbul' || f === 'lcov');
    if (options.istanbulColumns === true && istanbulLike && head.files.size > 0)
        return istanbulTableLines(head, report.files);
    return termMissingLines(report);
}
/** The table for the log ({@link logTableLines}), ending with a newline. */
function renderLogTable(report, head, options = {}) {
    return joinLines(logTableLines(report, head, options));
}
/** Lines joined into one text ending with a newline. */
function joinLines(lines) {
    return [...lines].join('\n') + '\n';
}
/** Size of the pieces {@link lineBatches} makes: few writes, never one giant string. */
const text_BATCH = 1 << 16;
/**
 * `lines` in pieces of about 64 kB of whole lines joined by `\n` (no line end after a piece's last
 * line), made as they are taken: a million-row table reaches the log without being one string.
 */
function* lineBatches(lines) {
    let pending = [];
    let size = 0;
    for (const line of lines) {
        pending.push(line);
        size += line.length + 1;
        if (size >= text_BATCH) {
            yield pending.join('\n');
            pending = [];
            size = 0;
        }
    }
    if (pending.length > 0)
        yield pending.join('\n');
}
/**
 * Writes `pieces` one by one, letting the event loop turn after each: a write to a pipe (stdout, the
 * runner's log) holds its text until it does, so a loop of writes would hold the whole output
 * (270 MB of JSON for a million files).
 */
async function writeInTurns(pieces, write) {
    for (const piece of pieces) {
        write(piece);
        await (0,external_node_timers_promises_.setImmediate)();
    }
}
function text_formatCounts(c) {
    return c === null ? 'n/a' : `${c.pct}% (${c.covered}/${c.total})`;
}
function formatSigned(n) {
    if (n === null)
        return 'n/a';
    return n > 0 ? `+${n}` : String(n);
}
function text_formatDelta(delta) {
    return METRICS.map((m) => `${m} ${formatSigned(delta[m])}`).join(', ');
}
function formatThreshold(t) {
    const actual = t.actual === null ? 'unknown' : String(t.actual);
    const note = t.note === undefined ? '' : `: ${t.note}`;
    const next = t.suggested === undefined ? '' : `; could be ${t.suggested}`;
    return `  ${t.ok ? 'ok  ' : 'FAIL'} ${t.name} >= ${t.required} (actual ${actual}${next})${note}`;
}
function renderPatch(report) {
    const patch = report.patch;
    if (patch === null)
        return ['Patch: no diff given'];
    const head = patch.pct === null
        ? `Patch: ${report.patchNote ?? 'unknown'} (${patch.covered}/${patch.total} changed lines covered)`
        : `Patch: ${patch.pct}% (${patch.covered}/${patch.total} changed lines covered)`;
    const lines = [head];
    if (report.patchBranches !== null)
        lines.push(`Patch branches: ${text_formatCounts(report.patchBranches)}`);
    for (const f of patch.files) {
        const partial = (f.partialLines ?? []).map(describePartialLine);
        const parts = [...(f.uncoveredLines.length > 0 ? [formatLineRanges(f.uncoveredLines)] : []), ...partial];
        if (parts.length > 0)
            lines.push(`  ${f.path}: ${parts.join(', ')}`);
    }
    return lines;
}
/**
 * The whole report as text: the log table ({@link renderLogTable}), totals, base delta, patch and
 * thresholds.
 */
function renderText(report, head) {
    return joinLines(textLines(report, head));
}
/** The lines of {@link renderText}, the log table's made one at a time. */
function* textLines(report, head) {
    // Every table's last line is right-trimmed already (a rule or the TOTAL row), so the table is
    // followed by one blank line, as the whole table trimmed at its end would be.
    yield* logTableLines(report, head);
    yield '';
    const out = [];
    const total = report.totals.total ?? null;
    out.push(`Totals: ${METRICS.map((m) => `${m} ${text_formatCounts(report.totals[m])}`).join(', ')}` +
        (total === null ? '' : `, total ${text_formatCounts(total)}`));
    if (report.base !== null && report.delta !== null) {
        out.push(`Base: ${METRICS.map((m) => `${m} ${text_formatCounts(report.base?.totals[m] ?? null)}`).join(', ')}`);
        out.push(`Delta (points): ${text_formatDelta(report.delta)}`);
        for (const f of report.fileChanges) {
            out.push(`  ${f.kind} ${f.path}${f.delta.lines === null ? '' : ` lines ${formatSigned(f.delta.lines)}`}`);
        }
    }
    else {
        out.push('Base: none');
    }
    out.push(...renderPatch(report));
    if (report.thresholds.length > 0) {
        out.push('Thresholds:', ...report.thresholds.map(formatThreshold));
    }
    out.push(report.passed ? 'Result: passed' : 'Result: FAILED');
    yield* out;
}

;// CONCATENATED MODULE: ./js/report/partial-lines.js
/** One partial line as text. */
function partial_lines_describePartialLine(p) {
    if (p.missing !== undefined && p.missing.length > 0) {
        const arcs = p.missing.map((d) => `${p.line}→${/^\d+$/.test(d) ? d : 'exit'}`).join(', ');
        return `${p.line} (${p.taken} of ${p.total} branches; ${arcs} never taken)`;
    }
    const untaken = p.untaken ?? [];
    const word = untaken.length === 1 ? 'branch' : 'branches';
    return `${p.line} (${word} ${untaken.join(', ')} of ${p.total} never taken)`;
}
/** The sentence an annotation of a partial line carries. */
function describePartialAnnotation(p) {
    if (p.missing !== undefined && p.missing.length > 0) {
        const arcs = p.missing.map((d) => `${p.line}→${/^\d+$/.test(d) ? d : 'exit'}`).join(', ');
        return `Branch never taken: ${arcs} (${p.taken} of ${p.total} branches taken)`;
    }
    return `Branch never taken: ${partial_lines_describePartialLine(p).replace(/^\d+ \((.*)\)$/, '$1')}`;
}

;// CONCATENATED MODULE: ./js/report/annotations.js



/**
 * GitHub shows at most 10 annotations of each type (warning, error, notice) per step when they are
 * created with workflow commands (`::warning file=…`); later ones are dropped silently.
 */
const WORKFLOW_ANNOTATION_LIMIT = 10;
/** The Checks API accepts at most 50 annotations per create/update request; more need several requests. */
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Uncovered changed lines per path; a path listed twice (should not happen) is merged, not doubled. */
function collectUncovered(files) {
    const byPath = new Map();
    for (const file of files) {
        const lines = byPath.get(file.path) ?? new Set();
        for (const line of file.uncoveredLines)
            lines.add(line);
        byPath.set(file.path, lines);
    }
    return byPath;
}
/** `Line 40 is …` / `Lines 10–12 are …`. */
function describeRange(start, end) {
    return start === end
        ? `Line ${start} is not covered by tests`
        : `Lines ${start}–${end} are not covered by tests`;
}
/**
 * One warning per range of consecutive uncovered changed lines, worst files first (most uncovered
 * changed lines, then path), ranges in line order. Same report, same list, whatever the input order.
 */
function buildAnnotations(report) {
    const files = [...collectUncovered(report.patch?.files ?? [])]
        .filter(([, lines]) => lines.size > 0)
        .sort(([pathA, a], [pathB, b]) => b.size - a.size || (0,paths/* compareText */.n6)(pathA, pathB));
    const annotations = [];
    for (const [path, lines] of files) {
        for (const [start, end] of toLineRanges([...lines])) {
            annotations.push({
                path,
                startLine: start,
                endLine: end,
                title: start === end ? 'Uncovered changed line' : 'Uncovered changed lines',
                message: describeRange(start, end),
                level: 'warning',
            });
        }
    }
    annotations.push(...buildPartialAnnotations(report.patch?.files ?? []));
    return annotations;
}
/** One notice-level warning per changed line that ran with a branch never taken, after the uncovered ones. */
function buildPartialAnnotations(files) {
    const sorted = [...files].sort((a, b) => (0,paths/* compareText */.n6)(a.path, b.path));
    return sorted.flatMap((f) => (f.partialLines ?? []).map((p) => ({
        path: f.path,
        startLine: p.line,
        endLine: p.line,
        title: 'Partly covered changed line',
        message: describePartialAnnotation(p),
        level: 'warning',
    })));
}

;// CONCATENATED MODULE: ./js/github/check-run.js
/**
 * The check run: the verdict on the head commit, with annotations on uncovered changed lines. The
 * Checks API takes at most 50 annotations per request, so the first 50 go with the create and the
 * rest in updates (GitHub appends annotations on every update).
 */

/**
 * At most this many annotations per check run, whatever the report says: each 50 cost one request
 * (about a second, and the token's rate budget), and a publish-mode report is written by the PR's
 * own run, so its size must not choose covgate's cost. The summary says how many were left out.
 */
const CHECK_ANNOTATIONS_TOTAL_MAX = 150;
/** The Checks API rejects an `output.summary` longer than this (characters). */
const CHECK_SUMMARY_MAX = 65535;
/**
 * Creates a completed check run on `headSha` and attaches the annotations (at most
 * {@link CHECK_ANNOTATIONS_TOTAL_MAX}), 50 per request.
 * Throws the octokit RequestError on API faults (after retries).
 */
async function publishCheckRun(octokit, args) {
    const kept = args.annotations.slice(0, CHECK_ANNOTATIONS_TOTAL_MAX);
    const batches = chunk(kept.map(toApiAnnotation), CHECK_ANNOTATIONS_PER_REQUEST);
    const left = args.annotations.length - kept.length;
    const summary = left > 0 ? `${args.summary}\n\n+${left} more uncovered ranges are not annotated.` : args.summary;
    const output = { title: args.title, summary: capSummary(summary) };
    const where = { owner: args.owner, repo: args.repo };
    const { data } = await octokit.rest.checks.create({
        ...where,
        name: args.name,
        head_sha: args.headSha,
        status: 'completed',
        conclusion: args.conclusion,
        output: { ...output, annotations: batches[0] ?? [] },
    });
    for (const batch of batches.slice(1)) {
        await octokit.rest.checks.update({
            ...where,
            check_run_id: data.id,
            output: { ...output, annotations: batch },
        });
    }
    return { url: data.html_url ?? '', id: data.id };
}
function toApiAnnotation(a) {
    return {
        path: a.path,
        start_line: a.startLine,
        end_line: a.endLine,
        annotation_level: a.level,
        title: a.title,
        message: a.message,
    };
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Cuts an over-long summary at a line break and says so, rather than having the API reject it. */
function capSummary(summary) {
    if (summary.length <= CHECK_SUMMARY_MAX)
        return summary;
    const note = '\n\n… (truncated: the full report is in the job summary)';
    const cut = summary.slice(0, CHECK_SUMMARY_MAX - note.length);
    const lastBreak = cut.lastIndexOf('\n');
    return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut) + note;
}

;// CONCATENATED MODULE: ./js/github/comment.js
/**
 * The sticky PR comment: one comment per `comment-id`, found by a hidden marker and edited in place
 * on every run. Only a comment the token itself wrote AND that starts with the marker is ever
 * edited: anyone who can comment on a PR can also write the marker, and must not be able to hijack
 * (or suppress) the gate's comment. The search reads *every* page of comments — tools that read only
 * the first 30 post a duplicate on busy PRs.
 */

/** The login GitHub shows on comments made with the default `GITHUB_TOKEN`. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * The login the token's comments are authored by. A user token answers `GET /user`; an
 * installation token (GITHUB_TOKEN, a GitHub App's) gets 403 there, but GraphQL's `viewer` names its
 * bot (`github-actions`, shown as `github-actions[bot]` in REST). When both fail the default
 * token's bot is assumed.
 */
async function resolveTokenLogin(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        if (!isRefusal(error))
            throw error;
    }
    try {
        const result = await octokit.graphql('query { viewer { login } }');
        const login = result.viewer.login;
        return login.endsWith('[bot]') ? login : `${login}[bot]`;
    }
    catch {
        return ACTIONS_BOT_LOGIN;
    }
}
/**
 * Creates the sticky comment, or updates the token's own comment that starts with `marker`. When
 * several qualify (older runs), the newest is updated and the others left alone. When the edit is
 * refused, a new comment is posted and `warning` says why. Throws the octokit RequestError on
 * other API faults (after retries); `publishResults` turns those into warnings.
 */
async function upsertStickyComment(octokit, args) {
    if (args.marker.trim() === '')
        throw new Error('upsertStickyComment: the marker must not be empty');
    const body = args.body.startsWith(args.marker) ? args.body : `${args.marker}\n${args.body}`;
    const where = { owner: args.owner, repo: args.repo };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...where,
        issue_number: args.issueNumber,
        per_page: 100,
    });
    const marked = comments.filter((c) => (c.body ?? '').startsWith(args.marker));
    // Who the token is matters only when there is a candidate: the first run asks nothing more.
    const login = marked.length > 0 ? await resolveTokenLogin(octokit) : '';
    const existing = findNewest(marked.filter((c) => c.user?.login === login));
    const create = async () => {
        const { data } = await octokit.rest.issues.createComment({
            ...where,
            issue_number: args.issueNumber,
            body,
        });
        return { url: data.html_url, id: data.id, action: 'created' };
    };
    if (existing === undefined)
        return create();
    if (existing.body === body)
        return { url: existing.html_url, id: existing.id, action: 'unchanged' };
    try {
        const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
        return { url: data.html_url, id: data.id, action: 'updated' };
    }
    catch (error) {
        if (!isRefusal(error))
            throw error;
        const created = await create();
        const cause = `HTTP ${(0,errors/* httpStatusOf */.s_)(error) ?? '?'}: ${(0,errors/* describeError */.Uc)(error).replace(/ - https:\/\/docs\.github\.com\S*$/, '')}`;
        return {
            ...created,
            warning: `covgate could not edit its earlier comment ${existing.html_url} (${cause}); posted a new one`,
        };
    }
}
/** 401/403/404: the token may not do this (or cannot see it); anything else is a fault. */
function isRefusal(error) {
    const status = (0,errors/* httpStatusOf */.s_)(error);
    return status === 401 || status === 403 || status === 404;
}
/** Newest by creation time; the id (monotonic on GitHub) breaks ties. */
function findNewest(comments) {
    let newest;
    for (const c of comments) {
        if (newest === undefined ||
            c.created_at > newest.created_at ||
            (c.created_at === newest.created_at && c.id > newest.id)) {
            newest = c;
        }
    }
    return newest;
}

;// CONCATENATED MODULE: ./js/github/publish.js
/**
 * Posts the results: the sticky comment and the check run. API faults never fail the run here —
 * the gate decides the exit code — but they are never silent either: a permission problem (the
 * read-only token of a fork PR, a missing `permissions:` entry) becomes ONE warning that says what
 * to change; any other fault a warning with the API's message.
 */




const FIX = 'or use the workflow_run set-up (see README)';
/** The warning for a comment the token may not post. */
const COMMENT_PERMISSION_WARNING = `covgate could not post the PR comment: the token is read-only (fork PR) or lacks \`pull-requests: write\` — add \`permissions: pull-requests: write\`, ${FIX}`;
const CHECK_PERMISSION_WARNING = `covgate could not publish the check run: the token is read-only (fork PR) or lacks \`checks: write\` — add \`permissions: checks: write\`, ${FIX}`;
const BOTH_PERMISSION_WARNING = `covgate could not post the PR comment nor the check run: the token is read-only (fork PR) or lacks \`pull-requests: write\` and \`checks: write\` — add \`permissions: pull-requests: write\` and \`checks: write\`, ${FIX}`;
/**
 * Upserts the sticky comment (when enabled and there is a PR) and publishes the check run (when
 * asked). Never throws for API faults; every warning it returns has already gone to `log.warning`.
 */
async function publishResults(octokit, args, log) {
    const where = { owner: args.owner, repo: args.repo };
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        log.warning(message);
    };
    let commentUrl = null;
    let checkUrl = null;
    // The API's own words for a refusal, so the warning names the real cause next to the likely fix.
    let commentDenied = null;
    let checkDenied = null;
    if (args.comment.enabled && args.pullNumber === undefined) {
        log.info('covgate: no pull request for this run, so no PR comment');
    }
    else if (args.comment.enabled && args.pullNumber !== undefined) {
        try {
            const c = await upsertStickyComment(octokit, {
                ...where,
                issueNumber: args.pullNumber,
                marker: args.comment.marker,
                body: args.comment.body,
            });
            commentUrl = c.url;
            if (c.warning !== undefined)
                warn(c.warning);
            log.info(`covgate: PR comment ${c.action}: ${c.url}`);
        }
        catch (error) {
            if (isPermissionError(error))
                commentDenied = describeApiError(error);
            else
                warn(`covgate could not post the PR comment: ${describeApiError(error)}`);
        }
    }
    if (args.check !== null) {
        try {
            const run = await publishCheckRun(octokit, { ...where, headSha: args.headSha, ...args.check });
            checkUrl = run.url;
            log.info(`covgate: check run "${args.check.name}" published: ${run.url}`);
        }
        catch (error) {
            if (isPermissionError(error))
                checkDenied = describeApiError(error);
            else
                warn(`covgate could not publish the check run "${args.check.name}": ${describeApiError(error)}`);
        }
    }
    if (commentDenied !== null && checkDenied !== null)
        warn(`${BOTH_PERMISSION_WARNING} (GitHub said: ${commentDenied})`);
    else if (commentDenied !== null)
        warn(`${COMMENT_PERMISSION_WARNING} (GitHub said: ${commentDenied})`);
    else if (checkDenied !== null)
        warn(`${CHECK_PERMISSION_WARNING} (GitHub said: ${checkDenied})`);
    return { commentUrl, checkUrl, checkRefused: checkDenied !== null, warnings };
}
/** 403 (read-only token, missing permission) and 404 (what GitHub answers for unseen resources). */
function isPermissionError(error) {
    const status = (0,errors/* httpStatusOf */.s_)(error);
    return (status === 403 && !/rate limit/i.test((0,errors/* describeError */.Uc)(error))) || status === 404;
}
/** "HTTP 500: Server Error" — the status and the API's one-line message; a network error as such. */
function describeApiError(error) {
    const network = networkErrorOf(error);
    if (network !== undefined)
        return network.message;
    const status = (0,errors/* httpStatusOf */.s_)(error);
    const message = (0,errors/* describeError */.Uc)(error).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    return status === undefined ? message : `HTTP ${status}: ${message}`;
}

;// CONCATENATED MODULE: ./js/report/context.js
/**
 * What the renderers need besides the report: where the numbers came from and how the test phases
 * went. The pipeline fills it; the CLI fills what it knows.
 */
/** The label of a published report, in the comment, the summary and the check run's title. */
const REPORTED_BY_PR_LABEL = "numbers reported by the pull request's run";

;// CONCATENATED MODULE: ./js/report/budget.js
/**
 * Size budgets: the comment and the job summary stay under GitHub's limits by construction, not by
 * cutting the finished text (which could split a table row, an entity or a link in half). Every
 * variable-length part is a list of whole lines, added one at a time while they fit, and a reserved
 * "N more" line accounts for the rest.
 */
/**
 * UTF-16 code units. GitHub counts characters; a code unit count is never smaller, so staying under
 * the limit in code units stays under it in characters.
 */
const measureChars = (text) => text.length;
/** UTF-8 bytes, the unit of the job summary limit. */
const measureBytes = (text) => Buffer.byteLength(text, 'utf8');
/** Rows of already rendered lines. */
function eagerRows(lines) {
    return { length: lines.length, render: (i) => lines[i] ?? '' };
}
/** Rows rendering `items` with `render` on demand. */
function lazyRows(items, render) {
    return { length: items.length, render: (i) => render(items[i]) };
}
/**
 * Joins `head` and as many `rows` (in order) as fit in `budget`, then `more(hidden)` when rows were
 * left out. Returns '' when not even the head and the "more" line fit, or when there are no rows.
 * `more(n)` must not get longer as `n` gets smaller (true of any text that only embeds `n`).
 */
function fitLines(head, rows, more, budget, measure) {
    return fitRows(head, rows, more, budget, measure).text;
}
/** {@link fitLines}, also telling how many rows were shown. */
function fitRows(head, rows, more, budget, measure) {
    if (rows.length === 0)
        return { text: '', shown: 0 };
    const lines = [...head];
    let size = measure(head.join('\n'));
    const reserve = measure(`\n${more(rows.length)}`);
    // Rows that fit with room left for a "more" line are safe whatever follows.
    let shown = 0;
    for (; shown < rows.length; shown += 1) {
        const row = rows.render(shown);
        const cost = measure(`\n${row}`);
        if (size + cost + reserve > budget) {
            // The rest may still fit without a "more" line; that look-ahead costs at most `reserve`.
            const rest = [row];
            let restSize = size + cost;
            for (let i = shown + 1; i < rows.length && restSize <= budget; i += 1) {
                const next = rows.render(i);
                rest.push(next);
                restSize += measure(`\n${next}`);
            }
            if (restSize <= budget && shown + rest.length === rows.length) {
                return { text: [...lines, ...rest].join('\n'), shown: rows.length };
            }
            break;
        }
        lines.push(row);
        size += cost;
    }
    if (shown === rows.length)
        return { text: lines.join('\n'), shown };
    if (size + reserve > budget)
        return { text: '', shown: 0 };
    lines.push(more(rows.length - shown));
    return { text: lines.join('\n'), shown };
}
/** Keeps `text` when it fits in `budget`, else ''. For parts that are small by construction. */
function fitBlock(text, budget, measure) {
    return measure(text) <= budget ? text : '';
}
// The one text order of covgate (defined beside the paths it mostly sorts), re-exported for report/.

/** Ascending numbers with `null` last. */
function compareNullable(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? 1 : -1;
    return a - b;
}

;// CONCATENATED MODULE: ./js/report/convention.js

function round(c) {
    return { ...c, pct: Number(displayCoveragePyPct(c.covered, c.total, 2)) };
}
const roundOrNull = (c) => (c == null ? null : round(c));
function roundTotals(t) {
    const out = {
        lines: round(t.lines),
        statements: roundOrNull(t.statements),
        functions: roundOrNull(t.functions),
        branches: roundOrNull(t.branches),
    };
    if (t.total !== undefined)
        out.total = roundOrNull(t.total);
    return out;
}
/** The report with its coverage percentages in the producing tool's convention, for display only. */
function showInToolConvention(report) {
    if (report.producer !== 'coverage.py')
        return report;
    return {
        ...report,
        totals: roundTotals(report.totals),
        base: report.base === null ? null : { totals: roundTotals(report.base.totals) },
        files: report.files.map((f) => ({ ...f, ...roundTotals(f) })),
        thresholds: report.thresholds.map((t) => roundThreshold(t, report.totals)),
    };
}
/** A metric threshold's actual, rounded too — except where rounding would seem to meet a failed one. */
function roundThreshold(t, totals) {
    const metric = ['lines', 'statements', 'functions', 'branches', 'total'].find((m) => m === t.name);
    const counts = metric === undefined ? null : totals[metric];
    if (counts == null || t.actual === null)
        return t;
    const shown = Number(displayCoveragePyPct(counts.covered, counts.total, 2));
    return !t.ok && shown >= t.required ? t : { ...t, actual: shown };
}

;// CONCATENATED MODULE: ./js/report/components-table.js



const HEAD = [
    '| Component | Files | Lines | Δ Lines | Branches | Patch | Thresholds |',
    '|:--|--:|--:|--:|--:|--:|:--|',
];
function describePatch(patch) {
    if (patch === null)
        return 'unknown';
    if (patch.total === 0)
        return 'N/A';
    if (patch.pct === null)
        return 'unknown';
    return `${formatPct(patch.pct)} (${formatInteger(patch.covered)}/${formatInteger(patch.total)})`;
}
/** `✅ lines ≥ 85%` per threshold, failing ones with their actual value; `—` when there are none. */
function describeThresholds(c) {
    if (c.thresholds.length === 0)
        return NONE;
    return c.thresholds
        .map((t) => {
        const actual = t.actual === null ? 'unknown' : formatPct(t.actual);
        return t.ok
            ? `✅ ${escapeMarkdown(t.name)} ≥ ${formatNumber(t.required)}%`
            : `❌ ${escapeMarkdown(t.name)} ${actual} < ${formatNumber(t.required)}%`;
    })
        .join('<br>');
}
/** The "Components" section, within `budget`; '' when no component is configured. */
function renderComponentsTable(report, budget, measure) {
    const components = report.components;
    if (components === undefined)
        return '';
    const rows = lazyRows(Object.entries(components), ([name, c]) => {
        const label = escapeMarkdown(truncateEnd(name, 100));
        const delta = c.delta === null ? NONE : formatDelta(c.delta.lines);
        return (`| ${label} | ${formatInteger(c.files)} | ${formatCounts(c.totals.lines)} | ${delta} | ` +
            `${formatCounts(c.totals.branches)} | ${describePatch(c.patch)} | ${describeThresholds(c)} |`);
    });
    return fitLines(['#### Components', '', ...HEAD], rows, (n) => `\n… and ${formatInteger(n)} more components`, budget, measure);
}

;// CONCATENATED MODULE: ./js/report/sections.js
/**
 * The parts of the comment and job summary that are about the whole run: verdict, totals, patch
 * coverage, thresholds, provenance. Each returns Markdown; untrusted text is escaped here.
 */




/** Longest untrusted name or message shown, in code points (before escaping). */
const MAX_TEXT = 300;
/** The comment id that needs no mention in the heading. */
const DEFAULT_COMMENT_ID = 'covgate';
const METRIC_LABELS = {
    lines: 'Lines',
    statements: 'Statements',
    functions: 'Functions',
    branches: 'Branches',
};
/** The verdict shown: the outcome's when given, else the gate held and nothing else failed. */
function isPassing(report, ctx) {
    return ctx.passed ?? (report.passed && ctx.errors.length === 0);
}
/** The verdict heading, with the comment id when it is not the default. */
function renderHeading(passed, commentId) {
    const id = commentId === DEFAULT_COMMENT_ID ? '' : ` · ${escapeMarkdown(truncateEnd(commentId, 100))}`;
    return passed ? `### ✅ Coverage check passed${id}` : `### ❌ Coverage check failed${id}`;
}
/** Heading with the verdict, and a line with the key figures. */
function renderHeadline(report, ctx) {
    const heading = renderHeading(isPassing(report, ctx), ctx.commentId);
    const lines = `Lines **${formatPct(report.totals.lines.pct)}**`;
    const delta = report.delta ? ` (${formatDelta(report.delta.lines)})` : '';
    return `${heading}\n\n${lines}${delta} · Patch **${describePatchShort(report)}**`;
}
function describePatchShort(report) {
    const patch = report.patch;
    if (patch === null || patch.pct === null)
        return 'unknown';
    if (patch.total === 0)
        return 'N/A';
    return formatPct(patch.pct);
}
/** Why the check failed: each failed threshold, then each error; as a bullet list within `budget`. */
function renderReasons(report, ctx, budget, measure) {
    const failed = sortThresholds(report.thresholds).filter((t) => !t.ok);
    const reasons = [...failed, ...ctx.errors];
    const rows = lazyRows(reasons, (r) => typeof r === 'string'
        ? `- ❌ ${escapeMarkdown(truncateEnd(r, MAX_TEXT))}`
        : `- ❌ ${sections_describeThreshold(r).reason}`);
    return fitLines([], rows, (n) => `- … and ${formatInteger(n)} more`, budget, measure);
}
/** Base / Head / Δ per metric, and a sentence saying what the base is. */
function sections_renderTotals(report, ctx) {
    const rows = ['| Metric | Base | Head | Δ |', '|:--|--:|--:|--:|'];
    for (const metric of model/* METRICS */.C) {
        const head = report.totals[metric];
        const base = report.base?.totals[metric] ?? null;
        if (head === null && base === null)
            continue;
        const delta = report.delta ? formatDelta(report.delta[metric]) : NONE;
        rows.push(`| ${METRIC_LABELS[metric]} | ${formatCounts(base)} | ${formatCounts(head)} | ${delta} |`);
    }
    rows.push(...renderTotalRow(report));
    return `${rows.join('\n')}\n\n${describeBase(report, ctx.provenance)}`;
}
/** coverage.py's TOTAL (statements + branches), when the report has branch data to add. */
function renderTotalRow(report) {
    const head = report.totals.total ?? null;
    if (head === null || report.totals.branches === null)
        return [];
    const base = report.base?.totals.total ?? null;
    const delta = base === null ? NONE : formatDelta(Math.round((head.pct - base.pct) * 100) / 100 + 0);
    return [`| Total (statements + branches) | ${formatCounts(base)} | ${formatCounts(head)} | ${delta} |`];
}
function shortSha(sha) {
    return escapeMarkdownCode(truncateEnd(sha, 40).slice(0, 7));
}
function describeBase(report, p) {
    const text = p.note ? escapeMarkdown(truncateEnd(p.note, MAX_TEXT).replace(/\.$/, '')) : null;
    if (report.base === null) {
        // Stores word their reasons "no baseline: …"; the sentence already says so.
        const why = text?.replace(/^no baseline: /i, '');
        return why ? `No baseline to compare with (${why}).` : 'No baseline to compare with.';
    }
    const note = text ? ` Note: ${text}.` : '';
    if (p.baselineSource === 'file') {
        const sha = p.baselineSha ? ` (commit ${shortSha(p.baselineSha)})` : '';
        return `Compared with the base coverage report given as a file${sha}.${note}`;
    }
    const baseline = p.baselineSha ? ` ${shortSha(p.baselineSha)}` : '';
    if (p.baselineExact)
        return `Compared with the baseline${baseline} of the PR's base commit.${note}`;
    const prBase = p.baseSha ? ` ${shortSha(p.baseSha)}` : '';
    return (`⚠️ Compared with the nearest baseline${baseline} of the base branch, not the PR's base commit${prBase}: ` +
        `the deltas may include changes merged into the base branch since.${note}`);
}
/** Patch coverage in one line: covered/total, N/A, or unknown with the reason. */
function sections_renderPatch(report) {
    const patch = report.patch;
    const note = report.patchNote ? escapeMarkdown(truncateEnd(report.patchNote, MAX_TEXT)) : null;
    if (patch === null)
        return `**Patch coverage:** unknown — ${note ?? 'no diff of the changes is available'}`;
    if (patch.pct === null)
        return `**Patch coverage:** unknown — ${note ?? 'the diff is incomplete'}`;
    if (patch.total === 0)
        return '**Patch coverage:** N/A — no executable changed lines';
    const counts = `${formatInteger(patch.covered)}/${formatInteger(patch.total)} changed executable lines`;
    const branches = report.patchBranches ? ` · changed branches ${formatCounts(report.patchBranches)}` : '';
    return `**Patch coverage:** ${formatPct(patch.pct)} (${counts})${branches}`;
}
function thresholdRank(name) {
    const metric = model/* METRICS */.C.indexOf(name);
    if (metric >= 0)
        return metric;
    if (name === 'total')
        return 3.5;
    if (name === 'patch')
        return 4;
    if (name === 'max-drop')
        return 5;
    return name.startsWith('file:') ? 7 : 6;
}
/** Failing first, then metrics, patch, max-drop, others, files; then by name. Input order is irrelevant. */
function sortThresholds(thresholds) {
    return thresholds
        .map((t) => ({ t, rank: thresholdRank(t.name) }))
        .sort((a, b) => Number(a.t.ok) - Number(b.t.ok) ||
        a.rank - b.rank ||
        (0,paths/* compareText */.n6)(a.t.name, b.t.name) ||
        a.t.required - b.t.required ||
        compareNullable(a.t.actual, b.t.actual))
        .map((item) => item.t);
}
/**
 * Human text of one threshold. `max-drop` is read as: `required` = the largest allowed drop and
 * `actual` = the drop (base − head, points); the others as percentages.
 */
function sections_describeThreshold(t) {
    const required = formatNumber(t.required);
    if (t.name === 'max-drop') {
        const actual = t.actual === null ? 'unknown' : `${formatNumber(t.actual)} pts`;
        const reason = t.actual === null
            ? `Line coverage change vs base is unknown (allowed drop ${required} pts)`
            : `Line coverage dropped by ${formatNumber(t.actual)} pts, more than the allowed ${required}`;
        return { label: 'Max drop (lines)', required: `≤ ${required} pts`, actual, reason };
    }
    const actual = t.actual === null ? 'unknown' : formatPct(t.actual);
    let label;
    let subject;
    if (t.name.startsWith('file:')) {
        const path = escapeMarkdown(truncateMiddle(t.name.slice('file:'.length), MAX_TEXT));
        label = `File ${path} (lines)`;
        subject = `File ${path}: line coverage`;
    }
    else {
        const known = METRIC_LABELS[t.name] ??
            (t.name === 'patch' ? 'Patch' : t.name === 'total' ? 'Total (statements + branches)' : undefined);
        label = known ?? escapeMarkdown(truncateEnd(t.name, MAX_TEXT));
        subject = `${label} coverage`;
    }
    const note = t.note === undefined ? '' : `: ${escapeMarkdown(truncateEnd(t.note, MAX_TEXT))}`;
    const reason = t.actual === null
        ? `${subject} is unknown (required ${required}%)${note}`
        : `${subject} ${actual} is below the required ${required}%`;
    return { label, required: `≥ ${required}%`, actual, reason };
}
/** Thresholds with pass/fail, failing first, within `budget`. */
function renderThresholds(report, budget, measure, moreNote) {
    const rows = lazyRows(sortThresholds(report.thresholds), (t) => {
        const text = sections_describeThreshold(t);
        return `| ${text.label} | ${text.required} | ${text.actual} | ${t.ok ? '✅ pass' : '❌ fail'} |`;
    });
    const head = ['#### Thresholds', '', '| Threshold | Required | Actual | Result |', '|:--|--:|--:|:-:|'];
    const table = fitLines(head, rows, (n) => `\n… and ${formatInteger(n)} more thresholds${moreNote}`, budget, measure);
    return table + renderRatchet(report.thresholds);
}
/** The seed's ratchet advice: thresholds that passed with room, and the next step for each. */
function renderRatchet(thresholds) {
    const steps = thresholds.filter((t) => t.suggested !== undefined && t.actual !== null);
    if (steps.length === 0)
        return '';
    const items = steps.map((t) => `${t.name} ${formatPct(t.actual ?? 0)} — \`fail-under: ${t.name}=${formatNumber(t.required)}\` could be ${formatNumber(t.suggested ?? 0)}`);
    return `\n\n💡 Room to ratchet: ${items.join('; ')}.`;
}
/** Head, base and baseline commits, and whether the baseline is the exact base. */
function renderProvenanceLines(p) {
    const sha = (value) => value ? escapeMarkdownCode(truncateEnd(value, 64)) : 'unknown';
    const lines = [`- Head commit: ${sha(p.headSha)}`, `- PR base commit: ${sha(p.baseSha)}`];
    if (p.baselineSource === 'none') {
        lines.push('- Baseline: none — no baseline, so coverage is not compared with the base.');
    }
    else if (p.baselineSource === 'file') {
        lines.push(`- Baseline: ${sha(p.baselineSha)} from a file (\`base-coverage\` / \`--base\`).`);
    }
    else {
        const exact = p.baselineExact
            ? 'the exact PR base commit'
            : '**not the exact PR base commit** — the newest baseline of the base branch was used instead';
        lines.push(`- Baseline: ${sha(p.baselineSha)} from the baseline store (Actions cache); ${exact}.`);
    }
    if (p.note)
        lines.push(`- Note: ${escapeMarkdown(truncateEnd(p.note, MAX_TEXT))}`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./js/report/tables.js
/**
 * Per-file and per-phase tables as lists of rows, sorted with explicit tie-breakers so the same data
 * renders the same way whatever order it arrived in. The caller fits them into its size budget.
 */






/** Longest path shown, in code points (the link still points at the full path). */
const MAX_PATH = 200;
/** Header lines of the changed-files table. */
const CHANGED_FILES_HEAD = [
    '| File | Patch | Lines | Δ Lines | Uncovered changed lines |',
    '|:--|--:|--:|--:|:--|',
];
/** Header lines of the other-changes table. */
const OTHER_CHANGES_HEAD = [
    '| File | Change | Lines | Δ Lines | Δ Branches |',
    '|:--|:--|--:|--:|--:|',
];
/** Header lines of the all-files table. */
const ALL_FILES_HEAD = [
    '| File | Lines | Statements | Functions | Branches | Missing lines |',
    '|:--|--:|--:|--:|--:|:--|',
];
/** Distinct line numbers; the usual already-ascending list is counted without building a Set. */
function countDistinct(lines) {
    for (let i = 1; i < lines.length; i += 1) {
        if ((lines[i] ?? 0) <= (lines[i - 1] ?? 0))
            return new Set(lines).size;
    }
    return lines.length;
}
/** Changed files with executable changed lines, worst first (most uncovered changed lines, then path). */
function sortPatchFiles(report) {
    const items = (report.patch?.files ?? [])
        .filter((f) => f.total > 0)
        .map((f) => ({ f, uncovered: countDistinct(f.uncoveredLines) }));
    items.sort((a, b) => b.uncovered - a.uncovered ||
        (0,paths/* compareText */.n6)(a.f.path, b.f.path) ||
        a.f.total - b.f.total ||
        a.f.covered - b.f.covered);
    return items.map((item) => item.f);
}
/** Number of changed files that have no executable changed line (docs, config …). */
function countNonExecutableChanges(report) {
    return (report.patch?.files ?? []).filter((f) => f.total === 0).length;
}
function indexByPath(items) {
    const map = new Map();
    for (const item of items)
        if (!map.has(item.path))
            map.set(item.path, item);
    return map;
}
/** Builds the lookups once per render. */
function indexChangedFiles(report) {
    return {
        files: indexByPath(report.files),
        changes: indexByPath(report.fileChanges),
        hasBase: report.base !== null,
    };
}
/** Rows of the changed-files table: patch coverage, head line coverage, delta, linked uncovered ranges. */
function buildChangedFileRows(sorted, index, target, maxRanges) {
    return lazyRows(sorted, (f) => {
        const link = formatFileLink(f.path, truncateMiddle(f.path, MAX_PATH), target);
        const patch = `${formatPct((0,coverage_summary/* percent */.KN)(f.covered, f.total))} (${formatInteger(f.covered)}/${formatInteger(f.total)})`;
        const head = index.files.get(f.path);
        const lines = head ? formatPct(head.lines.pct) : NONE;
        const change = index.changes.get(f.path);
        let delta = NONE;
        if (change?.kind === 'added')
            delta = 'new';
        else if (change)
            delta = formatDelta(change.delta.lines);
        else if (index.hasBase)
            delta = formatDelta(0);
        const partial = (f.partialLines ?? []).slice(0, maxRanges).map(partial_lines_describePartialLine);
        const more = (f.partialLines?.length ?? 0) > partial.length ? ', …' : '';
        const partly = partial.length > 0 ? `partly: ${partial.join(', ')}${more}` : '';
        const uncovered = f.uncoveredLines.length > 0 || partly === '';
        const ranges = (uncovered ? formatLinkedRanges(f.path, f.uncoveredLines, target, maxRanges) : '') +
            (uncovered && partly !== '' ? '; ' : '') +
            partly;
        return `| ${link} | ${patch} | ${lines} | ${delta} | ${ranges} |`;
    });
}
/** Coverage changes not shown in the changed-files table (indirect, removed …), worst delta first. */
function selectOtherChanges(report) {
    const shown = new Set((report.patch?.files ?? []).filter((f) => f.total > 0).map((f) => f.path));
    return report.fileChanges
        .filter((d) => !shown.has(d.path))
        .sort((a, b) => compareNullable(a.delta.lines, b.delta.lines) ||
        (0,paths/* compareText */.n6)(a.path, b.path) ||
        (0,paths/* compareText */.n6)(a.kind, b.kind));
}
/** Rows of the other-changes table. */
function buildOtherChangeRows(changes, target) {
    return lazyRows(changes, (d) => {
        const display = truncateMiddle(d.path, MAX_PATH);
        const file = d.kind === 'removed' ? escapeMarkdown(display) : formatFileLink(d.path, display, target);
        const lines = d.head ? formatCounts(d.head.lines) : d.kind;
        return `| ${file} | ${d.kind} | ${lines} | ${formatDelta(d.delta.lines)} | ${formatDelta(d.delta.branches)} |`;
    });
}
/** Rows of the all-files table (job summary), by path. */
function buildAllFileRows(report, target, maxRanges) {
    const sorted = [...report.files].sort((a, b) => (0,paths/* compareText */.n6)(a.path, b.path));
    return lazyRows(sorted, (f) => {
        const link = formatFileLink(f.path, truncateMiddle(f.path, MAX_PATH), target);
        const metrics = [f.lines, f.statements, f.functions, f.branches].map(formatCounts).join(' | ');
        return `| ${link} | ${metrics} | ${formatLinkedRanges(f.path, f.missingLines, target, maxRanges)} |`;
    });
}
const PHASE_LABELS = { unit: 'Unit', full: 'Full', rest: 'Rest' };
/** The outcome of a phase in a few words. */
function describePhaseOutcome(p) {
    if (p.skipped)
        return '⏭️ skipped (an earlier phase failed)';
    if (p.timedOut)
        return '⏱️ timed out';
    if (p.signal)
        return `❌ killed by ${escapeMarkdown(truncateEnd(p.signal, 40))}`;
    if (p.exitCode === 0)
        return '✅ passed';
    if (p.exitCode === null)
        return '❌ did not finish';
    return `❌ exit ${p.exitCode}`;
}
/** `Unit`, or `Unit · shard 1` after a merge of shards. */
function phaseLabel(p) {
    const shard = p.shard === undefined ? '' : ` · ${escapeMarkdown(truncateEnd(p.shard, 100))}`;
    return `${PHASE_LABELS[p.name]}${shard}`;
}
function formatTests(t) {
    return `${formatInteger(t.passed)} passed, ${formatInteger(t.failed)} failed, ${formatInteger(t.skipped)} skipped`;
}
/**
 * Rows of the test-phase table, in the order the phases ran; after a merge of shards, a last row
 * sums the tests of every shard.
 */
function buildPhaseRows(phases) {
    const rows = phases.map((p) => {
        const command = escapeMarkdownCode(truncateEnd(p.command, MAX_TEXT), { inTable: true });
        const duration = p.skipped ? NONE : formatDuration(p.durationMs);
        const t = p.tests;
        const tests = t
            ? `${formatInteger(t.passed)} passed, ${formatInteger(t.failed)} failed, ${formatInteger(t.skipped)} skipped${describeSkips(t)}`
            : NONE;
        return `| ${phaseLabel(p)} | ${command} | ${describePhaseOutcome(p)} | ${duration} | ${tests} |`;
    });
    const shards = new Set(phases.map((p) => p.shard).filter((s) => s !== undefined));
    const counted = phases.filter((p) => p.tests !== null);
    if (shards.size === 0 || counted.length === 0)
        return rows;
    const sum = { passed: 0, failed: 0, skipped: 0 };
    for (const p of counted) {
        sum.passed += p.tests?.passed ?? 0;
        sum.failed += p.tests?.failed ?? 0;
        sum.skipped += p.tests?.skipped ?? 0;
    }
    rows.push(`| **All ${formatInteger(shards.size)} shards** | | | | ${formatTests(sum)} |`);
    return rows;
}
/** ` — TEST_DATABASE_URL is not set` (one reason) or ` — reason (3), other (1)`; at most three. */
function describeSkips(t) {
    const reasons = t.skipReasons ?? [];
    if (t.skipped === 0 || reasons.length === 0)
        return '';
    const text = (r) => escapeMarkdown(truncateEnd(r, 120));
    if (reasons.length === 1 && reasons[0]?.count === t.skipped)
        return ` — ${text(reasons[0].reason)}`;
    const shown = reasons.slice(0, 3).map((r) => `${text(r.reason)} (${formatInteger(r.count)})`);
    return ` — ${shown.join(', ')}${reasons.length > 3 ? ', …' : ''}`;
}
/** Header lines of the test-phase table. */
const PHASES_HEAD = ['| Phase | Command | Result | Duration | Tests |', '|:--|:--|:--|--:|:--|'];
/** One list item per failed test: phase, name, file and first line of the message. */
function buildFailureRows(phases) {
    const failures = phases.flatMap((p) => (p.tests?.failures ?? []).map((f) => ({ phase: { name: p.name, shard: p.shard }, ...f })));
    return lazyRows(failures, (f) => {
        const file = f.file ? ` (${escapeMarkdown(truncateMiddle(f.file, MAX_PATH))})` : '';
        const message = f.message ? `: ${escapeMarkdown(truncateEnd(f.message, MAX_TEXT))}` : '';
        return `- ${phaseLabel(f.phase)} · ${escapeMarkdown(truncateEnd(f.name, MAX_TEXT))}${file}${message}`;
    });
}

;// CONCATENATED MODULE: ./js/report/markdown.js
/**
 * The sticky pull-request comment: verdict first, then the numbers a reviewer needs, the worst
 * files first, and the rest in collapsed details. Pure: same report and context, same bytes.
 */








/**
 * GitHub rejects issue comments longer than 65,536 characters ("Body is too long"), and a rejected
 * update would leave a stale comment behind; the comment is built to stay under it.
 */
const COMMENT_MAX_CHARS = 65_536;
/**
 * Uncovered ranges listed per changed file before "+N more": the first level at which every changed
 * file fits, else the last (fewest ranges, most files).
 */
const COMMENT_RANGE_LEVELS = [20, 5, 2];
/**
 * Hidden marker that identifies the sticky comment of one `comment-id`. The id is percent-encoded and
 * `--` runs are broken, so no id can end the HTML comment early or make one marker a prefix of another.
 */
function commentMarker(commentId) {
    const id = encodeURIComponent(commentId).replace(/-(?=-)|(?<=-)-/g, '%2D');
    return `<!-- covgate:comment-id=${id} -->`;
}
/** `1 file`, `2 files`. */
function pluralize(n, one, many) {
    return `${formatInteger(n)} ${n === 1 ? one : many}`;
}
/** A link to the job summary, or plain words when there is no (http) URL. */
function pointToSummary(summaryUrl) {
    // A URL too long to be a run link is not linked: every part of the comment has a bounded size.
    if (!summaryUrl || !/^https?:\/\//i.test(summaryUrl) || summaryUrl.length > 500)
        return 'the job summary';
    const url = summaryUrl.replace(/[\s()<>"'`|\\[\]]/g, percentEncode);
    return `[job summary](${url})`;
}
/** The line that links the HTML report artifact (`html-report`), or '' when there is none. */
function renderHtmlLink(url) {
    if (url === null || !/^https?:\/\//i.test(url) || url.length > 500)
        return '';
    const safe = url.replace(/[\s()<>"'`|\\[\]]/g, percentEncode);
    return `📄 [Browse the HTML coverage report](${safe}): every file's source with uncovered lines and branches (a zip artifact of this run).`;
}
/** Test phases table and the failed tests, within `budget`. */
function renderPhasesSection(phases, budget, measure) {
    if (phases.length === 0)
        return '';
    const table = fitLines(['#### Test phases', '', ...PHASES_HEAD], eagerRows(buildPhaseRows(phases)), (n) => `\n… and ${n} more phases`, budget, measure);
    const failures = buildFailureRows(phases);
    if (failures.length === 0)
        return table;
    const rest = budget - measure(table) - 2;
    const list = fitLines(['**Failed tests**', ''], failures, (n) => `- … and ${pluralize(n, 'more failed test', 'more failed tests')}`, rest, measure);
    return list ? `${table}\n\n${list}` : table;
}
/**
 * The changed-files table within `budget`; `more(n)` is the line that replaces the rows that do not
 * fit. Rows list up to `rangeLevels[0]` uncovered ranges each; when not every file fits, the next
 * (smaller) level is tried, so a big PR shows more files with fewer ranges each.
 */
function renderChangedFilesSection(report, target, options) {
    if (report.patch === null)
        return '';
    const head = ['#### Changed files', ''];
    const other = countNonExecutableChanges(report);
    if (other > 0) {
        head.push(`${pluralize(other, 'changed file has', 'changed files have')} no executable changed lines.`, '');
    }
    const sorted = sortPatchFiles(report);
    if (sorted.length === 0) {
        return other > 0 ? fitBlock(head.join('\n').trimEnd(), options.budget, options.measure) : '';
    }
    const context = indexChangedFiles(report);
    let fitted = { text: '', shown: 0 };
    for (const maxRanges of options.rangeLevels) {
        const rows = buildChangedFileRows(sorted, context, target, maxRanges);
        fitted = fitRows([...head, ...CHANGED_FILES_HEAD], rows, options.more, options.budget, options.measure);
        if (fitted.shown === sorted.length)
            break;
    }
    return fitted.text;
}
/** Files whose coverage changed outside the changed lines, in a collapsed block when `collapsed`. */
function renderOtherChangesSection(report, target, options) {
    const changes = selectOtherChanges(report);
    if (changes.length === 0)
        return '';
    const kinds = new Map();
    for (const c of changes)
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    const breakdown = [...kinds.entries()]
        .sort(([a], [b]) => (0,paths/* compareText */.n6)(a, b))
        .map(([kind, n]) => `${formatInteger(n)} ${kind}`)
        .join(', ');
    const title = `Coverage changes in files without changed lines: ${pluralize(changes.length, 'file', 'files')} (${breakdown})`;
    const head = options.collapsed
        ? [`<details><summary>${title}</summary>`, '', ...OTHER_CHANGES_HEAD]
        : [`#### ${title}`, '', ...OTHER_CHANGES_HEAD];
    const tail = options.collapsed ? '\n\n</details>' : '';
    const more = (n) => `\n… and ${formatInteger(n)} more${options.moreNote}`;
    const rows = buildOtherChangeRows(changes, target);
    const body = fitLines(head, rows, more, options.budget - options.measure(tail), options.measure);
    return body ? body + tail : '';
}
/**
 * The parts the comment and the job summary both open with, in this order: verdict, why it failed
 * (only when it did), totals, patch coverage, components, thresholds, test phases. Empty parts are ''.
 */
function renderRunParts(report, ctx, options) {
    const { measure } = options;
    return [
        renderHeadline(report, ctx),
        ctx.reportedByPullRequest
            ? `> ℹ️ Published by a separate workflow — ${REPORTED_BY_PR_LABEL}; the verdict is this workflow's own, from its thresholds.`
            : '',
        isPassing(report, ctx) ? '' : renderReasons(report, ctx, options.reasonsBudget, measure),
        sections_renderTotals(report, ctx),
        renderHtmlLink(ctx.htmlReportUrl ?? null),
        sections_renderPatch(report),
        // Components share the thresholds' size share: each component row carries its thresholds.
        renderComponentsTable(report, options.thresholdsBudget, measure),
        renderThresholds(report, options.thresholdsBudget, measure, options.thresholdsMore),
        renderPhasesSection(ctx.phases, options.phasesBudget, measure),
    ];
}
/** Provenance in a collapsed block. */
function renderProvenanceSection(ctx) {
    return `<details><summary>Provenance</summary>\n\n${renderProvenanceLines(ctx.provenance)}\n\n</details>`;
}
/** Joins non-empty parts with blank lines. */
function joinParts(parts) {
    return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
/**
 * The sticky PR comment as GitHub Markdown, at most {@link COMMENT_MAX_CHARS} characters whatever the
 * report's size: every other part has a fixed share, the changed-files table gets what is left.
 */
function renderComment(fullReport, ctx) {
    const report = showInToolConvention(fullReport);
    const measure = measureChars;
    const target = makeLinkTarget(ctx.repoUrl, ctx.provenance.headSha);
    const summary = pointToSummary(ctx.summaryUrl);
    const top = [
        commentMarker(ctx.commentId),
        ...renderRunParts(report, ctx, {
            measure,
            reasonsBudget: 4_000,
            thresholdsBudget: 6_000,
            phasesBudget: 8_000,
            thresholdsMore: ` — see ${summary}`,
        }),
    ];
    const bottom = [
        renderOtherChangesSection(report, target, {
            budget: 8_000,
            measure,
            collapsed: true,
            moreNote: ` — see ${summary}`,
        }),
        renderProvenanceSection(ctx),
    ];
    // Two characters of separator per part, plus the final newline.
    const used = measure(joinParts([...top, ...bottom])) + 2;
    const files = renderChangedFilesSection(report, target, {
        budget: COMMENT_MAX_CHARS - used,
        measure,
        rangeLevels: COMMENT_RANGE_LEVELS,
        more: (n) => `\n… and ${pluralize(n, 'more file', 'more files')} — see ${summary}`,
    });
    return joinParts([...top, files, ...bottom]);
}

;// CONCATENATED MODULE: ./js/report/failure.js





/** Longest failure message shown, in code points (messages list files and globs). */
const MAX_MESSAGE = 2_000;
/** Why no report was read, in words a reader of the comment needs. */
function explainMissingReport(outcome) {
    const kinds = new Set(outcome.failures.map((f) => f.kind));
    // mode merge: this job ran no phase; the legs did, and what is missing is their shard files.
    const shard = outcome.failures.find((f) => f.kind === 'shard-failed');
    if (shard !== undefined)
        return `No coverage was merged: ${escapeMarkdown(truncateEnd(shard.title, 300))}.`;
    if (outcome.phases.length === 0 && !kinds.has('no-coverage-report')) {
        return 'No test phase ran, so no coverage was read.';
    }
    if (outcome.phases.some((p) => p.name !== 'unit' && p.skipped)) {
        return 'No coverage report was read: the full phase did not run.';
    }
    if (kinds.has('unreadable-report'))
        return 'No coverage was counted: the report could not be read.';
    if (kinds.has('no-coverage-report'))
        return 'No coverage report was found, so no threshold was checked.';
    return 'No coverage report was read: the phase failed before writing one.';
}
function renderFailureList(outcome, budget, measure) {
    const rows = lazyRows(outcome.failures, (f) => `- ❌ ${escapeMarkdown(truncateEnd(f.message, MAX_MESSAGE))}`);
    return fitLines([], rows, (n) => `- … and ${formatInteger(n)} more`, budget, measure);
}
/** The parts shared by the comment and the summary. */
function renderParts(outcome, ctx, measure) {
    return [
        renderHeading(false, ctx.commentId),
        `**${escapeMarkdown(truncateEnd(outcome.title, 300))}**`,
        renderFailureList(outcome, 20_000, measure),
        explainMissingReport(outcome),
        renderPhasesSection(outcome.phases, 20_000, measure),
    ];
}
/** The sticky comment of a run without a coverage report. */
function renderFailureComment(outcome, ctx) {
    const parts = renderParts(outcome, ctx, measureChars);
    const more = ctx.summaryUrl === null ? '' : `Details: ${pointToSummary(ctx.summaryUrl)}.`;
    return joinParts([commentMarker(ctx.commentId), ...parts, more]);
}
/** The job summary of a run without a coverage report. */
function renderFailureSummary(outcome, ctx) {
    return joinParts([
        ...renderParts(outcome, ctx, measureBytes),
        `#### Provenance\n\n${renderProvenanceLines(ctx.provenance)}`,
    ]);
}

;// CONCATENATED MODULE: ./js/report/summary.js
/**
 * The job summary: everything the comment shows, uncollapsed and with more room, plus the full
 * per-file table. It is where the comment's "N more files" points.
 */







/**
 * GitHub accepts at most 1 MiB of job summary per step and shows an error instead of a larger one;
 * the summary is built to stay under it.
 */
const SUMMARY_MAX_BYTES = 1_048_576;
/** Uncovered ranges listed per file before "+N more" (changed files, by level / all files). */
const SUMMARY_RANGE_LEVELS = [100, 20, 5];
const SUMMARY_MAX_MISSING_RANGES = 30;
const TRUNCATED = ' not shown: a job summary is limited to 1 MiB. The JSON report (`report-json` output) has every file.';
/** A sentence on annotations that GitHub's per-step cap hides, or ''. */
function renderAnnotationNote(report) {
    const count = buildAnnotations(report).length;
    if (count <= WORKFLOW_ANNOTATION_LIMIT)
        return '';
    return (`**Annotations:** ${pluralize(count, 'range', 'ranges')} of uncovered changed lines; GitHub shows ` +
        `${WORKFLOW_ANNOTATION_LIMIT} warning annotations per step, so +${formatInteger(count - WORKFLOW_ANNOTATION_LIMIT)} ` +
        `more are listed under "Changed files" only (a check run, with \`check-name\`, carries all of them in ` +
        `batches of ${CHECK_ANNOTATIONS_PER_REQUEST}).`);
}
/**
 * The job summary as GitHub Markdown, at most {@link SUMMARY_MAX_BYTES} UTF-8 bytes: every part has
 * a fixed share and the all-files table gets what is left, ending with a note when cut.
 */
function renderSummary(fullReport, ctx) {
    const report = showInToolConvention(fullReport);
    const measure = measureBytes;
    const target = makeLinkTarget(ctx.repoUrl, ctx.provenance.headSha);
    const parts = [
        ...renderRunParts(report, ctx, {
            measure,
            reasonsBudget: 50_000,
            thresholdsBudget: 100_000,
            phasesBudget: 100_000,
            thresholdsMore: ' not shown: a job summary is limited to 1 MiB.',
        }),
        renderAnnotationNote(report),
        renderChangedFilesSection(report, target, {
            budget: 300_000,
            measure,
            rangeLevels: SUMMARY_RANGE_LEVELS,
            more: (n) => `\n… and ${pluralize(n, 'more file', 'more files')}${TRUNCATED}`,
        }),
        renderOtherChangesSection(report, target, {
            budget: 150_000,
            measure,
            collapsed: false,
            moreNote: TRUNCATED,
        }),
        `#### Provenance\n\n${renderProvenanceLines(ctx.provenance)}`,
    ];
    const used = measure(joinParts(parts)) + 2;
    const allFiles = fitLines([`#### All files (${formatInteger(report.files.length)})`, '', ...ALL_FILES_HEAD], buildAllFileRows(report, target, SUMMARY_MAX_MISSING_RANGES), (n) => `\n… and ${pluralize(n, 'more file', 'more files')}${TRUNCATED}`, SUMMARY_MAX_BYTES - used, measure);
    return joinParts([...parts, allFiles]);
}

;// CONCATENATED MODULE: ./js/results.js
/**
 * Renders one Outcome into every channel the user enabled — the JSON report file, annotations, the
 * PR comment and check run, the job summary and the step outputs — and leaves post the head
 * coverage to save as a baseline. Shared by `mode: run` and `mode: publish`. Nothing here decides
 * the verdict: it is `outcome.passed`, decided once in outcome.ts.
 */













/**
 * Publishes the outcome everywhere; never throws for GitHub API faults. Returns the final outcome,
 * which differs from the input only when the JSON report could not be written.
 */
async function publishOutcome(config, deps, run) {
    const { io } = deps;
    // Secrets out before anything is cut to fit a channel (redact.ts; the edges redact again).
    let outcome = redactOutcome(run.outcome, io.redact);
    let reportPath = run.reportFile.write ? '' : run.reportFile.path;
    if (run.reportFile.write) {
        const written = await writeReportJson(io.workDir, outcome, run.ctx, io.redact);
        if (written.ok)
            reportPath = written.path;
        else
            outcome = withFailure(outcome, written.failure);
    }
    const ctx = {
        ...run.ctx,
        phases: io.redact === undefined ? run.ctx.phases : redactDeep(run.ctx.phases, io.redact),
        errors: nonGateMessages(outcome),
        passed: outcome.passed,
    };
    annotateTestFailures(config, io, outcome.phases);
    const lines = outcome.report !== null && config.annotations ? buildAnnotations(outcome.report) : [];
    const viaCheck = config.checkName !== undefined && deps.octokit !== null;
    if (!viaCheck)
        writeAnnotations(io, lines);
    const posted = await postToGitHub(config, deps, { outcome, ctx, pullNumber: run.pullNumber, lines });
    if (viaCheck && posted.checkRefused) {
        io.info('covgate: the check run was refused, so its annotations are written as workflow commands');
        writeAnnotations(io, lines);
    }
    await writeSummary(io, outcome, ctx);
    setOutcomeOutputs(io, outcome, posted.commentUrl, reportPath);
    // A missed threshold still saves the baseline (it is what the branch has); a failed phase does not.
    if (run.head !== null && ctx.errors.length === 0)
        await prepareBaselineSave(config, io, run.head);
    return outcome;
}
/** The comment (or the summary) of the outcome. */
function renderBody(outcome, ctx, what) {
    if (outcome.report === null) {
        return what === 'comment' ? renderFailureComment(outcome, ctx) : renderFailureSummary(outcome, ctx);
    }
    return what === 'comment' ? renderComment(outcome.report, ctx) : renderSummary(outcome.report, ctx);
}
/** Comment and check run (when there is a client); the comment's URL and whether the check was refused. */
async function postToGitHub(config, deps, run) {
    const wantsComment = config.comment && run.pullNumber !== undefined;
    if (deps.octokit === null || (!wantsComment && config.checkName === undefined)) {
        return { commentUrl: null, checkRefused: false };
    }
    const body = renderBody(run.outcome, run.ctx, 'comment');
    const { outcome } = run;
    const posted = await publishResults(deps.octokit, {
        owner: config.event.owner,
        repo: config.event.repo,
        pullNumber: run.pullNumber,
        headSha: run.ctx.provenance.headSha ?? config.event.headSha,
        comment: { enabled: wantsComment, marker: commentMarker(config.commentId), body },
        check: config.checkName === undefined
            ? null
            : {
                name: config.checkName,
                conclusion: outcome.passed ? 'success' : 'failure',
                title: `${outcome.passed ? capitalize(outcome.title) : outcome.title}${run.ctx.reportedByPullRequest ? ` (${REPORTED_BY_PR_LABEL})` : ''}`,
                summary: body,
                annotations: run.lines,
            },
    }, deps.io);
    return { commentUrl: posted.commentUrl, checkRefused: posted.checkRefused };
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** A summary that cannot be written (disk full) is a warning: the verdict is in the other channels. */
async function writeSummary(io, outcome, ctx) {
    try {
        await io.appendSummary(renderBody(outcome, ctx, 'summary'));
    }
    catch (error) {
        io.warning(`covgate could not write the job summary (GITHUB_STEP_SUMMARY): ${error.message}`);
    }
}
/** Every step output, from the outcome — the one place outputs are set. */
function setOutcomeOutputs(io, outcome, commentUrl, reportPath) {
    const report = outcome.report;
    const pct = (c) => (c == null ? '' : String(c.pct));
    io.setOutput(constants/* Outputs */.tY.Lines, pct(report?.totals.lines));
    io.setOutput(constants/* Outputs */.tY.Statements, pct(report?.totals.statements));
    io.setOutput(constants/* Outputs */.tY.Functions, pct(report?.totals.functions));
    io.setOutput(constants/* Outputs */.tY.Branches, pct(report?.totals.branches));
    io.setOutput(constants/* Outputs */.tY.Patch, report?.patch?.pct == null ? '' : String(report.patch.pct));
    io.setOutput(constants/* Outputs */.tY.Delta, report?.delta?.lines == null ? '' : String(report.delta.lines));
    io.setOutput(constants/* Outputs */.tY.Total, pct(report?.totals.total));
    io.setOutput(constants/* Outputs */.tY.SuggestedFailUnder, report ? (0,analysis_gate/* suggestFailUnder */.fx)(report.thresholds) : '');
    io.setOutput(constants/* Outputs */.tY.Passed, String(outcome.passed));
    io.setOutput(constants/* Outputs */.tY.CommentUrl, commentUrl ?? '');
    io.setOutput(constants/* Outputs */.tY.ReportJson, reportPath);
}
/** Workflow-command warnings on uncovered changed lines, within GitHub's per-step cap. */
function writeAnnotations(io, annotations) {
    for (const a of annotations.slice(0, WORKFLOW_ANNOTATION_LIMIT)) {
        io.warning(a.message, { title: a.title, file: a.path, startLine: a.startLine, endLine: a.endLine });
    }
}
/** Error annotations for failed tests (JUnit), at most GitHub's per-step cap. */
function annotateTestFailures(config, io, phases) {
    const failures = phases.flatMap((p) => (p.tests?.failures ?? []).map((f) => ({ phase: p.name, ...f })));
    for (const f of failures.slice(0, WORKFLOW_ANNOTATION_LIMIT)) {
        const file = f.file === null ? undefined : repoPath(config, f.file);
        io.error(f.message, {
            title: `${f.phase} phase: ${f.name} failed`,
            ...(file === undefined ? {} : { file }),
            ...(file === undefined || f.line === undefined ? {} : { startLine: f.line }),
        });
    }
    if (failures.length > WORKFLOW_ANNOTATION_LIMIT) {
        io.info(`covgate: +${failures.length - WORKFLOW_ANNOTATION_LIMIT} more failed tests are listed in the job summary`);
    }
}
/** A JUnit file path (relative to working-directory, or absolute) as a repo-relative path, if inside. */
function repoPath(config, file) {
    const rel = (0,external_node_path_.relative)(config.repoRoot, (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(config.workingDirectory, file));
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? undefined : rel.split('\\').join('/');
}

;// CONCATENATED MODULE: ./js/pipeline.js
















/** Runs the whole main step for `mode: run`; returns the one outcome every channel showed. */
async function runPipeline(config, deps) {
    const { io } = deps;
    const octokit = makeOctokit(config, io, deps.createOctokit);
    let databaseEnv;
    try {
        databaseEnv = await provisionDatabase(config, io);
    }
    catch (error) {
        // No server, no tests: still a verdict in every channel (a required check must not wait).
        const failure = describeSetupError(error, 'PostgreSQL could not be provisioned');
        const outcome = decideOutcome({ report: null, failures: [failure], phases: [], gateApplies: false });
        return publish(config, deps, octokit, {
            outcome,
            head: null,
            phases: [],
            provenance: emptyProvenance(config),
        });
    }
    const tests = await runTestPhases(config, io, { ...io.env, ...databaseEnv }, deps.runPhase ?? runPhase);
    const failures = collectPhaseFailures(tests);
    const head = await readHeadOrFail(config, tests, failures, io);
    // After a failed unit phase the coverage is partial: its thresholds would only add noise.
    return reportOnHead(config, deps, octokit, {
        head,
        failures,
        phases: tests.phases,
        gateApplies: !tests.stoppedEarly,
    });
}
/**
 * Step 5 from the head coverage on (shared with `mode: merge`, whose head is the merged shards):
 * base, changed lines, report, components, HTML report; then the one outcome, rendered everywhere.
 */
async function reportOnHead(config, deps, octokit, run) {
    const { io } = deps;
    const { head, failures } = run;
    let report = null;
    let provenance = emptyProvenance(config);
    let htmlReportUrl = null;
    if (head !== null) {
        const base = await restoreBase(config, io, deps.baselineStore);
        provenance = base.provenance;
        const changes = await readChanges(config, io, octokit);
        try {
            const built = buildReport({
                head,
                base: base.data,
                changes,
                thresholds: config.thresholds,
                failUnderFile: config.failUnderFile,
                maxDrop: config.maxDrop,
            });
            try {
                report = {
                    ...(0,analysis_components/* applyComponents */.Z$)(built, config.components, base.data, constants/* Inputs */.G0.Components),
                    ...run.extras,
                };
            }
            catch (error) {
                failures.push(describeSetupError(error, 'a component matches no file'));
            }
            if (report !== null)
                await logTable(io, logTableLines(report, head, { istanbulColumns: true }));
        }
        catch (error) {
            // A threshold the report cannot answer.
            failures.push(describeSetupError(error, 'the thresholds cannot be checked'));
        }
        if (report !== null && config.htmlReport) {
            htmlReportUrl = await publishHtmlReport(config, io, { head, report, changes, runUrl: deps.summaryUrl });
        }
    }
    const outcome = decideOutcome({ report, failures, phases: run.phases, gateApplies: run.gateApplies });
    return publish(config, deps, octokit, { outcome, head, phases: run.phases, provenance, htmlReportUrl });
}
/**
 * The log table in pieces of whole lines, the event loop turning between them (a million-file table
 * is never one string), then the blank line that ended it when it was logged as one text.
 */
async function logTable(io, lines) {
    await writeInTurns(lineBatches(lines), (piece) => io.info(piece));
    io.info('');
}
/** Renders the outcome into every channel (results.ts). */
async function publish(config, deps, octokit, run) {
    const ctx = {
        commentId: config.commentId,
        repoUrl: repoUrlOf(config),
        phases: run.phases,
        provenance: run.provenance,
        errors: [],
        summaryUrl: deps.summaryUrl,
        htmlReportUrl: run.htmlReportUrl ?? null,
    };
    return publishOutcome(config, { io: deps.io, octokit }, {
        outcome: run.outcome,
        ctx,
        head: run.head,
        pullNumber: config.event.pullNumber,
        reportFile: { write: true },
    });
}
/** A typed error (its message is for the user) as a failure; anything else is a bug and rethrown. */
function describeSetupError(error, title) {
    if (error instanceof errors/* InputError */.dz)
        return { kind: 'invalid-input', title, message: error.message };
    if (error instanceof errors/* RunnerError */.Rn)
        return { kind: 'setup-failed', title, message: error.message };
    throw error;
}
/** Step 2: start PostgreSQL; post tears it down from the state saved while it starts. */
async function provisionDatabase(config, io) {
    if (config.postgres === undefined)
        return {};
    const password = config.postgres.password;
    io.setSecret(password);
    if (encodeURIComponent(password) !== password)
        io.setSecret(encodeURIComponent(password));
    const postgres = config.postgres;
    // The state is saved as soon as the directory exists (and again once the server runs), so a job
    // cancelled while the server starts still has it torn down by post.
    const saveState = (state) => io.saveState(constants/* State */.Uw.Postgres, JSON.stringify(state));
    const server = await io.group('Provision PostgreSQL', () => provisionPostgres(postgres, { tempDir: io.workDir, env: io.env, log: io, onState: saveState }));
    const env = { ...server.env };
    for (const name of config.databaseUrlEnv)
        env[name] = server.url;
    for (const [name, value] of Object.entries(env))
        io.exportVariable(name, value);
    io.setOutput(constants/* Outputs */.tY.DatabaseUrl, server.url);
    io.info(`covgate: PostgreSQL ${server.version} on 127.0.0.1:${server.port}; URL in ${config.databaseUrlEnv.join(', ')}`);
    return env;
}
/** Step 5c: the PR's changed lines (git, else the REST API); `null` outside pull requests. */
async function readChanges(config, io, octokit) {
    const { event } = config;
    if (event.pullNumber === undefined)
        return null;
    return getChangeSet({
        cwd: config.repoRoot,
        baseSha: event.baseSha,
        headSha: event.headSha,
        octokit,
        owner: event.owner,
        repo: event.repo,
        pullNumber: event.pullNumber,
        log: io,
    });
}
/** The REST client, or `null` without a token (then nothing is posted, and the log says so). */
function makeOctokit(config, io, factory = createOctokit) {
    if (config.githubToken === '') {
        io.info('covgate: github-token is empty, so no PR comment or check run is posted');
        return null;
    }
    const timing = config.apiWriteIntervalMs === undefined ? {} : { writeIntervalMs: config.apiWriteIntervalMs };
    return factory(config.githubToken, config.event.apiUrl, io, timing);
}
/** `https://github.com/owner/repo`, for links to lines. */
function repoUrlOf(config) {
    const { serverUrl, owner, repo } = config.event;
    return owner !== '' && repo !== '' ? `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}` : null;
}

;// CONCATENATED MODULE: ./js/shard/merge-shards.js
/**
 * Merges the shards of one matrix into what `mode: run` would have had after its phases: one
 * coverage (hit counts added, so shards of one suite give exactly the numbers of one unsharded
 * run), every shard's phases, and the reasons the verdict must fail — a missing shard, a failed
 * shard, a shard of another commit. Pure.
 */

function merge_shards_shortSha(sha) {
    return sha === '' ? '(unknown commit)' : sha.slice(0, 12);
}
/** A new, empty merger. */
function createShardMerger() {
    const files = new Map();
    const formats = [];
    const infos = [];
    return {
        add(shard) {
            const { coverage, ...info } = shard;
            if (coverage !== null) {
                formats.push(...coverage.formats);
                for (const file of coverage.files.values())
                    addFileCoverage(files, file);
            }
            infos.push({ ...info, files: coverage?.files.size ?? 0, hasCoverage: coverage !== null });
        },
        finish(expected, headSha) {
            const merged = judgeShards(infos, expected, headSha);
            return {
                ...merged,
                coverage: infos.some((s) => s.hasCoverage) ? toCoverageData(files, formats) : null,
            };
        },
    };
}
/** Merges `shards` at once (see {@link ShardMerger}). */
function mergeShards(shards, expected, headSha) {
    const merger = createShardMerger();
    for (const shard of shards)
        merger.add(shard);
    return merger.finish(expected, headSha);
}
/** Everything but the coverage: the phases, the shard list and the reasons to fail. */
function judgeShards(shards, expected, headSha) {
    const sorted = [...shards].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const failures = [];
    let partial = false;
    if (sorted.length < expected) {
        partial = true;
        const names = sorted.map((s) => `'${s.name}'`).join(', ') || 'none';
        failures.push(`${sorted.length} of ${expected} shards reported (got ${names}); a leg failed before writing its shard file or its artifact was not downloaded`);
    }
    else if (sorted.length > expected) {
        failures.push(`${sorted.length} shard files found but shard-count is ${expected}; check the shard-files globs and shard-count`);
    }
    const seen = new Set();
    for (const s of sorted) {
        if (seen.has(s.name)) {
            failures.push(`shard '${s.name}' reported twice (${s.source}); give each leg its own shard-name`);
        }
        seen.add(s.name);
    }
    const shas = [...new Set(sorted.map((s) => s.headSha))];
    if (shas.length > 1) {
        const list = shas.map((sha) => {
            const names = sorted.filter((s) => s.headSha === sha).map((s) => `'${s.name}'`);
            return `${merge_shards_shortSha(sha)} (${names.join(', ')})`;
        });
        failures.push(`shards are from different commits: ${list.join(', ')}; merge the shards of one run`);
        partial = true;
    }
    else if (headSha !== '' && shas[0] !== undefined && shas[0] !== headSha) {
        failures.push(`the shards are of commit ${merge_shards_shortSha(shas[0])}, but this run is of ${merge_shards_shortSha(headSha)}; merge the shards of this run`);
        partial = true;
    }
    for (const s of sorted) {
        for (const f of s.failures)
            failures.push(`shard '${s.name}': ${f}`);
        if (s.stoppedEarly || !s.hasCoverage)
            partial = true;
        if (!s.hasCoverage && s.failures.length === 0) {
            failures.push(`shard '${s.name}' has no coverage; run its tests with coverage`);
        }
    }
    return {
        phases: sorted.flatMap((s) => s.phases.map((p) => ({ ...p, shard: s.name }))),
        failures,
        partial,
        shards: sorted.map((s) => ({
            name: s.name,
            headSha: s.headSha,
            files: s.files,
            passed: s.failures.length === 0,
            failures: s.failures,
        })),
    };
}

;// CONCATENATED MODULE: ./js/published-report.js

/** A report file larger than this is not one covgate wrote. */
const REPORT_FILE_MAX_BYTES = 64 * 1024 * 1024;
class ShapeError extends Error {
}
const fail = (at, expected) => {
    throw new ShapeError(`${at} should be ${expected}`);
};
const str = (v, at) => (typeof v === 'string' ? v : fail(at, 'a string'));
const num = (v, at) => typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'a number');
const bool = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'true or false'));
const nullable = (check) => (v, at) => v === null || v === undefined ? null : check(v, at);
const list = (check) => (v, at) => Array.isArray(v) ? v.map((item, i) => check(item, `${at}[${i}]`)) : fail(at, 'a list');
const record = (v, at) => typeof v === 'object' && v !== null && !Array.isArray(v)
    ? v
    : fail(at, 'an object');
const oneOf = (values) => (v, at) => values.includes(v) ? v : fail(at, `one of ${values.join(', ')}`);
const counts = (v, at) => {
    const o = record(v, at);
    return {
        covered: num(o.covered, `${at}.covered`),
        total: num(o.total, `${at}.total`),
        pct: num(o.pct, `${at}.pct`),
    };
};
const totals = (v, at) => {
    const o = record(v, at);
    const out = {
        lines: counts(o.lines, `${at}.lines`),
        statements: nullable(counts)(o.statements, `${at}.statements`),
        functions: nullable(counts)(o.functions, `${at}.functions`),
        branches: nullable(counts)(o.branches, `${at}.branches`),
    };
    // Reports written before `total` existed have none.
    if (o.total !== undefined)
        out.total = nullable(counts)(o.total, `${at}.total`);
    return out;
};
/** `partialLines` when the report has them (optional: older reports lack them). */
const partialLines = (v, at) => v === undefined
    ? {}
    : {
        partialLines: list((p, pat) => {
            const r = record(p, pat);
            const line = {
                line: num(r.line, `${pat}.line`),
                taken: num(r.taken, `${pat}.taken`),
                total: num(r.total, `${pat}.total`),
            };
            if (r.missing !== undefined)
                line.missing = list(str)(r.missing, `${pat}.missing`);
            if (r.untaken !== undefined)
                line.untaken = list(num)(r.untaken, `${pat}.untaken`);
            return line;
        })(v, at),
    };
const delta = (v, at) => {
    const o = record(v, at);
    const n = nullable(num);
    return {
        lines: n(o.lines, `${at}.lines`),
        statements: n(o.statements, `${at}.statements`),
        functions: n(o.functions, `${at}.functions`),
        branches: n(o.branches, `${at}.branches`),
    };
};
// Line numbers index a file: a fractional, negative or unsafe one cannot come from a coverage tool.
const lineNumber = (v, at) => Number.isSafeInteger(v) && v >= 1
    ? v
    : fail(at, 'a line number (a whole number from 1)');
const lineList = list(lineNumber);
const thresholdList = list((t, at) => {
    const r = record(t, at);
    return {
        name: str(r.name, `${at}.name`),
        required: num(r.required, `${at}.required`),
        actual: nullable(num)(r.actual, `${at}.actual`),
        ok: bool(r.ok, `${at}.ok`),
        ...(r.note === undefined ? {} : { note: str(r.note, `${at}.note`) }),
        ...(r.suggested === undefined ? {} : { suggested: num(r.suggested, `${at}.suggested`) }),
    };
});
/** `components` (monorepo components), so a published report renders its components table too. */
const components = (v, at) => {
    const out = {};
    for (const [name, value] of Object.entries(record(v, at))) {
        const c = record(value, `${at}.${name}`);
        const where = `${at}.${name}`;
        const patch = nullable((p, pat) => {
            const r = record(p, pat);
            return {
                covered: num(r.covered, `${pat}.covered`),
                total: num(r.total, `${pat}.total`),
                pct: nullable(num)(r.pct, `${pat}.pct`),
            };
        })(c.patch, `${where}.patch`);
        out[name] = {
            files: num(c.files, `${where}.files`),
            totals: totals(c.totals, `${where}.totals`),
            base: nullable(totals)(c.base, `${where}.base`),
            delta: nullable(delta)(c.delta, `${where}.delta`),
            patch,
            thresholds: thresholdList(c.thresholds, `${where}.thresholds`),
            passed: bool(c.passed, `${where}.passed`),
        };
    }
    return out;
};
function readReport(o) {
    const patch = nullable((v, at) => {
        const p = record(v, at);
        return {
            covered: num(p.covered, `${at}.covered`),
            total: num(p.total, `${at}.total`),
            pct: nullable(num)(p.pct, `${at}.pct`),
            files: list((f, fat) => {
                const r = record(f, fat);
                return {
                    path: str(r.path, `${fat}.path`),
                    covered: num(r.covered, `${fat}.covered`),
                    total: num(r.total, `${fat}.total`),
                    uncoveredLines: lineList(r.uncoveredLines, `${fat}.uncoveredLines`),
                    ...partialLines(r.partialLines, `${fat}.partialLines`),
                };
            })(p.files, `${at}.files`),
        };
    })(o.patch, 'patch');
    return {
        totals: totals(o.totals, 'totals'),
        files: list((f, at) => {
            const r = record(f, at);
            return {
                path: str(r.path, `${at}.path`),
                ...totals(r, at),
                missingLines: lineList(r.missingLines, `${at}.missingLines`),
                ...partialLines(r.partialLines, `${at}.partialLines`),
            };
        })(o.files, 'files'),
        base: nullable((v, at) => ({ totals: totals(record(v, at).totals, `${at}.totals`) }))(o.base, 'base'),
        delta: nullable(delta)(o.delta, 'delta'),
        patch,
        thresholds: thresholdList(o.thresholds, 'thresholds'),
        passed: bool(o.passed, 'passed'),
        fileChanges: list((f, at) => {
            const r = record(f, at);
            return {
                path: str(r.path, `${at}.path`),
                kind: oneOf(['added', 'removed', 'changed', 'indirect'])(r.kind, `${at}.kind`),
                base: nullable(totals)(r.base, `${at}.base`),
                head: nullable(totals)(r.head, `${at}.head`),
                delta: delta(r.delta, `${at}.delta`),
            };
        })(o.fileChanges ?? [], 'fileChanges'),
        patchBranches: nullable(counts)(o.patchBranches, 'patchBranches'),
        patchNote: nullable(str)(o.patchNote, 'patchNote'),
        ...(o.components === undefined || o.components === null
            ? {}
            : { components: components(o.components, 'components') }),
        ...(o.producer === undefined
            ? {}
            : { producer: oneOf(['coverage.py'])(o.producer, 'producer') }),
    };
}
const tests = (v, at) => {
    const o = record(v, at);
    return {
        passed: num(o.passed, `${at}.passed`),
        failed: num(o.failed, `${at}.failed`),
        skipped: num(o.skipped, `${at}.skipped`),
        failures: list((f, fat) => {
            const r = record(f, fat);
            return {
                name: str(r.name, `${fat}.name`),
                file: nullable(str)(r.file, `${fat}.file`),
                message: str(r.message, `${fat}.message`),
                ...(r.line === undefined ? {} : { line: num(r.line, `${fat}.line`) }),
            };
        })(o.failures, `${at}.failures`),
        ...(o.skipReasons === undefined
            ? {}
            : {
                skipReasons: list((k, kat) => {
                    const r = record(k, kat);
                    return { reason: str(r.reason, `${kat}.reason`), count: num(r.count, `${kat}.count`) };
                })(o.skipReasons, `${at}.skipReasons`),
            }),
    };
};
const phaseList = list((p, at) => {
    const r = record(p, at);
    const shard = nullable(str)(r.shard, `${at}.shard`);
    return {
        name: oneOf(['unit', 'full', 'rest'])(r.name, `${at}.name`),
        command: str(r.command, `${at}.command`),
        exitCode: nullable(num)(r.exitCode, `${at}.exitCode`),
        signal: nullable(str)(r.signal, `${at}.signal`),
        timedOut: bool(r.timedOut, `${at}.timedOut`),
        skipped: bool(r.skipped, `${at}.skipped`),
        durationMs: num(r.durationMs, `${at}.durationMs`),
        tests: nullable(tests)(r.tests, `${at}.tests`),
        ...(shard === null ? {} : { shard }),
    };
});
/**
 * Validates a list of phase results written by another covgate run (a report or a shard file);
 * returns the message of the first bad field (`<at>[1].exitCode should be a number`) or the list.
 */
function checkPhaseList(value, at) {
    try {
        return phaseList(value, at);
    }
    catch (error) {
        if (error instanceof ShapeError)
            return error.message;
        throw error;
    }
}
function readContext(v) {
    if (v === undefined || v === null)
        return { phases: [], provenance: null, errors: [] };
    const o = record(v, 'context');
    const phases = phaseList(o.phases ?? [], 'context.phases');
    const provenance = nullable((p, at) => {
        const r = record(p, at);
        return {
            headSha: nullable(str)(r.headSha, `${at}.headSha`),
            baseSha: nullable(str)(r.baseSha, `${at}.baseSha`),
            baselineSha: nullable(str)(r.baselineSha, `${at}.baselineSha`),
            baselineExact: bool(r.baselineExact, `${at}.baselineExact`),
            baselineSource: oneOf(['cache', 'file', 'none'])(r.baselineSource, `${at}.baselineSource`),
            note: nullable(str)(r.note, `${at}.note`),
        };
    })(o.provenance, 'context.provenance');
    return { phases, provenance, errors: list(str)(o.errors ?? [], 'context.errors') };
}
/** Parses and validates report-file text; throws InputError naming the file and the bad field. */
function parsePublishedReport(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`report-file ${source} is not JSON (${error.message}); give the report-json file of the run`);
    }
    try {
        const o = record(value, 'the report');
        return { report: readReport(o), context: readContext(o.context) };
    }
    catch (error) {
        if (!(error instanceof ShapeError))
            throw error;
        throw new errors/* InputError */.dz(`report-file ${source} is not a covgate report: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./js/shard/shard-name.js
var shard_name = __webpack_require__(35329);
;// CONCATENATED MODULE: ./js/shard/shard-file.js
/**
 * The shard file: everything one matrix leg (`mode: shard`) hands to the merge job, in one
 * self-contained JSON file — the leg's name, the commit it tested, its phases (JUnit counts and
 * failed tests included), the problems it met, and its coverage in covgate's serialized model with
 * repository-relative paths, so legs checked out at different paths (or on Windows) merge.
 *
 * Shard files come back through artifacts that the PR's own code could have written, so they are
 * read as untrusted data: size-capped, every field checked, any defect one line naming the file.
 */







/** Version of the shard file layout; bump it when the layout changes. */
const SHARD_FILE_VERSION = 1;
/** A shard file larger than this is not one covgate wrote (20 shards of a 10× monorepo stay far below). */
const SHARD_FILE_MAX_BYTES = 256 * 1024 * 1024;
/**
 * The file name of a shard: its name made safe for a path, plus a short hash of the exact name so
 * two legs never overwrite each other when download-artifact merges them into one directory.
 */
function shardFileName(name) {
    const safe = name
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'shard';
    const hash = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 8);
    return `covgate-shard-${safe}-${hash}.json`;
}
/** Writes the shard file into `dir`; returns its path. */
async function writeShardFile(dir, shard) {
    const json = {
        covgateShard: SHARD_FILE_VERSION,
        name: shard.name,
        headSha: shard.headSha,
        phases: shard.phases,
        failures: shard.failures,
        stoppedEarly: shard.stoppedEarly,
        coverage: shard.coverage === null ? null : serializeCoverage(shard.coverage),
    };
    await (0,promises_.mkdir)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, shardFileName(shard.name));
    await (0,promises_.writeFile)(path, JSON.stringify(json));
    return path;
}
const isStringList = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** Parses and validates shard file text; throws one InputError naming the file and the bad field. */
function parseShardFile(text, source) {
    const fail = (what) => {
        throw new errors/* InputError */.dz(`shard-files: ${source} ${what}; give the files written by covgate's mode: shard (its shard-file output)`);
    };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return fail(`is not JSON (${(0,errors/* describeError */.Uc)(error)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail('is not a shard file');
    const v = value;
    if (v.covgateShard !== SHARD_FILE_VERSION) {
        return fail(`has shard format ${JSON.stringify(v.covgateShard) ?? 'none'}, expected ${SHARD_FILE_VERSION}`);
    }
    if (typeof v.name !== 'string' || v.name === '')
        return fail('has no name');
    if (!(0,shard_name/* isValidShardName */.Ci)(v.name))
        return fail('has a name that is not one line of at most 100 characters');
    if (typeof v.headSha !== 'string')
        return fail('has no headSha');
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64}|)$/i.test(v.headSha))
        return fail('has a headSha that is not a commit SHA');
    if (!isStringList(v.failures))
        return fail('has a bad "failures" list');
    if (typeof v.stoppedEarly !== 'boolean')
        return fail('has a bad "stoppedEarly"');
    const phases = checkPhaseList(v.phases, 'phases');
    if (typeof phases === 'string')
        return fail(`is malformed: ${phases}`);
    let coverage = null;
    if (v.coverage !== null) {
        try {
            coverage = deserializeCoverage(v.coverage, source);
        }
        catch (error) {
            return fail(`has malformed coverage (${(0,errors/* describeError */.Uc)(error)})`);
        }
    }
    return {
        source,
        name: v.name,
        headSha: v.headSha,
        phases,
        failures: v.failures,
        stoppedEarly: v.stoppedEarly,
        coverage,
    };
}

;// CONCATENATED MODULE: ./js/merge-mode.js
/**
 * `mode: merge` — the job after a test matrix (`needs:` the legs, `if: always()`). It reads the
 * shard files the legs wrote, merges their coverage by hit counts and lists every leg's phases, then
 * does what `mode: run` does after its phases: baseline, changed lines, comment, check run,
 * annotations, summary, outputs, gate, and the baseline save on pushes.
 *
 * Missing shards, a failed leg and shards of another commit are failures of the verdict (with the
 * reason), never a green gate on partial coverage.
 */







/** Merges the shard files, then reports and gates on the merged coverage. */
async function runMergeMode(config, deps) {
    const { io } = deps;
    const expected = config.shardCount;
    if (expected === undefined)
        throw new errors/* InputError */.dz("Missing shard-count. mode 'merge' needs the number of legs.");
    const paths = await findShardFiles(config);
    const merged = await readAndMerge(paths, expected, config.event.headSha);
    io.info(`covgate: merged ${merged.shards.length} of ${expected} shards (${merged.shards.map((s) => s.name).join(', ') || 'none'})`);
    for (const failure of merged.failures)
        io.error(failure);
    const head = merged.coverage === null ? null : filterCoverage(merged.coverage, config.include, config.exclude);
    // The legs stored JUnit paths repository-relative; annotations resolve them from the root.
    const rooted = { ...config, workingDirectory: config.repoRoot };
    const failures = merged.failures.map((message) => ({
        kind: 'shard-failed',
        title: shortTitle(message),
        message,
    }));
    // `shards` in the JSON report: which legs were merged (the contract's key after a merge).
    return reportOnHead(rooted, deps, makeOctokit(config, io, deps.createOctokit), {
        head,
        failures,
        phases: merged.phases,
        gateApplies: !merged.partial,
        extras: { shards: merged.shards },
    });
}
/** "2 of 3 shards reported" from "2 of 3 shards reported (got a, b)", for a check run's title. */
function shortTitle(message) {
    const cut = message.indexOf(' (');
    const title = cut > 0 ? message.slice(0, cut) : message;
    return title.length > 100 ? `${title.slice(0, 99)}…` : title;
}
/** The files `shard-files` matches (relative to working-directory), sorted. */
async function findShardFiles(config) {
    const found = new Set();
    for (const pattern of config.shardFiles) {
        try {
            for (const path of await (0,dist/* glob */.TI)(pattern, { cwd: config.workingDirectory, absolute: true, dot: true })) {
                found.add(path);
            }
        }
        catch (error) {
            throw new errors/* InputError */.dz(`Invalid shard-files glob '${pattern}': ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    return [...found].sort();
}
/** Reads each shard file and folds it into the merge at once, so one shard at a time is in memory. */
async function readAndMerge(paths, expected, headSha) {
    const merger = createShardMerger();
    for (const path of paths) {
        const size = (await (0,promises_.stat)(path)).size;
        if (size > SHARD_FILE_MAX_BYTES) {
            throw new errors/* InputError */.dz(`shard-files: ${path} is larger than ${SHARD_FILE_MAX_BYTES} bytes; it is not a covgate shard file`);
        }
        merger.add(parseShardFile((await (0,promises_.readFile)(path)).toString('utf8'), path));
    }
    return merger.finish(expected, headSha);
}

;// CONCATENATED MODULE: ./js/github/pull-request.js
/**
 * The number of the one OPEN pull request whose head SHA, head repository and head branch all
 * equal the run's; `null` (with one log line saying why) when the run's head is not known, when no
 * open PR matches, or when several do (the run cannot tell them apart, so it posts to none).
 * API faults are thrown (octokit RequestError, after retries).
 */
async function findPullRequest(octokit, args, log) {
    const { headRepository, headBranch, headSha } = args;
    if (headRepository === undefined || headBranch === undefined || headSha === '') {
        log.warning('covgate: the event does not name the head SHA, repository and branch of the run (workflow_run.head_sha, head_repository, head_branch); no pull request is commented on');
        return null;
    }
    const headOwner = headRepository.split('/')[0] ?? '';
    // `head=owner:branch` narrows the list server-side; the SHA and repository are checked here.
    const open = await octokit.paginate(octokit.rest.pulls.list, {
        owner: args.owner,
        repo: args.repo,
        state: 'open',
        head: `${headOwner}:${headBranch}`,
        per_page: 100,
    });
    const matches = open.filter((p) => p.state === 'open' &&
        p.head.sha.toLowerCase() === headSha.toLowerCase() &&
        p.head.ref === headBranch &&
        p.head.repo?.full_name.toLowerCase() === headRepository.toLowerCase());
    if (matches.length > 1) {
        log.warning(`covgate: ${matches.length} open pull requests (${matches.map((p) => `#${p.number}`).join(', ')}) have head ${headRepository}:${headBranch} at ${headSha.slice(0, 7)}; posting to none of them`);
        return null;
    }
    return matches[0]?.number ?? null;
}

;// CONCATENATED MODULE: ./js/published-failure.js
/**
 * The verdict fields of a report read back in `mode: publish`: `failure` (what ended the run) and
 * `phases`, and whether the report has coverage at all (`totals: null` when the run read none).
 * Untrusted like the rest of the file: every field is type-checked, and strings only ever reach the
 * renderers, which escape them.
 */


/** Longest title or message kept from a published report. */
const published_failure_MAX_TEXT = 4_000;
function published_failure_text(value, at, source) {
    if (typeof value !== 'string')
        throw new errors/* InputError */.dz(`report-file ${source} is not a covgate report: ${at} should be a string`);
    return value.slice(0, published_failure_MAX_TEXT);
}
/** Reads `failure` (or, from older reports, `context.errors`) and whether there is coverage. */
function readPublishedVerdict(value, source) {
    const hasReport = value.totals !== null && value.totals !== undefined;
    const failure = value.failure;
    if (failure === null || failure === undefined) {
        const context = value.context;
        const errors = Array.isArray(context?.errors) ? context.errors : [];
        const failures = errors.map((e, i) => {
            const message = published_failure_text(e, `context.errors[${i}]`, source);
            return { kind: 'run-failed', title: message.slice(0, 100), message };
        });
        return { hasReport, failures };
    }
    const list = failure.failures;
    if (typeof failure !== 'object' || !Array.isArray(list)) {
        throw new errors/* InputError */.dz(`report-file ${source} is not a covgate report: failure.failures should be a list`);
    }
    const failures = list.map((f, i) => {
        const at = `failure.failures[${i}]`;
        const o = (typeof f === 'object' && f !== null ? f : {});
        const kind = FAILURE_KINDS.includes(o.kind) ? o.kind : 'run-failed';
        return {
            kind,
            title: published_failure_text(o.title, `${at}.title`, source),
            message: published_failure_text(o.message, `${at}.message`, source),
        };
    });
    return { hasReport, failures: failures.filter((f) => f.kind !== 'threshold-missed') };
}

;// CONCATENATED MODULE: ./js/published-components.js
/**
 * `mode: publish` and monorepo components: a published report's `components[*].thresholds/passed`
 * were written by the pull request's own run, so they never decide anything. The component rows are
 * evaluated again from the file's (checked) component numbers with the publish step's OWN
 * `components` input; a component that input does not name — every one when it is empty — keeps
 * its numbers and loses its thresholds.
 */


/**
 * The components evaluated with `specs` (the publish step's own), and their threshold rows under
 * the names the report's `thresholds` use for them.
 */
function recomputeComponents(components, specs) {
    const out = {};
    const rows = [];
    for (const [name, c] of Object.entries(components)) {
        const spec = specs.find((s) => s.name === name);
        const thresholds = (0,analysis_gate/* evaluateGate */.DR)({
            totals: c.totals,
            files: [],
            base: c.base,
            delta: c.delta,
            patch: c.patch === null ? null : { ...c.patch, files: [] },
            thresholds: spec?.thresholds ?? [],
        });
        out[name] = { ...c, thresholds, passed: thresholds.every((t) => t.ok) };
        rows.push(...thresholds.map((t) => ({ ...t, name: (0,analysis_components/* componentThresholdName */.yq)(name, t.name) })));
    }
    return { components: out, thresholds: rows };
}

;// CONCATENATED MODULE: ./js/published-verdict.js




/**
 * Display precision: covgate floors to two decimals (istanbul); a producing tool may round
 * (coverage.py). Either way a shown pct is within one hundredth of the exact ratio.
 */
const PCT_SLACK = 0.01 + 1e-9;
const published_verdict_isCount = (n) => Number.isSafeInteger(n) && n >= 0;
const isPercent = (n) => Number.isFinite(n) && n >= 0 && n <= 100;
/** Why `c` cannot be real counts, or `null`. */
function countsProblem(c, at) {
    if (!published_verdict_isCount(c.covered))
        return `${at}.covered (${c.covered}) is not a whole number of 0 or more`;
    if (!published_verdict_isCount(c.total))
        return `${at}.total (${c.total}) is not a whole number of 0 or more`;
    if (c.covered > c.total)
        return `${at}.covered (${c.covered}) is larger than ${at}.total (${c.total})`;
    if (!isPercent(c.pct))
        return `${at}.pct (${c.pct}) is not a percentage from 0 to 100`;
    // Nothing measurable: istanbul and coverage.py show 100; some tools show 0.
    if (c.total === 0)
        return c.pct === 100 || c.pct === 0 ? null : `${at}.pct (${c.pct}) should be 100 for 0 of 0`;
    const exact = (100 * c.covered) / c.total;
    return Math.abs(exact - c.pct) <= PCT_SLACK
        ? null
        : `${at}.pct (${c.pct}) is not ${at}.covered/${at}.total (${c.covered}/${c.total})`;
}
function totalsProblem(t, at) {
    for (const m of model/* METRICS */.C) {
        const c = t[m];
        const problem = c === null ? null : countsProblem(c, `${at}.${m}`);
        if (problem !== null)
            return problem;
    }
    return null;
}
/** A row whose `ok` says the opposite of its own `actual` against `required`. */
function thresholdProblem(t, at) {
    if (!isPercent(t.required))
        return `${at}.required (${t.required}) is not a percentage from 0 to 100`;
    if (t.actual === null)
        return null;
    if (!Number.isFinite(t.actual) || Math.abs(t.actual) > 100)
        return `${at}.actual (${t.actual}) is not a percentage`;
    // max-drop: `actual` is the drop, which must not exceed `required`; the others are minimums.
    const holds = t.name === 'max-drop' ? t.actual <= t.required + PCT_SLACK : t.actual >= t.required - PCT_SLACK;
    const fails = t.name === 'max-drop' ? t.actual > t.required - PCT_SLACK : t.actual < t.required + PCT_SLACK;
    if (t.ok && !holds)
        return `${at} says ok with actual ${t.actual} against required ${t.required}`;
    if (!t.ok && !fails)
        return `${at} says failed with actual ${t.actual} against required ${t.required}`;
    return null;
}
/** A delta that is not head minus base: it is shown, and `max-drop` rows quote it. */
function deltaMismatch(report) {
    const { base, delta } = report;
    if (base === null || delta === null)
        return null;
    for (const m of model/* METRICS */.C) {
        const head = report.totals[m];
        const was = base.totals[m];
        const d = delta[m];
        if (head === null || was === null || d === null || !Number.isFinite(d))
            continue;
        // Both sides are shown to two decimals, so their difference is within two hundredths.
        if (Math.abs(head.pct - was.pct - d) > 2 * PCT_SLACK) {
            return `delta.${m} (${d}) is not totals.${m}.pct minus base.totals.${m}.pct (${head.pct} - ${was.pct})`;
        }
    }
    return null;
}
function filesProblem(report) {
    let covered = 0;
    let total = 0;
    for (const [i, f] of report.files.entries()) {
        const problem = totalsProblem(f, `files[${i}]`);
        if (problem !== null)
            return problem;
        covered += f.lines.covered;
        total += f.lines.total;
    }
    const t = report.totals.lines;
    if (report.files.length > 0 && (covered !== t.covered || total !== t.total)) {
        return `totals.lines (${t.covered}/${t.total}) is not the sum of the files' lines (${covered}/${total})`;
    }
    return null;
}
function patchProblem(report) {
    const patch = report.patch;
    if (patch === null)
        return null;
    // pct is null when patch coverage is unknown (no full diff): then only the counts are checked.
    const own = countsProblem({ covered: patch.covered, total: patch.total, pct: patch.pct ?? 100 }, 'patch');
    if (own !== null && (patch.pct !== null || !own.startsWith('patch.pct')))
        return own;
    for (const [i, f] of patch.files.entries()) {
        const at = `patch.files[${i}]`;
        if (!published_verdict_isCount(f.covered) || !published_verdict_isCount(f.total) || f.covered > f.total)
            return `${at} has covered ${f.covered} of ${f.total}`;
    }
    return null;
}
/** Component numbers that cannot be real (their verdicts are recomputed, their numbers shown). */
function componentsProblem(report) {
    for (const [name, c] of Object.entries(report.components ?? {})) {
        const at = `components.${name}`;
        const problem = totalsProblem(c.totals, `${at}.totals`) ??
            (c.base === null ? null : totalsProblem(c.base, `${at}.base`)) ??
            (c.patch === null ||
                (published_verdict_isCount(c.patch.covered) && published_verdict_isCount(c.patch.total) && c.patch.covered <= c.patch.total)
                ? null
                : `${at}.patch has covered ${c.patch.covered} of ${c.patch.total}`);
        if (problem !== null)
            return problem;
    }
    return null;
}
/**
 * The first reason the report cannot be one covgate wrote for a real run, as a phrase naming the
 * field and its value; `null` when it is consistent.
 */
function findInconsistency(report) {
    const deltas = report.delta === null ? [] : model/* METRICS */.C.map((m) => [m, report.delta?.[m] ?? null]);
    const badDelta = deltas.find(([, d]) => d !== null && (!Number.isFinite(d) || Math.abs(d) > 100));
    const problem = totalsProblem(report.totals, 'totals') ??
        (report.base === null ? null : totalsProblem(report.base.totals, 'base.totals')) ??
        (badDelta === undefined ? null : `delta.${badDelta[0]} (${badDelta[1]}) is not a change in points`) ??
        filesProblem(report) ??
        deltaMismatch(report) ??
        patchProblem(report) ??
        (report.patchBranches === null ? null : countsProblem(report.patchBranches, 'patchBranches')) ??
        componentsProblem(report) ??
        report.thresholds.reduce((found, t, i) => found ?? thresholdProblem(t, `thresholds[${i}] (${t.name})`), null);
    if (problem !== null)
        return problem;
    if (report.passed && report.thresholds.some((t) => !t.ok)) {
        return 'passed is true while a threshold row says failed';
    }
    return null;
}
/**
 * The report with `thresholds` and `passed` evaluated again from its counts with the publish step's
 * own gate. Call only on a report {@link findInconsistency} accepted.
 */
function recomputeVerdict(report, gate) {
    const thresholds = (0,analysis_gate/* evaluateGate */.DR)({
        totals: report.totals,
        files: report.files,
        base: report.base?.totals ?? null,
        delta: report.delta,
        patch: report.patch,
        thresholds: gate.thresholds,
        failUnderFile: gate.failUnderFile,
        maxDrop: gate.maxDrop,
    });
    if (report.components === undefined)
        return { ...report, thresholds, passed: thresholds.every((t) => t.ok) };
    // The file's component verdicts are discarded like its own rows (published-components.ts).
    const own = recomputeComponents(report.components, gate.components ?? []);
    const all = [...thresholds, ...own.thresholds];
    return { ...report, components: own.components, thresholds: all, passed: all.every((t) => t.ok) };
}
/**
 * What `mode: publish` posts of a report read from `file`: rejected (InputError, one line) when
 * inconsistent, else with the verdict of the publish step's own `gate`.
 */
function trustReportNumbersOnly(report, file, gate) {
    const problem = findInconsistency(report);
    if (problem !== null) {
        throw new errors/* InputError */.dz(`report-file ${file} is not a consistent covgate report: ${problem}; post only the report-json covgate wrote`);
    }
    return recomputeVerdict(report, gate);
}

;// CONCATENATED MODULE: ./js/publish-mode.js
/**
 * `mode: publish` — the second half of the fork-safe set-up. A `workflow_run` workflow (with a
 * write token, but never running the PR's code) downloads the report-json of the PR's run and posts
 * it: the report is read as untrusted data, and the PR is found from the head SHA of the run, not
 * from anything in the file. No command runs in this mode. The outcome is rebuilt from the file and
 * rendered through the same channels as `mode: run`, failure-path reports included.
 */










/** Posts the report in `config.reportFile` to the PR whose head is the triggering run's head SHA. */
async function runPublishMode(config, deps) {
    const { io } = deps;
    const file = config.reportFile;
    if (file === undefined)
        throw new errors/* InputError */.dz('Missing report-file. mode publish needs the JSON report to post.');
    if ((await (0,promises_.stat)(file)).size > REPORT_FILE_MAX_BYTES) {
        throw new errors/* InputError */.dz(`report-file ${file} is larger than ${REPORT_FILE_MAX_BYTES} bytes; it is not a covgate report`);
    }
    const read = publish_mode_readReportFile(await (0,promises_.readFile)(file, 'utf8'), file);
    const { context, verdict } = read;
    // The verdict is this step's: its own fail-under/max-drop on the reported (checked) counts.
    const report = read.report === null ? null : trustReportNumbersOnly(read.report, file, config);
    const { headSha, headRepository, headBranch } = config.event;
    const octokit = makeOctokit(config, io, deps.createOctokit);
    const pullNumber = octokit === null
        ? undefined
        : ((await findPullRequest(octokit, { owner: config.event.owner, repo: config.event.repo, headSha, headRepository, headBranch }, io)) ?? undefined);
    io.info(pullNumber === undefined
        ? `covgate: no single open pull request has head ${headRepository ?? '?'}:${headBranch ?? '?'} at ${headSha}; nothing to comment on`
        : `covgate: publishing the report of ${headSha.slice(0, 7)} to pull request #${pullNumber}`);
    const outcome = decideOutcome({
        // The gate is recomputed from the thresholds, never taken from the file's `passed`.
        report,
        failures: [...verdict.failures, ...unknownComponents(config, report, file)],
        phases: context.phases,
        gateApplies: !verdict.failures.some((f) => f.kind === 'unit-phase-failed'),
    });
    const ctx = {
        commentId: config.commentId,
        repoUrl: repoUrlOf(config),
        phases: context.phases,
        // The SHA comes from the workflow_run event, never from the file.
        provenance: {
            baseSha: null,
            baselineSha: null,
            baselineExact: false,
            baselineSource: 'none',
            note: null,
            ...context.provenance,
            headSha,
        },
        errors: [],
        summaryUrl: deps.summaryUrl,
        reportedByPullRequest: true,
    };
    const published = await publishOutcome(config, { io, octokit }, { outcome, ctx, head: null, pullNumber, reportFile: { write: false, path: file } });
    io.setOutput(constants/* Outputs */.tY.DatabaseUrl, '');
    return published;
}
/**
 * A component of the publishing step's `components` that the report lacks: its thresholds cannot
 * be checked, which is a failure (as a component matching no file is in `mode: run`), never a pass.
 */
function unknownComponents(config, report, file) {
    if (report === null)
        return [];
    const known = Object.keys(report.components ?? {});
    return config.components
        .filter((spec) => spec.thresholds.length > 0 && !known.includes(spec.name))
        .map((spec) => ({
        kind: 'invalid-input',
        title: 'a component is not in the report',
        message: `Invalid components: component '${spec.name}' is not in report-file ${file} ` +
            `(it has ${known.length === 0 ? 'no components' : known.join(', ')}), so its thresholds cannot be checked; ` +
            'give the run that writes the report the same components, or remove it here',
    }));
}
/** The report (or `null` when the run read no coverage), its context and its failures. */
function publish_mode_readReportFile(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // parsePublishedReport words the error.
        return { ...parsePublishedReport(text, file), verdict: { hasReport: true, failures: [] } };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { ...parsePublishedReport(text, file), verdict: { hasReport: true, failures: [] } };
    }
    const verdict = readPublishedVerdict(value, file);
    if (verdict.hasReport)
        return { ...parsePublishedReport(text, file), verdict };
    // No coverage: validate the context (phases) through the same reader, on an empty report.
    const empty = {
        totals: { lines: { covered: 0, total: 0, pct: 0 } },
        files: [],
        thresholds: [],
        passed: false,
    };
    const { context } = parsePublishedReport(JSON.stringify({ ...empty, context: value.context }), file);
    return { report: null, context, verdict };
}

;// CONCATENATED MODULE: ./js/shard-mode.js
/**
 * `mode: shard` — one leg of a test matrix. The phases run exactly as in `mode: run` (PostgreSQL,
 * the unit phase first, then the full phase), but nothing is posted, gated or saved: the leg writes
 * one shard file (see shard/shard-file.ts) for the `mode: merge` job, and sets `shard-file`.
 * The step fails only when the leg itself failed (a phase, or its reports could not be read), and
 * the shard file is written even then, so the merge job can name the failed leg in the verdict.
 */












/** Runs the leg's phases and writes its shard file. */
async function runShardMode(config, deps) {
    const { io } = deps;
    const databaseEnv = await provisionDatabase(config, io);
    const tests = await runTestPhases(config, io, { ...io.env, ...databaseEnv }, deps.runPhase ?? runPhase);
    const phaseFailures = collectPhaseFailures(tests);
    // An unreadable or missing report is this leg's failure; the merge job names it in the verdict.
    const coverage = await readHeadOrFail(config, tests, phaseFailures, io);
    const failures = phaseFailures.map((f) => f.message);
    const path = await writeShardFile((0,external_node_path_.join)(io.workDir, constants/* SHARD_DIR_NAME */.NX), {
        name: config.shardName,
        headSha: config.event.headSha,
        phases: tests.phases.map((p) => withRepoRelativeFiles(config, p)),
        failures,
        stoppedEarly: tests.stoppedEarly,
        coverage,
    });
    const files = coverage === null ? 'no coverage' : `coverage of ${coverage.files.size} files`;
    io.info(`covgate: shard '${config.shardName}' written to ${path} (${files}); upload it for the merge job`);
    // The leg's own summary: its phases and failures; the verdict is the merge job's.
    const verdict = failures.length === 0 ? '✅' : '❌';
    await io.appendSummary([
        `### ${verdict} covgate shard ${escapeMarkdown(config.shardName)}`,
        `${files}; the coverage verdict is posted by the mode: merge job.`,
        failures.map((f) => `- ❌ ${escapeMarkdown(f)}`).join('\n'),
        renderPhasesSection(tests.phases, 100_000, measureBytes),
    ]
        .filter((part) => part !== '')
        .join('\n\n') + '\n');
    io.setOutput(constants/* Outputs */.tY.ShardFile, path);
    io.setOutput(constants/* Outputs */.tY.Passed, String(failures.length === 0));
    // The leg's outcome: its phases and reports only (no gate: the merge job gates the whole suite).
    if (phaseFailures.length > 0) {
        return decideOutcome({ report: null, failures: phaseFailures, phases: tests.phases, gateApplies: false });
    }
    return {
        passed: true,
        title: `shard ${config.shardName} written`,
        failures: [],
        report: null,
        phases: tests.phases,
    };
}
/**
 * JUnit file paths are relative to the leg's working directory (or absolute in its workspace);
 * the merge job runs elsewhere, so they travel repository-relative — or not at all when outside it.
 */
function withRepoRelativeFiles(config, phase) {
    if (phase.tests === null)
        return phase;
    const failures = phase.tests.failures.map((f) => {
        if (f.file === null)
            return f;
        const full = (0,external_node_path_.isAbsolute)(f.file) ? f.file : (0,external_node_path_.resolve)(config.workingDirectory, f.file);
        const rel = (0,external_node_path_.relative)(config.repoRoot, full);
        const inside = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
        return { ...f, file: inside ? rel.split('\\').join('/') : null };
    });
    return { ...phase, tests: { ...phase.tests, failures } };
}

;// CONCATENATED MODULE: ./js/main.js
/**
 * The action's main step: read and validate the inputs, run the pipeline (or publish a report made
 * by an earlier run), and fail the step — the only place that does — when the outcome failed.
 */











/**
 * Runs the main step (exported for `src/entry/main.ts` and GitHub's `@github/local-action`).
 * Returns the outcome every channel showed, or `null` when the run never got that far.
 */
async function main_run(seams = {}) {
    const fail = seams.fail ?? ((m) => core/* setFailed */.C1(m));
    // Outputs that cannot be written (disk full) fail the step last, after every other channel.
    const guarded = guardOutputs(seams.io ?? createCoreIo());
    let io = guarded.io;
    const failWith = (lines) => {
        const all = [...lines, guarded.failure() ?? ''].filter((l) => l !== '');
        if (all.length > 0)
            fail(all.join('\n'));
    };
    try {
        const config = (seams.readConfig ?? inputs/* readConfig */.Xg)();
        // Every string posted from here on is redacted of the run's secrets (src/redact.ts).
        io = withRedaction(io, createRedactor({
            env: io.env,
            database: config.postgres,
            commands: [config.unitCommand, config.testCommand, config.restCommand],
        }));
        const summaryUrl = seams.summaryUrl === undefined ? (0,inputs/* readSummaryUrl */.UL)() : seams.summaryUrl;
        const common = { io, summaryUrl, ...(seams.createOctokit ? { createOctokit: seams.createOctokit } : {}) };
        const runDeps = () => ({
            ...common,
            baselineStore: seams.baselineStore ?? createBaselineStore(io),
            ...(seams.runPhase ? { runPhase: seams.runPhase } : {}),
        });
        const outcome = config.mode === 'publish'
            ? await runPublishMode(config, common)
            : config.mode === 'shard'
                ? await runShardMode(config, runDeps())
                : config.mode === 'merge'
                    ? await runMergeMode(config, runDeps())
                    : await runPipeline(config, runDeps());
        failWith(outcome.passed ? [] : [describeFailures(outcome)]);
        return outcome;
    }
    catch (error) {
        // Typed errors carry a user-facing message (all input problems one per line, a server log's
        // tail); anything else is a bug: one line for the user, the stack for `ACTIONS_STEP_DEBUG`.
        const typed = error instanceof errors/* InputError */.dz || error instanceof errors/* RunnerError */.Rn;
        if (!typed && error instanceof Error && error.stack)
            (seams.debug ?? core/* debug */.Yz)(error.stack);
        // No outcome exists (the inputs are unusable, or a runner fault): the verdict is still "failed".
        io.setOutput(constants/* Outputs */.tY.Passed, 'false');
        failWith([typed ? error.message : (0,errors/* describeError */.Uc)(error)]);
        return null;
    }
}


/***/ })

};
