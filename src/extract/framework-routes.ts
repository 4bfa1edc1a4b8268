/**
 * Routes that web frameworks declare in code, as PRDs and tech specs quote them: each declaration
 * line read with the prefixes its router, group, scope or class puts before it. Line readers, one
 * per notation; a declaration they do not know is left to the caller's generic patterns.
 *
 * - Spring: `@RequestMapping("/api/v1/accounts")` over a class, then `@GetMapping("/{id}")` in it;
 * - Laravel: `Route::get('/x', …)`, `Route::apiResource('posts', …)`, `Route::prefix('admin')->group(…)`;
 * - ASP.NET Core minimal APIs: `app.MapGet("/x", …)`, `var g = app.MapGroup("/api/x")`, `g.MapPost("/", …)`;
 * - Phoenix: `scope "/api", App do … get "/x", C, :a … resources "/users", C, only: [:index] … live "/", L`;
 * - Razor pages (Blazor): `@page "/work-orders/{id:int}"`;
 * - React Router's route config: `route("orders/:id", "routes/order.tsx")`, `index(…)`, `layout(…, [ … ])`, `prefix("admin", [ … ])`.
 */
import type { HttpMethod } from '../types.js';
import { normalizeApiPath, normalizeMethod } from './paths.js';

export interface DeclaredRoute {
  /** index of the line in the block */
  index: number;
  path: string;
  /** empty for a page */
  methods: HttpMethod[];
  /** a page the app renders (a Phoenix `live` route or a browser scope's `get`, a React Router route) */
  page: boolean;
}

/** Join a prefix and a path written with or without their slashes: `/api` + `posts` → `/api/posts`. */
export function joinRoute(prefix: string, path: string): string {
  const head = prefix.replace(/\/+$/, '');
  const tail = path.replace(/^\/+/, '');
  return tail === '' ? head || '/' : `${head}/${tail}`;
}

function route(index: number, written: string, methods: HttpMethod[], page = false): DeclaredRoute | undefined {
  const path = written === '/' || written === '' ? '/' : normalizeApiPath(written.startsWith('/') ? written : `/${written}`);
  return path ? { index, path, methods, page } : undefined;
}

/** The REST routes a resource declaration stands for, by action name (Rails, Laravel and Phoenix agree on them). */
const RESOURCE_ACTIONS: Array<{ action: string; methods: HttpMethod[]; member: boolean; suffix?: string }> = [
  { action: 'index', methods: ['GET'], member: false },
  { action: 'create', methods: ['POST'], member: false },
  { action: 'show', methods: ['GET'], member: true },
  { action: 'update', methods: ['PUT', 'PATCH'], member: true },
  { action: 'destroy', methods: ['DELETE'], member: true },
];

/** The actions `only: [:index, :show]` / `->only(['index', 'show'])` keeps, or `except` leaves. */
function keptActions(text: string): Set<string> {
  const all = new Set(RESOURCE_ACTIONS.map((a) => a.action));
  const list = (m: RegExpExecArray | null) => new Set((m?.[1] ?? '').split(/[^A-Za-z_]+/).filter(Boolean).map((a) => (a === 'delete' ? 'destroy' : a)));
  const only = /\bonly(?::\s*|\s*\(\s*)\[([^\]]*)\]/.exec(text);
  if (only) return list(only);
  const except = /\bexcept(?::\s*|\s*\(\s*)\[([^\]]*)\]/.exec(text);
  if (except) for (const a of list(except)) all.delete(a);
  return all;
}

/** The routes of a resource: `posts` with its member parameter (`:post`, Laravel; `:id`, Phoenix). */
function resourceRoutes(index: number, base: string, param: string, text: string, out: DeclaredRoute[]): void {
  const kept = keptActions(text);
  for (const a of RESOURCE_ACTIONS) {
    if (!kept.has(a.action)) continue;
    const r = route(index, a.member ? joinRoute(base, `:${param}`) : base, a.methods);
    if (r) out.push(r);
  }
}

