/**
 * `coverage` in `virtual:prd` on a real Vite dev server with the real pipeline: saving a source file or a
 * PRD updates it over HMR.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDev, startDevServer, waitFor, writeAndWatch } from '../e2e/vite-helpers.js';
import type { DevState } from '../e2e/vite-helpers.js';
import type { ReportModel } from '../src/report/index.js';
import type { Plugin } from 'vite';
import { prdOrchestrator } from './vite.js';
import { RESOLVED_VIRTUAL_ID } from './vite-session.js';

const PRD = '# Shop\n\n## API\n\nAPI: GET, POST /api/orders\n\n## Pages\n\nPage: /orders — Orders\n';
const SERVER = "import express from 'express';\nexport const app = express();\napp.get('/api/orders', (_req, res) => res.json([]));\n";
const MAIN = "import { coverage } from 'virtual:prd';\nwindow.c = coverage;\nimport.meta.hot.accept('virtual:prd', () => {});\n";

const dev: DevState = {};

afterEach(() => closeDev(dev));

interface Coverage {
  tasks: Array<{ kind: string; method?: string; path?: string; status: string }>;
  orphans: Array<{ path: string }>;
}

async function start(options: Parameters<typeof prdOrchestrator>[0] = {}) {
  const plugin = prdOrchestrator(options);
  const { root, base } = await startDevServer(dev, { 'docs/prd/shop.md': PRD, 'src/server.ts': SERVER, 'main.js': MAIN }, plugin, ['src', 'docs/prd']);
  const api = plugin.api!;
  await api.idle();
  /** `coverage` as the browser gets it from the served module. */
  const served = async (): Promise<Coverage | null> => {
    const text = await (await fetch(`${base}/@id/__x00__virtual:prd`)).text();
    const m = /export const coverage = (.*);\n/.exec(text);
    return JSON.parse(m![1]!) as Coverage | null;
  };
  const status = (c: Coverage | null, label: string) => c?.tasks.find((t) => `${t.method ? `${t.method} ` : ''}${t.path}` === label)?.status;
  return { root, api, served, status, base };
}

/** The model the requirements page at `/__prd/` is served with. */
async function pageModel(base: string): Promise<ReportModel> {
  const html = await (await fetch(`${base}/__prd/`)).text();
  return JSON.parse(/<script type="application\/json" id="prd-model">([^<]*)<\/script>/.exec(html)![1]!) as ReportModel;
}

