import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countTokens } from 'gpt-tokenizer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normalizeOptions } from '../options.js';
import { orchestrate } from '../orchestrate.js';
import { parsePrd } from '../prd/index.js';
import { cacheKey, type LlmCache } from './cache.js';
import { compressDocument } from './compress.js';
import { PROMPT_VERSION } from './prompt.js';
import { runLlmExtraction } from './run.js';
import { startFakeOpenAi, type FakeOpenAi } from './testing/fake-openai.js';

// Counts every load of the SDK in this file's module graph (static or dynamic import).
const loads = vi.hoisted(() => ({ openai: 0 }));
vi.mock('openai', async (importOriginal) => {
  loads.openai++;
  return importOriginal();
});

const PRD = '# Shop\n\n## API\n\nAPI: GET /api/items\n\n## Data\n\nModel: Item — id, name\n';
let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});

describe('the openai SDK is loaded lazily', () => {
  it('is not loaded by a heuristic run', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'prd-llm-lazy-'));
    await mkdir(path.join(root, 'docs', 'prd'), { recursive: true });
    await writeFile(path.join(root, 'docs', 'prd', 'shop.md'), PRD);
    const result = await orchestrate({ root, extractor: 'heuristic' });
    await rm(root, { recursive: true, force: true });
    expect(result.success).toBe(true);
    expect(result.tasks).toBeGreaterThan(0);
    expect(loads.openai).toBe(0);
  });

  it('is not loaded when the cache answers every unit', async () => {
    const doc = parsePrd(PRD, 'shop.md');
    const options = normalizeOptions({ root: '/tmp/x', extractor: 'llm', llm: { baseURL: fake.baseURL, apiKey: 'sk-dummy-lazy', model: 'm' } });
    const cache: LlmCache = { version: 1, entries: {} };
    for (const u of compressDocument(doc, countTokens, 4000)) cache.entries[cacheKey(PROMPT_VERSION, 'm', u.body)] = { tasks: [] };
    expect(Object.keys(cache.entries)).toHaveLength(2);
    const out = await runLlmExtraction({ docs: [doc], heuristic: new Map(), mode: 'llm', options, cache });
    expect(out.stats.requests).toBe(0);
    expect(out.stats.cachedResponses).toBe(2);
    expect(fake.requests).toHaveLength(0);
    expect(loads.openai).toBe(0);
  });

  it('is loaded once a request is needed (the counter works)', async () => {
    const options = normalizeOptions({ root: '/tmp/x', extractor: 'llm', llm: { baseURL: fake.baseURL, apiKey: 'sk-dummy-lazy', model: 'm' } });
    const out = await runLlmExtraction({ docs: [parsePrd(PRD, 'shop.md')], heuristic: new Map(), mode: 'llm', options, cache: undefined });
    expect(out.stats.requests).toBe(1);
    expect(loads.openai).toBe(1);
  });
});
