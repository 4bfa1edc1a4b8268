import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeTasks } from '../plan/merge.js';
import { parsePrd } from '../prd/parse.js';
import { devCorpus, modelKey, repoRoot, toExpectedForm, typeKey, type ExpectedTasks } from '../testing/corpus.js';
import type { Task } from '../types.js';
import { extractTasks } from './extract.js';

const expected = JSON.parse(readFileSync(path.join(devCorpus, 'expected.json'), 'utf8')) as Record<string, ExpectedTasks>;
/** More styles, written for this project (not from the shared corpus), same expected.json format. */
const stylesDir = path.join(repoRoot, 'fixtures/styles');
const stylesExpected = JSON.parse(readFileSync(path.join(stylesDir, 'expected.json'), 'utf8')) as Record<string, ExpectedTasks>;
/** The PRDs the demo extracts last (examples/formats): other shapes and languages, same format. */
const formatsDir = path.join(repoRoot, 'examples/formats');
const formatsExpected = JSON.parse(readFileSync(path.join(formatsDir, 'expected.json'), 'utf8')) as Record<string, ExpectedTasks>;
const goldenDir = path.join(repoRoot, 'fixtures/golden');

function tasksOf(file: string, dir = devCorpus) {
  const doc = parsePrd(readFileSync(path.join(dir, file)), file);
  return mergeTasks(extractTasks(doc)).tasks;
}

describe('dev corpus, extra styles and the demo\'s formats: every expected task, nothing else (precision and recall 1.0)', () => {
  const all: Array<[string, string, ExpectedTasks]> = [
    ...Object.entries(expected).map(([f, e]) => [devCorpus, f, e] as [string, string, ExpectedTasks]),
    ...Object.entries(stylesExpected).map(([f, e]) => [stylesDir, f, e] as [string, string, ExpectedTasks]),
    ...Object.entries(formatsExpected).map(([f, e]) => [formatsDir, f, e] as [string, string, ExpectedTasks]),
  ];
  for (const [dir, file, want] of all) {
    it(path.relative(repoRoot, path.join(dir, file)), () => {
      const got = toExpectedForm(tasksOf(file, dir));
      const p = (s: string) => s.replace(/:[^/ ]+/g, ':p');
      expect(got.apis).toEqual([...want.apis].map(p).sort());
      expect(got.pages).toEqual([...want.pages].map(p).sort());
      expect(got.models.map(modelKey).sort()).toEqual(want.models.map(modelKey).sort());
      checkDetails(tasksOf(file, dir), want);
    });
  }
});

/** The keys some files carry beyond apis, models and pages: field types, rule texts, non-rules and rule ids. */
function checkDetails(tasks: Task[], want: ExpectedTasks): void {
  for (const [model, fields] of Object.entries(want.fields ?? {})) {
    const task = tasks.find((t) => t.kind === 'model' && modelKey(t.name) === modelKey(model));
    const got = task?.kind === 'model' ? Object.fromEntries(task.fields.map((f) => [`${f.name}${f.optional ? '?' : ''}`, typeKey(f.type)])) : {};
    expect({ model, fields: got }).toEqual({ model, fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeKey(v)])) });
  }
  const rules = tasks.flatMap((t) => (t.kind === 'rule' ? [t] : []));
  for (const text of want.rules ?? []) expect(rules.map((r) => r.text).filter((r) => r.includes(text)), `a rule holding "${text}"`).not.toEqual([]);
  for (const text of want.notRules ?? []) expect(rules.map((r) => r.text).filter((r) => r.includes(text)), `no rule holding "${text}"`).toEqual([]);
  for (const id of want.ruleIds ?? []) expect(rules.filter((r) => r.id === id).length, `one rule with id ${id}`).toBe(1);
}

describe('golden task files (UPDATE=1 rewrites them)', () => {
  for (const file of readdirSync(devCorpus).filter((f) => f.endsWith('.md'))) {
    it(file, () => {
      const golden = path.join(goldenDir, file.replace(/\.md$/, '.json'));
      const actual = `${JSON.stringify(tasksOf(file), null, 2)}\n`;
      if (process.env.UPDATE === '1' || !existsSync(golden)) writeFileSync(golden, actual);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});

describe('task details the expected.json notation does not show', () => {
  it('keeps parameter names, sources and method unions', () => {
    const tasks = tasksOf('d1-orders.md');
    const orders = tasks.find((t) => t.kind === 'api' && t.path === '/api/orders');
    expect(orders).toMatchObject({ methods: ['GET', 'POST'], sources: [{ file: 'd1-orders.md', line: 23, section: '5.1 Orders' }] });
    expect(tasks.find((t) => t.kind === 'api' && t.path === '/api/orders/:orderId')).toBeTruthy();
    const refund = tasks.find((t) => t.kind === 'model' && t.name === 'Refund');
    expect(refund).toMatchObject({ fields: [{ name: 'id' }, { name: 'orderId' }, { name: 'amount', type: 'number' }, { name: 'reason' }] });
    expect(tasks.find((t) => t.kind === 'page' && t.route === '/orders/:orderId')).toMatchObject({ title: 'Order detail' });
    expect(tasks.filter((t) => t.kind === 'rule').map((t) => t.kind === 'rule' && t.text)).toEqual(['An order must reference at least one line item.']);
  });

  it('reads typed fields from TypeScript, Prisma and tables', () => {
    const sensors = tasksOf('d5-sensors-openapi.md');
    expect(sensors.find((t) => t.kind === 'model' && t.name === 'Reading')).toMatchObject({
      fields: [
        { name: 'sensorId', type: 'string', optional: false },
        { name: 'value', type: 'number', optional: false },
        { name: 'takenAt', type: 'string', optional: false },
      ],
      sources: [{ line: 29 }],
    });
    const recipes = tasksOf('d3-recipes-narrative.md');
    expect(recipes.find((t) => t.kind === 'model' && t.name === 'Recipe')).toMatchObject({ fields: [{ name: 'id' }, { name: 'title' }, { name: 'steps', type: 'string[]' }] });
    const library = tasksOf('d2-library-tables.md');
    expect(library.find((t) => t.kind === 'model' && t.name === 'Loan')).toMatchObject({ sources: [{ section: 'Loan' }] });
    expect(library.find((t) => t.kind === 'page' && t.route === '/me/loans')).toMatchObject({ title: 'My loans' });
  });

  it('reads EARS acceptance criteria as must rules with their lines', () => {
    const rules = tasksOf('d4-notifications-ears.md').filter((t) => t.kind === 'rule');
    expect(rules).toHaveLength(4);
    expect(rules.every((r) => r.kind === 'rule' && r.level === 'must')).toBe(true);
    expect(rules.map((r) => r.sources[0]!.line).sort()).toEqual([11, 12, 13, 14]);
  });
});
