import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Task } from '../types.js';
import { casesFile, qaCases, type QaPaths } from './qa-files.js';

const paths: QaPaths = { prd: 'docs/prd/a.md', cases: 'docs/qa/a-cases.md', results: 'docs/qa/a-results.md' };
const at = (line: number) => [{ file: 'docs/prd/a.md', line, section: '4 Rules' }];
const rule: Task = { kind: 'rule', text: 'An Order must  hold one line.', level: 'must', sources: at(7) };
const api: Task = { kind: 'api', path: '/Orders/:id', methods: ['GET'], sources: at(3) };

/** The key a cases file written before tasks had one identity holds for a task. */
function oldKey(identity: string): string {
  return createHash('sha1').update(identity).digest('hex').slice(0, 12);
}
const oldMarker = (identity: string) => `<!-- prd-orchestrator:case ${oldKey(identity)} -->`;

describe('QA cases file keys', () => {
  it('recognises cases written under the older, case-sensitive key, so a re-run adds nothing', () => {
    const cases = qaCases('docs/prd/a.md', [rule, api]);
    // The one identity folds case: the keys a new file gets differ from the old ones.
    expect(cases.map((c) => c.key)).not.toContain(oldKey('rule An Order must hold one line.'));
    const existing = `# QA cases\n\n### QA-001 · API\n\n${oldMarker('api /Orders/:id')}\n- Expected: ok (the user's notes)\n\n### QA-002 · Rule (must)\n\n${oldMarker('rule An Order must hold one line.')}\n- Expected: mine\n`;
    const out = casesFile({ title: 'A', id: '1', paths, cases, eol: '\n' }, existing);
    expect(out.added).toBe(0);
    expect(out.text).toBe(existing);
    expect(out.count).toBe(2);
  });

  it('adds a case once for tasks that differ only in case or white space', () => {
    const twin: Task = { ...rule, text: 'an order must hold one line.', sources: at(9) };
    const cases = qaCases('docs/prd/a.md', [rule, twin, api, { ...api, path: '/orders/:id', methods: ['POST'], sources: at(5) }]);
    expect(cases).toHaveLength(2);
    const first = casesFile({ title: 'A', id: '1', paths, cases, eol: '\n' }, undefined);
    expect(first.count).toBe(2);
    const again = casesFile({ title: 'A', id: '1', paths, cases: qaCases('docs/prd/a.md', [twin, api]), eol: '\n' }, first.text);
    expect(again.added).toBe(0);
    expect(again.text).toBe(first.text);
  });

  it('heads a rule case as the generated QA files do: the PRD\'s id, if any, and the level in capitals', () => {
    const written: Task = { kind: 'rule', text: 'Refunds should be issued within 5 days.', level: 'should', id: 'FR-7', sources: at(12) };
    const text = casesFile({ title: 'A', id: '1', paths, cases: qaCases('docs/prd/a.md', [rule, written]), eol: '\n' }, undefined).text;
    expect(text.match(/^### .*$/gm)!.map((h) => h.replace(/^### \S+ · /, ''))).toEqual(['Rule (MUST)', 'Rule FR-7 (SHOULD)']);
  });
});
