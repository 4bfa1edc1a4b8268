/**
 * The requirements page end to end, offline: a copy of the example app, a real Vite dev server with
 * the real pipeline, and Debian's chromium driven by playwright-core. The screenshots it takes are
 * written to e2e/out/; with UPDATE=1 the wide one is also copied to docs/requirements-page.png.
 */
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, copyExample, exampleConfig, launchChromium, waitFor, watcherReady, writeAndWatch } from './vite-helpers.js';

const OUT = path.join(import.meta.dirname, 'out');
/** The screenshot docs/vite.md shows: refreshed from the test's own with UPDATE=1. */
const DOCS_SCREENSHOT = path.join(import.meta.dirname, '..', 'docs', 'requirements-page.png');
const TIMEOUT = 30_000;

let root = '';
let prd = '';
let original = '';
let editorLog = '';
let savedEditor: string | undefined;
let server: ViteDevServer | undefined;
let browser: { close(): Promise<void> } | undefined;
let page: Page;
let pageUrl = '';
/** The host of every request the page made (all must be the dev server's). */
const hosts = new Set<string>();

/** The line of the first PRD line that contains `text`. */
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The example's orders PRD with one endpoint more. */
const withNotes = (more = ''): string => original.replace('### 5.2 Carts', `API: DELETE /api/orders/:orderId/notes\n${more}\n### 5.2 Carts`);

