import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/parse.js';
import type { RuleTask } from '../types.js';
import { extractTasks } from './extract.js';

/** Rules of a PRD in document order, unmerged: [id, level, text]. */
const rules = (md: string) =>
  extractTasks(parsePrd(md, 'x.md'))
    .filter((t): t is RuleTask => t.kind === 'rule')
    .map((r) => [r.id, r.level, r.text]);
const texts = (md: string) => rules(md).map((r) => r[2]);

describe('priority noise in a requirement', () => {
  it('drops a priority after the id, at the end, in parentheses or brackets, and keeps the id', () => {
    const md = [
      '## Requirements',
      '- FR-3 — P0 — The system must export invoices as CSV.',
      '- The system must export invoices as CSV — P0',
      '- Users must be able to export reports (P1)',
      '- [High] The system must email receipts.',
      '- FR-4 (P1): The system must email receipts.',
      '- REQ-5 | Priority: P2 | Admins can archive old invoices.',
    ].join('\n');
    expect(rules(md)).toEqual([
      ['FR-3', 'must', 'The system must export invoices as CSV.'],
      [undefined, 'must', 'The system must export invoices as CSV'],
      [undefined, 'must', 'Users must be able to export reports'],
      [undefined, 'must', 'The system must email receipts.'],
      ['FR-4', 'must', 'The system must email receipts.'],
      ['REQ-5', 'must', 'Admins can archive old invoices.'],
    ]);
  });

  it('keeps a requirement item whose only separator was before its priority (it is no label)', () => {
    expect(rules('## Requirements\n- Export invoices as CSV — P0\n')).toEqual([[undefined, 'must', 'Export invoices as CSV']]);
    // A label and its value stays out.
    expect(rules('## Requirements\n- Status: Draft\n- Priority: P1\n')).toEqual([]);
  });

  it('keeps priority words that are part of the statement', () => {
    expect(texts('## Notes\nThe system must route P0 incidents to the on-call engineer.\n')).toEqual(['The system must route P0 incidents to the on-call engineer.']);
    expect(texts('## Notes\nHigh-contrast mode must be available on every page.\n')).toEqual(['High-contrast mode must be available on every page.']);
    expect(texts('## Notes\nThe dashboard must show low stock items first.\n')).toEqual(['The dashboard must show low stock items first.']);
  });
});

describe('code spans in rule text', () => {
  it('keeps what a code span holds verbatim', () => {
    expect(texts('## Notes\nThe slug must match `[a-z0-9_]+` and `__init__` is reserved.\n')).toEqual(['The slug must match [a-z0-9_]+ and __init__ is reserved.']);
    expect(texts('## Notes\nEvery request must carry `Bearer <token>` and `**` is literal.\n')).toEqual(['Every request must carry Bearer <token> and ** is literal.']);
  });

  it('still strips Markdown marks, links and tags outside code spans', () => {
    expect(texts('## Notes\nThe **system** must follow the [style guide](https://x.com/guide) and <b>log</b> `a_b`.\n')).toEqual(['The system must follow the style guide and log a_b.']);
  });
});
