/**
 * The Vite plugin end to end, offline: a copy of the example React app, a real Vite dev server,
 * the real pipeline, and Debian's chromium driven by playwright-core.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { glob } from 'tinyglobby';
import { build, createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, copyExample, exampleConfig, launchChromium, watcherReady, writeAndWatch } from './vite-helpers.js';

const TIMEOUT = 30_000;

let root = '';
let prd = '';
let original = '';
let server: ViteDevServer | undefined;
let browser: { close(): Promise<void> } | undefined;
let page: Page;

const config = () => exampleConfig(root);

beforeAll(async () => {
  // First, before any set-up: a machine without Chromium gets one line saying how to get it.
  const executablePath = chromiumPath();
  root = await copyExample('prd-vite-e2e-');
  prd = path.join(root, 'docs', 'prd', 'orders.md');
  original = await readFile(prd, 'utf8');

  server = await createServer({ ...config(), server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  await watcherReady(server, path.dirname(prd));

  const chromium = await launchChromium(undefined, executablePath);
  browser = chromium;
  page = chromium.page;
  const { port } = server.httpServer!.address() as { port: number };
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('heading', { name: 'Requirements' }).waitFor({ timeout: TIMEOUT });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const apiItem = (text: string) => page.locator('ul[data-kind="api"] li', { hasText: text });

describe('prdOrchestrator in vite dev, in a browser', () => {
  it('shows every API with the PRD line it came from', async () => {
    const line = original.split('\n').findIndex((l) => l.includes('/api/orders/:orderId/refunds')) + 1;
    await expect.poll(() => apiItem('POST /api/orders/:orderId/refunds').textContent()).toContain(`docs/prd/orders.md:${line}`);
  });

  it('links the requirements page, and marks each task implemented or missing from the code', async () => {
    const link = page.locator('a[href="/__prd/"]');
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toBe('Requirements page');
    // The link leads to the page the plugin serves.
    const served = await page.request.get(new URL('/__prd/', page.url()).href);
    expect(served.status()).toBe(200);
    expect(await served.text()).toContain('id="prd-model"');
    // Coverage comes with the scan after the first run, over HMR: server/orders.ts has GET and POST /api/orders, no refunds.
    const orders = apiItem('GET, POST /api/orders ');
    await expect.poll(() => orders.getAttribute('data-status'), { timeout: TIMEOUT }).toBe('implemented');
    expect(await orders.locator('mark').textContent()).toBe('implemented');
    const refunds = apiItem('POST /api/orders/:orderId/refunds');
    expect(await refunds.getAttribute('data-status')).toBe('missing');
    expect(await refunds.locator('mark').textContent()).toBe('missing');
    const status = (testid: string) => page.locator(`li[data-testid^="${testid}"]`).getAttribute('data-status');
    expect(await status('model:Order {')).toBe('implemented');
    expect(await status('model:OrderLine {')).toBe('missing');
    expect(await status('page:/orders —')).toBe('implemented');
    expect(await status('page:/cart —')).toBe('missing');
  });

  it('adds an endpoint saved to a PRD to the page without a full reload', async () => {
    await page.evaluate(() => ((globalThis as unknown as { prdMarker: string }).prdMarker = 'still here'));
    await writeAndWatch(server!, prd, original.replace('### 5.2 Carts', 'API: DELETE /api/orders/:orderId/notes\n\n### 5.2 Carts'));
    await apiItem('DELETE /api/orders/:orderId/notes').waitFor({ timeout: TIMEOUT });
    expect(await page.evaluate(() => (globalThis as unknown as { prdMarker?: string }).prdMarker)).toBe('still here');
  });

  it('shows a broken frontmatter in the overlay with file and line, keeps the outputs, and clears on fix', async () => {
    const manifestFile = path.join(root, 'src', 'generated', 'prd', 'manifest.json');
    const before = await readFile(manifestFile, 'utf8');
    expect(before).toContain('/api/orders/:orderId/notes');

    const broken = original.replace('title: Orders', 'title: [Orders');
    await writeAndWatch(server!, prd, broken);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: TIMEOUT });
    const file = await overlay.locator('.file').textContent();
    expect(file).toMatch(new RegExp(`${prd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`));
    const message = await overlay.locator('.message-body').textContent();
    expect(message).toMatch(/docs\/prd\/orders\.md:\d+:\d+ /);
    expect(await overlay.locator('.plugin').textContent()).toContain('prd-orchestrator');
    // The last good outputs stay on disk and on the page.
    expect(await readFile(manifestFile, 'utf8')).toBe(before);
    expect(await apiItem('DELETE /api/orders/:orderId/notes').count()).toBe(1);

    await writeAndWatch(server!, prd, original.replace('### 5.2 Carts', 'API: PATCH /api/orders/:orderId/fixed\n\n### 5.2 Carts'));
    await apiItem('PATCH /api/orders/:orderId/fixed').waitFor({ timeout: TIMEOUT });
    await overlay.waitFor({ state: 'detached', timeout: TIMEOUT });
    expect(await apiItem('DELETE /api/orders/:orderId/notes').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { prdMarker?: string }).prdMarker)).toBe('still here');
  });
});

describe('vite build of the example', () => {
  beforeAll(async () => {
    await browser?.close();
    await server?.close();
    browser = server = undefined;
  });

  it('generates and bundles the requirements view', async () => {
    await writeFile(prd, original);
    await build(config());
    const bundles = await glob('dist/assets/*.js', { cwd: root, absolute: true });
    const js = (await Promise.all(bundles.map((b) => readFile(b, 'utf8')))).join('\n');
    expect(js).toContain('/api/orders/:orderId/refunds');
    expect(js).not.toContain('/api/orders/:orderId/fixed');
    // The requirements page lives in the dev server only: nothing of it is bundled.
    const everything = (await Promise.all((await glob('dist/**', { cwd: root, absolute: true })).map((f) => readFile(f, 'utf8')))).join('\n');
    for (const mark of ['prd-model', 'prdReport', 'prd:report', '__open-in-editor']) expect(everything).not.toContain(mark);
  });

  it('fails on a broken PRD naming file, line and column', async () => {
    await writeFile(prd, original.replace('title: Orders', 'title: [Orders'));
    await expect(build(config())).rejects.toThrow(/docs\/prd\/orders\.md:\d+:\d+ /);
  });
});
