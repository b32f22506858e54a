// Fails when the committed dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = 'build/dist-check';
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), fresh], { cwd: root, stdio: 'inherit' });

function list(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...list(p));
    else out.push(p);
  }
  return out;
}
const a = join(root, 'dist');
const b = join(root, fresh);
const filesA = list(a)
  .map((p) => relative(a, p))
  .sort();
const filesB = list(b)
  .map((p) => relative(b, p))
  .sort();
const problems = [];
for (const f of new Set([...filesA, ...filesB])) {
  if (!filesA.includes(f)) problems.push(`missing from dist/: ${f}`);
  else if (!filesB.includes(f)) problems.push(`not produced by the build: dist/${f}`);
  else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) problems.push(`stale: dist/${f}`);
}
rmSync(b, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(
    `dist/ is out of date with src/ (run "npm run build" and commit dist/):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('dist/ is up to date.');
