import { describe, expect, it } from 'vitest';
import { ruleRows } from '../testing/extract.js';

/** Rules of a PRD in document order, unmerged: [id, level, text]. */
const rules = ruleRows;
const texts = (md: string) => rules(md).map((r) => r[2]);

describe('a paragraph whose every line starts with an id', () => {
  it('is one rule a line, each with its id, in a requirements section', () => {
    const md = [
      '## Acceptance Criteria',
      '',
      'AC1 – Owner can send an invitation to a valid email address.',
      'AC2 – An invitation expires after 7 days.',
      'AC3 – Inviting a member shows an inline error.',
    ].join('\n');
    expect(rules(md)).toEqual([
      ['AC1', 'must', 'Owner can send an invitation to a valid email address.'],
      ['AC2', 'must', 'An invitation expires after 7 days.'],
      ['AC3', 'must', 'Inviting a member shows an inline error.'],
    ]);
  });

  it('reads numbered lines (3.1.1, 4.1) as ids, with or without a keyword', () => {
    const md = ['## 3. Functional Requirements', '', '### 3.1 Live map', '', '3.1.1 The map shall refresh positions every 10 seconds.', '3.1.2 Dispatchers can filter vehicles by depot.'].join('\n');
    expect(rules(md)).toEqual([
      ['3.1.1', 'must', 'The map shall refresh positions every 10 seconds.'],
      ['3.1.2', 'must', 'Dispatchers can filter vehicles by depot.'],
    ]);
    expect(rules('## Non-functional requirements\n\n4.1 Availability: the service must be up 99.9% of the time.\n4.2 Logs must be kept for 90 days.\n')).toEqual([
      ['4.1', 'must', 'Availability: the service must be up 99.9% of the time.'],
      ['4.2', 'must', 'Logs must be kept for 90 days.'],
    ]);
  });

  it('outside a requirements section still needs a keyword, and keeps the id', () => {
    expect(rules('## Notes\n\nUS1: Users must confirm their email.\nUS2: Admins see a dashboard.\n')).toEqual([['US1', 'must', 'Users must confirm their email.']]);
  });

  it('leaves paragraphs alone whose lines do not all start with an id', () => {
    // A number in prose is no id; a version is no id.
    expect(rules('## Requirements\n\n2.5 million users must be able to sign in.\nThat is our peak.\n')).toEqual([[undefined, 'must', '2.5 million users must be able to sign in.']]);
    expect(rules('## Notes\n\nV2: the team must ship exports.\n')).toEqual([[undefined, 'must', 'V2: the team must ship exports.']]);
    expect(rules('## Notes\n\nThe map shall refresh every 10 seconds.\nUS2: Admins see a dashboard.\n')).toEqual([[undefined, 'must', 'The map shall refresh every 10 seconds.']]);
  });
});

describe('short ids with a separator', () => {
  it('are the id of a list item', () => {
    expect(rules('## Business rules\n- BR1: Mileage is paid at 0.30 EUR per km.\n- NFR12 — Pages load in under 2 seconds.\n')).toEqual([
      ['BR1', 'must', 'Mileage is paid at 0.30 EUR per km.'],
      ['NFR12', 'must', 'Pages load in under 2 seconds.'],
    ]);
  });

  it('but a priority, a quarter or a half-year is not one', () => {
    expect(rules('## Requirements\n- P1: Users must reset their password by email.\n')).toEqual([[undefined, 'must', 'Users must reset their password by email.']]);
    expect(rules('## Notes\nH2: the billing service must move to the new cluster.\n')).toEqual([[undefined, 'must', 'H2: the billing service must move to the new cluster.']]);
  });
});

describe('goals, background and motivation sections', () => {
  it('state aims, not rules', () => {
    expect(rules('## 2. Goals\n\n- Reduce missed deliveries by 20%.\n- Dispatchers should not have to call drivers.\n')).toEqual([]);
    expect(rules('## Ziel\n\nMitarbeitende sollen Urlaub ohne E-Mail beantragen können.\n')).toEqual([]);
    expect(rules('## Background & Motivation\n\nIntegrators say webhooks must be more reliable.\n')).toEqual([]);
    expect(rules('## Product Goals\n\n| Goal | Target |\n| --- | --- |\n| Sign-ups must grow | 15% |\n')).toEqual([]);
  });

  it('but a requirements section, a goals feature deeper in the outline, or a heading that only holds the word are read', () => {
    expect(texts('## Goals and requirements\n\n- The service must be available 99.9% of the time.\n')).toEqual(['The service must be available 99.9% of the time.']);
    expect(texts('## Features\n\n### Goals\n\nUsers must be able to set a savings goal with a target date.\n')).toEqual(['Users must be able to set a savings goal with a target date.']);
    expect(texts('## Goal tracking\n\nUsers must be able to archive a goal.\n')).toEqual(['Users must be able to archive a goal.']);
  });
});

