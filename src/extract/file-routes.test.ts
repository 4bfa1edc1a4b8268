/**
 * File-based routing as PRDs of Next.js, Remix, SvelteKit, Nuxt and Astro apps write it: route
 * files in a directory tree or named inline, read as pages and API routes. Each rule has its
 * negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, mergedTasks, pageRoutes } from '../testing/extract.js';
import { extractTasks } from './extract.js';
import { mayContain, routeOfFile } from './file-routes.js';
import { extractWarnings } from './warnings.js';
import { parsePrd } from '../prd/index.js';

/** Pages as `route "title" @line`, sorted by route. */
const pages = (md: string) => mergedTasks(md).flatMap((t) => (t.kind === 'page' ? [`${t.route} "${t.title}" @${t.sources[0]!.line}`] : []));
const fence = (...lines: string[]) => ['```', ...lines, '```'];

describe('a directory tree in a code block', () => {
  it('gives a page per page.tsx: groups vanish, [param] is :param, a short comment is the title', () => {
    const md = [
      '# Acme',
      '',
      '## App structure',
      '',
      ...fence(
        'app/',
        '├── (marketing)/',
        '│   ├── page.tsx                         # landing page',
        '│   └── pricing/page.tsx',
        '├── dashboard/',
        '│   ├── layout.tsx',
        '│   ├── page.tsx',
        '│   ├── [projectId]/',
        '│   │   ├── page.tsx',
        '│   │   └── settings/page.tsx',
        '└── invite/[token]/page.tsx',
      ),
    ].join('\n');
    expect(pages(md)).toEqual([
      '/ "landing page" @8',
      '/dashboard "Dashboard" @12',
      '/dashboard/:projectId "Dashboard detail" @14',
      '/dashboard/:projectId/settings "Settings" @15',
      '/invite/:token "Invite detail" @16',
      '/pricing "Pricing" @9',
    ]);
    expect(apiLines(md)).toEqual([]);
  });

  it('reads plain indentation and ASCII drawing, under a project folder, and route.ts with the methods of its comment', () => {
    const md = [
      '# Acme',
      '',
      '## Layout',
      '',
      ...fence('my-app/', '  src/app/', '    page.tsx', '    orders/', '      [orderId]/', '        page.tsx', '    api/', '      orders/', '        route.ts    # GET, POST'),
      '',
      ...fence('app', '|-- docs/[[...slug]]/page.tsx', '|-- blog/[...slug]/page.tsx', '`-- api/health/route.ts'),
    ].join('\n');
    expect(pageRoutes(md)).toEqual(['/', '/blog/:slug', '/docs/:slug', '/orders/:orderId']);
    expect(apiLines(md)).toEqual(['? /api/health', 'GET /api/orders', 'POST /api/orders']);
  });

  it('leaves out @slot folders (no segment), _private folders, intercepting routes and layout, loading, error files', () => {
    const md = [
      '# Acme',
      '',
      '## Structure',
      '',
      ...fence(
        'app/',
        '├── layout.tsx',
        '├── loading.tsx',
        '├── error.tsx',
        '├── @modal/',
        '│   └── page.tsx',
        '├── _components/',
        '│   └── page.tsx',
        '├── feed/',
        '│   ├── page.tsx',
        '│   └── @modal/(.)photo/[id]/page.tsx',
        '└── photo/[id]/page.tsx',
      ),
    ].join('\n');
    expect(pageRoutes(md)).toEqual(['/', '/feed', '/photo/:id']);
  });

  it('does not: a source tree with no routing folder, code in a programming language, a tree a sentence or a heading puts out of scope', () => {
    const md = [
      '# Acme',
      '',
      '## Source layout',
      '',
      ...fence('src/', '├── components/', '│   ├── ui/button.tsx', '│   └── pages/OrderPage.tsx', '├── lib/', '│   ├── db.ts', '│   └── routes/index.ts', '└── middleware.ts'),
      '',
      '```ts',
      "import Page from './app/dashboard/page.tsx';",
      'app/dashboard/page.tsx',
      '```',
      '',
      'The legacy pages router, to be removed after the migration:',
      '',
      ...fence('pages/', '├── index.tsx', '└── orders/[id].tsx'),
      '',
      '## Legacy structure',
      '',
      ...fence('app/', '└── old/page.tsx'),
      '',
      '## Current structure',
      '',
      ...fence('app/', '├── reports/page.tsx', '└── archive/page.tsx   # deprecated, removed in v2'),
    ].join('\n');
    expect(pageRoutes(md)).toEqual(['/reports']);
  });
});

