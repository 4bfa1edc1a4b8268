/**
 * Round 26: everyday English models and scope — a heading that asks what one thing holds, a sentence
 * that lists the stored things by name, bold names after "stores:", a bold name described in plain
 * words, a caption "Bike record as …:", a bold caption with a long note, an outline field whose name
 * overruns its column, a TypeScript union over lines, a declaration a comment calls a payload, an id
 * titling a Given/When/Then scenario, a struck-through heading, "are parked", "not in this slice",
 * and a partner's host the PRD says it calls.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedModels, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const names = (md: string) => mergedModels(md).map((m) => m.name).sort();

describe('models named in everyday sentences', () => {
  it('reads "What a licence holds" as the Licence model with its field list', () => {
    const md = lines('# Licences', '', '## What a licence holds', '', '- `licenceNumber`: string', '- `validFrom`: date', '- `concession`: boolean');
    expect(modelLines(md)).toEqual(['Licence { licenceNumber: string; validFrom: string; concession: boolean }']);
  });

  it('reads no model from a heading that asks what a page or a user does', () => {
    expect(names(lines('# X', '', '## What a user sees', '', '- `title`: string', '- `body`: string'))).toEqual([]);
    expect(names(lines('# X', '', '## What we store', '', 'Very little: we keep logs for a week.'))).toEqual([]);
  });

  it('reads a sentence that only lists names in a data section as those models', () => {
    expect(names(lines('# X', '', '## What we store', '', 'Vendor, Enquiry, Quote and Review. Couples live in the auth service.'))).toEqual(['Enquiry', 'Quote', 'Review', 'Vendor']);
    expect(names(lines('# X', '', '## Data notes', '', 'FaultReport, Station and RebalanceTask are stored too; fields come later.'))).toEqual(['FaultReport', 'RebalanceTask', 'Station']);
  });

  it('reads no models from a list of stores, of people, or outside a data section', () => {
    expect(names(lines('# X', '', '## Where data lives', '', 'Postgres, Redis and S3.'))).toEqual([]);
    expect(names(lines('# X', '', '## Team', '', 'Alice, Bob and Carol.'))).toEqual([]);
    expect(names(lines('# X', '', '## Data', '', 'Alice, Bob and Carol met on Monday to review it.'))).toEqual([]);
  });

  it('reads the bold names after "stores:", over wrapped lines, and not the bold in later sentences', () => {
    const md = lines(
      '# Licences',
      '',
      '## Overview',
      '',
      'Other things the service stores: **Angler** (the person), **LicenceType** (code, name, prices per',
      'duration) and **CatchReturn** (licence, river, species). **Warden** accounts live in the SSO.',
    );
    expect(names(md)).toEqual(['Angler', 'CatchReturn', 'LicenceType']);
  });

  it('reads a bold name described in plain words in a data section, not a data topic nor outside data', () => {
    const md = lines('# X', '', '## Data', '', '**Induction**: which member, which category, the date it was given and the steward.', '', '**Retention**: orders for 2 years, invoices for 7, logs for 30 days.');
    expect(names(md)).toEqual(['Induction']);
    expect(names(lines('# X', '', '## Goals', '', '**Speed**: fewer clicks, fewer screens, fewer calls.'))).toEqual([]);
  });

  it('reads a caption "Bike record as the control room sees it:" and a bold caption with a long note over a table', () => {
    const table = ['', '| Field | Type |', '|---|---|', '| id | string |', '| wardId | string |'];
    expect(modelLines(lines('# X', '', '## Data notes', '', 'Bike record as the control room sees it:', ...table))).toEqual(['Bike { id: string; wardId: string }']);
    expect(modelLines(lines('# X', '', '## Data', '', '**Shift** (table `shift`, a mirror of the rota system, read-only for users)', ...table))).toEqual(['Shift { id: string; wardId: string }']);
  });

  it('reads no caption from a sentence that is not about a record', () => {
    const table = ['', '| Field | Type |', '|---|---|', '| id | string |', '| wardId | string |'];
    expect(names(lines('# X', '', '## Data notes', '', 'Nothing about these columns is final, as the control room sees it:', ...table))).toEqual([]);
  });
});

describe('fields in code', () => {
  it('reads an outline field whose long name leaves one space before its type', () => {
    const md = lines('# X', '', '## What we store', '', '```', 'Quote', '  id            uuid', '  amountPence   int', '  declineReason text, nullable', '```');
    expect(modelLines(md)).toEqual(['Quote { id: string; amountPence: number; declineReason: string | null }']);
  });

  it('still reads no outline whose lines are prose with single spaces', () => {
    const md = lines('# X', '', '## Data', '', '```', 'Quote', '  the quote is sent by email', '  and kept for a year', '```');
    expect(names(md)).toEqual([]);
  });

  it('reads a union written over lines with comments as the field type', () => {
    const md = lines(
      '# X', '', '## Types', '', '```ts',
      'export type ReturnStatus =',
      '  | "expected"      // not here yet',
      '  | "received"',
      '  | "closed";',
      '',
      'export interface ReturnAuthorization {',
      '  id: string;',
      '  status: ReturnStatus;',
      '}',
      '```',
    );
    expect(modelLines(md)).toEqual(['ReturnAuthorization { id: string; status: "expected" | "received" | "closed" }']);
  });

  it('reads no model from a declaration a comment calls a request body or not stored', () => {
    const md = lines(
      '# X', '', '## Types', '', '```ts',
      'export interface Parcel {', '  id: string;', '  weight: number;', '}',
      '// Request body for POST /api/returns/:id/receive.',
      'export interface ReceiveParcelRequest {', '  scannedBy: string;', '}',
      '// Cached in memory, not stored.',
      'export interface RateCard {', '  carrier: string;', '}',
      '```',
    );
    expect(names(md)).toEqual(['Parcel']);
  });
});

describe('ids, scope and partners', () => {
  it('gives a Given/When/Then scenario the id of the title line over it', () => {
    const md = lines(
      '# X', '', '## Story 1', '',
      '**AC-1.1 Queue contents**',
      '- **Given** a bike needs a check',
      '- **When** a mechanic opens the queue',
      '- **Then** the bike appears in the queue',
      '',
      '**AC-1.2** Users must see their tasks first.',
    );
    const rows = ruleRows(md);
    expect(rows.map((r) => r[0])).toEqual(['AC-1.1', 'AC-1.2']);
    expect(rows[0]![2]).toContain('Then the bike appears in the queue');
  });

  it('gives no id to a scenario under a line that is a rule of its own', () => {
    const md = lines('# X', '', '## Story 1', '', '**AC-3** The mechanic must always see the newest fault first when the queue is long.', '- **Given** a bike', '- **When** it loads', '- **Then** it shows');
    const rows = ruleRows(md);
    expect(rows[0]![0]).toBe('AC-3');
    expect(rows.filter((r) => r[2].startsWith('Given'))[0]![0]).toBeUndefined();
  });

  it('leaves out a struck-through heading, a route "parked", and a section "Not in this slice"', () => {
    const md = lines(
      '# X', '', '## Screens', '',
      '### `/buy`: Choose', '', 'Cards.', '',
      '### ~~`/buy/group`: Group licences~~', '', 'Removed from this phase.', '',
      '## API', '',
      '- `GET /api/tools`',
      '',
      'Reservations (`POST /api/tools/:id/reservations`) are parked until question 1 is answered.',
      '',
      '## Not in this slice', '',
      '- Referrals (the `GET /api/referrals` endpoint).',
    );
    expect(pageRoutes(md)).toEqual(['/buy']);
    expect(apiLines(md)).toEqual(['GET /api/tools']);
  });

  it('drops "the `/referrals` endpoints in the old mock-ups are dropped", not "the item is dropped from the cart"', () => {
    const md = lines('# X', '', '## API', '', '- `GET /api/orders`', '- Vendor referrals (the `GET /api/referrals` endpoints in the old mock-ups are dropped).', '- `DELETE /api/cart/items/:id`: the item is dropped from the cart.');
    expect(apiLines(md)).toEqual(['DELETE /api/cart/items/:id', 'GET /api/orders']);
  });

  it('reads no endpoint on a host named after a system the PRD says it calls, however many paths', () => {
    const md = lines(
      '# Swapboard', '', '## Integration with Rotamaster', '', 'We call Rotamaster; it never calls us.', '',
      '- Read: `GET https://rotamaster.example.org/rota/v3/shifts`',
      '- Write back: `POST https://rotamaster.example.org/rota/v3/assignments`',
      '', '## API', '', '- `GET https://api.swapboard.example.org/v1/shifts`', '- `POST https://api.swapboard.example.org/v1/swaps`',
    );
    expect(apiLines(md)).toEqual(['GET /v1/shifts', 'POST /v1/swaps']);
  });

  it('reads a route a paragraph says sits outside the stated prefix without it, and keeps the prefix for another path named', () => {
    const md = lines(
      '# X', '', '## API', '', 'Everything below is served under the prefix `/api/v1`.', '',
      'Couples list vendors with a GET on `/vendors`.', '',
      'Tallypay reports back on a webhook we host at `POST /hooks/tallypay`. Note that the webhook sits outside `/api/v1`.', '',
      'Reviews are posted to `POST /reviews`, outside `/api/v2` which is the old version.',
    );
    expect(apiLines(md)).toEqual(['GET /api/v1/vendors', 'POST /api/v1/reviews', 'POST /hooks/tallypay']);
  });
});

describe('pages and models inside sentences', () => {
  it('reads the pages of a label "Member-facing pages:" with the root among them', () => {
    const md = lines('# X', '', '## Overview', '', "Member-facing pages: `/` (today's outings), `/book` (book a boat). Committee pages: `/admin/boats`.");
    expect(pageRoutes(md)).toEqual(['/', '/admin/boats', '/book']);
  });

  it('reads no root page from a label that is no pages label', () => {
    expect(pageRoutes(lines('# X', '', '## Overview', '', 'Deploy paths: `/` (the bucket root), `/assets`.'))).toEqual([]);
  });

  it('reads a code name with what it holds in parentheses in a data section, not outside one', () => {
    const md = lines('# X', '', '## Data', '', 'Availability is a weekly template per tutor (`AvailabilitySlot`: weekday, start, end) plus one-off blocks.');
    expect(names(md)).toEqual(['AvailabilitySlot']);
    expect(names(lines('# X', '', '## Goals', '', 'Tutors set a template (`AvailabilitySlot`: weekday, start, end) once.'))).toEqual([]);
    expect(names(lines('# X', '', '## Data', '', 'We keep it in one place (`Postgres`: tables, views, functions).'))).toEqual([]);
  });

  it('reads a table or collection named in code marks after an article as a model', () => {
    const md = lines('# Inventory', '', '## Requirements', '', '1. Implement an `inventorySyncQueue` table that records every mutation.', '2. Mutations update the `inventoryItems` collection in the same transaction.', '3. Data: new `swap_requests` table.');
    expect(names(md)).toEqual(['InventoryItem', 'InventorySyncQueue', 'SwapRequest']);
  });

  it('reads no model from a table that exists elsewhere, is dropped, or is named as a file', () => {
    const md = lines(
      '# Inventory', '', '## Notes', '',
      '- Reads the existing `users` table of the auth service.',
      '- The `shift_bids` table is dropped after a one-off export.',
      '- Delete the PDF-link endpoints and the `pdf_links` table.',
      '- The seed lives in `db/seed.sql`, a table of fixtures.',
    );
    expect(names(md)).toEqual([]);
  });
});

