import { countTokens } from 'gpt-tokenizer';
import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/index.js';
import { hasDerivedTitle } from '../task.js';
import { cacheKey, parseLlmCache, serializeLlmCache, type LlmCache } from './cache.js';
import { compressDocument } from './compress.js';
import { groundUnit } from './ground.js';
import type { LlmTask } from './schema.js';

const PRD = [
  '# Library',
  '',
  '## Endpoints',
  '',
  '| Method | Path |',
  '|---|---|',
  '| GET | /api/books/{isbn} |',
  '',
  '### Book',
  '',
  '| Field | Type |',
  '|---|---|',
  '| isbn | string |',
  '| pages | int |',
  '',
  '## Data',
  '',
  'Table: order_lines — id, qty',
  '',
].join('\n');

const doc = parsePrd(PRD, 'docs/prd/library.md');
const units = compressDocument(doc, countTokens, 4000);
const unit = (section: string) => units.find((u) => u.section === section)!;
const lineOf = (needle: string) => PRD.split('\n').findIndex((l) => l.includes(needle)) + 1;
const task = (t: Partial<LlmTask>): LlmTask => ({ line: 0, kind: 'api', path: '', methods: [], name: '', fields: [], ...t });

describe('groundUnit', () => {
  it('accepts a path in another parameter notation and a model named by its heading or in plural snake case', () => {
    const api = unit('Endpoints');
    const rel = lineOf('/api/books/{isbn}') - api.baseLine;
    expect(groundUnit(doc, api, [task({ line: rel, path: '/api/books/:isbn', methods: ['GET'] })], undefined).tasks).toEqual([
      { kind: 'api', path: '/api/books/:isbn', methods: ['GET'], sources: [{ file: 'docs/prd/library.md', line: lineOf('/api/books/{isbn}'), section: 'Endpoints' }] },
    ]);
    const book = groundUnit(doc, unit('Book'), [task({ kind: 'model', line: 0, name: 'Book', fields: [{ name: 'isbn', type: 'string', optional: false }, { name: 'pages', type: 'int', optional: false }, { name: 'invented', type: 'string', optional: true }] })], undefined);
    expect(book.tasks).toEqual([
      { kind: 'model', name: 'Book', fields: [{ name: 'isbn', type: 'string', optional: false }, { name: 'pages', type: 'number', optional: false }], sources: [{ file: 'docs/prd/library.md', line: lineOf('### Book'), section: 'Book' }] },
    ]);
    const data = unit('Data');
    const lines = groundUnit(doc, data, [task({ kind: 'model', line: lineOf('Table: order_lines') - data.baseLine, name: 'OrderLine' })], undefined);
    expect(lines.tasks.map((t) => (t.kind === 'model' ? t.name : ''))).toEqual(['OrderLine']);
  });

  it('rejects tasks whose cited line does not hold them, lines outside the unit, and paths that are not paths', () => {
    const api = unit('Endpoints');
    const rel = lineOf('/api/books/{isbn}') - api.baseLine;
    const out = groundUnit(
      doc,
      api,
      [
        task({ line: rel, path: '/api/authors/:id', methods: ['GET'] }),
        task({ line: lineOf('Table: order_lines') - api.baseLine, kind: 'model', name: 'OrderLine' }),
        task({ line: rel, path: '/api/books/{isbn}"; rm -rf /', methods: ['GET'] }),
        task({ line: rel, kind: 'model', name: 'Author' }),
        task({ line: rel, path: '/api/books/:isbn', methods: [] }),
      ],
      'sk-secret-key',
    );
    expect(out.tasks).toEqual([]);
    expect(out.rejected).toBe(5);
    expect(out.warnings.map((w) => w.code)).toEqual(Array(5).fill('WLLM_REJECTED'));
    expect(out.warnings[1]!.message).toContain('not in the prompt');
  });

  it('cleans page titles and fills a missing one from the route', () => {
    const d = parsePrd('# App\n\n## Screens\n\n- Orders — `/orders`\n- Detail — `/orders/:id`\n', 'a.md');
    const u = compressDocument(d, countTokens, 4000)[0]!;
    const out = groundUnit(d, u, [task({ kind: 'page', line: 2, path: '/orders', name: 'Orders\u0000\n<script>' }), task({ kind: 'page', line: 3, path: '/orders/:id', name: '' })], undefined);
    expect(out.tasks.map((t) => (t.kind === 'page' ? [t.route, t.title] : []))).toEqual([
      ['/orders', 'Orders <script>'],
      ['/orders/:id', expect.any(String)],
    ]);
    expect((out.tasks[1] as { title: string }).title.length).toBeGreaterThan(0);
    // Only the filled-in title is marked as made from the route: a written one beats it in a merge.
    expect(out.tasks.map((t) => t.kind === 'page' && hasDerivedTitle(t))).toEqual([false, true]);
  });
});

describe('LLM cache file', () => {
  const a = task({ line: 2, path: '/b', methods: ['GET'] });
  const b = task({ line: 1, kind: 'model', name: 'A' });
  const k1 = cacheKey('p1', 'm', 'body one');
  const k2 = cacheKey('p1', 'm', 'body two');

  it('serializes deterministically: sorted keys and tasks, trailing newline', () => {
    const one: LlmCache = { version: 1, entries: { [k1]: { tasks: [a, b] }, [k2]: { tasks: [] } } };
    const two: LlmCache = { version: 1, entries: { [k2]: { tasks: [] }, [k1]: { tasks: [b, a] } } };
    expect(serializeLlmCache(one)).toBe(serializeLlmCache(two));
    expect(serializeLlmCache(one).endsWith('}\n')).toBe(true);
    expect(parseLlmCache(JSON.parse(serializeLlmCache(one)))).toEqual({ version: 1, entries: { [k1]: { tasks: [b, a] }, [k2]: { tasks: [] } } });
  });

  it('keys by prompt version, model and compressed text', () => {
    expect(new Set([k1, k2, cacheKey('p2', 'm', 'body one'), cacheKey('p1', 'other', 'body one')]).size).toBe(4);
    expect(cacheKey('p1', 'm', 'body one')).toBe(k1);
  });

  it('rejects anything that is not a cache of this version', () => {
    expect(parseLlmCache(undefined)).toBeUndefined();
    expect(parseLlmCache({ version: 1, entries: { [k1]: { tasks: [{ ...a, kind: 'endpoint' }] } } })).toBeUndefined();
    expect(parseLlmCache({ version: 1, entries: { '../x': { tasks: [] } } })).toBeUndefined();
  });
});

describe('formatLlmStats', () => {
  it('puts the prompt share of the whole PRDs in the summary line', async () => {
    const { formatLlmStats } = await import('./summary.js');
    expect(formatLlmStats({ requests: 1, cachedResponses: 3, promptTokens: 250, wholePrdTokens: 1000, rejected: 2 })).toBe(
      'LLM: 1 request, 3 cached, 250 prompt tokens for 1000 PRD tokens (25.0%), 2 rejected',
    );
  });
});
