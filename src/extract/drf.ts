/**
 * Django REST Framework's routers, as PRDs quote them: `router.register(r"orders", OrderViewSet)`
 * with `path("api/", include(router.urls))`, each viewset serving the routes its base classes give
 * (`ModelViewSet`, `ReadOnlyModelViewSet`, a `GenericViewSet` with mixins), kept to its
 * `http_method_names`, and its extra `@action`s. The viewsets may be described anywhere in the PRD,
 * in code or in a sentence that quotes their class line.
 */
import type { HttpMethod } from '../types.js';
import { methodsIn } from './paths.js';

/** What a viewset serves: its standard actions, the methods it allows, its extra actions. */
export interface ViewSet {
  actions: Set<string>;
  /** `http_method_names`, when it names them */
  allowed?: HttpMethod[];
  extra: Array<{ detail: boolean; path: string; methods: HttpMethod[] }>;
}

/** A DRF route: its path under the router's prefix (`:pk` for the record) and its methods. */
export interface ViewSetRoute {
  index: number;
  path: string;
  methods: HttpMethod[];
}

/** The standard actions each base class or mixin gives. */
const BASE_ACTIONS: Record<string, string[]> = {
  ModelViewSet: ['list', 'create', 'retrieve', 'update', 'destroy'],
  ReadOnlyModelViewSet: ['list', 'retrieve'],
  ListModelMixin: ['list'],
  CreateModelMixin: ['create'],
  RetrieveModelMixin: ['retrieve'],
  UpdateModelMixin: ['update'],
  DestroyModelMixin: ['destroy'],
};
const ACTION_ROUTES: Array<{ action: string; detail: boolean; methods: HttpMethod[] }> = [
  { action: 'list', detail: false, methods: ['GET'] },
  { action: 'create', detail: false, methods: ['POST'] },
  { action: 'retrieve', detail: true, methods: ['GET'] },
  { action: 'update', detail: true, methods: ['PUT', 'PATCH'] },
  { action: 'destroy', detail: true, methods: ['DELETE'] },
];

/** A viewset's class line: `class OrderViewSet(viewsets.ModelViewSet):`, or its name and bases quoted in a sentence. */
const VIEWSET_CLASS = /\b([A-Z]\w*ViewSet)\s*\(([^()]*)\)/;
const METHOD_NAMES = /\bhttp_method_names\s*=\s*\[([^\]]*)\]/;
/** `@action(detail=True, methods=["post"])`, then the method's name (`def cancel`) on its line or the next. */
const ACTION = /@action\s*\(([^)]*)\)(?:[^\n]*?\bdef\s+(\w+))?/;

/** Does a text describe DRF viewsets? */
export function mayContainViewSets(text: string): boolean {
  return text.includes('ViewSet(');
}

/**
 * The viewsets a PRD describes, by class name: read from each line that names one with its bases,
 * and the `http_method_names` and `@action`s after it (up to the next viewset).
 * @param lines the lines that hold `ViewSet(`, `http_method_names` or `@action(`, in document order,
 *   each with the line after it (a decorated method's `def`)
 */
