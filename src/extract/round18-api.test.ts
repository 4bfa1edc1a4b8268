/**
 * Misses found by an eighteenth round of reading (a held-out probe set of backend and API PRDs):
 * a listing of calls whose long path overran its column, a router mount written in prose, `curl`
 * docs under a "Usage" heading, a deprecation table beside its replacements, field lists that wrap
 * or are cut by middle dots, definition lists of models, "or null" types, a sentence that says it
 * is out of scope only where it wraps, and cron steps. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes } from '../testing/extract.js';
import { readTypeText } from './field-types.js';
import { findPaths } from './paths.js';

const fence = '```';

describe('a listing of calls whose long path overran its column', () => {
  it('reads a line whose description follows after one space, in a listing of gapped lines', () => {
    const md = lines(
      '# Kiln', '', '## Admin API', '', fence,
      'GET    /api/kilns                      every kiln with its state',
      'GET    /api/kilns/:kilnId              one kiln',
      'POST   /api/kilns/:kilnId/firings/:firingId/abort stop a firing now',
      fence,
    );
    expect(apiLines(md)).toEqual(['GET /api/kilns', 'GET /api/kilns/:kilnId', 'POST /api/kilns/:kilnId/firings/:firingId/abort']);
  });

  it('needs two gapped lines: one call with a sentence after it, or prose lines, are no listing', () => {
    const one = lines('# Kiln', '', '## Notes', '', fence, 'GET /api/kilns/:kilnId returns the kiln as cached', 'then the client polls again', fence);
    expect(apiLines(one)).toEqual([]);
    const loose = lines('# Kiln', '', '## Notes', '', fence, 'GET /api/kilns then filter', 'POST /api/kilns once per day', fence);
    expect(apiLines(loose)).toEqual([]);
  });

  it('leaves out a line of the listing marked legacy', () => {
    const md = lines(
      '# Kiln', '', '## Admin API', '', fence,
      'GET    /api/kilns                      every kiln',
      'GET    /api/kilns/:kilnId              one kiln',
      'GET    /api/kilns/:kilnId/legacy-report (legacy, not built)',
      fence,
    );
    expect(apiLines(md)).toEqual(['GET /api/kilns', 'GET /api/kilns/:kilnId']);
  });
});

describe('a router mount written in a code span of prose', () => {
  const routes = lines(
    fence + 'python',
    'router = APIRouter()',
    '',
    '@router.get("/kilns")',
    'def list_kilns() -> list[Kiln]: ...',
    '',
    '@router.post("/kilns/{kiln_id}/firings")',
    'def fire(kiln_id: int) -> Firing: ...',
    fence,
  );

  it('puts the routes of the mounted router under the prefix the span gives', () => {
    const md = lines('# Kiln', '', '## Routes', '', 'The router is mounted with `app.include_router(router, prefix="/api/v2")` in `main.py`.', '', routes);
    expect(apiLines(md)).toEqual(['GET /api/v2/kilns', 'POST /api/v2/kilns/:kiln_id/firings']);
  });

  it('a span that names another router, or a file path, changes nothing', () => {
    const other = lines('# Kiln', '', '## Routes', '', 'The admin router is mounted with `app.include_router(admin_router, prefix="/admin")`.', '', routes);
    expect(apiLines(other)).toEqual(['GET /kilns', 'POST /kilns/:kiln_id/firings']);
    const file = lines('# Kiln', '', '## Routes', '', 'Routers live in `app/routers/kilns.py`, see https://fastapi.tiangolo.com/tutorial/.', '', routes);
    expect(apiLines(file)).toEqual(['GET /kilns', 'POST /kilns/:kiln_id/firings']);
  });
});

describe('curl calls to the product\'s own host under a "Usage" heading', () => {
  const md = lines(
    '# Lanternly — Lamp rentals', '', '## Quick start', '',
    fence + 'bash',
    'curl -X POST https://api.lanternly.example/v1/rentals -d \'{"lampId": "l_1"}\'',
    'curl https://api.lanternly.example/v1/rentals/rn_12',
    fence, '',
    '### Supplier calls (for reference)', '',
    fence + 'bash',
    'curl -X POST https://api.wickco.example/v3/orders -H "Authorization: Bearer $T"',
    fence,
  );

  it('reads the calls to the own host, not those to another company\'s', () => {
    expect(apiLines(md)).toEqual(['GET /v1/rentals/:id', 'POST /v1/rentals']);
  });

  it('under a screens heading, or a setup one, a curl block is no endpoint list', () => {
    const setup = lines('# Lanternly — Lamp rentals', '', '## Setup', '', fence + 'bash', 'curl https://api.lanternly.example/v1/rentals', 'curl https://api.lanternly.example/v1/lamps', fence);
    expect(apiLines(setup)).toEqual([]);
    const screens = lines('# Lanternly — Lamp rentals', '', '## Screens', '', fence + 'bash', 'curl https://api.lanternly.example/v1/rentals', 'curl https://api.lanternly.example/v1/lamps', fence);
    expect(apiLines(screens)).toEqual([]);
  });
});

describe('a deprecation table beside the routes that replace its rows', () => {
  it('leaves out the deprecated routes, keeps the replacements', () => {
    const md = lines(
      '# Beacon', '', '## Migration', '',
      '| v1 endpoint | Replacement | Sunset |', '|---|---|---|',
      '| `GET /v1/beacons` | `GET /v2/sites/{site}/beacons` | 2027-01-01 |',
      '| `POST /v1/beacons/{id}/ping` | `POST /v2/pings` | 2027-01-01 |',
    );
    expect(apiLines(md)).toEqual(['GET /v2/sites/:site/beacons', 'POST /v2/pings']);
  });

  it('a table with no column of replacements keeps every route', () => {
    const md = lines(
      '# Beacon', '', '## Endpoints', '',
      '| Endpoint | Purpose | Owner |', '|---|---|---|',
      '| `GET /v2/beacons` | list | ops |',
      '| `POST /v2/pings` | ping | ops |',
    );
    expect(apiLines(md)).toEqual(['GET /v2/beacons', 'POST /v2/pings']);
  });
});

describe('field lists that wrap or are cut by middle dots', () => {
  it('reads a list item whose field\'s type wraps onto the next line', () => {
    const md = lines(
      '# Kiln', '', '## Data model', '',
      '- **Firing** — `id` (string), `kilnId` (string), `peakCelsius`',
      '  (integer), `cone` (string), `aborted` (boolean).',
    );
    expect(modelLines(md)).toEqual(['Firing { id: string; kilnId: string; peakCelsius: number; cone: string; aborted: boolean }']);
  });

  it('a wrapped sentence after a complete list is no field', () => {
    const md = lines(
      '# Kiln', '', '## Data model', '',
      '- **Firing** — `id` (string), `kilnId` (string), `cone` (string)',
      '  (see the glaze chart for cones).',
    );
    expect(modelLines(md)).toEqual(['Firing { id: string; kilnId: string; cone: string }']);
  });

  it('reads names in code marks cut by middle dots, each with its type as a phrase', () => {
    const md = lines(
      '# Kiln', '', '## Data', '',
      '**Glaze**: `id` string · `finish` one of gloss, matte, satin ·',
      '`firedAt` datetime, nullable · `batch` string, optional · `temps` list of numbers',
    );
    expect(modelLines(md)).toEqual(['Glaze { id: string; finish: "gloss" | "matte" | "satin"; firedAt: string | null; batch?: string; temps: number[] }']);
  });

  it('middle dots between words that are not fields make no model', () => {
    const md = lines('# Kiln', '', '## Data', '', '**Studio**: open daily · closed on holidays · see https://kiln.example/hours');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a definition list of models', () => {
  it('reads a term in code marks and its definition of fields, wrapping on', () => {
    const md = lines(
      '# Kiln', '', '## Data', '',
      '`Firing`',
      ': `id` (uuid), `kilnId` (uuid), `state` (`queued` | `firing` | `cooling`),',
      '  `endedAt` (timestamp, null while firing).', '',
      '`Kiln`',
      ': `id` (uuid), `name` (string), `maxCelsius` (integer).',
    );
    expect(modelLines(md)).toEqual([
      'Firing { id: string; kilnId: string; state: "queued" | "firing" | "cooling"; endedAt: string | null }',
      'Kiln { id: string; name: string; maxCelsius: number }',
    ]);
  });

  it('a term defined by prose is no model', () => {
    const md = lines('# Kiln', '', '## Glossary', '', '`Cone`', ': a measure of heat work, read from a pyrometric cone in the kiln.');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('"or null" after a type', () => {
  it('is the type, nullable', () => {
    expect(readTypeText('datetime or null')).toEqual({ type: 'datetime', optional: false, nullable: true });
    expect(readTypeText('integer or null')).toEqual({ type: 'integer', optional: false, nullable: true });
  });

  it('values joined by "or" stay values; "or null" alone is no type', () => {
    expect(readTypeText('draft or sent').type).toBe('"draft" | "sent"');
    expect(readTypeText('or null').nullable).toBe(false);
  });
});

describe('a sentence that says it is out of scope only where it wraps', () => {
  it('leaves out the route on the line before', () => {
    const md = lines(
      '# Kiln', '', '## API', '',
      '- `POST /api/kilns/:kilnId/firings` — start a firing', '',
      'Scheduled firings (`POST /api/kilns/:kilnId/schedules`) come later and are',
      'not part of this build.',
    );
    expect(apiLines(md)).toEqual(['POST /api/kilns/:kilnId/firings']);
  });

  it('a line that starts a sentence of its own, or names a route, says nothing of the line before', () => {
    const md = lines(
      '# Kiln', '', '## API', '',
      'Firings start with `POST /api/kilns/:kilnId/firings` and',
      'run until cooled. Legacy exports are not part of this build.', '',
      '`GET /api/kilns/:kilnId` returns one kiln',
      '`GET /api/kiln-report` is legacy',
    );
    expect(apiLines(md)).toEqual(['GET /api/kilns/:kilnId', 'POST /api/kilns/:kilnId/firings']);
  });
});

describe('a cron step is no route', () => {
  it('skips `*/15` of a cron expression', () => {
    expect(findPaths('every `*/15 * * * *`')).toEqual([]);
    const md = lines('# Kiln', '', '## Screens', '', 'The schedule page (`/schedules`) takes a cron line such as `*/10 * * * *`.');
    expect(pageRoutes(md)).toEqual(['/schedules']);
  });

  it('a route in bold, or a numbered route after a space, stays', () => {
    expect(findPaths('**/404** error page').map((p) => p.raw)).toEqual(['/404']);
    expect(findPaths('the `/404` and /500 pages').map((p) => p.path)).toEqual(['/404', '/500']);
  });
});
