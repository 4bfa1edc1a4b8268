import { singularize } from '../extract/index.js';
import type { ApiTask, ModelTask } from '../types.js';
import { baseIdentifier, HEADER, propertyKey, sourcesComment, str, uniqueIdentifier } from './code.js';
import { routeParams } from './pages.js';
import { keptBlocks, type ApiTaskLines as TaskLines, type ApiTaskOps as TaskOps, type ModelLookup, type RenderWatch } from './watch.js';

interface Operation {
  method: string;
  path: string;
  fn: string;
  params: string[];
  response: string;
  body: string | undefined;
  sources: ApiTask['sources'];
}

/** The model an endpoint is about: the last static segment, singular (`/api/orders/:id` → `Order`). */
function resourceModel(path: string, ids: Map<string, string>, byLower: Map<string, string>): { id: string; item: boolean } | undefined {
  const segs = path.split('/').filter(Boolean);
  const last = segs[segs.length - 1];
  const item = last?.startsWith(':') ?? false;
  const staticSeg = [...segs].reverse().find((s) => !s.startsWith(':'));
  if (!staticSeg) return undefined;
  const name = singularize(staticSeg).replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const model = byLower.get(name);
  const id = model ? ids.get(model) : undefined;
  return id ? { id, item } : undefined;
}

/** `/api/orders/:id` → `api orders by id`, the words an operation name is made of. */
function pathWords(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith(':') ? `by ${s.slice(1)}` : s))
    .join(' ');
}

/** The two generated lines of an operation. */
function operationLines(o: Operation): { route: string; client: string } {
  const paramsType = o.params.length > 0 ? `params: { ${o.params.map((p) => `${propertyKey(p)}: string | number`).join('; ')} }, ` : '';
  const paramsValue = o.params.length > 0 ? 'params' : '{}';
  const bodyArg = o.body ? `body: ${o.body}, ` : '';
  return {
    route: `  { method: ${str(o.method)}, path: ${str(o.path)}, params: [${o.params.map(str).join(', ')}], operation: ${str(o.fn)} },\n`,
    client:
      sourcesComment(o.sources, '    ') +
      `    ${o.fn}: (${paramsType}${bodyArg}init?: RequestOptions) => request<${o.response}>(${str(o.method)}, ${str(o.path)}, ${paramsValue}, ${o.body ? 'body' : 'undefined'}, init),\n`,
  };
}

/**
 * The TypeScript type of a body the PRD names (`Order`, `MenuItem[]`): the model's identifier, a
 * list of it, or undefined when no model of that name (any case, singular or plural) exists.
 */
function bodyType(name: string | undefined, ids: Map<string, string>, byLower: Map<string, string>): string | undefined {
  if (!name) return undefined;
  const list = name.endsWith('[]');
  const base = list ? name.slice(0, -2) : name;
  const model = ids.has(base) ? base : (byLower.get(base.toLowerCase()) ?? byLower.get(singularize(base).toLowerCase()));
  const id = model === undefined ? undefined : ids.get(model);
  return id === undefined ? undefined : list ? `${id}[]` : id;
}

function modelLookup(models: ModelTask[], ids: Map<string, string>): ModelLookup {
  return { byLower: new Map(models.map((m) => [m.name.toLowerCase(), m.name])), modelIds: new Set(ids.values()) };
}

/** The model a type names: `Order`, `Order[]` and `Partial<Order>` name `Order`. */
const typeModel = (type: string): string => type.replace(/^Partial<|>$|\[\]$/g, '');

/**
 * Each operation's types: what the PRD says the method takes and returns (\`ApiTask.bodies\`) first,
 * then the model the path is about (\`/api/orders/:id\` → \`Order\`), then \`unknown\`.
 */
