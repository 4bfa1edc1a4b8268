/**
 * Misses found by a fifteenth round of reading (held-out probe sets of framework code, tool
 * formats, eight languages and spec-tool PRDs): calls to other companies' hosts, and paths written
 * relative to a prefix the PRD states once. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/parse.js';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';
import { declaredPrefix, ownApiHosts } from './doc-scope.js';


describe('a call written to a host that is not the PRD\'s own is one the product makes', () => {
  it('drops a vendor call written once with its host, in any language, whatever the wording', () => {
    const md = lines(
      '# Radwerk', '', '## Schnittstellen', '',
      '| Methode | Pfad |', '|---|---|', '| POST | `/api/termine` |', '',
      'Die Stornogebühr wird über den Zahlungsdienstleister eingezogen (`POST https://api.mollie.com/v2/payments`).',
      '- 承認時には Slack へ通知する（`POST https://slack.com/api/chat.postMessage` を呼び出す）。',
      '- Tiles come from `GET https://api.mapbox.com/styles/v1/{user}/{style}/tiles/{z}/{x}/{y}`.',
    );
    expect(apiLines(md)).toEqual(['POST /api/termine']);
  });

  it('keeps calls to the host the PRD names as its base URL or API host, calls with two paths or more, a local server, and a host named after the product', () => {
    const md = lines(
      '# Billfold invoices', '', 'The public API host is `https://api.billfold.example`.', '', '## API', '',
      '- Create: `POST https://api.billfold.example/v2/invoices`',
      '- Local: `GET http://localhost:3000/api/health`',
      '- Partners call `GET https://partners.billfold.example/v1/feed`',
      '- Card charges go to `POST https://api.cardrail.example/v1/payment_intents`.',
    );
    expect(apiLines(md)).toEqual(['GET /api/health', 'GET /v1/feed', 'POST /v2/invoices']);
    const doc = parsePrd(md, 'x.md');
    expect([...ownApiHosts(doc)].sort()).toEqual(['api.billfold.example', 'localhost:3000', 'partners.billfold.example']);
  });

  it('a host called with two paths is the product\'s; a web page link is no call at all', () => {
    const md = lines(
      '# Tally', '', '## API', '',
      '- `GET https://api.tally.example/v1/counts` and `POST https://api.tally.example/v1/counts/{id}/close`',
      '- Docs: https://docs.tally.example/api/reference',
    );
    expect(apiLines(md)).toEqual(['GET /v1/counts', 'POST /v1/counts/:id/close']);
  });
});

describe('paths written relative to a prefix the PRD states once', () => {
  it('applies "relative to `/api/v1`" to the table after it, in its section and the sections under it', () => {
    const md = lines(
      '# Rota', '', '## API', '',
      'All endpoints are mounted on the `/api/v1` router, so the paths below are relative to `/api/v1`.', '',
      '| Method | Path |', '|---|---|', '| GET | `/shifts` |', '| POST | `/shifts/{id}/swap-requests` |', '| GET | `/api/v1/health` |', '',
      '### Admin', '', '- `DELETE /swap-requests/{id}`', '',
      '## Webhooks', '', '- `POST /webhooks/roster`',
    );
    expect(apiLines(md)).toEqual(['DELETE /api/v1/swap-requests/:id', 'GET /api/v1/health', 'GET /api/v1/shifts', 'POST /api/v1/shifts/:id/swap-requests', 'POST /webhooks/roster']);
  });

  it('reads the prefix from a heading, and in German (`Präfix`); endpoints before the sentence keep their paths', () => {
    const md = lines(
      '# Vögel', '', '## REST routes (relative to `/rest`)', '', '- `GET /export/surveys/{id}`', '',
      '## Schnittstellen', '', '- `GET /status`', '',
      'Alle Endpunkte liegen unter dem Präfix `/api/v1` (REST, JSON).', '',
      '| Methode | Pfad |', '|---|---|', '| GET | `/werkstaetten` |',
    );
    expect(apiLines(md)).toEqual(['GET /api/v1/werkstaetten', 'GET /rest/export/surveys/:id', 'GET /status']);
  });

  it('takes a base URL\'s path when it is an API\'s, and no prefix from a question, a legacy prefix, a docs link or a plain mention', () => {
    expect(declaredPrefix('Base URL: `https://api.example.com/v2`')).toBe('/v2');
    expect(declaredPrefix('Base URL: https://docs.example.com/guide')).toBeUndefined();
    expect(declaredPrefix('Should the paths be relative to `/api/v2`?')).toBeUndefined();
    expect(declaredPrefix('The old `/cgi-bin` prefix is legacy and out of scope.')).toBeUndefined();
    expect(declaredPrefix('Files are saved under `src/routes/` as before.')).toBeUndefined();
    expect(declaredPrefix('Orders live at `/api/orders`.')).toBeUndefined();
    const md = lines('# Shop', '', '## API', '', 'Should every path be relative to `/api/v2`?', '', '- `GET /orders`');
    expect(apiLines(md)).toEqual(['GET /orders']);
  });
});

describe('curl calls to the PRD\'s own API host', () => {
  const md = (section: string, host = 'api.billfold.example') =>
    lines(
      '# Billfold', '', 'The public API host is `https://api.billfold.example`.', '', `## ${section}`, '',
      '```bash',
      `curl -X POST https://${host}/v2/invoices \\`, '  -H "Authorization: Bearer $KEY" \\', `  -d '{"client_id": "cli_42"}'`, '',
      `curl https://${host}/v2/invoices/{invoice_id}?expand=lines`, `curl https://${host}/v2/clients -d name=Ada`, `curl -I https://${host}/v2/status`,
      '```',
    );
  it('each command gives its method (`-X`, else POST with data, HEAD with -I, else GET) and its path without the query', () => {
    expect(apiLines(md('Endpoints'))).toEqual(['GET /v2/invoices/:invoice_id', 'HEAD /v2/status', 'POST /v2/clients', 'POST /v2/invoices']);
  });
  it('none to another host called once, and none under a heading about neither endpoints nor an API', () => {
    // The card processor, called once from a block of its own: a call the product makes.
    expect(apiLines(lines('# Billfold', '', 'The public API host is `https://api.billfold.example`.', '', '## Endpoints', '', '```bash', 'curl -X POST https://api.cardrail.example/v1/payment_intents -d amount=100', '```'))).toEqual([]);
    expect(apiLines(md('Setup'))).toEqual([]);
  });
});

describe('a table of routes outside an API section, and a piece of OpenAPI paths', () => {
  it('`| Route | What it shows |` under "Dashboard" lists pages; under "API" it does not', () => {
    const table = ['| Route | What it shows |', '|---|---|', '| `/invoices` | All invoices |', '| `/invoices/:invoiceId` | Detail |'];
    expect(pageRoutes(lines('# Billfold', '', '## Dashboard', '', ...table))).toEqual(['/invoices', '/invoices/:invoiceId']);
    expect(pageRoutes(lines('# Billfold', '', '## API', '', ...table))).toEqual([]);
    expect(pageRoutes(lines('# Billfold', '', '## Dashboard', '', '| Route | Target |', '|---|---|', '| `/api/v1/old` | `/api/v2/new` |'))).toEqual([]);
  });
  it('reads a YAML block that continues `paths:` (its first key a path) as OpenAPI paths; an example record whose keys are paths is not one', () => {
    const md = lines(
      '# Kiln', '', '## API', '', '```yaml', 'paths:', '  /api/kilns:', '    get:', '      summary: list', '```', '',
      'The second half of `paths`:', '', '```yaml', '  /api/firings:', '    post:', '      operationId: schedule', '  /api/firings/{firingId}:', '    delete:', '      operationId: cancel', '```', '',
      'A redirect map:', '', '```yaml', '/old-shop: /shop', '/blog: https://blog.example.com', '```',
    );
    expect(apiLines(md)).toEqual(['DELETE /api/firings/:firingId', 'GET /api/kilns', 'POST /api/firings']);
  });
});

describe('an Expo Router file tree', () => {
  const tree = (...entries: string[]) => lines('# Trailhead', '', '## Screens', '', '```', 'app/', ...entries, '```');
  it('every file under `app/` is a screen: groups vanish, `index` is its folder, `[id]` a parameter, `x+api.ts` an API route', () => {
    const md = tree(
      '├── _layout.tsx            # root stack',
      '├── +not-found.tsx         # unknown deep links',
      '├── (auth)/',
      '│   └── sign-in.tsx',
      '├── (tabs)/',
      '│   ├── _layout.tsx',
      '│   ├── index.tsx          # Discover',
      '│   └── settings.tsx',
      '├── trail/',
      '│   └── [id].tsx',
      '└── api/',
      '    └── trails+api.ts      # GET',
    );
    expect(pageRoutes(md)).toEqual(['/', '/settings', '/sign-in', '/trail/:id']);
    expect(apiLines(md)).toEqual(['GET /api/trails']);
  });
  it('a Next.js tree (no `_layout`) keeps its own rules: components and providers are no pages; a tree its intro puts out of scope gives none', () => {
    const next = lines('# Shop', '', '## Pages', '', '```', 'app/', '├── layout.tsx', '├── providers.tsx', '├── page.tsx', '└── orders/', '    └── page.tsx', '```');
    expect(pageRoutes(next)).toEqual(['/', '/orders']);
    const dropped = lines('# Trailhead', '', '## Screens', '', 'The old layout, removed in v2:', '', '```', 'app/', '├── _layout.tsx', '└── feed.tsx', '```');
    expect(pageRoutes(dropped)).toEqual([]);
  });
});

describe('a data heading written as a clause', () => {
  it('"What we store" is about models, and names none itself: its bold entities are the models', () => {
    const md = lines('# Tandem', '', '## What we store', '', 'A **Profile** belongs to one user: userId, displayName (text).', '', 'A **Match** links two people.');
    expect(modelLines(md).map((l) => l.split(' ')[0])).toEqual(['Match', 'Profile']);
  });
  it('"How it works" and "What we ship" are no model headings, and a bold word in a sentence under them is no model', () => {
    const md = lines('# Tandem', '', '## How it works', '', 'A **Profile** belongs to one user.', '', '## What we ship', '', 'A **Match** links two people.');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a Notion toggle list of models, and a later level-1 heading', () => {
  it('`- ▸ **Plot**` with its fields nested under it, typed after a dash as a field list types them', () => {
    const md = lines(
      '# Plotline', '', '## Data', '',
      '- ▸ **Plot**', '    - `id` — text', '    - `number` — text (e.g. "14B")', '    - `sizeM2` — number', '    - `phone` — text (optional)',
      '- ▸ Reporting', '    - weekly, by site',
    );
    expect(modelLines(md)).toEqual(['Plot { id: string; number: string; sizeM2: number; phone?: string }']);
  });
  it('the items under a second `# Business rules` are rules; under the title alone, a list is not', () => {
    const md = lines('# Slushpile API', '', '- Drafts are autosaved every minute', '', '# Group Submissions', '', 'Text.', '', '# Business rules', '', '- Submissions to a closed reading period are rejected with 422');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Submissions to a closed reading period are rejected with 422']);
  });
});

describe('a label paragraph over models outside a data section, a quoted question', () => {
  it('`**Data contract (attached to Feature 4110):**` then a name line and its typed fields, per model; "Data contract" names no model itself', () => {
    const md = lines(
      '# Dock slots', '', '## Attachments / linked items', '', 'See `/book`.', '',
      '**Data contract (attached to Feature 4110):**', '',
      'Appointment', '- id: string (GUID)', '- dockId: integer', '- status: "booked" | "cancelled"', '',
      'Dock', '- id: integer', '- name: string', '',
      '**UI routes (from the design task 4140):**', '', 'Carrier', '- id: string', '- name: string',
    );
    expect(modelLines(md).map((l) => l.split(' ')[0])).toEqual(['Appointment', 'Dock']);
    expect(modelLines(lines('# X', '', '## Data contract', '', 'Dock', '- id: integer', '- name: string')).map((l) => l.split(' ')[0])).toEqual(['Dock']);
  });
  it('a question in quotes is no rule; a requirement that quotes a word still is', () => {
    const md = lines('# Dock slots', '', '## Requirements', '', '- Discussion: "Should the carrier be able to swap two appointments in one step?"', '- The gate must show the status "late".');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['The gate must show the status "late".']);
  });
});

describe('values written as a list with "or", and notes to the template\'s reader', () => {
  it('`role (sorting, driving or front-desk)` is a union; `(integer or string)`, `(true or false)` and `(user id or email)` are not', () => {
    const md = lines(
      '# Shifts', '', '## Key Entities', '',
      '- **Shift**: a block of work; siteId, role (sorting, driving or front-desk), capacity (integer).',
      '- **Flag**: a toggle; key (string), on (true or false), value (integer or string), owner (user id or email).',
    );
    expect(modelLines(md)).toEqual([
      'Flag { key: string; on: boolean; value: string; owner: string }',
      'Shift { siteId: string; role: "sorting" | "driving" | "front-desk"; capacity: number }',
    ]);
  });
  it('"*Fill ONLY if … has violations that must be justified.*" and "Reviewers should validate this change with …" are no rules; "Reviewers must approve a submission within 5 days" is one', () => {
    const md = lines(
      '# Reviews', '', '## Requirements', '',
      '*Fill ONLY if Constitution Check has violations that must be justified.*', '',
      'Reviewers should validate this change with `openspec validate x --strict`.', '',
      '- Reviewers must approve a submission within 5 days.',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Reviewers must approve a submission within 5 days.']);
  });
});

describe('a Confluence status macro, an API Blueprint payload', () => {
  it('a row whose status is `(x) Rejected — …` is no endpoint; `(x) Not started` still is', () => {
    const md = lines(
      '# Biomed', '', '## API', '', '| Verb | Resource | Status |', '|---|---|---|',
      '| POST | `/api/v1/work-orders/{id}/close` | (x) Not started |',
      '| DELETE | `/api/v1/work-orders/{id}` | (x) Rejected — audit trail must be kept |',
    );
    expect(apiLines(md)).toEqual(['POST /api/v1/work-orders/:id/close']);
  });
  it('`+ Request (application/json)` with its attributes under it is no model; `+ Submission` over typed fields is one', () => {
    const md = lines(
      '# Slushpile', '', '## Data Structures', '',
      '+ Request (application/json)', '    + title: Dusk (string, required)', '    + words: 4200 (number)', '',
      '- **Submission**', '    - `title` — string', '    - `words` — number',
    );
    expect(modelLines(md)).toEqual(['Submission { title: string; words: number }']);
  });
});

describe('a routes label with a qualifier', () => {
  it('`- App routes: new `/rewards` and `/points/history`` lists pages in any section; `- Web routes: see https://docs.example.com/x` and an API path none', () => {
    const md = lines('# Beans', '', '## Impact', '', '- App routes: new `/rewards`, `/rewards/:rewardId` and `/points/history`.', '- Web routes: see https://docs.example.com/routing and `/api/rewards`.');
    expect(pageRoutes(md)).toEqual(['/points/history', '/rewards', '/rewards/:rewardId']);
  });
});

describe('a host line says which host is the API\'s', () => {
  it('"the server calls `POST https://api.midtrans.com/v2/charge`" names no host of the PRD\'s own; "Base URL: https://api.x.example" does', () => {
    expect(apiLines(lines('# Cuci', '', '## API', '', '- `POST /api/pesanan`', '', 'Pembayaran: server memanggil `POST https://api.midtrans.com/v2/charge`.'))).toEqual(['POST /api/pesanan']);
    expect(apiLines(lines('# Cuci', '', 'Base URL: https://api.x.example', '', '## API', '', '- `POST https://api.x.example/v1/orders`'))).toEqual(['POST /v1/orders']);
  });
});

describe('a line whose clauses differ in scope', () => {
  it('"new `/rewards` and `/points/history`; the `/stamps` route goes away" keeps the first clause\'s routes only; a line wholly out keeps none', () => {
    const md = lines('# Beans', '', '## Impact', '', '- App routes: new `/rewards` and `/points/history`; the `/stamps` route goes away.', '- App routes: `/cards` and `/cards/:id` go away; both are legacy.');
    expect(pageRoutes(md)).toEqual(['/points/history', '/rewards']);
  });
});

describe('a prefix is stated by a section about the API', () => {
  it('"All file paths are relative to `/workspace`" under "Storage" puts no prefix before the endpoints under it', () => {
    const md = lines('# Files', '', '## Storage', '', 'All file paths are relative to `/workspace`.', '', '### Endpoints', '', '- `GET /api/files`');
    expect(apiLines(md)).toEqual(['GET /api/files']);
  });
});

describe('a clause that puts away no path of its own', () => {
  it('"`GET /up` is the health check; it is internal only and not part of this PRD" gives nothing', () => {
    expect(apiLines(lines('# Quill', '', '## API', '', '- `GET /api/books`', '', '`GET /up` is the Rails health check; it is internal only and not part of this PRD.'))).toEqual(['GET /api/books']);
  });
});

describe('plurals that end in "ws"', () => {
  it('`Table: reviews`, `workflows` and `interviews` name Review, Workflow and Interview; news stays News, status Status', async () => {
    const { normalizeModelName } = await import('./names.js');
    expect(['reviews', 'workflows', 'interviews', 'news', 'status'].map((w) => normalizeModelName(w))).toEqual(['Review', 'Workflow', 'Interview', 'News', 'Status']);
  });
});

describe('a model item over one item that lists what it holds', () => {
  it('`- ▸ **Tenancy**` over `- plot, tenant name, start date, annual rent` is a model with those fields; a sentence or two items under it are not', () => {
    const md = lines('# Plotline', '', '## Data', '', '- ▸ **Tenancy**', '    - plot, tenant name, start date, annual rent', '- **Waitlist**', '    - Applicants are ranked by the date they joined, oldest first.');
    expect(modelLines(md)).toEqual(['Tenancy { plot: string; tenantName: string; startDate: string; annualRent: string }']);
  });
});

describe('a route object with children is a layout', () => {
  it('`admin` with children is no page of its own: its `\'\'` child is, when it has a component, and a redirect is not', () => {
    const md = lines(
      '# Fleet', '', '## Routes', '', '```ts', 'export const routes: Routes = [',
      "  { path: 'admin', component: AdminShellComponent, children: [",
      "    { path: '', redirectTo: 'dashboard', pathMatch: 'full' },",
      "    { path: 'dashboard', component: DashboardComponent },",
      '  ] },',
      "  { path: 'shop', component: ShopLayout, children: [",
      "    { path: '', component: ShopHome },",
      "    { path: 'cart', component: Cart },",
      '  ] },',
      "  { path: 'login', component: LoginComponent },",
      '];', '```',
    );
    expect(pageRoutes(md)).toEqual(['/admin/dashboard', '/login', '/shop', '/shop/cart']);
  });
});

describe('a type written "or null"', () => {
  it('`- `sent_at` — string (timestamp) or null` and `- `vat_number` — string or null` are nullable; "or none of them" is no null', () => {
    const md = lines('# Billfold', '', '## Objects', '', '**Object: Invoice**', '', '- `id` — string', '- `sent_at` — string (timestamp) or null', '- `vat_number` — string or null', '- `tags` — string, one or none of them');
    expect(modelLines(md)).toEqual(['Invoice { id: string; sent_at: string | null; vat_number: string | null; tags: string }']);
  });
});
