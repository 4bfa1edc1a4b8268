import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiTask, ModelTask, PageTask, Task } from '../types.js';
import { contentText, renderOutputSet } from './render.js';
import { createRenderWatch } from './watch.js';

/**
 * One-shot runs write `api.ts`, `models.ts`, the QA files and the manifest from pieces made as
 * they are written; watch mode renders each as one string to reuse. Both must be the same bytes.
 */
const word = fc.constantFrom('orders', 'order', 'Order', 'items', 'line-items', 'users', 'me', 'v2', 'class', 'délai', '注文');
const text = fc.string({ unit: 'binary', maxLength: 16 });
const sources = fc.array(fc.record({ file: fc.constantFrom('docs/a.md', 'docs/b.md'), line: fc.integer({ min: 1, max: 99 }), section: text }), { minLength: 1, maxLength: 2 });
const route = fc.array(fc.oneof(word, word.map((w) => `:${w.replace(/-/g, '')}Id`)), { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`);
const api: fc.Arbitrary<ApiTask> = fc.record({ kind: fc.constant('api' as const), path: route.map((r) => `/api${r}`), methods: fc.subarray(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const, { minLength: 1 }), sources });
const model: fc.Arbitrary<ModelTask> = fc.record({
  kind: fc.constant('model' as const),
  name: fc.oneof(word, text),
  fields: fc.array(fc.record({ name: fc.oneof(word, text), type: fc.constantFrom('string', 'number', 'boolean', 'unknown', 'Order', 'Order[]', 'string[]'), optional: fc.boolean() }), { maxLength: 4 }),
  sources,
});
const page: fc.Arbitrary<PageTask> = fc.record({ kind: fc.constant('page' as const), route, title: text, sources });

describe('one-shot and watch renderings', () => {
  it('are byte for byte the same files for any tasks (names to escape, clashing identifiers, no models, no APIs)', () => {
    fc.assert(
      fc.property(fc.array(api, { maxLength: 8 }), fc.uniqueArray(model, { maxLength: 5, selector: (m) => m.name }), fc.array(page, { maxLength: 3 }), (apis, models, pages) => {
        const tasks: Task[] = [...apis, ...models, ...pages];
        const prds = [{ file: 'docs/a.md', title: 'A' }, { file: 'docs/b.md' }];
        const oneShot = renderOutputSet({ prds, tasks, conflicts: [] }).files;
        const watch = renderOutputSet({ prds, tasks, conflicts: [], watch: createRenderWatch() }).files;
        expect([...oneShot.keys()]).toEqual([...watch.keys()]);
        for (const [name, content] of oneShot) expect(contentText(content), name).toBe(contentText(watch.get(name)!));
        // The pieces of a one-shot file are made anew each time they are asked for.
        expect(contentText(oneShot.get('api.ts')!)).toBe(contentText(oneShot.get('api.ts')!));
      }),
      { numRuns: 150 },
    );
  });
});
