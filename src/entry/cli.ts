// The bundle entry of the `covgate` CLI: `src/cli.ts` exports `runCli()` for in-process tests.
import { runCli } from '../cli.js';

process.exitCode = await runCli(
  process.argv.slice(2),
  process.cwd(),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
