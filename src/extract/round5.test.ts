/**
 * Misses found by a fifth round of probe PRDs written by hand (a Jira epic with `AC:` lists, a
 * Google-Docs export with an entity table, an RFC with non-normative notes, a Chinese PRD with its
 * open questions). Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const models = modelLines;

describe('`AC:` and `DoD:` labels', () => {
  it('make the list after them rules, without a keyword', () => {
    const md = ['# Returns', '', '## RET-143 Request a return', '', 'As a customer I want to return an item.', '', 'AC:', '- Return button is visible on delivered orders', '- Customer cannot return final-sale items', '', '**DoD**', '', '- Refund is issued within 5 days'].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'Return button is visible on delivered orders'],
      [undefined, 'must', 'Customer cannot return final-sale items'],
      [undefined, 'must', 'Refund is issued within 5 days'],
    ]);
  });
  it('only in capitals: "Ac:" or an `AC units:` label heads no rules', () => {
    const md = ['# Facilities', '', '## Rooms', '', 'Ac:', '- Room 4 has a fan', '', 'AC units:', '- Two units per floor'].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('an entity table with a qualified fields column', () => {
  it('reads "Key attributes", "Attributi principali" and "关键字段" as the fields of each row', () => {
    const md = [
      '# Clinic',
      '',
      '## 4. Data model',
      '',
      '| Entity | Key attributes |',
      '|---|---|',
      '| Patient | id, name, dateOfBirth |',
      '| Site | id, timezone |',
      '',
      '## Entità',
      '',
      '| Entità | Attributi principali |',
      '|---|---|',
      '| Condominio | id, indirizzo |',
      '',
      '## 数据模型',
      '',
      '| 实体 | 说明 | 关键字段 |',
      '|---|---|---|',
      '| Coupon | 券 | id, code |',
    ].join('\n');
    expect(models(md)).toEqual(['Condominio { id: string; indirizzo: string }', 'Coupon { id: string; code: string }', 'Patient { id: string; name: string; dateOfBirth: string }', 'Site { id: string; timezone: string }']);
  });
  it('a notes column beside an entity column is no fields column', () => {
    const md = ['# Clinic', '', '## Data model', '', '| Entity | Key notes |', '|---|---|', '| Patient | created by reception, kept ten years |'].join('\n');
    expect(models(md)).toEqual([]);
  });
});

describe('questions and discussions bind nothing', () => {
  it('an "Open questions", "FAQ", "Non-normative notes" or "待确认问题" heading holds no rules', () => {
    const md = [
      '# Webhooks',
      '',
      '## 5. Delivery',
      '',
      'The sender MUST retry failed deliveries.',
      '',
      '## 8. Non-normative notes',
      '',
      'Receivers should store the event id to drop duplicates.',
      '',
      '## 9. FAQ',
      '',
      'We should revisit once we have 50 teams.',
      '',
      '## 八、待确认问题',
      '',
      '1. 退款后券应该退回，需要和财务对齐。',
      '',
      '## 10. Open questions (for ops)',
      '',
      '- Retries must stop after a day, or a week.',
    ].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'must', 'The sender MUST retry failed deliveries.']]);
  });
  it('a heading that only starts with the word names a feature: "Questions board" keeps its rules', () => {
    const md = ['# Forum', '', '## Questions board', '', 'A question must have a title.'].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'must', 'A question must have a title.']]);
  });
  it('a question that ends with an aside in parentheses is a question, full-width ones too', () => {
    const md = ['# Coupons', '', '## 需求', '', '1. 是否应该支持券叠加使用？（待运营确认）', '2. Should exports be signed? (ask ops)', '3. 券必须在有效期内使用。'].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'must', '券必须在有效期内使用。']]);
  });
  it('a sentence that says it is no requirement is none', () => {
    const md = ['# Setup', '', '## Requirements', '', '- The env file must never be committed (a repo rule, not a product requirement).', '- Sessions must expire after 30 minutes.'].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'must', 'Sessions must expire after 30 minutes.']]);
  });
});

describe('a path parameter written as a tag in a table cell: `/v1/invoices/<invoice_id>`', () => {
  it('is kept, with or without an underscore, in a table the line reader reads', () => {
    const md = [
      '# Invoices',
      '',
      '## Endpoints',
      '',
      '| Verb | Resource | Description |',
      '|------|----------|-------------|',
      '| GET | /v1/invoices/<invoice_id> | Retrieve one invoice |',
      '| DELETE | /v1/invoices/<id>/line_items/<item> | Remove a line item, **draft** only |',
    ].join('\n');
    expect(apiLines(md)).toEqual(['DELETE /v1/invoices/:id/line_items/:item', 'GET /v1/invoices/:invoice_id']);
  });
  it('is kept where remark reads the section (an HTML block in it)', () => {
    const md = ['# Invoices', '', '## Endpoints', '', '<details><summary>All calls</summary>', '', '| Verb | Resource |', '|---|---|', '| GET | /v1/invoices/<id> |', '', '</details>'].join('\n');
    expect(apiLines(md)).toEqual(['GET /v1/invoices/:id']);
  });
  it('a real tag elsewhere in a cell is still dropped: `<b>`, `<span class="x">`', () => {
    const md = ['# Invoices', '', '## Endpoints', '', '| Verb | Resource | Description |', '|---|---|---|', '| GET | /v1/invoices | <b>List</b> <span class="x">invoices</span> |'].join('\n');
    expect(apiLines(md)).toEqual(['GET /v1/invoices']);
  });
});

describe('Italian and Dutch PRDs', () => {
  it('reads requirement, screen, data and out-of-scope headings and the normative verbs of Italian', () => {
    const md = [
      '# Portale Condominio',
      '',
      '## Requisiti funzionali',
      '',
      '- **REQ-01** Il condòmino deve poter vedere le rate.',
      '- **REQ-02** Il sistema dovrebbe inviare un sollecito.',
      '- **REQ-03** Le rate sono pagate tramite PagoPA.',
      '',
      '## Pagine',
      '',
      '- Elenco spese: `/condomini/:id/spese`',
      '',
      '## Entità',
      '',
      '| Entità | Attributi principali |',
      '|---|---|',
      '| Rata | id, importo, scadenza |',
      '',
      '## Fuori ambito',
      '',
      '- Pagina `/admin/legacy`: le notifiche devono restare via email.',
      '',
      '## Domande aperte',
      '',
      '- Il sollecito deve partire dopo 10 giorni o 15 giorni',
    ].join('\n');
    expect(ruleRows(md)).toEqual([
      ['REQ-01', 'must', 'Il condòmino deve poter vedere le rate.'],
      ['REQ-02', 'should', 'Il sistema dovrebbe inviare un sollecito.'],
      ['REQ-03', 'must', 'Le rate sono pagate tramite PagoPA.'],
    ]);
    expect(pageRoutes(md)).toEqual(['/condomini/:id/spese']);
    expect(models(md)).toEqual(['Rata { id: string; importo: string; scadenza: string }']);
  });
  it('reads Dutch: "moet" is must, "zou moeten" should, and bold definitions under Gegevensmodel are models', () => {
    const md = [
      '# Fietsenstalling',
      '',
      '## Eisen',
      '',
      '1. **EIS-1** Een bewoner moet kunnen inloggen met DigiD.',
      '2. **EIS-2** Het systeem zou moeten herinneren voordat het abonnement verloopt.',
      '3. **EIS-3** Betalen dient te gebeuren met iDEAL.',
      '',
      '## Schermen',
      '',
      '- Mijn abonnement — `/abonnement`',
      '',
      '## Gegevensmodel',
      '',
      '**Stalling** (id, naam, capaciteit)',
      '',
      '## Buiten scope',
      '',
      '- `/beheer/export` moet later komen.',
      '',
      '## Vragen',
      '',
      '- Moet de pas ook werken bij de kluizen',
    ].join('\n');
    expect(ruleRows(md)).toEqual([
      ['EIS-1', 'must', 'Een bewoner moet kunnen inloggen met DigiD.'],
      ['EIS-2', 'should', 'Het systeem zou moeten herinneren voordat het abonnement verloopt.'],
      ['EIS-3', 'must', 'Betalen dient te gebeuren met iDEAL.'],
    ]);
    expect(pageRoutes(md)).toEqual(['/abonnement']);
    expect(models(md)).toEqual(['Stalling { id: string; naam: string; capaciteit: string }']);
  });
  it('"dient als" (serves as) and "moeten" after "zou" give no must', () => {
    const md = ['# Stalling', '', '## Overzicht', '', 'Deze pagina dient als overzicht van de stallingen.', '', 'De poort zou moeten openen binnen een seconde.'].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'should', 'De poort zou moeten openen binnen een seconde.']]);
  });
});

describe('comments and template guidance', () => {
  it('an HTML comment, an `<instruction>` and an `<example>` block hold no rules and no tasks', () => {
    const md = [
      '# Orders',
      '',
      '## Requirements',
      '',
      '<!--',
      'ACTION REQUIRED: each requirement must be testable.',
      'GET /api/template',
      '-->',
      '',
      '- The app must log in users. <!-- keep this one short -->',
      '',
      '<instruction>',
      'Features should map to separate files.',
      '',
      'Modules must not depend on each other.',
      '</instruction>',
      '',
      '<example type="good">',
      '- The API must return 200 from `GET /api/example`',
      '</example>',
      '',
      '- Orders must be paid before shipping.',
    ].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'The app must log in users.'],
      [undefined, 'must', 'Orders must be paid before shipping.'],
    ]);
    expect(apiLines(md)).toEqual([]);
  });
  it('keeps what a fence shows, and a comment never closed hides its own line only', () => {
    const md = ['# Pages', '', '## Requirements', '', '```html', '<!-- opened in code', '```', '', '- Carts must expire after a day.', '-->', '', '- Orders must be paid. <!-- never closed', '- Refunds must be logged.'].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'Carts must expire after a day. -->'],
      [undefined, 'must', 'Orders must be paid.'],
      [undefined, 'must', 'Refunds must be logged.'],
    ]);
    const kept = ['# Pages', '', '## Requirements', '', '```html', '<example>', '```', '', '- Carts must expire after a day.'].join('\n');
    expect(ruleRows(kept)).toEqual([[undefined, 'must', 'Carts must expire after a day.']]);
  });
});

describe('more ids and levels', () => {
  it('a dotted id with one capital before a capital word is the rule id: `R1.2.1 The…`', () => {
    const md = ['# WMS', '', '## Functional requirements', '', 'R1.1 — Receiving', '  - R1.1.1 The handheld must show the expected quantity.', '  - R1.1.2 Over-receipts above 5% must need approval.'].join('\n');
    expect(ruleRows(md)).toEqual([
      ['R1.1.1', 'must', 'The handheld must show the expected quantity.'],
      ['R1.1.2', 'must', 'Over-receipts above 5% must need approval.'],
    ]);
  });
  it('a dotted number in prose is no id: `V2.1 ships` has a lower-case word after it', () => {
    const md = ['# WMS', '', '## Requirements', '', '- V2.1 ships with scanning and must support offline mode.'].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'must', 'V2.1 ships with scanning and must support offline mode.']]);
  });
  it('a capitalised `Must`/`Should` opening an item is its keyword; "Must-have" is no keyword', () => {
    const md = ['# Checkout', '', '## Checkout screen', '', '- **Must** show the total before the Pay button', '- Should remember the last address', '- Must-have for launch: Apple Pay'].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'Must show the total before the Pay button'],
      [undefined, 'should', 'Should remember the last address'],
    ]);
  });
});

describe('a route with a dot segment', () => {
  it('is no page: `/.well-known/…` is a file on the host', () => {
    const md = ['# Shop', '', '## Screens', '', '- Checkout: `/checkout`', '- Apple Pay needs a domain file at `/.well-known/apple-developer-merchantid-domain-association`.'].join('\n');
    expect(pageRoutes(md)).toEqual(['/checkout']);
  });
});

describe('a fence marked as plain text', () => {
  it('is read as one without a language: `~~~text` of request lines gives their endpoints', () => {
    const md = ['# OKRs', '', '## API', '', '~~~text', 'GET  /api/okrs?quarter=2026Q1', 'POST /api/objectives', '~~~'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/okrs', 'POST /api/objectives']);
  });
});

describe('an example call that names one record', () => {
  it('is an instance of its endpoint: a number, a UUID or a prefixed key becomes a parameter', () => {
    const md = [
      '# Orders',
      '',
      '## API',
      '',
      '- `GET /v3/orders/{orderId}` returns one order',
      '',
      '## Appendix — examples',
      '',
      '`GET /v3/orders/ord_8f2k1` response:',
      '',
      '```http',
      'POST /api/reports/rep_123/preview HTTP/1.1',
      '```',
      '',
      'And `DELETE /api/files/3f2b6c1e-9a4d-4e1b-8c2a-0d9e8f7a6b5c/versions/7` removes a version.',
    ].join('\n');
    expect(apiLines(md)).toEqual(['DELETE /api/files/:id/versions/:id2', 'GET /v3/orders/:orderId', 'POST /api/reports/:id/preview']);
  });
  it('a first segment, a version or a word with a digit stays as it is: `/404`, `/v2`, `/oauth_v2`', () => {
    const md = ['# Site', '', '## API', '', '- `GET /v2/oauth_v2/token`', '- `GET /api/reports/q3`', '', '## Pages', '', '- Not found: `/404`'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/reports/q3', 'GET /v2/oauth_v2/token']);
    expect(pageRoutes(md)).toEqual(['/404']);
  });
});

describe('rules, round 5 (Spec Kit markers, review checklists, levels in more languages)', () => {
  it('a requirement with a clarification marker that asks a question is still a requirement, with its id', () => {
    const md = ['# Rooms', '', '## Functional Requirements', '', '- **FR-007**: System MUST notify attendees when an occurrence moves [NEEDS CLARIFICATION: email, Teams, or both?]', '- **FR-008**: Should rooms be bookable twice?'].join('\n');
    expect(ruleRows(md)).toEqual([['FR-007', 'must', 'System MUST notify attendees when an occurrence moves [NEEDS CLARIFICATION: email, Teams, or both?]']]);
  });
  it('a review checklist of the document holds no rules, even under Requirements; an "Acceptance" heading does', () => {
    const md = [
      '# Rooms',
      '',
      '## Requirements',
      '',
      '### Review & Acceptance Checklist',
      '',
      '- [ ] No [NEEDS CLARIFICATION] markers remain',
      '- [ ] Success criteria are measurable',
      '',
      '### Checklist: Acceptance',
      '',
      '- [x] A statement is generated every Monday at 06:00',
    ].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'must', 'A statement is generated every Monday at 06:00']]);
  });
  it('reads darf (may), darf nicht (must), 望ましい and recomenda-se (should); an id before a full-width colon', () => {
    const md = [
      '# Rechnungen',
      '',
      '## Anforderungen',
      '',
      '- Eine Rechnung darf bis zu 500 Positionen enthalten.',
      '- Eine Rechnung darf nicht gelöscht werden.',
      '- 写真を 1 枚以上添付することが望ましい。',
      '- Recomenda-se que a agenda carregue em 2 segundos.',
      '- NF-01：画面表示は 2 秒以内でなければならない。',
    ].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'may', 'Eine Rechnung darf bis zu 500 Positionen enthalten.'],
      [undefined, 'must', 'Eine Rechnung darf nicht gelöscht werden.'],
      [undefined, 'should', '写真を 1 枚以上添付することが望ましい。'],
      [undefined, 'should', 'Recomenda-se que a agenda carregue em 2 segundos.'],
      ['NF-01', 'must', '画面表示は 2 秒以内でなければならない。'],
    ]);
  });
  it('a statement about the document in other languages, or a hedged modal, is no rule', () => {
    const md = [
      '# Doc',
      '',
      '## Hinweise',
      '',
      'Hinweis: Dieses Dokument muss bei jeder Änderung neu freigegeben werden.',
      '',
      'Este documento deve ser lido junto com o PRD de Recebimento.',
      '',
      'We should probably also post in the partner Slack.',
      '',
      'The export must finish within a minute.',
    ].join('\n');
    expect(ruleRows(md)).toEqual([[undefined, 'must', 'The export must finish within a minute.']]);
  });
});

describe('pages, round 5', () => {
  it('reads every route of a "Pages:" line, a route in parentheses after a page noun, and a "User experience" section', () => {
    const md = [
      '# Payouts',
      '',
      '## Tasks',
      '',
      '- [ ] Pages: `/driver/statements` (list) and `/driver/statements/:statementId` (detail)',
      '',
      '## Flows',
      '',
      'From the dashboard (`/dashboard`) the merchant clicks **New report**.',
      '',
      '# User Experience',
      '',
      '- Key screens:',
      '  - Pantry — `/pantry`, grouped by shelf',
      '  - Shopping list — `/list`',
    ].join('\n');
    expect(pageRoutes(md)).toEqual(['/dashboard', '/driver/statements', '/driver/statements/:statementId', '/list', '/pantry']);
  });
  it('a parenthesis after a page noun that holds no route, or a file, gives no page', () => {
    const md = ['# Docs', '', '## Notes', '', 'The dashboard (see /docs/dashboard.md) shows totals.', 'The settings page (`src/settings.tsx`) is new.'].join('\n');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('a model named "Series" stays Series', () => {
  it('is not singularised to "Sery"; Movies is Movie, Categories Category', () => {
    const md = ['# Catalog', '', '## Data model', '', '| Model | Fields |', '|---|---|', '| Series | id, title |', '| Movies | id, title |', '| Categories | id, name |'].join('\n');
    expect(models(md).map((m) => m.split(' ')[0])).toEqual(['Category', 'Movie', 'Series']);
  });
});

describe('models named as models, and models under a label item', () => {
  it('reads "`X` model — fields" and "`X` model (fields)" in any section; a model word without a field list gives none', () => {
    const md = [
      '# Payouts',
      '',
      '## Tasks',
      '',
      '- [ ] `PayoutStatement` model — driverId, periodStart, net',
      '- Data: new `TotpCredential` model (userId, secretEncrypted) and',
      '  `RecoveryCode` model (userId, codeHash, usedAt?).',
      '- The `User` model (see below) is unchanged.',
      '- A `Session` record: stored in Redis for a day.',
    ].join('\n');
    expect(models(md)).toEqual([
      'PayoutStatement { driverId: string; periodStart: string; net: string }',
      'RecoveryCode { userId: string; codeHash: string; usedAt?: string }',
      'TotpCredential { userId: string; secretEncrypted: string }',
    ]);
  });
  it('reads the items nested under a `- Data models:` label as a data section, and under `- Key screens:` as a screens one', () => {
    const md = [
      '# Pantry',
      '',
      '# Technical Architecture',
      '',
      '- Data models:',
      '  - `Household` — id, name, createdAt',
      '- Key screens:',
      '  - Pantry — `/pantry`',
      '- Integrations:',
      '  - `Stripe` — webhooks, refunds, payouts',
    ].join('\n');
    expect(models(md)).toEqual(['Household { id: string; name: string; createdAt: string }']);
    expect(pageRoutes(md)).toEqual(['/pantry']);
  });
});

describe('endpoints taken away', () => {
  it('a changelog row marked Removed, "`X` is removed" and "Remove the … endpoints" give no endpoint; what a call removes is no removal', () => {
    const md = [
      '# Orders v3',
      '',
      '## Changes',
      '',
      '| Change | Endpoint | Notes |',
      '|---|---|---|',
      '| Added | `GET /v3/orders/{orderId}` | embeds line items |',
      '| Removed | `PUT /v2/orders/{id}` | use PATCH |',
      '',
      '- `POST /api/v1/search/save` is removed by this design and must not come back.',
      '- [ ] 1.5 Remove security-question endpoints (`POST /auth/recover/questions`)',
      '- `DELETE /api/cart/items/{sku}` — the item is removed from the cart.',
    ].join('\n');
    expect(apiLines(md)).toEqual(['DELETE /api/cart/items/:sku', 'GET /v3/orders/:orderId']);
  });
});

describe('Spec Kit key entities', () => {
  it('under a "Key Entities" heading an entity described in prose is a model with no fields; elsewhere it is none', () => {
    const md = [
      '# Rooms',
      '',
      '### Key Entities *(include if feature involves data)*',
      '',
      '- **Room**: a bookable meeting room; name, floor, capacity.',
      '- **Booking**: one concrete occurrence of a room reservation.',
      '',
      '### Glossary',
      '',
      '- **Override**: a change to one occurrence of a series.',
    ].join('\n');
    expect(models(md)).toEqual(['Booking {  }', 'Room { name: string; floor: string; capacity: number }']);
  });
});