const SPRING_CLASS_MAPPING = /^\s*@RequestMapping\s*\(\s*(?:(?:value|path)\s*=\s*)?\[?\s*"(\/?[^"]*)"/;
const SPRING_METHOD_MAPPING = /^\s*@(Get|Post|Put|Patch|Delete)Mapping\b(?:\s*\(\s*(?:(?:value|path)\s*=\s*)?(?:\[|\{)?\s*"([^"]*)")?/;
const SPRING_REQUEST_MAPPING = /^\s*@RequestMapping\s*\((.*)\)/;
const CLASS_LINE = /^\s*(?:(?:public|private|internal|open|abstract|final|data)\s+)*class\s+\w/;

/** Spring controllers: a class-level `@RequestMapping` is the prefix of its methods' mappings. */
function springRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  let prefix = '';
  let pending: string | undefined;
  lines.forEach((text, i) => {
    if (CLASS_LINE.test(text)) {
      prefix = pending ?? '';
      pending = undefined;
      return;
    }
    const method = SPRING_METHOD_MAPPING.exec(text);
    if (method) {
      const m = normalizeMethod(method[1]!);
      const r = m ? route(i, joinRoute(prefix, method[2] ?? ''), [m]) : undefined;
      if (r) out.push(r);
      return;
    }
    const request = SPRING_REQUEST_MAPPING.exec(text);
    if (!request) return;
    const methods = [...request[1]!.matchAll(/RequestMethod\.([A-Z]+)/g)].map((m) => normalizeMethod(m[1]!)).filter((m): m is HttpMethod => !!m);
    const path = /"([^"]*)"/.exec(request[1]!)?.[1] ?? '';
    if (methods.length > 0) {
      const r = route(i, joinRoute(prefix, path), methods);
      if (r) out.push(r);
    } else if (SPRING_CLASS_MAPPING.test(text)) pending = path;
  });
  return out;
}

const LARAVEL_ROUTE = /\bRoute::(get|post|put|patch|delete|options|any)\s*\(\s*(['"])([^'"]*)\2/i;
const LARAVEL_RESOURCE = /\bRoute::(?:api)?[Rr]esource\s*\(\s*(['"])([^'"]+)\1/;
const LARAVEL_GROUP = /\bRoute::(?:.*?->)?group\s*\(|->group\s*\(/;
const LARAVEL_PREFIX = /\bprefix\s*\(\s*(['"])([^'"]*)\1\s*\)/;

/** Laravel's route file: `Route::get`, resources, and the prefixes of nested groups (a group closes at `});`). */
function laravelRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  const stack: string[] = [];
  const prefix = () => stack.reduce((a, p) => joinRoute(a, p), '');
  lines.forEach((text, i) => {
    if (LARAVEL_GROUP.test(text) && text.includes('Route::')) {
      stack.push(LARAVEL_PREFIX.exec(text)?.[2] ?? '');
      return;
    }
    if (/^\s*\}\s*\)\s*;/.test(text) && stack.length > 0) {
      stack.pop();
      return;
    }
    const single = LARAVEL_ROUTE.exec(text);
    if (single) {
      const m = single[1]!.toLowerCase() === 'any' ? undefined : normalizeMethod(single[1]!);
      const r = m ? route(i, joinRoute(prefix(), single[3]!), [m]) : undefined;
      if (r) out.push(r);
      return;
    }
    const resource = LARAVEL_RESOURCE.exec(text);
    if (resource) {
      // `posts` → `/posts/{post}`; a nested `courses.threads` → `/courses/{course}/threads/{thread}`.
      const names = resource[2]!.split('.');
      const base = names.map((n, k) => (k < names.length - 1 ? `${n}/:${singular(n)}` : n)).join('/');
      resourceRoutes(i, joinRoute(prefix(), base), singular(names[names.length - 1]!), text, out);
    }
  });
  return out;
}

/** `posts` → `post`, `categories` → `category` (the parameter name a resource route gives its member). */
function singular(word: string): string {
  const w = word.replace(/-/g, '_');
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

const MINIMAL_MAP = /\b([A-Za-z_]\w*)\s*\.\s*Map(Get|Post|Put|Patch|Delete)\s*\(\s*@?"([^"]*)"/;
const MINIMAL_GROUP = /\b(?:var|let|const)?\s*([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)\s*\.\s*MapGroup\s*\(\s*@?"([^"]*)"/;

/** ASP.NET Core minimal APIs: `app.MapGet("/x", …)` and the prefixes of `MapGroup`s, nested by variable. */
function minimalApiRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  const groups = new Map<string, string>();
  lines.forEach((text, i) => {
    const group = MINIMAL_GROUP.exec(text);
    if (group) {
      groups.set(group[1]!, joinRoute(groups.get(group[2]!) ?? '', group[3]!));
      return;
    }
    const map = MINIMAL_MAP.exec(text);
    if (!map) return;
    const m = normalizeMethod(map[2]!);
    const r = m ? route(i, joinRoute(groups.get(map[1]!) ?? '', map[3]!), [m]) : undefined;
    if (r) out.push(r);
  });
  return out;
}

const PHOENIX_SCOPE = /^\s*scope\s+"([^"]*)"(?:\s*,\s*[\w.]+)?(?:\s*,[^]*)?\s+do\s*$/;
const PHOENIX_VERB = /^\s*(get|post|put|patch|delete)\s+"([^"]*)"\s*,\s*[\w.]+/;
const PHOENIX_LIVE = /^\s*live\s+"([^"]*)"\s*,\s*[\w.]+/;
const PHOENIX_RESOURCES = /^\s*resources\s+"([^"]*)"\s*,\s*[\w.]+(.*)$/;

