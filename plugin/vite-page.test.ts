/**
 * The requirements page on a real Vite dev server with the real pipeline: served HTML, the start
 * banner's link, the model pushed over the HMR websocket to pages that asked for it, errors.
 * The page's script in a browser is covered by src/report/html.test.ts and e2e/vite-page.test.ts.
 */
import path from 'node:path';
import { createServer } from 'vite';
import type { HotPayload, ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import type { ReportModel } from '../src/report/index.js';
import { connectHmr, makeProject, watcherReady, writeAndWatch } from '../e2e/vite-helpers.js';
import type { HmrClient } from '../e2e/vite-helpers.js';
import { DEFAULT_PAGE_PATH, normalizePagePath, PAGE_EVENT, PAGE_REQUEST_EVENT } from './vite-page.js';
import { prdOrchestrator } from './vite.js';
import type { PrdViteOptions } from './vite.js';

const PRD = '---\ntitle: Orders\n---\n# Orders\n\n## API\n\nAPI: GET /api/orders\n';

let server: ViteDevServer | undefined;
const sockets: HmrClient[] = [];
let cleanup: (() => Promise<void>) | undefined;

afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
  await cleanup?.();
  server = cleanup = undefined;
});

async function startDev(options: PrdViteOptions = {}, base = '/', files: Record<string, string> = {}) {
  const project = await makeProject({ 'docs/prd/orders.md': PRD, 'index.html': '<!doctype html><title>app</title>', ...files });
  cleanup = project.cleanup;
  const info: string[] = [];
  const logger = { info: (m: string) => info.push(m), warn: () => {}, warnOnce: () => {}, error: () => {}, clearScreen: () => {}, hasErrorLogged: () => false, hasWarned: false };
  const plugin = prdOrchestrator(options);
  server = await createServer({ root: project.root, base, configFile: false, customLogger: logger, server: { host: '127.0.0.1', port: 0 }, plugins: [plugin] });
  await server.listen();
  await plugin.api!.idle();
  const url = `http://127.0.0.1:${(server.httpServer!.address() as { port: number }).port}`;
  return { root: project.root, server, url, info, api: plugin.api! };
}

/** The model embedded in a served page. */
function embedded(html: string): ReportModel {
  const json = /<script type="application\/json" id="prd-model">([^<]*)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('no model in the page');
  return JSON.parse(json) as ReportModel;
}

const isReport = (p: HotPayload): p is Extract<HotPayload, { type: 'custom' }> => p.type === 'custom' && p.event === PAGE_EVENT;

describe('normalizePagePath', () => {
  it('defaults to /__prd/, takes false, adds the trailing slash', () => {
    expect(normalizePagePath(undefined)).toBe(DEFAULT_PAGE_PATH);
    expect(normalizePagePath(false)).toBe(false);
    expect(normalizePagePath('/requirements')).toBe('/requirements/');
  });

  it.each([['__prd'], ['/a b'], ['/../x'], [true], [5], ['/x?y']])('rejects %j naming the option and the fix', (value) => {
    expect(() => normalizePagePath(value)).toThrow(UsageError);
    expect(() => normalizePagePath(value)).toThrow(/Option "page" is .*; expected false or a URL path/);
  });

  it('stops the plugin before Vite starts when the value is bad', () => {
    expect(() => prdOrchestrator({ page: 'x' })).toThrow(/Option "page"/);
  });
});

