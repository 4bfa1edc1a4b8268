import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPrdError } from '../errors.js';
import { normalizeOptions, type NormalizedOptions } from '../options.js';
import { parsePrd } from '../prd/index.js';
import type { PrdDocument } from '../prd/types.js';
import type { Task } from '../types.js';
import { parseLlmCache, runLlmExtraction, serializeLlmCache, shouldUseLlm, type LlmRunInput, type LlmRunOutput } from './index.js';
import { startFakeOpenAi, type FakeOpenAi } from './testing/fake-openai.js';

const KEY = 'sk-test-DUMMY-9f8e7d6c5b4a';

const ORDERS = [
  '# Orders',
  '',
  '## 1. Overview',
  '',
  'Customers place orders from their cart and staff refund them when asked.',
  '',
  '## 2. API',
  '',
  'API: GET, POST /api/orders',
  'API: GET /api/orders/:orderId',
  '',
  '## 3. Data',
  '',
  'Model: Order — id, total',
  'Table: refunds — id, amount',
  '',
  '## 4. Pages',
  '',
  'Page: /orders',
  'View: /orders/:orderId',
  '',
].join('\n');

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`fixture has no line with ${needle}`);
  return i + 1;
}

function smallPrd(i: number): string {
  return `# Service ${i}\n\n## Endpoints\n\nAPI: GET /api/things${i}\n\n## Data\n\nModel: Thing${i} — id, name\n`;
}

let fake: FakeOpenAi;
const logs: string[] = [];

function options(extra: { timeoutMs?: number; batchTokens?: number; extractor?: 'llm' | 'auto' } = {}): NormalizedOptions {
  return normalizeOptions({
    root: '/tmp/prd-llm-test',
    extractor: extra.extractor ?? 'llm',
    llm: { baseURL: fake.baseURL, apiKey: KEY, model: 'fake-model', timeoutMs: extra.timeoutMs ?? 5000, batchTokens: extra.batchTokens ?? 6000 },
    logger: { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) },
  });
}

function run(docs: PrdDocument[], cache: unknown = undefined, extra: Parameters<typeof options>[0] & { heuristic?: Map<string, Task[]> } = {}): Promise<LlmRunOutput> {
  const input: LlmRunInput = { docs, heuristic: extra.heuristic ?? new Map(), mode: extra.extractor ?? 'llm', options: options(extra), cache };
  return runLlmExtraction(input);
}

/** What the lead does between runs: write the serialized cache, read it back. */
function roundTrip(out: LlmRunOutput): unknown {
  return JSON.parse(serializeLlmCache(out.cache));
}

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.script([], 'valid');
  logs.length = 0;
});

