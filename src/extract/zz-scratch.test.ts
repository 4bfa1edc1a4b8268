import { readFileSync } from 'node:fs';
import { parsePrd } from '../prd/parse.js';
import { extractTasks } from './extract.js';
import { mergeTasks } from '../plan/merge.js';
const lines: string[] = [];
const log = (x: string) => lines.push(x);
for (const f of (process.env.SHOW ?? '').split(' ').filter(Boolean)) {
  const tasks = mergeTasks(extractTasks(parsePrd(readFileSync(f), f))).tasks;
  for (const t of tasks) {
    const at = t.sources[0]!.line;
    if (t.kind === 'api') log(`${at}\tapi   ${t.methods.join(',')} ${t.path}${t.bodies ? ' ' + JSON.stringify(t.bodies) : ''}`);
    if (t.kind === 'model') log(`${at}\tmodel ${t.name} ${t.fields.map((x) => `${x.name}${x.optional ? '?' : ''}:${x.type}${x.inferred ? '~' : ''}`).join(', ')}`);
    if (t.kind === 'page') log(`${at}\tpage  ${t.route} "${t.title}"`);
    if (t.kind === 'rule') log(`${at}\trule  ${t.level}${t.id ? ' [' + t.id + ']' : ''} ${t.text.slice(0, 140)}`);
  }
}
import { it } from 'vitest'; it('show', () => {}); import { writeFileSync } from 'node:fs'; writeFileSync('/tmp/extract-work/show.out', lines.join('\n') + '\n');
