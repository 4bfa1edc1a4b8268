/**
 * Round 22: a Google Docs export's backslash escapes (`order\_id`, `done\.`, `\{id\}`) read as
 * CommonMark reads them; models a sentence introduces by their bold name ("Each **Shipment** row
 * has id (uuid), …", "A **Parcel** has:" over a list under a heading that names another); a plain
 * item's "one of" values; "may be empty when …" on a date.
 */
import { describe, expect, it } from 'vitest';
import { unescapeText } from '../prd/index.js';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('backslash escapes', () => {
  it('reads an exported document as its unescaped equivalent, line for line', () => {
    const md = lines(
      '# 1\\. Overview',
      '',
      'Growers re\\-type orders by e\\-mail\\. This is slow\\.',
      '',
      '## 2\\. Data',
      '',
      '### Crate',
      '',
      '| Field | Type | Notes |',
      '| :---- | :---- | :---- |',
      '| crate\\_id | text | e\\.g\\. `CR\\-9` |',
      '| packed\\_on | date | may be empty when not yet packed |',
      '',
      '## 3\\. API',
      '',
      'All endpoints live under `/api/v2`\\.',
      '',
      '| Method | Path |',
      '| :---- | :---- |',
      '| GET | /crates/\\{crate\\_id\\} |',
      '| POST | /crates/\\{crate\\_id\\}/seal |',
      '',
      '## 4\\. Screens',
      '',
      '* Crate list – `/crates`',
      '* Crate page – `/crates/\\{crate\\_id\\}`',
    );
    expect(apiLines(md)).toEqual(['GET /api/v2/crates/:crate_id', 'POST /api/v2/crates/:crate_id/seal']);
    expect(modelLines(md)).toEqual(['Crate { crate_id: string; packed_on: string | null }']);
    expect(pageRoutes(md)).toEqual(['/crates', '/crates/:crate_id']);
    const text = unescapeText(md);
    expect(text.split('\n')).toHaveLength(md.split('\n').length);
    expect(text).toContain('# 1. Overview');
    expect(text).toContain('`/crates/{crate_id}`');
  });

  it('keeps escapes that hold structure, code, and a document that only escapes where it must', () => {
    const md = lines(
      '1\\. is not a list item',
      '\\- nor is this',
      '\\# nor a heading',
      'a \\*star\\* and \\_under\\_ and a \\| bar and C:\\\\temp',
      'snake\\_case is fine',
      '`C:\\path\\_x` stays',
      '',
      '```',
      'const re = /a\\.b\\_c/;',
      '```',
      '',
      '    indented\\_code\\.x',
    );
    const text = unescapeText(md).split('\n');
    expect(text[0]).toBe('1\\. is not a list item');
    expect(text[1]).toBe('\\- nor is this');
    expect(text[2]).toBe('\\# nor a heading');
    expect(text[3]).toBe('a \\*star\\* and \\_under\\_ and a \\| bar and C:\\\\temp');
    expect(text[4]).toBe('snake_case is fine');
    // One needless escape is no export: a code span keeps its backslashes.
    expect(text[5]).toBe('`C:\\path\\_x` stays');
    expect(text[8]).toBe('const re = /a\\.b\\_c/;');
    expect(text[11]).toBe('    indented\\_code\\.x');
  });

  it('leaves a document with no backslash as it is', () => {
    const md = '# A\n\nplain text\n';
    expect(unescapeText(md)).toBe(md);
  });

  it('keeps CRLF line ends', () => {
    expect(unescapeText('# A\r\n\r\nstatus\\_code here\\.\r\n')).toBe('# A\r\n\r\nstatus_code here.\r\n');
  });
});

