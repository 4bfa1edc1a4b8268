import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How the fake answers one request:
 * - `valid`: a small rule-based "model" reads the units and answers with the tasks it finds;
 * - `invalid`: JSON that breaks the schema; `not-json`: prose;
 * - `ungrounded`: the valid answer plus tasks that cite lines which do not name them;
 * - `echo-key`: a valid answer plus a page title and a model name holding the Authorization header;
 * - `echo-key-401`: a 401 whose error message holds the Authorization header;
 * - `429` / `500`: that status with `retry-after-ms`;
 * - `slow`: answers valid after `slowMs`.
 */
export type FakeBehavior = 'valid' | 'invalid' | 'not-json' | 'ungrounded' | 'echo-key' | 'echo-key-401' | '429' | '500' | 'slow';

export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  body: {
    model?: string;
    temperature?: number;
    max_tokens?: number;
    response_format?: { type?: string; json_schema?: { name?: string; schema?: unknown } };
    messages?: Array<{ role: string; content: string }>;
  };
  /** ms since the server started */
  at: number;
}

export interface FakeOpenAi {
  /** `http://127.0.0.1:<port>/v1` */
  baseURL: string;
  requests: RecordedRequest[];
  /** Behaviours for the next requests, in order; `fallback` after they run out. */
  script(behaviors: FakeBehavior[], fallback?: FakeBehavior): void;
  retryAfterMs: number;
  slowMs: number;
  close(): Promise<void>;
}

interface FakeTask {
  unit: string;
  line: number;
  kind: 'api' | 'model' | 'page';
  path: string;
  methods: string[];
  name: string;
  fields: Array<{ name: string; type: string; optional: boolean }>;
}

const METHOD = /\b(GET|POST|PUT|PATCH|DELETE)\b/g;
const ROUTE = /(?<![\w.])\/[A-Za-z:{[][\w:{}[\]/.-]*/g;
const MODEL = /^(?:Model|Table|Entity):\s*([A-Za-z_]\w*)|^(?:export\s+)?(?:interface|model)\s+([A-Z]\w*)|^([A-Z]\w*):\s*`/;

/** A stand-in for a model: reads `## U<n>` units of `<line>|<text>` and returns the tasks a reader would. */
export function fakeExtract(user: string): FakeTask[] {
  const tasks: FakeTask[] = [];
  let unit = '';
  let yamlPath: FakeTask | undefined;
  for (const raw of user.split('\n')) {
    const head = /^## (U\d+)$/.exec(raw);
    if (head) {
      unit = head[1]!;
      continue;
    }
    const m = /^(\d+)\|(.*)$/.exec(raw);
    if (!m) continue;
    const line = Number(m[1]);
    const text = m[2]!;
    const yamlMethod = /^(get|post|put|patch|delete):$/.exec(text.trim());
    if (yamlMethod && yamlPath) {
      yamlPath.methods.push(yamlMethod[1]!.toUpperCase());
      continue;
    }
    const model = MODEL.exec(text);
    if (model) {
      const name = (model[1] ?? model[2] ?? model[3])!;
      const singular = name.replace(/s$/, '');
      tasks.push({ unit, line, kind: 'model', path: '', methods: [], name: singular[0]!.toUpperCase() + singular.slice(1), fields: [] });
      continue;
    }
    const routes = text.match(ROUTE)?.map((r) => r.replace(/[:.]+$/, '')) ?? [];
    const methods = [...new Set(text.match(METHOD) ?? [])];
    for (const route of routes) {
      if (/^\/\S+:$/.test(text.trim())) {
        yamlPath = { unit, line, kind: 'api', path: route, methods: [], name: '', fields: [] };
        tasks.push(yamlPath);
      } else if (methods.length > 0) tasks.push({ unit, line, kind: 'api', path: route, methods, name: '', fields: [] });
      else tasks.push({ unit, line, kind: 'page', path: route, methods: [], name: text.split(/[:|—]/)[0]!.trim(), fields: [] });
    }
  }
  return tasks;
}

function completion(content: string, model: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Start an OpenAI-compatible Chat Completions server on 127.0.0.1 (random port).
 * @returns the server handle; close it in `afterAll`
 */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const started = Date.now();
  let queue: FakeBehavior[] = [];
  let fallback: FakeBehavior = 'valid';
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const fake: FakeOpenAi = {
    baseURL: '',
    requests,
    retryAfterMs: 5,
    slowMs: 1000,
    script(behaviors, fb = 'valid') {
      queue = [...behaviors];
      fallback = fb;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer(async (req, res) => {
    const text = await readBody(req);
    let body: RecordedRequest['body'] = {};
    try {
      body = JSON.parse(text) as RecordedRequest['body'];
    } catch {
      // recorded as an empty body; the test then sees the problem
    }
    const authorization = req.headers.authorization;
    requests.push({ path: req.url ?? '', authorization, body, at: Date.now() - started });
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      send(res, 404, { error: { message: 'not found' } });
      return;
    }
    const behavior = queue.shift() ?? fallback;
    const model = body.model ?? 'fake';
    const user = body.messages?.find((m) => m.role === 'user')?.content ?? '';
    const tasks = fakeExtract(user);
    switch (behavior) {
      case '429':
      case '500':
        send(res, Number(behavior), { error: { message: `fake ${behavior}`, type: 'fake' } }, { 'retry-after-ms': String(fake.retryAfterMs) });
        return;
      case 'echo-key-401':
        send(res, 401, { error: { message: `Incorrect API key provided: ${authorization ?? ''}`, type: 'invalid_request_error' } });
        return;
      case 'slow':
        setTimeout(() => send(res, 200, completion(JSON.stringify({ tasks }), model)), fake.slowMs);
        return;
      case 'not-json':
        send(res, 200, completion('Here are the tasks you asked for: GET /api/x', model));
        return;
      case 'invalid':
        send(res, 200, completion(JSON.stringify({ tasks: tasks.map((t) => ({ ...t, kind: 'endpoint' })) }), model));
        return;
      case 'ungrounded': {
        const first = tasks[0];
        const extra: FakeTask[] = first
          ? [
              { ...first, kind: 'api', path: '/api/invented', methods: ['GET'], name: '' },
              { ...first, kind: 'model', path: '', methods: [], name: 'Hallucination', fields: [] },
              { ...first, line: 9999, kind: 'page', path: '/nowhere', methods: [], name: 'Nowhere', fields: [] },
            ]
          : [];
        send(res, 200, completion(JSON.stringify({ tasks: [...tasks, ...extra] }), model));
        return;
      }
      case 'echo-key': {
        const first = tasks[0];
        const echo = authorization ?? '';
        const extra: FakeTask[] = first ? [{ ...first, kind: 'page', name: `title ${echo}` }, { ...first, kind: 'model', path: '', methods: [], name: echo, fields: [] }] : [];
        send(res, 200, completion(JSON.stringify({ tasks: [...tasks, ...extra] }), model));
        return;
      }
      default:
        send(res, 200, completion(JSON.stringify({ tasks }), model));
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}