export function viewSets(lines: ReadonlyArray<{ line: string; next: string }>): Map<string, ViewSet> {
  const out = new Map<string, ViewSet>();
  let current: ViewSet | undefined;
  for (const { line, next } of lines) {
    const cls = line.includes('ViewSet') ? VIEWSET_CLASS.exec(line) : null;
    if (cls) {
      const actions = new Set(cls[2]!.split(/[\s,]+/).flatMap((b) => BASE_ACTIONS[b.split('.').pop()!] ?? []));
      current = actions.size > 0 ? { actions, extra: [] } : undefined;
      if (current) out.set(cls[1]!, current);
    }
    if (!current) continue;
    const names = line.includes('http_method_names') ? METHOD_NAMES.exec(line) : null;
    if (names) current.allowed = methodsIn(names[1]!.replace(/['"]/g, ' ').toUpperCase());
    const action = line.includes('@action') ? ACTION.exec(line) : null;
    if (action) {
      const args = action[1]!;
      const path = /\burl_path\s*=\s*r?['"]([^'"]+)['"]/.exec(args)?.[1] ?? action[2] ?? /^\s*def\s+(\w+)/.exec(next)?.[1];
      const methods = /\bmethods\s*=\s*\[([^\]]*)\]/.exec(args);
      if (path) current.extra.push({ detail: /\bdetail\s*=\s*True\b/.test(args), path, methods: methods ? methodsIn(methods[1]!.replace(/['"]/g, ' ').toUpperCase()) : ['GET'] });
    }
  }
  return out;
}

/** `router.register(r"orders", OrderViewSet, basename="order")`. */
const REGISTER = /^\s*([A-Za-z_]\w*)\.register\s*\(\s*r?(['"])\^?([\w/-]+?)\/?\$?\2\s*,\s*(?:\w+\.)?([A-Z]\w*)/;
/** `path("api/", include(router.urls))`: the router's prefix. */
const ROUTER_INCLUDE = /\bpath\s*\(\s*r?(['"])([^'"]*)\1\s*,\s*include\s*\(\s*([A-Za-z_]\w*)\.urls\s*\)/;

/**
 * The routes of a block's router registrations, each viewset's (described in the PRD; one it does
 * not describe gives none) under the prefix its router is included at.
 * @param outer the prefix the project's url config includes the block's module at (`api` for
 *   `path("api/", include("orders.urls"))` over `# orders/urls.py`), before the router's own
 */
export function registeredRoutes(lines: readonly string[], sets: ReadonlyMap<string, ViewSet>, outer = ''): ViewSetRoute[] {
  const prefixes = new Map<string, string>();
  for (const text of lines) {
    const inc = text.includes('include') ? ROUTER_INCLUDE.exec(text) : null;
    if (inc) prefixes.set(inc[3]!, inc[2]!.replace(/^\^|\/$/g, ''));
  }
  const out: ViewSetRoute[] = [];
  lines.forEach((text, index) => {
    const reg = text.includes('.register') ? REGISTER.exec(text) : null;
    const set = reg ? sets.get(reg[4]!) : undefined;
    if (!reg || !set) return;
    const prefix = [outer, prefixes.get(reg[1]!) ?? ''].filter((p) => p !== '').join('/');
    const base = `${prefix === '' ? '' : `/${prefix}`}/${reg[3]!}`;
    const keep = (methods: HttpMethod[]) => (set.allowed ? methods.filter((m) => set.allowed!.includes(m)) : methods);
    for (const a of ACTION_ROUTES) {
      const methods = set.actions.has(a.action) ? keep(a.methods) : [];
      if (methods.length > 0) out.push({ index, path: a.detail ? `${base}/:pk` : base, methods });
    }
    for (const e of set.extra) {
      const methods = keep(e.methods);
      if (methods.length > 0) out.push({ index, path: `${base}${e.detail ? '/:pk' : ''}/${e.path}`, methods });
    }
  });
  return out;
}

/** The methods each of DRF's generic views serves, by class name. */
const GENERIC_VIEW_METHODS: Record<string, HttpMethod[]> = {
  ListAPIView: ['GET'],
  CreateAPIView: ['POST'],
  RetrieveAPIView: ['GET'],
  UpdateAPIView: ['PUT', 'PATCH'],
  DestroyAPIView: ['DELETE'],
  ListCreateAPIView: ['GET', 'POST'],
  RetrieveUpdateAPIView: ['GET', 'PUT', 'PATCH'],
  RetrieveDestroyAPIView: ['GET', 'DELETE'],
  RetrieveUpdateDestroyAPIView: ['GET', 'PUT', 'PATCH', 'DELETE'],
};
/** A view class on a generic view: `class SampleListCreate(generics.ListCreateAPIView):` (the name, the bases). */
const API_VIEW_CLASS = /^\s*class\s+([A-Z]\w*)\s*\(([^()]*)\)\s*:/;
/** A function view: `@api_view(["GET", "POST"])`, then its `def` on the next line. */
const API_VIEW_DECORATOR = /^\s*@api_view\s*\(\s*\[([^\]]*)\]/;

/** Does a text describe DRF's generic or function API views? */
export function mayContainApiViews(text: string): boolean {
  return text.includes('APIView') || text.includes('@api_view');
}

/**
 * The methods of the DRF API views a PRD describes, by name: a class on a generic view serves its
 * methods (`ListCreateAPIView`: GET and POST), kept to its `http_method_names` when the line after
 * it says so; a function decorated `@api_view(["GET", "POST"])` the methods it names.
 * @param lines the lines that hold `APIView` or `@api_view`, each with the line after it
 */
export function apiViews(lines: ReadonlyArray<{ line: string; next: string }>): Map<string, HttpMethod[]> {
  const out = new Map<string, HttpMethod[]>();
  for (const { line, next } of lines) {
    const cls = line.includes('class') ? API_VIEW_CLASS.exec(line) : null;
    if (cls) {
      const methods = [...new Set(cls[2]!.split(/[\s,]+/).flatMap((b) => GENERIC_VIEW_METHODS[b.split('.').pop()!] ?? []))];
      const names = next.includes('http_method_names') ? METHOD_NAMES.exec(next) : null;
      const allowed = names ? methodsIn(names[1]!.replace(/['"]/g, ' ').toUpperCase()) : undefined;
      const kept = allowed ? methods.filter((m) => allowed.includes(m)) : methods;
      if (kept.length > 0) out.set(cls[1]!, kept);
      continue;
    }
    const decorated = line.includes('@api_view') ? API_VIEW_DECORATOR.exec(line) : null;
    const fn = decorated ? /^\s*(?:async\s+)?def\s+(\w+)/.exec(next) : null;
    if (fn) {
      const methods = methodsIn(decorated![1]!.replace(/['"]/g, ' ').toUpperCase());
      if (methods.length > 0) out.set(fn[1]!, methods);
    }
  }
  return out;
}

/** The view a Django url pattern routes to: `v.SampleListCreate.as_view()`, `views.sample_list` (the last name). */
const PATTERN_VIEW = /^\s*(?:re_)?path\s*\(\s*r?(['"])[^'"]*\1\s*,\s*((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)/;

/** The methods of the DRF API view a url pattern routes to (see apiViews); undefined for another view. */
export function patternViewMethods(line: string, views: ReadonlyMap<string, HttpMethod[]>): HttpMethod[] | undefined {
  if (views.size === 0) return undefined;
  const m = PATTERN_VIEW.exec(line);
  const names = m ? m[2]!.split('.').filter((n) => n !== 'as_view') : [];
  return names.length > 0 ? views.get(names[names.length - 1]!) : undefined;
}
