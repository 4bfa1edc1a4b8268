/**
 * Round 19, spec-driven tools' formats: a models label whose paragraph outlines the models in its
 * indented lines (a Task Master `prd.txt` writes its architecture as plain indented text), a Shape
 * Up breadboard that lays its places side by side, and a listing of routes one a line where one
 * row's note puts it out of scope; criteria numbered `1:` (BMAD), and limits written without a
 * keyword: what is rejected or refused, a minimum that is a number, a sentence that ends in "only",
 * "Only members of the club can", "exactly one." and a duration in words.
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a models label over an indented outline in the same paragraph', () => {
  it('each unindented name under the label is a model, the lines under it its fields', () => {
    const md = lines(
      '# Kennel booking', '', '## Technical notes', '',
      'Entities:',
      '  Kennel',
      '    code: string',
      '    capacity: integer',
      '  Stay',
      '    id: uuid',
      '    kennelCode: string',
      '    state: one of booked | in | out',
      '    leftAt: date or null',
    );
    expect(modelLines(md)).toEqual([
      'Kennel { code: string; capacity: number }',
      'Stay { id: string; kennelCode: string; state: "booked" | "in" | "out"; leftAt: string | null }',
    ]);
  });

  it('a label about something else, or lines that are settings or an example payload, give no model', () => {
    const settings = lines(
      '# Kennel booking', '', '## Technical notes', '',
      'Deployment settings:',
      '  Server',
      '    port: 8080',
      '    host: "kennel.example.com"',
    );
    const example = lines(
      '# Kennel booking', '', '## Technical notes', '',
      'Example response:',
      '  Stay',
      '    id: uuid',
      '    kennelCode: string',
    );
    const notOutline = lines(
      '# Kennel booking', '', '## Technical notes', '',
      'Data models:',
      '  See https://docs.example.com/kennel/schema for the models',
      '  and src/models/stay.ts for the code.',
      '  Ask the team before changing them.',
    );
    expect(modelLines(settings)).toEqual([]);
    expect(modelLines(example)).toEqual([]);
    expect(modelLines(notOutline)).toEqual([]);
  });
});

describe('a breadboard whose places stand side by side, each underlined', () => {
  const sketch = (...rows: string[]) => lines('# Pitch: Seed swap', '', '## Solution', '', '```', ...rows, '```');

  it('each column of the first line is a place with its route, an arrow in the lines under them leads to another', () => {
    const md = sketch(
      'Catalogue (/seeds)            Seed (/seeds/:seedId)',
      '------------------            ---------------------',
      ' list of packets               packet photo',
      ' [Offer a packet] ---> offer form (/seeds/new)',
    );
    expect(pageRoutes(md)).toEqual(['/seeds', '/seeds/:seedId', '/seeds/new']);
  });

  it('an API path, a file path or a web address in a column, or a column that is no place, makes it no sketch', () => {
    const api = sketch('Catalogue (/seeds)      Seeds (/api/seeds)', '------------      ------------', ' list of packets');
    const words = sketch('Catalogue (/seeds)      see the notes', '------------      ------------', ' list of packets');
    const web = sketch('Catalogue (https://seeds.example.com/seeds)      Seed (docs/seed.md)', ' list of packets');
    expect(pageRoutes(api)).toEqual([]);
    expect(pageRoutes(words)).toEqual([]);
    expect(pageRoutes(web)).toEqual([]);
  });
});

describe('routes one a line under a screens label, one row noted out of scope', () => {
  it('the note ends with its row: the rows after it are pages', () => {
    const md = lines(
      '# Seed swap', '', '## Architecture', '',
      'Screens:',
      '  /seeds        the catalogue',
      '  /stats monthly swap figures (not in this release)',
      '  /seeds/:id    one packet',
    );
    expect(pageRoutes(md)).toEqual(['/seeds', '/seeds/:id']);
  });

  it('a sentence out of scope that wraps onto a line of prose still covers it', () => {
    const md = lines(
      '# Seed swap', '', '## Architecture', '',
      'Screens:',
      '  /seeds        the catalogue',
      '  Out of scope for now: the stats page and',
      '  its export at /stats/export.',
    );
    expect(pageRoutes(md)).toEqual(['/seeds']);
  });
});

describe('acceptance criteria numbered with a colon (`1: …`)', () => {
  it('each line under a criteria heading is a rule, its number no id', () => {
    const md = lines(
      '# Tool library', '', '## Story 4.1 Borrow a drill', '', '#### Acceptance Criteria', '',
      '1: `POST /api/loans` opens a loan for the member.',
      '2: The member sees the return date on the loan page.',
    );
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'POST /api/loans opens a loan for the member.'],
      [undefined, 'must', 'The member sees the return date on the loan page.'],
    ]);
  });

  it('a time of day or numbered lines outside requirements state no rule', () => {
    const times = lines('# Tool library', '', '## Opening day', '', '10:30 Doors open at the hall.', '11:00 Talk by the founders.');
    const notes = lines('# Tool library', '', '## Notes', '', '1: The hall has two rooms.', '2: Parking is behind the hall.');
    expect(ruleRows(times)).toEqual([]);
    expect(ruleRows(notes)).toEqual([]);
  });
});

describe('limits written without a requirement keyword', () => {
  const rulesOf = (...body: string[]) => ruleRows(lines('# Tool library', '', '## How lending works', '', ...body)).map((r) => r[2]);

  it('what is rejected or refused, a minimum that is a number, a sentence ending in "only", members of a group who only can, exactly one, a duration in words', () => {
    expect(rulesOf('- A second loan of the same drill by one member is rejected.')).toEqual(['A second loan of the same drill by one member is rejected.']);
    expect(rulesOf('- Returns are refused when the tool is missing a part.')).toEqual(['Returns are refused when the tool is missing a part.']);
    expect(rulesOf('- Minimum deposit is 20 EUR per tool.')).toEqual(['Minimum deposit is 20 EUR per tool.']);
    expect(rulesOf('- A loan card is valid for one tool only.')).toEqual(['A loan card is valid for one tool only.']);
    expect(rulesOf('Only members of the club can reserve a tool.')).toEqual(['Only members of the club can reserve a tool.']);
    expect(rulesOf('- Every loan has exactly one borrower.')).toEqual(['Every loan has exactly one borrower.']);
    expect(rulesOf('- After fourteen days the loan is marked overdue.')).toEqual(['After fourteen days the loan is marked overdue.']);
  });

  it('a question, what is the case today, or a word that only holds "only" states none', () => {
    expect(rulesOf('- Should a loan be rejected when the member owes a fee?')).toEqual([]);
    expect(rulesOf('- Today about a third of returns are refused at the desk.')).toEqual([]);
    expect(rulesOf('- The only tools we lend are hand tools and drills.')).toEqual([]);
    expect(rulesOf('- Keep this page short, the first release only.')).toEqual([]);
    expect(rulesOf('Ana is a carpenter who has been lending tools for eight months.')).toEqual([]);
    expect(rulesOf('The kiosk runs on the library network only.')).toEqual([]);
    expect(rulesOf('- Members borrow tools for their own projects.')).toEqual([]);
  });
});

describe('field types: codes of one or two capitals in code marks, "or null" with when it is', () => {
  it('`S` | `M` | `L` is a union of codes; "string or null when …" a nullable string', () => {
    const md = lines(
      '# Tool library', '', '## Data', '', '**Shelf**', '',
      '- `id`: string',
      '- `bay`: `A` | `B` | `EU`',
      '- `toolId`: string or null when the shelf is empty',
    );
    expect(modelLines(md)).toEqual(['Shelf { id: string; bay: "A" | "B" | "EU"; toolId: string | null }']);
  });

  it('model names in code marks are no codes, and "or null" with no clause after it stays as it was', () => {
    const md = lines(
      '# Tool library', '', '## Data', '', '**Shelf**', '',
      '- `id`: string',
      '- `holder`: `Member` | `Staff`',
      '- `note`: string or null',
    );
    const [shelf] = modelLines(md);
    expect(shelf).not.toContain('"Member"');
    expect(shelf).toContain('note: string | null');
  });
});
