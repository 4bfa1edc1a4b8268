/**
 * Misses found by a sixteenth round of reading (held-out probe sets of messy real-world PRDs and of
 * ORM and schema notations): paths written beside a stated prefix, not under it; a field's note
 * that excludes something else; role words that are also things' names; records shown only to be
 * left behind. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, ruleRows } from '../testing/extract.js';
import { listOf } from './field-types.js';
import { findPaths } from './paths.js';


describe('a path written from the root beside a stated prefix keeps its own root', () => {
  it('a path that opens with the prefix\'s first segment, or names another version, is not put under the prefix', () => {
    const md = lines(
      '# Dockyard', '', '## API', '',
      'Base path for the crew app: `/api/crew`.', '',
      '- `GET /api/crew/shifts`',
      '- `GET /shifts/{shiftId}/roster`',
      '- `GET /api/open/boards/{boardCode}` — no auth, for the wall screen',
    );
    expect(apiLines(md)).toEqual(['GET /api/crew/shifts', 'GET /api/crew/shifts/:shiftId/roster', 'GET /api/open/boards/:boardCode']);
  });

  it('under a versioned prefix, another version\'s path stays as written; a relative path still takes the prefix', () => {
    const md = lines(
      '# Tackle', '', '## Endpoints', '',
      'Base path `/api/v3`.', '',
      '| Method | Path | Replaces |', '|---|---|---|',
      '| GET | `/lures/{lureId}` | |',
      '| GET | `/v2/lures/{id}/stock` | |',
    );
    expect(apiLines(md)).toEqual(['GET /api/v3/lures/:lureId', 'GET /v2/lures/:id/stock']);
  });
});

describe('"excluded" marks a route or row out of scope only when it is said of that line', () => {
  it('keeps a field whose note excludes something else ("pauses excluded")', () => {
    const md = lines(
      '# Paddle', '', '## Data', '', '### Outing', '',
      '| Field | Type | Notes |', '|---|---|---|',
      '| id | uuid | |',
      '| paddleSec | integer | moving time, rests excluded |',
      '| distanceM | float | |',
    );
    expect(modelLines(md)).toEqual(['Outing { id: string; paddleSec: number; distanceM: number }']);
  });

  it('still drops a route marked "(excluded)", "— excluded", "is excluded" or "excluded from the MVP"', () => {
    const md = lines(
      '# Paddle', '', '## API', '',
      '- `GET /api/outings`',
      '- `GET /api/outings/export` (excluded)',
      '- `GET /api/outings/map` — excluded',
      '- `GET /api/outings/heatmap` is excluded for now',
      '- `GET /api/outings/gpx` excluded from the MVP',
    );
    expect(apiLines(md)).toEqual(['GET /api/outings']);
  });

  it('"not carried over" and "not ported" put a route out of scope', () => {
    const md = lines(
      '# Paddle', '', '## API', '',
      '- `GET /api/v2/outings`',
      '', '**Not carried over:** `GET /api/v1/outings/{id}/kml` (clients render their own).',
      '', '- `GET /api/v1/outings/feed` is not ported to v2.',
    );
    expect(apiLines(md)).toEqual(['GET /api/v2/outings']);
  });
});

describe('a role word alone is a name: `### Collection`, `### Resource`', () => {
  it('reads a field table under `### Collection` as the model Collection', () => {
    const md = lines(
      '# Looms', '', '## Resources', '', '### Collection', '',
      '| Field | Type |', '|---|---|', '| `id` | uuid |', '| `title` | string |', '| `patternCount` | integer |',
    );
    expect(modelLines(md)).toEqual(['Collection { id: string; title: string; patternCount: number }']);
  });

  it('a role word after a name is still no part of it (`Pattern collection`)', () => {
    const md = lines(
      '# Looms', '', '## Data', '', '### Pattern collection', '',
      '| Field | Type |', '|---|---|', '| `id` | uuid |', '| `name` | string |',
    );
    expect(modelLines(md)).toEqual(['Pattern { id: string; name: string }']);
  });
});

describe('a JSON record the lead-in says is left behind is no model', () => {
  it('skips an old shape "we are not porting", keeps the model\'s table', () => {
    const md = lines(
      '# Looms', '', '## Data', '', '### Pattern', '',
      '| Field | Type |', '|---|---|', '| `id` | uuid |', '| `name` | string |', '',
      'The v1 pattern looked like this, and we are **not** porting it:', '',
      '```json', '{ "pattern_id": 4, "Name": "Herringbone", "yarn_kg": 2 }', '```',
    );
    expect(modelLines(md)).toEqual(['Pattern { id: string; name: string }']);
  });

  it('a sample led in plainly still gives the model', () => {
    const md = lines(
      '# Looms', '', '## Data', '', '### Yarn', '',
      'The catalogue sends this for each yarn:', '',
      '```json', '{ "id": "y_1", "weightG": 100, "wool": true }', '```',
    );
    expect(modelLines(md)).toEqual(['Yarn { id: string; weightG: number; wool: boolean }']);
  });
});

describe('a story under a heading that opens with its id is the requirement that id names', () => {
  it('`### TKT-4 Transfer a ticket` over "As a fan, I want …": the story is rule TKT-4, its criteria rules of their own', () => {
    const md = lines(
      '# Turnstile', '', '## Stories', '', '### TKT-4 Transfer a ticket', '',
      'As a fan, I want to pass my ticket to a friend so that the seat is not wasted.', '',
      'Acceptance criteria:', '- A ticket can be transferred at most twice.', '- Transfers close 2 hours before the gates open.', '',
      '### TKT-5: Resell a ticket', '',
      'As a fan, I want to resell a ticket at face value',
      'so that I get my money back.',
    );
    expect(ruleRows(md)).toEqual([
      ['TKT-4', 'must', 'As a fan, I want to pass my ticket to a friend so that the seat is not wasted.'],
      [undefined, 'must', 'A ticket can be transferred at most twice.'],
      [undefined, 'must', 'Transfers close 2 hours before the gates open.'],
      ['TKT-5', 'must', 'As a fan, I want to resell a ticket at face value so that I get my money back.'],
    ]);
  });

  it('a story under a heading without an id, a story that asks, and prose under an id heading are no such rule', () => {
    const md = lines(
      '# Turnstile', '', '## Stories', '', '### Transfer a ticket', '',
      'As a fan, I want to pass my ticket to a friend so that the seat is not wasted.', '',
      '### TKT-6 Group bookings', '',
      'As an organiser, could I book ten seats at once?', '',
      '### TKT-7 Season passes', '',
      'Season passes were sold on paper until 2023.',
    );
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a changelog item that opens with "Removed", and a route struck through, are not to be built', () => {
  it('drops `- **Removed** `POST …``, `Dropped: /beta` and `~~`DELETE …`~~`; keeps "Added" and a route that removes things', () => {
    const md = lines(
      '# Quire', '', '## Changelog', '',
      '- **Added** `POST /api/v2/notebooks/{id}/pages` for bulk import.',
      '- **Removed** `POST /api/v1/notebooks/{id}/share` — superseded by links.',
      '- Dropped: `GET /api/v2/notebooks/{id}/pdf` from this release.',
      '', '## API', '',
      '1. `GET /api/v2/notebooks`',
      '2. ~~`DELETE /api/v2/notebooks/{id}`~~ — cut in review.',
      '3. `DELETE /api/v2/notebooks/{id}/pages/{pageId}` — removes a page; the Removed pages list shows it for 30 days.',
    );
    expect(apiLines(md)).toEqual(['DELETE /api/v2/notebooks/:id/pages/:pageId', 'GET /api/v2/notebooks', 'POST /api/v2/notebooks/:id/pages']);
  });

  it('a call to a service "we call, not build" is not one of ours; "we build, not buy" still is', () => {
    const md = lines(
      '# Quire', '', '## API', '',
      '- `GET /api/notebooks`', '',
      'Things we call, not build: spell checking (`POST /v4/check` on `api.spellbox.example`).', '',
      'Search we build, not buy: `GET /api/search`.',
    );
    expect(apiLines(md)).toEqual(['GET /api/notebooks', 'GET /api/search']);
  });
});

describe('limits written as "limited to", "expires N minutes after", and lists that name endpoints', () => {
  it('reads the limits as rules; an item that opens with "List endpoints return…" is no guidance', () => {
    const md = lines(
      '# Quire', '', '## Conventions', '',
      '- Each token is limited to 20 uploads per minute; above that the API returns 429.',
      '- Every token is capped at 5 parallel exports.',
      '', 'A share link expires 30 minutes after it was created.', '',
      '## Rules', '',
      '1. List endpoints return at most 50 notebooks per page.',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual([
      'Each token is limited to 20 uploads per minute; above that the API returns 429.',
      'Every token is capped at 5 parallel exports.',
      'A share link expires 30 minutes after it was created.',
      'List endpoints return at most 50 notebooks per page.',
    ]);
  });

  it('guidance to list things, a sentence about what limited means, and a past expiry are no rules', () => {
    const md = lines(
      '# Quire', '', '## Conventions', '',
      'List the endpoints and items each team owns in this section.', '',
      'Our beta was limited in scope and reach.', '',
      'The old share links expired after a week, which users disliked.',
    );
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a requirement struck through with a note of why is deleted', () => {
  it('drops `~~**REQ-9** …~~ — withdrawn in rev 2`; keeps a rule that only mentions a struck word', () => {
    const md = lines(
      '# Quire', '', '## Requirements', '',
      '- **REQ-8** THE SYSTEM SHALL keep 30 days of page history.',
      '- ~~**REQ-9** printing from the reader~~ — withdrawn in rev 2; browsers print well enough.',
      '- **REQ-10** THE SYSTEM SHALL show ~~old~~ prices struck through during a sale.',
    );
    expect(ruleRows(md)).toEqual([
      ['REQ-8', 'must', 'THE SYSTEM SHALL keep 30 days of page history.'],
      ['REQ-10', 'must', 'THE SYSTEM SHALL show ~~old~~ prices struck through during a sale.'],
    ]);
  });
});

describe('a limit written "more than N hours before"', () => {
  it('is a rule under a story; "more than 3 people" with no time is not read so', () => {
    const md = lines(
      '# Quire', '', '## Stories', '', '**ST-2 Cancel.** As a member I want to cancel a booking.', '',
      '- Bookings cancelled more than 48 hours ahead are refunded in full.', '',
      'More than 3 people asked for this in the survey.',
    );
    const texts = ruleRows(md).map((r) => r[2]);
    expect(texts).toContain('Bookings cancelled more than 48 hours ahead are refunded in full.');
    expect(texts.filter((t) => t.includes('survey'))).toEqual([]);
  });
});

describe('Mongoose: a path with a default always holds a value', () => {
  it('`default: x` is not optional, `default: null` holds null; a path with neither nor `required` stays optional', () => {
    const md = lines(
      '# Kennel', '', '## Data', '', '```js',
      'const DogSchema = new Schema({',
      "  name:     { type: String, required: true },",
      "  size:     { type: String, enum: ['s', 'm', 'l'], default: 'm' },",
      '  tags:     { type: [String], default: [] },',
      '  adoptedAt:{ type: Date, default: null },',
      '  nickname: { type: String },',
      '});', '```',
    );
    expect(modelLines(md)).toEqual(['Dog { name: string; size: "s" | "m" | "l"; tags: string[]; adoptedAt: string | null; nickname?: string }']);
  });
});

describe('two places that type one field: the one that says more of the same values wins, with no conflict', () => {
  it('a table\'s "Null?" column and notes refine a diagram\'s plain types', () => {
    const md = lines(
      '# Kennel', '', '## Data', '', '```mermaid', 'erDiagram',
      '    Dog {', '        uuid id PK', '        string bio', '        string status', '        int age', '    }', '```', '',
      '| Entity | Field | Type | Null? | Notes |', '|---|---|---|---|---|',
      '| Dog | bio | text | yes | |',
      '| Dog | status | enum | no | one of `new`, `adopted` |',
      '| Dog | age | text | no | |',
    );
    expect(modelLines(md)).toEqual(['Dog { id: string; bio: string | null; status: "new" | "adopted"; age: number }']);
  });
});

describe('zod: a list of an enum is a list of the union', () => {
  it('parenthesises a union before []', () => {
    expect(listOf('"sms" | "push"')).toBe('("sms" | "push")[]');
    expect(listOf('string')).toBe('string[]');
    const md = lines(
      '# Kennel', '', '## Data', '', '```ts',
      'export const OwnerSchema = z.object({',
      "  contactBy: z.array(z.enum(['sms', 'email'])),",
      '  names: z.string().array(),',
      '});', '```',
    );
    expect(modelLines(md)).toEqual(['Owner { contactBy: ("sms" | "email")[]; names: string[] }']);
  });
});

describe('SQL: a column\'s constraint written on the line under it belongs to that column', () => {
  it('reads `CHECK (x IN (…))` under its column as the union; a table-level CHECK after a comma stays the table\'s', () => {
    const md = lines(
      '# Kennel', '', '## Data', '', '```sql',
      'CREATE TABLE dogs (',
      '  id      uuid PRIMARY KEY,',
      "  size    text NOT NULL DEFAULT 'm'",
      "          CHECK (size IN ('s', 'm', 'l')),",
      '  age     integer, -- in months',
      "  CHECK (age IN ('1', '2'))",
      ');', '```',
    );
    expect(modelLines(md)).toEqual(['Dog { id: string; size: "s" | "m" | "l"; age: number | null }']);
  });
});

describe('an HTML closing tag is no path', () => {
  it('finds /rota in `<code>/rota</code>`, not /code; a path after a space or a backtick still counts', () => {
    expect(findPaths('• <code>/rota/:slotId</code> – details<br>').map((p) => p.path)).toEqual(['/rota/:slotId']);
    expect(findPaths('see /rota and `/rota/new`').map((p) => p.path)).toEqual(['/rota', '/rota/new']);
  });
});
