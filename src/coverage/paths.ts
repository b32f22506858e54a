/**
 * Makes the file paths found in coverage reports repo-relative (`src/a.js`).
 *
 * Reports carry whatever path the producing machine used: an absolute runner path
 * (`/home/runner/work/x/x/src/a.js`), a container path (`/__w/x/x/src/a.js`), a Windows path
 * (`C:\a\x\x\src\a.js`), a `file://` URL, or a path relative to the cwd of the tool or to a
 * Cobertura `<source>`. Pure string work: nothing here touches the file system.
 */

/** Options of {@link createRepoPathResolver}. */
export interface RepoPathOptions {
  /** Absolute repository root (GITHUB_WORKSPACE or `--root`), POSIX or Windows form. */
  root: string;
  /** Directories relative paths are resolved against (Cobertura `<source>`), tried in order. */
  sourceRoots?: string[];
  /**
   * Absolute directory the producing tool ran in (the working directory): relative paths and
   * relative source roots start there. Defaults to `root`.
   */
  baseDir?: string;
  /**
   * Optional existence check of a repo-relative candidate; when several source roots give a path
   * inside the root, the first existing one wins (coverage.py with several `--cov` sources).
   */
  exists?: (repoPath: string) => boolean;
}

/** Hosted runners check out into `<prefix>/<repo>/<repo>`; container jobs see it as `/__w/...`. */
const WORKSPACE_PREFIXES = ['/home/runner/work/', '/__w/', '/github/workspace/'];
const WINDOWS_DRIVE = /^[a-zA-Z]:\//;

