/**
 * The plugin on a real Vite dev server and a real HMR websocket, with the pipeline replaced by a
 * small stand-in so these tests pin the host's behaviour (coalescing, no-op saves, overlay,
 * virtual module updates) independently of the extractor.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { PrdError } from '../src/errors.js';
import type { OrchestrateOptions } from '../src/options.js';
import { createOrchestrator } from '../src/orchestrate.js';
import type { OrchestrateResult } from '../src/orchestrate.js';
import type { ApiTask } from '../src/types.js';
import { closeDev, connectHmr, makeProject, startDevServer, waitFor, writeAndWatch } from '../e2e/vite-helpers.js';
import type { DevState } from '../e2e/vite-helpers.js';
import { createPrdPlugin } from './vite-plugin.js';

/**
 * Stand-in session: `API: METHOD /path` lines become api tasks; an unclosed frontmatter is an error.
 * Like a watching session, it hands back its last good result when the PRDs are as that run read them.
 */
function fakePipeline(hold?: () => Promise<void>) {
  const stats = { calls: 0, active: 0, maxActive: 0 };
  let last: { key: string; result: OrchestrateResult } | undefined;
  const orchestrate = async (options: OrchestrateOptions): Promise<OrchestrateResult> => {
    stats.active++;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    try {
      const root = options.root!;
      const files = (await glob(options.prds ?? 'docs/prd/**/*.md', { cwd: root })).sort();
      // Read first, then hold, as the real pipeline does: a save during the hold is not seen by this run.
      const texts = await Promise.all(files.map((file) => readFile(path.join(root, file), 'utf8')));
      const key = JSON.stringify([files, texts]);
      if (last && last.key === key) return { ...last.result, reused: true };
      stats.calls++;
      await hold?.();
      const tasks: ApiTask[] = [];
      const errors: PrdError[] = [];
      for (const [index, file] of files.entries()) {
        const lines = texts[index]!.split('\n');
        if (lines[0] === '---' && !lines.slice(1).includes('---')) {
          errors.push(new PrdError('Frontmatter is not closed', { file, line: 1, column: 1, code: 'EFRONTMATTER_UNCLOSED', hint: 'Add a closing "---" line' }));
        }
        lines.forEach((line, i) => {
          const m = /^API: (GET|POST) (\S+)$/.exec(line);
          if (m) tasks.push({ kind: 'api', path: m[2]!, methods: [m[1] as 'GET'], sources: [{ file, line: i + 1, section: '' }] });
        });
      }
      const result: OrchestrateResult = {
        success: errors.length === 0, durationMs: 1, prds: files.length, tasks: tasks.length,
        filesWritten: [], filesUnchanged: [], filesRemoved: [], drift: [], errors, warnings: [], conflicts: [], files,
        manifest: errors.length ? undefined : { version: 1, generator: 'prd-orchestrator', prds: [], tasks, conflicts: [], files: [] },
      };
      if (result.success) last = { key, result };
      return result;
    } finally {
      stats.active--;
    }
  };
  return { createOrchestrator: (options: OrchestrateOptions) => ({ run: () => orchestrate(options) }), stats };
}

const PRD = '---\ntitle: Orders\n---\n# Orders\nAPI: GET /api/orders\n';
// An HMR boundary for virtual:prd, as a React component module or a hand-written accept would be.
const MAIN = "import { manifest } from 'virtual:prd';\nwindow.m = manifest;\nimport.meta.hot.accept('virtual:prd', () => {});\n";

const dev: DevState = {};

afterEach(() => closeDev(dev));

async function startDev(files: Record<string, string>, pipeline: Pick<ReturnType<typeof fakePipeline>, 'createOrchestrator'>) {
  // Coverage has its own suite (vite-coverage.test.ts): its scan, after the first run, sends an HMR
  // update of its own that these tests of the host would have to tell from the ones they count.
  const plugin = createPrdPlugin({ coverage: false }, pipeline);
  const { root, server, hmr, base } = await startDevServer(dev, files, plugin, ['docs/prd']);
  // Load the boundary and the virtual module the way a browser would, so both are in the module graph.
  const virtual = await (await fetch(`${base}/@id/__x00__virtual:prd`)).text();
  return { root, plugin, api: plugin.api!, server, hmr, virtual, base };
}

