/**
 * Misses found by a second pass over JS and Python framework PRDs: a SvelteKit form action after a
 * path (`POST /carts?/checkout`), the base an app is served from, a model's fields in a sentence
 * under its heading, a bold name with a dash and a description over its field list, names sharing
 * one type in a list item, "optional" before a type. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes } from '../testing/extract.js';

describe('a SvelteKit form action after a path', () => {
  it('`?/name` after a path is the action of that route, not a route of its own', () => {
    const md = lines('# Kiosk', '', '## Routes', '', '- `/carts` — the cart', '', 'Checking out posts to `POST /carts?/checkout`; emptying posts to `POST /carts?/empty`.');
    expect(apiLines(md)).toEqual(['POST /carts']);
    expect(pageRoutes(md)).toEqual(['/carts']);
  });
  it('a route after a plain question mark or in a query string is still read; a URL is not', () => {
    const md = lines('# Kiosk', '', '## Routes', '', '- Where to? `/stops` — the stop list', '', 'Search calls `GET /api/stops?near=home`; see https://example.com/x?/y for the idea.');
    expect(apiLines(md)).toEqual(['GET /api/stops']);
    expect(pageRoutes(md)).toEqual(['/stops']);
  });
});

describe('the base an app is served from', () => {
  it('"served from `/x`" is where the pages sit, not a page', () => {
    const md = lines('# Depot', '', '## Web app', '', 'A single-page app served from `/ops` by the API server. Its routes:', '', '- `/ops/queue` — the pick queue', '- `/ops/bins` — bin list');
    expect(pageRoutes(md)).toEqual(['/ops/bins', '/ops/queue']);
  });
  it('a page served at a route, or a page a user goes to from a route, is still a page', () => {
    const md = lines('# Depot', '', '## Web app', '', 'The pick board is served at `/board`.', '', 'Staff open `/bins` from the board.');
    expect(pageRoutes(md)).toEqual(['/bins', '/board']);
  });
});

describe("a model's fields in a sentence under its heading", () => {
  it('"It has an `id` (uuid), …": the heading names the model, whatever the subject', () => {
    const md = lines('# Kennel', '', '## Data', '', '### Booking', '', 'A booking reserves one run for one dog. It has an `id` (uuid), `dogId` (uuid),', '`startsOn` (date), `endsOn` (date, null while open) and `nights` (integer, at least 1).');
    expect(modelLines(md)).toEqual(['Booking { id: string; dogId: string; startsOn: string; endsOn: string | null; nights: number }']);
  });
  it('"has lines: …" with an optional field whose note holds a full stop', () => {
    const md = lines('# Kennel', '', '## Data', '', '### ChargeLine', '', 'Each bill has charge lines: `label` (text), `units` (decimal), `priceCents`', '(integer), and an optional `discount` (decimal, e.g. 0.1).');
    expect(modelLines(md)).toEqual(['ChargeLine { label: string; units: number; priceCents: number; discount?: number }']);
  });
  it('code-marked words in prose under a model heading, or two fields only, are no fields', () => {
    const md = lines('# Kennel', '', '## Data', '', '### Booking', '', 'It has the usual `created` (auto) stamp; run `npm run seed` (once) to fill it.', '', 'A booking has a `dogId` (uuid) and `nights` (integer).');
    expect(modelLines(md)).toEqual([]);
  });
  it('not under a heading that names no model', () => {
    const md = lines('# Kennel', '', '## Overview', '', 'The app has an `id` (uuid), `dogId` (uuid) and `nights` (integer) in its URL.');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a bold name, a dash and a description over a field list', () => {
  it('the list is the fields of the named model; names sharing a type and "optional" before a type', () => {
    const md = lines('# Trails', '', '## Entities', '', '**Hike** — one walk on one trail.', '', '- `id`: string (uuid)', '- `startLat`, `startLng`: decimal', '- `note`: optional string', '- `finishedAt`: datetime, nullable');
    expect(modelLines(md)).toEqual(['Hike { id: string; startLat: number; startLng: number; note?: string; finishedAt: string | null }']);
  });
  it('a bold person or thing described over a list of sentences is no model', () => {
    const md = lines('# Trails', '', '## Who', '', '**Ranger** — keeps the trails open.', '', '- Closes a trail after a storm', '- Posts notices');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a sentence about the heading’s model in lower-case words', () => {
  it('"A charge line has a label, unit price and a tax code." under `### ChargeLine`', () => {
    const md = lines('# Kennel', '', '## Entities', '', '### ChargeLine', '', 'A charge line has a label, unit price and a tax code. Nothing more.');
    expect(modelLines(md)).toEqual(['ChargeLine { label: string; unitPrice: number; taxCode: string }']);
  });
  it('a sentence about another thing, or with one thing only, names no model', () => {
    const md = lines('# Kennel', '', '## Entities', '', '### ChargeLine', '', 'A bill has a label, a total and a due date.', '', 'A charge line has many taxes.');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a bold name described, then a lead-in to an example record', () => {
  const json = ['```json', '{ "slug": "ridge-loop", "lengthKm": 7.5, "isOpen": true }', '```'];
  it('"**Trail** — imported nightly. A record looks like:" then a JSON object: the record\'s keys are its fields', () => {
    const md = lines('# Trails', '', '## Entities', '', '**Trail** — imported nightly from the park service. A record looks like:', '', ...json);
    expect(modelLines(md)).toEqual(['Trail { slug: string; lengthKm: number; isOpen: boolean }']);
  });
  it('a description that does not lead in to the block, or an example outside a data section, is none', () => {
    const notLead = lines('# Trails', '', '## Entities', '', '**Trail** — imported nightly from the park service. See the import job.', '', ...json);
    // The entity is named, but the example below is not its record.
    expect(modelLines(notLead)).toEqual(['Trail {  }']);
    const api = lines('# Trails', '', '## API', '', '**Response** — sent on success. A body looks like:', '', ...json);
    expect(modelLines(api)).toEqual([]);
  });
});
