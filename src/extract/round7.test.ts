/**
 * Misses found by a seventh round of reading: criteria ids that restart under each story, entities
 * a data section introduces in a sentence, and more ways a field's type is written. Each rule has
 * its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { mergeTasks } from '../plan/index.js';
import { extractTasks } from './index.js';
import { parsePrd } from '../prd/index.js';
import type { RuleTask } from '../types.js';
import { apiLines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const story = (id: string, a: string, b: string) => [`## ${id}`, '', '**Acceptance criteria**', '', `- AC1: ${a}`, `- AC2: ${b}`, ''];

describe('criteria ids that restart under each story', () => {
  it('are scoped by the heading id, and the merge keeps every criterion', () => {
    const md = ['# Cards', '', ...story('STORY-101: Save a card', 'The card must be saved.', 'Guests must not see the box.'), ...story('STORY-102: Pay with a saved card', 'The default card must be preselected.', 'Expired cards must be shown as expired.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['STORY-101/AC1', 'STORY-101/AC2', 'STORY-102/AC1', 'STORY-102/AC2']);
    const merged = mergeTasks(extractTasks(parsePrd(md, 'x.md')));
    expect(merged.tasks.filter((t): t is RuleTask => t.kind === 'rule').map((t) => t.text)).toHaveLength(4);
    expect(merged.conflicts).toEqual([]);
  });
  it('a story heading written as words and a number scopes them too', () => {
    const md = ['# Cards', '', ...story('Story 1: Save', 'The card must be saved.', 'Guests must not see it.'), ...story('Story 2: Pay', 'The default must be preselected.', 'Expired cards must be marked.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['Story 1/AC1', 'Story 1/AC2', 'Story 2/AC1', 'Story 2/AC2']);
  });
  it('unique ids stay as written, under story headings or not', () => {
    const md = ['# Cards', '', ...story('STORY-101: Save a card', 'The card must be saved.', 'Guests must not see the box.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['AC1', 'AC2']);
  });
  it('the same id on two sentences under headings without ids is still a clash the merge reports', () => {
    const md = ['# Cards', '', ...story('Saving', 'The card must be saved.', 'Guests must not see the box.'), ...story('Paying', 'The default must be preselected.', 'Expired cards must be marked.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['AC1', 'AC2', 'AC1', 'AC2']);
    expect(mergeTasks(extractTasks(parsePrd(md, 'x.md'))).conflicts.map((c) => c.kind)).toEqual(['rule-id', 'rule-id']);
  });
  it('the same sentence under the same id twice is one requirement, not scoped', () => {
    const md = ['# Cards', '', ...story('STORY-1: A', 'The card must be saved.', 'Guests must not see it.'), ...story('STORY-2: B', 'The card must be saved.', 'Guests must not see it.')].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['AC1', 'AC2', 'AC1', 'AC2']);
  });
});

describe('an entity a data section introduces in a sentence', () => {
  it('is a model, and the list after a sentence ending in a colon is its fields', () => {
    const md = [
      '# Reminders',
      '',
      '## Data model',
      '',
      'A **Patient** is the person receiving care. We store their name and phone.',
      '',
      'Each **Appointment** belongs to one patient and is booked with a clinician.',
      '',
      'Finally, a **ReminderTemplate** holds the text of a reminder per clinic',
      'and language:',
      '',
      '- `clinicId` (uuid)',
      '- `body` (text)',
      '- `isDefault` (boolean)',
    ].join('\n');
    expect(modelLines(md)).toEqual(['Appointment {  }', 'Patient {  }', 'ReminderTemplate { clinicId: string; body: string; isDefault: boolean }']);
  });
  it('not under a heading about people, not under a model\'s own heading, not outside a data section', () => {
    const people = ['# App', '', '## Personas', '', 'The **Admin** is the person who configures the clinic.'].join('\n');
    const own = ['# App', '', '## Data model', '', '### Order', '', 'The **Total** is the sum of the lines.'].join('\n');
    const prose = ['# App', '', '## Background', '', 'A **Patient** is the person receiving care.'].join('\n');
    expect(modelLines(people)).toEqual([]);
    expect(modelLines(own)).toEqual([]);
    expect(modelLines(prose)).toEqual([]);
  });
  it('a sentence that mentions a bold word without introducing it names no model', () => {
    const md = ['# App', '', '## Data model', '', 'We keep **Orders** for seven years.', '', 'Note that **Invoice** numbers restart each year.'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('more ways a field type is written', () => {
  const model = (items: string[]) => modelLines(['# App', '', '## Data model', '', '### Reminder', '', ...items].join('\n'));
  it('values marked as code are an enum, after a dash, a colon or in parentheses', () => {
    expect(model(['- `channel` — `sms` | `email`', '- `language` (`en` or `es`)', '- `statut` : `en_attente` | `acceptee`'])).toEqual(['Reminder { channel: "sms" | "email"; language: "en" | "es"; statut: "en_attente" | "acceptee" }']);
  });
  it('code-marked type words are no enum: `uuid` or `string`', () => {
    expect(model(['- `id` — `uuid` or `string`', '- `total` — `number`'])).toEqual(['Reminder { id: string; total: number }']);
  });
  it('"null until …" or "null if …" makes a field nullable; "not null" or a null in prose does not', () => {
    expect(model(['- `sentAt` — timestamp, null until the message has been sent', '- `code` — integer, null if the request timed out', '- `name` — string, not null', '- `note` — string, shown as null text'])).toEqual([
      'Reminder { sentAt: string | null; code: number | null; name: string; note: string }',
    ]);
  });
  it('a plain item typed by quoted literals, and a type word after a word saying what kind', () => {
    expect(model(['- target: "daily" | "weekly"', '- icon: emoji string', '- streak: positive integer'])).toEqual(['Reminder { target: "daily" | "weekly"; icon: string; streak: number }']);
  });
  it('a type cell that lists lower-case values is an enum; notes and types in a cell are not', () => {
    const md = ['# App', '', '## Data', '', '### Urlaubsantrag', '', '| Feld | Typ |', '|---|---|', '| status | beantragt, genehmigt, abgelehnt |', '| id | uuid, required |', '| note | text, nullable |'].join('\n');
    expect(modelLines(md)).toEqual(['Urlaubsantrag { status: "beantragt" | "genehmigt" | "abgelehnt"; id: string; note: string | null }']);
  });
});

describe('a model written as a name and its fields in braces', () => {
  it('in a list, in any section', () => {
    const md = ['# SplitSnap', '', '## Data 🗃', '', '- Bill { id, hostName, currency, tipPercent }', '- Claim { id, itemId, participantId }'].join('\n');
    expect(modelLines(md)).toEqual(['Bill { id: string; hostName: string; currency: string; tipPercent: number }', 'Claim { id: string; itemId: string; participantId: string }']);
  });
  it('not an example object, a set of words, or one field', () => {
    const md = ['# App', '', '## Notes', '', '- Roles {admin, editor, viewer}', '- Payload { "id": 1, "name": "x" }', '- Box { id }', '- We send { id, total } to the client.'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('MoSCoW headings with a word before them', () => {
  it('"MVP must-haves" lists requirements, checkboxes included', () => {
    const md = ['# App', '', '## MVP must-haves ✅', '', '- [x] Receipt upload + OCR', '- [ ] Payment links (Twint / PayPal.me)'].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'Receipt upload + OCR'],
      [undefined, 'must', 'Payment links (Twint / PayPal.me)'],
    ]);
  });
  it('a heading that only holds the words in a sentence lists none', () => {
    const md = ['# App', '', '## What every team member should know before we have launched', '', '- The demo runs on Fridays'].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('pages in routes tables and sub-routes in prose', () => {
  it('a routes table row whose method cell says page is a page', () => {
    const md = ['# Tickets', '', '## Routes', '', '| Route | Method | Purpose |', '|---|---|---|', '| `/` | page | upcoming events |', '| `/e/:slug` | page | public event page |', '| `/api/events` | GET | published events |'].join('\n');
    expect(pageRoutes(md)).toEqual(['/', '/e/:slug']);
    expect(apiLines(md)).toEqual(['GET /api/events']);
  });
  it('an API path in a page row stays no page; a method cell of other words is neither', () => {
    const md = ['# Tickets', '', '## Routes', '', '| Route | Method | Purpose |', '|---|---|---|', '| `/api/feed` | page | feed |', '| `/admin` | later | admin |'].join('\n');
    expect(pageRoutes(md)).toEqual([]);
  });
  it('a route that extends a page the paragraph names, after a preposition, is a page of that UI', () => {
    const md = ['# Refunds', '', '## How it works', '', 'An agent opens the tool at /tools/refunds and fills in the form. Team leads see requests', 'in their queue at /tools/refunds/queue. Finance downloads reports from /tools/refunds/reports.'].join('\n');
    expect(pageRoutes(md)).toEqual(['/tools/refunds', '/tools/refunds/queue', '/tools/refunds/reports']);
  });
  it('not without a page in the paragraph, not an API path, not a route the text calls old, not without a preposition', () => {
    const none = ['# Refunds', '', '## How it works', '', 'The export job writes its files under /tools/refunds/queue each night.'].join('\n');
    const others = ['# Refunds', '', '## How it works', '', 'An agent opens the tool at /tools/refunds. It calls /tools/refunds/api/list and', 'replaces the old /tools/refunds/legacy page; see /tools/refunds/export for the CSV.'].join('\n');
    expect(pageRoutes(none)).toEqual([]);
    expect(pageRoutes(others)).toEqual(['/tools/refunds']);
  });
});

describe('what is not to be built, in more shapes', () => {
  it('an "Alternatives considered" or "parked — do not build" section names no endpoint or page', () => {
    const md = ['# Flags', '', '## API', '', '- `GET /api/flags`', '', '## Alternatives considered', '', 'We would expose `POST /internal/flags/reload` on every service. Rejected.', '', '## Later (parked — do not build)', '', '- Locker pickup at `/lockers/:id`, opened with `POST /api/lockers/:id/open`'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/flags']);
    expect(pageRoutes(md)).toEqual([]);
  });
  it('"Considered options" (the chosen one among them) and "Alternative payment methods" stay in scope', () => {
    const md = ['# Pay', '', '## Considered options', '', '- `POST /api/pay/intents`', '', '## Alternative payment methods', '', '- `POST /api/pay/wallets`'].join('\n');
    expect(apiLines(md)).toEqual(['POST /api/pay/intents', 'POST /api/pay/wallets']);
  });
  it('a line that says, in Italian or Korean, that its route is deprecated or out of scope', () => {
    const it = ['# Prenotazioni', '', '## API', '', "Nota: l'endpoint `GET /api/v0/booking` della vecchia app è deprecato e verrà rimosso.", '', '- `GET /api/v1/tavoli`'].join('\n');
    const ko = ['# 거래', '', '## 화면', '', '| 화면 | 경로 |', '|---|---|', '| 판매 내역 | `/my/sales` |', '', '※ 기존 `/pay/direct` 화면은 이번 범위에서 제외되며 추후 폐지 예정입니다.'].join('\n');
    expect(apiLines(it)).toEqual(['GET /api/v1/tavoli']);
    expect(pageRoutes(ko)).toEqual(['/my/sales']);
  });
  it("a migration table's old side (| v2 | v3 |, | Old | New |) is not built; its new side is", () => {
    const md = ['# Labels', '', '## Changes', '', '| v2 | v3 | Change |', '|---|---|---|', '| `POST /v2/labels` | `POST /v3/shipments` | replaced |', '| — | `GET /v3/webhooks` | new |', '', '| Old | New |', '|---|---|', '| `GET /api/items` | `GET /api/products` |'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/products', 'GET /v3/webhooks', 'POST /v3/shipments']);
  });
  it('a table of one version column, or of two unrelated columns, keeps every endpoint', () => {
    const md = ['# Labels', '', '## Changes', '', '| v3 | Notes |', '|---|---|', '| `POST /v3/shipments` | new |', '', '| Read | Write |', '|---|---|', '| `GET /api/items` | `POST /api/items` |'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/items', 'POST /api/items', 'POST /v3/shipments']);
  });
});

describe('pages in more shapes', () => {
  it('"`/book/done` shows the summary": a route a sentence says shows something', () => {
    const md = ['# Booking', '', '## Flow', '', '`/book/done` shows the summary and an "Add to calendar" button.'].join('\n');
    expect(pageRoutes(md)).toEqual(['/book/done']);
  });
  it('not an API path, a route without code marks, or a route that does something else', () => {
    const md = ['# Booking', '', '## Flow', '', '`/api/bookings` lists every booking. /book/done shows the summary. `/book/hold` expires after 10 minutes.'].join('\n');
    expect(pageRoutes(md)).toEqual([]);
  });
  it('under a console or portal heading, an item that opens with a route; under other headings, none', () => {
    const ui = ['# Ops', '', '## 6. Ops console', '', '- `/pipelines` — last 30 days of runs', '- `/pipelines/runs/:runId` — logs and row counts', '- `/api/pipelines` — the data behind it'].join('\n');
    const other = ['# Ops', '', '## 6. Storage', '', '- `/pipelines` — last 30 days of runs'].join('\n');
    expect(pageRoutes(ui)).toEqual(['/pipelines', '/pipelines/runs/:runId']);
    expect(pageRoutes(other)).toEqual([]);
  });
  it('a bold label naming a UI heads a list of screens; a bold label naming something else does not', () => {
    const ui = ['# Moderation', '', '## Scope', '', '**Admin UI**', '', '- [ ] `/admin/moderation` — the queue', '- [ ] `/admin/moderation/settings` — thresholds'].join('\n');
    const other = ['# Moderation', '', '## Scope', '', '**Storage layout**', '', '- [ ] `/admin/moderation` — the queue'].join('\n');
    expect(pageRoutes(ui)).toEqual(['/admin/moderation', '/admin/moderation/settings']);
    expect(pageRoutes(other)).toEqual([]);
  });
  it('a "Pages:" item wrapping over lines lists pages on every line', () => {
    const md = ['# Refill', '', '## FAQ', '', '- Pages: `/refill` (overview), `/refill/items/:itemId`', '  (edit quantity), `/refill/history` (past refills).', '- Files: `/exports/refills.csv` and `/exports/skips.csv`.'].join('\n');
    expect(pageRoutes(md)).toEqual(['/refill', '/refill/history', '/refill/items/:itemId']);
  });
  it('a sentence wrapped right before its route still says what the route is', () => {
    const md = ['# Desk', '', '## Embargoes', '', 'Editors set and clear embargoes, and the desk can see every pending embargo on', '`/desk/embargoes`. The nightly job writes to', '`/var/exports/embargoes`.'].join('\n');
    expect(pageRoutes(md)).toEqual(['/desk/embargoes']);
  });
  it('a user-flows heading in Italian makes its code-marked routes pages', () => {
    const md = ['# Prenotazioni', '', '## Flussi utente', '', '1. Il cliente apre `/prenota` e sceglie data e orario.', '2. Dopo la conferma arriva su `/prenotazioni/:codice`.'].join('\n');
    expect(pageRoutes(md)).toEqual(['/prenota', '/prenotazioni/:codice']);
  });
});

describe('a request line with a note after --', () => {
  it('is read, its query left out', () => {
    const md = ['# Flags', '', '## API', '', 'SDK API:', '', '    GET /sdk/v1/snapshot?tenant=<id>     -- full snapshot, ETag-cached'].join('\n');
    expect(apiLines(md)).toEqual(['GET /sdk/v1/snapshot']);
  });
  it('a line of prose with a double dash in a code block is none', () => {
    const md = ['# Flags', '', '## API', '', '```', 'GET the snapshot -- then cache it', '```'].join('\n');
    expect(apiLines(md)).toEqual([]);
  });
});

describe("a person's act at a route, and a labelled route item under a portal heading", () => {
  it('"Residents apply at `/permits/apply`" names a page; "applies at" an API path or a file does not', () => {
    const md = ['# Permits', '', '## Requirements', '', '1. **REQ-01** Residents apply at `/permits/apply` by entering their address.', '2. **REQ-02** The fee applies at `/api/fees/calc` and is logged at `/var/log/permits`.'].join('\n');
    expect(pageRoutes(md)).toEqual(['/permits/apply']);
  });
  it('"- New: `/settings/webhooks` to create webhooks" under a portal heading is a page; under another heading it is not', () => {
    const portal = ['# Labels', '', '## Merchant portal', '', '- New: `/settings/webhooks` to create, test and delete webhooks.', '- `/shipments/:id` replaces the old `/labels/:id` detail page.'].join('\n');
    const other = ['# Labels', '', '## Storage', '', '- New: `/settings/webhooks` to create, test and delete webhooks.'].join('\n');
    expect(pageRoutes(portal)).toEqual(['/settings/webhooks', '/shipments/:id']);
    expect(pageRoutes(other)).toEqual([]);
  });
});

describe('a Google Docs export', () => {
  it('bold headings with an escaped number read as plain ones: `## **4.1 Shift**` under `# **4\\. Data Model**`', () => {
    const md = ['# **ShiftWise**', '', '# **4\\. Data Model**', '', '## **4.1 Shift**', '', '| Field | Type |', '| :---- | :---- |', '| id | UUID |', '| startsAt | Timestamp |'].join('\n');
    expect(modelLines(md)).toEqual(['Shift { id: string; startsAt: string }']);
  });
  it('a heading with bold words inside it, or a bold word alone, keeps them', () => {
    const md = ['# App', '', '## Data model', '', '### **Shift** and **Swap** notes', '', '| Field | Type |', '|---|---|', '| id | UUID |'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('an id set in bold opening a paragraph', () => {
  it('numbers a requirement in any section, keyword or not', () => {
    const md = ['# Swaps', '', '## 3.1.1 Proposing a swap', '', '**FR-3** A swap proposal expires automatically 48 hours after creation.', '', '**FR-4** Should a declined swap be shown to the unit manager?'].join('\n');
    expect(ruleRows(md)).toEqual([['FR-3', 'must', 'A swap proposal expires automatically 48 hours after creation.']]);
  });
  it('a plain ticket id opening a paragraph outside a requirements section is no requirement', () => {
    const md = ['# Swaps', '', '## Changelog', '', 'PROJ-12: Updated the onboarding copy.'].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a screens table headed "In-app route"', () => {
  it('reads its routes as pages, and leaves its deep links alone', () => {
    const md = ['# Stride', '', '## Screens', '', '| Screen | In-app route | Deep link |', '|---|---|---|', '| Home feed | `/feed` | `stride://feed` |', '| Run detail | `/runs/:runId` | `stride://runs/{runId}` |'].join('\n');
    expect(pageRoutes(md)).toEqual(['/feed', '/runs/:runId']);
  });
});

describe('a line saying its endpoint is not part of this work', () => {
  it("in English (don't port it), German (nicht Teil dieses Projekts) and French (n'est pas concerné)", () => {
    const md = [
      '# Orders',
      '',
      '## API',
      '',
      '- `GET /api/v1/orders` lists orders.',
      "- The old `GET /api/v0/orders` from the prototype is dead, don't port it.",
      '',
      'Die alte Schnittstelle `POST /sap/zw/meterread` wird nicht mehr verwendet und ist nicht Teil dieses Projekts.',
      '',
      "L'endpoint historique `GET /v0/annonces` reste en lecture seule et n'est pas concerné par ce chantier.",
      '',
      '- `POST /api/v1/orders` creates one.',
    ].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/v1/orders', 'POST /api/v1/orders']);
  });
  it('a line that reports support for something, or asks, keeps its endpoint', () => {
    const md = ['# Orders', '', '## API', '', '- `GET /api/v1/reports` — the report is what the team is concerned with.', '- `POST /api/v1/ports` opens a port.'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/v1/reports', 'POST /api/v1/ports']);
  });
});

describe('zod object schemas in a code block', () => {
  it('are models: types from the calls, enums, lists, references, nullable and optional', () => {
    const md = [
      '# Drafts',
      '',
      '## Schemas',
      '',
      '```ts',
      'import { z } from "zod";',
      '',
      'export const DraftReply = z.object({',
      '  id: z.string().uuid(),',
      '  status: z.enum(["generated", "sent"]),',
      '  confidence: z.number().min(0).max(1),',
      '  citedSourceIds: z.array(z.string()),',
      '  editedBody: z.string().nullable(),',
      '  note: z.string().optional(), // e.g. "from the agent"',
      '  author: AuthorSchema,',
      '  attempts: z.coerce.number(),',
      '  meta: z.object({',
      '    source: z.string(),',
      '  }),',
      '  sentAt: z.date(),',
      '});',
      '```',
    ].join('\n');
    expect(modelLines(md)).toEqual([
      'DraftReply { id: string; status: "generated" | "sent"; confidence: number; citedSourceIds: string[]; editedBody: string | null; note?: string; author: Author; attempts: number; meta: unknown; sentAt: string }',
    ]);
  });
  it('a parse call, a schema that is no object, or zod in prose is no model', () => {
    const md = ['# Drafts', '', '## Notes', '', '```ts', 'const parsed = DraftReply.parse(input);', 'export const Status = z.enum(["a", "b"]);', '```', '', 'We validate with `z.object({ id: z.string() })` at the edge.'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe("an outline's label item without a colon", () => {
  it('`- Pages` over nested routes lists pages', () => {
    const md = ['# Podcasts', '', '## Spec', '', '- Pages', '  - /shows/:showId/analytics', '    - chart and top episodes', '  - /ads/campaigns', '- Notes', '  - /var/log/podcasts holds the logs'].join('\n');
    expect(pageRoutes(md)).toEqual(['/ads/campaigns', '/shows/:showId/analytics']);
  });
  it('a label of more words, or one with nothing nested, lists none', () => {
    const md = ['# Podcasts', '', '## Spec', '', '- The pages we talked about last week', '  - /shows/:showId/analytics', '- Pages', '- /ads/campaigns'].join('\n');
    expect(pageRoutes(md)).toEqual([]);
  });
});
