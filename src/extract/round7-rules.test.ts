/**
 * Rules found by a seventh round of reading held-out PRDs: lists under a behaviour heading or label,
 * short MoSCoW items, and what is no rule although it holds a keyword (a struck-through
 * requirement, one that says it is out of scope, a legend of the document, a request about where
 * to comment). Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { extractTasks } from './index.js';
import { parsePrd } from '../prd/index.js';
import { ruleRows } from '../testing/extract.js';

const texts = (md: string) => ruleRows(md).map((r) => r[2]);
const extractLines = (md: string) => extractTasks(parsePrd(md, 'x.md')).filter((t) => t.kind === 'rule').map((t) => t.sources[0]!.line);

describe('a behaviour heading or label', () => {
  it('makes the items under it rules, keyword or not', () => {
    const md = ['# Quizzes', '', '## Behaviour', '', '- Editing a published quiz creates a new version.', '- A learner cannot start a new attempt while one is in progress.', ''].join('\n');
    expect(texts(md)).toEqual(['Editing a published quiz creates a new version.', 'A learner cannot start a new attempt while one is in progress.']);
  });
  it('in other languages too, and as a bold label over a list', () => {
    const de = ['# Kurse', '', '## Verhalten', '', '- Ein veröffentlichtes Quiz wird beim Bearbeiten neu versioniert.', ''].join('\n');
    expect(texts(de)).toEqual(['Ein veröffentlichtes Quiz wird beim Bearbeiten neu versioniert.']);
    const label = ['# Comments', '', '## Solution', '', '**Behavior**', '', '- Rejected comments are purged after 30 days.', ''].join('\n');
    expect(texts(label)).toEqual(['Rejected comments are purged after 30 days.']);
  });
  it('the behaviour as it is today, or the users\', is no list of rules', () => {
    const md = ['# Bug', '', '## Current behaviour', '', '- The export times out after 30 seconds for large shops.', '', '## User behaviour', '', '- Most owners open the report on Monday mornings.', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
  it('a label before a mere reference states nothing', () => {
    const md = ['# Rentals', '', '## Cross-references', '', '- **Auth and security behavior:** [`architecture.md` §5](./architecture.md#5).', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
});

describe('an item under a MoSCoW heading', () => {
  it('is a rule even when it only names a feature', () => {
    const md = ['# Podcasts', '', '## Scope', '', '### Could have', '', '- Dynamic ad insertion', ''].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'may', 'Dynamic ad insertion']]);
  });
  it('a single word is still no rule, nor is a question', () => {
    const md = ['# Podcasts', '', '### Could have', '', '- Ads', '- Should ads be dynamic?', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
});

describe('what is no rule although it holds a keyword', () => {
  it('a requirement struck through has been deleted', () => {
    const md = ['# Portal', '', '## Requirements', '', '| Req ID | Requirement |', '|---|---|', '| SR-107 | ~~Results shall be emailed to the patient.~~ |', '| SR-108 | The results list shall load within 2 seconds. |', '', '- **FR-9** ~~Users must be able to print results.~~', ''].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['SR-108']);
  });
  it('a requirement with a word struck through is still one', () => {
    const md = ['# Portal', '', '## Requirements', '', '- Results shall be ~~emailed~~ shown to the patient.', ''].join('\n');
    expect(texts(md)).toEqual(['Results shall be ~~emailed~~ shown to the patient.']);
  });
  it('an item that says what it names is out of scope', () => {
    const md = ['# Portal', '', '## Interface requirements', '', '- **IR-4** Results arrive as HL7 messages; the interface engine is existing and out of scope for this release.', '- **IR-5** El motor de integración está fuera de alcance y no debe cambiar.', ''].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
  it('"out-of-scope" used as a name stays a rule', () => {
    const md = ['# Portal', '', '- Requests for out-of-scope records must be rejected with 403.', ''].join('\n');
    expect(texts(md)).toEqual(['Requests for out-of-scope records must be rejected with 403.']);
  });
  it('a legend of the document is about the document', () => {
    const md = ['# Story map', '', 'How to read this: columns are the journey, rows are slices. Anything under **Later** is parked and should not be estimated yet.', '', 'Leeswijzer: kolommen zijn de reis. Alles onder Later moet nog niet geschat worden.', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
  it('a paragraph that only mentions a legend is read as before', () => {
    const md = ['# Maps', '', 'The legend must show every layer the map draws.', ''].join('\n');
    expect(texts(md)).toEqual(['The legend must show every layer the map draws.']);
  });
  it('a request about where readers comment names the document', () => {
    const md = ['# PRD', '', '> Comentários devem ser feitos no Google Docs, não neste arquivo.', '', 'Feedback should go to the pull request, not this file.', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
  it('comments of the product are rules', () => {
    const md = ['# Comments', '', 'Comments must be approved by a moderator before they are shown.', ''].join('\n');
    expect(texts(md)).toEqual(['Comments must be approved by a moderator before they are shown.']);
  });
});

describe('a MoSCoW heading', () => {
  it('may carry an aside or a release after the words', () => {
    const md = ['# Podcasts', '', '### Must have (v1)', '', '- Episode upload', '', '### Should have for launch', '', '- Chapter markers', ''].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'Episode upload'],
      [undefined, 'should', 'Chapter markers'],
    ]);
  });
  it('a sentence that only holds the words is no MoSCoW heading', () => {
    const md = ['# Onboarding', '', '## What users must have before onboarding', '', '- A company email', ''].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('the statements of a list that states a requirement', () => {
  const list = (...items: string[]) => ['# Booking', '', '## Front desk', '', ...items.map((i) => `- ${i}`), ''].join('\n');
  it('are rules beside the item with a keyword', () => {
    const md = list('Staff must be able to mark an appointment as a no-show.', 'Owners can cancel free of charge up to 24 hours before the appointment.', 'Three no-shows within 12 months block the owner from online booking.');
    expect(texts(md)).toEqual(['Staff must be able to mark an appointment as a no-show.', 'Owners can cancel free of charge up to 24 hours before the appointment.', 'Three no-shows within 12 months block the owner from online booking.']);
  });
  it('a list without a requirement stays prose', () => {
    const md = list('Owners get a reminder the evening before the appointment.', 'Three no-shows in a row block the owner from online booking.');
    expect(texts(md)).toEqual([]);
  });
  it('what a screen shows, a fragment, a question or a note about the document is none', () => {
    const md = list('The screen must stay awake during an active session.', 'Timer, current exercise, rest countdown.', 'Packages and memberships', 'Do groomers want push notifications or is the day view enough?', 'This document describes the first release of booking.');
    expect(texts(md)).toEqual(['The screen must stay awake during an active session.']);
  });
  it('a question with a keyword is no requirement that makes its neighbours rules', () => {
    const md = list('Should we expose webhooks as well? Deferred to ADR-0034.', 'Worker code lives in the signer service for now.');
    expect(texts(md)).toEqual([]);
  });
  it('an item with a keyword of its own is still read sentence by sentence', () => {
    const md = list('Log in with a one-time code sent by email. The code must expire after 10 minutes.', 'See upcoming appointments and open one to see its details.');
    expect(texts(md)).toEqual(['The code must expire after 10 minutes.', 'See upcoming appointments and open one to see its details.']);
  });
});

describe('the statements right after a rule in its paragraph', () => {
  const para = (...lines: string[]) => ['# Corrections', '', '## Corrections', '', ...lines, ''].join('\n');
  it('state more of the same behaviour, on the lines where they start', () => {
    const md = para('A correction must be approved by a section editor before it is published. Legal corrections', 'additionally require sign-off from the duty lawyer. Once published, a correction can never be deleted.');
    expect(ruleRows(md).map((r) => r[2])).toEqual([
      'A correction must be approved by a section editor before it is published.',
      'Legal corrections additionally require sign-off from the duty lawyer.',
      'Once published, a correction can never be deleted.',
    ]);
    const lines = extractLines(md);
    expect(lines).toEqual([5, 5, 6]);
  });
  it('a sentence before the rule, one pointing back, one to the reader or with a web address is none', () => {
    const md = para('Corrections are edits readers see. Corrections must be approved by an editor. This keeps the desk accountable for every change.', '', 'Messages must not include the reason for the visit. See the HIPAA guidance on https://www.hhs.gov/hipaa for details.');
    expect(texts(md)).toEqual(['Corrections must be approved by an editor.', 'Messages must not include the reason for the visit.']);
  });
  it('the chain ends at the first sentence that is no statement', () => {
    const md = para('Corrections must be approved by an editor. We looked at other papers first. Legal corrections require a lawyer too.');
    expect(texts(md)).toEqual(['Corrections must be approved by an editor.']);
  });
  it('after a rule in capitals (RFC style), a sentence without a keyword is explanation', () => {
    const md = para('The validate command SHALL compare every modified requirement against the main specs. A modified requirement replaces the whole requirement block in the archive.');
    expect(texts(md)).toEqual(['The validate command SHALL compare every modified requirement against the main specs.']);
  });
  it('after a rule about the document, nothing follows', () => {
    const md = para('These are the canonical flows the product must support. Each workflow lists the actor, the trigger and the steps of the flow.');
    expect(texts(md)).toEqual(['These are the canonical flows the product must support.']);
  });
});

describe('a rule further on in a paragraph', () => {
  it('is read alone: the paragraph only mentions it among other things', () => {
    const md = ['# Search', '', '## Search service', '', 'Support spends hours digging through logs. The search service must answer within a second. Engineers answer every question by hand today.', ''].join('\n');
    expect(texts(md)).toEqual(['The search service must answer within a second.']);
  });
});

describe('a statement of a limit without a keyword', () => {
  const section = (...lines: string[]) => ['# Refills', '', '## Refill job', '', ...lines, ''].join('\n');
  it('is a rule: can only, cannot, never, at most, within a time', () => {
    const md = section('It runs hourly. Each plan is processed at most once per day even if the job is retried.', '', 'A confirmation email is sent within 1 minute of the booking being created.', '', '⚠️ Large dogs can only be booked into slots with a double-length duration.', '', 'Geweigerde bestellingen kunnen niet opnieuw worden ingediend door de klant.');
    expect(texts(md)).toEqual([
      'Each plan is processed at most once per day even if the job is retried.',
      'A confirmation email is sent within 1 minute of the booking being created.',
      '⚠️ Large dogs can only be booked into slots with a double-length duration.',
      'Geweigerde bestellingen kunnen niet opnieuw worden ingediend door de klant.',
    ]);
  });
  it("someone's inability, a habit, a user story or a problem statement is none", () => {
    const md = section(
      "If we can't get an offer in front of a patient within a few minutes, the bet is lost.",
      '',
      'Customers pick the staples they never want to run out of, every single week.',
      '',
      'As a workspace admin, I want to revoke an invitation so that a mistyped address cannot join.',
      '',
      '**Problem.** Residents queue for hours, and officers cannot check validity from their handhelds.',
    );
    expect(texts(md)).toEqual([]);
  });
  it('a question, a note about the document or one pointing back is none either', () => {
    const md = section('Can refills never be skipped after the cut-off?', '', 'This document never covers the payment flows in detail.', '', 'This means refills can only be skipped twice.');
    expect(texts(md)).toEqual([]);
  });
  it('a goals section reads none', () => {
    const md = ['# Refills', '', '## Background', '', 'Officers cannot check validity from their handhelds today.', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
});

describe('a checklist item', () => {
  it('written as a statement is a criterion, keyword or not', () => {
    const md = ['# Export hook', '', '## EXP-405 · Payroll export', '', '- [ ] Exported claims are moved to status `paid` after the provider confirms the file.', ''].join('\n');
    expect(texts(md)).toEqual(['Exported claims are moved to status paid after the provider confirms the file.']);
  });
  it('a task, a fragment or a ticket is none', () => {
    const md = ['# Export hook', '', '## Checklist before closing', '', '- [ ] Docs updated in `docs/moderation.md`', '- [ ] Update the README with the new moderation flags.', '- [x] ENG-1402 Schedule picker UI at the settings page.', '- [ ] T3 Search endpoint and the bookmarks page', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
  it('that asks something, with a full-width question mark as with an ASCII one, is none', () => {
    const md = (q: string) => ['# Export hook', '', '## EXP-405 · Payroll export', '', `- [ ] Exported claims move to paid (or to settled${q}) after the provider confirms the file.`, ''].join('\n');
    expect(texts(md('?'))).toEqual([]);
    expect(texts(md('？'))).toEqual([]);
  });
});

describe('a limit written as "only allowed"', () => {
  it('is a rule', () => {
    const md = ['# Flags', '', '## Admin UI', '', 'Archiving a flag is only allowed when it has had no evaluations for 14 days.', ''].join('\n');
    expect(texts(md)).toEqual(['Archiving a flag is only allowed when it has had no evaluations for 14 days.']);
  });
  it('not when the paragraph is a question', () => {
    const md = ['# Flags', '', '## Admin UI', '', 'Is archiving a flag only allowed when it has had no evaluations?', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
});

describe('a duration or a maximum', () => {
  it('states a limit: held for 10 minutes, in the next 14 days, max 5 attempts', () => {
    const md = ['# Booking', '', '## Confirm', '', 'While this form is open the slot is held for 10 minutes, after which it is released.', '', 'Sync retries with exponential backoff, max 5 attempts, then shows a banner.', '', 'Reservierungen werden nach 30 Tagen automatisch gelöscht.', ''].join('\n');
    expect(texts(md)).toEqual(['While this form is open the slot is held for 10 minutes, after which it is released.', 'Sync retries with exponential backoff, max 5 attempts, then shows a banner.', 'Reservierungen werden nach 30 Tagen automatisch gelöscht.']);
  });
  it('what the writers did for a while is no limit', () => {
    const md = ['# Booking', '', '## Confirm', '', 'We interviewed owners for 3 weeks before writing this.', '', 'This took the desk about 2 hours every day for 6 months.', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
});

describe('a heading of the state of things today', () => {
  it('reads no rules: what it says is how things are, not what to build', () => {
    const md = ['# Booking', '', '## Current state', '', 'Owners must phone the desk, and a hold lasts for 2 days.', '', '## Booking rules', '', '- A hold lasts for 10 minutes.', ''].join('\n');
    expect(texts(md)).toEqual(['A hold lasts for 10 minutes.']);
  });
});
