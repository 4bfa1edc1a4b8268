/**
 * Misses found by a twentieth round of reading (a held-out probe set of PRDs written for AI coding
 * tools: a Cursor rules file, a Lovable prompt, a Taskmaster PRD, a Kiro spec, a Spec Kit plan).
 * Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedModels, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a Postgres enum written with its type name: enum `name` (values)', () => {
  const fieldType = (cell: string, field: string) =>
    mergedModels(lines('# Kennel', '', '## Database', '', '### `kennels`', '', '| column | type | notes |', '|---|---|---|', '| id | uuid | |', `| ${field} | ${cell} | |`, ''))[0]!.fields.find((f) => f.name === field)?.type;

  it('reads the values in brackets, not the name of the enum type', () => {
    expect(fieldType('enum `kennel_size` (`small`, `large`)', 'size')).toBe('"small" | "large"');
    expect(fieldType("enum public.run_kind ('indoor', 'outdoor')", 'run')).toBe('"indoor" | "outdoor"');
    expect(fieldType('enum KennelTier {BASIC, PREMIUM}', 'tier')).toBe('"BASIC" | "PREMIUM"');
  });

  it('keeps an enum written without a name, and a named enum whose values are elsewhere', () => {
    expect(fieldType('enum (`small`, `large`)', 'size')).toBe('"small" | "large"');
    expect(fieldType('enum kennel_size', 'size')).toBe('string');
    expect(fieldType('varchar (40)', 'size')).toBe('string');
  });
});

describe('the home page in a screen heading: `### 1. Landing — `/``', () => {
  it('reads a slash alone in code marks or parentheses as the root route', () => {
    const md = lines('# Potluck', '', '## Screens', '', '### 1. Landing — `/`', 'A hero and a sign-up button.', '', '### 2. Dishes — `/dishes`', 'The list.', '');
    expect(pageRoutes(md).sort()).toEqual(['/', '/dishes']);
    expect(pageRoutes(lines('# Potluck', '', '## Pages', '', '### Home (/)', 'Hero.', ''))).toEqual(['/']);
  });

  it('leaves a bare slash between words, and a heading outside a screens section, alone', () => {
    expect(pageRoutes(lines('# Potluck', '', '## Screens', '', '### Create / edit a dish', 'One form.', ''))).toEqual([]);
    expect(pageRoutes(lines('# Potluck', '', '## Deployment', '', '### Health check at `/`', 'Returns 200.', ''))).toEqual([]);
  });
});

describe('a label paragraph that gives up the list under it, within a section', () => {
  const doc = (label: string) =>
    lines(
      '# Glazebook', '', '# Technical Architecture', '', 'Routes:', '- GET /api/glazes', '- Web page /glazes', '',
      label, '- Firing curves from the controller (GET /api/kilns/:id/curve) - phase 2.', '- Web page /showcase for visitors.', '',
      'Business rules:', '- A glaze can only be archived when no piece uses it.', '',
    );

  it('leaves out the endpoints and pages of the list under "Future enhancements (not MVP):" or "The following are out of scope:"', () => {
    for (const label of ['Future enhancements (not MVP):', '**Out of scope**', 'The following are out of scope for the first release:']) {
      expect(apiLines(doc(label))).toEqual(['GET /api/glazes']);
      expect(pageRoutes(doc(label))).toEqual(['/glazes']);
      expect(ruleRows(doc(label)).map((r) => r[2])).toEqual(['A glaze can only be archived when no piece uses it.']);
    }
  });

  it('reads the list under a label that gives nothing up, and the list after the next label', () => {
    const kept = doc('Integrations (owned by the studio):');
    expect(apiLines(kept)).toEqual(['GET /api/glazes', 'GET /api/kilns/:id/curve']);
    expect(pageRoutes(kept).sort()).toEqual(['/glazes', '/showcase']);
    const next = lines('# Glazebook', '', '## API', '', 'Later:', '- GET /api/curves', '', 'Now:', '- GET /api/glazes', '');
    expect(apiLines(next)).toEqual(['GET /api/glazes']);
  });
});

describe("a gate of the team's process over a plan's checklist", () => {
  const texts = (md: string) => ruleRows(md).map((r) => r[2]);

  it('takes no rule from "*GATE: Must pass before Phase 0 research.*" or "**Exit gate:** …"', () => {
    const md = lines('# Dockside plan', '', '## Review', '', '*GATE: Must pass before the design phase starts. Re-check after tasks are written.*', '', '**Exit gate:** QA must sign off before the build ships.', '');
    expect(texts(md)).toEqual([]);
  });

  it('keeps a rule about a gate the product runs, and one under a label that only holds the word', () => {
    const md = lines('# Dockside', '', '## Boarding', '', 'The gate must open within 2 seconds of a valid scan.', '', 'Boarding gate: passengers must show a ticket with a valid QR code.', '');
    expect(texts(md)).toEqual(['The gate must open within 2 seconds of a valid scan.', 'Boarding gate: passengers must show a ticket with a valid QR code.']);
  });
});

describe('how many times a failure is retried, without a keyword', () => {
  const texts = (md: string) => ruleRows(md).map((r) => r[2]);

  it('reads "are retried three times", "is retried up to 5 times", "gets retried twice" as rules', () => {
    const md = lines('# Relay', '', '## Error handling', '', '- Failed webhook deliveries are retried three times with backoff.', '- A timed-out export is retried up to 5 times.', '- A bounced email gets retried twice, then dropped.', '');
    expect(texts(md)).toEqual(['Failed webhook deliveries are retried three times with backoff.', 'A timed-out export is retried up to 5 times.', 'A bounced email gets retried twice, then dropped.']);
  });

  it('leaves a retry without a count, a question and a story of what happened alone', () => {
    const md = lines('# Relay', '', '## Notes', '', '- Failed deliveries are retried.', '- How many times are failed deliveries retried?', '- Last week we retried three times and gave up.', '');
    expect(texts(md)).toEqual([]);
  });
});

describe('what someone may touch of their own only, without a keyword', () => {
  const texts = (md: string) => ruleRows(md).map((r) => r[2]);

  it('reads "only read and write their own" and "only update their own" as rules', () => {
    const md = lines('# Choir', '', '## Access', '', 'Singers can read every rehearsal, but only read and write their own attendance rows.', '', 'Section leads only update their own section notes.', '');
    expect(texts(md)).toEqual(['Singers can read every rehearsal, but only read and write their own attendance rows.', 'Section leads only update their own section notes.']);
  });

  it('leaves "the only one of their own", what people do of their own accord and a story alone', () => {
    const md = lines('# Choir', '', '## Background', '', 'It was the only one of their own they had.', '', 'Conductors only bring their own scores to concerts.', '', 'We asked them, and they keep their own paper lists.', '');
    expect(texts(md)).toEqual([]);
  });
});