function taskOps(api: ApiTask, ids: Map<string, string>, lookup: ModelLookup, watch: RenderWatch | undefined): TaskOps {
  const { byLower, modelIds } = lookup;
  const resource = resourceModel(api.path, ids, byLower);
  const words = pathWords(api.path);
  const ops: TaskOps = { ids, bases: [], params: routeParams(api.path), responses: [], bodies: [], models: [] };
  for (const method of api.methods) {
    ops.bases.push(baseIdentifier(`${method.toLowerCase()} ${words}`, 'camel', 'op', watch));
    const said = api.bodies?.[method];
    const guessedResponse = !resource ? 'unknown' : method === 'DELETE' ? 'void' : resource.item || method !== 'GET' ? resource.id : `${resource.id}[]`;
    const guessedBody = resource && (method === 'POST' || method === 'PUT') ? resource.id : resource && method === 'PATCH' ? `Partial<${resource.id}>` : undefined;
    const response = bodyType(said?.response, ids, byLower) ?? guessedResponse;
    const body = bodyType(said?.request, ids, byLower) ?? guessedBody;
    ops.responses.push(response);
    ops.bodies.push(body);
    for (const t of [response, body ?? '']) if (modelIds.has(typeModel(t))) ops.models.push(typeModel(t));
  }
  return ops;
}

function operations(apis: ApiTask[], models: ModelTask[], ids: Map<string, string>): Operation[] {
  const used = new Set<string>();
  const lookup = modelLookup(models, ids);
  const ops: Operation[] = [];
  for (const api of apis) {
    const t = taskOps(api, ids, lookup, undefined);
    api.methods.forEach((method, i) => {
      ops.push({ method, path: api.path, fn: uniqueIdentifier(t.bases[i]!, used), params: t.params, response: t.responses[i]!, body: t.bodies[i], sources: api.sources });
    });
  }
  return ops;
}

/**
 * The generated client's operation names, one per API method: what a test calls (`client.getApiOrders()`).
 * @param apis the API tasks in the order `renderApi` receives them
 */
export function clientOperations(apis: ApiTask[]): Array<{ method: string; path: string; name: string }> {
  return operations(apis, [], new Map()).map((o) => ({ method: o.method, path: o.path, name: o.fn }));
}

/** What api.ts holds between its header (and import) and the route lines. */
const ROUTES_HEAD = `
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export const apiRoutes = [
`;

/** What api.ts holds between the route lines and the client's operations. */
const CLIENT_HEAD = `] as const;

export type ApiRoute = (typeof apiRoutes)[number];
export type ApiPath = ApiRoute['path'];

/** The subset of \`fetch\` the client needs; pass your own (with auth, retries…) in the options. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: unknown },
) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

export interface ApiClientOptions {
  /** Prefix of every request, e.g. \`https://api.example.com\`. @default '' */
  baseUrl?: string;
  /** @default globalThis.fetch */
  fetch?: FetchLike;
  headers?: Record<string, string>;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  signal?: unknown;
}

export class ApiError extends Error {
  constructor(readonly method: string, readonly url: string, readonly status: number, readonly body: string) {
    super(\`\${method} \${url} failed with \${status}\`);
    this.name = 'ApiError';
  }
}

/** Fill \`:params\` of a path (URI-encoded). */
export function buildPath(path: string, params: Record<string, string | number>): string {
  return path.replace(/:([A-Za-z0-9_$]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(\`Missing path parameter "\${name}" for \${path}\`);
    return encodeURIComponent(String(value));
  });
}

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((globalThis as unknown as { fetch: FetchLike }).fetch);
  async function request<T>(method: HttpMethod, path: string, params: Record<string, string | number>, body: unknown, init: RequestOptions = {}): Promise<T> {
    let url = baseUrl + buildPath(path, params);
    const query = Object.entries(init.query ?? {}).filter((e): e is [string, string | number | boolean] => e[1] !== undefined);
    if (query.length > 0) url += \`?\${query.map(([k, v]) => \`\${encodeURIComponent(k)}=\${encodeURIComponent(String(v))}\`).join('&')}\`;
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...init.headers };
    const requestInit: Parameters<FetchLike>[1] = { method, headers, signal: init.signal };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      requestInit.body = JSON.stringify(body);
    }
    const response = await doFetch(url, requestInit);
    const text = await response.text();
    if (!response.ok) throw new ApiError(method, url, response.status, text);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
  return {
    /** Any endpoint, typed by the caller: \`client.request<Order>('GET', '/api/orders/:id', { id })\`. */
    request: <T = unknown>(method: HttpMethod, path: string, params: Record<string, string | number> = {}, body?: unknown, init?: RequestOptions) =>
      request<T>(method, path, params, body, init),
`;

