/**
 * Models as product-management tools export them (a sixteenth round of reading, held-out PRDs of
 * Jira, Linear, Google Docs, Productboard, Confluence and tickets): bold labels whose colon is
 * inside the bold, field lists that wrap over the lines of a paragraph, bold lines as a word
 * processor's headings, and a TypeScript block of fields under name comments. Each rule has its
 * negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/parse.js';
import { apiLines, lines, modelLines, pageRoutes } from '../testing/extract.js';

describe('a bold model line of a paragraph', () => {
  it('reads the colon inside the bold (`**Visit:** …`) and a list that wraps onto the next lines', () => {
    const md = lines(
      '# Kennel', '', '## Data', '',
      '**Visit:** `id` (uuid), `petId` (uuid), `vetId` (uuid),',
      '`kind` (`checkup` / `surgery`), `notes` (string, optional)', '',
      '**Kennel** — `id` (uuid), `label` (string),',
      '`heated` (boolean).',
    );
    expect(modelLines(md)).toEqual([
      'Kennel { id: string; label: string; heated: boolean }',
      'Visit { id: string; petId: string; vetId: string; kind: "checkup" | "surgery"; notes?: string }',
    ]);
  });

  it('reads a note in parentheses between the name and its list (`**Pet** (existing) — …`)', () => {
    const md = lines('# Kennel', '', '## Data model', '', '**Pet** (existing, one new field) — `chipNumber` (string, nullable), `weightKg` (decimal).');
    expect(modelLines(md)).toEqual(['Pet { chipNumber: string | null; weightKg: number }']);
  });

  it('a bold label with its colon inside heads a list of words, not a model, unless a name is written as code writes it', () => {
    const md = lines(
      '# Budget', '', '## Data', '',
      '- **Groceries:** Weekly Shop, Fuel, Dining Out,',
      '  Hobbies, Kids, etc.',
      '**Owner:** Dana Whitfield, Product, Berlin',
    );
    expect(modelLines(md)).toEqual([]);
  });

  it('a wrapped prose line ending in a comma does not pull the next model line into its list', () => {
    const md = lines(
      '# Kennel', '', '## Data', '',
      '**Owner** — `id` (uuid), `email` (string),',
      '**Pet** — `id` (uuid), `ownerId` (uuid)',
    );
    expect(modelLines(md)).toEqual(['Owner { id: string; email: string }', 'Pet { id: string; ownerId: string }']);
  });
});

describe('a word processor\'s export: bold lines are its headings', () => {
  const doc = lines(
    '**Tidepool — Booking Desk**', '',
    '**Product Requirements Document**', '',
    '**1. Summary**', '', 'Front-desk staff book pool lanes for swim clubs.', '',
    '**We will not build a member app in this release.**', '',
    '**Acceptance notes:**', '', '- Lanes are booked per hour.', '',
    '**3. Data model**', '',
    '**3.1 LaneBooking**', '',
    '| Field | Type | Notes |', '|---|---|---|',
    '| id | UUID | |', '| laneNo | Integer | |', '| size | Enum: small, each, all | |', '| startsAt | Timestamp, nullable | |',
  );

  it('reads short bold lines as headings, numbered ones at their key\'s level, and a fields table under one as its model', () => {
    const heads = parsePrd(doc, 'x.md').sections.filter((s) => s.heading !== '').map((s) => [s.level, s.heading]);
    expect(heads).toEqual([
      [1, 'Tidepool — Booking Desk'],
      [2, 'Product Requirements Document'],
      [2, '1. Summary'],
      [2, '3. Data model'],
      [3, '3.1 LaneBooking'],
    ]);
    expect(modelLines(doc)).toEqual(['LaneBooking { id: string; laneNo: number; size: "small" | "each" | "all"; startsAt: string | null }']);
  });

  it('a bold line is no heading where the document has Markdown headings, nor a bold sentence or a label that ends in a colon', () => {
    const md = lines('# Tidepool', '', '## Notes', '', '**3.1 LaneBooking**', '', 'Lanes are booked per hour.');
    expect(parsePrd(md, 'x.md').sections.map((s) => s.heading)).toEqual(['Tidepool', 'Notes']);
  });

  it('an enum of words that open phrases keeps them as values after the first, not as its first', () => {
    const md = lines(
      '# Tidepool', '', '## Data model', '', '### Lane', '',
      '| Field | Type | Notes |', '|---|---|---|',
      '| id | uuid | |', '| scope | string | one of these, or none |',
    );
    expect(modelLines(md)).toEqual(['Lane { id: string; scope: string }']);
  });
});

describe('a TypeScript block of fields under name comments', () => {
  it('reads each `// Name` comment and the members under it as a model', () => {
    const md = lines(
      '# Ledger', '', '## Models', '', '```ts',
      '// Account', 'id: string          // uuid', 'currency: "EUR" | "USD"', 'closedAt: string | null', 'nickname?: string', '',
      '// Posting', 'id: string', 'accountId: string', 'amountMinor: number', '```',
    );
    expect(modelLines(md)).toEqual([
      'Account { id: string; currency: "EUR" | "USD"; closedAt: string | null; nickname?: string }',
      'Posting { id: string; accountId: string; amountMinor: number }',
    ]);
  });

  it('an example object, settings or such a block outside a data section are no models', () => {
    const example = lines('# Ledger', '', '## Models', '', '```ts', '// Example', 'id: "acc_1",', 'currency: "EUR",', '```');
    const settings = lines('# Ledger', '', '## Models', '', '```ts', '// Config', 'port: 8080', 'host: "db"', '```');
    const elsewhere = lines('# Ledger', '', '## Rollout', '', '```ts', '// Account', 'id: string', 'currency: string', '```');
    expect([...modelLines(example), ...modelLines(settings), ...modelLines(elsewhere)]).toEqual([]);
  });
});

describe('field notes of a model line', () => {
  it('"null until …" makes a field nullable; code-marked words beside a type word (`email` | `push`) are values', () => {
    const md = lines('# Ledger', '', '## Data', '', '`Payout` — `id` (uuid), `paidAt` (timestamp, null until the bank confirms), `via` (`email` | `push`), `amount` (`int` | `float`).');
    expect(modelLines(md)).toEqual(['Payout { id: string; paidAt: string | null; via: "email" | "push"; amount: number }']);
  });

  it('a union of core type words stays a type', () => {
    const md = lines('# Ledger', '', '## Data', '', '`Entry` — `id` (uuid), `ref` (`string` | `uuid`), `note` (text, nullable)');
    expect(modelLines(md)).toEqual(['Entry { id: string; ref: string; note: string | null }']);
  });
});

describe('pages a story or sketch lists', () => {
  it('a singular `Page:` that lists routes, each with its note, gives each; one route and a pointer to another gives one', () => {
    const md = lines('# Shop', '', '## Story', '', '- Page: `/cart` (summary) and `/cart/checkout` (payment step).', '- Page: `/help` — see also `/help/faq` for answers');
    expect(pageRoutes(md)).toEqual(['/cart', '/cart/checkout', '/help']);
  });

  it('a breadboard place an affordance leads to by an arrow is a page; an API call or an arrow to no route is none', () => {
    const md = lines(
      '# Shop', '', '## Breadboard', '', '```',
      'Cart (/cart)',
      '  [Pay] ──▶ Receipt (/orders/:orderId/receipt)',
      '  [Save] → POST (/api/carts/:id)',
      '  [Back] → Cart',
      'Orders (/orders)',
      '  list of orders',
      '```',
    );
    expect(pageRoutes(md)).toEqual(['/cart', '/orders', '/orders/:orderId/receipt']);
  });
});

describe('a toggle (`<details>`) whose summary puts its content out of scope', () => {
  it('names nothing to build inside it; after it closes, and in a toggle with any other summary, routes count', () => {
    const md = lines(
      '# Lending', '', '## API', '',
      '- `POST /api/loans`', '',
      '<details>', '<summary>⛔ Out of scope for v1 — do not build</summary>', '',
      '- `POST /api/fines/{loanId}/waive` — handled at the desk for now.', '',
      '</details>', '',
      '<details>', '<summary>More endpoints</summary>', '',
      '- `GET /api/loans/{loanId}`', '',
      '</details>', '',
      '- `DELETE /api/loans/{loanId}`',
    );
    expect(apiLines(md)).toEqual(['DELETE /api/loans/:loanId', 'GET /api/loans/:loanId', 'POST /api/loans']);
  });
});
