import { mkdtemp, mkdir, readdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { orchestrate } from '../orchestrate.js';
import type { Task } from '../types.js';
import { devCorpus } from '../testing/corpus.js';
import { startFakeOpenAi, type FakeOpenAi } from './testing/fake-openai.js';

const KEY = 'sk-test-ORCH-1a2b3c4d5e6f';
const PRDS = ['d1-orders.md', 'd2-library-tables.md', 'd3-recipes-narrative.md', 'd4-notifications-ears.md', 'd5-sensors-openapi.md'];

let fake: FakeOpenAi;
let root: string;

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, abs), await readFile(abs, 'utf8'));
  }
  return out;
}

const run = (extractor: 'llm' | 'auto') =>
  orchestrate({ root, extractor, llm: { baseURL: fake.baseURL, apiKey: KEY, model: 'fake-model', timeoutMs: 5000 } });

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'prd-llm-orch-'));
  await mkdir(path.join(root, 'docs', 'prd'), { recursive: true });
  for (const f of PRDS) await copyFile(path.join(devCorpus, f), path.join(root, 'docs', 'prd', f));
  fake.requests.length = 0;
  fake.script([], 'valid');
  return () => rm(root, { recursive: true, force: true });
});

describe('orchestrate with --extractor llm', () => {
  it('batches the PRDs, writes llm-cache.json with the outputs, and a second run sends nothing and changes nothing', async () => {
    const first = await run('llm');
    expect(first.errors).toEqual([]);
    expect(first.success).toBe(true);
    expect(first.llm?.requests).toBe(fake.requests.length);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.length).toBeLessThan(PRDS.length);
    expect(first.llm!.promptTokens).toBeGreaterThan(0);
    expect(first.llm!.wholePrdTokens).toBeGreaterThan(first.llm!.promptTokens / 2);
    const outDir = path.join(root, 'src', 'generated', 'prd');
    const afterFirst = await filesUnder(outDir);
    expect(afterFirst.has('llm-cache.json')).toBe(true);
    const manifest = JSON.parse(afterFirst.get('manifest.json')!) as { tasks: Task[]; files: string[] };
    expect(manifest.files).toContain('llm-cache.json');
    // Model tasks made it through grounding, normalisation and merge: `{isbn}` became `:isbn`.
    expect(manifest.tasks).toContainEqual(expect.objectContaining({ kind: 'api', path: '/api/books/:isbn', methods: ['GET'] }));
    expect(manifest.tasks).toContainEqual(expect.objectContaining({ kind: 'api', path: '/sensors/:sensorId/readings', methods: ['GET', 'POST'] }));

    const sent = fake.requests.length;
    const second = await run('llm');
    expect(fake.requests.length).toBe(sent);
    expect(second.llm?.requests).toBe(0);
    expect(second.llm?.cachedResponses).toBeGreaterThan(0);
    expect(second.filesWritten).toEqual([]);
    expect(await filesUnder(outDir)).toEqual(afterFirst);
    for (const [file, text] of afterFirst) expect(text, file).not.toContain(KEY);
  });

  it('after editing one section sends one request holding only that section', async () => {
    await run('llm');
    fake.requests.length = 0;
    const file = path.join(root, 'docs', 'prd', 'd1-orders.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('View: /admin/refunds', 'View: /admin/refunds\nPage: /orders/archive'));
    const result = await run('llm');
    expect(result.success).toBe(true);
    expect(fake.requests).toHaveLength(1);
    const user = fake.requests[0]!.body.messages!.find((m) => m.role === 'user')!.content;
    expect(user.match(/^## U\d+$/gm)).toHaveLength(1);
    expect(user).toContain('/orders/archive');
    expect(result.manifest!.tasks).toContainEqual(expect.objectContaining({ kind: 'page', route: '/orders/archive' }));
  });

  it('auto mode asks about fewer sections than llm mode and keeps every heuristic task', async () => {
    const heuristic = await orchestrate({ root, extractor: 'heuristic' });
    await rm(path.join(root, 'src'), { recursive: true, force: true });
    await run('llm');
    const llmUnits = fake.requests.map((r) => r.body.messages!.find((m) => m.role === 'user')!.content.match(/^## U\d+$/gm)!.length).reduce((a, b) => a + b, 0);
    await rm(path.join(root, 'src'), { recursive: true, force: true });
    fake.requests.length = 0;
    const auto = await run('auto');
    expect(auto.success).toBe(true);
    const autoUnits = fake.requests.map((r) => r.body.messages!.find((m) => m.role === 'user')!.content.match(/^## U\d+$/gm)!.length).reduce((a, b) => a + b, 0);
    expect(autoUnits).toBeLessThan(llmUnits);
    const key = (t: Task) => `${t.kind} ${t.kind === 'api' ? t.path : t.kind === 'page' ? t.route : t.kind === 'model' ? t.name : t.text}`;
    const autoKeys = new Set(auto.manifest!.tasks.map(key));
    for (const t of heuristic.manifest!.tasks) expect(autoKeys.has(key(t)), key(t)).toBe(true);
  });

  it('fails the run with an ELLM error that names the endpoint, and writes nothing', async () => {
    fake.script([], 'invalid');
    const result = await run('llm');
    expect(result.success).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.code).toBe('ELLM');
    expect(result.errors[0]!.format()).toContain(fake.baseURL);
    expect(result.errors[0]!.format()).not.toContain(KEY);
    await expect(readdir(path.join(root, 'src', 'generated', 'prd'))).rejects.toThrow();
  });
});
