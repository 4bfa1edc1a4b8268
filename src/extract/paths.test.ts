import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PrdDocument } from '../prd/types.js';
import { parsePrd } from '../prd/parse.js';
import { mergeTasks } from '../plan/merge.js';
import { extractTasks } from './extract.js';
import { normalizeFieldType } from './field-types.js';
import { normalizeModelName, titleFromRoute } from './names.js';
import { findMethodPaths, findPaths, normalizeApiPath, normalizeWrittenPath } from './paths.js';

const tasks = (md: string) => mergeTasks(extractTasks(parsePrd(md, 'x.md') as PrdDocument)).tasks;
const apis = (md: string) => tasks(md).flatMap((t) => (t.kind === 'api' ? t.methods.map((m) => `${m} ${t.path}`) : []));
const pages = (md: string) => tasks(md).flatMap((t) => (t.kind === 'page' ? [t.route] : []));
const models = (md: string) => tasks(md).flatMap((t) => (t.kind === 'model' ? [t.name] : []));

describe('normalizeApiPath', () => {
  it.each([
    ['/api/orders/{orderId}', '/api/orders/:orderId'],
    ['/api/orders/[id]', '/api/orders/:id'],
    ['/api/orders/<int:id>/lines', '/api/orders/:id/lines'],
    ['/api/orders/:order-id/', '/api/orders/:orderId'],
    ['/search?q=1#top', '/search'],
    ['/files/[...slug]', '/files/:slug'],
    ['/', '/'],
  ])('%s → %s', (raw, want) => expect(normalizeApiPath(raw)).toBe(want));

  it('gives what the segment-by-segment reading gives, canonical paths (its shortcut) or not', () => {
    // Segments near the shortcut's edges: UUID-length words, record keys, file-system roots, digits first, params in every notation.
    const segment = fc.oneof(
      fc.constantFrom('api', 'Orders', 'etc', 'ETC', 'usr', 'tmp', 'node_modules', 'a-b', '42', 'rep_123', '404', 'x.json', '.', '..', '', '*', '~', 'é', 'abcdefab-abcd-abcd-abcd-abcdefabcdef', 'a'.repeat(34), 'a'.repeat(35), 'a'.repeat(36), 'a'.repeat(37)),
      fc.constantFrom(':id', ':order-id', ':$x', ':1', '{id}', '{{id}}', '[id]', '<int:id>', '$ID', ':id?', ':', ':_'),
      fc.stringMatching(/^[A-Za-z0-9_$:.-]{1,40}$/),
    );
    const path = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '/', '?q=1', '#x', '.', ':', ')', ' ')).map(([segs, tail]) => `/${segs.join('/')}${tail}`);
    const long = fc.integer({ min: 380, max: 420 }).map((n) => `/${'a'.repeat(30)}`.repeat(Math.ceil(n / 31)).slice(0, n));
    // Paths the shortcut may take, but for one segment: a UUID, a record key, a file-system root, a long word.
    const edge = fc.constantFrom('abcdefab-abcd-abcd-abcd-abcdefabcdef', 'rep_123', '42', 'etc', 'Tmp', 'a'.repeat(35), 'a'.repeat(36), 'x.json', ':order-id');
    const nearly = fc.tuple(fc.array(fc.constantFrom('api', 'orders', ':id', 'v2', 'line-items', ':$x'), { maxLength: 4 }), edge, fc.nat({ max: 4 })).map(([segs, e, at]) => `/${[...segs.slice(0, at), e, ...segs.slice(at)].join('/')}`);
    fc.assert(fc.property(fc.oneof(path, nearly, long), (raw) => normalizeApiPath(raw) === normalizeWrittenPath(raw)), { numRuns: 5000, seed: 20261206 });
  });

  it.each(['/legacy/billing.php', '/import.cgi', '/etc/passwd', '//cdn.example.org/x', '/a/../b', 'api/x', '/usr/local/bin'])('rejects %s', (raw) => {
    expect(normalizeApiPath(raw)).toBeUndefined();
  });
});

