import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTasks } from '../extract/extract.js';
import { qaCaseId, taskId } from '../plan/ids.js';
import { mergeTasks } from '../plan/merge.js';
import { readPrd } from '../prd/parse.js';
import { devCorpus, repoRoot } from '../testing/corpus.js';
import { qaCases, renderQa } from './qa.js';

/** The QA table as the documented case list says it should read: one row per `qaCases` entry. */
function expectedTable(file: string, tasks: Parameters<typeof qaCases>[1]): string[] {
  const cell = (t: string) => t.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
  return qaCases(file, tasks).map((c) => `| ${c.id} | ${cell(c.task.id!)} | ${c.kind} | ${cell(c.title)} | ${cell(c.expected)} | ${cell(`${c.source.file}:${c.source.line}`)} |`);
}

describe('qa/<prd>.md', () => {
  const dirs = [devCorpus, path.join(repoRoot, 'fixtures/styles'), path.join(repoRoot, 'fixtures/hostile')];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => path.join(d, f)));

  it.each(files.map((f) => [path.relative(repoRoot, f)]))('lists exactly the QA cases of %s', async (rel) => {
    const file = String(rel);
    const doc = await readPrd(path.join(repoRoot, file), file);
    const { tasks } = mergeTasks(extractTasks(doc));
    const rows = renderQa(file, 'Title', tasks)
      .split('\n')
      .filter((l) => /^\| QA-/.test(l));
    expect(rows).toEqual(expectedTable(file, tasks));
    expect(rows.length).toBe(qaCases(file, tasks).length);
  });

  it('escapes pipes, backslashes and line breaks in cells', () => {
    const md = renderQa('a|b.md', 'T', [{ kind: 'rule', text: 'The system MUST keep a|b and c\\d\nnext line', level: 'must', sources: [{ file: 'a|b.md', line: 3, section: 'S' }] }]);
    const id = taskId({ kind: 'rule', text: 'The system MUST keep a|b and c\\d\nnext line', level: 'must', sources: [] });
    expect(md).toContain(`| ${qaCaseId(id)} | ${id} | rule | Requirement (MUST) | The system MUST keep a\\|b and c\\\\d next line | a\\|b.md:3 |`);
  });

  it('lists cases in document order with ids that appending a rule does not change', () => {
    const src = (line: number) => [{ file: 'a.md', line, section: 'S' }];
    const first = mergeTasks([
      { kind: 'rule', text: 'Zebra rules MUST hold.', level: 'must', sources: src(3) },
      { kind: 'rule', text: 'Apples MUST be red.', level: 'must', sources: src(9) },
      { kind: 'api', path: '/api/orders', methods: ['GET', 'POST'], sources: src(5) },
    ]).tasks;
    const before = qaCases('a.md', first);
    expect(before.map((c) => c.title)).toEqual(['Requirement (MUST)', 'GET /api/orders', 'POST /api/orders', 'Requirement (MUST)']);
    expect(before.map((c) => c.source.line)).toEqual([3, 5, 5, 9]);
    expect(new Set(before.map((c) => c.id)).size).toBe(4);
    const appended = mergeTasks([...first, { kind: 'rule', text: 'Bananas MUST be yellow.', level: 'must', sources: src(1) }]).tasks;
    const after = qaCases('a.md', appended);
    expect(after.length).toBe(5);
    for (const c of before) expect(after.find((a) => a.expected === c.expected && a.title === c.title)?.id).toBe(c.id);
  });
});