beforeAll(async () => {
  // First, before any set-up: a machine without Chromium gets one line saying how to get it.
  const executablePath = chromiumPath();
  root = await copyExample('prd-page-e2e-');
  // A git repository with the example committed: the page shows what changed since HEAD.
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', 'docs', 'server', 'src', 'index.html');
  git('commit', '-q', '-m', 'example');
  prd = path.join(root, 'docs', 'prd', 'orders.md');
  original = await readFile(prd, 'utf8');

  // Vite's /__open-in-editor runs $LAUNCH_EDITOR with the file, line and column: this one writes them down.
  editorLog = path.join(root, 'editor.log');
  const editor = path.join(root, 'editor.sh');
  await writeFile(editor, `#!/bin/sh\nprintf '%s\\n' "$@" > '${editorLog}'\n`);
  await chmod(editor, 0o755);
  savedEditor = process.env['LAUNCH_EDITOR'];
  process.env['LAUNCH_EDITOR'] = editor;

  server = await createServer({ ...exampleConfig(root), server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  await watcherReady(server, path.dirname(prd));

  const chromium = await launchChromium({ width: 1280, height: 900 }, executablePath);
  browser = chromium;
  page = chromium.page;
  // Nothing but the dev server: the page needs no CDN. Requests elsewhere are aborted, and their
  // hosts recorded, so the last test can fail on them.
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  const { port } = server.httpServer!.address() as { port: number };
  pageUrl = `http://127.0.0.1:${port}/__prd/`;
  await page.goto(pageUrl);
  await row('api:/api/orders').waitFor({ timeout: TIMEOUT });
  // The live client is connected once the page has asked for and drawn the current model.
  await waitFor(async () => Number(await page.locator('html').getAttribute('data-renders')) >= 2, 'the live model');
  await mkdir(OUT, { recursive: true });
});

afterAll(async () => {
  if (savedEditor === undefined) delete process.env['LAUNCH_EDITOR'];
  else process.env['LAUNCH_EDITOR'] = savedEditor;
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const row = (id: string) => page.locator(`table.tasks tr[data-id="${id}"]`);
const marker = () => page.evaluate<string | undefined>('window.prdMarker');

describe('the requirements page in vite dev, in a browser', () => {
  it('shows the example PRDs: every kind, id, what it asks, and its PRD line', async () => {
    expect(await row('api:/api/orders').locator('td.what').textContent()).toBe('GET, POST /api/orders');
    expect(await row('api:/api/orders/:p/refunds').locator('td.prd a.loc').textContent()).toBe(`docs/prd/orders.md:${lineOf(original, '/api/orders/:orderId/refunds')}`);
    expect(await row('model:order').locator('td.what').textContent()).toContain('customerId: string');
    expect(await row('page:/cart').locator('td.what').textContent()).toBe('/cart Cart');
    expect(await row('api:/api/products/:p').locator('td.what').textContent()).toBe('GET /api/products/:productId');
    expect(await page.locator('tr[data-kind="rule"]', { hasText: 'reject an order without at least one line' }).locator('.badge.must').count()).toBe(1);
    expect(await page.locator('#prd-prds tr[data-prd]').evaluateAll((trs) => trs.length)).toBe(2);
    expect(await page.locator('#prd-summary .card[data-kind="api"] b').textContent()).toBe('9'); // catalogue.md's partner feed (feed.csv) is the ninth endpoint
  });

  it('adds an endpoint saved to a PRD without a reload, marked added since HEAD', async () => {
    await page.evaluate('window.prdMarker = "still here"');
    await writeAndWatch(server!, prd, withNotes());
    await row('api:/api/orders/:p/notes').waitFor({ timeout: TIMEOUT });
    expect(await row('api:/api/orders/:p/notes').getAttribute('data-status')).toBe('missing added');
    expect(await row('api:/api/orders/:p/notes').locator('td.change').textContent()).toContain('added');
    expect(await row('api:/api/orders').getAttribute('data-status')).toBe('implemented unchanged');
    expect(await page.locator('#prd-diff').textContent()).toContain('+1 added');
    expect(await row('api:/api/orders/:p/notes').locator('td.prd a.loc').textContent()).toBe(`docs/prd/orders.md:${lineOf(original, '### 5.2 Carts')}`);
    expect(await marker()).toBe('still here');
  });

  it('turns a task implemented when its route handler is saved, without a reload', async () => {
    const refunds = row('api:/api/orders/:p/refunds');
    expect(await refunds.getAttribute('data-status')).toContain('missing');
    const handlers = path.join(root, 'server', 'orders.ts');
    const before = await readFile(handlers, 'utf8');
    const added = "\nordersRouter.post('/orders/:orderId/refunds', (_req, res) => {\n  res.status(201).end();\n});\n";
    await writeAndWatch(server!, handlers, before + added);
    await page.locator('table.tasks tr[data-id="api:/api/orders/:p/refunds"][data-status~="implemented"]').waitFor({ timeout: TIMEOUT });
    expect(await refunds.locator('td.coverage a.loc').textContent()).toBe(`server/orders.ts:${before.split('\n').length + 1}`);
    expect(await marker()).toBe('still here');
  });

  it('lists a route no PRD asks for among the orphans while it is in the code', async () => {
    const handlers = path.join(root, 'server', 'orders.ts');
    const before = await readFile(handlers, 'utf8');
    await writeAndWatch(server!, handlers, `${before}\nordersRouter.get('/orders/:orderId/audit', (_req, res) => {\n  res.end();\n});\n`);
    const orphan = page.locator('#prd-orphans li', { hasText: 'GET /api/orders/:orderId/audit' });
    await orphan.waitFor({ timeout: TIMEOUT });
    expect(await orphan.locator('a.loc').textContent()).toBe(`server/orders.ts:${before.split('\n').length + 1}`);
    await writeAndWatch(server!, handlers, before);
    await orphan.waitFor({ state: 'detached', timeout: TIMEOUT });
    expect(await marker()).toBe('still here');
  });

  it('shows a PRD error in the page and in the overlay, keeps the last good tasks, and clears on the fix', async () => {
    await writeAndWatch(server!, prd, original.replace('title: Orders', 'title: [Orders'));
    const banner = page.locator('#prd-banner');
    await banner.getByText('A PRD has an error').waitFor({ timeout: TIMEOUT });
    expect(await banner.locator('a.loc').textContent()).toMatch(/^docs\/prd\/orders\.md:\d+:\d+$/);
    expect(await page.locator('#prd-problems li[data-severity="error"]').count()).toBe(1);
    await page.locator('vite-error-overlay').waitFor({ timeout: TIMEOUT });
    expect(await row('api:/api/orders/:p/notes').count()).toBe(1);

    await writeAndWatch(server!, prd, withNotes('API: PATCH /api/orders/:orderId/fixed\n'));
    await row('api:/api/orders/:p/fixed').waitFor({ timeout: TIMEOUT });
    await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: TIMEOUT });
    expect(await banner.textContent()).toBe('');
    expect(await page.locator('#prd-problems li[data-severity="error"]').count()).toBe(0);
    expect(await page.locator('#prd-diff').textContent()).toContain('+2 added');
    expect(await marker()).toBe('still here');
  });

  it('opens a file:line in the editor through /__open-in-editor', async () => {
    const line = lineOf(original, 'API: GET, POST /api/orders');
    const request = page.waitForRequest((r) => r.url().includes('/__open-in-editor'));
    await row('api:/api/orders').locator('td.prd a.loc').click();
    const url = new URL((await request).url());
    expect(url.searchParams.get('file')).toBe(`${root}/docs/prd/orders.md:${line}`);
    const args = await waitFor(async () => (await readFile(editorLog, 'utf8').catch(() => '')).trim(), 'the editor to be launched');
    expect(args.split('\n').slice(0, 2)).toEqual([prd, String(line)]);
    expect(page.url()).toBe(pageUrl);
  });

  it('filters and searches', async () => {
    await page.selectOption('#prd-kind', 'page');
    expect(await page.locator('table.tasks tr[data-id]').count()).toBe(5);
    await page.fill('#prd-search', 'cart');
    expect(await page.evaluate<string[]>(`[...document.querySelectorAll('table.tasks tr[data-id]')].map((tr) => tr.dataset.id)`)).toEqual(['page:/cart']);
    await page.fill('#prd-search', '');
    await page.selectOption('#prd-kind', '');
  });

  it('is readable at 1280 and 390 px (screenshots in e2e/out/)', async () => {
    await page.locator('#prd-search').blur();
    await page.screenshot({ path: path.join(OUT, 'requirements-page.png') });
    if (process.env['UPDATE'] === '1') await copyFile(path.join(OUT, 'requirements-page.png'), DOCS_SCREENSHOT);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await row('api:/api/orders').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'requirements-page-390.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('asked nothing of any host but the dev server (no CDN)', () => {
    const { port } = server!.httpServer!.address() as { port: number };
    expect(hosts.size).toBeGreaterThan(0);
    expect([...hosts]).toEqual([`127.0.0.1:${port}`]);
  });
});
