import { chromiumPath, type ChromiumLookup } from './chromium.js';

/**
 * The test files that launch Chromium: vitest.config.ts runs them as the `browser` project, whose
 * global setup is {@link checkChromium}. A run that includes any of them (`npm test` does) fails at
 * once, before any test, when no Chromium is found; a run of other files does not look for one.
 * src/testing/chromium.test.ts checks that every test file launching Chromium is listed here.
 */
export const BROWSER_TESTS = ['src/report/html.test.ts', 'src/coverage/html-report.test.ts', 'e2e/vite.test.ts', 'e2e/vite-page.test.ts'];

/**
 * The browser project's preflight: the one Chromium lookup of the browser tests.
 * @throws Error whose message is the lookup's one line (how to install Chromium or set CHROMIUM_PATH),
 *   without a stack, so vitest prints that line and stops
 */
export function checkChromium(lookup?: ChromiumLookup): string {
  try {
    return chromiumPath(lookup);
  } catch (error) {
    const line = new Error((error as Error).message);
    line.stack = line.message;
    throw line;
  }
}

/** Vitest global setup (see vitest.config.ts). */
export default function setup(): void {
  checkChromium();
}
