// The floor of bench/patch-vs-diff-cover.mjs: the least work any Node program answering "patch
// coverage against a base" must do — start, read the base and the head report as text, and look
// at every line record once. It keeps nothing (no per-line data, no paths, no diff, no analysis,
// no output beyond two numbers), so no real implementation can be faster.
//
//   node bench/support/patch-floor.mjs info|xml BASE HEAD   -> prints "<base hit lines> <head hit lines>"
import { readFileSync } from 'node:fs';
import process from 'node:process';

const [ext, ...files] = process.argv.slice(2);

/** Number of DA records with a non-zero hit count. */
function scanLcov(text) {
  let hit = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    if (text.charCodeAt(pos) === 68 && text.charCodeAt(pos + 1) === 65) {
      // DA:<line>,<hits>
      const comma = text.indexOf(',', pos + 3);
      let hits = 0;
      for (let i = comma + 1; i < end; i++) hits = hits * 10 + text.charCodeAt(i) - 48;
      if (hits > 0) hit += 1;
    }
    pos = end + 1;
  }
  return hit;
}

/** Number of <line> elements with a non-zero hits attribute. */
function scanCobertura(text) {
  let hit = 0;
  let pos = 0;
  while ((pos = text.indexOf('<line ', pos)) !== -1) {
    let i = text.indexOf('hits="', pos) + 6;
    let hits = 0;
    for (let c = text.charCodeAt(i); c !== 34; c = text.charCodeAt(++i)) hits = hits * 10 + c - 48;
    if (hits > 0) hit += 1;
    pos = i;
  }
  return hit;
}

const scan = ext === 'xml' ? scanCobertura : scanLcov;
process.stdout.write(`${files.map((f) => scan(readFileSync(f, 'utf8'))).join(' ')}\n`);
