/**
 * Test helpers for the Vite plugin suites: temp projects, a real HMR websocket client, polling.
 * Not shipped (e2e/ is outside the build).
 */
import { cp, mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer } from 'vite';
import type { HotPayload, InlineConfig, Plugin, ViteDevServer } from 'vite';
import { expect } from 'vitest';
import WebSocket from 'ws';
import { prdOrchestrator } from '../plugin/vite.js';

const REPO = path.resolve(import.meta.dirname, '..');
const EXAMPLE = path.join(REPO, 'examples', 'apps', 'web');

import { chromiumPath } from '../src/testing/chromium.js';

export { chromiumPath };

/**
 * A temp project with the given files. `node_modules` links to this repo's, so React and Vite resolve.
 * @param files POSIX path → content
 * @returns the absolute root and a cleanup function
 */
export async function makeProject(files: Record<string, string>): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'prd-vite-'));
  for (const [file, content] of Object.entries(files)) {
    const abs = path.join(root, file);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  await symlink(path.resolve(import.meta.dirname, '..', 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Poll until `check` returns a truthy value. Generous timeouts: CI machines are slow, never flaky.
 * @returns the value
 */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface HmrClient {
  /** Every payload received, in order, `connected` excluded. */
  messages: HotPayload[];
  /** Wait for a payload (received after index `from`) that matches. */
  next(match: (p: HotPayload) => boolean, what: string, from?: number): Promise<HotPayload>;
  /** Send a custom event to the server, as `import.meta.hot.send(event, data)` does. */
  send(event: string, data?: unknown): void;
  close(): void;
}

/**
 * Connect to the dev server's HMR websocket the way Vite's client does (protocol and token).
 * @param server a listening dev server
 */
export async function connectHmr(server: ViteDevServer): Promise<HmrClient> {
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on a port');
  const ws = new WebSocket(`ws://127.0.0.1:${address.port}/?token=${server.config.webSocketToken}`, 'vite-hmr');
  const messages: HotPayload[] = [];
  ws.on('message', (data) => {
    const payload = JSON.parse(String(data)) as HotPayload;
    if (payload.type !== 'connected') messages.push(payload);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    messages,
    next: (match, what, from = 0) => waitFor(() => messages.slice(from).find(match), what),
    send: (event, data) => ws.send(JSON.stringify({ type: 'custom', event, data })),
    close: () => ws.close(),
  };
}

/**
 * Write a file and wait until Vite's watcher has seen it, so later assertions do not race the
 * watcher. Right after `listen()` the watcher may still be scanning and miss a write, so the same
 * bytes are written again until it reports the file (the plugin ignores same-bytes saves).
 */
export async function writeAndWatch(server: ViteDevServer, file: string, content: string, timeoutMs = 20_000): Promise<void> {
  let seen = false;
  const onEvent = (changed: string): void => {
    if (path.resolve(changed) === path.resolve(file)) seen = true;
  };
  server.watcher.on('change', onEvent);
  server.watcher.on('add', onEvent);
  try {
    const deadline = Date.now() + timeoutMs;
    while (!seen) {
      if (Date.now() > deadline) throw new Error(`Vite's watcher never reported ${file}`);
      await writeFile(file, content);
      const retry = Date.now() + 300;
      while (!seen && Date.now() < retry) await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    server.watcher.off('change', onEvent);
    server.watcher.off('add', onEvent);
  }
}

/**
 * Wait until Vite's watcher reports events under `dir` (its initial scan is asynchronous).
 */
export async function watcherReady(server: ViteDevServer, dir: string): Promise<void> {
  const probe = path.join(dir, '.watch-probe');
  await writeAndWatch(server, probe, 'probe');
  await rm(probe, { force: true });
}

/**
 * A temp copy of the example React app (examples/apps/web) without its outputs; `node_modules`
 * links to this repo's.
 * @returns the copy's absolute root
 */
export async function copyExample(prefix: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix));
  await cp(EXAMPLE, root, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist|generated)([\\/]|$)/.test(path.relative(EXAMPLE, src)),
  });
  await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** The example's Vite config (react + prdOrchestrator), with the cache kept inside the copy. */
export function exampleConfig(root: string): InlineConfig {
  return {
    root,
    configFile: false,
    logLevel: 'silent',
    cacheDir: path.join(root, '.vite'),
    plugins: [react(), prdOrchestrator()],
    // Pre-bundle React up front, so a late dependency discovery never reloads the page mid-test.
    optimizeDeps: { include: ['react', 'react-dom/client', 'react/jsx-dev-runtime'] },
  };
}

/**
 * Chromium (see `chromiumPath`) through playwright-core, headless, with a throwaway profile.
 * @param executablePath the browser; suites look it up first thing, so a machine without one fails at once
 * @returns the context, its first page, and a close that also removes the profile
 */
export async function launchChromium(viewport?: { width: number; height: number }, executablePath = chromiumPath()): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'prd-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What a test's dev server holds open: `closeDev` (in afterEach) closes it, even after a failed start. */
export interface DevState {
  server?: ViteDevServer | undefined;
  hmr?: HmrClient | undefined;
  cleanup?: (() => Promise<void>) | undefined;
}

/**
 * A temp project with `files` served by a Vite dev server on 127.0.0.1 with `plugin`, its watcher
 * ready under each of `watch`, an HMR client connected and `/main.js` served.
 * @param state receives each handle as soon as it exists
 * @returns the project root, the server, the HMR client and the server's base URL
 */
export async function startDevServer(state: DevState, files: Record<string, string>, plugin: Plugin, watch: string[]): Promise<{ root: string; server: ViteDevServer; hmr: HmrClient; base: string }> {
  const project = await makeProject(files);
  state.cleanup = project.cleanup;
  const server = await createServer({ root: project.root, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 }, plugins: [plugin] });
  state.server = server;
  await server.listen();
  for (const dir of watch) await watcherReady(server, path.join(project.root, dir));
  const hmr = await connectHmr(server);
  state.hmr = hmr;
  const base = `http://127.0.0.1:${(server.httpServer!.address() as { port: number }).port}`;
  expect((await fetch(`${base}/main.js`)).status).toBe(200);
  return { root: project.root, server, hmr, base };
}

/** Closes what `startDevServer` (or a test) left in `state`, and empties it. */
export async function closeDev(state: DevState): Promise<void> {
  state.hmr?.close();
  await state.server?.close();
  await state.cleanup?.();
  state.server = state.hmr = state.cleanup = undefined;
}
