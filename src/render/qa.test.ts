import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTasks } from '../extract/extract.js';
import { mergeTasks } from '../plan/merge.js';
import { readPrd } from '../prd/parse.js';
import { devCorpus, repoRoot } from '../testing/corpus.js';
import { qaCases, renderQa } from './qa.js';

/** The QA table as the documented case list says it should read: one row per `qaCases` entry. */
function expectedTable(file: string, tasks: Parameters<typeof qaCases>[1]): string[] {
  const cell = (t: string) => t.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
  return qaCases(file, tasks).map((c) => `| ${c.id} | ${c.kind} | ${cell(c.title)} | ${cell(c.expected)} | ${cell(`${c.source.file}:${c.source.line}`)} |`);
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
    expect(md).toContain('| QA-001 | rule | Requirement (MUST) | The system MUST keep a\\|b and c\\\\d next line | a\\|b.md:3 |');
  });
});
