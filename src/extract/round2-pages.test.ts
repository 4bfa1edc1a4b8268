import { describe, expect, it } from 'vitest';
import { apiLines, mergedTasks, pageRoutes } from '../testing/extract.js';

/** Extraction round 2, APIs and pages: reworded inputs the first round missed, and what must stay alone. */
const tasks = mergedTasks;
const apis = apiLines;
const pages = pageRoutes;
const titled = (md: string) =>
  tasks(md)
    .flatMap((t) => (t.kind === 'page' ? [`${t.route} ${t.title}`] : []))
    .sort();
const table = (header: string[], rows: string[][]) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

describe('screen tables: the route column under any route word', () => {
  it.each(['路由', '路径', 'Route URL', 'URL path', 'Ruta', 'Rota', 'Pfad', '경로', 'パス', 'Page URL', 'URL de la página', 'Seiten-URL', '页面路径', 'URL パス', 'Chemin (URL)', 'Route / URL'])(
    'reads a screens table whose route column is headed %s',
    (route) => {
      // A title column names the rows as screens, whatever the section is called.
      const md = `## Overview\n${table(['Screen', route], [['Home', '`/`'], ['Orders', '`/orders`'], ['Old admin (legacy)', '`/admin-old`']])}\n`;
      expect(titled(md)).toEqual(['/ Home', '/orders Orders']);
    },
  );

  it('reads the route column of a table under a screens heading in another language', () => {
    expect(pages(`## 画面一覧\n${table(['画面名', 'パス'], [['ホーム', '`/home`'], ['設定', '`/settings`']])}\n`)).toEqual(['/home', '/settings']);
    expect(pages(`## 页面\n${table(['名称', '路由'], [['首页', '/'], ['订单', '/orders/:id']])}\n`)).toEqual(['/', '/orders/:id']);
  });

  it('takes the title from a screen-name column in any of the languages', () => {
    expect(titled(`## Overview\n${table(['Screen name', 'Route URL'], [['Home', '/home']])}\n`)).toEqual(['/home Home']);
    expect(titled(`## Overview\n${table(['页面名称', '页面路径'], [['订单', '/orders']])}\n`)).toEqual(['/orders 订单']);
    expect(titled(`## Overview\n${table(['Nombre de pantalla', 'Ruta'], [['Pedidos', '/pedidos']])}\n`)).toEqual(['/pedidos Pedidos']);
    // A field name is no screen name: without a screens heading the row is no page.
    expect(pages(`## Overview\n${table(['Field name', 'Route URL'], [['avatar', '/avatars']])}\n`)).toEqual([]);
  });

  it.each(['Redirect URL', 'Image URL', 'Docs path', 'Description', 'Notes', 'URL of the docs'])('does not take a column headed %s for the route', (header) => {
    expect(pages(`## Overview\n${table(['Screen', header], [['Home', '`/home`']])}\n`)).toEqual([]);
  });

  it('keeps API paths, file paths and URLs out of screen tables', () => {
    const md = `## Overview\n${table(['Screen', 'Route URL'], [['Data', '`/api/items`'], ['Config', '`src/app.ts`'], ['Site', 'https://example.com/home'], ['Hosts', '/etc/hosts']])}\n`;
    expect(pages(md)).toEqual([]);
  });
});

describe('pages named in prose with other verbs and prepositions', () => {
  it.each([
    ['Users log in via `/auth/login` with a magic link.', '/auth/login'],
    ['New users sign up through /signup.', '/signup'],
    ['Managers open the dashboard from `/dashboard`.', '/dashboard'],
    ['After saving, navigate to /settings to change the plan.', '/settings'],
    ['Customers sign in on /signin and are taken back to /orders afterwards.', '/orders,/signin'],
    ['The user opens the order list at /orders.', '/orders'],
    ['Shoppers go back to the cart via /cart before paying.', '/cart'],
    ['Members log in to the portal via `/portal`.', '/portal'],
  ])('reads %s', (line, want) => {
    expect(pages(`## Overview\n${line}\n`)).toEqual(want.split(','));
  });

  it.each([
    'Clients log in via `/api/auth/login` with a token.',
    'Users sign up through /api/signup.',
    'The worker opens the socket from /etc/hosts when it starts.',
    'The importer opens the file from src/data/seed.ts.',
    'Users log in via https://sso.example.com/login with their company account.',
    'Admins used to log in via /admin-old (legacy, out of scope).',
    'Should users log in via `/sso` instead?',
    'The script opens the archive at /backups/orders.zip.',
    'The log in page explains the flow; the token lives in /session/data for the worker.',
    'Files are taken from /uploads/incoming every night.',
    'Open questions are tracked at /docs/questions.',
    'Reports go out every week, see /reports/weekly for a sample.',
  ])('leaves %s alone', (line) => {
    expect(pages(`## Overview\n${line}\n`)).toEqual([]);
  });
});

