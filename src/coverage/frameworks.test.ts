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

/** One fixture app and what coverage must say of it; `orphans` and `tested` are checked when given. */
interface FrameworkCase {
  title: string;
  fixture: string;
  tasks: string[];
  orphans?: string[];
  tested?: string[];
}

const CASES: FrameworkCase[] = [
  {
    title: 'Next.js App Router handlers and pages, Pages Router API and pages; groups drop out, private folders and _app are not routes',
    fixture: 'next',
    tasks: [
      'implemented GET /api/orders @ app/api/orders/route.ts:5',
      'implemented POST /api/orders @ app/api/orders/route.ts:9',
      'implemented GET /api/orders/:orderId @ app/api/orders/[orderId]/route.ts:5',
      'missing PATCH /api/orders/:orderId',
      'missing /checkout',
      'implemented /orders @ app/(shop)/orders/page.tsx:1',
      'implemented /orders/:orderId @ app/orders/[orderId]/page.tsx:1',
      'untested The system must reject an order with a negative total.',
    ],
    orphans: [
      // `export { remove as DELETE }` counts as the DELETE handler.
      'DELETE /api/orders/:orderId @ app/api/orders/[orderId]/route.ts:15',
      '/about @ pages/about.tsx:1',
      // The handler answers GET only (its `req.method === 'GET'` check).
      'GET /api/health @ pages/api/health.ts:3',
    ],
    // `fetch(`${base}/api/orders`)` is a GET; the POST test passes `{ method: 'POST' }`.
    tested: ['GET /api/orders', 'POST /api/orders'],
  },
  {
    title: 'Next.js under src/app, with a catch-all [...slug] segment',
    fixture: 'next-src',
    tasks: ['implemented GET /api/items/:slug @ src/app/api/items/[...slug]/route.ts:1', 'implemented /pricing @ src/app/(marketing)/pricing/page.tsx:1'],
    orphans: [],
  },
  {
    title: 'Express: a router imported and mounted under /api, route() chains, an orphan router under /admin',
    fixture: 'express',
    tasks: [
      'missing GET /api/customers/:customerId/orders',
      'implemented GET /api/orders @ src/routes/orders.ts:6',
      'implemented POST /api/orders @ src/routes/orders.ts:10',
      'implemented GET /api/orders/:orderId @ src/routes/orders.ts:16',
      'missing PATCH /api/orders/:orderId',
      'implemented GET /health @ src/app.ts:9',
    ],
    // GET /api/coupons/:code: a router made and mounted in app.ts itself.
    orphans: ['GET /api/coupons/:code @ src/app.ts:16', 'POST /admin/reindex @ src/routes/admin.ts:5', 'DELETE /api/orders/:orderId @ src/routes/orders.ts:16'],
    // supertest: `.get('/api/orders')` and a template path `/api/orders/${42}`.
    tested: ['GET /api/orders', 'GET /api/orders/:orderId'],
  },
  {
    title: 'Fastify: route({ method: [...], url }), a plugin registered with a prefix, an inline plugin',
    fixture: 'fastify',
    tasks: [
      'missing GET /api/invoices',
      'implemented GET /api/orders @ src/orders.ts:6',
      'implemented POST /api/orders @ src/orders.ts:8',
      'implemented GET /api/orders/:orderId @ src/orders.ts:14',
      'implemented GET /health @ src/app.ts:7',
    ],
    orphans: ['HEAD /health @ src/app.ts:7', 'POST /admin/reindex @ src/app.ts:15'],
    // `app.inject({ method: 'GET', url: '/api/orders' })` in a node:test file.
    tested: ['GET /api/orders'],
  },
  {
    title: 'Hono: basePath, route() mounts across files, on([...])',
    fixture: 'hono',
    tasks: [
      'missing GET /api/carts/current',
      'implemented GET /api/orders @ src/orders.ts:5',
      'implemented POST /api/orders @ src/orders.ts:6',
      'implemented GET /api/orders/:orderId @ src/orders.ts:7',
    ],
    orphans: ['GET /status @ src/index.ts:9', 'HEAD /status @ src/index.ts:9'],
  },
  {
    title: 'Koa-router: a prefix option, a named route, a router mounted with use(path, sub.routes())',
    fixture: 'koa',
    tasks: ['implemented GET /api/orders @ src/router.ts:6', 'implemented GET /api/orders/:id @ src/router.ts:10', 'missing PUT /api/orders/:id'],
    orphans: ['GET /api/catalogue/items @ src/items.ts:5'],
  },
  {
    title: 'NestJS: @Controller path (string or { path }) joined with @Get(":id") and friends',
    fixture: 'nest',
    tasks: [
      'implemented GET /orders @ src/orders/orders.controller.ts:5',
      'implemented POST /orders @ src/orders/orders.controller.ts:10',
      'implemented GET /orders/:id @ src/orders/orders.controller.ts:15',
      'missing PATCH /orders/:id',
    ],
    orphans: ['GET /health @ src/orders/health.controller.ts:5', 'DELETE /orders/:id @ src/orders/orders.controller.ts:20'],
  },
  {
    title: 'React Router: nested route objects and <Route> elements, paths joined; the * catch-all is no page',
    fixture: 'react-router',
    tasks: ['implemented /account/settings @ src/router.tsx:11', 'missing /cart', 'implemented /orders @ src/router.tsx:9', 'implemented /orders/:orderId @ src/router.tsx:10'],
    orphans: ['/support @ src/Legacy.tsx:7', '/support/contact @ src/Legacy.tsx:8', '/ @ src/router.tsx:5'],
  },
  {
    title: 'TanStack Router: createFileRoute paths, $params, index routes, pathless _layout segments; __root is no page',
    fixture: 'tanstack',
    // invoices.$invoiceId.tsx calls createFileRoute() without a path: the file name gives it.
    tasks: ['missing /invoices', 'implemented /invoices/:invoiceId @ src/routes/invoices.$invoiceId.tsx:4', 'implemented /orders @ src/routes/orders.index.tsx:3', 'implemented /orders/:orderId @ src/routes/orders.$orderId.tsx:3'],
    orphans: ['/profile @ src/routes/_auth.profile.tsx:3'],
  },
  {
    title: 'Vue Router: routes with children joined; redirects and /:pathMatch(.*)* are no pages',
    fixture: 'vue-router',
    tasks: ['implemented /orders @ src/router/index.ts:8', 'implemented /orders/:orderId @ src/router/index.ts:11', 'missing /wishlist'],
    orphans: ['/about @ src/router/index.ts:13'],
  },
  { title: 'Prisma models', fixture: 'prisma', tasks: ['implemented Order @ prisma/schema.prisma:11', 'implemented OrderLine @ prisma/schema.prisma:17', 'missing Refund'] },
  { title: 'Drizzle pgTable, sqliteTable and mysqlTable (variable or SQL name)', fixture: 'drizzle', tasks: ['implemented Customer @ src/db/schema.ts:16', 'implemented Order @ src/db/schema.ts:5', 'implemented OrderLine @ src/db/schema.ts:10'] },
  {
    // Shipment is declared but not exported: it is not the app's model.
    title: 'exported TS interface/type/class and zod schemas',
    fixture: 'models',
    tasks: ['implemented Customer @ src/models.ts:8', 'implemented Invoice @ src/models.ts:10', 'implemented Order @ src/models.ts:3', 'implemented Product @ src/models.ts:12', 'missing Shipment'],
  },
];

describe('coverage reads each framework', () => {
  it.each(CASES)('$title', async ({ fixture: name, tasks, orphans, tested }) => {
    const r = await fixture(name);
    expect(r.tasks).toEqual(tasks);
    if (orphans) expect(r.orphans).toEqual(orphans);
    if (tested) expect(r.tested).toEqual(tested);
  });
});
