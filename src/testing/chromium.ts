import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** Where the browser tests look for Chromium, after `CHROMIUM_PATH`: Debian's packages, then Chrome. */
export const CHROMIUM_LOCATIONS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Executables inside a Playwright browser folder (`chromium-1234`, `chromium_headless_shell-1234`). */
const PLAYWRIGHT_EXECUTABLES = ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-linux/headless_shell', 'chrome-headless-shell-linux64/chrome-headless-shell'];

export interface ChromiumLookup {
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
  /** Entries of a folder, [] when it is missing. */
  list(dir: string): string[];
  home: string;
}

const onDisk: ChromiumLookup = {
  env: process.env,
  exists: existsSync,
  list: (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
  home: homedir(),
};

/** Playwright's browser cache: `PLAYWRIGHT_BROWSERS_PATH`, else `~/.cache/ms-playwright`. */
function playwrightCandidates(lookup: ChromiumLookup): string[] {
  const cache = lookup.env.PLAYWRIGHT_BROWSERS_PATH || path.join(lookup.home, '.cache', 'ms-playwright');
  const folders = lookup.list(cache).filter((d) => d.startsWith('chromium')).sort().reverse();
  return folders.flatMap((d) => PLAYWRIGHT_EXECUTABLES.map((e) => path.join(cache, d, e)));
}

/**
 * The Chromium every browser test launches: `CHROMIUM_PATH` when set, else the first of the usual
 * Debian and Playwright locations that exists.
 * @throws Error with one line saying how to get one, so a machine without Chromium fails at once
 *   instead of deep inside Playwright
 */
export function chromiumPath(lookup: ChromiumLookup = onDisk): string {
  const given = lookup.env.CHROMIUM_PATH;
  if (given) {
    if (lookup.exists(given)) return given;
    throw new Error(`CHROMIUM_PATH is ${given}, which does not exist: point it at a Chromium or Chrome executable, or unset it and run "apt-get install chromium"`);
  }
  const found = [...CHROMIUM_LOCATIONS, ...playwrightCandidates(lookup)].find((f) => lookup.exists(f));
  if (found) return found;
  throw new Error(`No Chromium for the browser tests: run "apt-get install chromium" (Debian), or set CHROMIUM_PATH to a Chromium or Chrome executable (looked in ${CHROMIUM_LOCATIONS.join(', ')} and the Playwright cache)`);
}
