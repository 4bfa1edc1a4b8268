/**
 * Misses of this session's own reading of the real corpus, beside the helpers' round-18 files. A
 * heading that opens with a requirement's written id (`### FR-01 …`, `### NFR-2: …`) names the
 * requirement its section states: the section's first rule without an id of its own takes it.
 */
import { describe, expect, it } from 'vitest';
import { extractTasks } from './extract.js';
import { parsePrd } from '../prd/index.js';
import type { RuleTask } from '../types.js';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

/** Rules before the merge, as `[id, text]`: the merge would give the others hash ids. */
const rawRules = (md: string): Array<[string | undefined, string]> =>
  extractTasks(parsePrd(md, 'x.md'))
    .filter((t): t is RuleTask => t.kind === 'rule')
    .map((t) => [t.id, t.text]);

describe('a heading that opens with a requirement id gives it to its section\'s first rule', () => {
  it('the first rule of each `### FR-nn` section takes its heading\'s id, the others keep none', () => {
    const md = lines(
      '# Menu service', '', '## Functional requirements', '',
      '### FR-01 Menu list', '', '- The service returns every menu item with its current price.', '- Items are sorted by id in ascending order.', '',
      '### FR-02 Top-up', '', 'A top-up must add the amount to the balance in one transaction.', '',
      '## Non-functional requirements', '', '### NFR-1: Latency', '', '#### Measure', '', '- The p95 latency of the menu list stays under 200 ms.',
    );
    expect(rawRules(md)).toEqual([
      ['FR-01', 'The service returns every menu item with its current price.'],
      [undefined, 'Items are sorted by id in ascending order.'],
      ['FR-02', 'A top-up must add the amount to the balance in one transaction.'],
      ['NFR-1', 'The p95 latency of the menu list stays under 200 ms.'],
    ]);
    expect(ruleRows(md).map((r) => r[0]).filter((id) => id !== undefined && !id.startsWith('rule:'))).toEqual(['FR-01', 'FR-02', 'NFR-1']);
  });

  it('an id the PRD already gives a rule, the document title\'s id and a numbered heading give none', () => {
    const md = lines(
      '# SHOP-10 — Epic: gift cards', '', 'Gift cards must be redeemable at checkout.', '',
      '### FR-03 Export', '', '- FR-03: Exports must be signed.', '- Exports are kept for 30 days.', '',
      '### 4.2 Refunds', '', '- Refunds must go back to the original card.',
    );
    expect(rawRules(md)).toEqual([
      [undefined, 'Gift cards must be redeemable at checkout.'],
      ['FR-03', 'Exports must be signed.'],
      [undefined, 'Exports are kept for 30 days.'],
      [undefined, 'Refunds must go back to the original card.'],
    ]);
  });

  it('a subsection with an id-heading of its own keeps its own id; a section without rules gives its id to none', () => {
    const md = lines(
      '# Payroll', '', '## Requirements', '', '### REQ-7 Payslips', '', 'Payslips are described below.', '',
      '#### REQ-7.1 Delivery', '', '- Payslips must be emailed on the last working day.', '',
      '#### Format', '', '- Each payslip must show the gross and net amounts.', '',
      '### REQ-8 Archive', '', 'Nothing to add yet.',
    );
    expect(rawRules(md)).toEqual([
      ['REQ-7.1', 'Payslips must be emailed on the last working day.'],
      ['REQ-7', 'Each payslip must show the gross and net amounts.'],
    ]);
  });

  it('outside requirements, a heading\'s id is a ticket\'s or a story\'s key: none of its criteria takes it', () => {
    const md = lines('# Returns', '', '## RET-143 Request a return', '', 'As a customer I want to return an item.', '', '**Acceptance criteria**', '', '- The return button is visible on delivered orders.', '- Final-sale items cannot be returned.');
    expect(rawRules(md)).toEqual([
      [undefined, 'The return button is visible on delivered orders.'],
      [undefined, 'Final-sale items cannot be returned.'],
    ]);
  });
});

