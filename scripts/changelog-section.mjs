// CHANGELOG.md (Keep a Changelog) helpers for releases:
//   node scripts/changelog-section.mjs 1.2.3 [CHANGELOG.md]   prints that version's section (the
//   GitHub release notes); exits 1 with one line when the section is missing or empty.
// scripts/release.mjs uses promoteUnreleased() to turn "Unreleased" into the new version's section.
/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JS, typed by JSDoc + .d.mts */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** `## [1.2.3] - 2026-01-31`, `## [Unreleased]`, `## 1.2.3`: the name in brackets or bare. */
const HEADING = /^## \[?([^\]\s]+)\]?(.*)$/;
/** Link reference definitions at the end: `[1.2.3]: https://…`. */
const LINK = /^\[([^\]]+)\]:\s*(\S+)\s*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

/**
 * Splits the changelog into its `## ` sections.
 * @param {string} text
 * @returns {{ name: string, start: number, end: number }[]} line ranges, `end` exclusive
 */
function findSections(text) {
  const lines = text.split('\n');
  const sections = [];
  lines.forEach((line, i) => {
    const m = HEADING.exec(line);
    if (m) sections.push({ name: m[1] ?? '', start: i, end: lines.length });
  });
  for (let i = 0; i < sections.length - 1; i++) sections[i].end = sections[i + 1].start;
  // The last section stops before the link definitions.
  const last = sections.at(-1);
  if (last) {
    while (last.end > last.start + 1 && (LINK.test(lines[last.end - 1]) || lines[last.end - 1].trim() === ''))
      last.end--;
  }
  return sections;
}

/**
 * The body of one version's section (without its heading), trimmed.
 * @param {string} text the changelog
 * @param {string} version e.g. `1.2.3` (a leading `v` is ignored) or `Unreleased`
 * @returns {string}
 * @throws {Error} with a one-line message when the section is missing or empty
 */
export function extractSection(text, version) {
  const name = version.replace(/^v(?=\d)/, '');
  const lines = text.split('\n');
  const section = findSections(text).find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!section) throw new Error(`CHANGELOG.md has no "## [${name}]" section; add one before releasing`);
  const body = lines
    .slice(section.start + 1, section.end)
    .join('\n')
    .trim();
  if (body === '') throw new Error(`CHANGELOG.md's "## [${name}]" section is empty; say what changed`);
  return body;
}

/**
 * Turns the Unreleased section into `## [version] - date` and leaves an empty Unreleased above it;
 * compare links at the end (`[Unreleased]: …/compare/vA...HEAD`) are moved on too.
 * @param {string} text the changelog
 * @param {string} version the new version, `X.Y.Z`
 * @param {string} date `YYYY-MM-DD`
 * @returns {string} the new changelog
 * @throws {Error} when the version is not X.Y.Z, already present, or Unreleased is empty
 */
export function promoteUnreleased(text, version, date) {
  if (!SEMVER.test(version)) throw new Error(`version '${version}' is not X.Y.Z (e.g. 1.2.3)`);
  const sections = findSections(text);
  if (sections.some((s) => s.name === version))
    throw new Error(`CHANGELOG.md already has a "## [${version}]" section`);
  const body = extractSection(text, 'Unreleased');
  const unreleased = sections.find((s) => s.name.toLowerCase() === 'unreleased');
  const lines = text.split('\n');
  const before = lines.slice(0, unreleased.start);
  const after = lines.slice(unreleased.end);
  const promoted = ['## [Unreleased]', '', `## [${version}] - ${date}`, '', body, ''];
  return moveCompareLinks([...before, ...promoted, ...after].join('\n'), version);
}

/** `[Unreleased]: …/compare/vA...HEAD` becomes `…/compare/vNEW...HEAD` plus `[NEW]: …/compare/vA...vNEW`. */
function moveCompareLinks(text, version) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => LINK.exec(l)?.[1]?.toLowerCase() === 'unreleased');
  if (i < 0) return text;
  const url = LINK.exec(lines[i])?.[2] ?? '';
  const m = /^(.*\/compare\/)(v?[^.][^/]*?)\.\.\.HEAD$/.exec(url);
  if (!m) return text;
  const [, base, previous] = m;
  lines.splice(
    i,
    1,
    `[Unreleased]: ${base}v${version}...HEAD`,
    `[${version}]: ${base}${previous}...v${version}`,
  );
  return lines.join('\n');
}

// CLI: print one version's section (the release workflow pipes it into the release notes).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  try {
    if (!version) throw new Error('usage: node scripts/changelog-section.mjs <version> [CHANGELOG.md]');
    process.stdout.write(extractSection(readFileSync(file, 'utf8'), version) + '\n');
  } catch (error) {
    process.stderr.write(`changelog-section: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
