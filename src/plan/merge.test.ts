import { describe, expect, it } from 'vitest';
import type { ModelTask, PageTask, Task } from '../types.js';
import { createExtractWatch, extractTasks } from '../extract/index.js';
import { parsePrd } from '../prd/index.js';
import { markDerivedTitle } from '../task.js';
import { mergeTasks } from './merge.js';

const at = (file: string, line: number) => [{ file, line, section: 'S' }];

describe('mergeTasks', () => {
  it('gives every task its id and keeps rules in document order (PRD, then line)', () => {
    const { tasks } = mergeTasks([
      { kind: 'rule', text: 'FR10 The system MUST log.', level: 'must', sources: at('a.md', 30) },
      { kind: 'rule', text: 'FR1 The system MUST start.', level: 'must', sources: at('a.md', 10) },
      { kind: 'rule', text: 'Any order MUST be paid.', level: 'must', sources: at('b.md', 2) },
      { kind: 'api', path: '/api/x', methods: ['GET'], sources: at('b.md', 1) },
    ]);
    expect(tasks.map((t) => t.id)).toEqual(['api:/api/x', expect.stringMatching(/^rule:/), expect.stringMatching(/^rule:/), expect.stringMatching(/^rule:/)]);
    expect(tasks.filter((t) => t.kind === 'rule').map((t) => t.sources[0]!.line)).toEqual([10, 30, 2]);
  });

  it('keeps what each definition of an endpoint says it takes, returns and answers: the first body wins, statuses of both are kept, each code once', () => {
    const md = [
      '# Orders',
      '',
      '## API',
      '',
      '- GET /api/orders/{id} returns an Order; returns 404 if the order is unknown.',
      '',
      '## Errors',
      '',
      '- GET /api/orders/{id} returns a Receipt. It returns 410 when the order was deleted, and 404 if it never existed.',
      '- DELETE /api/orders/{id} returns 409 on a paid order.',
    ].join('\n');
    const [api] = mergeTasks(extractTasks(parsePrd(md, 'o.md'))).tasks;
    expect(api).toMatchObject({ kind: 'api', path: '/api/orders/:id', methods: ['GET', 'DELETE'] });
    expect(api!.kind === 'api' && api!.bodies).toEqual({
      GET: {
        response: 'Order',
        statuses: [
          { code: 404, text: 'returns 404 if the order is unknown.' },
          { code: 410, text: 'It returns 410 when the order was deleted, and 404 if it never existed.' },
        ],
      },
      DELETE: { statuses: [{ code: 409, text: 'DELETE /api/orders/{id} returns 409 on a paid order.' }] },
    });
  });

  it('merges routes of one shape whatever their parameter names, named by the first by PRD order, with a warning naming both', () => {
    const { tasks, warnings } = mergeTasks([
      { kind: 'api', path: '/orders/{orderId}', methods: ['DELETE'], sources: at('b.md', 4) },
      { kind: 'api', path: '/orders/:id', methods: ['GET'], sources: at('a.md', 7) },
      { kind: 'page', route: '/orders/[id]', title: 'Order', sources: at('a.md', 9) },
      { kind: 'page', route: '/orders/:orderId', title: 'Order', sources: at('b.md', 5) },
    ]);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ id: 'api:/orders/:p', path: '/orders/:id', methods: ['GET', 'DELETE'], sources: [...at('a.md', 7), ...at('b.md', 4)] });
    expect(tasks[1]).toMatchObject({ id: 'page:/orders/:p', route: '/orders/[id]' });
    expect(warnings.map((w) => `${w.file}:${w.line} ${w.code}`)).toEqual(['b.md:4 similar-route', 'b.md:5 similar-route']);
    expect(warnings[0]!.message).toContain('/orders/{orderId} (b.md:4) is the same route as /orders/:id (a.md:7)');
  });

  it('reports two titles for one page as a conflict naming both lines; a title made from the route gives way silently', () => {
    const pages: PageTask[] = [
      markDerivedTitle({ kind: 'page', route: '/orders', title: 'Orders', sources: at('a.md', 3) }),
      { kind: 'page', route: '/orders', title: 'All orders', sources: at('a.md', 8) },
      { kind: 'page', route: '/orders', title: 'Order list', sources: at('b.md', 2) },
    ];
    const { tasks, conflicts } = mergeTasks(pages);
    expect((tasks[0] as PageTask).title).toBe('All orders');
    expect(conflicts).toEqual([
      expect.objectContaining({ kind: 'page-title', id: 'page:/orders', titles: ['All orders', 'Order list'], sources: [...at('a.md', 8), ...at('b.md', 2)] }),
    ]);
    expect(conflicts[0]!.message).toContain('"All orders" (a.md:8) vs "Order list" (b.md:2)');
    expect(mergeTasks(pages.slice(0, 2)).conflicts).toEqual([]);
  });

  it('takes a title the PRD writes for written even when it reads like the route\'s: two PRDs, two titles, one conflict naming both lines', () => {
    const prd = (file: string, text: string) => extractTasks(parsePrd(text, file));
    const written = prd('docs/prd/a.md', '# A\n\n## Pages\n\nPage: /orders — Orders\n');
    const other = prd('docs/prd/b.md', '# B\n\n## Pages\n\n- Page: /orders — Order list\n');
    const { tasks, conflicts } = mergeTasks([...other, ...written]);
    expect(tasks.map((t) => (t as PageTask).title)).toEqual(['Orders']);
    expect(conflicts.map((c) => c.message)).toEqual(['Page /orders has two titles: "Orders" (docs/prd/a.md:5) vs "Order list" (docs/prd/b.md:5); the first is used. Give the page one title']);
    // No title written: the one made from the route gives way silently, whichever PRD comes first.
    const untitled = prd('docs/prd/a.md', '# A\n\n## Pages\n\nPage: /orders\n');
    expect((untitled[0] as PageTask).title).toBe('Orders');
    const merged = mergeTasks([...untitled, ...other]);
    expect([merged.tasks.map((t) => (t as PageTask).title), merged.conflicts]).toEqual([['Order list'], []]);
    // The mark is no key of the task: JSON output is as before.
    expect(Object.keys(untitled[0]!)).toEqual(['kind', 'route', 'title', 'sources', 'id']);
  });

  it('names the line that types the field in a type conflict: a table row, a list item', () => {
    const prd = (file: string, text: string) => extractTasks(parsePrd(text, file));
    const a = prd('docs/prd/a.md', '# A\n\n## Data model\n\n| Model | Field | Type |\n|---|---|---|\n| Order | createdAt | string |\n| Order | total | number |\n');
    const b = prd('docs/prd/b.md', '# B\n\n## Data model\n\n### Order\n\n- `id`: string\n- `note`: string\n- `total`: boolean\n');
    const { conflicts } = mergeTasks([...a, ...b]);
    expect(conflicts.map((c) => [c.sources.map((s) => `${s.file}:${s.line}`), c.message])).toEqual([
      [['docs/prd/a.md:8', 'docs/prd/b.md:9'], 'Model Order field "total" has conflicting types number (docs/prd/a.md:8) vs boolean (docs/prd/b.md:9); the first is used. Make the PRDs agree'],
    ]);
    // The model's own sources stay its first lines.
    expect(mergeTasks([...a, ...b]).tasks[0]!.sources.map((s) => s.line)).toEqual([7, 7]);
    // A watching session that moves an unchanged section (copies with shifted lines) shifts the field lines too.
    const watch = createExtractWatch();
    const text = '# B\n\n## Data model\n\n### Order\n\n- `id`: string\n- `note`: string\n- `total`: boolean\n';
    extractTasks(parsePrd(text, 'docs/prd/b.md'), { watch });
    const moved = extractTasks(parsePrd(text.replace('# B\n', '# B\n\nIntro.\n'), 'docs/prd/b.md'), { watch });
    expect(mergeTasks([...a, ...moved]).conflicts[0]!.sources.map((s) => s.line)).toEqual([8, 11]);
  });

  it('lets an explicit field type beat a guessed one without a conflict, and lists real conflicts in source order', () => {
    const model = (file: string, line: number, fields: ModelTask['fields']): Task => ({ kind: 'model', name: 'Order', fields, sources: at(file, line) });
    const guessed = mergeTasks([model('a.md', 1, [{ name: 'total', type: 'number', optional: false, inferred: true }]), model('b.md', 1, [{ name: 'total', type: 'string', optional: true }])]);
    expect(guessed.conflicts).toEqual([]);
    expect((guessed.tasks[0] as ModelTask).fields).toEqual([{ name: 'total', type: 'string', optional: false }]);
    const real = mergeTasks([
      model('c.md', 5, [{ name: 'total', type: 'string', optional: false }]),
      model('a.md', 9, [{ name: 'total', type: 'number', optional: false }]),
      model('b.md', 2, [{ name: 'total', type: 'boolean', optional: false }]),
    ]);
    expect(real.conflicts).toHaveLength(1);
    expect(real.conflicts[0]).toMatchObject({ kind: 'model-field-type', id: 'model:order', types: ['number', 'boolean', 'string'] });
    expect(real.conflicts[0]!.message).toContain('number (a.md:9) vs boolean (b.md:2) vs string (c.md:5)');
  });

  it('reports one explicit rule id on two different sentences', () => {
    const { tasks, conflicts } = mergeTasks([
      { kind: 'rule', id: 'FR-001', text: 'Orders MUST be paid.', level: 'must', sources: at('a.md', 1) },
      { kind: 'rule', id: 'FR-001', text: 'Users MUST log in.', level: 'must', sources: at('a.md', 7) },
    ] as Task[]);
    expect(tasks).toHaveLength(1);
    expect(conflicts).toEqual([expect.objectContaining({ kind: 'rule-id', id: 'FR-001', texts: ['Orders MUST be paid.', 'Users MUST log in.'] })]);
  });

  it('names at most five places in a conflict message; the conflict lists every one, each sentence once', () => {
    const defs = Array.from({ length: 8 }, (_, i) => ({ kind: 'rule', id: '1.1', text: `Sentence ${i} MUST hold.`, level: 'must', sources: at('p.md', 3 + i) }));
    const { conflicts } = mergeTasks([...defs, ...defs.map((d) => ({ ...d, sources: at('p.md', d.sources[0]!.line + 20) }))] as Task[]);
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0]! as Extract<(typeof conflicts)[number], { kind: 'rule-id' }>;
    expect(c.texts).toEqual(defs.map((d) => d.text));
    expect(c.sources.map((s) => s.line)).toEqual(defs.map((d) => d.sources[0]!.line));
    expect(c.message).toBe('Requirement id 1.1 names 8 different sentences (p.md:3, p.md:4, p.md:5, p.md:6, p.md:7 and 3 more); the first is used. Give each requirement its own id');
  });

  it('reads a requirement id that several PRDs write as each PRD\'s own (Spec Kit numbers every spec from FR-001): nothing merges, nothing is lost', () => {
    const input = [
      { kind: 'rule', id: 'FR-001', text: 'Albums MUST have a title.', level: 'must', sources: at('specs/001-albums/spec.md', 10) },
      { kind: 'rule', id: 'FR-002', text: 'Albums MUST be sortable.', level: 'must', sources: at('specs/001-albums/spec.md', 11) },
      { kind: 'rule', id: 'FR-001', text: 'Photos MUST keep their EXIF date.', level: 'must', sources: at('specs/002-photos/spec.md', 8) },
      { kind: 'rule', id: 'FR-001', text: 'Photos MUST keep their EXIF date.', level: 'must', sources: at('specs/002-photos/spec.md', 30) },
    ] as Task[];
    const { tasks, conflicts } = mergeTasks(input);
    expect(conflicts).toEqual([]);
    expect(tasks.map((t) => [t.id, (t as { text: string }).text, t.sources.map((s) => s.line)])).toEqual([
      ['specs/001-albums/spec.md#FR-001', 'Albums MUST have a title.', [10]],
      ['FR-002', 'Albums MUST be sortable.', [11]],
      ['specs/002-photos/spec.md#FR-001', 'Photos MUST keep their EXIF date.', [8, 30]],
    ]);
    // The PRD's own id stays on the extracted task: a later run without the second spec gives FR-001 back.
    expect(input[0]!.id).toBe('FR-001');
    expect(mergeTasks([input[0]!]).tasks.map((t) => t.id)).toEqual(['FR-001']);
  });
});

