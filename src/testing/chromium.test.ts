import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.js';
import { chromiumPath, type ChromiumLookup } from './chromium.js';
import { BROWSER_TESTS, checkChromium } from './chromium-setup.js';
import { repoRoot } from './corpus.js';

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

describe('the browser project\'s global setup: no Chromium stops the run before any test', () => {
  it('throws the lookup\'s one line, with no stack below it; CHROMIUM_PATH still wins', () => {
    const missing = lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' });
    let thrown: Error | undefined;
    try {
      checkChromium(missing);
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown?.message).toBe('CHROMIUM_PATH is /nope/chrome, which does not exist: point it at a Chromium or Chrome executable, or unset it and run "apt-get install chromium"');
    expect(thrown?.stack).toBe(thrown?.message);
    expect(() => checkChromium(lookup([]))).toThrow(/^No Chromium for the browser tests: run "apt-get install chromium"/);
    expect(checkChromium(lookup(['/opt/c/chrome'], { CHROMIUM_PATH: '/opt/c/chrome' }))).toBe('/opt/c/chrome');
  });

  it('vitest.config.ts runs every test file that launches Chromium in the browser project, which has the setup, and no other', () => {
    const projects = (config.test?.projects ?? []) as Array<{ test: { name: string; include?: string[]; exclude?: string[]; globalSetup?: string[] } }>;
    const browser = projects.find((p) => p.test.name === 'browser')!;
    const node = projects.find((p) => p.test.name === 'node')!;
    expect(browser.test.globalSetup).toEqual(['src/testing/chromium-setup.ts']);
    expect(browser.test.include).toEqual(BROWSER_TESTS);
    expect(node.test.globalSetup).toBeUndefined();
    for (const f of BROWSER_TESTS) expect(node.test.exclude).toContain(f);
    const launching = ['src', 'e2e', 'plugin', 'executors', 'generators']
      .flatMap((dir) => (readdirSync(path.join(repoRoot, dir), { recursive: true }) as string[]).map((f) => path.join(dir, f)))
      .filter((f) => f.endsWith('.test.ts') && /launchChromium\(|chromiumPath\(\)|chromium\.launch/.test(readFileSync(path.join(repoRoot, f), 'utf8')))
      .map((f) => f.split(path.sep).join('/'))
      .sort();
    expect(launching).toEqual([...BROWSER_TESTS].sort());
  });
});
