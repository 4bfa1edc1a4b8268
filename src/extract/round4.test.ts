/**
 * Misses found by a fourth round of probe PRDs written by hand (Linear and Jira stories, an
 * OpenAPI contract titled "… API", requirement lists with a lower-case "may"). Each rule has its
 * negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, mergedModels, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const models = modelLines;

describe('a label over a list: `**Acceptance criteria**`, `Requirements:`', () => {
  it('makes the items of the list after it rules, with or without a blank line, even without a keyword', () => {
    const md = [
      '# Billing',
      '',
      '## Stories',
      '',
      '### BILL-413 Dispute an invoice',
      '',
      'As a customer I want to dispute an invoice.',
      '',
      '**Acceptance criteria**',
      '- [ ] The dispute form requires a reason.',
      '- [ ] A dispute freezes the invoice until it is resolved.',
      '',
      'Requirements:',
      '',
      '- Support agents see open disputes first.',
      '',
      '**核心需求**：',
      '- 监控孩子申请状态和截止日期',
    ].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'The dispute form requires a reason.'],
      [undefined, 'must', 'A dispute freezes the invoice until it is resolved.'],
      [undefined, 'must', 'Support agents see open disputes first.'],
      [undefined, 'must', '监控孩子申请状态和截止日期'],
    ]);
  });

  it('does not: a bare "Rules:" over instructions, a label of structure, a list after a sentence, a list after the label\'s paragraph ends', () => {
    const md = [
      '# Template',
      '',
      '## How to map modules',
      '',
      'Rules:',
      '1. Each capability maps to a module folder',
      '2. Define what each module exports publicly',
      '',
      'API requirements:',
      '- Orders are listed newest first by default',
      '',
      'We reviewed the acceptance criteria with the team.',
      '- The team agreed on the scope last week',
      '',
      '**Acceptance criteria**',
      '',
      'Discussed in the meeting.',
      '',
      '- Notes were taken by the product owner',
    ].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a lower-case "may" in an item of a requirements list', () => {
  it('gives the level may, as MAY does; "may not" forbids, and a "may" in parentheses or quotes is an aside', () => {
    const md = [
      '# Clinic',
      '',
      '## Requirements',
      '',
      '- Staff may override the reason code.',
      '- 受付は予約を変更してもよい。',
      '- Visitors may not enter the lab without a badge.',
      '- A retained interest record is kept (users may still want updates).',
      '- The export "may" be named in the UI copy.',
      '- Reports are emailed every Monday morning.',
    ].join('\n');
    expect(ruleRows(md).map(([, level, text]) => `${level} ${text}`)).toEqual([
      'may Staff may override the reason code.',
      'may 受付は予約を変更してもよい。',
      'must Visitors may not enter the lab without a badge.',
      'must A retained interest record is kept (users may still want updates).',
      'must The export "may" be named in the UI copy.',
      'must Reports are emailed every Monday morning.',
    ]);
  });

  it('stays prose outside such a list: a paragraph sentence with a lower-case "may" is no rule', () => {
    expect(ruleRows('# Clinic\n\n## Background\n\nVisits may be cancelled early by phone.\n')).toEqual([]);
  });
});

describe('a screens heading under an API-titled document', () => {
  it('reads its routes as pages, while an endpoints heading under the same title still reads endpoints', () => {
    const md = [
      '# Pet Clinic API — v1 contract',
      '',
      '## Screens',
      '',
      '- `/owners` — owner search',
      '- `/owners/:ownerId` — owner file with pets and visits',
      '',
      '## Endpoints',
      '',
      '- `GET /api/owners`',
      '- `/api/owners/{id}/pets`',
    ].join('\n');
    expect(pageRoutes(md)).toEqual(['/owners', '/owners/:ownerId']);
    expect(apiLines(md)).toEqual(['? /api/owners/:id/pets', 'GET /api/owners']);
  });

  it('keeps an API-titled document\'s other sections about endpoints: a bare path list under "Resources" is no page', () => {
    const md = ['# Orders API', '', '## Resources', '', '- `/api/orders/{id}/lines`'].join('\n');
    expect(pageRoutes(md)).toEqual([]);
    expect(apiLines(md)).toEqual(['? /api/orders/:id/lines']);
  });
});

describe('a sentence that puts what it names out of scope', () => {
  it('covers the lines it wraps onto, up to its end; "Not in this release:" is out of scope too', () => {
    const md = [
      '# Calendar sync',
      '',
      '## Scope',
      '',
      'Sync team calendars with Google. Out of scope: the public booking page',
      '(`/book/:slug`) and its API (`GET /api/public/slots`). The sync itself uses',
      '`POST /api/sync` every five minutes.',
      '',
      '## API',
      '',
      '- `GET /api/calendars`',
      '- Not in this release: `POST /api/calendars/import`',
      '- Not in the first release, but planned: `DELETE /api/calendars/{id}`',
    ].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/calendars', 'POST /api/sync']);
  });

  it('does not reach past its sentence: the next sentence on the wrapped line names an endpoint', () => {
    const md = ['# X', '', '## API', '', 'The old export is deprecated. Clients', 'call `GET /api/export` instead.'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/export']);
  });
});

describe('models as wikis and non-English PRDs write them', () => {

  it('reads a bold name over its field list in a section about several models, and `- id — uuid` items', () => {
    const md = ['# Files', '', '## Data', '', '**Attachment**', '- id — uuid', '- fileName — text', '', '**Entität: Termin**', '- `terminId` (UUID, Pflicht)', '- `bemerkung` (Text, optional)'].join('\n');
    expect(models(md)).toEqual(['Attachment { id: string; fileName: string }', 'Termin { terminId: string; bemerkung?: string }']);
  });

  it('keeps a bold label under a model\'s own heading with that model, and a dash note that is no type is no field', () => {
    const md = ['# Billing', '', '## Data', '', '### Invoice', '', '- `number` (string)', '', '**Totals**', '', '- `total` (number)', '- `tax` (number)', '- issuedAt — the day it was sent'].join('\n');
    expect(models(md)).toEqual(['Invoice { number: string; total: number; tax: number }']);
  });

  it('drops a role word of the known languages and a note in full-width parentheses from a heading', () => {
    const md = [
      '# Prêts', '', '## Modèle', '',
      '### Entité Facture', '', '| Champ | Type |', '|---|---|', '| numero | texte |', '',
      '### Equipment（備品）', '', '| Field | Type |', '|---|---|', '| serialNo | string |', '',
      '### Tabla: Reserva', '', '| Campo | Tipo |', '|---|---|', '| fecha | date |',
    ].join('\n');
    expect(models(md).sort()).toEqual(['Equipment { serialNo: string }', 'Facture { numero: string }', 'Reserva { fecha: string }']);
  });
});

describe('a heading about the data model in another language', () => {
  it('names no model (`Datenmodell`, `Modelo de datos`, `データモデル`): its bold labels do', () => {
    for (const heading of ['4. Datenmodell', 'Modelo de datos', 'Modèle de données', 'データモデル']) {
      const md = [`# X`, '', `## ${heading}`, '', '**Termin**', '- `terminId` (UUID)', '- `datum` (Datum)', '', '**Fahrzeug**', '- `marke` (Text)', '- `baujahr` (Zahl)'].join('\n');
      expect(mergedModels(md).map((m) => m.name), heading).toEqual(['Fahrzeug', 'Termin']);
    }
  });
});

describe('table cells and GraphQL blocks', () => {
  it('reads `GET<br>PUT` in a method cell as two methods, whichever block reader reads the table', () => {
    const md = ['# Suppliers', '', '## API', '', '| Endpoint | Verb |', '| --- | --- |', '| /rest/suppliers/{id} | GET<br>PUT |', '| /rest/items/{id} | GET<br/>DELETE |'].join('\n');
    expect(apiLines(md)).toEqual(['DELETE /rest/items/:id', 'GET /rest/items/:id', 'GET /rest/suppliers/:id', 'PUT /rest/suppliers/:id']);
  });

  it('takes no model from the GraphQL root types Query, Mutation and Subscription', () => {
    const md = ['# Trucks', '', '## Data', '', '```graphql', 'type Query {', '  truck(id: ID!): Truck', '}', '', 'type Truck {', '  id: ID!', '  plate: String', '}', '', 'type Mutation {', '  park(id: ID!): Truck', '}', '```'].join('\n');
    expect(mergedModels(md).map((m) => m.name)).toEqual(['Truck']);
  });
});

describe('route declarations of web frameworks in code blocks', () => {
  it('reads Express, Fastify, gin, FastAPI, Flask, Spring and Rails routes as endpoints', () => {
    const md = [
      '# Returns', '', '## Backend', '',
      '```js', "router.post('/hooks/carriers/:carrier/scan', scan);", 'app.get("/hooks/health", (req, res) => res.send("ok"));', '```', '',
      '```go', 'r.GET("/api/trucks/:id", getTruck)', '```', '',
      '```python', '@app.get("/api/items/{item_id}")', 'def read_item(item_id: int): ...', '', "@bp.route('/api/legacy-free/<int:id>', methods=['PUT', 'DELETE'])", 'def change(id): ...', '```', '',
      '```java', '@PostMapping("/api/orders")', 'public Order create(@RequestBody Order o) { return o; }', '```', '',
      '```ruby', "get '/returns', to: 'returns#index'", "patch '/returns/:id', to: 'returns#update'", '```',
    ].join('\n');
    expect(apiLines(md)).toEqual([
      'DELETE /api/legacy-free/:id', 'GET /api/items/:item_id', 'GET /api/trucks/:id', 'GET /hooks/health', 'GET /returns',
      'PATCH /returns/:id', 'POST /api/orders', 'POST /hooks/carriers/:carrier/scan', 'PUT /api/legacy-free/:id',
    ]);
  });

  it('reads none from a shell example, a call without a path, a relative Nest path, a line its comment puts out of scope, or code under a heading about neither endpoints nor routes', () => {
    const md = [
      '# X', '', '## Server', '',
      '```bash', 'curl -X POST https://api.example.com/v1/orders', 'app.get("/in/a/shell/block")', '```', '',
      '```ts', "const v = cache.get('token');", "@Get(':id')", "router.delete('/api/old', h); // legacy, out of scope", '```', '',
      '## Implementation notes', '', '```js', "app.get('/internal/health', handler);", '```',
    ].join('\n');
    expect(apiLines(md)).toEqual([]);
  });
});

describe('headings and columns whose words start or end with an accented letter', () => {
  it('reads `## Écrans` as a screens heading and `Adresse` alone as its route column', () => {
    const md = ['# Factures', '', '## 5. Écrans', '', '| Écran | Adresse |', '|---|---|', '| Mes factures | `/mes-factures` |', '| Détail | `/mes-factures/:numero` |'].join('\n');
    expect(pageRoutes(md)).toEqual(['/mes-factures', '/mes-factures/:numero']);
  });

  it('reads `### Entité` under no data heading as about models; an address column outside a screens section names no route', () => {
    const md = ['# X', '', '## Entité', '', '- **Facture**: numero, montant, echeance', '', '## Contacts', '', '| Nom | Adresse |', '|---|---|', '| Siège | `/siege` |'].join('\n');
    expect(mergedModels(md).map((m) => m.name)).toEqual(['Facture']);
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('a plain entity line in a data section, and a web app heading', () => {
  it('reads `Connection — id, userId, …` as a model; a list of people or plural nouns is none', () => {
    const md = [
      '# Calendar', '', '## Data', '',
      'Connection — id, userId, provider (google/microsoft), accessToken, lastSyncAt (nullable)', '',
      'Team: Ana, Bo, Cy', '', 'Users: admins, editors, viewers.', '', 'Calendars: work, home, shared',
    ].join('\n');
    expect(mergedModels(md).map((m) => `${m.name} ${m.fields.map((f) => f.name).join(',')}`)).toEqual(['Connection id,userId,provider,accessToken,lastSyncAt']);
  });

  it('reads the routes under `## Web app` as pages, not its API calls', () => {
    const md = ['# Fleet', '', '## Web app', '', '- Live map: `/map`', '- Truck detail: `/trucks/:truckId`', '', 'Positions come from `GET /api/positions`.'].join('\n');
    expect(pageRoutes(md)).toEqual(['/map', '/trucks/:truckId']);
    expect(apiLines(md)).toEqual(['GET /api/positions']);
  });
});

describe('models a data section describes in prose', () => {

  it('reads "Each Invoice has a number, an issue date and a list of line items"', () => {
    const md = [
      '# Invoicing', '', '## Domain', '',
      'Each Invoice has a number, an issue date, a currency and a list of line items.',
      'A LineItem has a description, a quantity and a unit price; the line total is derived.',
      'Every Client record holds a name, a billing email and an optional VAT number.',
    ].join('\n');
    expect(models(md).sort()).toEqual([
      'Client { name: string; billingEmail: string; vatNumber?: string }',
      'Invoice { number: number; issueDate: string; currency: string; lineItems: LineItem[] }',
      'LineItem { description: string; quantity: number; unitPrice: number }',
    ]);
  });

  it('reads none from a lower-case subject, a clause, one thing only, or prose outside a data section', () => {
    const md = [
      '# X', '', '## Domain', '',
      'Each user has a role and a team.',
      'An Invoice has a date that the client picks and a number.',
      'Each Order has a customer.',
      '', '## Background', '',
      'Each Team has a lead, a budget and a roadmap.',
    ].join('\n');
    expect(models(md)).toEqual([]);
  });
});

describe('Kotlin data classes', () => {
  it('reads a data class as a model: nullable types, defaults as optional, lists of a type', () => {
    const md = ['# D', '', '## Data', '', '```kotlin', 'data class Delivery(', '    val id: String,', '    val eta: Instant?,', '    val stops: List<Stop> = emptyList(),', '    val weightKg: Double,', ')', '', 'data class Stop(val id: String, val address: String)', '```'].join('\n');
    expect(models(md)).toEqual([
      'Delivery { id: string; eta: string | null; stops?: Stop[]; weightKg: number }',
      'Stop { id: string; address: string }',
    ]);
  });

  it('reads no model from a class that is not a data class, nor from functions', () => {
    const md = ['# D', '', '## Data', '', '```kotlin', 'class DeliveryService(private val repo: DeliveryRepo, val clock: Clock)', '', 'fun eta(delivery: Delivery): Instant = delivery.eta ?: Instant.now()', '```'].join('\n');
    expect(mergedModels(md)).toEqual([]);
  });
});

describe('the tail of a templated or custom-scheme URL', () => {
  it('is no route: `courier://deliveries/{deliveryId}/proof` gives no page /proof; the web route beside it does', () => {
    const md = ['# M', '', '## Screens', '', '### Proof of delivery (`courier://deliveries/{deliveryId}/proof`)', '', 'Shown after the last stop. Web: `/deliveries/:id/proof`.', '', '- `{base}/settings` — configured per tenant'].join('\n');
    expect(pageRoutes(md)).toEqual(['/deliveries/:id/proof']);
  });
});
