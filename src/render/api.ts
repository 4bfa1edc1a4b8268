import { singularize } from '../extract/index.js';
import type { ApiTask, ModelTask } from '../types.js';
import { HEADER, identifier, propertyKey, sourcesComment, str } from './code.js';
import { routeParams } from './pages.js';
import type { RenderWatch } from './watch.js';

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
function pathWords(path: string, watch: RenderWatch | undefined): string {
  let words = watch?.pathWords.get(path);
  if (words === undefined) {
    words = path
      .split('/')
      .filter(Boolean)
      .map((s) => (s.startsWith(':') ? `by ${s.slice(1)}` : s))
      .join(' ');
    watch?.pathWords.set(path, words);
  }
  return words;
}

/**
 * The two generated lines of an operation. A watching session keeps them by the operation's
 * sources and signature: a save that leaves an endpoint alone does not render it again (the
 * sources array is shared while its task is).
 */
function operationLines(o: Operation, watch: RenderWatch | undefined): { route: string; client: string } {
  const key = watch ? `${o.method}\0${o.path}\0${o.fn}\0${o.response}\0${o.body ?? ''}` : '';
  let perTask = watch?.apiLines.get(o.sources);
  const hit = perTask?.get(key);
  if (hit) return hit;
  const paramsType = o.params.length > 0 ? `params: { ${o.params.map((p) => `${propertyKey(p)}: string | number`).join('; ')} }, ` : '';
  const paramsValue = o.params.length > 0 ? 'params' : '{}';
  const bodyArg = o.body ? `body: ${o.body}, ` : '';
  const lines = {
    route: `  { method: ${str(o.method)}, path: ${str(o.path)}, params: [${o.params.map(str).join(', ')}], operation: ${str(o.fn)} },\n`,
    client:
      sourcesComment(o.sources, '    ') +
      `    ${o.fn}: (${paramsType}${bodyArg}init?: RequestOptions) => request<${o.response}>(${str(o.method)}, ${str(o.path)}, ${paramsValue}, ${o.body ? 'body' : 'undefined'}, init),\n`,
  };
  if (!watch) return lines;
  if (!perTask) {
    perTask = new Map();
    watch.apiLines.set(o.sources, perTask);
  }
  perTask.set(key, lines);
  return lines;
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

/**
 * Each operation's types: what the PRD says the method takes and returns (\`ApiTask.bodies\`) first,
 * then the model the path is about (\`/api/orders/:id\` → \`Order\`), then \`unknown\`.
 */
function operations(apis: ApiTask[], models: ModelTask[], ids: Map<string, string>, watch: RenderWatch | undefined): Operation[] {
  const used = new Set<string>();
  const byLower = new Map(models.map((m) => [m.name.toLowerCase(), m.name]));
  const ops: Operation[] = [];
  for (const api of apis) {
    const params = routeParams(api.path);
    const resource = resourceModel(api.path, ids, byLower);
    const words = pathWords(api.path, watch);
    for (const method of api.methods) {
      const fn = identifier(`${method.toLowerCase()} ${words}`, used, 'camel', 'op', watch);
      const said = api.bodies?.[method];
      const guessedResponse = !resource ? 'unknown' : method === 'DELETE' ? 'void' : resource.item || method !== 'GET' ? resource.id : `${resource.id}[]`;
      const guessedBody = resource && (method === 'POST' || method === 'PUT') ? resource.id : resource && method === 'PATCH' ? `Partial<${resource.id}>` : undefined;
      const response = bodyType(said?.response, ids, byLower) ?? guessedResponse;
      const body = bodyType(said?.request, ids, byLower) ?? guessedBody;
      ops.push({ method, path: api.path, fn, params, response, body, sources: api.sources });
    }
  }
  return ops;
}

/**
 * The generated client's operation names, one per API method: what a test calls (`client.getApiOrders()`).
 * @param apis the API tasks in the order `renderApi` receives them
 */
export function clientOperations(apis: ApiTask[]): Array<{ method: string; path: string; name: string }> {
  return operations(apis, [], new Map(), undefined).map((o) => ({ method: o.method, path: o.path, name: o.fn }));
}

/** `api.ts`: the route table and a typed fetch client (works with any `fetch`, no DOM types needed). */
export function renderApi(apis: ApiTask[], models: ModelTask[], ids: Map<string, string>, watch?: RenderWatch): string {
  return [...apiParts(apis, models, ids, watch)].join('');
}

/**
 * The text of {@link renderApi} in pieces, made as they are written: the file (1.4 MB per MB of
 * dense PRDs) is never built whole, then copied flat, then encoded.
 */
export function* apiParts(apis: ApiTask[], models: ModelTask[], ids: Map<string, string>, watch?: RenderWatch): Generator<string> {
  const ops = operations(apis, models, ids, watch);
  const modelIds = new Set(ids.values());
  const usedModels = [...new Set(ops.flatMap((o) => [o.response, o.body ?? '']).map((t) => t.replace(/^Partial<|>$|\[\]$/g, '')).filter((t) => modelIds.has(t)))].sort();
  yield HEADER;
  if (usedModels.length > 0) yield `\nimport type { ${usedModels.join(', ')} } from './models.js';\n`;
  yield `
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export const apiRoutes = [
`;
  const lines = ops.map((o) => operationLines(o, watch));
  for (const l of lines) yield l.route;
  yield `] as const;

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
  for (const l of lines) yield l.client;
  yield `  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
`;
}
