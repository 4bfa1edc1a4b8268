/**
 * Round 22: living team documents. A launch checklist's models (`- [x] **Crate**` over its field
 * items, `` `fragile` boolean `` with no dash, `` `packedAt`, `shippedAt` — timestamps ``); an emoji
 * in a bold caption over a fields table (`**📦 Crate**`); an endpoints row "cut with" a feature; a
 * Mermaid sequenceDiagram's calls and an erDiagram attribute's comment (values, null); toggles
 * (`<details><summary>Screens</summary>`) read as subsections.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a PRD written as a checklist', () => {
  it('reads a ticked bold name over its field items as a model', () => {
    const md = lines(
      '# Packhouse',
      '',
      '## Data',
      '',
      '- [x] **Crate**',
      '  - `id` uuid',
      '  - `fragile` boolean',
      '  - `packedAt`, `shippedAt` — timestamps',
      '  - `labels` list of strings (e.g. `cold`, `heavy`)',
      '  - `memo` text, optional',
      '- [ ] **Grower**',
      '  - `id` uuid',
      '  - `farm` text',
    );
    expect(modelLines(md)).toEqual([
      'Crate { id: string; fragile: boolean; packedAt: string; shippedAt: string; labels: string[]; memo?: string }',
      'Grower { id: string; farm: string }',
    ]);
  });

  it('reads no type from a phrase after a field, nor a task item that is no name', () => {
    const md = lines(
      '# Packhouse',
      '',
      '## Data',
      '',
      '- [ ] **Crate**',
      '  - `weight` set by the scale at the door',
      '  - `id` uuid',
      '- [x] Ask the growers which crates they own',
      '  - `id` uuid',
    );
    expect(modelLines(md)).toEqual(['Crate { weight: number; id: string }']);
  });
});

describe('emoji in a startup doc', () => {
  it('names the model of a table by its bold caption, the emoji aside', () => {
    const md = lines(
      '# Loaf',
      '',
      '## 🧱 Data',
      '',
      '**📦 Crate**',
      '',
      '| field | type |',
      '|---|---|',
      '| id | uuid |',
      '| slots | integer |',
      '',
      '**🚚 Van route**',
      '',
      '| field | type |',
      '|---|---|',
      '| stops | integer |',
    );
    expect(modelLines(md)).toEqual(['Crate { id: string; slots: number }', 'VanRoute { stops: number }']);
  });

  it('leaves out an endpoints row cut with a feature, and keeps one whose note only mentions cutting', () => {
    const md = lines(
      '# Loaf',
      '',
      '## API',
      '',
      '| Method | Route | Notes |',
      '|---|---|---|',
      '| POST | `/api/crates` | |',
      '| POST | `/api/crates/:id/insure` | cut with insurance |',
      '| DELETE | `/api/crates/:id/tags` | dropped along with tagging |',
      '| POST | `/api/crates/:id/trim` | cuts the label to 20 characters |',
    );
    expect(apiLines(md)).toEqual(['POST /api/crates', 'POST /api/crates/:id/trim']);
  });
});

describe('Mermaid diagrams', () => {
  it("reads a sequence diagram's calls as endpoints (a callback to us too), not another host's nor the replies", () => {
    const md = lines(
      '# Kiln',
      '',
      '## Flow',
      '',
      '```mermaid',
      'sequenceDiagram',
      '    participant U as Potter',
      '    participant K as Kiln API',
      '    participant P as Postmark',
      '    U->>K: POST /api/firings',
      '    K-->>U: 201 {id}',
      '    K->>P: POST https://api.postmarkapp.com/email',
      '    P->>K: POST /hooks/postmark',
      '    U->>+K: PATCH /api/firings/{firingId} {state: "cooling"}',
      '    U-)K: GET /api/firings?kiln=2',
      '    Note over U,K: GET /api/legacy/firings is deprecated',
      '```',
    );
    expect(apiLines(md)).toEqual(['GET /api/firings', 'PATCH /api/firings/:firingId', 'POST /api/firings', 'POST /hooks/postmark']);
  });

  it('reads no endpoint from a flowchart or a diagram of messages without a method', () => {
    const md = lines(
      '# Kiln',
      '',
      '## Flow',
      '',
      '```mermaid',
      'sequenceDiagram',
      '    U->>K: open /firings/new',
      '    K->>U: redirect to /firings',
      '```',
      '',
      '```mermaid',
      'flowchart LR',
      '    A[POST /api/x] --> B',
      '```',
    );
    expect(apiLines(md)).toEqual([]);
  });

  it("types an erDiagram attribute by its comment's values or null", () => {
    const md = lines(
      '# Kiln',
      '',
      '## Data',
      '',
      '```mermaid',
      'erDiagram',
      '    Firing {',
      '        uuid id PK',
      '        string state "loading | firing | cooling"',
      '        int peakC "null until measured"',
      '        datetime endedAt "nullable"',
      '        int cones "max 12"',
      '        string label "shown on the door"',
      '    }',
      '```',
    );
    expect(modelLines(md)).toEqual(['Firing { id: string; state: "loading" | "firing" | "cooling"; peakC: number | null; endedAt: string | null; cones: number; label: string }']);
  });
});

describe('toggles as subsections', () => {
  const md = lines(
    '# Moorings',
    '',
    'Skippers book a mooring buoy for the night.',
    '',
    '<details>',
    '<summary><b>Screens</b> (click to expand)</summary>',
    '',
    '- Buoy map — `/buoys`',
    '- My nights — `/me/nights`',
    '',
    '</details>',
    '',
    '<details open>',
    '<summary>Data</summary>',
    '',
    '**Buoy**',
    '',
    '| Field | Type |',
    '|---|---|',
    '| id | uuid |',
    '| maxTons | integer |',
    '',
    '</details>',
    '',
    '<details>',
    '<summary>Rules</summary>',
    '',
    '1. A buoy holds one boat a night.',
    '2. Bookings close at 18:00 each day.',
    '',
    '</details>',
    '',
    '<details>',
    '<summary>Phase 2 (not for launch)</summary>',
    '',
    '- Tide alerts from `GET /api/buoys/:buoyId/tides`, shown at `/buoys/:buoyId/tides`.',
    '',
    '</details>',
    '',
    '<details>',
    '<summary>Open questions</summary>',
    '',
    '- Should a buoy hold two dinghies?',
    '',
    '</details>',
    '',
    'Skippers pay on the pontoon.',
  );

  it("reads each toggle in the context its summary names, and leaves out one put off", () => {
    expect(pageRoutes(md)).toEqual(['/buoys', '/me/nights']);
    expect(modelLines(md)).toEqual(['Buoy { id: string; maxTons: number }']);
    expect(apiLines(md)).toEqual([]);
    expect(ruleRows(md).map((r) => r[2])).toEqual(['A buoy holds one boat a night.', 'Bookings close at 18:00 each day.']);
  });

  it('gives a toggle that only names itself no context of its own', () => {
    const plain = lines('# Moorings', '', '## Business rules', '', '<details>', '<summary>Click to expand</summary>', '', '- Bookings close at 18:00 each day.', '', '</details>');
    expect(ruleRows(plain).map((r) => r[2])).toEqual(['Bookings close at 18:00 each day.']);
  });
});

describe('a route-ownership table', () => {
  it('reads the route a row writes, not the route its file would have without the basePath', () => {
    const md = lines(
      '# Depot',
      '',
      '## Routes',
      '',
      '| Route | App | File |',
      '|---|---|---|',
      '| `/staff` | staff | `apps/staff/app/page.tsx` |',
      '| `/staff/vans/:vanId` | staff | `apps/staff/app/vans/[vanId]/page.tsx` |',
      '| `/track` | public | `apps/web/app/track/page.tsx` |',
    );
    expect(pageRoutes(md)).toEqual(['/staff', '/staff/vans/:vanId', '/track']);
  });

  it('still reads a route file in a row that writes no route', () => {
    const md = lines('# Depot', '', '## Routes', '', '| Screen | File |', '|---|---|', '| Vans | `app/vans/page.tsx` |', '| Van | `app/vans/[vanId]/page.tsx` |');
    expect(pageRoutes(md)).toEqual(['/vans', '/vans/:vanId']);
  });
});

describe('a path outside the stated base', () => {
  it('keeps a route the text says lives outside the prefix as written, and prefixes the others', () => {
    const md = lines(
      '# Ledger',
      '',
      '## Endpoints',
      '',
      'All paths below are relative to `/api/v3`.',
      '',
      '- `GET /accounts` — list accounts',
      '',
      'The bank calls us back; that receiver sits **outside** the versioned base at `POST /hooks/bank`.',
      '',
      '- `POST /accounts/{id}/close` — close, outside business hours too',
    );
    expect(apiLines(md)).toEqual(['GET /api/v3/accounts', 'POST /api/v3/accounts/:id/close', 'POST /hooks/bank']);
  });
});

describe('a route named outside the sections its prefix holds in', () => {
  it('is the endpoint listed under the prefix, and stays as written when none is listed', () => {
    const md = lines(
      '# Ledger',
      '',
      '## Changelog',
      '',
      '- 1.2: added `GET /statements/{id}` and `GET /health`.',
      '',
      '## Endpoints',
      '',
      'All paths below are relative to `/api/v3`.',
      '',
      '- `GET /statements/{id}` — one statement',
      '- `GET /accounts` — list accounts',
    );
    expect(apiLines(md)).toEqual(['GET /api/v3/accounts', 'GET /api/v3/statements/:id', 'GET /health']);
  });
});