describe('route files named inline, in list items and tables', () => {
  it('maps each router: Next app and pages routers, SvelteKit, Nuxt, Astro and Remix', () => {
    const md = [
      '# Acme',
      '',
      '## Routes',
      '',
      '- `app/dashboard/[id]/page.tsx` — project overview',
      '- pages/orders/[id].tsx and `pages/index.tsx`',
      '- SvelteKit: `src/routes/blog/[slug]/+page.svelte`, `src/routes/(app)/admin/+page.server.ts`',
      '- Nuxt: `pages/users/[id].vue`, Astro: `src/pages/about.astro`',
      '- Remix: `app/routes/orders.$id.tsx`, `app/routes/_index.tsx`, `app/routes/_auth.login.tsx`, `app/routes/orders_.$id.edit.tsx`, `app/routes/settings.$section/route.tsx`',
    ].join('\n');
    expect(pageRoutes(md)).toEqual(['/', '/about', '/admin', '/blog/:slug', '/dashboard/:id', '/login', '/orders/:id', '/orders/:id/edit', '/settings/:section', '/users/:id']);
    expect(pages(md).find((p) => p.startsWith('/dashboard'))).toBe('/dashboard/:id "project overview" @5');
  });

  it('reads a section with no code marks, table or fence the same way, its rules still read', () => {
    const md = ['# Shop', '', '## Storefront', '', '- pages/orders/[id].tsx — order detail', '- pages/api/orders.ts receives the carrier callbacks', '- The cart must keep items for 30 days.'].join('\n');
    expect(pages(md)).toEqual(['/orders/:id "order detail" @5']);
    expect(apiLines(md)).toEqual(['? /api/orders']);
    expect(mergedTasks(md).filter((t) => t.kind === 'rule').map((t) => t.kind === 'rule' && t.text)).toEqual(['The cart must keep items for 30 days.']);
  });

  it('gives the same route as a page written as a path: `/orders/{id}` and `pages/orders/[id].tsx` are one page', () => {
    const md = ['# Shop', '', '## Pages', '', '- Order detail — `/orders/{id}`', '- `pages/orders/[id].tsx`'].join('\n');
    expect(pages(md)).toEqual(['/orders/:id "Order detail" @5']);
  });

  it('gives API routes the upper-case method words of their item or row; one with none is an endpoint with a warning', () => {
    const md = [
      '# Acme',
      '',
      '## Backend',
      '',
      "- `app/api/projects/route.ts` — `GET` lists the team's projects, `POST` creates a project",
      '- `app/api/projects/[projectId]/route.ts` — `GET`, `PATCH`, `DELETE`',
      '- `app/api/webhooks/stripe/route.ts` receives Stripe events; get it right',
      '- `pages/api/orders/[id].ts` (PUT) and `src/routes/api/posts/+server.ts` (GET)',
      '',
      '| File | Methods | Notes |',
      '|---|---|---|',
      '| `app/api/teams/route.ts` | GET, POST | team list |',
      '| `app/routes/export.csv.ts` | | resource route |',
    ].join('\n');
    expect(apiLines(md)).toEqual([
      '? /api/webhooks/stripe',
      '? /export/csv',
      'DELETE /api/projects/:projectId',
      'GET /api/posts',
      'GET /api/projects',
      'GET /api/projects/:projectId',
      'GET /api/teams',
      'PATCH /api/projects/:projectId',
      'POST /api/projects',
      'POST /api/teams',
      'PUT /api/orders/:id',
    ]);
    const warnings = extractWarnings(extractTasks(parsePrd(md, 'x.md'))).map((w) => `${w.code} ${w.line}`);
    expect(warnings).toEqual(['WNOMETHOD 7', 'WNOMETHOD 13']);
  });

  it('does not: a legacy folder, component and library files, a web URL holding /app/, an out-of-scope or questioning line', () => {
    const md = [
      '# Acme',
      '',
      '## Routes',
      '',
      '- Do not add pages under `src/pages/`; new pages go in `app/`.',
      '- Shared UI: `components/ui/button.tsx`, `lib/db.ts`, `app/layout.tsx`, `app/loading.tsx`, `app/error.tsx`, `middleware.ts`, `pages/_app.tsx`, `src/pages/OrderPage.tsx`',
      '- Docs: https://example.com/app/dashboard/page.tsx and nextjs.org/docs/app/building-your-application/routing/page.tsx',
      '- `app/beta/page.tsx` is out of scope for this release.',
      '- Should we add `app/labs/page.tsx`?',
      '- The page. Next we route. Pages/screens and routes/endpoints are listed below.',
    ].join('\n');
    expect(mergedTasks(md).filter((t) => t.kind !== 'rule')).toEqual([]);
  });
});

