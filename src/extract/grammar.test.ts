import { describe, expect, it } from 'vitest';
import { mergeTasks } from '../plan/merge.js';
import { parsePrd } from '../prd/parse.js';
import { renderApi } from '../render/api.js';
import { modelIdentifiers } from '../render/models.js';
import type { ApiTask, ModelTask, RuleTask, Task } from '../types.js';
import { extractTasks } from './extract.js';
import { normalizeFieldType, readFieldNotes } from './field-types.js';
import { findSeparatedMethodPaths } from './paths.js';
import { extractWarnings } from './warnings.js';

/** Each pattern of the second extraction round, with what it must read and what it must leave alone. */
const tasks = (md: string): Task[] => mergeTasks(extractTasks(parsePrd(md, 'x.md'))).tasks;
const apis = (md: string) => tasks(md).flatMap((t) => (t.kind === 'api' ? (t.methods.length > 0 ? t.methods.map((m) => `${m} ${t.path}`) : [`? ${t.path}`]) : []));
const models = (md: string) => tasks(md).filter((t): t is ModelTask => t.kind === 'model');
const rules = (md: string) => tasks(md).filter((t): t is RuleTask => t.kind === 'rule');
/** The id the PRD wrote, not the one merging derives from the text (`rule:<hash>`). */
const explicitId = (r: RuleTask) => (r.id?.startsWith('rule:') ? undefined : r.id);
const pages = (md: string) => tasks(md).flatMap((t) => (t.kind === 'page' ? [t.route] : []));

describe('method and path apart in a sentence', () => {
  it('reads requests made, sent or named with a connective, in several languages, and "the same path"', () => {
    expect(apis('WHEN a GET request is made to /api/home THEN the system SHALL answer.')).toEqual(['GET /api/home']);
    expect(apis('The client sends a DELETE request to `/api/x/{id}`; a PUT request to the same path replaces it.')).toEqual(['PUT /api/x/:id', 'DELETE /api/x/:id']);
    expect(apis('- Crear una reserva: un POST a `/api/reservas`')).toEqual(['POST /api/reservas']);
  });

  it('leaves web URLs, file paths, command examples and legacy routes alone', () => {
    expect(apis('The app sends a GET request to https://status.example.com/api/ping every minute.')).toEqual([]);
    expect(apis('The job sends a POST request to /etc/cron.d/backup when done.')).toEqual([]);
    expect(apis('Example: `curl -X DELETE https://api.example.com/api/items/1`.')).toEqual([]);
    expect(apis('The legacy client sends a GET request to `/api/v0/feed`.')).toEqual([]);
    expect(apis('## Out of scope\nA DELETE request to `/api/items/{id}` purges an item.')).toEqual([]);
    // "the same path" with nothing named before it in the paragraph names nothing.
    expect(findSeparatedMethodPaths('Then a PATCH request to the same path follows.')).toEqual([]);
  });
});

describe('questions', () => {
  it('name no endpoint or page: they ask whether to build it', () => {
    expect(apis('## Open questions\n- Should a GET request to `/api/orders/export` be paginated?\n')).toEqual([]);
    expect(apis('## Notes\nShould we expose the `/api/admin/stats` endpoint?\n')).toEqual([]);
    expect(apis('## API\n- Do we need `DELETE /api/items/{id}`?\n')).toEqual([]);
    expect(pages('## Screens\n- Should users log in at `/sso` instead?\n')).toEqual([]);
  });

  it('leave statements alone, also when a path holds a query string', () => {
    expect(apis('## API\n- GET /api/items?page=2 lists a page of items.\n- Users ask what changed; GET /api/changes answers.\n')).toEqual(['GET /api/changes', 'GET /api/items']);
    expect(apis('## Open questions\n- Should exports be paginated? GET /api/orders/export returns them all for now.\n')).toEqual(['GET /api/orders/export']);
  });
});

describe('out-of-scope words', () => {
  it('are read in the prose only: a path or code span holding "legacy", "deprecated" or "sunset" is still an endpoint', () => {
    expect(apis('## API\nAPI: GET /api/legacy/items\n')).toEqual(['GET /api/legacy/items']);
    expect(apis('## API\n- `DELETE /api/deprecated/{id}` — purges a tombstone\n- `POST /api/sunset-reports` files one\n')).toEqual(['DELETE /api/deprecated/:id', 'POST /api/sunset-reports']);
    expect(apis('## API\n### GET /api/legacy/feed\nLists the feed.\n')).toEqual(['GET /api/legacy/feed']);
    expect(apis('## API\n| Method | Path |\n|--|--|\n| GET | `/api/legacy/orders` |\n')).toEqual(['GET /api/legacy/orders']);
  });

  it('in the prose still leave the endpoint out', () => {
    expect(apis('## API\n- GET /api/old (legacy, out of scope)\n- GET /api/new\n')).toEqual(['GET /api/new']);
    expect(apis('## API\nAPI: GET /api/legacy/items — deprecated, do not build\n')).toEqual([]);
    expect(apis('## API\n### GET /api/feed (deprecated)\nLists the feed.\n')).toEqual([]);
  });
});

