import { describe, expect, it } from 'vitest';
import { apiLines, mergedTasks, pageRoutes } from '../testing/extract.js';

/** Extraction round 3, APIs and pages: styles of PRD no fixture had (Notion, Jira, RFC, German), and what must stay alone. */
const tasks = mergedTasks;
const apis = apiLines;
const pages = pageRoutes;

describe('method and path on labelled lines of their own (Notion, Confluence)', () => {
  it.each([
    ['**Method:** `POST`\n**Path:** `/api/refunds`\n**Auth:** agent token', 'POST /api/refunds'],
    ['**Path:** `/api/refunds/{id}`\n**Method:** PATCH', 'PATCH /api/refunds/:id'],
    ['- Method: DELETE\n- Endpoint: /api/refunds/:id', 'DELETE /api/refunds/:id'],
    ['HTTP method: GET\n\nURL: `/api/refunds`', 'GET /api/refunds'],
    ['Methode: PUT\nPfad: /api/mitglieder/{id}', 'PUT /api/mitglieder/:id'],
    ['Verb: get\nRoute: /api/refunds/export', 'GET /api/refunds/export'],
    ['**Method:** `GET`, `HEAD`\n**Path:** `/api/files/:id`', 'GET /api/files/:id,HEAD /api/files/:id'],
  ])('pairs %j', (body, want) => {
    expect(apis(`## Create refund\n\n${body}\n`)).toEqual(want.split(','));
  });

  it.each([
    // A URL with a host, a file and an OS path are no endpoints.
    '**Method:** `POST`\n**URL:** https://hooks.example.com/api/refunds',
    '**Method:** `POST`\n**Path:** `src/api/refunds.ts`',
    'Method: GET\nPath: /etc/hosts',
    // Out of scope, and a label that is not a method's.
    '**Method:** `POST`\n**Path:** `/api/refunds-old` (legacy, will not be built)',
    '**Payment method:** card\n**Path:** `/checkout`',
    // Too far apart: a method label and a path several lines later belong to different things.
    'Method: POST\n\nSome text.\n\nMore text.\n\nAnd more.\n\nYet more.\n\nPath: /checkout',
  ])('pairs nothing in %j', (body) => {
    expect(apis(`## Notes\n\n${body}\n`).filter((a) => !a.startsWith('?'))).toEqual([]);
  });
});

describe('an endpoint named by the noun right before its path', () => {
  it.each([
    ['Carriers call our webhook `/webhooks/carriers/:carrierId` with a signed body.', '? /webhooks/carriers/:carrierId'],
    ['Refresh tokens through the endpoint /auth/refresh.', '? /auth/refresh'],
    ['Der Export-Endpunkt `/api/v1/export/csv` liefert eine CSV-Datei.', '? /api/v1/export/csv'],
    ['导出接口 `/api/v1/export` 返回文件。', '? /api/v1/export'],
  ])('reads %j', (line, want) => {
    expect(apis(`## Overview\n\n${line}\n`)).toEqual([want]);
  });

  it.each([
    'The webhook https://hooks.example.com/api/carriers is owned by the carrier.',
    'The endpoint src/api/carriers.ts holds the handler.',
    'We drop the legacy endpoint /api/v0/carriers.',
    'Should the endpoint /api/carriers be public?',
    'Endpoints live under /etc/endpoints for the proxy.',
  ])('reads nothing in %j', (line) => {
    expect(apis(`## Overview\n\n${line}\n`)).toEqual([]);
  });

  it('reads an endpoint declaration with no method as an endpoint', () => {
    expect(apis('## Overview\n\nEndpoint: `/api/health`\n')).toEqual(['? /api/health']);
    expect(apis('## Overview\n\nAPI: /api/a, /api/b\n')).toEqual(['? /api/a', '? /api/b']);
    // A route with no method is still a page.
    expect(apis('## Overview\n\nRoute: /orders\n')).toEqual([]);
    expect(pages('## Overview\n\nRoute: /orders\n')).toEqual(['/orders']);
  });
});

describe('the method in parentheses a few words after the endpoint', () => {
  it('reads "(GET)" at the end of the sentence naming the endpoint', () => {
    expect(apis('## API\n\nThe export endpoint `/api/export/csv` returns a CSV file (GET).\n')).toEqual(['GET /api/export/csv']);
  });

  it('does not read it after a page route', () => {
    expect(apis('## Overview\n\nThe `/orders` list shows every order (GET).\n')).toEqual([]);
  });
});

describe('a raw HTTP request in an unlabelled code block', () => {
  it('reads the request line of a request with headers', () => {
    expect(apis('## Rotation\n\nAn operator rotates keys with:\n\n    POST /v1/keys/rotate HTTP/1.1\n    Host: kds.internal\n    Content-Type: application/json\n\n    {"force": true}\n')).toEqual(['POST /v1/keys/rotate']);
    expect(apis('## Rotation\n\n```\nDELETE /v1/keys/{kid} HTTP/1.1\nAuthorization: Bearer x\n```\n')).toEqual(['DELETE /v1/keys/:kid']);
  });

  it('does not read a shell session or a config block', () => {
    expect(apis('## Setup\n\n```\ncurl -X POST https://x.example.com/api/keys\nHost: x\n```\n')).toEqual([]);
    expect(apis('## Setup\n\n```\nserver: kds\nGET /v1/keys: cached\n```\n')).toEqual([]);
    expect(apis('## Setup\n\n```\nGET /v1/keys HTTP/1.1\nthen run the script\n```\n')).toEqual([]);
  });
});

