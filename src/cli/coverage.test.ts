import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/io.js';
import { repoRoot } from '../testing/corpus.js';
import { tempProject } from '../testing/tmp.js';

async function coverage(fixture: string, ...args: string[]) {
  const cwd = path.isAbsolute(fixture) ? fixture : path.join(repoRoot, 'fixtures/coverage', fixture);
  return runCli(['coverage', ...args], cwd);
}

describe('prd-orchestrator coverage', () => {
  it('--json: one entry per API method with places, then orphans and totals', async () => {
    const r = await coverage('express', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['tasks', 'orphans', 'summary', 'prds', 'errors']);
    expect(out.tasks[1]).toEqual({
      id: 'api:/api/orders',
      kind: 'api',
      method: 'GET',
      path: '/api/orders',
      status: 'implemented',
      implementations: [{ file: 'src/routes/orders.ts', line: 6 }],
      tests: [{ file: 'tests/orders.test.ts', line: 7 }],
      sources: [{ file: 'docs/prd/shop.md', line: 5 }],
    });
    expect(out.tasks.filter((t: { path: string }) => t.path === '/api/orders').map((t: { method: string }) => t.method)).toEqual(['GET', 'POST']);
    expect(out.orphans).toContainEqual({ kind: 'api', method: 'DELETE', path: '/api/orders/:orderId', file: 'src/routes/orders.ts', line: 16 });
    expect(out.summary).toEqual({
      api: { total: 6, implemented: 4, tested: 2 },
      page: { total: 0, implemented: 0, tested: 0 },
      model: { total: 0, implemented: 0, tested: 0 },
      rule: { total: 0, tested: 0 },
      percent: 66.6,
    });
    expect(out.prds).toEqual([{ file: 'docs/prd/shop.md', api: { total: 6, implemented: 4, tested: 2 }, page: { total: 0, implemented: 0, tested: 0 }, model: { total: 0, implemented: 0, tested: 0 }, rule: { total: 0, tested: 0 } }]);
  });

  it('--markdown is a pull-request comment: totals, missing, untested must rules, orphans', async () => {
    const r = await coverage('next', '--markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## PRD coverage\n/);
    expect(r.stdout).toContain('| Endpoints | 3/4 (75%) | 2/4 |');
    expect(r.stdout).toContain('### Missing (2)\n\n| kind | task | PRD line |\n|---|---|---|\n| api | PATCH /api/orders/:orderId | docs/prd/shop.md:6 |\n| page | /checkout | docs/prd/shop.md:12 |');
    expect(r.stdout).toContain('### `must` rules without a test (1)');
    expect(r.stdout).toContain('| api | DELETE /api/orders/:orderId | app/api/orders/[orderId]/route.ts:15 |');
  });

  it('the terminal report has a line per entry and the totals, without colors off a TTY', async () => {
    const r = await coverage('nest');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('missing      api   PATCH /orders/:id');
    expect(r.stdout).toMatch(/implemented  api   GET \/orders\s+src\/orders\/orders\.controller\.ts:5/);
    expect(r.stdout).toContain('Coverage 75%: endpoints 3/4');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--min and --fail-on set exit code 1 and print the list; met gates exit 0', async () => {
    expect((await coverage('express', '--min', '60')).code).toBe(0);
    const failing = [
      ['express', ['--min', '80'], 'coverage 66.6% is below --min 80%'],
      ['express', ['--fail-on', 'missing'], '--fail-on missing: 2 found\n  api GET /api/customers/:customerId/orders  (docs/prd/shop.md:7)\n  api PATCH /api/orders/:orderId  (docs/prd/shop.md:6)'],
      ['koa', ['--fail-on', 'orphans'], 'api GET /api/catalogue/items  (src/items.ts:5)'],
      ['next', ['--fail-on', 'untested-must'], '[must] The system must reject an order with a negative total.'],
    ] as const;
    for (const [fixture, args, message] of failing) {
      const r = await coverage(fixture, ...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(message);
    }
    // No rules, no orphans: those gates pass.
    expect((await coverage('next-src', '--fail-on', 'untested-must,orphans', '--fail-on', 'missing', '--min', '100')).code).toBe(0);
  });

  it('usage errors exit 2 naming the flag; --help lists every flag', async () => {
    expect((await coverage('express', '--min', 'most')).stderr).toContain('--min is "most"');
    expect((await coverage('express', '--min', '120')).code).toBe(2);
    const bad = await coverage('express', '--fail-on', 'typos');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected missing, untested-must, orphans');
    expect((await coverage('express', '--json', '--markdown')).code).toBe(2);
    expect((await coverage('express', '--frobnicate')).code).toBe(2);
    const help = await coverage('express', '--help');
    expect(help.code).toBe(0);
    for (const flag of ['--root', '--prds', '--src', '--out', '--json', '--markdown', '--html', '--min', '--fail-on', '--help']) expect(help.stdout).toContain(flag);
  });

  it('--html writes one self-contained page with the tasks, their coverage and the orphans, and nothing else', async () => {
    const root = tempProject('prd-cov-html-');
    cpSync(path.join(repoRoot, 'fixtures/coverage/next'), root, { recursive: true });
    const before = readdirSync(root, { recursive: true }).map(String).sort();
    const r = await coverage(root, '--html', 'coverage-report');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote coverage-report/index.html (coverage 71.4%)\n');
    const after = readdirSync(root, { recursive: true }).map(String).sort();
    expect(after).toEqual([...before, 'coverage-report', 'coverage-report/index.html'].sort());
    const html = readFileSync(path.join(root, 'coverage-report/index.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    // No CDN, no external URL: no http(s) address and no external script or stylesheet.
    expect(html).not.toMatch(/https?:\/\/|<script[^>]+src=|<link[^>]+href=/);
    expect(html).toContain('app/api/orders/[orderId]/route.ts');
    expect(html).toContain('"status":"missing"');
    expect(html).toContain('"orphans":[');
    expect(html).not.toContain(root);
    // Deterministic: the same project gives the same bytes.
    expect((await coverage(root, '--html', 'coverage-report')).stdout).toContain('unchanged coverage-report/index.html');
    expect((await coverage(root, '--html', 'coverage-report', '--json')).code).toBe(2);
  });
  it('--prds matching no PRD warns and measures nothing, with or without earlier outputs, and removes none; --root and --src choose the project and files', async () => {
    const root = tempProject('prd-cov-empty-');
    cpSync(path.join(repoRoot, 'fixtures/coverage/express'), root, { recursive: true });
    expect((await runCli(['run'], root)).code).toBe(0);
    const manifest = path.join(root, 'src/generated/prd/manifest.json');
    expect(existsSync(manifest)).toBe(true);
    const empty = await coverage(root, '--prds', 'nothing/*.md');
    expect(empty.stderr).toBe(`warning no PRD files match nothing/*.md under ${root}: no task to measure (check --prds)\n`);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('Coverage 100%: endpoints 0/0');
    // coverage writes nothing: the earlier outputs stay (there is no --allow-empty to pass).
    expect(existsSync(manifest)).toBe(true);
    expect((await coverage(root, '--allow-empty')).code).toBe(2);
    // From another folder: --root names the project, --src limits the files read (the tests left out: nothing tested).
    const chosen = await coverage(repoRoot, '--root', root, '--prds', 'docs/prd/*.md', '--src', 'src/**/*.ts', '--json');
    expect(chosen.code).toBe(0);
    expect(JSON.parse(chosen.stdout).summary.api).toEqual({ total: 6, implemented: 4, tested: 0 });
  });
  it('totals per PRD with two PRDs: --json, --markdown and the terminal count each PRD its own tasks (an endpoint both name counts in both)', async () => {
    const root = tempProject('prd-cov-two-');
    cpSync(path.join(repoRoot, 'fixtures/coverage/express'), root, { recursive: true });
    writeFileSync(
      path.join(root, 'docs/prd/billing.md'),
      '# Billing\n\n## 1. API\n\nAPI: GET /api/orders\nAPI: GET, POST /api/invoices\n\n## 2. Pages\n\nPage: /invoices — Invoices\n\n## 3. Data\n\nModel: Invoice — id, amount\n\n## 4. Rules\n\nThe system must keep an invoice total positive.\n',
    );
    const json = JSON.parse((await coverage(root, '--json')).stdout);
    // The two PRDs name /api/orders: its merged task (GET and POST, both implemented, GET tested) counts in each.
    // billing.md: GET and POST /api/orders, GET and POST /api/invoices (missing); a page, a model, a must rule, none there.
    expect(json.prds).toEqual([
      { file: 'docs/prd/billing.md', api: { total: 4, implemented: 2, tested: 1 }, page: { total: 1, implemented: 0, tested: 0 }, model: { total: 1, implemented: 0, tested: 0 }, rule: { total: 1, tested: 0 } },
      { file: 'docs/prd/shop.md', api: { total: 6, implemented: 4, tested: 2 }, page: { total: 0, implemented: 0, tested: 0 }, model: { total: 0, implemented: 0, tested: 0 }, rule: { total: 0, tested: 0 } },
    ]);
    // The project counts /api/orders once: 8 endpoints, not 10.
    expect(json.summary).toEqual({ api: { total: 8, implemented: 4, tested: 2 }, page: { total: 1, implemented: 0, tested: 0 }, model: { total: 1, implemented: 0, tested: 0 }, rule: { total: 1, tested: 0 }, percent: 40 });

    const markdown = (await coverage(root, '--markdown')).stdout;
    expect(markdown).toContain(
      '| PRD | endpoints | pages | models | rules tested |\n|---|---|---|---|---|\n| docs/prd/billing.md | 2/4 (50%) | 0/1 (0%) | 0/1 (0%) | 0/1 (0%) |\n| docs/prd/shop.md | 4/6 (67%) | – | – | – |\n',
    );

    const terminal = (await coverage(root)).stdout;
    expect(terminal).toContain(
      '\nPer PRD:\n  docs/prd/billing.md  endpoints 2/4, pages 0/1, models 0/1 implemented; rules 0/1 tested\n  docs/prd/shop.md     endpoints 4/6, pages 0/0, models 0/0 implemented; rules 0/0 tested\n\nCoverage 40%: endpoints 4/8, pages 0/1, models 0/1 implemented; rules 0/1 tested; 1 must rule without a test\n',
    );
    // One PRD: no per-PRD lines (they would repeat the totals).
    expect((await coverage('express')).stdout).not.toContain('Per PRD');
  });
});