describe('virtual:prd coverage in vite dev', () => {
  it('starts from a scan, and a saved source file or PRD updates it over HMR', async () => {
    const { root, api, served, status, base } = await start();
    expect(status(await served(), 'GET /api/orders')).toBe('implemented');
    expect(status(await served(), 'POST /api/orders')).toBe('missing');
    expect(status(await served(), '/orders')).toBe('missing');

    // A source file saved: only it is read again, the module updates in place.
    const from = dev.hmr!.messages.length;
    await writeAndWatch(dev.server!, path.join(root, 'src/server.ts'), `${SERVER}app.post('/api/orders', (_req, res) => res.status(201).end());\napp.get('/api/stats', (_req, res) => res.end());\n`);
    const update = await dev.hmr!.next((p) => p.type === 'update', 'an HMR update after a source save', from);
    expect(update).toMatchObject({ updates: [{ type: 'js-update', path: '/main.js', acceptedPath: '\0virtual:prd' }] });
    await api.idle();
    expect(status(await served(), 'POST /api/orders')).toBe('implemented');
    expect((await served())!.orphans.map((o) => o.path)).toEqual(['/api/stats']);
    expect(api.coverage()).toEqual(await served());
    expect(api.lastCoverageMs()).toBeGreaterThan(0);
    // The requirements page lists the new route among the orphans, at its line.
    expect((await pageModel(base)).orphans).toEqual([{ kind: 'api', method: 'GET', path: '/api/stats', file: 'src/server.ts', line: 5 }]);

    // A PRD saved: the new task is matched against the code already read.
    const before = dev.hmr!.messages.length;
    await writeAndWatch(dev.server!, path.join(root, 'docs/prd/shop.md'), `${PRD}\nAPI: GET /api/stats\n`);
    await dev.hmr!.next((p) => p.type === 'update', 'an HMR update after a PRD save', before);
    await api.idle();
    expect(status(await served(), 'GET /api/stats')).toBe('implemented');
    expect((await served())!.orphans).toEqual([]);
    expect(dev.hmr!.messages.some((p) => p.type === 'full-reload')).toBe(false);
    expect((await pageModel(base)).orphans).toEqual([]);

    // The requirements page shows the same coverage: the handler's place in the task's row.
    const html = await (await fetch(`${base}/__prd/`)).text();
    expect(html).toContain('"coverage":{"status":"implemented","implementations":[{"file":"src/server.ts","line":3},{"file":"src/server.ts","line":4}]');
  });

  it('a save first seen half-written (emptied, then written within the watcher\'s 50 ms) ends with the whole file read', async () => {
    const { root, served, status } = await start();
    const file = path.join(root, 'src/server.ts');
    // The first event comes while the file is empty; chokidar drops the write that follows within 50 ms.
    await writeAndWatch(dev.server!, file, '');
    await writeFile(file, `${SERVER}app.post('/api/orders', (_req, res) => res.status(201).end());\n`);
    await waitFor(async () => status(await served(), 'POST /api/orders') === 'implemented', 'POST /api/orders implemented');
    expect(status(await served(), 'GET /api/orders')).toBe('implemented');
  });

  it('reads the code after the first run and sends the coverage over HMR', async () => {
    // No PRD at start: no run, so no scan, and the served module has no coverage.
    const plugin = prdOrchestrator();
    const { root, base } = await startDevServer(dev, { 'docs/prd/notes.txt': '', 'src/server.ts': SERVER, 'main.js': MAIN }, plugin, ['src', 'docs/prd']);
    const api = plugin.api!;
    const served = async () => (await (await fetch(`${base}/@id/__x00__virtual:prd`)).text()).match(/export const coverage = (.*);\n/)![1];
    expect(await served()).toBe('null');
    expect(api.runs()).toBe(0);

    // The first run serves the manifest, then the scan sends the coverage as a second update.
    const from = dev.hmr!.messages.length;
    await writeAndWatch(dev.server!, path.join(root, 'docs/prd/shop.md'), PRD);
    await api.idle();
    const updates = await waitFor(() => {
      const u = dev.hmr!.messages.slice(from).filter((p) => p.type === 'update');
      return u.length >= 2 ? u : undefined;
    }, 'the manifest and the coverage updates');
    for (const u of updates) expect(u).toMatchObject({ updates: [{ type: 'js-update', path: '/main.js', acceptedPath: '\0virtual:prd' }] });
    expect(api.runs()).toBe(1);
    const coverage = JSON.parse((await served())!) as Coverage;
    expect(coverage.tasks.find((t) => t.method === 'GET' && t.path === '/api/orders')?.status).toBe('implemented');
  });

  it('a transform of virtual:prd still running when the coverage arrives is not served afterwards', async () => {
    // Vite's pre-transform of virtual:prd (main.js imports it) may still be running when the first run
    // and the scan end: the code it loaded then is stale, and must not be the one Vite keeps.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const transforming = new Promise<void>((resolve) => (entered = resolve));
    const hold: Plugin = {
      name: 'hold-virtual-prd',
      async transform(_code, id) {
        if (id !== RESOLVED_VIRTUAL_ID) return;
        entered();
        await held;
      },
    };
    const plugin = prdOrchestrator();
    const { root, base } = await startDevServer(dev, { 'docs/prd/notes.txt': '', 'src/server.ts': SERVER, 'main.js': MAIN }, [plugin, hold] as unknown as Plugin, ['src', 'docs/prd']);
    const api = plugin.api!;
    await transforming;
    // The first run and its scan happen while that transform waits.
    await writeAndWatch(dev.server!, path.join(root, 'docs/prd/shop.md'), PRD);
    await api.idle();
    await waitFor(() => api.coverage() ?? undefined, 'the first scan');
    release();
    const text = await (await fetch(`${base}/@id/__x00__virtual:prd`)).text();
    const coverage = JSON.parse(/export const coverage = (.*);\n/.exec(text)![1]!) as Coverage | null;
    expect(coverage?.tasks.find((t) => t.method === 'GET' && t.path === '/api/orders')?.status).toBe('implemented');
    expect(text).toContain('"/api/orders"');
  });

  it('coverage: false leaves it null and reads no code', async () => {
    const { api, served } = await start({ coverage: false });
    expect(await served()).toBeNull();
    expect(api.coverage()).toBeNull();
  });
});
