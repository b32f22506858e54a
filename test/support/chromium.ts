/**
 * Finds the Debian `chromium` for browser tests (no browser download is possible offline). Without
 * it a browser test is skipped with one printed line — unless COVGATE_REQUIRE_TOOLS=1 (CI), where a
 * missing browser fails the run instead of passing silently.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser executable, or `null` after saying why the browser tests are skipped. */
export function findChromium(): string | null {
  const path = [process.env.CHROMIUM_PATH, ...CANDIDATES].find(
    (p) => p !== undefined && p !== '' && existsSync(p),
  );
  if (path !== undefined) return path;
  if (process.env.COVGATE_REQUIRE_TOOLS === '1') {
    throw new Error(
      'chromium is required (COVGATE_REQUIRE_TOOLS=1) but not installed: apt-get install -y chromium',
    );
  }
  console.log('browser test skipped: chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  return null;
}
