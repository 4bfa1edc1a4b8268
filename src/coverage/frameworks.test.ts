import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/corpus.js';
import { coverageJson, runCoverage } from './index.js';

/** Coverage of one fixture app, compact: `status kind label @ first place`, and orphans `method path @ file:line`. */
async function fixture(name: string) {
  const run = await runCoverage({ root: path.join(repoRoot, 'fixtures/coverage', name) });
  const json = coverageJson(run.result, run.index);
  const label = (t: Record<string, unknown>) => (t.kind === 'api' ? `${t.method} ${t.path}` : String(t.path ?? t.name ?? t.text));
  const at = (list: unknown) => (list as Array<{ file: string; line: number }>).map((p) => `${p.file}:${p.line}`).join(' ');
  return {
    run,
    json,
    tasks: json.tasks.map((t) => `${t.status} ${label(t)}${at(t.implementations) ? ` @ ${at(t.implementations)}` : ''}`),
    orphans: json.orphans.map((o) => `${o.method ? `${o.method} ` : ''}${o.path} @ ${o.file}:${o.line}`),
    tested: json.tasks.filter((t) => (t.tests as unknown[]).length > 0).map(label),
  };
}

describe('coverage reads each framework', () => {
  it('Next.js App Router handlers and pages, Pages Router API and pages; groups drop out, private folders and _app are not routes', async () => {
    const r = await fixture('next');
    expect(r.tasks).toEqual([
      'implemented GET /api/orders @ app/api/orders/route.ts:5',
      'implemented POST /api/orders @ app/api/orders/route.ts:9',
      'implemented GET /api/orders/:orderId @ app/api/orders/[orderId]/route.ts:5',
      'missing PATCH /api/orders/:orderId',
      'missing /checkout',
      'implemented /orders @ app/(shop)/orders/page.tsx:1',
      'implemented /orders/:orderId @ app/orders/[orderId]/page.tsx:1',
      'untested The system must reject an order with a negative total.',
    ]);
    expect(r.orphans).toEqual([
      // `export { remove as DELETE }` counts as the DELETE handler.
      'DELETE /api/orders/:orderId @ app/api/orders/[orderId]/route.ts:15',
      '/about @ pages/about.tsx:1',
      // The handler answers GET only (its `req.method === 'GET'` check).
      'GET /api/health @ pages/api/health.ts:3',
    ]);
    // `fetch(`${base}/api/orders`)` is a GET; the POST test passes `{ method: 'POST' }`.
    expect(r.tested).toEqual(['GET /api/orders', 'POST /api/orders']);
  });

  it('Next.js under src/app, with a catch-all [...slug] segment', async () => {
    const r = await fixture('next-src');
    expect(r.tasks).toEqual(['implemented GET /api/items/:slug @ src/app/api/items/[...slug]/route.ts:1', 'implemented /pricing @ src/app/(marketing)/pricing/page.tsx:1']);
    expect(r.orphans).toEqual([]);
  });

  it('Express: a router imported and mounted under /api, route() chains, an orphan router under /admin', async () => {
    const r = await fixture('express');
    expect(r.tasks).toEqual([
      'missing GET /api/customers/:customerId/orders',
      'implemented GET /api/orders @ src/routes/orders.ts:6',
      'implemented POST /api/orders @ src/routes/orders.ts:10',
      'implemented GET /api/orders/:orderId @ src/routes/orders.ts:16',
      'missing PATCH /api/orders/:orderId',
      'implemented GET /health @ src/app.ts:9',
    ]);
    expect(r.orphans).toEqual(['POST /admin/reindex @ src/routes/admin.ts:5', 'DELETE /api/orders/:orderId @ src/routes/orders.ts:16']);
    // supertest: `.get('/api/orders')` and a template path `/api/orders/${42}`.
    expect(r.tested).toEqual(['GET /api/orders', 'GET /api/orders/:orderId']);
  });

  it('Fastify: route({ method: [...], url }), a plugin registered with a prefix, an inline plugin', async () => {
    const r = await fixture('fastify');
    expect(r.tasks).toEqual([
      'missing GET /api/invoices',
      'implemented GET /api/orders @ src/orders.ts:6',
      'implemented POST /api/orders @ src/orders.ts:8',
      'implemented GET /api/orders/:orderId @ src/orders.ts:14',
      'implemented GET /health @ src/app.ts:7',
    ]);
    expect(r.orphans).toEqual(['HEAD /health @ src/app.ts:7', 'POST /admin/reindex @ src/app.ts:15']);
    // `app.inject({ method: 'GET', url: '/api/orders' })` in a node:test file.
    expect(r.tested).toEqual(['GET /api/orders']);
  });

  it('Hono: basePath, route() mounts across files, on([...])', async () => {
    const r = await fixture('hono');
    expect(r.tasks).toEqual([
      'missing GET /api/carts/current',
      'implemented GET /api/orders @ src/orders.ts:5',
      'implemented POST /api/orders @ src/orders.ts:6',
      'implemented GET /api/orders/:orderId @ src/orders.ts:7',
    ]);
    expect(r.orphans).toEqual(['GET /status @ src/index.ts:9', 'HEAD /status @ src/index.ts:9']);
  });

  it('Koa-router: a prefix option, a named route, a router mounted with use(path, sub.routes())', async () => {
    const r = await fixture('koa');
    expect(r.tasks).toEqual(['implemented GET /api/orders @ src/router.ts:6', 'implemented GET /api/orders/:id @ src/router.ts:10', 'missing PUT /api/orders/:id']);
    expect(r.orphans).toEqual(['GET /api/catalogue/items @ src/items.ts:5']);
  });

  it('NestJS: @Controller path (string or { path }) joined with @Get(":id") and friends', async () => {
    const r = await fixture('nest');
    expect(r.tasks).toEqual([
      'implemented GET /orders @ src/orders/orders.controller.ts:5',
      'implemented POST /orders @ src/orders/orders.controller.ts:10',
      'implemented GET /orders/:id @ src/orders/orders.controller.ts:15',
      'missing PATCH /orders/:id',
    ]);
    expect(r.orphans).toEqual(['GET /health @ src/orders/health.controller.ts:5', 'DELETE /orders/:id @ src/orders/orders.controller.ts:20']);
  });

  it('React Router: nested route objects and <Route> elements, paths joined; the * catch-all is no page', async () => {
    const r = await fixture('react-router');
    expect(r.tasks).toEqual(['implemented /account/settings @ src/router.tsx:11', 'missing /cart', 'implemented /orders @ src/router.tsx:9', 'implemented /orders/:orderId @ src/router.tsx:10']);
    expect(r.orphans).toEqual(['/support @ src/Legacy.tsx:7', '/support/contact @ src/Legacy.tsx:8', '/ @ src/router.tsx:5']);
  });

  it('TanStack Router: createFileRoute paths, $params, index routes, pathless _layout segments; __root is no page', async () => {
    const r = await fixture('tanstack');
    expect(r.tasks).toEqual(['missing /invoices', 'implemented /orders @ src/routes/orders.index.tsx:3', 'implemented /orders/:orderId @ src/routes/orders.$orderId.tsx:3']);
    expect(r.orphans).toEqual(['/profile @ src/routes/_auth.profile.tsx:3']);
  });

  it('Vue Router: routes with children joined; redirects and /:pathMatch(.*)* are no pages', async () => {
    const r = await fixture('vue-router');
    expect(r.tasks).toEqual(['implemented /orders @ src/router/index.ts:8', 'implemented /orders/:orderId @ src/router/index.ts:11', 'missing /wishlist']);
    expect(r.orphans).toEqual(['/about @ src/router/index.ts:13']);
  });

  it('Prisma models, Drizzle tables (variable or SQL name), exported TS interface/type/class and zod schemas', async () => {
    expect((await fixture('prisma')).tasks).toEqual(['implemented Order @ prisma/schema.prisma:11', 'implemented OrderLine @ prisma/schema.prisma:17', 'missing Refund']);
    expect((await fixture('drizzle')).tasks).toEqual(['missing Customer', 'implemented Order @ src/db/schema.ts:4', 'implemented OrderLine @ src/db/schema.ts:9']);
    // Shipment is declared but not exported: it is not the app's model.
    expect((await fixture('models')).tasks).toEqual([
      'implemented Customer @ src/models.ts:8',
      'implemented Invoice @ src/models.ts:10',
      'implemented Order @ src/models.ts:3',
      'implemented Product @ src/models.ts:12',
      'missing Shipment',
    ]);
  });
});