describe('method and path apart, reworded', () => {
  it.each([
    ['To change an order, issue a PATCH call against /api/orders/{id}.', 'PATCH /api/orders/:id'],
    ['The endpoint `/api/orders` accepts DELETE requests from admins.', 'DELETE /api/orders'],
    ['Bookings are created using the HTTP method POST on `/api/reservations`.', 'POST /api/reservations'],
    ['A PUT to /api/profile updates the profile.', 'PUT /api/profile'],
    ['GET requests to /api/home return the feed.', 'GET /api/home'],
    ['The client fires a DELETE call right away against `/api/sessions/current`.', 'DELETE /api/sessions/current'],
    ['The endpoint `/api/orders` accepts GET and DELETE requests.', 'DELETE /api/orders,GET /api/orders'],
    ['El endpoint `/api/pedidos` acepta peticiones DELETE.', 'DELETE /api/pedidos'],
    ['Clients POST JSON to /api/events.', 'POST /api/events'],
    ['A PUT or PATCH on the resource /api/items/{id} updates it.', 'PATCH /api/items/:id,PUT /api/items/:id'],
  ])('reads %s', (line, want) => {
    expect(apis(`## Overview\n${line}\n`)).toEqual(want.split(','));
  });

  it('pairs a method with its own path, not with a path written before it', () => {
    expect(apis('## Overview\n`GET /api/a` and `POST /api/b` are enough.\n')).toEqual(['GET /api/a', 'POST /api/b']);
    expect(apis('## Overview\nThe endpoint `/api/a` is replaced by POST /api/b.\n')).toEqual(['POST /api/b']);
  });

  it('keeps the existing forms', () => {
    expect(apis('WHEN a GET request is made to /api/home THEN the system SHALL answer.')).toEqual(['GET /api/home']);
    expect(apis('The client sends a DELETE request to `/api/x/{id}`; a PUT request to the same path replaces it.')).toEqual(['DELETE /api/x/:id', 'PUT /api/x/:id']);
    expect(apis('- Crear una reserva: un POST a `/api/reservas`')).toEqual(['POST /api/reservas']);
    // "the same endpoint" followed by a path names that path.
    expect(apis('## Overview\nA GET request to `/api/a` lists; a DELETE request to the same endpoint `/api/b` purges.\n')).toEqual(['DELETE /api/b', 'GET /api/a']);
  });

  it.each([
    // Another sentence, a clause or too many words between them.
    'Use POST for writes. See /api/docs for the rest.',
    'After a POST, the user is redirected to /orders.',
    'After a successful POST the user is redirected to /orders.',
    'Every POST is logged with its payload, its user, its time, its size and its origin at /audit/log.',
    // A control on a page is no request.
    'The DELETE button on /orders removes an order.',
    // Lower-case words are prose, not methods.
    'Users get a token and post it to /api/session.',
    // Web URLs, file paths, legacy routes, questions.
    'The app sends a GET request to https://status.example.com/api/ping every minute.',
    'The job issues a POST call against /etc/cron.d/backup when done.',
    'Clients used to send a PATCH call against /api/v0/orders (deprecated).',
    'Should a DELETE call against `/api/orders` be allowed?',
    // A path before a method word is paired only when the text names it an endpoint.
    'The page /orders lists orders and POST requests create them.',
  ])('leaves %s alone', (line) => {
    expect(apis(`## Overview\n${line}\n`)).toEqual([]);
  });
});

describe('endpoint tables: method and path columns under other headers', () => {
  it.each([
    ['Method(s)', 'Endpoint'],
    ['HTTP method', 'Path'],
    ['Verb', 'URL'],
    ['HTTP verb', 'Route'],
    ['Methods', 'Ruta'],
    ['Método', 'Ruta'],
    ['Methode', 'Pfad'],
    ['方法', '路径'],
    ['请求方式', '接口地址'],
    ['HTTP-Methode', 'URL-Pfad'],
    ['Méthode HTTP', 'Chemin'],
  ])('reads %s / %s in either order, several methods to a cell', (method, path) => {
    const rows = [
      ['GET, PATCH', '`/api/orders/{id}`', 'One order'],
      ['DELETE', '/api/orders/{id}/lines', 'Lines'],
    ];
    const want = ['DELETE /api/orders/:id/lines', 'GET /api/orders/:id', 'PATCH /api/orders/:id'];
    expect(apis(`## Overview\n${table([method, path, 'Notes'], rows)}\n`)).toEqual(want);
    expect(apis(`## Overview\n${table([path, method, 'Notes'], rows.map(([m, p, n]) => [p!, m!, n!]))}\n`)).toEqual(want);
  });

  it('reads a method written after the path in the path cell', () => {
    const md = `## Overview\n${table(['Endpoint', 'Method(s)', 'Notes'], [['`/api/orders` POST', '', 'Create'], ['/api/orders/{id} GET, DELETE', '', 'One']])}\n`;
    expect(apis(md)).toEqual(['DELETE /api/orders/:id', 'GET /api/orders/:id', 'POST /api/orders']);
  });

  it('does not read method-like headers that are no method column', () => {
    // "Payment method" is a column of values, not HTTP methods; the row is no endpoint.
    const md = `## Overview\n${table(['Payment method', 'Page URL'], [['Card', '`/checkout`']])}\n`;
    expect(apis(md)).toEqual([]);
    // Legacy rows, web URLs and file paths stay out.
    const rows = [
      ['GET', '/api/old (legacy)'],
      ['GET', 'https://example.com/api/x'],
      ['POST', 'src/api/x.ts'],
    ];
    expect(apis(`## Overview\n${table(['HTTP verb', 'Endpoint'], rows)}\n`)).toEqual([]);
  });
});
