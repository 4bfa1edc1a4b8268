/**
 * What the coverage scanner finds in source files, and what matching makes of it.
 * Every place is a POSIX path relative to the project root and a 1-based line.
 */
import type { Place, TaskCoverage } from '../report/index.js';
import type { TaskKind } from '../types.js';

export type { Place, TaskCoverage };

/** The framework (or file convention) a finding was read from. */
export type Framework =
  | 'next-app'
  | 'next-pages'
  | 'express'
  | 'fastify'
  | 'hono'
  | 'koa-router'
  | 'nest'
  | 'react-router'
  | 'tanstack-router'
  | 'vue-router'
  | 'typescript'
  | 'zod'
  | 'prisma'
  | 'drizzle';

/** An HTTP method, or `*` for a handler that answers every method (`app.all`, a Next.js `pages/api` handler without method checks). */
export type RouteMethod = string;

/** An endpoint the code serves, its path complete (prefixes of mounted routers applied). */
export interface ApiImplementation extends Place {
  method: RouteMethod;
  path: string;
  framework: Framework;
}

/** A page the code renders. */
export interface PageImplementation extends Place {
  path: string;
  framework: Framework;
}

/** A model the code declares: an exported type, a zod schema, a Prisma model, a Drizzle table. */
export interface ModelImplementation extends Place {
  /** The name as written: `Order`, `OrderSchema`, `order_items`. */
  name: string;
  /** The model it stands for, as `modelKey()` compares names. */
  key: string;
  framework: Framework;
}

/**
 * A route registered on a router object before its mount prefixes are known: `router.get('/:id')`
 * in `orders.ts`, mounted by `app.use('/api/orders', router)` elsewhere.
 */
export interface LocalRoute extends Place {
  /** The local name of the router (`router`), or of the function a Fastify plugin receives it in. */
  owner: string;
  method: RouteMethod;
  path: string;
  framework: Framework;
}

/** `app.use('/api', router)`, `app.route('/api', sub)`, `fastify.register(plugin, { prefix })`. */
export interface Mount {
  /** The local name of the router or app mounted on. */
  parent: string;
  prefix: string;
  /** The local name of the router or plugin mounted. */
  child: string;
}

/** What a test file says about tasks. */
export interface TestReferences {
  /** Tokens that may be task ids, from test titles and comments, with their lines. */
  ids: Array<{ token: string; line: number }>;
  /** Names of called functions and methods (`client.getApiOrders(…)` gives `getApiOrders`). */
  calls: Array<{ name: string; line: number }>;
  /** Requests to paths: `request(app).get('/api/orders')`, `fetch('/api/orders', { method: 'POST' })`, `page.goto('/orders')`. */
  requests: Array<{ method?: string; path: string; line: number }>;
}

/** Everything one source file contributes. Pure data: what a session keeps per file. */
export interface FileFacts {
  file: string;
  apis: ApiImplementation[];
  pages: PageImplementation[];
  models: ModelImplementation[];
  routes: LocalRoute[];
  mounts: Mount[];
  /** Prefixes a router object carries itself: `new Router({ prefix: '/api' })`, `new Hono().basePath('/api')`. */
  basePaths: Array<{ owner: string; prefix: string }>;
  /** local name → (module specifier, imported name; `default` for a default import). */
  imports: Array<{ local: string; from: string; imported: string }>;
  /** exported name → local name. */
  exports: Array<{ exported: string; local: string }>;
  tests?: TestReferences;
  /** A parse error: the file is kept out of the index and named in the report. */
  error?: Place & { message: string };
}

/** The code side of coverage: every implementation and test reference found, in file order. */
export interface CoverageIndex {
  apis: ApiImplementation[];
  pages: PageImplementation[];
  models: ModelImplementation[];
  tests: Array<{ file: string } & TestReferences>;
  /** Files that could not be parsed (they count as having nothing). */
  errors: Array<Place & { message: string }>;
  /** Number of source files read. */
  files: number;
}

/** Coverage of one task, or for an API task of one of its methods. */
export interface CoverageEntry {
  id: string;
  kind: TaskKind;
  /** API entries only. */
  method?: string;
  /** API path or page route as the PRD writes it; the model's name; the rule's text. */
  path?: string;
  name?: string;
  text?: string;
  level?: string;
  status: 'implemented' | 'missing' | 'tested' | 'untested';
  implementations: Place[];
  tests: Place[];
  sources: Place[];
}

/** An endpoint or page in the code that no PRD asks for. */
export interface CoverageOrphan extends Place {
  kind: 'api' | 'page';
  method?: string;
  path: string;
}

export interface KindTotals {
  total: number;
  implemented?: number;
  tested: number;
}

/** What `matchCoverage` gives: one entry per API method and per other task, the orphans and the totals. */
export interface CoverageResult {
  entries: CoverageEntry[];
  /** Per task id, in the shape the requirements page takes. */
  byTask: Map<string, TaskCoverage>;
  orphans: CoverageOrphan[];
  summary: Record<TaskKind, KindTotals>;
  perPrd: Array<{ file: string } & Record<TaskKind, KindTotals>>;
  /** Implemented share of API, page and model entries, 0–100 (100 when there are none). */
  percent: number;
  /** `must` rules no test cites. */
  untestedMust: CoverageEntry[];
}
