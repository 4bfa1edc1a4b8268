/**
 * Routes that web frameworks declare in code, as PRDs and tech specs quote them: each declaration
 * line read with the prefixes its router, group, scope or class puts before it. Line readers, one
 * per notation; a declaration they do not know is left to the caller's generic patterns.
 *
 * - Spring: `@RequestMapping("/api/v1/accounts")` over a class, then `@GetMapping("/{id}")` in it;
 * - NestJS: `@Controller('orders')` over a class, then `@Get(':id')`, after `app.setGlobalPrefix('api')`;
 * - Rails: `namespace :api do … resources :stops, only: [:index] do member do post :x end end … end`;
 * - Laravel: `Route::get('/x', …)`, `Route::apiResource('posts', …)`, `Route::prefix('admin')->group(…)`;
 * - ASP.NET Core minimal APIs: `app.MapGet("/x", …)`, `var g = app.MapGroup("/api/x")`, `g.MapPost("/", …)`;
 * - Phoenix: `scope "/api", App do … get "/x", C, :a … resources "/users", C, only: [:index] … live "/", L`;
 * - route configs written as objects: Vue Router (`{ path: '/x/:id', component: X, children: […] }`), Angular `Routes`;
 * - a frontend's API service: its client calls to its own backend (`this.http.get(`${this.base}/x`)`, axios, fetch);
 * - Razor pages (Blazor): `@page "/work-orders/{id:int}"`;
 * - React Router's route config: `route("orders/:id", "routes/order.tsx")`, `index(…)`, `layout(…, [ … ])`, `prefix("admin", [ … ])`.
 */
import { netBraces } from '../strings.js';
import type { HttpMethod } from '../types.js';
import { apiViews, mayContainApiViews, mayContainViewSets, viewSets, type ViewSet } from './drf.js';
import { singularize } from './names.js';
import { railsModelEnums } from './schemas.js';
import { methodsIn, normalizeApiPath, normalizeMethod } from './paths.js';

export interface DeclaredRoute {
  /** index of the line in the block */
  index: number;
  path: string;
  /** empty for a page */
  methods: HttpMethod[];
  /** a page the app renders (a Phoenix `live` route or a browser scope's `get`, a React Router route) */
  page: boolean;
}

/**
 * A nested block's whole path: its parent's with its own joined on, computed once when the block
 * opens; a parent path past any route's length (400) is none and grows no more (deep nesting stays linear).
 */
