/**
 * Round 26, code shown as it is today: route code a lead-in or its file comment says is there already
 * and unchanged, and route files a tree marks "existing, unchanged", declare nothing to build.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, pageRoutes } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('a block of route code led in as already there and unchanged', () => {
  const routes = (lead: string, head = '// src/routes/health.ts') =>
    lines('# Spec', '', '## Routes', '', '```ts', '// src/routes/orders.ts', "app.get('/orders', listOrders)", '```', '', lead, '', '```ts', head, "app.get('/healthz', async () => ({ ok: true }))", '```');

  it('declares nothing: "already there, not touching it:", "Current router, unchanged by this release:"', () => {
    expect(apiLines(routes('already there, not touching it:'))).toEqual(['GET /orders']);
    expect(apiLines(routes('Current router, unchanged by this release:'))).toEqual(['GET /orders']);
  });

  it('declares nothing when its file comment says it is today\'s: `// src/routes/health.ts (existing)`', () => {
    expect(apiLines(routes('Health check:', '// src/routes/health.ts (existing)'))).toEqual(['GET /orders']);
  });

  it('still declares its routes when the lead-in says what changes besides, or says nothing of it', () => {
    expect(apiLines(routes('The health router is unchanged except for the new probe:'))).toEqual(['GET /healthz', 'GET /orders']);
    expect(apiLines(routes('Health check, new in this release:'))).toEqual(['GET /healthz', 'GET /orders']);
  });

  it('reads a Vue router shown as it is today as no pages', () => {
    const md = lines('# Spec', '', '## Frontend', '', 'Current router, unchanged by this release:', '', '```ts', '// src/router/index.ts', 'const routes: RouteRecordRaw[] = [', "  { path: '/login', name: 'login', component: LoginView },", ']', '```', '', '```ts', '// src/router/board.ts', 'export const boardRoutes: RouteRecordRaw[] = [', "  { path: '/board', name: 'board', component: BoardView },", ']', '```');
    expect(pageRoutes(md)).toEqual(['/board']);
  });
});

describe('a route file a directory tree marks as there already', () => {
  const tree = (note: string) =>
    lines('# Spec', '', '## Routes', '', '```text', 'app/', `├── (marketing)/page.tsx        ${note}`, '├── shows/page.tsx              show list', '└── api/', '    ├── auth/[...nextauth]/route.ts   existing, unchanged', '    └── shows/route.ts            GET, POST', '```');

  it('declares nothing: "existing, unchanged", "existing landing page, not touched"', () => {
    const md = tree('existing landing page, not touched');
    expect(pageRoutes(md)).toEqual(['/shows']);
    expect(apiLines(md)).toEqual(['GET /api/shows', 'POST /api/shows']);
  });

  it('keeps a file whose comment only names what it shows of existing things', () => {
    expect(pageRoutes(tree("existing shows, newest first"))).toEqual(['/', '/shows']);
  });
});