describe('finding paths in text', () => {
  it('never takes URLs, relative or file paths', () => {
    expect(findPaths('see https://example.org/style and www.example.com/docs, src/app.ts, ./x/y and ~/z').map((p) => p.path)).toEqual([]);
    expect(findPaths('go to `/orders/:id` or /plan.').map((p) => p.path)).toEqual(['/orders/:id', '/plan']);
  });
  it('reads method lists and strips hosts', () => {
    expect(findMethodPaths('GET, POST /api/x and PUT/PATCH /api/y/{id} and DELETE https://api.example.com/v1/z?force=1').map(({ methods, path }) => ({ methods, path }))).toEqual([
      { methods: ['GET', 'POST'], path: '/api/x' },
      { methods: ['PUT', 'PATCH'], path: '/api/y/:id' },
      { methods: ['DELETE'], path: '/v1/z' },
    ]);
    expect(findMethodPaths('we get /api/x from them')).toEqual([]);
  });
});

describe('what must not become a task', () => {
  it('skips out-of-scope sections, legacy lines, curl examples and the word page', () => {
    const md = [
      '# PRD',
      '## API',
      '- `GET /api/items`',
      '- The legacy `GET /api/v0/items` endpoint is deprecated.',
      '```bash',
      'curl -X POST http://localhost:3000/api/secret',
      '```',
      '## Out of scope',
      '- `DELETE /api/items/{id}`',
      '## Notes',
      'This page explains the view of the world. See [guide](/docs/guide) and https://example.org/x.',
    ].join('\n');
    expect(apis(md)).toEqual(['GET /api/items']);
    expect(pages(md)).toEqual([]);
  });
});

describe('styles the extractor reads', () => {
  it('reads endpoint tables in any column order and SQL tables', () => {
    const md = [
      '## Endpoints',
      '| Description | Route | Verb |',
      '|---|---|---|',
      '| List | `/api/a` | GET, POST |',
      '## Schema',
      '```sql',
      'CREATE TABLE line_items (',
      '  id uuid PRIMARY KEY,',
      '  qty integer NOT NULL,',
      '  note text',
      ');',
      '```',
    ].join('\n');
    expect(apis(md)).toEqual(['GET /api/a', 'POST /api/a']);
    const t = tasks(md).find((x) => x.kind === 'model');
    expect(t).toMatchObject({ name: 'LineItem', fields: [{ name: 'id', type: 'string', optional: false }, { name: 'qty', type: 'number', optional: false }, { name: 'note', type: 'string | null', optional: false }] });
  });

  it('reads API headings, JSON OpenAPI and screen lists', () => {
    const md = [
      '## API',
      '### POST /api/sessions',
      'Creates a session.',
      '```json',
      '{ "paths": { "/api/users/{id}": { "get": {}, "delete": { "deprecated": true } } } }',
      '```',
      '## Screens',
      '- Login — `/login`',
      '- Profile: `/users/:id`',
    ].join('\n');
    expect(apis(md)).toEqual(['POST /api/sessions', 'GET /api/users/:id']);
    expect(tasks(md).filter((t) => t.kind === 'page')).toMatchObject([{ route: '/login', title: 'Login' }, { route: '/users/:id', title: 'Profile' }]);
  });

  it('merges a model defined twice and reports conflicting field types with both sources', () => {
    const a = extractTasks(parsePrd('## Data\nModel: Order — id, total (number)\n', 'a.md'));
    const b = extractTasks(parsePrd('## Data\nModel: orders — id, total (string), note\n', 'b.md'));
    const { tasks: merged, conflicts } = mergeTasks([...b, ...a]);
    expect(merged).toMatchObject([{ kind: 'model', name: 'Order', fields: [{ name: 'id' }, { name: 'total', type: 'number' }, { name: 'note' }], sources: [{ file: 'a.md' }, { file: 'b.md' }] }]);
    expect(conflicts).toMatchObject([{ model: 'Order', field: 'total', types: ['number', 'string'], sources: [{ file: 'a.md', line: 2 }, { file: 'b.md', line: 2 }] }]);
  });

  it('reads bold entity lists in data sections, not elsewhere', () => {
    expect(models('## Key Entities\n- **Invoice**: `number`, `dueAt`, `paid`\n')).toEqual(['Invoice']);
    expect(models('## Goals\n- **Speed**: `fast`, `cheap`\n')).toEqual([]);
    expect(models('## Data\n- **Format**: `JSON`\n- **Retention**: `30 days`\n')).toEqual([]);
    expect(models('## Data\n- **Session** (`id` PK, expiresAt)\n')).toEqual(['Session']);
  });
});