describe('endpoint tables and lists', () => {
  it('reads path and method columns in either order, shared method cells and a method after the path', () => {
    const md = ['## API', '| Path | Method |', '|--|--|', '| `/api/a/{id}` | GET, PATCH |', '', '| Endpoint | Notes |', '|--|--|', '| `/api/b` POST | create |'].join('\n');
    expect(apis(md)).toEqual(['GET /api/a/:id', 'PATCH /api/a/:id', 'POST /api/b']);
  });

  it('reads list items and lines that start with a path and then name its methods', () => {
    expect(apis('## Endpoints\n- `/api/items` POST\n- /api/items/{id} — GET, PATCH\n- `/api/tags`: GET\n- /api/tags/{id} [DELETE]\n- /api/carts → PUT\n')).toEqual(['PUT /api/carts', 'POST /api/items', 'GET /api/items/:id', 'PATCH /api/items/:id', 'GET /api/tags', 'DELETE /api/tags/:id']);
  });

  it('pairs no path with a method word later in prose, a plural or a lower-case word', () => {
    const withMethod = (md: string) => apis(md).filter((a) => !a.startsWith('?'));
    expect(withMethod('## Endpoints\n- /api/items GETs are cached for a minute\n- /api/feed post titles are trimmed\n')).toEqual([]);
    expect(withMethod('## Notes\nThe report at /reports/weekly lists, per team, how many GET calls failed.\n')).toEqual([]);
  });

  it('reads an API path that is alone in a cell of any table, not a page or a bare prefix', () => {
    const md = ['## Targets', '| Metric | Target |', '|--|--|', '| `/api/v1/bookings` POST (p95) | < 500ms |', '| `/api/health` (p95) | < 100ms |', '| `/api/v1` (all) | 99.9% |', '| `/dashboard/home` | 1s |'].join('\n');
    expect(apis(md)).toEqual(['? /api/health', 'POST /api/v1/bookings']);
  });

  it('keeps what an endpoint takes and returns', () => {
    const md = ['## API', '| Method | Path | Request | Response |', '|--|--|--|--|', '| POST | /api/orders | Order | Order |', '', '- `GET /api/menu` — returns a list of MenuItems', '- `GET /api/me` → User'].join('\n');
    const byPath = new Map(tasks(md).flatMap((t) => (t.kind === 'api' ? [[t.path, t.bodies] as const] : [])));
    expect(byPath.get('/api/orders')).toEqual({ POST: { request: 'Order', response: 'Order' } });
    expect(byPath.get('/api/menu')).toEqual({ GET: { response: 'MenuItem[]' } });
    expect(byPath.get('/api/me')).toEqual({ GET: { response: 'User' } });
  });

  it('reads what an endpoint heading takes and returns from the prose right under it', () => {
    const md = ['## API', '### GET /api/history', 'Lists past purchases.', 'Returns a list of `Receipt`.', '', '### POST /api/bookings', 'Takes a `BookingInput` and', 'returns the `Booking`.'].join('\n');
    const byPath = new Map(tasks(md).flatMap((t) => (t.kind === 'api' ? [[t.path, t.bodies] as const] : [])));
    expect(byPath.get('/api/history')).toEqual({ GET: { response: 'Receipt[]' } });
    expect(byPath.get('/api/bookings')).toEqual({ POST: { request: 'BookingInput', response: 'Booking' } });
  });

  it('does not give an endpoint heading the returns sentence of another section or of a later endpoint', () => {
    const other = ['## API', '### GET /api/history', 'Lists past purchases.', '', '### Notes', 'Returns a list of `Receipt`.'].join('\n');
    expect(tasks(other).find((t): t is ApiTask => t.kind === 'api' && t.path === '/api/history')!.bodies).toBeUndefined();
    const later = ['## API', '### GET /api/history', 'Lists past purchases.', '- `GET /api/stats` — returns a `Summary`', 'Returns a list of `Receipt`.'].join('\n');
    const byPath = new Map(tasks(later).flatMap((t) => (t.kind === 'api' ? [[t.path, t.bodies] as const] : [])));
    expect(byPath.get('/api/history')).toBeUndefined();
    expect(byPath.get('/api/stats')).toEqual({ GET: { response: 'Summary' } });
  });

  it('reads OpenAPI $ref bodies: the request body, the first 2xx response and an array of refs as a list; the client uses them', () => {
    const doc = [
      'openapi: 3.0.0',
      'paths:',
      '  /api/animals:',
      '    get:',
      '      responses:',
      "        '200':",
      '          content:',
      '            application/json:',
      '              schema: { type: array, items: { $ref: "#/components/schemas/Pet" } }',
      '    post:',
      '      requestBody:',
      '        content:',
      '          application/json:',
      '            schema: { $ref: "#/components/schemas/NewPet" }',
      '      responses:',
      "        '400':",
      '          content:',
      '            application/json:',
      '              schema: { $ref: "#/components/schemas/Problem" }',
      "        '201':",
      '          content:',
      '            application/json:',
      '              schema: { $ref: "#/components/schemas/Pet" }',
      '  /api/animals/{id}:',
      '    delete:',
      '      responses:',
      "        '204': { description: gone }",
      '    patch:',
      '      requestBody:',
      '        content:',
      '          application/json:',
      '            schema: { type: object, properties: { name: { type: string } } }',
      'components:',
      '  schemas:',
      '    Pet: { type: object, properties: { id: { type: string }, name: { type: string } } }',
      '    NewPet: { type: object, properties: { name: { type: string } } }',
      '    Problem: { type: object, properties: { title: { type: string } } }',
    ];
    const all = tasks(['## API', '```yaml', ...doc, '```'].join('\n'));
    const list = all.filter((t): t is ApiTask => t.kind === 'api');
    expect(list.find((t) => t.path === '/api/animals')!.bodies).toEqual({ GET: { response: 'Pet[]' }, POST: { request: 'NewPet', response: 'Pet' } });
    // No $ref (an empty 204, an inline schema): nothing recorded, the client keeps its path guess.
    expect(list.find((t) => t.path === '/api/animals/:id')!.bodies).toBeUndefined();
    const ms = all.filter((t): t is ModelTask => t.kind === 'model');
    const code = renderApi(list, ms, modelIdentifiers(ms));
    expect(code).toMatch(/getApiAnimals: \(init\?: RequestOptions\) => request<Pet\[\]>/);
    expect(code).toMatch(/postApiAnimals: \(body: NewPet, init\?: RequestOptions\) => request<Pet>/);
  });

  it('makes an endpoint named without a method a task with no methods, and warns where and how to write it', () => {
    const md = ['# Costs', '', 'To price a basket, invoke the `/api/cost/calculate` endpoint.', '', '## Endpoints', '', '- `/actuator/health` — readiness', '- `GET /api/items`', '- See https://example.org/docs/api and `/docs/setup.md`.'].join('\n');
    const all = extractTasks(parsePrd(md, 'costs.md'));
    expect(apis(md)).toEqual(['? /actuator/health', '? /api/cost/calculate', 'GET /api/items']);
    expect(extractWarnings(all)).toMatchObject([
      { file: 'costs.md', line: 3, code: 'WNOMETHOD', message: expect.stringContaining('`POST /api/cost/calculate`') },
      { file: 'costs.md', line: 7, code: 'WNOMETHOD' },
    ]);
  });

  it('leaves endpoints without methods out of the typed client and the route table', () => {
    const list = tasks('## Endpoints\n\n- `/actuator/health`\n- `GET /api/items`\n').filter((t): t is ApiTask => t.kind === 'api');
    expect(list.map((t) => t.methods)).toEqual([[], ['GET']]);
    const code = renderApi(list, [], modelIdentifiers([]));
    expect(code).toMatch(/path: ["']\/api\/items["']/);
    expect(code).not.toContain('actuator');
  });
});

describe('models in the shapes PRDs use', () => {
  it('reads an example record under a model heading, not an example payload', () => {
    const md = ['## Data', '### Room', 'Example record:', '```json', '{ "id": "r-1", "capacity": 12, "hasVideo": true, "tags": ["a"] }', '```', 'Example request body:', '```json', '{ "roomId": "r-1", "reason": "x" }', '```'].join('\n');
    expect(models(md)).toMatchObject([{ name: 'Room', fields: [{ name: 'id', type: 'string' }, { name: 'capacity', type: 'number' }, { name: 'hasVideo', type: 'boolean' }, { name: 'tags', type: 'string[]' }] }]);
    expect(models('## API\n### Create room\n```json\n{ "name": "x", "capacity": 3 }\n```\n')).toEqual([]);
  });

  it('reads key-entity lines after their description, nested field items and PK/FK notes', () => {
    const md = ['## Key Entities', '- **Call**: a funding round; title, opensAt, budget.', '- **Depot**', '  - id (PK)', '  - managerId (FK)'].join('\n');
    expect(models(md).map((m) => [m.name, m.fields.map((f) => f.name)])).toEqual([
      ['Call', ['title', 'opensAt', 'budget']],
      ['Depot', ['id', 'managerId']],
    ]);
    expect(models('## Goals\n- **Speed**\n  - fast pages\n  - small bundles\n')).toEqual([]);
  });

  it('keeps enums, nullable, optional and defaults, and marks types guessed from a name', () => {
    expect(readFieldNotes('pending/approved/rejected')).toEqual({ type: '"pending" | "approved" | "rejected"', optional: false, nullable: false });
    expect(readFieldNotes('enum: A, B')).toMatchObject({ type: '"A" | "B"' });
    expect(readFieldNotes('one of red, green')).toMatchObject({ type: '"red" | "green"' });
    expect(readFieldNotes('text, nullable')).toEqual({ type: 'text', optional: false, nullable: true });
    expect(readFieldNotes('optional, user id')).toEqual({ type: 'user id', optional: true, nullable: false });
    expect(normalizeFieldType('user id')).toBe('string');
    expect(readFieldNotes('default 24')).toMatchObject({ type: 'number' });
    expect(readFieldNotes('yes/no')).toMatchObject({ type: 'yes/no' });
    const [booking] = models('## Data\n### Booking\n- `status` (pending/done)\n- `note` (text, nullable)\n- `count`\n');
    expect(booking!.fields).toEqual([
      { name: 'status', type: '"pending" | "done"', optional: false },
      { name: 'note', type: 'string | null', optional: false },
      { name: 'count', type: 'number', optional: false, inferred: true },
    ]);
  });

  it('keeps TypeScript literal unions and aliases', () => {
    const md = ['## Types', '```ts', "type Fuel = 'petrol' | 'diesel';", 'interface Refuel {', '  fuel: Fuel;', '  litres: number | null;', "  kind: 'a' | 'b';", '}', '```'].join('\n');
    expect(models(md)[0]!.fields).toEqual([
      { name: 'fuel', type: '"petrol" | "diesel"', optional: false },
      { name: 'litres', type: 'number | null', optional: false },
      { name: 'kind', type: '"a" | "b"', optional: false },
    ]);
  });
});

describe('rules by meaning', () => {
  it('leaves out questions holding "should", guidance to the author, statements about the document and quoted modals', () => {
    const md = `## Notes
Which roles should approve a refund? This document describes what the product should do.
Write each rule as a single sentence using "must" or "should".
The word "must" appears in many places here.
The system must log every refund.`;
    expect(rules(md).map((r) => r.text)).toEqual(['The system must log every refund.']);
  });

  it('reads the items of a requirements list or table as rules, with their ids, without table noise', () => {
    const md = ['## Business rules', '- A booking needs an approved room.', '- Status: Draft', '', '## Requirements', '| ID | Requirement | Priority |', '|--|--|--|', '| REQ-12 | Refunds are paid within five days | P0 |'].join('\n');
    expect(rules(md).map((r) => [explicitId(r), r.text, r.level])).toEqual([
      [undefined, 'A booking needs an approved room.', 'must'],
      ['REQ-12', 'Refunds are paid within five days', 'must'],
    ]);
    expect(rules('## Goals\n- Make booking fast for everyone.\n')).toEqual([]);
  });

  it('keeps Given/When/Then together, EARS context, explicit and Kiro ids', () => {
    const md = ['## Requirements', '### Requirement 2', '#### Acceptance Criteria', '1. WHEN a user saves THEN the system SHALL store it.', '2. IF the user is offline THEN the system SHALL queue it.', '3. **FR-007**: The system MUST retry.', '', '## Scenarios', '**Given** a draft, **When** it is sent, **Then** it is locked.'].join('\n');
    expect(rules(md).map((r) => [explicitId(r), r.text])).toEqual([
      ['2.1', 'WHEN a user saves THEN the system SHALL store it.'],
      ['2.2', 'IF the user is offline THEN the system SHALL queue it.'],
      ['FR-007', 'The system MUST retry.'],
      [undefined, 'Given a draft, When it is sent, Then it is locked.'],
    ]);
  });

  it('keeps scenario steps written one per list item together as one rule', () => {
    const md = ['### Requirement: Validation', '#### Scenario: Missing sections', '- **WHEN** a spec has no Purpose section', '- **THEN** validation reports an error', '- **AND** exits with code 1', '- **WHEN** a spec has two Purpose sections', '- **THEN** validation warns once'].join('\n');
    expect(rules(md).map((r) => r.text).sort()).toEqual(['WHEN a spec has no Purpose section THEN validation reports an error AND exits with code 1', 'WHEN a spec has two Purpose sections THEN validation warns once']);
  });

  it('reads normative verbs of other languages, and "should" only where it is used', () => {
    const md = ['## Notas', 'El sistema debe guardar cada pago.', 'Das System soll Belege aufheben.', '系统必须记录每次加油。', 'Le document doit être lu.'].join('\n');
    expect(rules(md).map((r) => [r.level, r.text])).toEqual([
      ['must', 'El sistema debe guardar cada pago.'],
      ['should', 'Das System soll Belege aufheben.'],
      ['must', '系统必须记录每次加油。'],
      ['must', 'Le document doit être lu.'],
    ]);
    expect(rules('## Notes\nThe mustard and the shallot are debated.\n')).toEqual([]);
  });

  it('keeps code spans holding <…> and splits a quoted list into its items', () => {
    const md = ['## Security', '> - Every request must carry `Bearer <token>` in its header.', '> - Tokens must expire after one hour.'].join('\n');
    expect(rules(md).map((r) => r.text).sort()).toEqual(['Every request must carry Bearer <token> in its header.', 'Tokens must expire after one hour.']);
  });
});

describe('pages', () => {
  it('reads where a person logs in, not API paths or files', () => {
    expect(pages('## Auth\nUsers log in at `/login` with a magic link.\n')).toEqual(['/login']);
    expect(pages('## Auth\nThe token is stored in `/var/lib/app/token.json`.\n')).toEqual([]);
    expect(pages('## Screens\n| Pantalla | Ruta |\n|--|--|\n| Inicio | `/` |\n| Old admin (legacy) | `/admin-old` |\n')).toEqual(['/']);
  });
});

describe('what follows a colon', () => {
  const texts = (md: string) => rules(md).map((r) => r.text);

  it('keeps the rule after a label and its colon, in a sentence, a bold list item or a requirements list', () => {
    expect(texts('## Notes\nValidation: the email MUST be unique.\n')).toEqual(['Validation: the email MUST be unique.']);
    expect(texts('## Notes\n- **Refunds:** a refund must not exceed the order total\n')).toEqual(['Refunds: a refund must not exceed the order total']);
    expect(texts('## Business rules\n- Refunds: never more than the order total\n')).toEqual(['Refunds: never more than the order total']);
    // A label and a value is not a rule, even in a requirements list.
    expect(texts('## Business rules\n- Status: Draft\n')).toEqual([]);
  });

  it('completes a requirement that ends with a colon with the list after it', () => {
    const md = ['## Output', 'Error and info messages SHALL include:', '- the source file path', '- a structured path, e.g. `deltas[0]`', '', 'Done here.'].join('\n');
    // A code span keeps its brackets.
    expect(texts(md)).toEqual(['Error and info messages SHALL include: the source file path; a structured path, e.g. deltas[0]']);
    // A blank line between the sentence and its list; the items of a requirements section are its parts, not rules of their own.
    const loose = ['## Requirements', 'Each order MUST satisfy:', '', '1. a total of zero or more', '2. at least one line item'].join('\n');
    expect(texts(loose)).toEqual(['Each order MUST satisfy: a total of zero or more; at least one line item']);
  });

  it('leaves the list alone after a sentence that is no rule, after a rule that does not end with a colon, and when items have ids', () => {
    expect(texts('## Notes\nThe following notes apply:\n- one two three four\n- the system must log every call\n')).toEqual(['the system must log every call']);
    expect(texts('## Notes\nThe system MUST log every call.\n- one two three four\n')).toEqual(['The system MUST log every call.']);
    const ids = ['## Requirements', 'The system SHALL support:', '- FR-001: Users can sign in with email', '- FR-002: Users can reset a password'].join('\n');
    expect(rules(ids).map((r) => [explicitId(r), r.text])).toEqual([
      [undefined, 'The system SHALL support:'],
      ['FR-001', 'Users can sign in with email'],
      ['FR-002', 'Users can reset a password'],
    ]);
    // A paragraph, not a list, after the colon.
    expect(texts('## Notes\nEvery export MUST contain:\n\nThe exports are described later.\n')).toEqual(['Every export MUST contain:']);
  });
});