function nestedPath(parent: string, path: string): string {
  return parent.length > 400 ? parent : joinRoute(parent, path);
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

/** Spring controllers: a class-level `@RequestMapping` is the prefix of its methods' mappings, after the app's context path. */
function springRoutes(lines: readonly string[], contextPath: string): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  let prefix = contextPath;
  let pending: string | undefined;
  lines.forEach((text, i) => {
    if (CLASS_LINE.test(text)) {
      prefix = joinRoute(contextPath, pending ?? '');
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
/** A route on several methods: `Route::match(['get', 'post'], '/checkout', …)`. */
const LARAVEL_MATCH = /\bRoute::match\s*\(\s*\[([^\]]*)\]\s*,\s*(['"])([^'"]*)\2/i;
const LARAVEL_RESOURCE = /\bRoute::(api)?[Rr]esource\s*\(\s*(['"])([^'"]+)\2/;
const LARAVEL_GROUP = /\bRoute::(?:.*?->)?group\s*\(|->group\s*\(/;
const LARAVEL_PREFIX = /\bprefix\s*\(\s*(['"])([^'"]*)\1\s*\)/;
/** A page Laravel renders with no controller: `Route::view('/about', 'pages.about')`, `Route::inertia('/board', 'Board')`. */
const LARAVEL_VIEW = /\bRoute::(?:view|inertia)\s*\(\s*(['"])([^'"]*)\1/;
/** A Laravel resource's actions in Laravel's names: `store` is its POST, `create` and `edit` its forms. */
const LARAVEL_ACTIONS: Array<{ action: string; methods: HttpMethod[]; member: boolean; form?: string }> = [
  { action: 'index', methods: ['GET'], member: false },
  { action: 'store', methods: ['POST'], member: false },
  { action: 'show', methods: ['GET'], member: true },
  { action: 'update', methods: ['PUT', 'PATCH'], member: true },
  { action: 'destroy', methods: ['DELETE'], member: true },
  { action: 'create', methods: [], member: false, form: 'create' },
  { action: 'edit', methods: [], member: true, form: 'edit' },
];

/** The actions a Laravel resource line keeps: `->only(['index', 'store'])`, or all but `->except([…])` (an `apiResource` has no forms). */
function laravelKept(text: string, api: boolean): Set<string> {
  const list = (m: RegExpExecArray | null) => (m ? new Set(m[1]!.split(/[^A-Za-z_]+/).filter(Boolean)) : undefined);
  const only = list(/->\s*only\s*\(\s*\[([^\]]*)\]/.exec(text)) ?? list(/->\s*only\s*\(\s*(['"]\w+['"])/.exec(text));
  if (only) return only;
  const kept = new Set(LARAVEL_ACTIONS.filter((a) => !(api && a.form)).map((a) => a.action));
  for (const a of list(/->\s*except\s*\(\s*\[([^\]]*)\]/.exec(text)) ?? list(/->\s*except\s*\(\s*(['"]\w+['"])/.exec(text)) ?? []) kept.delete(a);
  return kept;
}

/**
 * Laravel's route file: `Route::get`, resources, and the prefixes of nested groups (a group closes at
 * `});`). A block that names itself `routes/api.php` (`// routes/api.php`) is served under `/api`,
 * as Laravel serves that file. One that names itself `routes/web.php` renders HTML: its `GET`s and
 * `Route::view`s are pages, a resource's `index` and `show` too, with its `create` and `edit` forms
 * (`/posts/create`, `/posts/{post}/edit`); its other methods are the calls its forms make.
 */
function laravelRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  const stack: string[] = [];
  const file = lines.find((l) => l.trim() !== '');
  const named = file !== undefined ? /^\s*(?:\/\/|#|\/\*+|\*)\s*(?:[\w./-]*\/)?routes\/(api|web)\.php\b/.exec(file)?.[1] : undefined;
  const base = named === 'api' ? '/api' : '';
  const web = named === 'web';
  // Each open group's whole prefix.
  const prefix = () => stack[stack.length - 1] ?? base;
  // A `GET` of the web routes is a page.
  const add = (r: DeclaredRoute | undefined) => {
    if (r) out.push(web && r.methods.length === 1 && r.methods[0] === 'GET' ? { ...r, methods: [], page: true } : r);
  };
  lines.forEach((text, i) => {
    if (LARAVEL_GROUP.test(text) && text.includes('Route::')) {
      stack.push(nestedPath(prefix(), LARAVEL_PREFIX.exec(text)?.[2] ?? ''));
      return;
    }
    if (/^\s*\}\s*\)\s*;/.test(text) && stack.length > 0) {
      stack.pop();
      return;
    }
    const single = LARAVEL_ROUTE.exec(text);
    if (single) {
      const m = single[1]!.toLowerCase() === 'any' ? undefined : normalizeMethod(single[1]!);
      if (m) add(route(i, joinRoute(prefix(), single[3]!), [m]));
      return;
    }
    const match = text.includes('match') ? LARAVEL_MATCH.exec(text) : null;
    if (match) {
      const methods = methodsIn(match[1]!.replace(/['"]/g, ' ').toUpperCase());
      // A web page that also takes its form's post: the page, and the call.
      if (web && methods.includes('GET')) add(route(i, joinRoute(prefix(), match[3]!), ['GET']));
      const calls = web ? methods.filter((m) => m !== 'GET') : methods;
      if (calls.length > 0) add(route(i, joinRoute(prefix(), match[3]!), calls));
      return;
    }
    const view = text.includes('Route::') ? LARAVEL_VIEW.exec(text) : null;
    if (view) {
      const r = route(i, joinRoute(prefix(), view[2]!), [], true);
      if (r) out.push(r);
      return;
    }
    const resource = LARAVEL_RESOURCE.exec(text);
    if (resource) {
      // `posts` → `/posts/{post}`; a nested `courses.threads` → `/courses/{course}/threads/{thread}`.
      const names = resource[3]!.split('.');
      const path = joinRoute(prefix(), names.map((n, k) => (k < names.length - 1 ? `${n}/:${singular(n)}` : n)).join('/'));
      const member = joinRoute(path, `:${singular(names[names.length - 1]!)}`);
      const kept = laravelKept(text, resource[1] !== undefined);
      for (const a of LARAVEL_ACTIONS) {
        if (!kept.has(a.action)) continue;
        // The forms are pages of the web routes only: an API has none.
        if (a.form) {
          if (web) add(route(i, joinRoute(a.member ? member : path, a.form), [], true));
        } else add(route(i, a.member ? member : path, a.methods));
      }
    }
  });
  return out;
}

/** `posts` → `post`, `categories` → `category` (the parameter name a resource route gives its member). */
function singular(word: string): string {
  return singularize(word.replace(/-/g, '_'));
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

/** An ASP.NET Core attribute route on a class or action: `[Route("api/[controller]")]` (several attributes in one bracket allowed). */
const CS_ROUTE_ATTR = /\[(?:[^\]]*?,\s*)?Route\s*\(\s*@?"([^"]*)"/;
/** An action's verb attribute: `[HttpGet]`, `[HttpGet("{id:int}")]`, `[HttpPost("{id}/cancel"), Authorize]`. */
const CS_VERB_ATTR = /\[(?:[^\]]*?,\s*)?Http(Get|Post|Put|Patch|Delete)\b(?:\s*\(\s*(?:template\s*:\s*)?@?"([^"]*)")?/;
/** A controller class in a C# block: `class OrdersController`. */
const CS_CLASS_LINE = /\bclass\s+[A-Z]\w*Controller\b/;
/** `public class OrdersController : ControllerBase`: a C# class's head, its name in group 1. */
const CS_CLASS = /^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|internal|sealed|partial|abstract)\s+)*class\s+([A-Z]\w*)/;

/**
 * ASP.NET Core controllers with attribute routing: a class's `[Route("api/[controller]")]` is the
 * prefix of its actions' `[HttpGet("{id}")]` templates (`[controller]` the class's name without
 * `Controller`, in lower case, as `LowercaseUrls` serves it); an action's `[Route("x")]` over a bare
 * `[HttpGet]` is its template; a template that starts with `/` or `~/` stands alone.
 */
function aspnetControllerRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  // The class route written over the next class, the prefix of the class being read, an action's `[Route]` over its verb.
  let pendingClass: string | undefined;
  let prefix = '';
  let pendingAction: string | undefined;
  // Braces open at the line's start: 0 between classes (namespaces written `namespace X;`), more in one.
  let depth = 0;
  lines.forEach((text, i) => {
    const at = depth;
    depth += netBraces(text);
    if (depth < 0) depth = 0;
    const head = text.includes('class') ? CS_CLASS.exec(text) : null;
    if (head) {
      const controller = head[1]!.replace(/Controller$/, '').toLowerCase();
      // In a namespace's braces the class's `[Route]` stands at the depth of actions: the last one before the head is the class's.
      prefix = (pendingAction ?? pendingClass ?? '').replace(/\[controller\]/gi, controller);
      pendingClass = undefined;
      pendingAction = undefined;
      return;
    }
    const verb = text.includes('Http') ? CS_VERB_ATTR.exec(text) : null;
    const routeAttr = text.includes('Route') ? CS_ROUTE_ATTR.exec(text) : null;
    if (!verb) {
      if (routeAttr && at === 0) pendingClass = routeAttr[1]!;
      else if (routeAttr) pendingAction = routeAttr[1]!;
      return;
    }
    const template = verb[2] ?? routeAttr?.[1] ?? pendingAction ?? '';
    pendingAction = undefined;
    const alone = /^~?\//.test(template);
    const path = alone ? template.replace(/^~/, '') : joinRoute(prefix, template);
    const r = route(i, path, [normalizeMethod(verb[1]!)!]);
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
  // Each open block: the whole path of its body, and whether it serves endpoints (once its `pipe_through` says).
  const stack: Array<{ full: string; api: boolean | undefined }> = [];
  const prefix = () => stack[stack.length - 1]?.full ?? '';
  const api = () => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.api !== undefined) return stack[k]!.api!;
    return /^\/api(?:\/|$)/.test(prefix());
  };
  lines.forEach((text, i) => {
    const scope = PHOENIX_SCOPE.exec(text);
    if (scope) {
      stack.push({ full: nestedPath(prefix(), scope[1]!), api: undefined });
      return;
    }
    // `resources "/rooms", RoomController, only: [:index] do` … `end`: its REST routes, and the
    // resources nested in its block sit under its member, `/rooms/:room_id/messages`.
    const resources = PHOENIX_RESOURCES.exec(text);
    if (resources) {
      const base = joinRoute(prefix(), resources[1]!);
      const block = /\bdo\s*$/.test(resources[2]!);
      if (api()) resourceRoutes(i, base, 'id', block ? resources[2]!.replace(/\bdo\s*$/, '') : resources[2]!, out);
      const name = resources[1]!.replace(/^.*\//, '');
      if (block) stack.push({ full: nestedPath(prefix(), `${resources[1]!}/:${singular(name)}_id`), api: undefined });
      return;
    }
    if (/\bdo\s*$/.test(text) && !/^\s*#/.test(text)) {
      stack.push({ full: prefix(), api: undefined });
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
  // Each open array's whole path (its call's added to its parent's); a call's own array opens after the call on the same line.
  const stack: string[] = [];
  const prefix = () => stack[stack.length - 1] ?? '';
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
        stack.push(nestedPath(prefix(), depthAtStart ? '' : (adds ?? '')));
        adds = undefined;
      } else stack.pop();
    }
  });
  return out;
}

const NEST_CONTROLLER = /^\s*@Controller\s*\(\s*(?:(['"`])([^'"`]*)\1|\{[^}]*\bpath\s*:\s*(['"`])([^'"`]*)\3[^}]*\})?/;
const NEST_HANDLER = /^\s*@(Get|Post|Put|Patch|Delete|Head|Options|All)\s*\(\s*(?:(['"`])([^'"`]*)\2)?\s*\)/;
/** NestJS's global prefix: `app.setGlobalPrefix('api')`. */
const NEST_GLOBAL_PREFIX = /\bsetGlobalPrefix\s*\(\s*(['"`])([^'"`]*)\1/;

/**
 * NestJS controllers: `@Controller('appointments')` over a class is the prefix of its handlers'
 * paths (`@Get(':id')`), after the app's global prefix (`app.setGlobalPrefix('api')`, in this block
 * or, as `global`, another block of the section).
 */
function nestRoutes(lines: readonly string[], global: string): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  const inBlock = lines.map((l) => NEST_GLOBAL_PREFIX.exec(l)?.[2]).find((p) => p !== undefined);
  const base = inBlock ?? global;
  let prefix = base;
  lines.forEach((text, i) => {
    const controller = NEST_CONTROLLER.exec(text);
    if (controller) {
      prefix = joinRoute(base, controller[2] ?? controller[4] ?? '');
      return;
    }
    const handler = NEST_HANDLER.exec(text);
    const m = handler && handler[1] !== 'All' ? normalizeMethod(handler[1]!) : undefined;
    const r = m ? route(i, joinRoute(prefix, handler![3] ?? ''), [m]) : undefined;
    if (r) out.push(r);
  });
  return out;
}

/** A line of Ruby without its comment: from the first `#` outside a string (`to: "photos#index"` keeps its `#`). */
function withoutRubyComment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return text.slice(0, i);
  }
  return text;
}

const RAILS_RESOURCES = /^\s*(resources?)\s+:(\w+)(.*?)(\bdo\s*(?:\|[^|]*\|)?)?\s*$/;
const RAILS_NAMESPACE = /^\s*namespace\s+:(\w+)\b.*\bdo\s*$/;
const RAILS_SCOPE = /^\s*scope\s+(?:path:\s*)?(['"])\/?([^'"]*)\1.*\bdo\s*$/;
const RAILS_VERB = /^\s*(get|post|put|patch|delete)\s+(?::(\w+)|(['"])\/?([^'"]*)\3)/;
const RAILS_BLOCK = /\bdo\s*(?:\|[^|]*\|)?\s*$/;

/**
 * Rails' routes.rb: `namespace :api do` and `scope "/x" do` nest paths; `resources :stops, only: […]`
 * stands for its REST routes (member `:id`; a resource nested in its block sits under
 * `/stops/:stop_id`); `resource :account` (singular) has no member id; `path: "images"` renames a
 * resource's segment and `param: :slug` its member's parameter; `member do` and `collection do`
 * blocks hold verbs on one record or on the collection (`get :nearby`); `post "inspections/verify"`.
 * A file that serves its JSON under an API namespace (RAILS_API_BLOCK) is an app that renders HTML
 * besides: outside that namespace its `GET`s are pages, a resource's `index` and `show` too, with its
 * `new` and `edit` forms (`/shifts/new`, `/shifts/:id/edit`), and `root` is the home page.
 */
function railsRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  // Each open block: the whole path of its body (a member block's is its resource's member), a resource's own path, and whether it serves the API.
  const stack: Array<{ full: string; base?: string; singular?: boolean; param?: string; api?: boolean }> = [];
  const prefix = () => stack[stack.length - 1]?.full ?? '';
  const resource = () => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.base !== undefined) return stack[k];
    return undefined;
  };
  // With an API namespace in the file, what stands outside it renders HTML.
  const html = lines.some((l) => l.includes('api') || l.includes('json') ? RAILS_API_BLOCK.test(l) : false);
  const inApi = () => stack.some((b) => b.api);
  // A page outside the API of an app that renders HTML (but a route of its own JSON: `get "kiosk/today", defaults: { format: :json }`); otherwise the call itself.
  let json = false;
  const add = (r: DeclaredRoute | undefined) => {
    if (!r) return;
    const page = html && !inApi() && !json;
    if (!page) out.push(r);
    else if (r.methods.length === 0 || r.methods.includes('GET')) out.push({ ...r, methods: [], page: true });
    else out.push(r);
  };
  lines.forEach((text, i) => {
    if (/^\s*#/.test(text)) return;
    if (/^\s*end\b/.test(text)) {
      stack.pop();
      return;
    }
    const api = html && RAILS_API_BLOCK.test(text);
    json = html && text.includes('json') && /\bformat:\s*:?['"]?json\b/.test(text);
    const ns = RAILS_NAMESPACE.exec(text);
    if (ns) {
      stack.push({ full: nestedPath(prefix(), ns[1]!), api });
      return;
    }
    const scope = RAILS_SCOPE.exec(text);
    if (scope) {
      stack.push({ full: nestedPath(prefix(), scope[2]!), api });
      return;
    }
    const res = RAILS_RESOURCES.exec(text);
    if (res) {
      const one = res[1] === 'resource';
      // `path: "images"` renames the segment, `param: :slug` the member's parameter.
      const options = withoutRubyComment(res[3]!);
      const segment = /\bpath:\s*(['"])\/?([^'"]*)\1/.exec(options)?.[2] ?? res[2]!;
      const param = /\bparam:\s*:(\w+)/.exec(options)?.[1];
      const base = joinRoute(prefix(), segment);
      const member = one ? base : joinRoute(base, `:${param ?? 'id'}`);
      const kept = keptActions(options);
      for (const a of RESOURCE_ACTIONS) if (kept.has(a.action)) add(route(i, a.member ? member : base, a.methods));
      // The forms of an app that renders HTML: `new` and `edit`, unless `only` or `except` leaves them out.
      if (html && !inApi()) for (const f of RAILS_FORMS) if (formKept(options, f.action)) add(route(i, joinRoute(f.member ? member : base, f.action), [], true));
      if (res[4]) stack.push({ full: nestedPath(prefix(), one ? segment : `${segment}/:${singular(res[2]!)}_${param ?? 'id'}`), base, singular: one, param, api });
      return;
    }
    if (/^\s*(member|collection)\s+do\s*$/.test(text)) {
      const r = resource();
      // The block's path replaces the nested one: `stops/:id` for a member, `stops` for the collection.
      stack.push({ full: r ? (/member/.test(text) && !r.singular ? nestedPath(r.base!, `:${r.param ?? 'id'}`) : r.base!) : prefix() });
      return;
    }
    const verb = RAILS_VERB.exec(text);
    if (verb) {
      const m = normalizeMethod(verb[1]!)!;
      // Rails' own health check (`get "up" => "rails/health#show"`), in every new app: nothing to build.
      if (!text.includes('rails/health#')) add(route(i, joinRoute(prefix(), verb[2] ?? verb[4] ?? ''), [m]));
      if (RAILS_BLOCK.test(text)) stack.push({ full: prefix() });
      return;
    }
    if (html && !inApi() && RAILS_ROOT.test(text)) add(route(i, prefix() || '/', [], true));
    if (RAILS_BLOCK.test(text)) stack.push({ full: prefix(), api });
  });
  return out;
}

/**
 * A Rails block that serves JSON: `namespace :api do`, `scope "/api" do`, `scope module: :api`, or one
 * whose defaults or constraints say JSON (`defaults: { format: :json }`, `scope format: "json" do`).
 */
const RAILS_API_BLOCK = /^\s*(?:namespace\s+:api\b|scope\s+(?:path:\s*)?['"]\/?api\b|scope\s+module:\s*:?['"]?api\b)|\bformat:\s*:?['"]?json\b[^\n]*\bdo\s*(?:\|[^|]*\|)?\s*$/;
/** The home page of a Rails app: `root "home#index"`, `root to: "rehearsals#upcoming"`. */
const RAILS_ROOT = /^\s*root\b\s*(?:\(|to:|['"])/;
/** The form pages a resource of an HTML app has besides its REST calls: `/shifts/new`, `/shifts/:id/edit`. */
const RAILS_FORMS: Array<{ action: string; member: boolean }> = [
  { action: 'new', member: false },
  { action: 'edit', member: true },
];

/** Does a resource's `only:` list name a form action, or (without one) its `except:` list leave it in? */
function formKept(options: string, action: string): boolean {
  const names = (list: RegExpExecArray | null) => (list?.[1] ?? list?.[2])?.split(/[^A-Za-z_]+/);
  const only = names(/\bonly:\s*(?:\[([^\]]*)\]|:(\w+))/.exec(options));
  if (only) return only.includes(action);
  return !names(/\bexcept:\s*(?:\[([^\]]*)\]|:(\w+))/.exec(options))?.includes(action);
}


/** Go 1.22's `net/http` patterns with a method: `mux.HandleFunc("GET /items/{id}", getItem)`, `http.Handle("POST /items", h)`. */
const GO_PATTERN_ROUTE = /\.\s*Handle(?:Func)?\s*\(\s*"(GET|POST|PUT|PATCH|DELETE)\s+(?:[\w.-]+)?(\/[^"\s]*)"/;

/**
 * A Go server's `ServeMux` routes written as method patterns (Go 1.22): each `HandleFunc("GET /x/{id}", …)`;
 * a host before the path (`"GET api.example.com/x"`) is dropped, `{rest...}` is a parameter, a
 * trailing `{$}` marks the exact path. A pattern without a method serves every method: no endpoint.
 */
function goMuxRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  lines.forEach((text, i) => {
    const m = text.includes('Handle') ? GO_PATTERN_ROUTE.exec(text) : null;
    const r = m ? route(i, m[2]!.replace(/\{\$\}$/, '').replace(/\{(\w+)\.\.\.\}/g, '{$1}'), [normalizeMethod(m[1]!)!]) : undefined;
    if (r) out.push(r);
  });
  return out;
}

/** Ktor's routing DSL: `route("/orders") {` nests a path, `get("{id}") {` / `post {` declares a handler. */
const KTOR_ROUTE = /^\s*route\s*\(\s*"([^"]*)"\s*\)\s*\{/;
const KTOR_HANDLER = /^\s*(get|post|put|patch|delete)\s*(?:\(\s*"([^"]*)"\s*\))?\s*\{/;

/**
 * A Ktor server's `routing { … }`: each `route("/x") { … }` adds its path to the handlers in its
 * braces (`authenticate("jwt") { … }` and other blocks add none), each `get("{id}") { … }` or
 * `post { … }` is a route at the path so far.
 */
function ktorRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  // Each open `route` block: its whole path and the brace depth inside it.
  const stack: Array<{ full: string; depth: number }> = [];
  let depth = 0;
  const prefix = () => stack[stack.length - 1]?.full ?? '';
  lines.forEach((text, i) => {
    if (/^\s*\/\//.test(text)) return;
    const handler = KTOR_HANDLER.exec(text);
    if (handler) {
      const r = route(i, joinRoute(prefix(), handler[2] ?? ''), [normalizeMethod(handler[1]!)!]);
      if (r) out.push(r);
    }
    const nested = handler ? null : KTOR_ROUTE.exec(text);
    depth += netBraces(text);
    // A path past any route's length (400) is none: the nesting stops growing it.
    if (nested) stack.push({ full: prefix().length > 400 ? prefix() : joinRoute(prefix(), nested[1]!), depth });
    while (stack.length > 0 && depth < stack[stack.length - 1]!.depth) stack.pop();
  });
  return out;
}

/** A binding of gRPC HTTP transcoding: `get: "/v1/shelves/{shelf}"`, `post: "/v1/books"`, or written as `option (google.api.http).get = "/v1/shelves";`. */
const GRPC_BINDING = /\b(get|put|post|patch|delete)\s*[:=]\s*"([^"]*)"/g;
/** A custom binding: `custom: { kind: "HEAD", path: "/v1/x" }`. */
const GRPC_CUSTOM = /\bcustom\s*:\s*\{\s*kind\s*:\s*"([A-Za-z]+)"\s*,?\s*path\s*:\s*"([^"]*)"/;

/**
 * A path template of gRPC transcoding (google.api.http, AIP-127) as a route: a variable is a
 * parameter (`{shelf}` → `:shelf`), one bound to a pattern stands for its segments with each `*` a
 * member of the collection before it (`{name=shelves/*}` → `shelves/:shelf`), and a custom method
 * after a colon is a last segment of its own (`/v1/{name=books/*}:archive` → `/v1/books/:book/archive`).
 */
function transcodedPath(template: string): string {
  return template
    .replace(/\{([A-Za-z_][\w.]*)(?:=([^{}]*))?\}/g, (_, name: string, pattern: string | undefined) => {
      const param = `:${name.split('.').pop()!}`;
      if (pattern === undefined || pattern === '*') return param;
      // Each `*` after a collection is one of its members: `shelves/*` → `shelves/:shelf`.
      return pattern.replace(/(?:([A-Za-z][\w-]*)\/)?\*\*?/g, (star: string, collection: string | undefined) => (collection !== undefined ? `${collection}/:${singular(collection)}` : param));
    })
    .replace(/([^/]):([A-Za-z]\w*)$/, '$1/$2');
}

/**
 * gRPC services with HTTP transcoding (`.proto` files): each `option (google.api.http) = { … }`
 * binds its rpc to a method and path, its `additional_bindings { … }` to more; `body:` and
 * `response_body:` name fields, not routes. An rpc without the option has no HTTP route.
 */
function grpcRoutes(lines: readonly string[]): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  // The depth of braces inside the option being read, or -1 outside one.
  let depth = -1;
  lines.forEach((text, i) => {
    const code = text.replace(/\/\/.*$/, '');
    if (depth < 0 && !/\(\s*google\.api\.http\s*\)/.test(code)) return;
    if (depth < 0) depth = 0;
    const custom = GRPC_CUSTOM.exec(code);
    if (custom) {
      const m = normalizeMethod(custom[1]!);
      const r = m ? route(i, transcodedPath(custom[2]!), [m]) : undefined;
      if (r) out.push(r);
    } else {
      for (const b of code.matchAll(GRPC_BINDING)) {
        const r = route(i, transcodedPath(b[2]!), [normalizeMethod(b[1]!)!]);
        if (r) out.push(r);
      }
    }
    depth += netBraces(code);
    // The option ends where its braces close (or on its own line, `= { get: "/x" };`).
    if (depth <= 0) depth = -1;
  });
  return out;
}

/** A route config written as objects: Vue Router's `RouteRecordRaw[]`, Angular's `Routes`. */
const ROUTE_OBJECTS = /\b(?:RouteRecordRaw|Routes|createRouter|RouterModule|provideRouter|VueRouter)\b/;
/** The routes array a config declares: `export const SETTINGS_ROUTES: Routes = [`, `const routes = [`. */
const ROUTES_ARRAY = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>[\]]+)?\s*=\s*\[/;
/** A lazy child config by name: `loadChildren: () => import('./x').then((m) => m.SETTINGS_ROUTES)`. */
const LAZY_CHILDREN = /\bloadChildren\s*:[^,}]*?\.\s*([A-Z_$][\w$]*)\s*\)/;

interface RouteObject {
  path?: string;
  line: number;
  page: boolean;
  redirect: boolean;
  /** It has `children`: a layout around them (its own path is a page only through a `''` child). */
  layout?: boolean;
  lazy?: string;
  parent?: RouteObject;
}

/**
 * The routes of a config written as objects (`{ path: 'orders/:id', component: OrderView, children: [ … ] }`):
 * a child's path joins its parent's (one starting with `/` stands alone); an object with a component
 * is a page, one that redirects (`redirect`, `redirectTo`) or catches all (`**`, `:pathMatch(.*)*`)
 * is none. An object whose `loadChildren` names another config (`m.SETTINGS_ROUTES`) mounts it at
 * its path: `mounts` gets the name and the path; `base` is where this config is mounted.
 */
function objectRoutes(value: string, base: string, mounts?: Map<string, string>): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  const stack: Array<RouteObject | undefined> = [];
  const full = (o: RouteObject | undefined): string => {
    if (!o) return base;
    const own = o.path ?? '';
    return own.startsWith('/') ? own : joinRoute(full(o.parent), own);
  };
  let line = 0;
  let current: RouteObject | undefined;
  // The object the next `[` belongs to (after `children:`), so the objects in it have it as parent.
  let children: RouteObject | undefined;
  const owners: Array<RouteObject | undefined> = [];
  const token = /(\n)|(\{)|(\})|(\[)|(\])|\bpath\s*:\s*(['"`])([^'"`]*)\6|\b(component|loadComponent|components)\s*:|\b(redirect|redirectTo)\s*:|\bchildren\s*:|(['"`])(?:\\.|(?!\10).)*\10|\/\/[^\n]*/g;
  for (const m of value.matchAll(token)) {
    if (m[1]) line++;
    else if (m[2]) {
      stack.push(current);
      current = { line, page: false, redirect: false, parent: owners[owners.length - 1] };
    } else if (m[3]) {
      const done = current;
      current = stack.pop();
      if (done?.path === undefined) continue;
      // The text since the last `{`: this object's own keys (a lazy child config's loader has no braces).
      const lazy = LAZY_CHILDREN.exec(value.slice(value.lastIndexOf('{', m.index) + 1, m.index));
      if (lazy && mounts) mounts.set(lazy[1]!, full(done));
      if (done.page && !done.redirect && !done.layout && !/\*|\(\.\*\)/.test(done.path)) {
        const path = full(done);
        const r = route(done.line, path === '' ? '/' : path, [], true);
        if (r) out.push(r);
      }
    } else if (m[4]) {
      owners.push(children);
      children = undefined;
    } else if (m[5]) owners.pop();
    else if (m[7] !== undefined && current) {
      current.path = m[7];
      current.line = line;
    } else if (m[8] && current) current.page = true;
    else if (m[9] && current) current.redirect = true;
    else if (m[0].startsWith('children') && current) {
      children = current;
      current.layout = true;
    }
  }
  return out;
}

/** A router made with a path prefix: FastAPI's `router = APIRouter(prefix="/pricing")`, Flask's `bp = Blueprint("b", __name__, url_prefix="/b")`, Koa's `const api = new Router({ prefix: '/api/v2' })`. */
const PREFIXED_ROUTER = /^\s*(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*=\s*(?:new\s+)?[A-Za-z_$][\w$.]*\s*\([^)]*?\b(?:url_)?prefix\s*[=:]\s*(['"])(\/[^'"\s]*)\2/;
/** A group made on another router with a path (Echo, Gin, Fiber): `v1 := e.Group("/v1")`, `admin := e.Group("/v1/admin", mw)`, or with none, for its middleware only (`authed := v1.Group("", auth)`). */
const ROUTER_GROUP = /^\s*(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*:?=\s*([A-Za-z_$][\w$]*)\s*\.\s*Group\s*\(\s*(['"`])(\/[^'"`\s]*|)\3/;
/**
 * A router mounted on another at a path: Hono's `app.route('/api', api)`, Express's `app.use('/api', router)`,
 * Koa's `api.use('/sailings', sailings.routes(), sailings.allowedMethods())`,
 * FastAPI's `app.include_router(router, prefix="/v1")`, Flask's `app.register_blueprint(pieces_bp, url_prefix="/api/pieces")`.
 */
const ROUTER_MOUNT = /^\s*([A-Za-z_$][\w$]*)\s*\.\s*(?:route|use|mount)\s*\(\s*(['"`])(\/[^'"`\s]*)\2\s*,\s*([A-Za-z_$][\w$]*)(?:\.routes\(\))?\s*(?:,\s*[A-Za-z_$][\w$]*\s*\.\s*allowedMethods\s*\(\s*\)\s*)?\)|^\s*([A-Za-z_$][\w$]*)\s*\.\s*(?:include_router|register_blueprint)\s*\(\s*([A-Za-z_$][\w$.]*?)\s*(?:\)|,(?:[^)]*?\b(?:url_)?prefix\s*=\s*(['"])(\/[^'"\s]*)\7)?)/;
/**
 * Django Ninja's router added to its API at a path, by module path or by name:
 * `api.add_router("/specimens", "digitisation.routers.specimens.router")`, `api.add_router("/taxa", taxa_router)`
 * (group 1 the API, 3 the path, 5 or 6 the router).
 */
const NINJA_ADD_ROUTER = /^\s*([A-Za-z_]\w*)\s*\.\s*add_router\s*\(\s*(['"])(\/[^'"\s]*)\2\s*,\s*(?:(['"])([\w.]+)\4|([A-Za-z_][\w.]*))/;
/** An API's URLs included at a path of Django's url config: `path("api/v1/", api.urls)` (group 2 the path, 3 the API). */
const DJANGO_API_URLS = /^\s*(?:re_)?path\s*\(\s*r?(['"])\^?([^'"]*)\1\s*,\s*([A-Za-z_]\w*)\.urls\s*\)/;
/** Koa's router nested in another with no path of its own: `api.use(ops.routes(), ops.allowedMethods())` (group 1 the parent, 2 the router). */
const ROUTER_NESTED = /^\s*([A-Za-z_$][\w$]*)\s*\.\s*use\s*\(\s*([A-Za-z_$][\w$]*)\s*\.\s*routes\s*\(\s*\)/;
/** A Fastify plugin registered with a prefix: `api.register(orderRoutes, { prefix: "/orders" })`. */
const PLUGIN_REGISTER = /^\s*([A-Za-z_$][\w$]*)\s*\.\s*register\s*\(\s*([A-Za-z_$][\w$]*)\s*,\s*\{[^}]*?\bprefix\s*:\s*(['"`])(\/[^'"`\s]*)\3/;
/** A Fastify plugin written in place, its instance named by the parameter: `app.register(async (api) => {` (its prefix comes where it closes). */
const PLUGIN_OPEN = /^\s*([A-Za-z_$][\w$]*)\s*\.\s*register\s*\(\s*(?:async\s+)?(?:\(\s*([A-Za-z_$][\w$]*)[^)]*\)\s*=>|function\s*[\w$]*\s*\(\s*([A-Za-z_$][\w$]*)[^)]*\))\s*\{\s*$/;
/** Where a plugin written in place closes, maybe with its options: `}, { prefix: "/api" });`. */
const PLUGIN_CLOSE = /^\s*\}\s*(?:\)|,\s*(?:\{[^}]*?\bprefix\s*:\s*(['"`])(\/[^'"`\s]*)\1)?)/;
/**
 * A function that is a router's plugin, its first parameter the instance its routes are declared on:
 * `export const orderRoutes: FastifyPluginAsync = async (f) => {`, `async function orderRoutes(fastify, opts) {`.
 */
const PLUGIN_FUNCTION = /^\s*(?:export\s+)?(?:default\s+)?(?:(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s*)?\(\s*([A-Za-z_$][\w$]*)|(?:async\s+)?function\s+([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*))/;

/** Where each router of a block sits: made with a prefix of its own, as a group of another, or mounted on another at a path. */
export interface RouterPlace {
  parent?: string;
  /** the path it is mounted at, or its group's path, under its parent */
  at?: string;
  /** the prefix it was made with */
  own?: string;
}

/** The prefix of a router's routes: its parent's, the path it sits at, and its own (a cycle of mounts stops). */
export function routerPrefix(name: string, places: ReadonlyMap<string, RouterPlace>, seen = new Set<string>()): string {
  const place = places.get(name);
  if (!place || seen.has(name)) return '';
  seen.add(name);
  return joinRoute(joinRoute(place.parent ? routerPrefix(place.parent, places, seen) : '', place.at ?? ''), place.own ?? '');
}

/**
 * The routers of a block and where they sit (see RouterPlace); a mount may come after the routes it
 * prefixes. A router included by its module's attribute (`api.include_router(orders.router)`) sits
 * under both names, `orders` and `orders.router`.
 * @param conflicts filled with the names placed twice in different places
 */
export function routerPlaces(lines: readonly string[], conflicts?: Set<string>): Map<string, RouterPlace> {
  const places = new Map<string, RouterPlace>();
  const place = (name: string) => places.get(name) ?? places.set(name, {}).get(name)!;
  const set = (name: string, to: RouterPlace) => {
    const known = places.get(name);
    if (conflicts && known && ((to.own !== undefined && known.own !== undefined && known.own !== to.own) || (to.at !== undefined && known.at !== undefined && (known.at !== to.at || known.parent !== to.parent)))) conflicts.add(name);
    Object.assign(place(name), to);
  };
  // The instances of plugins written in place that are still open, with their parents.
  const open: Array<{ parent: string; param: string }> = [];
  for (const text of lines) {
    const made = text.includes('prefix') ? PREFIXED_ROUTER.exec(text) : null;
    if (made) set(made[1]!, { own: made[3]! });
    const group = text.includes('Group') ? ROUTER_GROUP.exec(text) : null;
    if (group) set(group[1]!, { parent: group[2]!, at: group[4]! });
    if (text.includes('register')) {
      const plugin = PLUGIN_REGISTER.exec(text);
      const opened = plugin ? null : PLUGIN_OPEN.exec(text);
      if (plugin && plugin[2] !== plugin[1]) set(plugin[2]!, { parent: plugin[1]!, at: plugin[4]! });
      else if (opened) open.push({ parent: opened[1]!, param: (opened[2] ?? opened[3])! });
    }
    const close = open.length > 0 && text.includes('}') ? PLUGIN_CLOSE.exec(text) : null;
    if (close) {
      const { parent, param } = open.pop()!;
      set(param, { parent, at: close[2] ?? '' });
    }
    const mount = /\.\s*(?:route|use|mount|include_router|register_blueprint)\s*\(/.test(text) ? ROUTER_MOUNT.exec(text) : null;
    const ninja = text.includes('add_router') ? NINJA_ADD_ROUTER.exec(text) : null;
    if (ninja) {
      // A module path names the router by its module's last name: `….specimens.router` is `specimens.router`, as an included FastAPI router.
      const router = (ninja[5] ?? ninja[6])!.split('.').slice(-2).join('.');
      set(router, { parent: ninja[1]!, at: ninja[3]! });
      if (router.includes('.')) set(router.split('.')[0]!, { parent: ninja[1]!, at: ninja[3]! });
    }
    const urls = text.includes('.urls') ? DJANGO_API_URLS.exec(text) : null;
    if (urls && urls[3] !== 'admin') set(urls[3]!, { at: `/${urls[2]!.replace(/\$$/, '').replace(/^\/+|\/+$/g, '')}` });
    const nested = mount ? null : text.includes('.routes(') ? ROUTER_NESTED.exec(text) : null;
    if (nested && nested[1] !== nested[2]) set(nested[2]!, { parent: nested[1]!, at: '' });
    if (mount && mount[1] !== undefined && mount[4] !== mount[1]) set(mount[4]!, { parent: mount[1], at: mount[3]! });
    else if (mount && mount[5] !== undefined) {
      const included = mount[6]!.replace(/\.router$/, '');
      const at = { parent: mount[5], at: mount[8] ?? '' };
      // Flask's `register_blueprint` names its prefix; a router included without one is FastAPI's.
      if (mount[8] === undefined && !text.includes('include_router')) continue;
      set(included.split('.')[0]!, at);
      if (mount[6]!.includes('.')) set(mount[6]!, { ...at });
    }
  }
  return places;
}

/**
 * Names of a block's routers that stand for routers the document places (see DocumentCode): the
 * instance a plugin function gets (`async (f) => {` of a registered `orderRoutes`), and a module's
 * router in the block that names the module's file (`# app/routers/orders.py` over `router = APIRouter(…)`
 * of an included `orders.router`, `// src/routes/dogs.js` over the `router` of a mounted `dogsRouter`).
 */
/** A section title that names one router: "2.2 Vehicles router", "Work orders routes" (group 1 its name). */
const ROUTER_TITLE = /^[\d.\s]*(\p{L}[\p{L}\s_-]{0,30}?)\s+(?:router|routes)\s*$/iu;

/** A route declared on a router by a method call: `router.get('/', …)`, `r.post("/x", …)`. */
const DECLARED_ON = /^\s*([A-Za-z_$][\w$]*)\s*\.\s*(?:get|post|put|patch|delete|all|route)\s*\(\s*['"`]\//;

export function routerAliases(lines: readonly string[], places: Map<string, RouterPlace>, title = ''): void {
  const first = lines.find((l) => l.trim() !== '');
  const file = first !== undefined && /^\s*(?:#|\/\/)/.test(first) ? /(?:^|[\s/])([A-Za-z_][\w]*)\.(?:py|ts|js|mjs)\s*$/.exec(first) : null;
  // No file named: a section titled after the router ("2.2 Vehicles router") names it as its file would (`vehicles.js`).
  const titled = file ? null : ROUTER_TITLE.exec(title);
  if (titled) placeByStem(lines, places, titled[1]!.toLowerCase().replace(/[\s_-]+/g, '').replace(/s$/, ''));
  if (file) {
    for (const [name, place] of places) {
      if (!name.startsWith(`${file[1]!}.`)) continue;
      const attr = name.slice(file[1]!.length + 1);
      places.set(attr, { ...place, own: places.get(attr)?.own });
    }
    // `// src/routes/dogs.js` over `router.get('/', …)` of a router mounted as `dogsRouter` (`dogs`,
    // `dogRoutes`): the one router the file declares on is the one mounted by its file's name.
    placeByStem(lines, places, file[1]!.toLowerCase().replace(/s$/, ''));
  }
  for (const text of lines) {
    const fn = text.includes('(') && (text.includes('=>') || text.includes('function')) ? PLUGIN_FUNCTION.exec(text) : null;
    const name = fn ? (fn[1] ?? fn[3])! : undefined;
    const param = fn ? (fn[2] ?? fn[4])! : undefined;
    if (name !== undefined && param !== undefined && places.get(name)?.at !== undefined && !places.has(param)) places.set(param, { parent: name, at: '' });
  }
}

/**
 * The one router a block declares on (`router.get('/', …)`) sits where the router mounted by `stem`'s
 * name sits (`dogs` for `dogsRouter`, `dogRoutes`), when exactly one such router is mounted.
 */
function placeByStem(lines: readonly string[], places: Map<string, RouterPlace>, stem: string): void {
  const mounted = [...places].filter(([name, place]) => place.at !== undefined && name.toLowerCase().replace(/(?:router|routes)$/, '').replace(/s$/, '') === stem);
  const used = new Set(lines.flatMap((l) => DECLARED_ON.exec(l)?.slice(1, 2) ?? []));
  if (mounted.length !== 1 || used.size !== 1) return;
  const [name] = used;
  if (!places.has(name!)) places.set(name!, { ...mounted[0]![1] });
}

/** What a section's code blocks, and the document's, say about the code of its other blocks. */
export interface SectionCode {
  /** the app's global prefix (NestJS's `app.setGlobalPrefix('api')`) */
  globalPrefix: string;
  /** the route configs mounted lazily, by name, with the path each is mounted at (Angular's `loadChildren`) */
  mounts: ReadonlyMap<string, string>;
  /** routers mounted at a path by a line of the document, by name (see DocumentCode) */
  routers: ReadonlyMap<string, RouterPlace>;
  /** the enums the document's Rails models declare, by `table.column` (see DocumentCode) */
  modelEnums: ReadonlyMap<string, string>;
  /** the DRF viewsets the document describes, by class name (see DocumentCode) */
  viewSets: ReadonlyMap<string, ViewSet>;
  /** Django url modules the document includes at a prefix, by module (see DocumentCode) */
  djangoIncludes: ReadonlyMap<string, string>;
  /** the methods of the DRF API views the document describes, by view name (see DocumentCode) */
  apiViews: ReadonlyMap<string, HttpMethod[]>;
}

/**
 * What a whole PRD's code says to the code of its other sections: an app's global route prefix
 * (`app.setGlobalPrefix('api')` in a bootstrap section), the routers it mounts at a path
 * (`app.register_blueprint(pieces_bp, url_prefix="/api/v1/pieces")`, `app.route('/api', api)`)
 * while their routes stand in other sections (a router name mounted at two paths says nothing),
 * the enums its Rails models declare for the columns a migration elsewhere creates, the DRF
 * viewsets its router registrations name, and the prefixes Django's url config includes its apps'
 * url modules at (`path("api/", include("custody.api_urls"))`), and the methods of its DRF API views
 * (`class SampleList(generics.ListCreateAPIView)`, `@api_view(["GET"])`).
 */
export interface DocumentCode {
  globalPrefix: string;
  routers: ReadonlyMap<string, RouterPlace>;
  modelEnums: ReadonlyMap<string, string>;
  viewSets: ReadonlyMap<string, ViewSet>;
  djangoIncludes: ReadonlyMap<string, string>;
  apiViews: ReadonlyMap<string, HttpMethod[]>;
  /** the above as a text, to tell cached sections apart */
  key: string;
}

export const NO_DOCUMENT_CODE: DocumentCode = { globalPrefix: '', routers: new Map(), modelEnums: new Map(), viewSets: new Map(), djangoIncludes: new Map(), apiViews: new Map(), key: '' };

/** The lines of a text that hold a word, by where each starts; the search goes on after each line found. */
function linesWith(text: string, word: string, into: Map<number, string>): void {
  for (let at = text.indexOf(word); at !== -1; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    into.set(start, text.slice(start, end === -1 ? text.length : end));
    if (end === -1) break;
    at = text.indexOf(word, end);
  }
}

/** The words a line that mounts a router holds (see ROUTER_MOUNT, PLUGIN_REGISTER). */
const MOUNT_WORDS = ['register_blueprint', 'include_router', 'add_router', '.urls)', '.route(', '.use(', '.mount(', '.register('];

/** A code span of prose that mounts a router: "All routers are mounted with `app.include_router(router, prefix=\"/api\")`". */
const MOUNT_SPAN = /`([A-Za-z_$][\w$]*\s*\.\s*(?:include_router|register_blueprint|route|use|mount|register)\s*\([^`\n]*)`/g;

/** A line, and the mounts its prose writes in code spans (a line of code holds none): read as lines of their own. */
function withMountSpans(line: string): string[] {
  if (!line.includes('`')) return [line];
  const spans = [...line.matchAll(MOUNT_SPAN)].map((m) => m[1]!);
  return spans.length === 0 ? [line] : [line, ...spans];
}

/**
 * Spring's context path, in properties, YAML or prose: `server.servlet.context-path: /wms`,
 * `spring.webflux.base-path=/api`, or YAML's nested `context-path: /resa/api` under `servlet:`; and
 * Ktor's `rootPath = "/bloodbank"` (`ktor.deployment.rootPath`, or nested under `deployment {`) (group 1).
 */
const SPRING_CONTEXT_PATH = /(?:\b(?:server\.servlet\.context-path|spring\.webflux\.base-path)|^[ \t]+(?:context-path|base-path)|\b(?:ktor\.deployment\.)?rootPath)\s*[:=]\s*['"]?(\/[\w.\/-]*[\w-])/m;

/** What a PRD's text sets for the code of all its blocks (see DocumentCode). */
/** Every word documentCode needs somewhere in the text to find anything: without one of them it is NO_DOCUMENT_CODE. */
const DOCUMENT_CODE_WORDS = ['setGlobalPrefix', 'context-path', 'base-path', 'rootPath', ...MOUNT_WORDS, 'enum', 'ViewSet(', 'include(', 'APIView', '@api_view'];

/** Does a piece of a PRD hold a word documentCode needs (DOCUMENT_CODE_WORDS)? A document none of whose pieces does has no document code. */
export function mayHoldDocumentCode(text: string): boolean {
  return DOCUMENT_CODE_WORDS.some((w) => text.includes(w));
}

export function documentCode(text: string): DocumentCode {
  // The app's global prefix: NestJS's `app.setGlobalPrefix('api')`, or Spring's context path (`server.servlet.context-path: /wms`).
  const prefix = text.includes('setGlobalPrefix') ? NEST_GLOBAL_PREFIX.exec(text)?.[2] ?? '' : text.includes('context-path') || text.includes('base-path') || text.includes('rootPath') ? SPRING_CONTEXT_PATH.exec(text)?.[1] ?? '' : '';
  const found = new Map<number, string>();
  for (const w of MOUNT_WORDS) if (text.includes(w)) linesWith(text, w, found);
  // With mounts, the lines that give a prefix: a router made with one, a plugin closed with one.
  if (found.size > 0) linesWith(text, 'prefix', found);
  const ambiguous = new Set<string>();
  const placed = routerPlaces([...found].sort((a, b) => a[0] - b[0]).flatMap(([, line]) => withMountSpans(line)), ambiguous);
  const parents = new Set([...placed.values()].map((p) => p.parent));
  const routers = new Map<string, RouterPlace>();
  // A router placed under another, or one made with a prefix that others are placed under.
  for (const [name, place] of placed) if (!ambiguous.has(name) && (place.at !== undefined || (place.own !== undefined && parents.has(name)))) routers.set(name, place);
  const modelEnums = railsModelEnums(text);
  const sets = mayContainViewSets(text) ? documentViewSets(text) : new Map<string, ViewSet>();
  const includes = text.includes('include(') ? djangoIncludes(text) : new Map<string, string>();
  const views = mayContainApiViews(text) ? apiViews(linesWithNext(text, ['APIView', '@api_view('])) : new Map<string, HttpMethod[]>();
  if (prefix === '' && routers.size === 0 && modelEnums.size === 0 && sets.size === 0 && includes.size === 0 && views.size === 0) return NO_DOCUMENT_CODE;
  const key = `${prefix}\0${[...routers].map(([n, p]) => `${n}=${p.parent ?? ''}:${p.at ?? ''}:${p.own ?? ''}`).join('\0')}\0${[...modelEnums].map(([k, v]) => `${k}=${v}`).join('\0')}\0${[...sets].map(([n, v]) => `${n}=${JSON.stringify([[...v.actions], v.allowed, v.extra])}`).join('\0')}\0${[...includes].map(([k, v]) => `${k}=${v}`).join('\0')}\0${[...views].map(([k, v]) => `${k}=${v.join()}`).join('\0')}`;
  return { globalPrefix: prefix, routers, modelEnums, viewSets: sets, djangoIncludes: includes, apiViews: views, key };
}

/** Django's include of an app's url module at a prefix: `path("api/", include("custody.api_urls"))`, `re_path(r"^shop/", include(("shop.urls", "shop")))`. */
const DJANGO_INCLUDE = /^\s*(?:re_)?path\s*\(\s*r?(['"])\^?([^'"]*)\1\s*,\s*include\s*\(\s*\(?\s*(['"])([\w.]+)\3/;

/** The url modules a PRD's Django url config includes, each with its prefix (`custody.api_urls` → `api`); a module included at two prefixes says nothing. */
function djangoIncludes(text: string): Map<string, string> {
  const found = new Map<number, string>();
  linesWith(text, 'include(', found);
  const out = new Map<string, string>();
  const twice = new Set<string>();
  for (const line of found.values()) {
    const m = line.includes('path') ? DJANGO_INCLUDE.exec(line) : null;
    if (!m) continue;
    const at = m[2]!.replace(/\$$/, '').replace(/^\/+|\/+$/g, '');
    if (out.has(m[4]!) && out.get(m[4]!) !== at) twice.add(m[4]!);
    out.set(m[4]!, at);
  }
  for (const name of twice) out.delete(name);
  return out;
}

/**
 * The prefix a block of Django url patterns is included at: the block's first line names its file
 * (`# custody/api_urls.py`), a module the document's url config includes (`include("custody.api_urls")`);
 * undefined when it names none or one not included.
 */
export function djangoPrefix(lines: readonly string[], includes: ReadonlyMap<string, string>): string | undefined {
  if (includes.size === 0) return undefined;
  const first = lines.find((l) => l.trim() !== '');
  const file = first !== undefined ? /^\s*#\s*([\w/.-]+)\.py\b/.exec(first) : null;
  if (!file) return undefined;
  const module = file[1]!.replace(/^\.\//, '').replace(/\//g, '.');
  for (const [name, at] of includes) if (module === name || module.endsWith(`.${name}`) || name.endsWith(`.${module}`)) return at;
  return undefined;
}

/** The DRF viewsets a PRD's text describes: its lines that name one, its allowed methods or an action, with the line after each. */
function documentViewSets(text: string): Map<string, ViewSet> {
  return viewSets(linesWithNext(text, ['ViewSet(', 'http_method_names', '@action(']));
}

/** The lines of a text that hold one of `words`, in order, each with the line after it. */
function linesWithNext(text: string, words: readonly string[]): Array<{ line: string; next: string }> {
  const found = new Map<number, string>();
  for (const w of words) if (text.includes(w)) linesWith(text, w, found);
  return [...found]
    .sort((a, b) => a[0] - b[0])
    .map(([start, line]) => {
      const from = start + line.length + 1;
      const end = text.indexOf('\n', from);
      return { line, next: from >= text.length ? '' : text.slice(from, end === -1 ? text.length : end) };
    });
}

export const NO_SECTION_CODE: SectionCode = { globalPrefix: '', mounts: new Map(), routers: new Map(), modelEnums: new Map(), viewSets: new Map(), djangoIncludes: new Map(), apiViews: new Map() };

/** What a section's code blocks set for each other (see SectionCode), over the document's. */
export function sectionCode(values: readonly string[], document: DocumentCode = NO_DOCUMENT_CODE): SectionCode {
  let globalPrefix = '';
  const mounts = new Map<string, string>();
  for (const v of values) {
    const prefix = v.includes('setGlobalPrefix') ? NEST_GLOBAL_PREFIX.exec(v) : null;
    if (prefix && globalPrefix === '') globalPrefix = prefix[2]!;
    if (v.includes('loadChildren') && ROUTE_OBJECTS.test(v)) objectRoutes(v, '', mounts);
  }
  if (globalPrefix === '') globalPrefix = document.globalPrefix;
  return globalPrefix === '' && mounts.size === 0 && document === NO_DOCUMENT_CODE ? NO_SECTION_CODE : { globalPrefix, mounts, routers: document.routers, modelEnums: document.modelEnums, viewSets: document.viewSets, djangoIncludes: document.djangoIncludes, apiViews: document.apiViews };
}

/** A block that calls the product's API with an HTTP client: Angular's HttpClient, axios, fetch. */
const CLIENT_BLOCK = /\bHttpClient\b|\bthis\.http\.|\baxios\b|\$http\.|\bfetch\s*\(/;
/** A client call: `this.http.get<Finding[]>(`${this.base}/findings`)`, `axios.post('/api/orders', body)`. */
const CLIENT_CALL = /\b(?:this\.)?(?:http|httpClient|axios|\$http|client|api)\s*\.\s*(get|post|put|patch|delete)\s*(?:<[^>(]*>)?\s*\(\s*(['"`])([^'"`]*)\2/i;
/** `fetch(`${BASE}/orders/${id}`, { method: 'DELETE' })`: GET unless the options name a method. */
const FETCH_CALL = /\bfetch\s*\(\s*(['"`])([^'"`]*)\1(?:\s*,\s*\{[^}]*?\bmethod\s*:\s*['"`](\w+)['"`])?/;
/** A constant that holds a path: `private readonly base = '/api/v2';`, `const API = "/api"`. */
const PATH_CONSTANT = /\b([A-Za-z_$][\w$]*)\s*(?::\s*string\s*)?=\s*(['"`])(\/[^'"`$]*)\2/g;

/**
 * The endpoints a frontend's API service calls on its own backend: each client call whose URL is a
 * path, or a template that starts with a constant of the block holding one (`${this.base}/findings/${id}`
 * → `/api/v2/findings/:id`, each other `${…}` a parameter named after its last identifier). A call to
 * a URL with a host (a third party's API) or a template that starts with something else is none.
 */
function clientCalls(value: string, lines: readonly string[]): DeclaredRoute[] {
  const constants = new Map<string, string>();
  for (const m of value.matchAll(PATH_CONSTANT)) constants.set(m[1]!, m[3]!);
  const out: DeclaredRoute[] = [];
  lines.forEach((text, i) => {
    const call = CLIENT_CALL.exec(text);
    const fetched = call ? null : FETCH_CALL.exec(text);
    const url = call ? call[3]! : fetched?.[2];
    const method = call ? normalizeMethod(call[1]!) : fetched ? normalizeMethod(fetched[3] ?? 'GET') : undefined;
    if (url === undefined || !method) return;
    let ok = true;
    const path = url.replace(/\$\{\s*([^}]*?)\s*\}/g, (_, expr: string, at: number) => {
      const name = /([A-Za-z_$][\w$]*)\s*$/.exec(expr)?.[1];
      if (at === 0) {
        const base = name !== undefined ? constants.get(name) : undefined;
        if (base === undefined) ok = false;
        return base ?? '';
      }
      return `:${name ?? 'param'}`;
    });
    const r = ok && path.startsWith('/') ? route(i, path, [method]) : undefined;
    if (r) out.push(r);
  });
  return out;
}

/** A Razor page's directive (Blazor, ASP.NET Razor Pages): `@page "/work-orders/{Id:int}"`. */
const RAZOR_PAGE = /@page\s+"(\/[^"]*)"/g;

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
 * @param routing what the section's other blocks set: a global prefix, lazily mounted configs
 * @param clients whether a frontend's client calls count (under an API or screens heading only):
 *   the other notations are route files wherever they stand
 */
export function frameworkRoutes(value: string, lines: readonly string[], routing: SectionCode = NO_SECTION_CODE, clients = true): DeclaredRoute[] | undefined {
  if (value.includes('path') && ROUTE_OBJECTS.test(value) && /\bpath\s*:\s*['"`]/.test(value)) {
    const name = ROUTES_ARRAY.exec(value)?.[1];
    return objectRoutes(value, (name !== undefined ? routing.mounts.get(name) : undefined) ?? '');
  }
  if (value.includes('@Controller') && /^\s*@Controller\s*\(/m.test(value)) return nestRoutes(lines, routing.globalPrefix);
  if (value.includes('@page') && /^\s*@page\s+"\//m.test(value)) return lines.flatMap((text, index) => razorPages(text).map((path) => ({ index, path, methods: [], page: true })));
  // A Spring controller: a class-level `@RequestMapping`, or `@RestController` over mappings with whole paths.
  if (value.includes('Mapping') && /@(?:Get|Post|Put|Patch|Delete|Request)Mapping\b/.test(value) && /@RequestMapping\s*\(|@RestController\b/.test(value)) return springRoutes(lines, routing.globalPrefix);
  if (value.includes('Handle') && GO_PATTERN_ROUTE.test(value)) return goMuxRoutes(lines);
  if (value.includes('Route::')) return laravelRoutes(lines);
  if (/^\s*(?:resources?\s+:\w+|namespace\s+:\w+)/m.test(value) || value.includes('routes.draw')) return railsRoutes(lines);
  if (value.includes('.Map') && /\.Map(?:Get|Post|Put|Patch|Delete|Group)\s*\(/.test(value)) return minimalApiRoutes(lines);
  if (value.includes('[Http') && /\[\s*Http(?:Get|Post|Put|Patch|Delete)\b/.test(value) && CS_CLASS_LINE.test(value)) return aspnetControllerRoutes(lines);
  if (/^\s*scope\s+"[^"]*"[^\n]*\bdo\s*$/m.test(value) || /^\s*(?:live|resources)\s+"\//m.test(value)) return phoenixRoutes(lines);
  if (/\broute\s*\(\s*['"]/.test(value) && REACT_ROUTER_CONFIG.test(value)) return reactRouterRoutes(lines);
  if (value.includes('routing') && /\brouting\s*\{/.test(value) && /^\s*(?:route\s*\(\s*"|(?:get|post|put|patch|delete)\s*[({])/m.test(value)) return ktorRoutes(lines);
  if (value.includes('google.api.http') && /\(\s*google\.api\.http\s*\)/.test(value)) return grpcRoutes(lines);
  if (clients && CLIENT_BLOCK.test(value)) {
    const calls = clientCalls(value, lines);
    if (calls.length > 0) return calls;
  }
  return undefined;
}
