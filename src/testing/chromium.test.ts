import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath, type ChromiumLookup } from './chromium.js';

function lookup(files: string[], env: Record<string, string> = {}): ChromiumLookup {
  const set = new Set(files);
  return {
    env,
    exists: (f) => set.has(f),
    list: (dir) => [...new Set(files.filter((f) => f.startsWith(dir + path.sep)).map((f) => f.slice(dir.length + 1).split(path.sep)[0]!))],
    home: '/home/u',
  };
}

describe('chromiumPath, the one Chromium lookup of the browser tests', () => {
  it('takes CHROMIUM_PATH, then Debian, then Playwright locations', () => {
    expect(chromiumPath(lookup(['/opt/c/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/c/chrome' }))).toBe('/opt/c/chrome');
    expect(chromiumPath(lookup(['/usr/bin/chromium-browser', '/usr/bin/google-chrome']))).toBe('/usr/bin/chromium-browser');
    const pw = '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
    expect(chromiumPath(lookup(['/home/u/.cache/ms-playwright/chromium-1100/chrome-linux/chrome', pw]))).toBe(pw);
    expect(chromiumPath(lookup(['/pw/chromium_headless_shell-1/chrome-linux/headless_shell'], { PLAYWRIGHT_BROWSERS_PATH: '/pw' }))).toBe('/pw/chromium_headless_shell-1/chrome-linux/headless_shell');
  });

  it('without one, fails at once with one line saying how to install it or where to point CHROMIUM_PATH', () => {
    expect(() => chromiumPath(lookup([]))).toThrow(/^No Chromium for the browser tests: run "apt-get install chromium" \(Debian\), or set CHROMIUM_PATH/);
    expect(() => chromiumPath(lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope' }))).toThrow(/^CHROMIUM_PATH is \/nope, which does not exist/);
    for (const l of [lookup([]), lookup([], { CHROMIUM_PATH: '/nope' })]) {
      try {
        chromiumPath(l);
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
      }
    }
  });
});
