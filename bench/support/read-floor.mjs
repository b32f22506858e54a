// The floor of reading a big JSON report streaming (bench/coverage-read.mjs): read the file in
// 4 MB chunks and count its quote characters with indexOf, keeping nothing. Prints the count.
import { closeSync, openSync, readSync } from 'node:fs';

const fd = openSync(process.argv[2], 'r');
const chunk = Buffer.allocUnsafe(1 << 22);
let quotes = 0;
for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;) {
  for (let i = chunk.indexOf(0x22); i >= 0 && i < n; i = chunk.indexOf(0x22, i + 1)) quotes++;
}
closeSync(fd);
process.stdout.write(`${quotes}\n`);
