import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { addProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ts from 'typescript';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { scaffold, scaffoldGenerator } from './generator.js';
import { componentName, toAppRoute } from './routes.js';

const ORDERS = readFileSync(path.join(packageRoot(), 'examples/apps/web/docs/prd/orders.md'), 'utf8');
// Compiled scaffolds are imported from inside the repository so that `react` resolves from its node_modules.
const scratch = mkdtempSync(path.join(packageRoot(), 'node_modules', '.prd-scaffold-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function transpile(source: string, fileName: string): string {
  const output = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX },
  });
  expect(output.diagnostics ?? []).toEqual([]);
  return output.outputText;
}

async function load(tree: Tree, file: string): Promise<Record<string, unknown>> {
  const target = path.join(scratch, `${path.basename(path.dirname(file)).replace(/\W/g, '_')}-${path.basename(file).replace(/\.tsx?$/, '.mjs')}`);
  writeFileSync(target, transpile(tree.read(file, 'utf8')!, file));
  return import(pathToFileURL(target).href) as Promise<Record<string, unknown>>;
}

describe('scaffold generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    addProjectConfiguration(tree, 'web', { root: 'apps/web' });
    tree.write('apps/web/docs/prd/orders.md', ORDERS);
  });

  it('creates a route handler and a page, each with a vitest test, in App Router folders', async () => {
    const result = await scaffold(tree, { project: 'web', skipFormat: true });
    for (const file of [
      'apps/web/app/api/orders/route.ts',
      'apps/web/app/api/orders/route.test.ts',
      'apps/web/app/api/orders/[orderId]/route.ts',
      'apps/web/app/api/orders/[orderId]/refunds/route.ts',
      'apps/web/app/api/carts/current/items/[sku]/route.ts',
      'apps/web/app/orders/page.tsx',
      'apps/web/app/orders/page.test.tsx',
      'apps/web/app/orders/[orderId]/page.tsx',
    ]) {
      expect(result.created).toContain(file);
      expect(tree.exists(file)).toBe(true);
    }
    const orders = tree.read('apps/web/app/api/orders/route.ts', 'utf8')!;
    expect(orders).toMatch(/export async function GET\(/);
    expect(orders).toMatch(/export async function POST\(/);
    expect(orders).toContain('docs/prd/orders.md:');
    for (const file of result.created) transpile(tree.read(file, 'utf8')!, file);
  });

  it('scaffolds handlers that answer 501 with their parameters, and pages that render their title', async () => {
    await scaffoldGenerator(tree, { project: 'web', skipFormat: true });
    const route = await load(tree, 'apps/web/app/api/orders/[orderId]/route.ts');
    const response = await (route.GET as (r: Request, c: unknown) => Promise<Response>)(new Request('http://localhost/api/orders/7'), { params: Promise.resolve({ orderId: '7' }) });
    expect(response.status).toBe(501);
    expect(await response.json()).toEqual({ error: 'Not implemented', method: 'GET', path: '/api/orders/:orderId', params: { orderId: '7' } });

    const page = await load(tree, 'apps/web/app/orders/page.tsx');
    const title = (page.metadata as { title: string }).title;
    expect(title.length).toBeGreaterThan(0);
    expect(renderToStaticMarkup(createElement(page.default as () => null))).toBe(`<main><h1>${title}</h1></main>`);
  });

  it('never overwrites: existing files are kept and reported', async () => {
    tree.write('apps/web/app/orders/page.tsx', '// mine\n');
    const result = await scaffold(tree, { project: 'web', skipFormat: true });
    expect(tree.read('apps/web/app/orders/page.tsx', 'utf8')).toBe('// mine\n');
    expect(result.skipped).toEqual(['apps/web/app/orders/page.tsx']);
    const again = await scaffold(tree, { project: 'web', skipFormat: true });
    expect(again.created).toEqual([]);
    expect(again.skipped.length).toBe(result.created.length + 1);
  });

  it('takes a template folder from the workspace when one exists', async () => {
    tree.write('tools/prd-templates/simple-page/page.tsx.template', 'export const route = <%- routeLiteral %>;\n');
    const result = await scaffold(tree, { project: 'web', kinds: ['page'], skipFormat: true });
    expect(tree.read('apps/web/app/orders/[orderId]/page.tsx', 'utf8')).toBe('export const route = "/orders/:orderId";\n');
    expect(result.created.every((file) => file.endsWith('page.tsx'))).toBe(true);
    expect(tree.exists('apps/web/app/api/orders/route.ts')).toBe(false);
  });

  it('returns nothing to Nx, which would call a returned value as a task', async () => {
    expect(await scaffoldGenerator(tree, { project: 'web', skipFormat: true })).toBeUndefined();
  });

  it('refuses bad options with the option named', async () => {
    await expect(scaffoldGenerator(tree, { project: 'web', appDir: '../escape', skipFormat: true })).rejects.toThrow(/--appDir/);
    await expect(scaffoldGenerator(tree, { project: 'web', templates: '/etc', skipFormat: true })).rejects.toThrow(/--templates/);
  });
});

describe('toAppRoute', () => {
  it('maps parameters to [name] folders', () => {
    expect(toAppRoute('/api/orders/:orderId/refunds')).toEqual({ folder: 'api/orders/[orderId]/refunds', params: ['orderId'] });
    expect(toAppRoute('/')).toEqual({ folder: '', params: [] });
  });

  it('refuses what is not a plain segment: traversal, separators, odd parameter names, repeats', () => {
    for (const route of ['/a/../b', '/a/..', 'relative', '/a\\b', '/a/:1x', '/a/:id/b/:id', '/a/<script>', '/a/ b', '/a/%2e%2e']) {
      expect(toAppRoute(route), route).toBeUndefined();
    }
  });
});

describe('componentName', () => {
  it('is a PascalCase identifier ending in Page, whatever the title', () => {
    expect(componentName('Order history', '/orders')).toBe('OrderHistoryPage');
    expect(componentName('3D "view" </h1>', '/x')).toBe('Route3DViewH1Page');
    expect(componentName('', '/settings/notifications')).toBe('SettingsNotificationsPage');
    expect(componentName('Orders Page', '/orders')).toBe('OrdersPage');
  });
});
