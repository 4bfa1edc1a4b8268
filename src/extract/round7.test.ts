/**
 * Misses found by a seventh round of reading: criteria ids that restart under each story, entities
 * a data section introduces in a sentence, and more ways a field's type is written. Each rule has
 * its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { mergeTasks } from '../plan/index.js';
import { extractTasks } from './index.js';
import { parsePrd } from '../prd/index.js';
import type { RuleTask } from '../types.js';
import { modelLines, ruleRows } from '../testing/extract.js';

const story = (id: string, a: string, b: string) => [`## ${id}`, '', '**Acceptance criteria**', '', `- AC1: ${a}`, `- AC2: ${b}`, ''];

describe('criteria ids that restart under each story', () => {
  it('are scoped by the heading id, and the merge keeps every criterion', () => {
    const md = ['# Cards', '', ...story('STORY-101: Save a card', 'The card must be saved.', 'Guests must not see the box.'), ...story('STORY-102: Pay with a saved card', 'The default card must be preselected.', 'Expired cards must be shown as expired.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['STORY-101/AC1', 'STORY-101/AC2', 'STORY-102/AC1', 'STORY-102/AC2']);
    const merged = mergeTasks(extractTasks(parsePrd(md, 'x.md')));
    expect(merged.tasks.filter((t): t is RuleTask => t.kind === 'rule').map((t) => t.text)).toHaveLength(4);
    expect(merged.conflicts).toEqual([]);
  });
  it('a story heading written as words and a number scopes them too', () => {
    const md = ['# Cards', '', ...story('Story 1: Save', 'The card must be saved.', 'Guests must not see it.'), ...story('Story 2: Pay', 'The default must be preselected.', 'Expired cards must be marked.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['Story 1/AC1', 'Story 1/AC2', 'Story 2/AC1', 'Story 2/AC2']);
  });
  it('unique ids stay as written, under story headings or not', () => {
    const md = ['# Cards', '', ...story('STORY-101: Save a card', 'The card must be saved.', 'Guests must not see the box.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['AC1', 'AC2']);
  });
  it('the same id on two sentences under headings without ids is still a clash the merge reports', () => {
    const md = ['# Cards', '', ...story('Saving', 'The card must be saved.', 'Guests must not see the box.'), ...story('Paying', 'The default must be preselected.', 'Expired cards must be marked.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['AC1', 'AC2', 'AC1', 'AC2']);
    expect(mergeTasks(extractTasks(parsePrd(md, 'x.md'))).conflicts.map((c) => c.kind)).toEqual(['rule-id', 'rule-id']);
  });
  it('the same sentence under the same id twice is one requirement, not scoped', () => {
    const md = ['# Cards', '', ...story('STORY-1: A', 'The card must be saved.', 'Guests must not see it.'), ...story('STORY-2: B', 'The card must be saved.', 'Guests must not see it.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['AC1', 'AC2', 'AC1', 'AC2']);
  });
});

describe('an entity a data section introduces in a sentence', () => {
  it('is a model, and the list after a sentence ending in a colon is its fields', () => {
    const md = [
      '# Reminders',
      '',
      '## Data model',
      '',
      'A **Patient** is the person receiving care. We store their name and phone.',
      '',
      'Each **Appointment** belongs to one patient and is booked with a clinician.',
      '',
      'Finally, a **ReminderTemplate** holds the text of a reminder per clinic',
      'and language:',
      '',
      '- `clinicId` (uuid)',
      '- `body` (text)',
      '- `isDefault` (boolean)',
    ].join('\n');
    expect(modelLines(md)).toEqual(['Appointment {  }', 'Patient {  }', 'ReminderTemplate { clinicId: string; body: string; isDefault: boolean }']);
  });
  it('not under a heading about people, not under a model\'s own heading, not outside a data section', () => {
    const people = ['# App', '', '## Personas', '', 'The **Admin** is the person who configures the clinic.'].join('\n');
    const own = ['# App', '', '## Data model', '', '### Order', '', 'The **Total** is the sum of the lines.'].join('\n');
    const prose = ['# App', '', '## Background', '', 'A **Patient** is the person receiving care.'].join('\n');
    expect(modelLines(people)).toEqual([]);
    expect(modelLines(own)).toEqual([]);
    expect(modelLines(prose)).toEqual([]);
  });
  it('a sentence that mentions a bold word without introducing it names no model', () => {
    const md = ['# App', '', '## Data model', '', 'We keep **Orders** for seven years.', '', 'Note that **Invoice** numbers restart each year.'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('more ways a field type is written', () => {
  const model = (items: string[]) => modelLines(['# App', '', '## Data model', '', '### Reminder', '', ...items].join('\n'));
  it('values marked as code are an enum, after a dash, a colon or in parentheses', () => {
    expect(model(['- `channel` — `sms` | `email`', '- `language` (`en` or `es`)', '- `statut` : `en_attente` | `acceptee`'])).toEqual(['Reminder { channel: "sms" | "email"; language: "en" | "es"; statut: "en_attente" | "acceptee" }']);
  });
  it('code-marked type words are no enum: `uuid` or `string`', () => {
    expect(model(['- `id` — `uuid` or `string`', '- `total` — `number`'])).toEqual(['Reminder { id: string; total: number }']);
  });
  it('"null until …" or "null if …" makes a field nullable; "not null" or a null in prose does not', () => {
    expect(model(['- `sentAt` — timestamp, null until the message has been sent', '- `code` — integer, null if the request timed out', '- `name` — string, not null', '- `note` — string, shown as null text'])).toEqual([
      'Reminder { sentAt: string | null; code: number | null; name: string; note: string }',
    ]);
  });
  it('a plain item typed by quoted literals, and a type word after a word saying what kind', () => {
    expect(model(['- target: "daily" | "weekly"', '- icon: emoji string', '- streak: positive integer'])).toEqual(['Reminder { target: "daily" | "weekly"; icon: string; streak: number }']);
  });
  it('a type cell that lists lower-case values is an enum; notes and types in a cell are not', () => {
    const md = ['# App', '', '## Data', '', '### Urlaubsantrag', '', '| Feld | Typ |', '|---|---|', '| status | beantragt, genehmigt, abgelehnt |', '| id | uuid, required |', '| note | text, nullable |'].join('\n');
    expect(modelLines(md)).toEqual(['Urlaubsantrag { status: "beantragt" | "genehmigt" | "abgelehnt"; id: string; note: string | null }']);
  });
});
