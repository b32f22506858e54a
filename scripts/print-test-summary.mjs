// Prints the plain closing line "N passed, N failed, N skipped" from Vitest's JSON results, so a
// CI log reader that does not know Vitest's own format can still tell how many tests ran.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'build/vitest-results.json';
const results = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
console.log(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
