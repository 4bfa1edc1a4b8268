import { chromium } from 'playwright-core';
import { chromiumPath } from '../testing/chromium.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../types.js';
import { buildReportModel, jsonForScript, renderReportHtml } from './index.js';
import type { ReportModel } from './index.js';

const HOSTILE = '</script><script>window.pwned = 1</script><!-- <img src=x onerror="window.pwned = 2"> \u2028';

const tasks: Task[] = [
  { kind: 'api', path: '/api/orders', methods: ['GET', 'POST'], bodies: { POST: { request: 'Order', response: 'Order' } }, sources: [{ file: 'docs/prd/orders.md', line: 30, section: '5.1 Orders' }] },
  { kind: 'api', path: '/api/orders/:orderId', methods: ['GET'], sources: [{ file: 'docs/prd/orders.md', line: 31, section: '5.1 Orders' }] },
  { kind: 'model', name: 'Order', fields: [{ name: 'id', type: 'string', optional: false }, { name: 'note', type: 'string', optional: true }], sources: [{ file: 'docs/prd/orders.md', line: 40, section: '6. Data Models' }] },
  { kind: 'page', route: '/orders', title: 'Orders', sources: [{ file: 'docs/prd/a b.md', line: 3, section: '8. Pages' }] },
  { kind: 'rule', text: `The system must escape ${HOSTILE}`, level: 'must', sources: [{ file: 'javascript:alert(1)', line: 7, section: '4. Requirements' }] },
];

const removed: Task = { kind: 'api', path: '/api/carts', methods: ['DELETE'], sources: [{ file: 'docs/prd/orders.md', line: 33, section: '5.2 Carts' }] };

function model(): ReportModel {
  return buildReportModel({
    title: `Shop ${HOSTILE}`,
    manifest: { prds: [{ file: 'docs/prd/orders.md', title: 'Orders' }, { file: 'docs/prd/a b.md' }], tasks, conflicts: [] },
    warnings: [{ file: 'docs/prd/orders.md', line: 12, column: 1, code: 'W', message: `odd ${HOSTILE}` }],
    errors: [{ file: 'docs/prd/orders.md', line: 2, column: 8, message: 'bad frontmatter' }],
    coverage: {
      tasks: new Map([['api:/api/orders', { status: 'implemented' as const, implementations: [{ file: 'src/routes/orders.ts', line: 4 }], tests: [{ file: 'src/orders.test.ts', line: 9 }] }]]),
      orphans: [{ kind: 'api', method: 'GET', path: '/api/health', file: 'src/health.ts', line: 2 }],
    },
    changes: {
      base: 'HEAD',
      head: 'working tree',
      tasks: [
        { id: 'api:/api/orders/:p', change: 'added', breaking: false, details: [] },
        { id: 'model:order', change: 'modified', breaking: true, details: ['field note: number → string'] },
        { id: 'api:/api/carts', change: 'removed', breaking: true, details: [], before: removed },
      ],
    },
  });
}