describe('the requirements page in vite dev', () => {
  it('serves the tasks with editor links and the live client, redirects the bare path, prints its link', async () => {
    const { url, root, info, server } = await startDev();
    const response = await fetch(`${url}/__prd/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const model = embedded(html);
    expect(model.tasks.map((t) => t.id)).toEqual(['api:/api/orders']);
    // A project outside git has no "changes since HEAD" section (and no error for it).
    expect(model.diff).toBeUndefined();
    expect(model.problems).toEqual([]);
    expect(model.tasks[0]!.task.sources[0]).toEqual({ file: 'docs/prd/orders.md', line: 8, section: 'API' });
    const config = JSON.parse(/id="prd-config">([^<]*)</.exec(html)![1]!);
    expect(config).toEqual({
      links: { kind: 'editor', url: '/__open-in-editor', root: `${root}/` },
      live: { client: '/@vite/client', owner: '/__prd/', event: PAGE_EVENT, request: PAGE_REQUEST_EVENT },
    });

    const bare = await fetch(`${url}/__prd`, { redirect: 'manual' });
    expect(bare.status).toBe(302);
    expect(bare.headers.get('location')).toBe('/__prd/');

    server.printUrls();
    expect(info.join('\n')).toMatch(new RegExp(`Requirements.*${url.replace(/[.]/g, '\\.')}/__prd/`));
  });

  it('follows Vite\'s base and the page option; page: false serves nothing', async () => {
    const custom = await startDev({ page: '/reqs' }, '/app/');
    const html = await (await fetch(`${custom.url}/app/reqs/`)).text();
    expect(embedded(html).tasks).toHaveLength(1);
    expect(html).toContain('"client":"/app/@vite/client"');
    await server!.close();
    await cleanup!();

    const off = await startDev({ page: false });
    const res = await fetch(`${off.url}/__prd/`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toContain('prd-model');
    off.server.printUrls();
    expect(off.info.join('\n')).not.toContain('Requirements');
  });

  it('pushes a new model to the pages that asked, on a save and on a PRD error, keeping the last good tasks', async () => {
    const { root, server } = await startDev();
    await watcherReady(server, path.join(root, 'docs/prd'));
    const page = await connectHmr(server);
    const app = await connectHmr(server);
    sockets.push(page, app);
    // What the page's script sends once connected.
    page.send(PAGE_REQUEST_EVENT, {});
    const first = (await page.next(isReport, 'the model the page asked for')) as Extract<HotPayload, { type: 'custom' }>;
    expect((first.data as ReportModel).tasks.map((t) => t.id)).toEqual(['api:/api/orders']);

    const prd = path.join(root, 'docs/prd/orders.md');
    let from = page.messages.length;
    await writeAndWatch(server, prd, PRD + 'API: POST /api/refunds\n');
    const added = (await page.next((p) => isReport(p) && (p.data as ReportModel).tasks.length === 2, 'the model with the new endpoint', from)) as Extract<HotPayload, { type: 'custom' }>;
    expect((added.data as ReportModel).problems).toEqual([]);

    from = page.messages.length;
    await writeAndWatch(server, prd, PRD.replace('title: Orders', 'title: [Orders'));
    const broken = (await page.next((p) => isReport(p) && (p.data as ReportModel).problems.length > 0, 'the model with the error', from)) as Extract<HotPayload, { type: 'custom' }>;
    const model = broken.data as ReportModel;
    expect(model.problems[0]).toMatchObject({ severity: 'error', file: 'docs/prd/orders.md', line: expect.any(Number), message: expect.stringMatching(/frontmatter/i) });
    expect(model.tasks.map((t) => t.id)).toEqual(['api:/api/orders', 'api:/api/refunds']);
    // The overlay gets the error too.
    await page.next((p) => p.type === 'error', 'the overlay error', from);

    // A client that never asked for the page's model (the app) gets none.
    expect(app.messages.some(isReport)).toBe(false);
  });

  it('lists a conflict between two PRDs and a warning among the problems, each at its file:line; a save that ends the conflict removes it', async () => {
    const table = (title: string, type: string) => `# ${title}\n\n## Data model\n\n| Model | Field | Type |\n|---|---|---|\n| Order | total | ${type} |\n`;
    const b = `${table('B', 'string')}\nTo price a basket, call the \`/api/cost\` endpoint.\n`;
    const { url, root, server } = await startDev({}, '/', { 'docs/prd/a.md': table('A', 'number'), 'docs/prd/b.md': b });
    const served = embedded(await (await fetch(`${url}/__prd/`)).text());
    expect(served.problems).toEqual([
      {
        severity: 'conflict',
        file: 'docs/prd/a.md',
        line: 7,
        message: expect.stringContaining('conflicting types number (docs/prd/a.md:7) vs string (docs/prd/b.md:7)'),
      },
      { severity: 'warning', file: 'docs/prd/b.md', line: 9, column: 1, message: expect.stringMatching(/^Endpoint \/api\/cost has no HTTP method.*`POST \/api\/cost`/) },
    ]);

    // The PRDs made to agree: the next model the page gets has the warning only.
    await watcherReady(server, path.join(root, 'docs/prd'));
    const page = await connectHmr(server);
    sockets.push(page);
    page.send(PAGE_REQUEST_EVENT, {});
    await page.next(isReport, 'the model the page asked for');
    const from = page.messages.length;
    await writeAndWatch(server, path.join(root, 'docs/prd/b.md'), b.replace('| string |', '| number |'));
    const agreed = (await page.next(isReport, 'the model after the fix', from)) as Extract<HotPayload, { type: 'custom' }>;
    expect((agreed.data as ReportModel).problems.map((p) => [p.severity, `${p.file}:${p.line}`])).toEqual([['warning', 'docs/prd/b.md:9']]);
  });
});