/**
 * A Phoenix router: scopes nest their paths (`scope "/api"` … `end`); a scope that pipes through
 * `:api` (or sits under `/api`) serves endpoints, the others pages; `live` routes are pages.
 */
function phoenixRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  const stack: Array<{ path: string; api: boolean | undefined; scope: boolean }> = [];
  const prefix = () => stack.reduce((a, s) => (s.scope ? joinRoute(a, s.path) : a), '');
  const api = () => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.api !== undefined) return stack[k]!.api!;
    return /^\/api(?:\/|$)/.test(prefix());
  };
  lines.forEach((text, i) => {
    const scope = PHOENIX_SCOPE.exec(text);
    if (scope) {
      stack.push({ path: scope[1]!, api: undefined, scope: true });
      return;
    }
    if (/\bdo\s*$/.test(text) && !/^\s*#/.test(text)) {
      stack.push({ path: '', api: undefined, scope: false });
      return;
    }
    if (/^\s*end\s*$/.test(text)) {
      stack.pop();
      return;
    }
    const pipe = /^\s*pipe_through\s+(.*)$/.exec(text);
    if (pipe && stack.length > 0) {
      stack[stack.length - 1]!.api = /:api\b/.test(pipe[1]!) ? true : /:browser\b/.test(pipe[1]!) ? false : undefined;
      return;
    }
    const live = PHOENIX_LIVE.exec(text);
    if (live) {
      const r = route(i, joinRoute(prefix(), live[1]!), [], true);
      if (r) out.push(r);
      return;
    }
    const verb = PHOENIX_VERB.exec(text);
    if (verb) {
      const m = normalizeMethod(verb[1]!)!;
      const asApi = api();
      const r = route(i, joinRoute(prefix(), verb[2]!), asApi ? [m] : [], !asApi);
      if (r && (asApi || m === 'GET')) out.push(r);
      return;
    }
    const resources = PHOENIX_RESOURCES.exec(text);
    if (resources && api()) resourceRoutes(i, joinRoute(prefix(), resources[1]!), 'id', resources[2]!, out);
  });
  return out;
}

