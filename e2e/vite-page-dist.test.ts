/**
 * The requirements page as the package ships it: the Vite plugin loaded from the built
 * `dist/plugin/vite.js` (run `npm run build` first) serves `/__prd/` from the package's own `dist`,
 * with everything the page needs inlined (no CDN), and `npm pack` ships those files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '../src/report/index.js';
import { makeProject } from './vite-helpers.js';

const REPO = path.resolve(import.meta.dirname, '..');
const BUILT = path.join(REPO, 'dist', 'plugin', 'vite.js');

let server: ViteDevServer | undefined;
let cleanup: (() => Promise<void>) | undefined;

afterEach(async () => {
  await server?.close();
  await cleanup?.();
  server = cleanup = undefined;
});

describe('the requirements page from the built package', () => {
  it('dist/plugin/vite.js serves /__prd/ with the tasks, and the page loads nothing but the dev server\'s own client', async () => {
    if (!existsSync(BUILT)) throw new Error('run `npm run build` first: this test loads the built plugin (dist/plugin/vite.js)');
    const { prdOrchestrator } = (await import(pathToFileURL(BUILT).href)) as typeof import('../plugin/vite.js');
    const project = await makeProject({ 'docs/prd/orders.md': '# Orders\n\n## API\n\nAPI: GET /api/orders\n', 'index.html': '<!doctype html><title>app</title>' });
    cleanup = project.cleanup;
    const plugin = prdOrchestrator();
    server = await createServer({ root: project.root, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 }, plugins: [plugin] });
    await server.listen();
    await plugin.api!.idle();
    const url = `http://127.0.0.1:${(server.httpServer!.address() as { port: number }).port}/__prd/`;

    const response = await fetch(url);
    expect(response.status).toBe(200);
    const html = await response.text();
    const model = JSON.parse(/<script type="application\/json" id="prd-model">([^<]*)<\/script>/.exec(html)![1]!) as ReportModel;
    expect(model.tasks.map((t) => t.id)).toEqual(['api:/api/orders']);
    // Style and script are inlined; the only module the page imports is Vite's client, from the dev server.
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*\shref=/);
    expect(html).toContain('"client":"/@vite/client"');
  });

  it('npm pack ships the page: the plugin and the renderer under dist/', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
    const files = pack!.files.map((f) => f.path);
    for (const file of ['plugin/vite.js', 'plugin/vite-page.js', 'src/report/index.js', 'src/report/html.js', 'src/report/page-script.js', 'src/report/page-style.js']) {
      expect(files).toContain(`dist/${file}`);
    }
  });
});