describe('a requirements table whose text column has a phrase for a header', () => {
  const table = (extra = '') =>
    [
      '## Requirements matrix',
      '',
      '| Ref | Feature area | What the system must do | MoSCoW |',
      '| --- | --- | --- | --- |',
      '| EX-01 | Submission | Employees attach a receipt photo to each expense line | Must |',
      '| EX-03 | Approval | Approvers see claims sorted by submission date | Should |',
      '| EX-04 | Export | Finance exports approved claims as CSV | Could |',
      '| EX-05 | Export | Finance exports claims to SAP directly | Won\'t |',
      extra,
    ].join('\n');

  it('reads the wordiest column, takes the level from MoSCoW and leaves out what will not be built', () => {
    expect(rules(table())).toEqual([
      ['EX-01', 'must', 'Employees attach a receipt photo to each expense line'],
      ['EX-03', 'should', 'Approvers see claims sorted by submission date'],
      ['EX-04', 'may', 'Finance exports approved claims as CSV'],
    ]);
  });

  it('is not guessed in a table without an id or priority column outside requirements', () => {
    const md = '## Team\n\n| Name | Role | Notes |\n| --- | --- | --- |\n| Ana | PM | Leads the weekly planning and writes the specs |\n';
    expect(rules(md)).toEqual([]);
    // Short cells only: no column holds sentences.
    expect(rules('## Requirements\n\n| Ref | Area | Prio |\n| --- | --- | --- |\n| R1 | Export | High |\n')).toEqual([]);
  });
});

describe('notes to the author', () => {
  it('under a heading that addresses the author are not rules, in any language the headings know', () => {
    expect(rules('## Hinweise für Autoren\n\nJede Anforderung sollte als prüfbarer Satz formuliert werden.\n')).toEqual([]);
    expect(rules('## How to use this template\n\n- Each feature must get its own heading.\n')).toEqual([]);
    expect(rules('## Notes for authors\n\nKeep every requirement short; reviewers should be able to test it.\n')).toEqual([]);
  });

  it('but a section about authors as users of the product is read', () => {
    expect(texts('## Authors\n\nAuthors must be able to save a draft.\n')).toEqual(['Authors must be able to save a draft.']);
    expect(texts('## Recipe instructions\n\nEach recipe must have at least one step.\n')).toEqual(['Each recipe must have at least one step.']);
  });
});

describe('MoSCoW headings', () => {
  it('make their items rules of their level; what will not be built stays out', () => {
    const md = [
      '## Scope',
      '### Must have',
      '- Office manager picks a weekly budget',
      '### Should-haves',
      '- Slack reminder to vote on Friday',
      '### Nice to have',
      '- Leaderboard of most-loved snacks',
      '### Won\'t have (this time)',
      '- Fresh fruit deliveries',
    ].join('\n');
    expect(rules(md)).toEqual([
      [undefined, 'must', 'Office manager picks a weekly budget'],
      [undefined, 'should', 'Slack reminder to vote on Friday'],
      [undefined, 'may', 'Leaderboard of most-loved snacks'],
    ]);
  });

  it('a keyword in the item still decides, and a heading that only holds the words is not one', () => {
    expect(rules('## Should have\n- Exports must be signed.\n')).toEqual([[undefined, 'must', 'Exports must be signed.']]);
    expect(rules('## What users must have before onboarding\n- A company email\n')).toEqual([]);
  });
});

describe('an Importance column (the Confluence requirements table)', () => {
  it('ranks the rows like a priority column', () => {
    const md = [
      '## Requirements',
      '',
      '| # | Title | User Story | Importance | Notes |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Share | As a team lead I can share a calendar with my team | Must Have | Read-only |',
      '| 2 | Colour | As a user I can pick a colour for each calendar | Nice to have | |',
    ].join('\n');
    expect(rules(md)).toEqual([
      [undefined, 'must', 'As a team lead I can share a calendar with my team'],
      [undefined, 'may', 'As a user I can pick a colour for each calendar'],
    ]);
  });
});

describe('speed', () => {
  it('reads a line of spaces after an id in linear time', () => {
    const md = (n: number) => `## Requirements\n\nFR-1${' '.repeat(n)}\nBR2: ${' '.repeat(n)}\n**AC3:**${' '.repeat(n)}\n3.1.2${' '.repeat(n)}\n`;
    const time = (n: number) => {
      const t = performance.now();
      rules(md(n));
      return performance.now() - t;
    };
    time(1000);
    // Quadratic backtracking took seconds at this size; linear reading takes milliseconds.
    expect(time(40_000)).toBeLessThan(400);
  });
});