describe('names and types', () => {
  it.each([
    ['refunds', 'Refund'],
    ['order_lines', 'OrderLine'],
    ['Categories', 'Category'],
    ['addresses', 'Address'],
    ['status', 'Status'],
    ['MealPlan', 'MealPlan'],
  ])('model %s → %s', (raw, want) => expect(normalizeModelName(raw)).toBe(want));
  it.each([
    ['varchar(40)', 'string'],
    ['Int?', 'number'],
    ["'a' | 'b'", '"a" | "b"'],
    ["'a'", 'string'],
    ['List<Order>', 'Order[]'],
    ['string | null', 'string | null'],
    ['string | undefined', 'string'],
    ['weird stuff', 'unknown'],
  ])('type %s → %s', (raw, want) => expect(normalizeFieldType(raw)).toBe(want));
  it('derives titles from routes', () => {
    expect([titleFromRoute('/'), titleFromRoute('/me/loans'), titleFromRoute('/recipes/:id')]).toEqual(['Home', 'Loans', 'Recipe detail']);
  });
});

describe('a path followed by CJK text', () => {
  it('ends where the CJK text begins: a particle or full-width punctuation is not part of the path', () => {
    expect(findPaths('`/actuator/health`만 노출한다').map((p) => p.path)).toEqual(['/actuator/health']);
    expect(findPaths('/actuator/health만 노출한다').map((p) => p.path)).toEqual(['/actuator/health']);
    expect(findPaths('调用/api/x之前，先登录 /api/login。').map((p) => p.path)).toEqual(['/api/login']);
    expect(findMethodPaths('상태 확인: GET /api/status를 호출한다').map((p) => `${p.methods.join()} ${p.path}`)).toEqual(['GET /api/status']);
    expect(findMethodPaths('GET /api/orders，然后返回列表').map((p) => `${p.methods.join()} ${p.path}`)).toEqual(['GET /api/orders']);
    expect(findMethodPaths('/api/orders（GET）と /api/items (POST)です').map((p) => `${p.methods.join()} ${p.path}`)).toEqual(['POST /api/items']);
    const md = ['## API', '', '- `/actuator/health`만 노출한다', '- GET /api/users/{id}를 호출한다'].join('\n');
    expect(tasks(md).flatMap((t) => (t.kind === 'api' ? [`${t.methods.join() || '?'} ${t.path}`] : []))).toEqual(['? /actuator/health', 'GET /api/users/:id']);
    // The word right after the path is seen: "the /api/y endpoint" in Korean.
    expect(tasks('## Notes\n\n`/api/y`엔드포인트는 항목을 돌려준다.').flatMap((t) => (t.kind === 'api' ? [t.path] : []))).toEqual(['/api/y']);
  });

  it('keeps Latin letters with accents in a path, and still leaves URLs and file paths alone', () => {
    expect(findPaths('/über-uns/café').map((p) => p.path)).toEqual(['/über-uns/café']);
    expect(findPaths('https://example.com/api/x만 and src/api/x.ts만 and ./api/y만')).toEqual([]);
    const md = ['## API', '', '- https://example.com/api/x만 참고', '- 문서는 `src/api/x.ts`에 있다', '', 'The docs live at https://example.com/api/z만.'].join('\n');
    expect(tasks(md).flatMap((t) => (t.kind === 'api' ? [t.path] : []))).toEqual([]);
    expect(findPaths('`src/api/x.ts`를 수정한다')).toEqual([]);
  });
});
