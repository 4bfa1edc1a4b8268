/**
 * Misses found by a sixth round of reading: key notation in a model's field list (`PK: cuid`,
 * `FK: employeeId->employeeNumber`), relations written with an arrow, a model's sub-items that list
 * more of its fields, and entities named in code case with only a description; endpoint tables
 * headed in other words, request lines with a host variable or a note, Gherkin blocks, Russian
 * modals, and what a thread quotes, a dropped feature or a note to reviewers says. Each rule has
 * its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const models = modelLines;

describe('key notation in a field list', () => {
  it('reads `PK: cuid` as the id and `FK: a->b` as the field a', () => {
    const md = ['# Training', '', '## Domain model', '', '- **EmployeeNote** (PK: cuid, FK: employeeId->employeeNumber, authorId->User)', '- **Skill** (PK: code, name, validityMonths?)'].join('\n');
    expect(models(md)).toEqual(['EmployeeNote { id: string; employeeId: string; authorId: string }', 'Skill { code: string; name: string; validityMonths?: number }']);
  });
  it('a generated numeric key is a number; `PK` or `FK` alone is no field', () => {
    const md = ['# Shop', '', '## Data model', '', '- **Order** (PK: serial, FK: customerId, total)', '- **Tag** (PK, FK, label, slug)'].join('\n');
    expect(models(md)).toEqual(['Order { id: number; customerId: string; total: number }', 'Tag { label: string; slug: string }']);
  });
  it('a relation to a model is typed with it, a list of them for a plural name', () => {
    const md = ['# Training', '', '## Domain model', '', '- **Employee** (`employeeNumber` PK, name)', '  - `trainings` → TrainingRecord (FK: employeeId -> employeeNumber)', '  - `manager` -> Employee', '  - `skillId` -> Skill'].join('\n');
    expect(models(md)).toEqual(['Employee { employeeNumber: string; name: string; trainings: TrainingRecord[]; manager: Employee; skillId: string }']);
  });
  it('an arrow in prose is no field: "status → shipped" in a sentence stays out', () => {
    const md = ['# Shop', '', '## Data model', '', '- **Order** (id, total)', '  - Moves from `pending` → shipped when the courier scans it'].join('\n');
    expect(models(md)).toEqual(['Order { id: string; total: number }']);
  });
});

describe("a model's sub-items", () => {
  it('add the fields they list in code marks, with their notes', () => {
    const md = [
      '# Training',
      '',
      '## 5. Domain Model (keys & relationships)',
      '',
      '- **TrainingAssignment** (PK: cuid, FK: employeeId->employeeNumber)',
      '  - `targetLevel` (1–4), `dueDate`, `status` (PENDING/IN_PROGRESS/COMPLETED), `notes?`',
      '- **User** (PK: cuid, username unique, role)',
    ].join('\n');
    expect(models(md)).toEqual([
      'TrainingAssignment { id: string; employeeId: string; targetLevel: number; dueDate: string; status: "PENDING" | "IN_PROGRESS" | "COMPLETED"; notes?: string }',
      'User { id: string; username: string; role: string }',
    ]);
  });
  it('a sub-item that is a sentence, or mostly words, adds nothing', () => {
    const md = ['# Shop', '', '## Data model', '', '- **Invoice** (id, total)', '  - `total` is recomputed, then sent to the customer, then archived', '  - Soft-deleted after 30 days, never purged'].join('\n');
    expect(models(md)).toEqual(['Invoice { id: string; total: number }']);
  });
  it('outside a data section, sub-items make no model', () => {
    const md = ['# Shop', '', '## Rollout', '', '- **Phase2** (two weeks)', '  - `flags`, `metrics`'].join('\n');
    expect(models(md)).toEqual([]);
  });
});

describe('entities named in code case with a description', () => {
  it('`**AuditLog**, **UploadLog**: track actions` in a data section are models without fields', () => {
    const md = ['# Training', '', '## Domain model', '', '- **User** (id, username, role)', '- **AuditLog**, **UploadLog**: track actions/imports.', '- **ApiKey**: a secret an admin creates for an integration.'].join('\n');
    expect(models(md)).toEqual(['ApiKey {  }', 'AuditLog {  }', 'UploadLog {  }', 'User { id: string; username: string; role: string }']);
  });
  it('not attribute names, types, one-word labels, or bold names under a model\'s own heading', () => {
    const md = [
      '# Shop',
      '',
      '## Data model',
      '',
      '- **CreatedAt**, **UpdatedAt**: set by the server.',
      '- **OrderTotal**: number',
      '- **Retention**: rows are kept seven years.',
      '',
      '## Order model',
      '',
      '- **ShippingMethod**: how the parcel travels.',
    ].join('\n');
    expect(models(md)).toEqual([]);
  });
});

describe('an endpoint table headed in words the tables do not know', () => {
  it('takes the column of HTTP methods and the column of paths by their cells', () => {
    const md = ['# Interventions', '', '## 4. Interfaces', '', '| Verbe | Ressource | Description |', '|---|---|---|', '| GET | `/api/jobs` | liste |', '| POST, PATCH | `/api/jobs/{id}` | création |'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/jobs', 'PATCH /api/jobs/:id', 'POST /api/jobs/:id']);
  });
  it('not when a column mixes methods and words, or holds no path', () => {
    const md = ['# Ops', '', '## API', '', '| Step | Where |', '|---|---|', '| GET | the warehouse |', '| Then ship | `/api/ship` |', '', '| Verb | Meaning |', '|---|---|', '| GET | read |'].join('\n');
    expect(apiLines(md)).toEqual(['? /api/ship']);
  });
});

describe('request lines in code', () => {
  it('keep a note after an arrow or a comment, and an .http variable or shell variable as the host', () => {
    const md = [
      '# Docs',
      '',
      '## API',
      '',
      '    POST   /api/documents/{documentId}/jobs   -> 202 Accepted',
      '    GET    /api/jobs/{jobId}                  # job status',
      '',
      '```http',
      '@host = https://staging.example.com',
      'GET {{host}}/api/shipments?status=open',
      'Authorization: Bearer {{token}}',
      '',
      'POST {{host}}/api/shipments/{{shipmentId}}/cancel',
      '```',
    ].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/jobs/:jobId', 'GET /api/shipments', 'POST /api/documents/:documentId/jobs', 'POST /api/shipments/:shipmentId/cancel']);
  });
  it('a host that is a web address in prose, or a curl example, is still no endpoint', () => {
    const md = ['# Docs', '', '## API', '', 'See https://example.org/api/docs for the portal.', '', '```bash', 'curl -X PUT "$HOST/api/warehouses/$WAREHOUSE_ID/carrier"', '```'].join('\n');
    expect(apiLines(md)).toEqual([]);
  });
});

describe('Gherkin in a code block', () => {
  it('gives one rule per scenario with its steps together; Background and Examples give none', () => {
    const md = [
      '# Permits',
      '',
      '## Acceptance',
      '',
      '```gherkin',
      'Feature: Permits',
      '  Background:',
      '    Given a resident in zone "B"',
      '',
      '  Scenario: First permit',
      '    When the resident applies',
      '    Then a permit is issued',
      '    And it is valid for 12 months',
      '',
      '  Scenario Outline: Bad plates',
      '    When the resident applies for plate "<plate>"',
      '    Then the application is rejected',
      '',
      '    Examples:',
      '      | plate |',
      '      | X     |',
      '```',
    ].join('\n');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['When the resident applies Then a permit is issued And it is valid for 12 months', 'When the resident applies for plate " " Then the application is rejected']);
  });
  it('a block without a Then step, or a scenario under an open-questions heading, gives none', () => {
    const md = ['# Permits', '', '## Notes', '', '```', 'Scenario: draft', '  Given a resident', '  When they apply', '```', '', '## Open questions', '', '```gherkin', 'Scenario: maybe', '  When x', '  Then y happens', '```'].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('Russian', () => {
  it('reads должен/должна as must and следует as should, under a Требования heading', () => {
    const md = ['# Пропуска', '', '## Требования', '', '1. Система должна выдавать QR-код за минуту.', '2. Системе следует уведомлять сотрудника.', '3. Сотрудник видит историю визитов.'].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'Система должна выдавать QR-код за минуту.'],
      [undefined, 'should', 'Системе следует уведомлять сотрудника.'],
      [undefined, 'must', 'Сотрудник видит историю визитов.'],
    ]);
  });
  it('a statement about the document is no rule', () => {
    const md = ['# Пропуска', '', '## Требования', '', 'Примечание: этот документ должен быть согласован до 1 апреля.'].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('permission words set the level of a requirements item', () => {
  it('boleh and mag are may; tidak boleh and mag niet are must', () => {
    const md = ['# Koperasi', '', '## Kebutuhan', '', '- Bendahara boleh menghapus denda.', '- Plafon tidak boleh melebihi simpanan.', '', '## Eisen', '', '- De beheerder mag een boete kwijtschelden.', '- De klant mag niet twee keer stemmen.'].join('\n');
    expect(ruleRows(md).map((r) => r[1])).toEqual(['may', 'must', 'may', 'must']);
  });
});

describe('what is not to be built', () => {
  it('a quoted earlier message in a thread names no task', () => {
    const md = ['# Portal', '', '## Scope', '', 'We build `GET /api/visits` and the `/portal` page.', '', '> On Mon, 3 Mar 2025, Jon <jon@example.com> wrote:', '>', "> I'd add `POST /api/visits/:id/move` and a `/portal/move` screen.", '> The portal must email a reminder.'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/visits']);
    expect(ruleRows(md)).toEqual([]);
  });
  it('a block quote without an attribution still counts', () => {
    const md = ['# Portal', '', '## API', '', '> `POST /api/visits` books a visit.'].join('\n');
    expect(apiLines(md)).toEqual(['POST /api/visits']);
  });
  it('a heading marked dropped, a line that says "not built" or "decided: no", a status cell "⛔ dropped — replaced by…"', () => {
    const md = [
      '# Fleet',
      '',
      '## Screens',
      '',
      '| ID | Screen | Route | Status |',
      '|---|---|---|---|',
      '| S-1 | Vehicles | `/vehicles` | ✅ |',
      '| S-2 | Tablet | `/m/quick` | ⛔ dropped — replaced by S-1 |',
      '',
      '### S-3 Quick view (dropped)',
      '',
      '- Calls `GET /api/m/summary`.',
      '',
      '### S-4 Costs',
      '',
      '- Was going to call `GET /api/costs/raw` — not built.',
      '- Calls `GET /api/costs`.',
      '- Does it need `/api/costs/live`? → **decided: no new endpoint**',
    ].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/costs']);
    expect(pageRoutes(md)).toEqual(['/vehicles']);
  });
  it('"Deleted" with a note of its own in a field table is no removed row; "Dropped calls" is a feature', () => {
    const md = ['# Calls', '', '## Data model', '', '### Call', '', '| Field | Type | Notes |', '|---|---|---|', '| id | uuid | |', '| deletedAt | timestamp | Deleted — set on soft delete |', '', '## Dropped calls', '', '- `GET /api/calls/dropped` lists them.'].join('\n');
    expect(modelLines(md)).toEqual(['Call { id: string; deletedAt: string }']);
    expect(apiLines(md)).toEqual(['GET /api/calls/dropped']);
  });
});

describe('sentences about the document and its readers', () => {
  it('are no rules', () => {
    const md = [
      '# Signing',
      '',
      '## Requirements',
      '',
      'This ADR must be read together with ADR-0019.',
      'Every example in this file must stay runnable against staging.',
      'Reviewers should comment on the pull request, not on this page.',
      'If something here is wrong, you should reply before Friday.',
      'P0 = must ship for GA · P1 = should ship · P2 = may slip.',
      'The system must sign each PDF within 30 seconds.',
    ].join('\n');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['The system must sign each PDF within 30 seconds.']);
  });
  it('"the file" and "the ticket" name the product\'s things: rules', () => {
    const md = ['# Uploads', '', '## Requirements', '', '- The file must be smaller than 10 MB.', '- The ticket must close when the customer confirms.'].join('\n');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['The file must be smaller than 10 MB.', 'The ticket must close when the customer confirms.']);
  });
});

describe('a requirement label before a sentence', () => {
  it('makes the item a rule without a keyword, its level from a permission word', () => {
    const md = ['# Fleet', '', '## S-04 New work order', '', '- Calls: `POST /api/work-orders`', '- Acceptance: Mechanics may attach up to 10 photos.', '- **Business rule:** Each order belongs to one vehicle.'].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'may', 'Acceptance: Mechanics may attach up to 10 photos.'],
      [undefined, 'must', 'Business rule: Each order belongs to one vehicle.'],
    ]);
  });
  it('not another label, nor a template placeholder after the label', () => {
    const md = ['# Fleet', '', '## S-04 New work order', '', '- Owner: Mechanics may attach photos.', '- Acceptance criteria: [How we know it is done]'].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('ids, headings that disclaim requirements, and "that path"', () => {
  it('an id of one letter and digits before a full stop (`R1. Every…`) is the rule\'s id', () => {
    const md = ['# Drafts', '', '## Requirements', '', '- R1. Every draft must cite a source.', '- R2. Drafts should be saved hourly.', '- Q3. what about exports must wait'].join('\n');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['R1', 'R2', undefined]);
  });
  it('a heading that says its items are not requirements makes none of them rules', () => {
    const md = ['# D', '', '## Notes for the agent (not requirements)', '', '- You should run lint before every commit.', '', '## Definition of done (team checklist, not acceptance criteria)', '', '- Code reviewed by two engineers', '', '## Acceptance criteria', '', '- Exports finish in 5 s'].join('\n');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Exports finish in 5 s']);
  });
  it('"on the same path" and "on that path" take the endpoint named before the paragraph', () => {
    const md = ['# W', '', '## API', '', '**Retrieve.** `GET /v1/hooks/{hook_id}`.', '', '**Update.** Use PATCH on the same path to change the URL.', '', '**Delete.** A DELETE on that path removes the endpoint.'].join('\n');
    expect(apiLines(md)).toEqual(['DELETE /v1/hooks/:hook_id', 'GET /v1/hooks/:hook_id', 'PATCH /v1/hooks/:hook_id']);
  });
  it('"that path" with no endpoint before it, or "that page", names none; "Remove the v1 endpoints" still takes them away', () => {
    expect(apiLines(['# W', '', '## API', '', 'Use PATCH on that path to change it.'].join('\n'))).toEqual([]);
    expect(apiLines(['# W', '', '## API', '', 'Remove the v1 endpoints: `GET /v1/old`.'].join('\n'))).toEqual([]);
  });
  it('Chinese out-of-scope headings and a legacy interface (旧接口) name no task', () => {
    const md = ['# 报销', '', '## 八、非本期范围', '', '- 与 SAP 的对接 `/sap/expense/import`。', '', '## 接口', '', '- 旧接口 `/sap/v1/import` 保持不变。', '- `GET /api/expenses` 列出报销单。'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/expenses']);
  });
});

describe('models named on a line or heading of their own', () => {
  it('a name alone on a line over its field list, in a data section', () => {
    const md = ['# Habits', '', '## Data', '', 'Habit', '- id: uuid', '- name: string', '- archived: boolean', '', 'CheckIn:', '- habitId: uuid', '- date: date'].join('\n');
    expect(models(md)).toEqual(['CheckIn { habitId: string; date: string }', 'Habit { id: string; name: string; archived: boolean }']);
  });
  it('not a label word, nor a name line outside a data section', () => {
    const md = ['# Habits', '', '## Data', '', 'Notes', '- id: uuid', '- name: string', '', '## Rollout', '', 'Phase', '- id: uuid', '- name: string'].join('\n');
    expect(models(md)).toEqual([]);
  });
  it('a code-case heading under "Resources" with its code-marked fields', () => {
    const md = ['# Hooks API', '', '## 2. Resources', '', '### WebhookEndpoint', '', '- `id` — string', '- `url` — string, must be HTTPS', '- `createdAt` — integer'].join('\n');
    expect(models(md)).toEqual(['WebhookEndpoint { id: string; url: string; createdAt: number }']);
  });
  it('a "Resources" section of links gives no model', () => {
    const md = ['# Hooks', '', '## Resources', '', '- [Design doc](https://example.org/design)', '- Figma: https://figma.com/file/x'].join('\n');
    expect(models(md)).toEqual([]);
  });
});

describe('a code block that lists calls', () => {
  it('reads each line, with a description after a gap', () => {
    const md = ['# Bills', '', '## API', '', '```', 'POST   /api/bills              create from a receipt', 'GET    /api/bills/:id', 'POST   /api/bills/:id/claims   { itemId, participantId }', '```'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/bills/:id', 'POST /api/bills', 'POST /api/bills/:id/claims']);
  });
  it('not when another line of the block is prose or a payload', () => {
    const md = ['# Bills', '', '## API', '', '```', 'POST /api/bills  create from a receipt', 'then the server answers with the new bill', '```'].join('\n');
    expect(apiLines(md)).toEqual([]);
  });
});

describe('a quoted message whose attribution names the writer after the verb', () => {
  it('"Am … schrieb Jon <jon@x>:" opens a quote like "… wrote:"', () => {
    const md = ['# Portal', '', '## Scope', '', 'Wir bauen `GET /api/visits`.', '', '> Am 3. März 2025 um 17:40 schrieb Jon <jon@example.com>:', '>', '> Ich würde `POST /api/visits/:id/move` ergänzen.'].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/visits']);
  });
  it('a sentence that only holds "schrieb" is no attribution', () => {
    const md = ['# Portal', '', '## API', '', '> Am Ende schrieb das Team: `POST /api/visits` bucht einen Besuch.'].join('\n');
    expect(apiLines(md)).toEqual(['POST /api/visits']);
  });
});