describe('prdOrchestrator in vite dev', () => {
  it('serves the manifest, updates only virtual:prd on an edit, and skips same-bytes saves', async () => {
    const pipeline = fakePipeline();
    const { root, api, hmr, virtual, base } = await startDev({ 'docs/prd/orders.md': PRD, 'main.js': MAIN }, pipeline);
    expect(virtual).toContain('"/api/orders"');
    // Data: no source map of the module made and inlined.
    expect(virtual).not.toContain('sourceMappingURL');
    expect(pipeline.stats.calls).toBe(1);

    const prd = path.join(root, 'docs/prd/orders.md');
    await writeAndWatch(dev.server!, prd, PRD);
    await api.idle();
    expect(pipeline.stats.calls).toBe(1);
    expect(hmr.messages).toEqual([]);

    await writeAndWatch(dev.server!, prd, PRD + 'API: POST /api/refunds\n');
    const update = await hmr.next((p) => p.type === 'update', 'an HMR update');
    expect(pipeline.stats.calls).toBe(2);
    expect(update).toMatchObject({ type: 'update', updates: [{ type: 'js-update', path: '/main.js', acceptedPath: '\0virtual:prd' }] });
    expect(hmr.messages.some((p) => p.type === 'full-reload')).toBe(false);
    const after = await (await fetch(`${base}/@id/__x00__virtual:prd`)).text();
    expect(after).toContain('"/api/refunds"');
    expect(api.manifest().tasks.map((t) => (t as ApiTask).path)).toEqual(['/api/orders', '/api/refunds']);
  });

  it('coalesces saves that arrive during a run: one writer, the latest state wins', async () => {
    let release: () => void = () => {};
    let holding = false;
    const pipeline = fakePipeline(() => (holding ? new Promise<void>((r) => (release = r)) : Promise.resolve()));
    const { root, api } = await startDev({ 'docs/prd/orders.md': PRD, 'main.js': MAIN }, pipeline);
    const prd = path.join(root, 'docs/prd/orders.md');
    holding = true;
    await writeAndWatch(dev.server!, prd, PRD + 'API: GET /api/v1\n');
    await waitFor(() => pipeline.stats.active === 1, 'a run in flight');
    for (let i = 2; i <= 5; i++) await writeAndWatch(dev.server!, prd, PRD + `API: GET /api/v${i}\n`);
    holding = false;
    release();
    await api.idle();
    expect(pipeline.stats.maxActive).toBe(1);
    // Initial run + the held run + one run for all four queued saves.
    expect(pipeline.stats.calls).toBe(3);
    expect(api.manifest().tasks.map((t) => (t as ApiTask).path)).toEqual(['/api/orders', '/api/v5']);
  });

  it('catches a save the watcher swallows (a second change within its 50 ms throttle)', async () => {
    let prd = '';
    let writeDuringRun = false;
    // The second save lands while the run for the first is in flight, a few ms after the first
    // watcher event: Vite's watcher reports no event for it.
    const pipeline = fakePipeline(async () => {
      if (!writeDuringRun) return;
      writeDuringRun = false;
      writeFileSync(prd, PRD + 'API: GET /api/second\n');
    });
    const { root, api } = await startDev({ 'docs/prd/orders.md': PRD, 'main.js': MAIN }, pipeline);
    prd = path.join(root, 'docs/prd/orders.md');
    writeDuringRun = true;
    await writeAndWatch(dev.server!, prd, PRD + 'API: GET /api/first\n');
    await waitFor(() => api.manifest().tasks.some((t) => (t as ApiTask).path === '/api/second'), 'the second save in the manifest');
    await api.idle();
    expect(api.manifest().tasks.map((t) => (t as ApiTask).path)).toEqual(['/api/orders', '/api/second']);
  });

  it('shows a PRD error in the overlay, keeps the last good manifest, and clears it on fix', async () => {
    const pipeline = fakePipeline();
    const { root, api, hmr, base } = await startDev({ 'docs/prd/orders.md': PRD, 'main.js': MAIN }, pipeline);
    const prd = path.join(root, 'docs/prd/orders.md');

    await writeAndWatch(dev.server!, prd, '---\ntitle: Orders\n# Orders\nAPI: GET /api/broken\n');
    const error = await hmr.next((p) => p.type === 'error', 'an error payload');
    expect(error).toMatchObject({
      type: 'error',
      err: { plugin: 'prd-orchestrator', loc: { file: prd, line: 1, column: 1 }, id: prd },
    });
    expect((error as { err: { message: string } }).err.message).toContain('docs/prd/orders.md:1:1 Frontmatter is not closed');
    expect((error as { err: { frame: string } }).err.frame).toContain('> 1 | ---');
    expect(await (await fetch(`${base}/@id/__x00__virtual:prd`)).text()).not.toContain('/api/broken');

    // A page opened now gets the error too.
    const late = await connectHmr(dev.server!);
    await late.next((p) => p.type === 'error', 'the error on connect');
    late.close();

    const from = hmr.messages.length;
    // Fixed back to the exact bytes of the last good state: the manifest is unchanged, the overlay must still clear.
    await writeAndWatch(dev.server!, prd, PRD);
    const cleared = await hmr.next((p) => p.type === 'update', 'an update that clears the overlay', from);
    expect(cleared).toEqual({ type: 'update', updates: [] });
    expect(api.error()).toBeUndefined();
  });
});