describe('mergeTasks with a memo (watch mode)', () => {
  it('gives the bytes of a merge without one, whatever was merged before, and reuses only groups of the very same definitions', async () => {
    const fc = (await import('fast-check')).default;
    const { createMergeMemo } = await import('./merge.js');
    const paths = ['/orders/{id}', '/orders/:orderId', '/users', '/users/[uid]'];
    const task = fc.oneof(
      fc.record({ kind: fc.constant('api' as const), path: fc.constantFrom(...paths), methods: fc.subarray(['GET', 'POST', 'DELETE'] as const, { minLength: 1 }).map((m) => [...m]) }),
      fc.record({ kind: fc.constant('page' as const), route: fc.constantFrom(...paths), title: fc.constantFrom('Order', 'User', 'order') }),
      fc.record({ kind: fc.constant('model' as const), name: fc.constantFrom('Order', 'Orders', 'User'), fields: fc.array(fc.record({ name: fc.constantFrom('id', 'total'), type: fc.constantFrom('string', 'number'), optional: fc.boolean() }), { maxLength: 2 }) }),
      fc.record({ kind: fc.constant('rule' as const), text: fc.constantFrom('Orders MUST be paid.', 'Users SHOULD log in.'), level: fc.constantFrom('must' as const, 'should' as const), id: fc.option(fc.constantFrom('FR-1', 'FR-2'), { nil: undefined }) }),
    );
    const placed = fc.tuple(task, fc.constantFrom('a.md', 'b.md'), fc.integer({ min: 1, max: 9 })).map(([t, file, line]) => {
      const out = { ...t, sources: at(file, line) } as Task;
      if (out.kind === 'rule' && out.id === undefined) delete (out as { id?: string }).id;
      return out;
    });
    fc.assert(
      fc.property(fc.array(fc.array(placed, { maxLength: 12 }), { minLength: 1, maxLength: 4 }), (runs) => {
        const memo = createMergeMemo();
        let pool: Task[] = [];
        for (const fresh of runs) {
          // Each run keeps some tasks of the last (the same objects, as unchanged sections give) and adds new ones.
          pool = [...pool.filter((_, i) => i % 2 === 0), ...fresh];
          const clone = (t: Task) => JSON.parse(JSON.stringify(t)) as Task;
          const plain = mergeTasks(pool.map(clone));
          const watched = mergeTasks(pool, memo);
          expect(JSON.stringify(watched)).toBe(JSON.stringify(plain));
        }
      }),
      { numRuns: 300 },
    );
  });
});