describe('runLlmExtraction against an OpenAI-compatible server', () => {
  it('sends structured-output requests and returns grounded, normalised tasks with sources', async () => {
    const doc = parsePrd(ORDERS, 'docs/prd/orders.md');
    const out = await run([doc]);
    expect(fake.requests).toHaveLength(1);
    const req = fake.requests[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.authorization).toBe(`Bearer ${KEY}`);
    expect(req.body.model).toBe('fake-model');
    expect(req.body.temperature).toBe(0);
    expect(req.body.max_tokens).toBeGreaterThan(0);
    expect(req.body.max_tokens).toBeLessThanOrEqual(8192);
    expect(req.body.response_format?.type).toBe('json_schema');
    // Prose that names nothing is not sent.
    expect(req.body.messages?.map((m) => m.content).join('\n')).not.toContain('Customers place orders');

    const tasks = out.tasks.get('docs/prd/orders.md')!;
    const src = (needle: string, section: string) => [{ file: 'docs/prd/orders.md', line: lineOf(ORDERS, needle), section }];
    expect(tasks).toEqual(
      expect.arrayContaining([
        { kind: 'api', path: '/api/orders', methods: ['GET', 'POST'], sources: src('API: GET, POST /api/orders', '2. API') },
        { kind: 'api', path: '/api/orders/:orderId', methods: ['GET'], sources: src('API: GET /api/orders/:orderId', '2. API') },
        { kind: 'model', name: 'Order', fields: [], sources: src('Model: Order', '3. Data') },
        { kind: 'model', name: 'Refund', fields: [], sources: src('Table: refunds', '3. Data') },
        { kind: 'page', route: '/orders', title: 'Page', sources: src('Page: /orders', '4. Pages') },
        { kind: 'page', route: '/orders/:orderId', title: 'View', sources: src('View: /orders/:orderId', '4. Pages') },
      ]),
    );
    expect(tasks).toHaveLength(6);
    expect(out.stats.requests).toBe(1);
    expect(out.stats.cachedResponses).toBe(0);
    expect(out.stats.rejected).toBe(0);
    expect(out.stats.promptTokens).toBeGreaterThan(0);
    expect(out.stats.wholePrdTokens).toBeGreaterThan(0);
  });

  it('answers a second run from the cache: zero requests, same tasks, same cache bytes', async () => {
    const doc = parsePrd(ORDERS, 'docs/prd/orders.md');
    const first = await run([doc]);
    const sentBefore = fake.requests.length;
    const second = await run([parsePrd(ORDERS, 'docs/prd/orders.md')], roundTrip(first));
    expect(fake.requests.length).toBe(sentBefore);
    expect(second.stats.requests).toBe(0);
    expect(second.stats.promptTokens).toBe(0);
    expect(second.stats.cachedResponses).toBe(Object.keys(first.cache.entries).length);
    expect(second.tasks).toEqual(first.tasks);
    expect(serializeLlmCache(second.cache)).toBe(serializeLlmCache(first.cache));
  });

  it('sends one request with only the edited section when one section changes', async () => {
    const first = await run([parsePrd(ORDERS, 'docs/prd/orders.md')]);
    fake.requests.length = 0;
    // A new line at the top shifts every line number; only the edited section's text changes.
    const edited = ('Intro line that shifts everything.\n' + ORDERS).replace('Model: Order — id, total', 'Model: Order — id, total, placedAt\nModel: Invoice — id');
    const second = await run([parsePrd(edited, 'docs/prd/orders.md')], roundTrip(first));
    expect(fake.requests).toHaveLength(1);
    const user = fake.requests[0]!.body.messages!.find((m) => m.role === 'user')!.content;
    expect(user).toContain('Invoice');
    expect(user).not.toContain('/api/orders');
    expect(user.match(/^## U\d+$/gm)).toHaveLength(1);
    expect(second.stats.cachedResponses).toBe(2);
    const tasks = second.tasks.get('docs/prd/orders.md')!;
    // Cached answers are re-anchored to the new line numbers.
    const api = tasks.find((t) => t.kind === 'api' && t.path === '/api/orders')!;
    expect(api.sources[0]!.line).toBe(lineOf(edited, 'API: GET, POST /api/orders'));
    expect(tasks.find((t) => t.kind === 'model' && t.name === 'Invoice')?.sources[0]!.line).toBe(lineOf(edited, 'Model: Invoice'));
    // Entries no longer used drop out of the cache.
    expect(Object.keys(first.cache.entries)).toHaveLength(3);
    expect(Object.keys(second.cache.entries)).toHaveLength(3);
    expect(Object.keys(second.cache.entries).filter((k) => k in first.cache.entries)).toHaveLength(2);
  });

  it('batches several small PRDs into fewer requests and splits the answers back per file', async () => {
    const docs = Array.from({ length: 6 }, (_, i) => parsePrd(smallPrd(i), `docs/prd/s${i}.md`));
    const out = await run(docs);
    expect(fake.requests.length).toBeLessThan(docs.length);
    expect(fake.requests).toHaveLength(1);
    for (let i = 0; i < docs.length; i++) {
      const tasks = out.tasks.get(`docs/prd/s${i}.md`)!;
      expect(tasks.map((t) => (t.kind === 'api' ? t.path : t.kind === 'model' ? t.name : '')).sort()).toEqual([`/api/things${i}`, `Thing${i}`]);
      for (const t of tasks) expect(t.sources[0]!.file).toBe(`docs/prd/s${i}.md`);
    }
  });

  it('keeps each request within the token budget', async () => {
    const docs = Array.from({ length: 12 }, (_, i) => parsePrd(smallPrd(i), `docs/prd/s${i}.md`));
    const out = await run(docs, undefined, { batchTokens: 600 });
    expect(fake.requests.length).toBeGreaterThan(1);
    expect(fake.requests.length).toBeLessThan(24);
    expect(out.stats.promptTokens / fake.requests.length).toBeLessThanOrEqual(600);
    expect([...out.tasks.values()].flat()).toHaveLength(24);
  });

  it('retries invalid output once and then succeeds', async () => {
    fake.script(['invalid'], 'valid');
    const out = await run([parsePrd(ORDERS, 'docs/prd/orders.md')]);
    expect(fake.requests).toHaveLength(2);
    expect(out.stats.requests).toBe(2);
    expect(out.tasks.get('docs/prd/orders.md')).toHaveLength(6);
  });

  it('fails clearly, naming the endpoint, after invalid output twice', async () => {
    fake.script(['not-json', 'invalid'], 'valid');
    const error = await run([parsePrd(ORDERS, 'docs/prd/orders.md')]).catch((e: unknown) => e);
    expect(fake.requests).toHaveLength(2);
    expect(isPrdError(error)).toBe(true);
    const e = error as import('../errors.js').PrdError;
    expect(e.code).toBe('ELLM');
    expect(e.file).toBe('docs/prd/orders.md');
    expect(e.message).toContain(fake.baseURL);
    expect(e.message).toContain('invalid output twice');
    expect(e.message).toContain('tasks.0.kind');
  });

  it('drops and counts tasks whose cited line does not name them', async () => {
    fake.script([], 'ungrounded');
    const out = await run([parsePrd(ORDERS, 'docs/prd/orders.md')]);
    const tasks = out.tasks.get('docs/prd/orders.md')!;
    expect(tasks).toHaveLength(6);
    expect(JSON.stringify(tasks)).not.toMatch(/invented|Hallucination|nowhere/);
    expect(out.stats.rejected).toBe(3);
    expect(out.warnings.filter((w) => w.code === 'WLLM_REJECTED')).toHaveLength(3);
    expect(out.warnings.every((w) => w.file === 'docs/prd/orders.md' && w.line >= 1)).toBe(true);
  });

  it('backs off and retries on 429 and 500, honouring retry-after', async () => {
    fake.retryAfterMs = 150;
    fake.script(['429', '500'], 'valid');
    const out = await run([parsePrd(ORDERS, 'docs/prd/orders.md')]);
    fake.retryAfterMs = 5;
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[1]!.at - fake.requests[0]!.at).toBeGreaterThanOrEqual(140);
    expect(fake.requests[2]!.at - fake.requests[1]!.at).toBeGreaterThanOrEqual(140);
    expect(out.tasks.get('docs/prd/orders.md')).toHaveLength(6);
  });

  it('fails with the endpoint and the status when the server keeps failing', async () => {
    fake.script([], '500');
    const error = (await run([parsePrd(ORDERS, 'docs/prd/orders.md')]).catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.code).toBe('ELLM');
    expect(error.message).toContain(`The LLM request to ${fake.baseURL} failed with HTTP 500 after 4 attempts`);
    expect(fake.requests).toHaveLength(4);
  });

  it('times out slow responses with a clear error', async () => {
    fake.slowMs = 800;
    fake.script([], 'slow');
    const error = (await run([parsePrd(ORDERS, 'docs/prd/orders.md')], undefined, { timeoutMs: 100 }).catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.code).toBe('ELLM');
    expect(error.message).toContain(fake.baseURL);
    expect(error.message).toContain('timed out after 100 ms');
  });

  it('ignores an invalid cache file and asks the model again', async () => {
    const out = await run([parsePrd(ORDERS, 'docs/prd/orders.md')], { version: 1, entries: { nothex: { tasks: 'x' } } });
    expect(fake.requests).toHaveLength(1);
    expect(out.stats.cachedResponses).toBe(0);
    expect(parseLlmCache({ version: 2, entries: {} })).toBeUndefined();
  });

  it('never lets the API key reach tasks, warnings, logs, errors or the cache file', async () => {
    fake.script([], 'echo-key');
    const out = await run([parsePrd(ORDERS, 'docs/prd/orders.md')]);
    // The server did receive the key and echoed it back: the test would catch a leak.
    expect(fake.requests[0]!.authorization).toContain(KEY);
    const everything = [serializeLlmCache(out.cache), JSON.stringify([...out.tasks]), JSON.stringify(out.warnings), logs.join('\n')].join('\n');
    expect(everything).not.toContain(KEY);
    expect(serializeLlmCache(out.cache)).toContain('[redacted]');

    fake.script([], 'echo-key-401');
    const error = (await run([parsePrd(ORDERS, 'docs/prd/x.md')]).catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.code).toBe('ELLM');
    expect(error.message).toContain('HTTP 401');
    expect(`${error.message}\n${String(error)}\n${JSON.stringify(error)}\n${error.stack}`).not.toContain(KEY);
  });

  it('auto mode sends only the sections whose signal the heuristics missed', async () => {
    const doc = parsePrd(ORDERS, 'docs/prd/orders.md');
    const file = 'docs/prd/orders.md';
    const s = (needle: string, section: string) => [{ file, line: lineOf(ORDERS, needle), section }];
    const heuristic: Task[] = [
      { kind: 'api', path: '/api/orders', methods: ['GET', 'POST'], sources: s('API: GET, POST', '2. API') },
      { kind: 'api', path: '/api/orders/:orderId', methods: ['GET'], sources: s('API: GET /api/orders/:orderId', '2. API') },
      { kind: 'page', route: '/orders', title: 'Orders', sources: s('Page: /orders', '4. Pages') },
      { kind: 'page', route: '/orders/:orderId', title: 'Order', sources: s('View: /orders', '4. Pages') },
      { kind: 'rule', text: 'Orders must have a total.', level: 'must', sources: s('Model: Order', '3. Data') },
    ];
    const out = await run([doc], undefined, { extractor: 'auto', heuristic: new Map([[file, heuristic]]) });
    expect(fake.requests).toHaveLength(1);
    const user = fake.requests[0]!.body.messages!.find((m) => m.role === 'user')!.content;
    expect(user).toContain('Model: Order');
    expect(user).not.toContain('/api/orders');
    expect(user).not.toContain('Page: /orders');
    const tasks = out.tasks.get(file)!;
    expect(tasks.slice(0, heuristic.length)).toEqual(heuristic);
    expect(tasks.slice(heuristic.length).map((t) => (t.kind === 'model' ? t.name : t.kind)).sort()).toEqual(['Order', 'Refund']);
  });

  it('llm mode keeps the heuristic rules', async () => {
    const file = 'docs/prd/orders.md';
    const rule: Task = { kind: 'rule', text: 'An order must have a total.', level: 'must', sources: [{ file, line: 14, section: '3. Data' }] };
    const out = await run([parsePrd(ORDERS, file)], undefined, { heuristic: new Map([[file, [rule]]]) });
    expect(out.tasks.get(file)).toContainEqual(rule);
    expect(out.tasks.get(file)!.filter((t) => t.kind === 'rule')).toHaveLength(1);
  });
});

describe('shouldUseLlm', () => {
  const base = () => normalizeOptions({ root: '/tmp/x', extractor: 'auto' });
  it('falls back to the heuristic extractor with a one-line notice without key and base URL', () => {
    const o = base();
    const result = shouldUseLlm({ ...o, llm: { ...o.llm, apiKey: undefined, baseURL: undefined } });
    expect(result.use).toBe(false);
    expect(result.notice).toMatch(/OPENAI_API_KEY.*OPENAI_BASE_URL.*heuristic/);
    expect(result.notice).not.toContain('\n');
  });
  it('runs with only a base URL (local servers) or only a key', () => {
    const o = base();
    expect(shouldUseLlm({ ...o, llm: { ...o.llm, apiKey: undefined, baseURL: 'http://127.0.0.1:11434/v1' } }).use).toBe(true);
    expect(shouldUseLlm({ ...o, llm: { ...o.llm, apiKey: KEY, baseURL: undefined } }).use).toBe(true);
  });
  it('stays off for the heuristic extractor', () => {
    const o = normalizeOptions({ root: '/tmp/x' });
    expect(shouldUseLlm({ ...o, llm: { ...o.llm, apiKey: KEY } })).toEqual({ use: false });
  });
});
