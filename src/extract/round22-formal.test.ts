/**
 * Round 22, formal and regulated specifications: ids with a letter before their number
 * (`[GW-R04]`); a standard's informative NOTE and EXAMPLE; the document as the subject of "shall";
 * revision histories, reading guides, instructions to bidders and a team's definition of done hold
 * no rules; erDiagram comments that say nullable or list values; "Data dictionary — Name" headings;
 * a bold name with a description over a field table; a Presence column; "nullable for …"; a field
 * note about legacy things; a "workspace at" route and a route wrapped after its preposition.
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('requirement ids with a letter before the number', () => {
  it('reads `[GW-R04]` and `QX-N12:` as ids', () => {
    const md = lines(
      '# Gateway',
      '',
      '## 7 Processing',
      '',
      '**[GW-R04]** The relay SHALL drop frames larger than 64 KiB.',
      '',
      'QX-N12: The relay SHOULD compress replies above 1 KiB.',
    );
    expect(ruleRows(md)).toEqual([
      ['GW-R04', 'must', 'The relay SHALL drop frames larger than 64 KiB.'],
      ['QX-N12', 'should', 'The relay SHOULD compress replies above 1 KiB.'],
    ]);
  });

  it('leaves an id-shaped word inside a sentence alone', () => {
    const md = lines('# Gateway', '', '## Signing', '', 'The relay SHALL reject tokens signed with KP-R256 keys.');
    expect(ruleRows(md)).toEqual([[undefined, 'must', 'The relay SHALL reject tokens signed with KP-R256 keys.']]);
  });
});

describe("a standard's informative notes and the document as subject", () => {
  it('keeps NOTE and EXAMPLE paragraphs and "this specification shall" out of the rules', () => {
    const md = lines(
      '# Meter Relay Specification',
      '',
      '## 5 Behaviour',
      '',
      '**[MR-R01]** The relay SHALL store each reading for 30 days.',
      '',
      'NOTE 3 Meters should report at least hourly so that gaps stay short.',
      '',
      'EXAMPLE A meter that reports at 10:00 and 12:00 MAY be flagged as late.',
      '',
      '## Sign-off',
      '',
      'Once countersigned, the parties agree that this specification shall form the basis of the contract.',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual(['The relay SHALL store each reading for 30 days.']);
  });

  it('still reads a "Note:" that states a rule, and a rule that names the document as an object', () => {
    const md = lines(
      '# Meter Relay',
      '',
      '## Behaviour',
      '',
      'Note: the relay must reject readings dated in the future.',
      '',
      'The portal must let engineers download this specification as a PDF.',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Note: the relay must reject readings dated in the future.', 'The portal must let engineers download this specification as a PDF.']);
  });
});

describe('parts about the document or the team hold no rules', () => {
  it('a revision history, a reading guide, instructions to bidders and a team definition of done', () => {
    const md = lines(
      '# Kiln Scheduler SRS',
      '',
      '### 0.1 Revision History',
      '',
      '| Version | Date | Author | Change |',
      '|---|---|---|---|',
      '| 1.2 | 2024-03-01 | R. Amadi | Added KS-FR-7; the scheduler shall now block overlapping firings |',
      '',
      '## C.1 How to read this annex',
      '',
      'Tenderers shall answer each line with Comply or Do not comply.',
      '',
      '## Instructions to bidders',
      '',
      'Proposals must not exceed 12 pages.',
      '',
      '## Definition of Done (team working agreement)',
      '',
      '- Pull requests must be reviewed by a second engineer.',
      '',
      '## Requirements',
      '',
      '- KS-FR-7: The scheduler must block overlapping firings of one kiln.',
    );
    expect(ruleRows(md)).toEqual([['KS-FR-7', 'must', 'The scheduler must block overlapping firings of one kiln.']]);
  });

  it('keeps rules under headings that only share words: versioning, reading a meter, a story\'s definition of done', () => {
    const md = lines(
      '# Meters',
      '',
      '## API versioning',
      '',
      'Clients must send an Api-Version header.',
      '',
      '## How to read a meter',
      '',
      'The app must show the last reading before a new one is entered.',
      '',
      '## Definition of done',
      '',
      '- Refunds are issued within 5 days',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual([
      'Clients must send an Api-Version header.',
      'The app must show the last reading before a new one is entered.',
      'Refunds are issued within 5 days',
    ]);
  });
});

describe('models of formal specifications', () => {
  it('reads erDiagram comments that say nullable or list a string\'s values', () => {
    const md = lines(
      '# Kennel',
      '',
      '## Data',
      '',
      '```mermaid',
      'erDiagram',
      '  Booking {',
      '    uuid id PK',
      '    string state "held | confirmed | cancelled"',
      '    datetime checked_out_at "nullable"',
      '    int nights "max 28"',
      '    string remarks "free text | markdown allowed"',
      '  }',
      '```',
    );
    expect(modelLines(md)).toEqual(['Booking { id: string; state: "held" | "confirmed" | "cancelled"; checked_out_at: string | null; nights: number; remarks: string }']);
  });

  it('names a table\'s model after a generic label and a dash, or a bold name with a description', () => {
    const md = lines(
      '# Kennel',
      '',
      '## Data model — overview',
      '',
      'Two records are kept.',
      '',
      '### Data dictionary — KennelRun',
      '',
      '| Column | Type | Null |',
      '|---|---|---|',
      '| id | uuid | no |',
      '| closed_at | timestamp | yes |',
      '| note | text | optional |',
      '',
      '### Stays',
      '',
      '**Stay** — one per dog per visit; created at check-in.',
      '',
      '| Field | Type | Presence |',
      '|---|---|---|',
      '| id | string | required |',
      '| leftAt | datetime | optional |',
      '',
      '### Owner',
      '',
      '**Note** — phone numbers are stored as entered.',
      '',
      '| Field | Type | Notes |',
      '|---|---|---|',
      '| id | string | |',
      '| phone | string | nullable for owners who gave none |',
      '| crmRef | string | id in the legacy CRM |',
      '| faxNo | string | legacy; do not migrate |',
    );
    expect(modelLines(md)).toEqual([
      'KennelRun { id: string; closed_at: string | null; note?: string }',
      'Owner { id: string; phone: string | null; crmRef: string }',
      'Stay { id: string; leftAt?: string }',
    ]);
  });
});

describe('pages named in flows', () => {
  it('reads a workspace at a route, and a route wrapped after its preposition', () => {
    const md = lines(
      '# Grooming',
      '',
      '## Story 2',
      '',
      'Technical notes: the groomer workspace at `/groomer/visits/:visitId`; the booking form',
      'posts to `POST /api/visits` and the confirmation redirects',
      'to `/visits/:visitId`.',
    );
    expect(pageRoutes(md)).toEqual(['/groomer/visits/:visitId', '/visits/:visitId']);
  });

  it('leaves a route a job writes to, wrapped the same way', () => {
    const md = lines('# Grooming', '', '## Exports', '', 'The nightly job writes its output', 'to `/exports/daily` on the file share.');
    expect(pageRoutes(md)).toEqual([]);
  });
});
