import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiTask, ModelTask, Task } from '../types.js';
import { contentText, renderOutputSet } from './render.js';
import { createRenderWatch, type RenderWatch } from './watch.js';

/**
 * A watching session renders api.ts and models.ts from pieces kept between saves (per task, per
 * block of tasks, per map of model identifiers). After any series of edits, each file must be the
 * bytes a one-shot rendering of the same tasks gives.
 */
const prds = [{ file: 'docs/a.md', title: 'A' }];
const src = (line: number) => [{ file: 'docs/a.md', line, section: `S${line}` }];
const api = (path: string, line: number, methods: ApiTask['methods'] = ['GET']): ApiTask => ({ kind: 'api', path, methods, sources: src(line) });
const model = (name: string, line: number, fields: ModelTask['fields'] = [{ name: 'id', type: 'string', optional: false }]): ModelTask => ({ kind: 'model', name, fields, sources: src(line) });

function sameAsOneShot(tasks: Task[], watch: RenderWatch): void {
  const oneShot = renderOutputSet({ prds, tasks, conflicts: [] }).files;
  const watched = renderOutputSet({ prds, tasks, conflicts: [], watch }).files;
  for (const name of ['api.ts', 'models.ts', 'pages.ts']) expect(contentText(watched.get(name)!), name).toBe(contentText(oneShot.get(name)!));
}

describe('a watching session keeps api.ts and models.ts in pieces', () => {
  it('renames that make operation names collide, stop colliding, and models that come and go, across blocks', () => {
    // 700 endpoints: several blocks. `/api/line-items` (early) and `/api/line_items` (late) both make
    // `getApiLineItems`: the late one is `getApiLineItems2`, in another block than the early one.
    let apis: ApiTask[] = Array.from({ length: 700 }, (_, i) => api(`/api/r${i}/:id`, i + 1, i % 3 === 0 ? ['GET', 'PATCH'] : ['GET']));
    apis[10] = api('/api/line-items', 11);
    apis[600] = api('/api/line_items', 601, ['GET', 'POST']);
    let models: ModelTask[] = [model('R5', 2000), model('Other', 2001)];
    const watch = createRenderWatch();
    const step = (): string => {
      const tasks = [...apis, ...models];
      sameAsOneShot(tasks, watch);
      return contentText(renderOutputSet({ prds, tasks, conflicts: [] }).files.get('api.ts')!);
    };
    expect(step()).toContain('getApiLineItems2: ');
    // The early endpoint is renamed: the late one loses its suffix (a kept block of the late one would keep it).
    apis = apis.map((a, i) => (i === 10 ? api('/api/elsewhere', 11) : a));
    const renamed = step();
    expect(renamed).not.toContain('getApiLineItems2');
    expect(renamed).toContain('getApiLineItems: ');
    // Renamed back: the suffix returns.
    apis = apis.map((a, i) => (i === 10 ? api('/api/line-items', 11) : a));
    expect(step()).toContain('getApiLineItems2: ');
    // A model named after the endpoints' resource: their types change, the import too.
    models = [...models, model('LineItem', 2002), model('R7', 2003)];
    const typed = step();
    expect(typed).toMatch(/import type \{ LineItem, R5, R7 \}/);
    expect(typed).toContain('request<LineItem[]>');
    // A model renamed (same count): the identifiers map is new, every type is looked up again.
    models = models.map((m) => (m.name === 'R5' ? model('R6', 2000) : m));
    expect(step()).toMatch(/import type \{ LineItem, R6, R7 \}/);
    // A model's fields change, not its name: only models.ts changes.
    models = models.map((m) => (m.name === 'R6' ? model('R6', 2000, [{ name: 'total', type: 'LineItem[]', optional: true }]) : m));
    step();
    // An endpoint removed before the first block boundary: every later block shifts by one.
    apis = apis.filter((_, i) => i !== 3);
    step();
    // An endpoint gains a method whose name collides with a later one's.
    apis = [...apis, api('/api/line.items', 900)];
    expect(step()).toContain('getApiLineItems3: ');
    apis = apis.map((a) => (a.path === '/api/r20/:id' ? api(a.path, 21, ['GET', 'DELETE']) : a));
    step();
    models = [];
    expect(step()).not.toContain('import type');
  });

  it('after any series of task replacements, the same files as a one-shot rendering', () => {
    const word = fc.constantFrom('orders', 'order', 'Order', 'items', 'line-items', 'line_items', 'users', 'me', 'class');
    const path = fc.array(fc.oneof(word, word.map((w) => `:${w.replace(/[-_]/g, '')}Id`)), { minLength: 1, maxLength: 3 }).map((s) => `/api/${s.join('/')}`);
    const anApi = fc.record({ path, methods: fc.subarray(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const, { minLength: 1 }), line: fc.integer({ min: 1, max: 99 }) }).map((a) => api(a.path, a.line, a.methods));
    const aModel = fc.record({ name: word, line: fc.integer({ min: 100, max: 199 }) }).map((m) => model(m.name, m.line, [{ name: 'x', type: 'Order', optional: false }]));
    const aTask: fc.Arbitrary<Task> = fc.oneof(anApi, anApi, aModel);
    fc.assert(
      fc.property(fc.array(aTask, { maxLength: 10 }), fc.array(fc.tuple(fc.nat(), fc.option(aTask)), { maxLength: 6 }), (start, edits) => {
        const watch = createRenderWatch();
        let tasks = start.filter((t, i) => t.kind !== 'model' || !start.slice(0, i).some((u) => u.kind === 'model' && u.name === t.name));
        sameAsOneShot(tasks, watch);
        for (const [at, next] of edits) {
          const i = tasks.length === 0 ? 0 : at % tasks.length;
          // Replace, remove or insert one task; the others stay the same objects.
          tasks = next === null ? tasks.filter((_, k) => k !== i) : at % 2 === 0 ? tasks.map((t, k) => (k === i ? next : t)) : [...tasks.slice(0, i), next, ...tasks.slice(i)];
          tasks = tasks.filter((t, k) => t.kind !== 'model' || !tasks.slice(0, k).some((u) => u.kind === 'model' && u.name === t.name));
          sameAsOneShot(tasks, watch);
        }
      }),
      { numRuns: 300 },
    );
  });
});