describe('buildReportModel', () => {
  it('gives every task its id, coverage and change, removed tasks last, errors before conflicts before warnings', () => {
    const m = buildReportModel({
      manifest: { prds: [{ file: 'a.md' }], tasks, conflicts: [{ kind: 'model-field-type', id: 'model:order', model: 'Order', field: 'id', types: ['string', 'number'], sources: [{ file: 'a.md', line: 5, section: 's' }, { file: 'b.md', line: 6, section: 's' }], message: 'conflict' }] },
      warnings: [{ file: 'a.md', line: 1, column: 2, code: 'W', message: 'warn' }],
      errors: [{ file: 'a.md', line: 3, message: 'err' }],
      changes: { base: 'HEAD', head: 'worktree', tasks: [{ id: 'api:/api/carts', change: 'removed', breaking: true, details: [], before: removed }] },
    });
    expect(m.title).toBe('Requirements');
    expect(m.prds).toEqual([{ file: 'a.md', title: 'a.md' }]);
    expect(m.tasks.map((t) => t.id)).toEqual(['api:/api/orders', 'api:/api/orders/:p', 'model:order', 'page:/orders', expect.stringMatching(/^rule:[0-9a-f]{10}$/), 'api:/api/carts']);
    expect(m.tasks.at(-1)?.change).toEqual({ change: 'removed', breaking: true, details: [] });
    expect(m.problems.map((p) => [p.severity, p.file, p.line])).toEqual([['error', 'a.md', 3], ['conflict', 'a.md', 5], ['warning', 'a.md', 1]]);
    expect(m.orphans).toBeUndefined();
    expect(m.diff).toEqual({ base: 'HEAD', head: 'worktree' });
  });

  it('takes coverage from a plain record too, and leaves the diff out when none ran', () => {
    const m = buildReportModel({ tasks, prds: [], coverage: { tasks: { 'page:/orders': { status: 'missing', implementations: [], tests: [] } }, orphans: [] } });
    expect(m.tasks.find((t) => t.id === 'page:/orders')?.coverage?.status).toBe('missing');
    expect(m.tasks.find((t) => t.id === 'api:/api/orders')?.coverage).toBeUndefined();
    expect(m.orphans).toEqual([]);
    expect(m.diff).toBeUndefined();
  });
});

describe('renderReportHtml in Chromium: problems', () => {
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    const problems = buildReportModel({
      manifest: {
        prds: [{ file: 'docs/prd/a.md' }, { file: 'docs/prd/b.md' }],
        tasks,
        conflicts: [{ kind: 'model-field-type', id: 'model:order', model: 'Order', field: 'total', types: ['number', 'string'], sources: [{ file: 'docs/prd/a.md', line: 7, section: 'Data model' }, { file: 'docs/prd/b.md', line: 9, section: 'Data model' }], message: 'Model Order field "total" has conflicting types number (docs/prd/a.md:7) vs string (docs/prd/b.md:9)' }],
      },
      warnings: [{ file: 'docs/prd/b.md', line: 12, column: 3, code: 'WNOMETHOD', message: 'Endpoint /api/cost has no HTTP method' }],
    });
    await page.setContent(renderReportHtml(problems, { links: { kind: 'file', base: '../' } }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws a conflict and a warning with their file:line links and messages', async () => {
    const conflict = page.locator('#prd-problems li[data-severity="conflict"]');
    expect(await conflict.locator('a.loc').textContent()).toBe('docs/prd/a.md:7');
    expect(await conflict.locator('a.loc').getAttribute('href')).toBe('../docs/prd/a.md#L7');
    expect(await conflict.textContent()).toBe('conflict docs/prd/a.md:7 Model Order field "total" has conflicting types number (docs/prd/a.md:7) vs string (docs/prd/b.md:9)');
    const warning = page.locator('#prd-problems li[data-severity="warning"]');
    expect(await warning.locator('a.loc').textContent()).toBe('docs/prd/b.md:12:3');
    expect(await warning.locator('a.loc').getAttribute('href')).toBe('../docs/prd/b.md#L12');
    expect(await warning.textContent()).toBe('warning docs/prd/b.md:12:3 Endpoint /api/cost has no HTTP method');
    expect(await page.locator('#prd-problems h2').textContent()).toBe('Problems (2)');
    // No error among them: the banner stays empty.
    expect(await page.locator('#prd-banner').textContent()).toBe('');
  });
});

describe('jsonForScript', () => {
  it('has no <, > or & and no line separator, and parses back to the same value', () => {
    const json = jsonForScript({ text: HOSTILE });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text: HOSTILE });
  });
});