describe('a user-story table (`| ID | As a… | I want to… | So that… |`) gives one rule per row', () => {
  it('joins each row\'s parts as its headers say them, with the id column\'s id and the priority column\'s level', () => {
    const md = lines(
      '# Shelf alerts', '', '## User stories', '',
      '| ID | As a… | I want to… | So that… | Priority |', '|---|---|---|---|---|',
      '| US-1 | store manager | set a reorder threshold per product | I get warned before I run out | Must |',
      '| US-2 | account owner | choose where alerts go | the right person sees them | Could |',
    );
    expect(ruleRows(md)).toEqual([
      ['US-1', 'must', 'As a store manager, I want to set a reorder threshold per product, so that I get warned before I run out'],
      ['US-2', 'may', 'As a account owner, I want to choose where alerts go, so that the right person sees them'],
    ]);
  });

  it('reads the headers in German and without a "so that" column', () => {
    const md = lines('# Lager', '', '| Als | Ich möchte | Damit |', '|---|---|---|', '| Lagerleiter | Mindestbestände pflegen | nichts ausgeht |', '', '| As a | I want |', '|---|---|', '| buyer | to export orders as CSV |');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Als Lagerleiter, ich möchte Mindestbestände pflegen, damit nichts ausgeht', 'As a buyer, I want to export orders as CSV']);
  });

  it('a permissions table (`Role | Can`), a table of personas and a row with one part give no story', () => {
    const md = lines(
      '# Access', '',
      '| Role | I want to |', '|---|---|', '| Admin | delete any post |', '',
      '| As a | Goal |', '|---|---|', '| parent | track deadlines for each child |', '',
      '| As a… | I want to… |', '|---|---|', '| | export the list |',
    );
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a call named as another company\'s, in the possessive, is theirs', () => {
  it('"DHL\'s `GET /rates`" and "Stripe’s POST /v1/refunds" are no endpoints of the product', () => {
    const md = lines('# Parcels', '', '## API', '', '- `POST /api/shipments` creates a shipment.', '', 'Rates come live from the carriers: we ask DHL\'s `GET /rates` on their host, and refunds go through Stripe’s POST /v1/refunds.');
    expect(apiLines(md)).toEqual(['POST /api/shipments']);
  });

  it('a possessive that opens the line, a lower-case one and "our" name the product\'s own calls', () => {
    const md = lines('# Parcels', '', '## API', '', "- Admin's `GET /api/admin/stats` returns the day's totals.", "- The courier app reads the user's `GET /api/me` on start.", '- Our `DELETE /api/shipments/{id}` cancels a shipment.');
    expect(apiLines(md)).toEqual(['DELETE /api/shipments/:id', 'GET /api/admin/stats', 'GET /api/me']);
  });
});

describe('a path versioned by a date and ending in its format is a platform\'s REST call', () => {
  it('Shopify- and Twilio-style paths written without their host are no endpoints', () => {
    const md = lines('# Returns desk', '', '## API', '', '- `POST /api/returns` opens a return.', '- On approval we call `POST /admin/api/2024-07/orders/{order_id}/refunds.json`.', '- The SMS goes out with POST /2010-04-01/Accounts/{AccountSid}/Messages.json.');
    expect(apiLines(md)).toEqual(['POST /api/returns']);
  });

  it('a date without a format, a format without a dated version, and a dated file name stay endpoints', () => {
    const md = lines('# Reports', '', '## API', '', '- `GET /api/exports/{id}/data.json` downloads an export.', '- `GET /api/reports/2024-07.json` is the July report.', '- `GET /api/v1/schedules/2024-07-01` lists that day.');
    expect(apiLines(md)).toEqual(['GET /api/exports/:id/data.json', 'GET /api/reports/2024-07.json', 'GET /api/v1/schedules/2024-07-01']);
  });
});

describe('a paragraph that says a block of routes holds pages makes its GET routes outside the API pages', () => {
  const routes = ['```ruby', 'get  "/library",      to: "scores#index"', 'get  "/library/:id",  to: "scores#show"', 'post "/library/:id/lend", to: "loans#create"', 'get  "/api/scores",   to: "api/scores#index"', '```'];
  it('"The web pages, in the same file:" over Rails routes', () => {
    const md = lines('# Choir', '', '## Routes', '', 'The web pages, in the same file:', '', ...routes);
    expect(pageRoutes(md)).toEqual(['/library', '/library/:id']);
    expect(apiLines(md)).toEqual(['GET /api/scores', 'POST /library/:id/lend']);
  });

  it('a lead about the API, or about pages calling endpoints, leaves them endpoints', () => {
    for (const lead of ['The API, in the same file:', 'Pages call these endpoints:']) {
      const md = lines('# Choir', '', '## Routes', '', lead, '', ...routes);
      expect(pageRoutes(md), lead).toEqual([]);
      expect(apiLines(md), lead).toEqual(['GET /api/scores', 'GET /library', 'GET /library/:id', 'POST /library/:id/lend']);
    }
  });
});

describe('an Airtable field table: its type names and an options note', () => {
  const table = (notes: string) => lines(
    '# Pantry', '', '## Data model', '', '### Shift', '',
    '| Field name | Type | Required | Notes |', '|---|---|---|---|',
    '| `id` | Record ID | Yes | |', '| `title` | Single line text | Yes | |', '| `tags` | Multiple select | No | |',
    '| `startsAt` | Date with time | Yes | |', `| \`location\` | Single select | Yes | ${notes} |`,
  );
  it('reads Record ID, Single line text and Date with time as text, Multiple select as a list, a Single select\'s options as its values', () => {
    expect(modelLines(table('options: warehouse, pantry, mobile'))).toEqual(['Shift { id: string; title: string; tags?: string[]; startsAt: string; location: "warehouse" | "pantry" | "mobile" }']);
  });
  it('a note that only mentions options lists no values', () => {
    expect(modelLines(table('options are set by the coordinator'))).toEqual(['Shift { id: string; title: string; tags?: string[]; startsAt: string; location: string }']);
  });
});

describe('a zod object named for a call\'s body is no model', () => {
  it('`CreateRecipeInput` is left out, `Recipe` and a record named Request are kept', () => {
    const md = lines('# Potluck', '', '## Data model', '', '```ts',
      'export const Recipe = z.object({', '  id: z.string().uuid(),', '  title: z.string(),', '});',
      'export const CreateRecipeInput = z.object({', '  title: z.string(),', '});',
      'export const MaintenanceRequest = z.object({', '  id: z.string(),', '  note: z.string(),', '});', '```');
    expect(modelLines(md)).toEqual(['MaintenanceRequest { id: string; note: string }', 'Recipe { id: string; title: string }']);
  });
});

describe('SQLAlchemy 2: a `Mapped[…]` annotation says the column\'s type', () => {
  it('over a ForeignKey, an ARRAY and Optional; an Enum column keeps its values', () => {
    const md = lines('# Bench', '', '## Data model', '', '```python', 'class Sample(Base):', '    __tablename__ = "samples"',
      '    id: Mapped[int] = mapped_column(primary_key=True)',
      '    batch_id: Mapped[Optional[uuid.UUID]] = mapped_column(ForeignKey("batches.id"))',
      '    flags: Mapped[list[str]] = mapped_column(ARRAY(String), default=list)',
      '    stage: Mapped[str] = mapped_column(Enum("received", "tested", name="stage"))',
      '    notes = Column(Text)', '```');
    expect(modelLines(md)).toEqual(['Sample { id: number; batch_id: string | null; flags: string[]; stage: "received" | "tested"; notes: string | null }']);
  });
});

describe('a list item that opens with a bold id before a capital is a requirement with that id', () => {
  it('`- **US-1** As an owner, I want …` under any heading', () => {
    const md = lines('# Pets', '', '## Stories', '', '- **US-1** As an owner, I want to see all my pets on one screen.', '- **US-2** As an owner, I want a reminder before a vaccination is due.');
    expect(ruleRows(md)).toEqual([
      ['US-1', 'must', 'As an owner, I want to see all my pets on one screen.'],
      ['US-2', 'must', 'As an owner, I want a reminder before a vaccination is due.'],
    ]);
  });
  it('a bold id before lower-case words, and one under a success-criteria heading, make no rule', () => {
    const md = lines('# Pets', '', '## Notes', '', '- **US-1** and **US-2** share one screen', '', '## Success criteria', '', '- **SC-001** Owners book a visit in under a minute.');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('under a success-metrics heading a limit is a target, not a rule', () => {
  it('"down 70% within two months" under Success metrics is none; the same limit under Rules is one', () => {
    const md = lines('# Console', '', '## Success metrics', '', '- Access tickets down 70% within two months of launch.', '', '## Rules', '', '- An invite link expires within two days of sending.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['An invite link expires within two days of sending.']);
  });
});
