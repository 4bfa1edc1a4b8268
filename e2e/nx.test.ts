import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndPack, cachedHashes, cloneWorkspace, createWorkspace, git, newTempDir, nx, nxAsync, snapshot } from './helpers/nx-workspace.js';
import { startRemoteCacheServer } from './helpers/remote-cache-server.js';
import { waitFor, watcherReady } from './vite-helpers.js';

// One workspace installed from the packed tarball; the steps below run against it in order, as a user would.
let temp: string;
let ws: string;
const OUT = 'apps/web/src/generated/prd';

function ok(result: { status: number; output: string }): string {
  if (result.status !== 0) throw new Error(`nx exited with ${result.status}:\n${result.output}`);
  return result.output;
}

beforeAll(() => {
  temp = newTempDir('prd-nx-e2e-');
  const tarball = buildAndPack(temp);
  ws = createWorkspace(temp, tarball, { plugin: false });
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('Nx host, from the packed tarball', () => {
  it('init registers the plugin and every project with PRDs gets the inferred targets', () => {
    expect(nx(ws, ['show', 'project', 'web', '--json']).output).not.toContain('"orchestrate"');
    ok(nx(ws, ['g', 'prd-orchestrator:init', '--no-interactive']));
    const nxJson = JSON.parse(readFileSync(path.join(ws, 'nx.json'), 'utf8'));
    expect(nxJson.plugins).toContainEqual({ plugin: 'prd-orchestrator/plugin', options: { targetName: 'orchestrate', checkTargetName: 'orchestrate-check' } });
    git(ws, ['commit', '-qam', 'init']);

    const web = JSON.parse(ok(nx(ws, ['show', 'project', 'web', '--json'])).replace(/^[^{]*/, ''));
    const target = web.targets.orchestrate;
    expect(target.executor).toBe('prd-orchestrator:orchestrate');
    expect(target.cache).toBe(true);
    expect(target.outputs).toEqual(['{projectRoot}/src/generated/prd']);
    expect(target.inputs).toContainEqual({ externalDependencies: ['prd-orchestrator'] });
    expect(target.inputs).toContain('{projectRoot}/docs/prd/**/*.md');
    expect(target.metadata.description).toMatch(/PRDs/);
    expect(web.targets['orchestrate-check'].cache).toBe(false);
    const billing = JSON.parse(ok(nx(ws, ['show', 'project', 'billing', '--json'])).replace(/^[^{]*/, ''));
    expect(Object.keys(billing.targets)).toContain('orchestrate');
  });

  it('runs once, then comes from the local cache; deleted outputs are restored byte-identical', () => {
    const first = ok(nx(ws, ['run', 'web:orchestrate']));
    expect(first).not.toContain('[local cache]');
    const generated = snapshot(path.join(ws, OUT));
    expect(Object.keys(generated)).toContain('manifest.json');

    expect(ok(nx(ws, ['run', 'web:orchestrate']))).toContain('[local cache]');
    rmSync(path.join(ws, OUT), { recursive: true });
    expect(ok(nx(ws, ['run', 'web:orchestrate']))).toContain('[local cache]');
    expect(snapshot(path.join(ws, OUT))).toEqual(generated);
  });

  it('orchestrate-check fails after a generated file is edited by hand and passes after orchestrate', () => {
    ok(nx(ws, ['run', 'web:orchestrate']));
    ok(nx(ws, ['run', 'web:orchestrate-check']));
    const manifest = path.join(ws, OUT, 'manifest.json');
    appendFileSync(manifest, '\n');
    const drift = nx(ws, ['run', 'web:orchestrate-check']);
    expect(drift.status).not.toBe(0);
    expect(drift.output).toMatch(/manifest\.json/);
    ok(nx(ws, ['run', 'web:orchestrate']));
    ok(nx(ws, ['run', 'web:orchestrate-check']));
  });

  it('a PRD error fails the target with file:line:col', () => {
    const broken = path.join(ws, 'apps/web/docs/prd/broken.md');
    writeFileSync(broken, '---\ntitle: [unclosed\nowner: x\n---\n\n# Broken\n');
    try {
      const result = nx(ws, ['run', 'web:orchestrate']);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/apps\/web\/docs\/prd\/broken\.md:\d+:\d+ /);
    } finally {
      rmSync(broken);
    }
  });

  it('nx affected runs only the target of the project whose PRD changed', () => {
    const base = git(ws, ['rev-parse', 'HEAD']);
    appendFileSync(path.join(ws, 'libs/billing/docs/prd/invoices.md'), '\nAPI: DELETE /api/invoices/:invoiceId\n');
    git(ws, ['commit', '-qam', 'billing: delete invoices']);
    const output = ok(nx(ws, ['affected', '-t', 'orchestrate', `--base=${base}`, '--head=HEAD']));
    expect(output).toContain('billing:orchestrate');
    expect(output).not.toContain('web:orchestrate');
    const manifest = JSON.parse(readFileSync(path.join(ws, 'libs/billing/src/generated/prd/manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest.tasks)).toContain('/api/invoices/:invoiceId');
  });

  it('two clones compute the same task hash and produce identical bytes', () => {
    const a = cloneWorkspace(ws, temp);
    const b = cloneWorkspace(ws, temp);
    ok(nx(a, ['run', 'web:orchestrate']));
    ok(nx(b, ['run', 'web:orchestrate']));
    expect(cachedHashes(a)).toHaveLength(1);
    expect(cachedHashes(b)).toEqual(cachedHashes(a));
    expect(snapshot(path.join(b, OUT))).toEqual(snapshot(path.join(a, OUT)));
  });

  it('a self-hosted remote cache serves a fresh clone', async () => {
    const server = await startRemoteCacheServer('e2e-token');
    try {
      const env = { NX_SELF_HOSTED_REMOTE_CACHE_SERVER: server.url, NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: server.token };
      const first = cloneWorkspace(ws, temp);
      expect(ok(await nxAsync(first, ['run', 'billing:orchestrate'], env))).not.toContain('cache]');
      expect(server.requests.some((request) => request.method === 'PUT' && request.status === 202)).toBe(true);

      const fresh = cloneWorkspace(ws, temp);
      expect(existsSync(path.join(fresh, '.nx'))).toBe(false);
      expect(ok(await nxAsync(fresh, ['run', 'billing:orchestrate'], env))).toContain('[remote cache]');
      const out = 'libs/billing/src/generated/prd';
      expect(snapshot(path.join(fresh, out))).toEqual(snapshot(path.join(first, out)));
      expect(server.requests.every((request) => request.authorized)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('prd generator: --dry-run writes nothing; a real run adds a PRD the target picks up', () => {
    const file = path.join(ws, 'libs/billing/docs/prd/refunds.md');
    const dry = ok(nx(ws, ['g', 'prd-orchestrator:prd', '--project=billing', '--name=refunds', '--dry-run', '--no-interactive']));
    expect(dry).toContain('refunds.md');
    expect(existsSync(file)).toBe(false);
    ok(nx(ws, ['g', 'prd-orchestrator:prd', '--project=billing', '--name=refunds', '--id=2.2.1', '--no-interactive']));
    expect(readFileSync(file, 'utf8')).toMatch(/^---\nid: 2\.2\.1\n/);
    const run = ok(nx(ws, ['run', 'billing:orchestrate']));
    expect(run).not.toContain('[local cache]');
    const manifest = JSON.parse(readFileSync(path.join(ws, 'libs/billing/src/generated/prd/manifest.json'), 'utf8'));
    expect(manifest.prds.map((prd: { file: string }) => prd.file).join(' ')).toContain('refunds.md');
  });

  it('scaffold generator creates route handlers and pages once, then keeps them', () => {
    ok(nx(ws, ['g', 'prd-orchestrator:scaffold', '--project=web', '--no-interactive']));
    const route = path.join(ws, 'apps/web/app/api/orders/[orderId]/route.ts');
    const page = path.join(ws, 'apps/web/app/orders/page.tsx');
    expect(readFileSync(route, 'utf8')).toContain('export async function GET(');
    expect(existsSync(path.join(ws, 'apps/web/app/api/orders/[orderId]/route.test.ts'))).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('export default function');
    writeFileSync(route, '// mine\n');
    ok(nx(ws, ['g', 'prd-orchestrator:scaffold', '--project=web', '--no-interactive']));
    expect(readFileSync(route, 'utf8')).toBe('// mine\n');
  });

  it('vite dev and nx run beside it on one project: every run succeeds and the outputs end whole and current', async () => {
    const webRoot = path.join(ws, 'apps/web');
    const prdFile = path.join(webRoot, 'docs/prd/orders.md');
    const out = path.join(ws, OUT);
    /** What a clean run makes of the PRDs as they are now: the CLI of the installed package, on a copy. */
    const reference = () => {
      const copy = newTempDir('prd-nx-ref-');
      mkdirSync(path.join(copy, 'docs'), { recursive: true });
      cpSync(path.join(webRoot, 'docs'), path.join(copy, 'docs'), { recursive: true });
      const cli = path.join(ws, 'node_modules/prd-orchestrator/dist/src/cli.js');
      const r = spawnSync(process.execPath, [cli, 'run', '--root', copy, '--out', 'src/generated/prd'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      const files = snapshot(path.join(copy, 'src/generated/prd'));
      rmSync(copy, { recursive: true, force: true });
      return files;
    };
    const { prdOrchestrator } = (await import(pathToFileURL(path.join(ws, 'node_modules/prd-orchestrator/dist/plugin/vite.js')).href)) as typeof import('../plugin/vite.js');
    const { createServer } = await import('vite');
    const server = await createServer({
      root: webRoot,
      configFile: false,
      logLevel: 'silent',
      cacheDir: path.join(temp, 'vite-cache'),
      plugins: [prdOrchestrator()],
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    await server.listen();
    try {
      await watcherReady(server, path.dirname(prdFile));
      // Saves land while `nx run` processes write the same folder; Vite regenerates on each save.
      const runs: Array<Promise<{ status: number; output: string }>> = [];
      for (let i = 0; i < 4; i++) {
        appendFileSync(prdFile, `\nAPI: GET /api/race-${i}\n`);
        runs.push(nxAsync(ws, ['run', 'web:orchestrate', '--skip-nx-cache']));
        await new Promise((r) => setTimeout(r, 120));
      }
      for (const r of await Promise.all(runs)) ok(r);
      const expected = reference();
      expect(Buffer.from(expected['manifest.json']!, 'base64').toString()).toContain('/api/race-3');
      // Whole and current: the same files and bytes as a clean run, no temp file, no lock left behind.
      await waitFor(() => JSON.stringify(snapshot(out)) === JSON.stringify(expected), 'the outputs to match a clean run');

      // Vite still follows the PRD after another process rewrote its outputs.
      appendFileSync(prdFile, '\nAPI: DELETE /api/race-after\n');
      await waitFor(() => readFileSync(path.join(out, 'manifest.json'), 'utf8').includes('/api/race-after'), 'vite to regenerate after nx wrote');
      const after = reference();
      await waitFor(() => JSON.stringify(snapshot(out)) === JSON.stringify(after), 'the outputs to match a clean run again');
    } finally {
      await server.close();
      git(ws, ['checkout', '--', 'apps/web/docs']);
    }
  });

  it('prd-coverage reports the code against the PRDs, comes from the cache on a second run and reruns after a source edit and after a PRD edit', () => {
    const web = JSON.parse(ok(nx(ws, ['show', 'project', 'web', '--json'])).replace(/^[^{]*/, ''));
    const target = web.targets['prd-coverage'];
    expect(target).toMatchObject({ executor: 'prd-orchestrator:coverage', cache: true, outputs: ['{projectRoot}/coverage/prd'] });
    expect(target.metadata.description).toMatch(/implements and tests/);
    const server = path.join(ws, 'apps/web/src/server/orders.ts');
    mkdirSync(path.dirname(server), { recursive: true });
    writeFileSync(server, "import express from 'express';\nexport const app = express();\napp.get('/api/orders', (_req, res) => res.json([]));\n");
    type Entry = { method?: string; path?: string; status: string; implementations: Array<{ file: string; line: number }> };
    const report = () => JSON.parse(readFileSync(path.join(ws, 'apps/web/coverage/prd/coverage.json'), 'utf8')) as { tasks: Entry[] };
    const entry = (method: string, route: string) => report().tasks.find((t) => t.method === method && t.path === route);
    // Earlier steps may have scaffolded handlers for the same routes: look for this file's lines among the places.
    const places = (method: string, route: string) => entry(method, route)?.implementations.filter((p) => p.file === 'src/server/orders.ts').map((p) => p.line);
    try {
      const first = ok(nx(ws, ['run', 'web:prd-coverage']));
      expect(first).not.toContain('[local cache]');
      expect(first).toMatch(/implemented\s+api\s+GET \/api\/orders\s/);
      expect(entry('GET', '/api/orders')?.status).toBe('implemented');
      expect(places('GET', '/api/orders')).toEqual([3]);
      expect(places('POST', '/api/orders')).toEqual([]);
      expect(readFileSync(path.join(ws, 'apps/web/coverage/prd/index.html'), 'utf8')).toMatch(/^<!doctype html>/);

      expect(ok(nx(ws, ['run', 'web:prd-coverage']))).toContain('[local cache]');
      // A file outside the sources does not count; the generated folder neither.
      writeFileSync(path.join(ws, 'apps/web/NOTES.txt'), 'not a source\n');
      expect(ok(nx(ws, ['run', 'web:prd-coverage']))).toContain('[local cache]');

      appendFileSync(server, "app.post('/api/orders', (_req, res) => res.status(201).end());\n");
      const edited = ok(nx(ws, ['run', 'web:prd-coverage']));
      expect(edited).not.toContain('[local cache]');
      expect(places('POST', '/api/orders')).toEqual([4]);
      expect(entry('POST', '/api/orders')?.status).toBe('implemented');

      // A PRD edit reruns it too: the new endpoint shows, missing.
      const prd = path.join(ws, 'apps/web/docs/prd/orders.md');
      const prdBefore = readFileSync(prd, 'utf8');
      try {
        appendFileSync(prd, '\nAPI: DELETE /api/refund-requests/:requestId\n');
        expect(ok(nx(ws, ['run', 'web:prd-coverage']))).not.toContain('[local cache]');
        expect(entry('DELETE', '/api/refund-requests/:requestId')?.status).toBe('missing');
      } finally {
        writeFileSync(prd, prdBefore);
      }

      // A gate in the target's options fails it and names what is missing.
      const gated = nx(ws, ['run', 'web:prd-coverage', '--failOn=missing']);
      expect(gated.status).not.toBe(0);
      expect(gated.output).toContain('--fail-on missing');
      // No code declares the Order model.
      expect(gated.output).toContain('model Order');
    } finally {
      rmSync(path.join(ws, 'apps/web/src/server'), { recursive: true, force: true });
      rmSync(path.join(ws, 'apps/web/NOTES.txt'), { force: true });
      rmSync(path.join(ws, 'apps/web/coverage'), { recursive: true, force: true });
    }
    // Seven nx processes in a row: minutes on a loaded two-core machine.
  }, 540_000);
});