describe('models a sentence introduces by a bold name', () => {
  it('reads "Each **Name** row has a, b (type) and c" with no colon', () => {
    const md = lines('# Depot', '', '## Storage', '', 'Each **Bin** row has bin_id (text), aisle (integer), capacity_kg (integer) and sealed (boolean).', '', 'An **Aisle** has aisle_no (integer), zone_code (text) and heated (boolean).');
    expect(modelLines(md)).toEqual(['Aisle { aisle_no: number; zone_code: string; heated: boolean }', 'Bin { bin_id: string; aisle: number; capacity_kg: number; sealed: boolean }']);
  });

  it('reads no model from a sentence that says what a bold thing has in words', () => {
    const md = lines('# Depot', '', '## Storage', '', 'Each **Bin** has a label, a place in an aisle and a weight limit.', '', 'The **Manager** has access to every aisle, dock and office.');
    // The bold names may be read as entities; what they have in words is no field.
    expect(modelLines(md).every((l) => l.endsWith('{  }'))).toBe(true);
  });

  it('names a list after "A **Name** has:" even under a heading that names another model', () => {
    const md = lines('# Depot', '', '## Booking data', '', 'A **DockSlot** has:', '', '* slot_id – text', '* state – one of free, held, booked', '* starts_at – timestamp', '* released_at – date, may be empty until it is released');
    expect(modelLines(md)).toEqual(['DockSlot { slot_id: string; state: "free" | "held" | "booked"; starts_at: string; released_at: string | null }']);
  });

  it('keeps "one of" a phrase, not values, and "may be empty" of text not null', () => {
    const md = lines('# Depot', '', '## Data model', '', 'A **Bin** has:', '', '* bin_id – text', '* owner – one of the managers', '* label – text, may be empty when not printed');
    expect(modelLines(md)).toEqual(['Bin { bin_id: string; label: string }']);
  });
});

describe('nothing else moves', () => {
  it('reads the rules and pages of an escaped list as written', () => {
    const md = lines('# Shop', '', '## Rules', '', '1. An order needs one line\\.', '2. A refund must not exceed the order total\\.', '', '## Screens', '', '* Cart – `/cart`');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['An order needs one line.', 'A refund must not exceed the order total.']);
    expect(pageRoutes(md)).toEqual(['/cart']);
  });
});

describe('an old route in a sentence that says it is not migrated', () => {
  it('leaves out a route named by a sentence that wraps onto a line saying it is not being migrated', () => {
    const md = lines(
      '# Labels',
      '',
      '## API',
      '',
      '- `GET /api/items`',
      '',
      'There is no delete for annotations; a wrong one is rejected in review',
      'instead. (The old prototype had `DELETE /annotations/<id>`; that code sits in',
      '`legacy/prototype/` and is not being migrated.)',
      '',
      'The old importer (`POST /api/import/csv`) is not migrated.',
    );
    expect(apiLines(md)).toEqual(['GET /api/items']);
  });

  it('keeps a route the line names before the sentence that is not migrated starts', () => {
    const md = lines(
      '# Labels',
      '',
      '## API',
      '',
      'Items come from `GET /api/items`. The old prototype also had a bulk export that',
      '`legacy/export.py` holds and is not being migrated.',
      '',
      'Reviews are saved with `PATCH /api/annotations/:id/review`; the migrated rows keep their ids.',
    );
    expect(apiLines(md)).toEqual(['GET /api/items', 'PATCH /api/annotations/:id/review']);
  });
});

describe('the document\'s own parts below', () => {
  it('takes "Every section below must be filled in" as guidance, "Every order below 10 EUR must …" as a rule', () => {
    const md = lines('# X', '', '## Rules', '', '- Every section below must be filled in before the week 4 check-in.', '- Every order below 10 EUR must be paid by card.', '- All requirements here must be numbered.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Every order below 10 EUR must be paid by card.']);
  });
});

describe('pages a narrative names', () => {
  it('reads the home page named with its root route, and settings that live at a route after a note in parentheses', () => {
    const md = lines(
      '# Leafbox',
      '',
      '## How a customer gets in',
      '',
      'A visitor lands on the home page (`/`) and clicks "Start", which takes them to the quiz at `/quiz`.',
      '',
      'Logged-in customers see their next box. Plan settings (ship day, pause, cancel) live at',
      '`/account/plan`.',
    );
    expect(pageRoutes(md)).toEqual(['/', '/account/plan', '/quiz']);
  });

  it('leaves the root alone when it is no home page, and a note in parentheses that holds an API path', () => {
    const md = lines(
      '# Leafbox',
      '',
      '## Flow',
      '',
      'The API root (`/`) returns the version. The status page of our vendor (https://status.example.com/) is linked.',
      '',
      'The settings (stored by `PUT /api/settings`) live at https://docs.example.com/settings.',
    );
    expect(pageRoutes(md)).toEqual([]);
    expect(apiLines(md)).toEqual(['PUT /api/settings']);
  });
});