describe('a route a page noun says the page is at', () => {
  it.each([
    ['The orders page at /orders lists orders.', '/orders'],
    ['Ops get a dashboard at `/ops/shipments` listing late parcels.', '/ops/shipments'],
    ['The dashboard lives at /dashboard.', '/dashboard'],
    ['The app shows a profile view under /me.', '/me'],
    ['The settings screen is at `/settings/billing`.', '/settings/billing'],
  ])('reads %j', (line, want) => {
    expect(pages(`## Overview\n\n${line}\n`)).toEqual([want]);
  });

  it.each([
    'The dashboard at /api/stats feeds the charts.',
    'The status page at https://status.example.com/app is run by the vendor.',
    'The config page at /etc/app/config.toml is read on boot.',
    'The report view on /exports/report.pdf is generated nightly.',
    'The old admin page at /admin-old is legacy.',
    'Should the dashboard live at /dash?',
    'Should the page at /dash be public?',
    'The page counter at the top shows /total results.',
  ])('reads nothing in %j', (line) => {
    expect(pages(`## Overview\n\n${line}\n`)).toEqual([]);
  });
});

describe('a question that ends with a path', () => {
  it('is no endpoint and no page', () => {
    expect(apis('## Open questions\n\n- Should we also expose GET /api/export?\n')).toEqual([]);
    expect(pages('## Screens\n\n- Should the report move to `/reports`?\n')).toEqual([]);
    // A query string is no question mark.
    expect(apis('## API\n\n- GET /api/items?page=2 lists items.\n')).toEqual(['GET /api/items']);
  });
});

describe('a method and its path set apart by brackets or a dash', () => {
  it.each([
    ['- [POST] /api/items — create an item', 'POST /api/items'],
    ['- POST — `/api/items`', 'POST /api/items'],
    ['- GET → /api/items/{id}', 'GET /api/items/:id'],
    ['- DELETE - /api/items/:id', 'DELETE /api/items/:id'],
    ['- [GET, PUT] /api/items/:id', 'GET /api/items/:id,PUT /api/items/:id'],
  ])('reads %j', (line, want) => {
    expect(apis(`## Overview\n\n${line}\n`)).toEqual(want.split(','));
  });

  it('reads a heading written so', () => {
    expect(apis('## API\n\n#### POST — /api/items\n\nCreates an item.\n')).toEqual(['POST /api/items']);
  });

  it.each([
    '- [GET] /etc/hosts is read by the proxy.',
    '- [POST] /api/items-old — legacy, out of scope',
    '- POST — see src/api/items.ts for the handler',
    '- GET-/api/items is a typo in the old doc',
    '- Should we add [POST] /api/bulk?',
  ])('reads nothing in %j', (line) => {
    expect(apis(`## Overview\n\n${line}\n`)).toEqual([]);
  });
});

describe('an endpoints table whose method column is headed HTTP', () => {
  it('reads the methods of the HTTP column', () => {
    const md = '## Endpoints\n\n| HTTP | URI | Description |\n|---|---|---|\n| GET | /api/items | list |\n| POST | `/api/items` | create |\n';
    expect(apis(md)).toEqual(['GET /api/items', 'POST /api/items']);
  });

  it('reads no method from an HTTP column of status codes', () => {
    const md = '## Errors\n\n| HTTP | Path | Meaning |\n|---|---|---|\n| 404 | /orders/:id | not found |\n';
    expect(apis(md).filter((a) => !a.startsWith('?'))).toEqual([]);
  });
});

describe('a route map in a code block under a screens heading', () => {
  it('reads each line as a page with its title', () => {
    const md = '## Navigation map\n\n```\n/            Home\n/cart        Cart\n/orders/{id} — Order detail\n```\n';
    expect(tasks(md).flatMap((t) => (t.kind === 'page' ? [`${t.route} ${t.title}`] : [])).sort()).toEqual(['/ Home', '/cart Cart', '/orders/:id Order detail']);
  });

  it.each([
    // Not under a screens heading.
    '## Setup\n\n```\n/cart        Cart\n/checkout    Checkout\n```\n',
    // A shell session, a file tree, API paths, a single line.
    '## Screens\n\n```\n$ ls /var/www\nindex.html\n```\n',
    '## Screens\n\n```\n/src/app.ts   entry\n/src/ui.tsx   views\n```\n',
    '## Screens\n\n```\n/api/items   list\n/api/orders  list\n```\n',
    '## Screens\n\n```\n/cart        Cart\n```\n',
    '## Screens\n\n```\n/cart        Cart\nnpm run dev\n```\n',
  ])('reads nothing in %j', (md) => {
    expect(pages(md)).toEqual([]);
  });
});
