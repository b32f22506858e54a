/**
 * Vitest global setup: says once, before the tests, which live comparisons will be skipped for a
 * missing tool — and fails the run instead when COVGATE_REQUIRE_TOOLS=1 (CI installs every tool).
 */
import { hasTool, TOOLS, toolsRequired, type ToolName } from './tools.js';

/** Prints one line per missing tool; throws under COVGATE_REQUIRE_TOOLS=1. */
export default function checkTools(): void {
  const missing = (Object.keys(TOOLS) as ToolName[]).filter((tool) => !hasTool(tool));
  if (missing.length === 0) return;
  if (toolsRequired()) {
    throw new Error(
      `COVGATE_REQUIRE_TOOLS=1 but ${missing.map((t) => `${t} is missing (${TOOLS[t].install})`).join(', ')}`,
    );
  }
  for (const tool of missing) {
    console.log(
      `live comparison skipped: ${tool} is not installed (${TOOLS[tool].install}); the recorded output is used`,
    );
  }
}
