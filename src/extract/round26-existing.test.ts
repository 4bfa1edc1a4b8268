/**
 * Round 26, code shown as it is today: route code a lead-in or its file comment says is there already
 * and unchanged, and route files a tree marks "existing, unchanged", declare nothing to build; a call
 * that "calls Fuelnet's issuer API" goes out of the product; a type a paragraph calls a request shape only is no
 * model; a row that is to "remove an endpoint" (one record) still names a call to build; an OpenAPI
 * component named for its call (`AppointmentCreate`) is no model.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes } from '../testing/extract.js';

describe('a block of route code led in as already there and unchanged', () => {
  const routes = (lead: string, head = '// src/routes/health.ts') =>
    lines('# Spec', '', '## Routes', '', '```ts', '// src/routes/orders.ts', "app.get('/orders', listOrders)", '```', '', lead, '', '```ts', head, "app.get('/healthz', async () => ({ ok: true }))", '```');

  it('declares nothing: "already there, not touching it:", "Current router, unchanged by this release:"', () => {
    expect(apiLines(routes('already there, not touching it:'))).toEqual(['GET /orders']);
    expect(apiLines(routes('Current router, unchanged by this release:'))).toEqual(['GET /orders']);
  });

  it('declares nothing when its file comment says it is today\'s: `// src/routes/health.ts (existing)`', () => {
    expect(apiLines(routes('Health check:', '// src/routes/health.ts (existing)'))).toEqual(['GET /orders']);
  });

  it('still declares its routes when the lead-in says what changes besides, or says nothing of it', () => {
    expect(apiLines(routes('The health router is unchanged except for the new probe:'))).toEqual(['GET /healthz', 'GET /orders']);
    expect(apiLines(routes('Health check, new in this release:'))).toEqual(['GET /healthz', 'GET /orders']);
    expect(apiLines(routes('Health check (paths unchanged, handlers rewritten in Go):'))).toEqual(['GET /healthz', 'GET /orders']);
  });

  it('reads a Vue router shown as it is today as no pages', () => {
    const md = lines('# Spec', '', '## Frontend', '', 'Current router, unchanged by this release:', '', '```ts', '// src/router/index.ts', 'const routes: RouteRecordRaw[] = [', "  { path: '/login', name: 'login', component: LoginView },", ']', '```', '', '```ts', '// src/router/board.ts', 'export const boardRoutes: RouteRecordRaw[] = [', "  { path: '/board', name: 'board', component: BoardView },", ']', '```');
    expect(pageRoutes(md)).toEqual(['/board']);
  });
});

describe('a route file a directory tree marks as there already', () => {
  const tree = (note: string) =>
    lines('# Spec', '', '## Routes', '', '```text', 'app/', `├── (marketing)/page.tsx        ${note}`, '├── shows/page.tsx              show list', '└── api/', '    ├── auth/[...nextauth]/route.ts   existing, unchanged', '    └── shows/route.ts            GET, POST', '```');

  it('declares nothing: "existing, unchanged", "existing landing page, not touched"', () => {
    const md = tree('existing landing page, not touched');
    expect(pageRoutes(md)).toEqual(['/shows']);
    expect(apiLines(md)).toEqual(['GET /api/shows', 'POST /api/shows']);
  });

  it('keeps a file whose comment only names what it shows of existing things', () => {
    expect(pageRoutes(tree("existing shows, newest first"))).toEqual(['/', '/shows']);
  });
});

describe('a route declaration whose comment says it is there already', () => {
  const router = (note: string) =>
    lines('# Design', '', '## HTTP API', '', '```go', 'r := chi.NewRouter()', 'r.Get("/cards", h.ListCards)', `r.Get("/healthz", h.Health) // ${note}`, '```');

  it('declares nothing: `// existing`, `// unchanged from the template`', () => {
    expect(apiLines(router('existing'))).toEqual(['GET /cards']);
    expect(apiLines(router('unchanged from the service template'))).toEqual(['GET /cards']);
  });

  it('in Django url patterns too: `path("health/", health),  # existing`', () => {
    const md = lines('# Spec', '', '## URLs', '', '```python', 'urlpatterns = [', '    path("health/", health),   # existing', '    path("samples/", w.sample_list),', ']', '```');
    expect(pageRoutes(md)).toEqual(['/samples']);
  });

  it('still declares one whose comment only speaks of existing things: `// existing cards only`', () => {
    expect(apiLines(router('checks existing cards only'))).toEqual(['GET /cards', 'GET /healthz']);
  });
});

describe('a route file a list item or table row says is there already', () => {
  it('declares nothing: "— existing, unchanged", a row noted "existing, unchanged"', () => {
    const md = lines(
      '# Spec',
      '',
      '## Routes',
      '',
      '- `app/api/auth/[...nextauth]/route.ts` — existing, unchanged',
      '- `app/api/shows/route.ts` — `GET` lists shows, `POST` creates one',
      '',
      '| File | Methods | Notes |',
      '|---|---|---|',
      '| `app/api/health/route.ts` | GET | existing, unchanged |',
      '| `app/api/episodes/route.ts` | GET, POST | new |',
    );
    expect(apiLines(md)).toEqual(['GET /api/episodes', 'GET /api/shows', 'POST /api/episodes', 'POST /api/shows']);
  });

  it('still declares one whose note says what changes: "unchanged except for the new `PATCH`"', () => {
    const md = lines('# Spec', '', '## Routes', '', '- `app/api/shows/route.ts` — `GET` unchanged except for the new `PATCH`');
    expect(apiLines(md)).toEqual(['GET /api/shows', 'PATCH /api/shows']);
  });
});

describe("a call to another company's API, named in possessive", () => {
  const api = (sentence: string) => lines('# Design', '', '## HTTP API', '', '- `POST /v1/cards` issues a card.', '', sentence);

  it('is none: "`IssueCard` calls Fuelnet\'s issuer API, `POST https://…/v2/cards`"', () => {
    expect(apiLines(api("Issuing a card orders the plastic: `IssueCard` calls Fuelnet's issuer API, `POST https://issuer.fuelnet.example/v2/cards`."))).toEqual(['POST /v1/cards']);
  });

  it("keeps a call of the product's own that another company's system makes", () => {
    expect(apiLines(api("Fuelnet's network calls `POST /network/authorize` for every pump authorization."))).toEqual(['POST /network/authorize', 'POST /v1/cards']);
  });
});

describe('a paragraph below a schema block that calls some of its types message shapes only', () => {
  const schema = (note: string) =>
    lines('# Spec', '', '## Data', '', '```ts', 'interface Dock {', '  id: string;', '  name: string;', '}', '', 'interface DockCreate {', '  name: string;', '}', '```', '', note);

  it('leaves those types out: "`DockCreate` is a request shape only; nothing is stored under that name"', () => {
    expect(modelLines(schema('`DockCreate` is a request shape only; nothing is stored under that name.')).map((m) => m.split(' ')[0])).toEqual(['Dock']);
    expect(modelLines(schema('`DockCreate` is not persisted.')).map((m) => m.split(' ')[0])).toEqual(['Dock']);
  });

  it('keeps them when the paragraph only speaks of a request', () => {
    expect(modelLines(schema('`DockCreate` is what the request to create a dock holds, and it is stored as a draft.')).map((m) => m.split(' ')[0]).sort()).toEqual(['Dock', 'DockCreate']);
  });
});

describe('an endpoints table row whose purpose is to remove one record', () => {
  const table = (purpose: string) =>
    lines('# Spec', '', '## Management API', '', '| Method | Path | Purpose |', '|---|---|---|', '| GET | `/webhook-endpoints` | list endpoints |', `| DELETE | \`/webhook-endpoints/{endpointId}\` | ${purpose} |`);

  it('is a call to build: "remove an endpoint"', () => {
    expect(apiLines(table('remove an endpoint'))).toEqual(['DELETE /webhook-endpoints/:endpointId', 'GET /webhook-endpoints']);
  });

  it('is none when the row takes routes away: "remove the old endpoints"', () => {
    expect(apiLines(table('remove the old endpoints'))).toEqual(['GET /webhook-endpoints']);
  });
});

describe('an OpenAPI component named for the call it shapes, the verb after the thing', () => {
  const spec = (name: string) =>
    lines(
      '# Spec',
      '',
      '## API',
      '',
      '```yaml',
      'openapi: 3.1.0',
      'paths: {}',
      'components:',
      '  schemas:',
      '    Dock:',
      '      type: object',
      '      properties:',
      '        id: { type: string }',
      `    ${name}:`,
      '      type: object',
      '      properties:',
      '        note: { type: string }',
      '```',
    );

  it('is no model: `AppointmentCreate`, `DockUpdateRequest`, `OrderPatchBody`', () => {
    for (const name of ['AppointmentCreate', 'DockUpdateRequest', 'OrderPatchBody']) expect(modelLines(spec(name)).map((m) => m.split(' ')[0])).toEqual(['Dock']);
  });

  it('is a model when the name is a record\'s: `StatusUpdate`, `SecurityPatch`', () => {
    for (const name of ['StatusUpdate', 'SecurityPatch']) expect(modelLines(spec(name)).map((m) => m.split(' ')[0]).sort()).toEqual(['Dock', name]);
  });
});