describe('routeOfFile and the prefilter', () => {
  it('maps paths by their router, and nothing else', () => {
    expect(routeOfFile('src/app/(shop)/cart/page.tsx')).toEqual({ kind: 'page', route: '/cart' });
    expect(routeOfFile('./app/api/v1/items/[item-id]/route.ts')).toEqual({ kind: 'api', route: '/api/v1/items/:itemId' });
    expect(routeOfFile('pages/api/index.ts')).toEqual({ kind: 'api', route: '/api' });
    expect(routeOfFile('src/routes/users/[id=integer]/+server.js')).toEqual({ kind: 'api', route: '/users/:id' });
    expect(routeOfFile('app/routes/files.$.tsx')).toEqual({ kind: 'page', route: '/files/:splat' });
    expect(routeOfFile('app/routes/($lang).about.tsx')).toEqual({ kind: 'page', route: '/:lang/about' });
    for (const none of ['app/page', 'app/dashboard/', 'app/template.tsx', 'pages/404.tsx', 'pages/index.client.vue', 'src/routes/+layout.svelte', 'app/routes/_auth.tsx', 'components/pages/home.tsx', 'example.com/app/page.tsx', 'https://x.io/app/page.tsx', 'app\\page.tsx']) {
      expect(routeOfFile(none), none).toBeUndefined();
    }
  });

  it('passes texts that may name a route file, not prose about pages and routes', () => {
    for (const yes of ['app/page.tsx', '+page.svelte', 'route.ts', 'pages/x.vue', 'app/routes/x.tsx']) expect(mayContain(yes), yes).toBe(true);
    for (const no of ['The landing page. It loads fast.', 'See the route.', 'page/route', 'Pages: home, cart']) expect(mayContain(no), no).toBe(false);
  });
});

describe('hostile input', () => {
  it('goes through long runs of brackets, spaces and slashes and a deep tree without a hang', () => {
    const md = [
      '# A',
      '',
      '## B',
      '',
      `- \`app/[${']'.repeat(200_000)}x/page.tsx\``,
      `- \`app/x/page.tsx\` —${' '.repeat(200_000)}x`,
      '',
      ...fence(`app${'/'.repeat(200_000)}x page.tsx`, ...Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}${'d'.repeat(200)}/`), `${' '.repeat(2000)}page.tsx`),
    ].join('\n');
    expect(pageRoutes(md)).toEqual(['/x']);
  });
});