const CLIENT_TAIL = `  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
`;

/** The import of the models the types name, sorted; none when they name none. */
function modelImport(used: Iterable<string>): string[] {
  const names = [...new Set(used)].sort();
  return names.length > 0 ? [`\nimport type { ${names.join(', ')} } from './models.js';\n`] : [];
}

/** `api.ts`: the route table and a typed fetch client (works with any `fetch`, no DOM types needed). */
export function renderApi(apis: ApiTask[], models: ModelTask[], ids: Map<string, string>, watch?: RenderWatch): string {
  return [...(watch ? apiPieces(apis, models, ids, watch) : apiParts(apis, models, ids))].join('');
}

/**
 * The text of {@link renderApi} in pieces, made as they are written: the file (1.4 MB per MB of
 * dense PRDs) is never built whole, then copied flat, then encoded.
 */
export function* apiParts(apis: ApiTask[], models: ModelTask[], ids: Map<string, string>): Generator<string> {
  const ops = operations(apis, models, ids);
  const modelIds = new Set(ids.values());
  yield HEADER;
  yield* modelImport(ops.flatMap((o) => [o.response, o.body ?? '']).map(typeModel).filter((t) => modelIds.has(t)));
  yield ROUTES_HEAD;
  const lines = ops.map(operationLines);
  for (const l of lines) yield l.route;
  yield CLIENT_HEAD;
  for (const l of lines) yield l.client;
  yield CLIENT_TAIL;
}

/**
 * {@link renderApi}'s text in a watching session: the route lines and the client's operations in
 * blocks kept for the next save (see keptBlocks). Each task keeps its types while the model
 * identifiers are the same map, and its lines while its operation names are the same: a save
 * recomputes every name (the de-duplication is global: a renamed endpoint can give a later one
 * a suffix, or take it away) with one set look-up per operation, and renders again only the tasks
 * whose names or types changed and the blocks that hold them.
 */
export function apiPieces(apis: ApiTask[], models: ModelTask[], ids: Map<string, string>, watch: RenderWatch): string[] {
  let lookup = watch.modelLookup.get(ids);
  if (!lookup) watch.modelLookup.set(ids, (lookup = modelLookup(models, ids)));
  const used = new Set<string>();
  const usedModels = new Set<string>();
  const tasks: TaskLines[] = [];
  for (const api of apis) {
    const kept = watch.apiTasks.get(api);
    const ops = kept?.ids === ids ? kept : taskOps(api, ids, lookup, watch);
    const fns: string[] = [];
    let same = kept === ops;
    for (let i = 0; i < ops.bases.length; i++) {
      const fn = uniqueIdentifier(ops.bases[i]!, used);
      fns.push(fn);
      if (same && fn !== kept!.fns[i]) same = false;
    }
    for (const m of ops.models) usedModels.add(m);
    let lines = kept;
    if (!lines || !same) {
      const rendered = api.methods.map((method, i) =>
        operationLines({ method, path: api.path, fn: fns[i]!, params: ops.params, response: ops.responses[i]!, body: ops.bodies[i], sources: api.sources }),
      );
      lines = { ...ops, fns, route: rendered.map((l) => l.route).join(''), client: rendered.map((l) => l.client).join('') };
      watch.apiTasks.set(api, lines);
    }
    tasks.push(lines);
  }
  return [
    HEADER,
    ...modelImport(usedModels),
    ROUTES_HEAD,
    ...keptBlocks(tasks, '', (t) => t.route, watch, 'api.ts routes'),
    CLIENT_HEAD,
    ...keptBlocks(tasks, '', (t) => t.client, watch, 'api.ts client'),
    CLIENT_TAIL,
  ];
}
