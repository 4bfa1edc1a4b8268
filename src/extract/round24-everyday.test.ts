/**
 * Round 24, everyday English in new domains: a heading about the API's base ("## Base path",
 * "## Base URL") whose section states the prefix for the sections after it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines } from '../testing/extract.js';

describe('a base heading states the prefix of the sections after it', () => {
  it('holds a "Base path" section\'s prefix in the sibling endpoint sections after it', () => {
    const md = lines(
      '# Kennel Booking Service',
      '',
      '## Base path',
      '',
      'Every route below is relative to the base path `/kennel/v3` (staging host `https://kennel.example.org`).',
      '',
      '## Endpoints',
      '',
      '| Endpoint | Purpose |',
      '|---|---|',
      '| POST /stays | Book a stay |',
      '| GET /stays/{stayId} | Read a stay |',
      '',
      '## Admin endpoints',
      '',
      '- `DELETE /stays/{stayId}` cancels a stay',
    );
    expect(apiLines(md)).toEqual(['DELETE /kennel/v3/stays/:stayId', 'GET /kennel/v3/stays/:stayId', 'POST /kennel/v3/stays']);
  });

  it('holds a "Base URL" subsection\'s prefix in the subsections after it under the same parent', () => {
    const md = lines(
      '# Greenhouse Sensors',
      '',
      '## API',
      '',
      '### Base URL',
      '',
      '`https://sensors.example.net/api/v2`',
      '',
      '### Readings',
      '',
      '- `GET /readings` lists readings',
      '',
      '## Pages',
      '',
      '- `/dashboard` shows the latest readings',
    );
    expect(apiLines(md)).toEqual(['GET /api/v2/readings']);
  });

  it('keeps a prefix stated under any other heading to its own section', () => {
    const md = lines(
      '# Marina',
      '',
      '## Berth API',
      '',
      'All paths in this section are relative to `/berths`.',
      '',
      '- `GET /{berthId}` reads a berth',
      '',
      '## Fuel API',
      '',
      '- `POST /fuel-orders` orders fuel',
    );
    expect(apiLines(md)).toEqual(['GET /berths/:berthId', 'POST /fuel-orders']);
  });

  it('reads no prefix from a base heading marked legacy or a question, nor from a web site\'s URL', () => {
    const legacy = lines('# Marina', '', '## Legacy base path (out of scope)', '', 'Old routes were relative to `/v1`.', '', '## Endpoints', '', '- `GET /berths` lists berths');
    const question = lines('# Marina', '', '## Base path', '', 'Should every route be relative to `/marina`?', '', '## Endpoints', '', '- `GET /berths` lists berths');
    const site = lines('# Marina', '', '## Base URL', '', 'The guide lives at https://docs.marina.example/guides/start.', '', '## Endpoints', '', '- `GET /berths` lists berths');
    const lone = lines('# Marina', '', '## Base URL', '', '`https://docs.marina.example/guides`', '', '## Endpoints', '', '- `GET /berths` lists berths');
    for (const md of [legacy, question, site, lone]) expect(apiLines(md)).toEqual(['GET /berths']);
  });
});

describe('a model described in everyday sentences, its fields in code marks', () => {
  it('reads a word between the article and a field, values in plain words after "one of", and type words after a name', () => {
    const md = lines(
      '# Kennel',
      '',
      '## Data',
      '',
      'A **Stay** has an `id` (uuid), a booking `reference` (free text), a `state` which is one of requested, confirmed or ended,',
      '`checkInAt` and `checkOutAt` timestamps, `dailyRate` (a decimal number), a `vaccinated` yes/no flag, and a `kennelId` that stays null until',
      'a kennel is allotted.',
    );
    expect(modelLines(md)).toEqual([
      'Stay { id: string; reference: string; state: "requested" | "confirmed" | "ended"; checkInAt: string; checkOutAt: string; dailyRate: number; vaccinated: boolean; kennelId: string | null }',
    ]);
  });

  it('reads the fields of the sentence after the name when it goes on with "It stores"', () => {
    const md = lines('# Kennel', '', '## Data', '', 'A **Walk** belongs to a stay. It stores `stayId` (uuid), `walkedAt` (timestamp) and `minutes` (integer).');
    expect(modelLines(md)).toEqual(['Walk { stayId: string; walkedAt: string; minutes: number }']);
  });

  it('reads a bold name with no article before a noun for its records', () => {
    const md = lines('# Kennel', '', '## Data', '', '**Incident** records carry `id` (text), `stayId` (text) and `level` (minor, major or urgent).');
    expect(modelLines(md)).toEqual(['Incident { id: string; stayId: string; level: "minor" | "major" | "urgent" }']);
  });

  it('keeps a clause after the fields out of them, and reads no fields from a sentence after another subject', () => {
    const clause = lines('# Kennel', '', '## Data', '', 'A **Pen** has an `id` (uuid), a `size` (text), and the staff decide which `Pen` to use by looking at `size`.');
    expect(modelLines(clause)).toEqual(['Pen { id: string; size: string }']);
    const other = lines('# Kennel', '', '## Data', '', 'A **Pen** belongs to a block. The cleaner stores `mopId` and `bucketId` in the shed.');
    expect(modelLines(other).filter((l) => !l.endsWith('{  }'))).toEqual([]);
    const values = lines('# Kennel', '', '## Data', '', 'A **Pen** has an `id` (uuid), and a `size` which is one of small, large or giant, see the `sizes` page.');
    expect(modelLines(values)).toEqual(['Pen { id: string; size: "small" | "large" | "giant" }']);
  });
});

describe('a bold name described above an example record in a code block', () => {
  const json = (...l: string[]) => ['```json', ...l, '```'];
  it('names the record below when the line says it is an example, or speaks of its fields over a few lines', () => {
    const md = lines(
      '# Kennel',
      '',
      '## Data',
      '',
      '**Dog** — example record. `size` is one of small, large or giant.',
      '',
      ...json('{ "id": "d-1", "size": "small", "weightKg": 31.5 }'),
      '',
      '**Feeding** — `portion` is in grams; `servedAt` is null until the dog',
      'has been fed.',
      '',
      ...json('{ "dogId": "d-1", "portion": 250, "servedAt": null }'),
    );
    expect(modelLines(md)).toEqual(['Dog { id: string; size: string; weightKg: number }', 'Feeding { dogId: string; portion: number; servedAt: unknown }']);
  });

  it('reads no fields from the values a described name lists, and names no code block with a plain description', () => {
    const values = lines('# Kennel', '', '## Data', '', '**Dog** — `size` is one of small, large, giant, huge.');
    expect(modelLines(values).filter((l) => !l.endsWith('{  }'))).toEqual([]);
    const plain = lines('# Kennel', '', '## Data', '', '### Walk', '', '**Tracker** — the walker app sends this when a walk ends.', '', ...json('{ "walkId": "w-1", "minutes": 30 }'));
    expect(modelLines(plain)).toEqual(['Walk { walkId: string; minutes: number }']);
  });
});