describe('renderReportHtml in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The page must need nothing from the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(renderReportHtml(model(), { links: { kind: 'file', base: '../' } }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Browser-side code as strings: this project's type check has no DOM library.
  const ids = () => page.evaluate<string[]>(`[...document.querySelectorAll('table.tasks tbody tr[data-id]')].map((tr) => tr.dataset.id)`);

  it('shows PRD text as text: no script in it runs, no element in it is made', async () => {
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.title()).toBe(`Shop ${HOSTILE}`);
    const rule = page.locator('tr[data-kind="rule"] td.what');
    expect(await rule.textContent()).toContain('</script><script>window.pwned = 1</script>');
    expect(await page.locator('img').count()).toBe(0);
  });

  it('shows every task with kind, id, what it asks and its PRD line; coverage, tests and change columns', async () => {
    expect(await ids()).toHaveLength(6);
    const orders = page.locator('tr[data-id="api:/api/orders"]');
    expect(await orders.locator('td.what').textContent()).toContain('GET, POST /api/orders');
    expect(await orders.locator('td.what').textContent()).toContain('POST Order → Order');
    expect(await orders.locator('a.loc').first().textContent()).toBe('docs/prd/orders.md:30');
    expect(await orders.locator('td.coverage').textContent()).toContain('implementedsrc/routes/orders.ts:4');
    expect(await orders.locator('td.tests').textContent()).toBe('src/orders.test.ts:9');
    expect(await page.locator('tr[data-id="model:order"] td.what').textContent()).toContain('note?: string');
    expect(await page.locator('tr[data-id="model:order"] td.change').textContent()).toContain('modified breakingfield note: number → string');
    expect(await page.locator('tr[data-id="api:/api/orders/:p"]').getAttribute('data-status')).toBe('added');
    expect(await page.locator('tr[data-id="api:/api/carts"]').getAttribute('class')).toContain('removed');
    expect(await page.locator('#prd-orphans').textContent()).toContain('GET /api/health');
    expect(await page.locator('#prd-diff').textContent()).toContain('+1 added');
    expect(await page.locator('#prd-banner').textContent()).toContain('docs/prd/orders.md:2:8 bad frontmatter');
    expect(await page.locator('#prd-problems li').count()).toBe(2);
  });

  it('links every file:line relative to the project root, each segment URL-encoded', async () => {
    expect(await page.locator('tr[data-id="page:/orders"] a.loc').getAttribute('href')).toBe('../docs/prd/a%20b.md#L3');
    const ruleHref = await page.locator('tr[data-kind="rule"] a.loc').getAttribute('href');
    expect(ruleHref).toBe('../javascript%3Aalert(1)#L7');
  });

  it('filters by kind, PRD and status, searches, sorts, and keeps all that across a re-render', async () => {
    await page.selectOption('#prd-kind', 'api');
    expect(await ids()).toEqual(['api:/api/orders', 'api:/api/orders/:p', 'api:/api/carts']);
    await page.selectOption('#prd-status', 'breaking');
    expect(await ids()).toEqual(['api:/api/carts']);
    await page.selectOption('#prd-status', '');
    await page.fill('#prd-search', 'orderid');
    expect(await ids()).toEqual(['api:/api/orders/:p']);
    await page.fill('#prd-search', '');
    await page.selectOption('#prd-kind', '');
    await page.selectOption('#prd-prd', 'docs/prd/a b.md');
    expect(await ids()).toEqual(['page:/orders']);
    await page.selectOption('#prd-prd', '');

    await page.click('button[data-sort="id"]');
    const ascending = await ids();
    expect(ascending).toEqual([...ascending].sort());
    await page.click('button[data-sort="id"]');
    expect(await ids()).toEqual([...ascending].reverse());

    await page.selectOption('#prd-kind', 'api');
    const next = model();
    next.tasks.push({ id: 'api:/api/new', task: { kind: 'api', path: '/api/new', methods: ['PUT'], sources: [{ file: 'docs/prd/orders.md', line: 50, section: 's' }] } });
    await page.evaluate(`window.prdReport.render(${JSON.stringify(next)})`);
    expect(await page.inputValue('#prd-kind')).toBe('api');
    expect(await ids()).toEqual(['api:/api/orders/:p', 'api:/api/orders', 'api:/api/new', 'api:/api/carts']);
    expect(await page.locator('#prd-count').textContent()).toBe('4 of 7 tasks');
  });

  it('is readable at 390 px: no sideways scrolling, one card per task', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await page.locator('table.tasks thead').isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await page.locator('table.tasks thead').isVisible()).toBe(true);
  });

  it('follows the light and dark schemes', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(13, 17, 23)');
  });
});
