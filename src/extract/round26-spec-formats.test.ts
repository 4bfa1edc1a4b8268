/**
 * Round 26: what spec-driven and AI-tool formats write (Task Master PRDs, OpenSpec changes, PRPs,
 * Claude Code plans, Copilot issues): models listed one a line in a plain block; the columns
 * `ALTER TABLE … ADD COLUMN` adds; the fields a sentence says a model gains or is made of; a data
 * file at the end of a call in a block that lists calls; a route file named as the code to copy; a
 * request block written to another host; a call the text says we upload to or fetch from; a
 * template a task list says is served at a route; a heading that labels itself one requirement;
 * rules without a keyword: a refusal with its exception, a state's condition, what an action does;
 * what reviewers should be able to do; a second model named beside a model with its fields; Spec
 * Kit's key entities, their fields after "key attributes:" or "has".
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('models listed one a line in a block without a language', () => {
  it('reads each name and the fields after it, a long list going on in the indented lines', () => {
    const md = lines(
      '# Fleet',
      '',
      '## Data models',
      '```',
      'Vehicle        id, vin (17 chars, unique), plate, depotId,',
      '               odometerKm: int, status: active | in_shop | retired',
      'ServiceInterval id, name, everyKm: int, checklist: string[]',
      'WorkOrder      id, vehicleId, closedAt (nullable)',
      '```',
    );
    expect(modelLines(md)).toEqual([
      'ServiceInterval { id: string; name: string; everyKm: number; checklist: string[] }',
      'Vehicle { id: string; vin: string; plate: string; depotId: string; odometerKm: number; status: "active" | "in_shop" | "retired" }',
      'WorkOrder { id: string; vehicleId: string; closedAt: string | null }',
    ]);
  });

  it('reads a name and a colon before the fields', () => {
    const md = lines('# Shop', '', '## Entities', '```', 'Order: id, customerId, total: decimal', 'Customer: id, email', '```');
    expect(modelLines(md)).toEqual(['Customer { id: string; email: string }', 'Order { id: string; customerId: string; total: number }']);
  });

  it('reads a name and a dash before the fields', () => {
    const md = lines('# Fleet', '', '## Data model', '```', 'Vehicle   — id, vin, plate, depotId', 'Depot     — id, name, city', '```');
    expect(modelLines(md)).toEqual(['Depot { id: string; name: string; city: string }', 'Vehicle { id: string; vin: string; plate: string; depotId: string }']);
  });

  it('reads no models from lines of prose, a glossary or a command list', () => {
    const md = lines(
      '# Shop',
      '',
      '## Data model',
      '```',
      'Customer       the person who places an order',
      'Order          what the customer buys, with its lines',
      '```',
      '',
      '```',
      'Run   npm test, then npm run lint',
      '```',
    );
    expect(modelLines(md)).toEqual([]);
  });

  it('outside a data section, reads only lists that hold an id and three fields', () => {
    const md = lines(
      '# Shop',
      '',
      '## Notes',
      '```',
      'Colors   red, green',
      'Sizes    small, large',
      '```',
      '',
      '## Design',
      '```',
      'Order    id, customerId, total',
      '```',
    );
    expect(modelLines(md)).toEqual(['Order { id: string; customerId: string; total: number }']);
  });
});

describe('columns an ALTER TABLE adds', () => {
  it('reads the table as a model with the columns it gains, on one line or on the lines after it', () => {
    const md = lines(
      '# Invoicing',
      '',
      '### Data',
      '```sql',
      "ALTER TABLE clients ADD COLUMN reminder_offsets integer[] NOT NULL DEFAULT '{-3,1,7}';",
      'ALTER TABLE clients ADD COLUMN reminders_enabled boolean NOT NULL DEFAULT true;',
      'ALTER TABLE invoices',
      '  ADD COLUMN schedule_id uuid NULL REFERENCES recurring_schedules(id),',
      '  ADD COLUMN IF NOT EXISTS sent_count int NOT NULL DEFAULT 0;',
      '```',
    );
    expect(modelLines(md)).toEqual([
      'Client { reminder_offsets: number[]; reminders_enabled: boolean }',
      'Invoice { schedule_id: string | null; sent_count: number }',
    ]);
  });

  it('reads no field from a clause that adds a constraint or an index, drops or renames a column', () => {
    const md = lines(
      '# Invoicing',
      '',
      '### Migration',
      '```sql',
      'ALTER TABLE invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);',
      'ALTER TABLE invoices DROP COLUMN pdf_link_token;',
      'ALTER TABLE invoices RENAME COLUMN note TO memo;',
      'ALTER TABLE clients ADD FOREIGN KEY (owner_id) REFERENCES users(id);',
      '```',
    );
    expect(modelLines(md)).toEqual([]);
  });
});

describe('the fields a sentence says a model gains or is made of', () => {
  it('reads a model in code marks that gains a field, its type in the code marks (Python\'s `| None`)', () => {
    const md = lines('# Gym', '', '## Implementation', '', '`Member` already exists and gains `waiver_signed_at: datetime | None`.');
    expect(modelLines(md)).toEqual(['Member { waiver_signed_at: string | null }']);
  });

  it('reads a plural noun that opens a sentence in a data section, "nullable" before the field', () => {
    const md = lines('# Invoicing', '', '### Data', '', 'Invoices get a nullable `schedule_id` so the UI can show "generated by schedule".');
    expect(modelLines(md)).toEqual(['Invoice { schedule_id: string | null }']);
  });

  it('reads fields a model table is extended with, "two new fields:" and "an optional" before them', () => {
    const md = lines(
      '# Shop',
      '',
      '## Changes',
      '',
      'The `Customer` table is extended with `loyalty_tier`.',
      '`Member` gets two new fields: `waiverSignedAt` and `waiver_version`.',
      '`Order` gains a nullable `cancelled_at` (timestamp) and an optional `cancel_reason`.',
    );
    expect(modelLines(md)).toEqual([
      'Customer { loyalty_tier: string }',
      'Member { waiverSignedAt: string; waiver_version: number }',
      'Order { cancelled_at: string | null; cancel_reason?: string }',
    ]);
  });

  it('reads a model in code marks that is just its fields, one an id', () => {
    const md = lines('# Lab', '', '## Plan', '', '(`Rack` is just `id`, `freezerId`, `label` — relations left out above to keep this readable.)');
    expect(modelLines(md)).toEqual(['Rack { id: string; freezerId: string; label: string }']);
  });

  it('reads no model from an enum\'s values, a word in code marks that is no field, or a plain noun outside a data section', () => {
    const md = lines(
      '# Shop',
      '',
      '## Notes',
      '',
      '`Priority` is just `low` or `high`; `Theme` is only `light`, `dark`.',
      'Customers get a `welcome` email after sign-up.',
      'Orders get a `paid_at` stamp from the payment webhook.',
      '',
      '### Data',
      '',
      'Admins get a `welcome` email and a badge.',
    );
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a data file at the end of a call a block lists', () => {
  it('keeps the file as the last segment of the endpoint', () => {
    const md = lines(
      '# Podcasts',
      '',
      '### API',
      '```',
      'GET  /api/episodes/:episodeId/chapters            -> the list',
      'GET  /api/public/episodes/:episodeId/chapters.json -> public, used by the feed',
      '```',
    );
    expect(apiLines(md)).toEqual(['GET /api/episodes/:episodeId/chapters', 'GET /api/public/episodes/:episodeId/chapters.json']);
  });

  it('reads no endpoint from a script or a stylesheet a line names', () => {
    const md = lines('# Podcasts', '', '### API', '```', 'GET  /api/episodes          -> the list', 'GET  /assets/player.js     -> the bundle', '```');
    expect(apiLines(md)).toEqual(['GET /api/episodes']);
  });
});

describe('a route file named as the code to copy', () => {
  it('reads no route from a file the text says to follow or mirror', () => {
    const md = lines(
      '# Podcasts',
      '',
      '### Notes for the agent',
      '',
      '- Follow the existing pattern in `server/routes/episodes.ts`; put the vendor client in `server/vendors/scribe.ts`.',
      '- Mirror the conventions of `app/api/shows/route.ts` for errors.',
    );
    expect(apiLines(md)).toEqual([]);
  });

  it('still reads a route file the text says to add', () => {
    const md = lines('# Podcasts', '', '### Files', '', '- Add `server/api/episodes/[id].get.ts` for the episode detail.');
    expect(apiLines(md)).toEqual(['GET /api/episodes/:id']);
  });
});

describe('a request block written to another host', () => {
  it('reads no endpoint from a request to a host that is not the API\'s own', () => {
    const md = lines(
      '# Vet reminders',
      '',
      '### SmsGateway',
      '',
      'Thin adapter over TextBridge. We call their endpoint, we do not host it:',
      '',
      '```',
      'POST https://api.textbridge.example/v2/messages',
      'Authorization: Bearer <key>',
      '```',
    );
    expect(apiLines(md)).toEqual([]);
  });

  it('still reads a request to the host the PRD names as its own, and one without a host', () => {
    const md = lines(
      '# Vet reminders',
      '',
      'Base URL: https://api.pawlog.example',
      '',
      '### API',
      '',
      '```',
      'POST https://api.pawlog.example/v1/reminders',
      'Content-Type: application/json',
      '```',
      '',
      '```',
      'DELETE /v1/reminders/{id}',
      'Authorization: Bearer <token>',
      '```',
    );
    expect(apiLines(md)).toEqual(['DELETE /v1/reminders/:id', 'POST /v1/reminders']);
  });
});

describe('a call the text says we upload to or fetch from', () => {
  it('reads no endpoint from calls to a vendor written with its host, though the host has two paths', () => {
    const md = lines(
      '# Podcasts',
      '',
      '### Background',
      '',
      '1. We upload the episode audio URL to Scribewell: `POST https://api.scribewell.example/v2/jobs`.',
      '2. Scribewell calls our webhook when the job finishes.',
      '3. We fetch the result from `GET https://api.scribewell.example/v2/jobs/{jobId}/transcript` and store it.',
    );
    expect(apiLines(md)).toEqual([]);
  });

  it('still reads a call to the API\'s own host that clients make', () => {
    const md = lines('# Podcasts', '', 'Base URL: https://api.wavecast.example', '', '### API', '', '- Creators upload audio with `POST https://api.wavecast.example/v1/uploads`.');
    expect(apiLines(md)).toEqual(['POST /v1/uploads']);
  });
});

describe('a template a task list says is served at a route', () => {
  it('reads each template\'s route as a page', () => {
    const md = lines(
      '# Gym',
      '',
      '### List of tasks',
      '',
      '```yaml',
      'Task 2:',
      '  CREATE app/routers/checkins.py:',
      '    - POST /api/checkins',
      '    - GET  /api/checkins',
      'Task 5:',
      '  CREATE app/templates/desk.html, served at /desk/{gym_slug}',
      "  CREATE app/templates/pass.html, served at /passes/{code}  (customer's pass with QR)",
      '```',
    );
    expect(pageRoutes(md)).toEqual(['/desk/:gym_slug', '/passes/:code']);
  });

  it('reads the same task in a list item or a sentence', () => {
    const md = lines(
      '# Gym',
      '',
      '### List of tasks',
      '',
      '- CREATE app/templates/desk.html, served at /desk/{gym_slug}',
      "- CREATE `app/templates/pass.html`, served at `/passes/{code}` (customer's pass)",
      '- CREATE `app/static/desk.js`, served at `/static/desk.js`',
    );
    expect(pageRoutes(md)).toEqual(['/desk/:gym_slug', '/passes/:code']);
  });

  it('reads no page from a script, an API path or a template out of scope', () => {
    const md = lines(
      '# Gym',
      '',
      '### List of tasks',
      '',
      '```yaml',
      'Task 2:',
      '  CREATE app/routers/checkins.py:',
      '    - POST /api/checkins',
      '    - GET  /api/checkins',
      '  CREATE app/static/desk.js, served at /static/desk.js',
      '  CREATE app/templates/export.html, rendered at /api/exports/{id}',
      '  CREATE app/templates/admin.html, served at /admin (out of scope for this PRP)',
      '```',
    );
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('a heading that labels itself one requirement', () => {
  const spec = (heading: string) =>
    lines(
      '# Change: add card payments',
      '',
      '## ADDED Requirements',
      '',
      heading,
      '',
      'The hosted invoice page SHALL offer card payment when the user has connected an account.',
      '',
      '#### Scenario: Successful payment',
      '- **WHEN** the provider reports a succeeded checkout session for an invoice',
      '- **THEN** the system marks the invoice `paid` and records the payment date',
    );

  it('reads its scenarios as rules though its name holds a page\'s word', () => {
    expect(ruleRows(spec('### Requirement: Card payment on the hosted invoice page')).map((r) => r[2])).toEqual([
      'The hosted invoice page SHALL offer card payment when the user has connected an account.',
      'WHEN the provider reports a succeeded checkout session for an invoice THEN the system marks the invoice paid and records the payment date',
    ]);
  });

  it('reads a heading that only names a page under requirements as a page section, as before', () => {
    expect(ruleRows(spec('### Hosted invoice page')).map((r) => r[2])).toEqual(['The hosted invoice page SHALL offer card payment when the user has connected an account.']);
  });
});

describe('rules without a keyword, as a Task Master PRD states them', () => {
  const prd = (...items: string[]) => lines('# Fleet', '', '# Core Features', '- Work orders', ...items.map((i) => `  - ${i}`));
  const texts = (md: string) => ruleRows(md).map((r) => r[2]);

  it('reads a refusal with its exception, when a thing is in a state, and what an action does', () => {
    expect(
      texts(
        prd(
          'A service is due when either the km or the month limit is reached.',
          'Closing a work order resets the interval counters for that vehicle.',
          'Odometer going backwards (unit swapped): refuse any reading lower than the stored value unless a manager confirms it.',
        ),
      ),
    ).toEqual([
      'A service is due when either the km or the month limit is reached.',
      'Closing a work order resets the interval counters for that vehicle.',
      'Odometer going backwards (unit swapped): refuse any reading lower than the stored value unless a manager confirms it.',
    ]);
  });

  it('reads no rule from a question, a description of a state, a set-up step or an action that only mentions "unless"', () => {
    expect(
      texts(
        prd(
          'Should a service be due when either limit is reached?',
          'The board shows which vans are due soon.',
          'Running the seed script creates three demo depots.',
          'Unless the pilot goes badly, we roll out to all depots in May.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('what reviewers should be able to do', () => {
  it('reads no rule from a request about the reviewers', () => {
    const md = lines('# Vet reminders', '', '## Testing Strategy', '', '- Keep the fixtures small; reviewers should be able to read them in one screen.');
    expect(ruleRows(md)).toEqual([]);
  });

  it('still reads what a user should be able to do', () => {
    const md = lines('# Vet reminders', '', '## Requirements', '', '- Owners should be able to read every reminder they were sent.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Owners should be able to read every reminder they were sent.']);
  });
});

describe('a second model named beside a model with its fields', () => {
  it('reads both, the second without fields, in a data section', () => {
    const md = lines('# Vocab', '', '## Data Models', '', '`ClassGroup` (id, name, schoolId, teacherIds) and `Student` are created by the roster import.');
    expect(modelLines(md)).toEqual(['ClassGroup { id: string; name: string; schoolId: string; teacherIds: string[] }', 'Student {  }']);
  });

  it('reads no second model outside a data section, or joined by "or"', () => {
    const md = lines(
      '# Vocab',
      '',
      '## Notes',
      '',
      '`ClassGroup` (id, name, schoolId) and `Student` are created by the roster import.',
      '',
      '## Data Models',
      '',
      '`Deck` (id, title, teacherId) or `Course` are what the teacher picks.',
    );
    expect(modelLines(md).filter((l) => l.startsWith('Student') || l.startsWith('Course'))).toEqual([]);
  });
});

describe("Spec Kit's key entities, their fields after a lead-in", () => {
  it('reads the fields after "attributes:" or "has", not the lead-in as a field', () => {
    const md = lines(
      '# Meal planner',
      '',
      '### Key Entities',
      '',
      '- **Household**: a family sharing plans; key attributes: id, name, timezone',
      '- **ShoppingList**: generated from a plan; has `id`, `planId`, `items`',
    );
    expect(modelLines(md)).toEqual(['Household { id: string; name: string; timezone: string }', 'ShoppingList { id: string; planId: string; items: string }']);
  });

  it('keeps a field named "attributes" in a plain list', () => {
    const md = lines('# Shop', '', '### Key Entities', '', '- **Product**: id, sku, attributes (json)');
    expect(modelLines(md)).toEqual(['Product { id: string; sku: string; attributes: unknown }']);
  });
});
