/**
 * A description pasted from a Jira issue, in Jira wiki markup (`h2.` headings, `||Head||` tables,
 * `{{mono}}`, `{code}` blocks, `#` numbered items): read as its Markdown equivalent, line for line.
 * Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { isJiraMarkup, jiraToMarkdown } from '../prd/jira.js';
import { parsePrd } from '../prd/index.js';
import { extractTasks } from './extract.js';
import { apiLines, lines, mergedModels, modelLines, ruleRows } from '../testing/extract.js';

const JIRA = lines(
  'h1. Locker booking',
  '',
  'Gym members book a locker for a visit.',
  '',
  'h2. Endpoints',
  '',
  'All paths start with {{/api}}.',
  '',
  '||Verb||Route||Notes||',
  '|GET|{{/api/lockers}}|free ones first|',
  '|POST|{{/api/lockers/{lockerId}/bookings}}| |',
  '|DELETE|{{/api/bookings/{bookingId}}}|cancel; see [the guide|https://wiki.example.org/lockers/cancel]|',
  '',
  'Example call:',
  '',
  '{code:json}',
  'POST https://partner.example.net/api/notify',
  '{ "lockerId": "L-4" }',
  '{code}',
  '',
  'h2. Data model',
  '',
  'h3. Locker',
  '* {{id}} — string',
  '* {{zone}} — north | south | annex',
  '* {{reservedUntil}} — timestamp, null once released',
  '',
  'h2. Acceptance criteria',
  '',
  '# *LK-1* A member holds at most one locker booking at a time.',
  '# *LK-2* Bookings expire after 4 hours.',
  '',
);

describe('Jira wiki markup read as Markdown', () => {
  it('reads h-headings, tables with {{paths}}, models and criteria with their ids', () => {
    expect(apiLines(JIRA)).toEqual(['DELETE /api/bookings/:bookingId', 'GET /api/lockers', 'POST /api/lockers/:lockerId/bookings']);
    expect(modelLines(JIRA)).toEqual(['Locker { id: string; zone: "north" | "south" | "annex"; reservedUntil: string | null }']);
    const rules = ruleRows(JIRA);
    expect(rules.map((r) => r[0])).toEqual(['LK-1', 'LK-2']);
    expect(rules[1]![2]).toContain('Bookings expire after 4 hours');
  });

  it('keeps every line where it is: tasks point at the Jira source lines', () => {
    const tasks = extractTasks(parsePrd(JIRA, 'x.md'));
    const get = tasks.find((t) => t.kind === 'api' && t.path === '/api/lockers');
    expect(get?.sources[0]!.line).toBe(10);
    expect(jiraToMarkdown(JIRA).split('\n')).toHaveLength(JIRA.split('\n').length);
  });

  it('does not read the URL of an example payload in {code} as an endpoint', () => {
    expect(apiLines(JIRA).some((l) => l.includes('notify'))).toBe(false);
  });

  it('writes the shapes as Markdown does', () => {
    const md = jiraToMarkdown(lines('h2. Scope', '', '# first', '## nested', '* bullet', '** deeper', '*Bold:* {{a/{b}}} and [docs|https://x.example/d]', '{noformat}', '*not bold*', '{noformat}', 'h3. End'));
    expect(md.split('\n')).toEqual(['## Scope', '', '1. first', '   1. nested', '- bullet', '  - deeper', '**Bold:** `a/{b}` and [docs](https://x.example/d)', '```', '*not bold*', '```', '### End']);
  });

  it('keeps a # title line above the first Jira heading as a heading', () => {
    expect(jiraToMarkdown(lines('# KEY-7 Locker booking', '', 'h2. Scope', 'h2. API')).split('\n')[0]).toBe('# KEY-7 Locker booking');
  });

  it('leaves a Markdown table inside a Jira description as it is', () => {
    const table = lines('h2. A', '| a | b |', '|---|---|', '| 1 | 2 |', 'h2. B');
    expect(jiraToMarkdown(table).split('\n').slice(1, 4)).toEqual(['| a | b |', '|---|---|', '| 1 | 2 |']);
  });
});

describe('Markdown PRDs are not read as Jira', () => {
  it('a line of prose that starts with h2., a || in a table cell, {{ }} placeholders and a {code} mention', () => {
    const md = lines(
      '# Mailer',
      '',
      '## Templates',
      '',
      'h2. is the tag our old editor used for subtitles; we keep it.',
      'Templates use {{ customer.name }} and {{#if paid}} placeholders (Handlebars).',
      'Wrap samples in {code} as the wiki does.',
      '',
      '| field | type | notes |',
      '|---|---|---|',
      '| fallback | string | `a || b` in templates |',
      '',
      '## API',
      '',
      '- `GET /api/templates` — list',
      '',
    );
    expect(isJiraMarkup(md)).toBe(false);
    expect(apiLines(md)).toEqual(['GET /api/templates']);
  });

  it('Markdown headings outnumbering h-lines keep a document Markdown', () => {
    expect(isJiraMarkup(lines('# T', '## A', 'h2. one', '## B', 'h3. two', '## C', '### D'))).toBe(false);
    expect(isJiraMarkup(lines('h1. T', 'h2. A', '## item'))).toBe(true);
  });
});

describe('bare values between | after a dash: `status` — a | b | c', () => {
  const model = (item: string) => mergedModels(lines('# Gym', '', '## Data model', '', '### Visit', '- `id` — uuid', item, ''))[0]!.fields[1];

  it('reads them as the enum of the field', () => {
    expect(model('- `kind` — drop-in | member | trial')?.type).toBe('"drop-in" | "member" | "trial"');
  });

  it('not type words or a sentence between pipes', () => {
    expect(model('- `ref` — string | number')?.type).not.toContain('"');
    expect(model('- `note` — free text, shown | hidden by the desk')?.type).toBe('string');
  });
});

describe('"null once …": when the value is null', () => {
  const type = (item: string) => mergedModels(lines('# Gym', '', '## Data model', '', '### Visit', '- `id` — uuid', item, ''))[0]!.fields[1]?.type;
  it('reads the field as nullable, not a note that says "once" without null', () => {
    expect(type('- `leftAt` — timestamp, null once the member leaves')).toBe('string | null');
    expect(type('- `leftAt` — timestamp, set once')).toBe('string');
  });
});