/** A call of React Router's route config: `route("path", "file"`, `index("file"`, `layout("file"`, `prefix("path"`. */
const RR_CALL = /\b(route|index|layout|prefix)\s*\(\s*(['"])([^'"]*)\2/g;

/**
 * React Router's (v7, Remix) route config, `app/routes.ts`: `route()` adds its path to the ones it
 * is nested in (its children sit in the array after its file), `prefix()` adds a path to its array,
 * `layout()` none, `index()` is its parent's path. Nesting is followed by the brackets of the
 * arrays; a catch-all `*` is no page.
 */
function reactRouterRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  // Each open array and the path it adds; a call's own array opens after the call on the same line.
  const stack: string[] = [];
  const prefix = () => stack.reduce((a, p) => joinRoute(a, p), '');
  lines.forEach((text, i) => {
    if (/^\s*(?:\/\/|\*|\/\*)/.test(text)) return;
    // Walk the line: calls and brackets in their order.
    const events: Array<{ at: number; kind: 'open' | 'close' | 'call'; name?: string; arg?: string }> = [];
    for (const m of text.matchAll(RR_CALL)) events.push({ at: m.index!, kind: 'call', name: m[1]!, arg: m[3]! });
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      if (c === '[') events.push({ at: k, kind: 'open' });
      else if (c === ']') events.push({ at: k, kind: 'close' });
    }
    events.sort((a, b) => a.at - b.at);
    let adds: string | undefined; // the path the next array opened on this line adds
    let depthAtStart = true;
    for (const e of events) {
      if (e.kind === 'call') {
        if (e.name === 'route') {
          const r = e.arg!.includes('*') ? undefined : route(i, joinRoute(prefix(), e.arg!), [], true);
          if (r) out.push(r);
          adds = e.arg!;
        } else if (e.name === 'index') {
          const r = route(i, prefix() || '/', [], true);
          if (r) out.push(r);
          adds = undefined;
        } else if (e.name === 'prefix') adds = e.arg!;
        else adds = '';
        depthAtStart = false;
      } else if (e.kind === 'open') {
        stack.push(depthAtStart ? '' : (adds ?? ''));
        adds = undefined;
      } else stack.pop();
    }
  });
  return out;
}

/** A Razor page's directive (Blazor, ASP.NET Razor Pages): `@page "/work-orders/{Id:int}"`. */
export const RAZOR_PAGE = /@page\s+"(\/[^"]*)"/g;

/** The pages of Razor `@page` directives in a text (a `.razor` file, or a table cell that quotes one). */
export function razorPages(text: string): string[] {
  if (!text.includes('@page')) return [];
  return [...text.matchAll(RAZOR_PAGE)].flatMap((m) => {
    const path = m[1] === '/' ? '/' : normalizeApiPath(m[1]!);
    return path ? [path] : [];
  });
}

/** A route config of React Router: its calls and `RouteConfig` or `@react-router/dev/routes`. */
const REACT_ROUTER_CONFIG = /@react-router\/dev\/routes|\bRouteConfig\b|\b(?:index|layout|prefix)\s*\(\s*['"]/;

/**
 * The routes a block declares in one of the notations above, found by the marks each notation's
 * code has; undefined when the block has none of them.
 */
export function frameworkRoutes(value: string, lines: readonly string[]): DeclaredRoute[] | undefined {
  if (value.includes('@page') && /^\s*@page\s+"\//m.test(value)) return lines.flatMap((text, index) => razorPages(text).map((path) => ({ index, path, methods: [], page: true })));
  if (value.includes('Mapping') && /@(?:Get|Post|Put|Patch|Delete|Request)Mapping\b/.test(value) && /@RequestMapping\s*\(/.test(value)) return springRoutes(lines);
  if (value.includes('Route::')) return laravelRoutes(lines);
  if (value.includes('.Map') && /\.Map(?:Get|Post|Put|Patch|Delete|Group)\s*\(/.test(value)) return minimalApiRoutes(lines);
  if (/^\s*scope\s+"[^"]*"[^\n]*\bdo\s*$/m.test(value) || /^\s*(?:live|resources)\s+"\//m.test(value)) return phoenixRoutes(lines);
  if (/\broute\s*\(\s*['"]/.test(value) && REACT_ROUTER_CONFIG.test(value)) return reactRouterRoutes(lines);
  return undefined;
}
