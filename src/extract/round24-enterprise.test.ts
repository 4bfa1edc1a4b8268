/**
 * Round 24, enterprise documents: change requests, integration specs and backlogs. Their sections
 * say what is there only to be read (an existing system, interfaces another team builds, stories
 * moved out of the sprint), and name a new entity after the change's id (`### 5.2 CH7 — Shipment (new)`).
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('sections that are there to be read, not built', () => {
  it('reads no endpoint or page under a heading marked for context, unchanged, not built here, consumed from or moved out of the sprint', () => {
    const md = lines(
      '# Change request CR-88: courier pickup',
      '',
      '## 2. Current platform (for reference only — no change)',
      '',
      '- `GET /api/parcels` lists parcels; the `/parcels` screen shows them.',
      '',
      '## 3. Current endpoints (unchanged)',
      '',
      '- `DELETE /api/parcels/{parcelId}`',
      '',
      '## 4. APIs consumed from the carrier (not built by this project)',
      '',
      '- `POST /carrier/v1/labels` creates a label.',
      '',
      '## 5. Moved out of the release',
      '',
      '- `POST /api/parcels/{parcelId}/insure` — insurance quote.',
      '',
      '## 6. Changes',
      '',
      '- `POST /api/pickups` books a pickup.',
    );
    expect(apiLines(md)).toEqual(['POST /api/pickups']);
    expect(pageRoutes(md)).toEqual([]);
  });

  it('still reads a section whose words only mention an unchanged form or what is not yet built', () => {
    const md = lines(
      '# Notes',
      '',
      '## Skip the save when the form is unchanged',
      '',
      '- `PUT /api/drafts/{draftId}` is only sent after an edit.',
      '',
      '## What is not built yet',
      '',
      '- `GET /api/drafts` lists drafts.',
    );
    expect(apiLines(md)).toEqual(['GET /api/drafts', 'PUT /api/drafts/:draftId']);
  });
});

describe('a section named after one thing, its list items typed names in code marks', () => {
  it("reads the fields of the thing a change request's item names after its id", () => {
    const md = lines(
      '# CR-12 Courier pickup',
      '',
      '## 5. Detailed changes',
      '',
      '### 5.2 CH7 — Shipment (new)',
      '',
      '- `id` — uuid',
      '- `weightGrams` — integer',
      '- `pickedUpAt` — ISO timestamp, null until collected',
      '- `fragile` — boolean',
    );
    expect(modelLines(md)).toEqual(['Shipment { id: string; weightGrams: number; pickedUpAt: string | null; fragile: boolean }']);
  });

  it('reads no model when one item is a command, or when fewer than three items are given', () => {
    const md = lines(
      '# Tooling',
      '',
      '## Scripts',
      '',
      '- `build` — compiles the app',
      '- `test` — runs the suite',
      '- `lint` — checks style',
      '',
      '## Receipt',
      '',
      '- `id` — uuid',
      '- `total` — integer',
    );
    expect(modelLines(md)).toEqual([]);
  });

  it("reads no model from a list under an endpoint's or a screen's heading, where it is a request or a form", () => {
    const md = lines(
      '# Pickups',
      '',
      '## POST /api/pickups',
      '',
      '- `parcelId` — uuid',
      '- `slotStart` — ISO timestamp',
      '- `notes` — text',
    );
    expect(modelLines(md)).toEqual([]);
  });

  it('reads no model from configuration keys or environment variables', () => {
    const md = lines(
      '# Service',
      '',
      '## Environment variables',
      '',
      '- `PORT` — integer',
      '- `DATABASE_URL` — string',
      '- `DEBUG` — boolean',
      '',
      '## Configuration',
      '',
      '- `timeoutMs` — integer',
      '- `retries` — integer',
      '- `verbose` — boolean',
    );
    expect(modelLines(md)).toEqual([]);
  });
});

describe('ids before a model name', () => {
  it('strips the id of a change or a requirement before the dash', () => {
    const md = lines('# Spec', '', '## DM-3 — Invoice', '', '| Field | Type |', '|---|---|', '| id | uuid |', '| total | integer |');
    expect(modelLines(md)).toEqual(['Invoice { id: string; total: number }']);
  });
});

describe('a data section headed as notes', () => {
  it('reads each bold caption under "Data notes" as a model of its own', () => {
    const md = lines(
      '# Sprint 9',
      '',
      '## Data notes (from grooming)',
      '',
      '**Booking**',
      '- `id`: uuid',
      '- `guestCount`: integer',
      '- `arrivesOn`: date',
      '',
      '**Guest**',
      '- `guestId`: uuid',
      '- `email`: string',
    );
    expect(modelLines(md)).toEqual(['Booking { id: string; guestCount: number; arrivesOn: string }', 'Guest { guestId: string; email: string }']);
  });

  it('still reads a model named "Note" under its own heading', () => {
    const md = lines('# Sprint 9', '', '## Data model', '', '### Note', '', '- `id`: uuid', '- `body`: string');
    expect(modelLines(md)).toEqual(['Note { id: string; body: string }']);
  });
});

describe("a data dictionary's coded values and identifiers", () => {
  it('reads `code: a, b, c` as an enum and `identifier` as a string', () => {
    const md = lines(
      '# Licensing',
      '',
      '## Information model',
      '',
      '### Licence',
      '',
      '| Attribute | Type |',
      '|---|---|',
      '| id | identifier |',
      '| category | code: food, liquor, street_trading |',
      '| issuedOn | date |',
    );
    expect(modelLines(md)).toEqual(['Licence { id: string; category: "food" | "liquor" | "street_trading"; issuedOn: string }']);
  });

  it('reads no enum from a code that is described, not listed', () => {
    const md = lines('# Licensing', '', '## Information model', '', '### Branch', '', '| Attribute | Type |', '|---|---|', '| id | uuid |', '| ref | code: the branch code printed on receipts |');
    expect(modelLines(md)).toEqual(['Branch { id: string; ref: unknown }']);
  });
});

describe('a table named in code marks', () => {
  it('names the model after the table even when its name is a word that heads a topic', () => {
    const md = lines(
      '# Migration',
      '',
      '## Target tables',
      '',
      '### 2.1 `entry`',
      '',
      '| Column | Type |',
      '|---|---|',
      '| id | uuid |',
      '| posted_on | date |',
      '',
      '### 2.2 `records` (archive)',
      '',
      '| Column | Type |',
      '|---|---|',
      '| id | uuid |',
      '| kept_until | date |',
    );
    expect(modelLines(md).map((l) => l.split(' ')[0])).toEqual(['Entry', 'Record']);
  });

  it('reads no model named after a part of a message in code marks', () => {
    const md = lines('# API', '', '## Data', '', '### `payload`', '', '| Field | Type |', '|---|---|', '| id | uuid |', '| sent_at | date |');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('an example payload led in by a sentence', () => {
  it("reads no model from an endpoint's example response under a service's heading", () => {
    const md = lines(
      '# Batch data load',
      '',
      '## Job control service',
      '',
      '| Method | Path |',
      '|---|---|',
      '| GET | `/batch/api/jobs/:jobId` |',
      '',
      'Example response of `GET /batch/api/jobs/:jobId`:',
      '',
      '```json',
      '{ "id": "a1", "state": "done", "rows": 12 }',
      '```',
    );
    expect(modelLines(md)).toEqual([]);
  });

  it("still reads a model's example record led in by a sentence about it", () => {
    const md = lines('# Batch', '', '## Data model', '', '### Job', '', 'A job as stored, with the response time it measured:', '', '```json', '{ "id": "a1", "state": "done", "rows": 12 }', '```');
    expect(modelLines(md)).toEqual(['Job { id: string; state: string; rows: number }']);
  });
});
