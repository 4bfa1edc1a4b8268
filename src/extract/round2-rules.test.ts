import { describe, expect, it } from 'vitest';
import { ruleRows } from '../testing/extract.js';

/** Rules of a PRD in document order, unmerged: [id, level, text]. */
const rules = ruleRows;
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

describe('sentences that only mention a requirement keyword', () => {
  it('are not rules', () => {
    const md = [
      '## Conventions',
      'The key words MUST, SHOULD and MAY in this document are to be interpreted as described in RFC 2119.',
      '',
      "We use 'must' for hard requirements.",
      '',
      'We use SHOULD for soft requirements.',
      '',
      'The term MUST means an absolute requirement.',
    ].join('\n');
    expect(rules(md)).toEqual([]);
    expect(rules('## Requirements\n- We use MUST for hard requirements and SHOULD for soft ones.\n')).toEqual([]);
  });

  it('leaves a rule that uses a keyword, even beside one that is mentioned or a list of verbs', () => {
    expect(texts('## Notes\nUsers must use SSO to sign in.\n')).toEqual(['Users must use SSO to sign in.']);
    expect(texts('## Notes\nThe system must log, and should alert on, every failed login.\n')).toEqual(['The system must log, and should alert on, every failed login.']);
  });
});

describe('guidance to the author and statements about the document', () => {
  it('are not rules, however they are worded', () => {
    const md = [
      '## Functional requirements',
      'Each requirement in this section should be written as a testable statement.',
      '',
      'Fill in this template before review; every section must be completed.',
      '',
      'Before review, fill in every section of this template; it must be complete.',
      '',
      'This PRD describes what the first release should deliver.',
      '',
      'The goal of this document is to explain what the app must do.',
      '',
      'In this section we list what the API should return.',
      '',
      'User stories should be phrased from the point of view of the user.',
      '',
      '- Every acceptance criterion must be testable by QA.',
    ].join('\n');
    expect(rules(md)).toEqual([]);
  });

  it('leaves rules about the product, even with words of documents in them', () => {
    const md = [
      '## Notes',
      'Each invoice must be written to the archive within a day.',
      '',
      'The goal of the export is that accountants must never retype data.',
      '',
      'Uploaded documents must be scanned for viruses.',
      '',
      'Each section of the checkout form must be completed before payment.',
    ].join('\n');
    expect(texts(md)).toEqual([
      'Each invoice must be written to the archive within a day.',
      'The goal of the export is that accountants must never retype data.',
      'Uploaded documents must be scanned for viruses.',
      'Each section of the checkout form must be completed before payment.',
    ]);
  });
});

describe('requirements and user-story tables', () => {
  it('makes each row a rule even without a keyword, with the id column as id', () => {
    const md = [
      '## User stories',
      '| Story | Priority |',
      '|--|--|',
      '| As a user I can export my invoices | P0 |',
      '',
      '## Requirements',
      '| Requirement | Priority |',
      '|--|--|',
      '| Invoices are archived for ten years | P1 |',
      '',
      '| ID | Description | Priority |',
      '|--|--|--|',
      '| FR-9 | Invoices are numbered sequentially | P2 |',
      '',
      '## Scope',
      '| ID | User story | Priority |',
      '|--|--|--|',
      '| US-2 | As an admin I can refund an order | Must |',
    ].join('\n');
    expect(rules(md)).toEqual([
      [undefined, 'must', 'As a user I can export my invoices'],
      [undefined, 'must', 'Invoices are archived for ten years'],
      ['FR-9', 'must', 'Invoices are numbered sequentially'],
      ['US-2', 'must', 'As an admin I can refund an order'],
    ]);
  });

  it('leaves tables that list no requirements alone', () => {
    const md = ['## Team', '| Name | Description |', '|--|--|', '| Ana | Leads the design of the app |', '', '## Glossary', '| Term | Description |', '|--|--|', '| Invoice | A bill sent to the customer |'].join('\n');
    expect(rules(md)).toEqual([]);
  });
});

describe('short items of a business-rules list', () => {
  it('are rules when they are sentences', () => {
    expect(rules('## Business rules\n- Prices include VAT.\n- No refunds.\n')).toEqual([
      [undefined, 'must', 'Prices include VAT.'],
      [undefined, 'must', 'No refunds.'],
    ]);
  });

  it('leave one-word items, labels and fragments out', () => {
    expect(rules('## Business rules\n- Refunds.\n- Status: Draft\n- Node 20\n')).toEqual([]);
    expect(rules('## Goals\n- Prices include VAT.\n')).toEqual([]);
  });
});

describe('a scenario written as one paragraph', () => {
  it('is one rule with its title and its three parts', () => {
    const md = ['## Acceptance criteria', 'Scenario: Export an invoice', 'Given an invoice exists', 'When the user exports it', 'Then a CSV file is downloaded'].join('\n');
    expect(rules(md)).toEqual([[undefined, 'must', 'Scenario: Export an invoice Given an invoice exists When the user exports it Then a CSV file is downloaded']]);
  });

  it('needs the Given, When and Then', () => {
    expect(rules('## Notes\nScenario: Export an invoice\nGiven an invoice exists\nThe user is happy.\n')).toEqual([]);
  });
});

describe('an id followed by a period', () => {
  it('is the id of the rule that follows', () => {
    expect(rules('## Notes\nFR-1. Users must be able to reset passwords.\n')).toEqual([['FR-1', 'must', 'Users must be able to reset passwords.']]);
    expect(rules('## Notes\nFR-1. Users must be able to reset passwords.\nNFR-2. Pages must load within two seconds.\n')).toEqual([
      ['FR-1', 'must', 'Users must be able to reset passwords.'],
      ['NFR-2', 'must', 'Pages must load within two seconds.'],
    ]);
  });

  it('is not taken from a sentence that ends with one', () => {
    expect(rules('## Notes\nSee FR-1. Users must be able to reset passwords.\n')).toEqual([[undefined, 'must', 'Users must be able to reset passwords.']]);
  });
});

describe('open questions', () => {
  it('are not rules, with or without a question mark', () => {
    const md = ['## Requirements', 'Open question: should we support SSO', '', 'TBD: whether exports must be signed', '', 'Question — must admins approve?', '', '- TODO: decide whether admins must approve refunds', '', 'We still need to decide whether invoices must be signed.'].join('\n');
    expect(rules(md)).toEqual([]);
  });

  it('leaves rules that hold the same words', () => {
    const md = ['## Notes', 'The system must check whether the user is signed in.', '', 'Whether or not the user is signed in, the system must log the visit.', '', 'Questions from customers must be answered within a day.'].join('\n');
    expect(texts(md)).toEqual([
      'The system must check whether the user is signed in.',
      'Whether or not the user is signed in, the system must log the visit.',
      'Questions from customers must be answered within a day.',
    ]);
  });
});