describe('prdOrchestrator in vite dev with the real pipeline', () => {
  it('deleting every PRD keeps the outputs and shows the no-match error in the overlay', async () => {
    const { root, api } = await startDev({ 'docs/prd/orders.md': PRD, 'main.js': MAIN }, { createOrchestrator });
    await api.idle();
    const manifest = path.join(root, 'src/generated/prd/manifest.json');
    const before = await readFile(manifest, 'utf8');
    expect(before).toContain('/api/orders');
    const { rm } = await import('node:fs/promises');
    await rm(path.join(root, 'docs/prd/orders.md'));
    await waitFor(() => api.error(), 'the overlay error');
    await api.idle();
    expect(api.error()!.message).toContain('No PRD files match docs/prd/**/*.md (previous outputs kept; pass --allow-empty to remove them)');
    expect(await readFile(manifest, 'utf8')).toBe(before);
    expect(api.manifest().tasks).toHaveLength(1);
  });
});

describe('prdOrchestrator in vite build', () => {
  it('adds nothing to a build without PRDs', async () => {
    const project = await makeProject({ 'index.html': '<script type="module" src="/main.js"></script>', 'main.js': 'console.log(1)\n' });
    dev.cleanup = project.cleanup;
    const pipeline = fakePipeline();
    await build({ root: project.root, configFile: false, logLevel: 'silent', plugins: [createPrdPlugin({}, pipeline)] });
    expect(pipeline.stats.calls).toBe(0);
    expect(await glob('**/*', { cwd: project.root, ignore: ['node_modules/**', 'dist/**'] })).toEqual(expect.arrayContaining(['index.html', 'main.js']));
    expect(await glob('src/**', { cwd: project.root })).toEqual([]);
  });

  it('fails a build whose globs match no PRD while earlier outputs exist, and keeps them; allowEmpty removes them', async () => {
    const project = await makeProject({ 'index.html': '<script type="module" src="/main.js"></script>', 'main.js': 'console.log(1)\n', 'docs/prd/orders.md': PRD });
    dev.cleanup = project.cleanup;
    const real = { createOrchestrator };
    await build({ root: project.root, configFile: false, logLevel: 'silent', plugins: [createPrdPlugin({}, real)] });
    const manifest = path.join(project.root, 'src/generated/prd/manifest.json');
    const before = await readFile(manifest, 'utf8');
    await expect(
      build({ root: project.root, configFile: false, logLevel: 'silent', plugins: [createPrdPlugin({ prds: 'typo/*.md' }, real)] }),
    ).rejects.toThrow(/No PRD files match typo\/\*\.md \(previous outputs kept; pass --allow-empty to remove them\)/);
    expect(await readFile(manifest, 'utf8')).toBe(before);
    await build({ root: project.root, configFile: false, logLevel: 'silent', plugins: [createPrdPlugin({ prds: 'typo/*.md', allowEmpty: true }, real)] });
    await expect(readFile(manifest, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('fails at once on a root option that does not exist', async () => {
    const project = await makeProject({ 'index.html': '<script type="module" src="/main.js"></script>', 'main.js': 'console.log(1)\n' });
    dev.cleanup = project.cleanup;
    await expect(
      build({ root: project.root, configFile: false, logLevel: 'silent', plugins: [createPrdPlugin({ root: 'missing' }, fakePipeline())] }),
    ).rejects.toThrow(/missing does not exist; pass an existing folder as the root option of prdOrchestrator\(\)/);
  });

  it('fails the build on a broken PRD with file:line:col', async () => {
    const project = await makeProject({
      'index.html': '<script type="module" src="/main.js"></script>',
      'main.js': "import { manifest } from 'virtual:prd';\nconsole.log(manifest.tasks.length);\n",
      'docs/prd/orders.md': '---\ntitle: Orders\n',
    });
    dev.cleanup = project.cleanup;
    await expect(
      build({ root: project.root, configFile: false, logLevel: 'silent', plugins: [createPrdPlugin({}, fakePipeline())] }),
    ).rejects.toThrow(/docs\/prd\/orders\.md:1:1 Frontmatter is not closed/);
  });

  it('bundles the manifest into virtual:prd', async () => {
    const project = await makeProject({
      'index.html': '<script type="module" src="/main.js"></script>',
      'main.js': "import { manifest } from 'virtual:prd';\ndocument.title = manifest.tasks.map((t) => t.path).join();\n",
      'docs/prd/orders.md': PRD,
    });
    dev.cleanup = project.cleanup;
    await build({ root: project.root, configFile: false, logLevel: 'silent', plugins: [createPrdPlugin({}, fakePipeline())] });
    const js = await glob('dist/assets/*.js', { cwd: project.root, absolute: true });
    expect(js).toHaveLength(1);
    expect(await readFile(js[0]!, 'utf8')).toContain('/api/orders');
  });
});