/** Backslashes to `/`, `file://` URLs to paths, `.`/`..` resolved; keeps a leading `/` or `C:/`. */
function normalize(raw: string): string {
  let p = raw.trim();
  if (p.startsWith('file://')) {
    p = decodeURIComponent(p.slice('file://'.length));
    // file:///C:/x -> /C:/x -> C:/x
    if (/^\/[a-zA-Z]:\//.test(p)) p = p.slice(1);
  }
  p = p.replaceAll('\\', '/');
  const drive = WINDOWS_DRIVE.test(p) ? `${p.slice(0, 2).toUpperCase()}/` : '';
  const absolute = drive !== '' || p.startsWith('/');
  const rest = drive ? p.slice(3) : p;
  const out: string[] = [];
  for (const seg of rest.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  if (drive) return drive + joined;
  return absolute ? `/${joined}` : joined;
}

/**
 * True when {@link normalize} would return `p` unchanged, checked in one pass: no blank or
 * non-ASCII character at either end (trim), no `\\` or `:` (Windows paths, drives, URLs), no
 * empty, `.` or `..` segment (a leading `/` aside), no trailing `/`. Most report paths are like
 * that and skip the general work.
 */
export function isNormalPath(p: string): boolean {
  const n = p.length;
  if (n === 0) return false;
  const first = p.charCodeAt(0);
  const last = p.charCodeAt(n - 1);
  if (first <= 32 || first >= 127 || last <= 32 || last >= 127) return false;
  let segmentStart = first === 47 ? 1 : 0;
  for (let i = segmentStart; i <= n; i++) {
    const c = i === n ? 47 : p.charCodeAt(i);
    if (c === 92 || c === 58) return false;
    if (c !== 47) continue;
    const length = i - segmentStart;
    if (length === 0) return false;
    const dot = p.charCodeAt(segmentStart) === 46;
    if (dot && (length === 1 || (length === 2 && p.charCodeAt(i - 1) === 46))) return false;
    segmentStart = i + 1;
  }
  return true;
}

/** {@link normalize}, skipped when the path is normal already. */
function normalizeQuick(raw: string): string {
  return isNormalPath(raw) ? raw : normalize(raw);
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || WINDOWS_DRIVE.test(p);
}

/** `child` relative to the root when inside it (case-insensitive on Windows drives), else null. */
function relativeInside(child: string, root: Root): string | null {
  const c = root.windows ? child.toLowerCase() : child;
  if (c === root.compared) return '';
  return c.startsWith(root.prefix) ? child.slice(root.prefix.length) : null;
}

/**
 * The `<repo>/<repo>` tail of a runner workspace (`/home/runner/work/app/app` -> `app/app`,
 * `D:/a/app/app` -> `app/app`), or null when the path is not a runner workspace.
 */
function workspaceTail(path: string): { tail: string; rest: string } | null {
  let afterPrefix: string | null = null;
  for (const prefix of WORKSPACE_PREFIXES) {
    if (path.startsWith(prefix)) afterPrefix = path.slice(prefix.length);
  }
  if (afterPrefix === null && WINDOWS_DRIVE.test(path) && path.slice(3).startsWith('a/')) {
    afterPrefix = path.slice(5);
  }
  if (afterPrefix === null) return null;
  const parts = afterPrefix.split('/');
  if (parts.length < 2 || !parts[0] || !parts[1]) return null;
  return { tail: `${parts[0]}/${parts[1]}`, rest: parts.slice(2).join('/') };
}

/** A root normalised once, with its runner workspace form, for many {@link relativeToRoot} calls. */
interface Root {
  path: string;
  workspace: { tail: string; rest: string } | null;
  /** On a Windows drive, paths compare case-insensitively, in lower case. */
  windows: boolean;
  /** `path` as compared, and the same ending in `/`. */
  compared: string;
  prefix: string;
}

function makeRoot(path: string): Root {
  const windows = WINDOWS_DRIVE.test(path);
  const compared = windows ? path.toLowerCase() : path;
  const prefix = compared.endsWith('/') ? compared : `${compared}/`;
  return { path, workspace: workspaceTail(path), windows, compared, prefix };
}

/** An absolute path relative to the root, also across runner workspace forms of the same repo. */
function relativeToRoot(abs: string, root: Root): string | null {
  const direct = relativeInside(abs, root);
  if (direct !== null) return direct;
  const rootWs = root.workspace;
  if (!rootWs || rootWs.rest !== '') return null;
  const pathWs = workspaceTail(abs);
  return pathWs && rootWs.tail === pathWs.tail ? pathWs.rest : null;
}

/** A relative path that stays inside the root (no leading `..`), else null. */
function keepInside(rel: string): string | null {
  if (rel === '' || rel === '..' || rel.startsWith('../')) return null;
  return rel;
}

/** A normalised absolute path relative to the root, when inside it. */
function insideRoot(abs: string, root: Root): string | null {
  const rel = relativeToRoot(abs, root);
  return rel === null ? null : keepInside(rel);
}

/**
 * Maps absolute paths of another checkout (a self-hosted runner's `/opt/runner/_work/r/r/…`, a
 * base made on `D:/a/r/r/…`, a Cobertura `<source>` of another machine) onto this one: the longest
 * tail of the path that exists in the repository wins, and the part before it is remembered as that
 * checkout's root, so later files of the report (deleted ones included) map the same way. A tail
 * of one segment only counts under a `<name>/<name>` checkout, so that `/usr/lib/x/index.js` never
 * becomes the repository's `index.js`.
 */
function createCheckoutMapper(exists: (repoPath: string) => boolean): (abs: string) => string | null {
  const foreignRoots: string[] = [];
  return (abs) => {
    for (const prefix of foreignRoots) {
      if (abs.startsWith(prefix)) return keepInside(abs.slice(prefix.length));
    }
    const parts = abs.split('/');
    // parts[0] is '' (POSIX) or the drive (C:); the file name is last.
    for (let i = 1; i < parts.length; i++) {
      const tail = parts.slice(i).join('/');
      const single = parts.length - i === 1;
      const checkout = i >= 2 && parts[i - 1] === parts[i - 2];
      if ((single && !checkout) || !exists(tail)) continue;
      foreignRoots.push(`${parts.slice(0, i).join('/')}/`);
      return tail;
    }
    return null;
  };
}

/**
 * Builds a resolver for one report: it turns a path from the report into a repo-relative path with
 * `/`, or `null` when it lies outside `root`. A relative path is resolved against each of
 * `sourceRoots` (Cobertura `<source>`) when given, else against `baseDir` (the directory the tool
 * ran in; default the root). Relative source roots start from `baseDir` too. `root`, `baseDir` and
 * `sourceRoots` are normalised once here, not once per file.
 */
export function createRepoPathResolver(opts: RepoPathOptions): (raw: string) => string | null {
  const rootPath = normalize(opts.root);
  const root = makeRoot(rootPath);
  const base = opts.baseDir === undefined ? rootPath : normalize(opts.baseDir);
  const sources = (opts.sourceRoots ?? []).map(normalize);
  const exists = opts.exists;
  const elsewhere = exists === undefined ? null : createCheckoutMapper(exists);
  const inRoot = (path: string, from: string): string | null => {
    const abs = normalizeQuick(isAbsolute(path) ? path : `${from}/${path}`);
    return insideRoot(abs, root) ?? elsewhere?.(abs) ?? null;
  };
  return (raw) => {
    const path = normalizeQuick(raw);
    if (path === '') return null;
    // An absolute path is normalised once: normalize() leaves its own absolute output unchanged.
    if (isAbsolute(path)) return insideRoot(path, root) ?? elsewhere?.(path) ?? null;
    const candidates: string[] = [];
    const add = (candidate: string | null): void => {
      if (candidate !== null && !candidates.includes(candidate)) candidates.push(candidate);
    };
    // The source itself may lie above the root (nyc run from a parent package): what counts is
    // where source + file name lands. A source outside the root means the file is outside too.
    for (const src of sources) add(inRoot(src === '' ? path : `${src}/${path}`, base));
    if (sources.length === 0) {
      add(inRoot(path, base));
      // The tool may have run from the repository root instead: a second candidate, chosen when
      // the existence check finds the file only there (or when baseDir is outside the root).
      if (exists && base !== rootPath) add(inRoot(path, rootPath));
    }
    if (exists && candidates.length > 1) {
      const found = candidates.find((c) => exists(c));
      if (found !== undefined) return found;
    }
    return candidates[0] ?? null;
  };
}

/**
 * UTF-16 code-unit order, independent of locale and ICU data: same input, same order, everywhere.
 * The one comparator for repo paths (and other names) in reports, gates and messages.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
