/**
 * The numbers on the coverage page (`coverage --html`, the Nx target's index.html): the per-kind bars
 * and the per-PRD table's Implemented column, with two PRDs that share an endpoint. The page counts
 * tasks (an endpoint is implemented when each of its methods is), not the per-method entries of --json.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../testing/chromium.js';
import { repoRoot } from '../testing/corpus.js';
import { tempProject } from '../testing/tmp.js';
import { runCoverage } from './run.js';
import { writeCoverageReports } from './write-reports.js';

const BILLING = '# Billing\n\n## 1. API\n\nAPI: GET /api/orders\nAPI: GET, POST /api/invoices\n\n## 2. Pages\n\nPage: /invoices — Invoices\n\n## 3. Data\n\nModel: Invoice — id, amount\n\n## 4. Rules\n\nThe system must keep an invoice total positive.\n';

describe('coverage page numbers', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const root = tempProject('prd-cov-page-');
    cpSync(path.join(repoRoot, 'fixtures/coverage/express'), root, { recursive: true });
    writeFileSync(path.join(root, 'docs/prd/billing.md'), BILLING);
    const run = await runCoverage({ root });
    expect(run.errors).toEqual([]);
    await writeCoverageReports(path.join(root, 'coverage/prd'), root, run);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(readFileSync(path.join(root, 'coverage/prd/index.html'), 'utf8'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Browser-side code as strings: this project's type check has no DOM library.
  const cards = () =>
    page.evaluate<Array<{ kind: string; text: string; bar: string; title: string }>>(
      `[...document.querySelectorAll('#prd-summary .card')].map((c) => ({ kind: c.dataset.kind, text: c.textContent, bar: c.querySelector('.bar span').style.width, title: c.querySelector('.bar').title }))`,
    );
  const prdRows = () => page.evaluate<Array<{ prd: string; cells: string[] }>>(`[...document.querySelectorAll('#prd-prds tbody tr')].map((tr) => ({ prd: tr.dataset.prd, cells: [...tr.cells].slice(2).map((td) => td.textContent) }))`);
  const headings = () => page.evaluate<string[]>(`[...document.querySelectorAll('#prd-prds thead th')].slice(2).map((th) => th.textContent)`);

  it('per-kind bars: implemented tasks of each kind, the bar as wide as their share', async () => {
    // Endpoints: /api/orders (GET, POST) and /health implemented; /api/orders/:p (PATCH missing), the
    // customers' orders and /api/invoices not: 2 of 5. The model, the page and the rule: 0 of 1 each.
    expect(await cards()).toEqual([
      { kind: 'api', text: '5Endpoints · 2 implemented', bar: '40%', title: '2 of 5 implemented' },
      { kind: 'model', text: '1Models · 0 implemented', bar: '0%', title: '0 of 1 implemented' },
      { kind: 'page', text: '1Pages · 0 implemented', bar: '0%', title: '0 of 1 implemented' },
      { kind: 'rule', text: '1Rules · 0 implemented', bar: '0%', title: '0 of 1 implemented' },
    ]);
  });

  it("per-PRD table: each PRD's tasks per kind and its implemented share (a shared endpoint in both)", async () => {
    expect((await headings()).slice(-2)).toEqual(['Implemented', 'Problems']);
    expect(await prdRows()).toEqual([
      // billing.md: /api/orders (implemented), /api/invoices, /invoices, Invoice, the rule.
      { prd: 'docs/prd/billing.md', cells: ['2', '1', '1', '1', '1 / 5', '0'] },
      // shop.md: /api/orders and /health implemented; /api/orders/:p and the customers' orders not.
      { prd: 'docs/prd/shop.md', cells: ['4', '0', '0', '0', '2 / 4', '0'] },
    ]);
  });
});
