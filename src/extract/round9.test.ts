/**
 * Misses found by a ninth round of reading. First: a plain-text specification outlines itself with
 * numbered capitals (`3. FUNCTIONAL REQUIREMENTS`) and numbered titles (`3.1 Work orders`), not
 * Markdown headings; where a document has no Markdown heading at all, those lines are its headings.
 * Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/index.js';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const headings = (md: string) => parsePrd(md, 'x.md').sections.map((s) => [s.line, s.level, s.key ?? '', s.title, s.style]);

const plainSpec = lines(
  'ACME FIELD SERVICE',
  'SOFTWARE REQUIREMENTS SPECIFICATION',
  '',
  '1. INTRODUCTION',
  '',
  'This specification describes the work order system.',
  '',
  '2. DATA MODEL',
  '',
  '2.1 Work order',
  '',
  '| Field | Type |',
  '|---|---|',
  '| id | uuid |',
  '| status | open / assigned / closed |',
  '',
  '3. FUNCTIONAL REQUIREMENTS',
  '',
  '3.1 Dispatch',
  '',
  '3.1.1 The dispatcher creates a work order from a customer call.',
  '',
  '3.1.2 A technician can only close work orders assigned to them.',
  '',
  '4. SCREENS',
  '',
  '| Screen | Route |',
  '|---|---|',
  '| Dispatch board | /board |',
  '',
  '5. INTERFACES',
  '',
  '- GET /api/work-orders lists orders.',
);

describe('a plain-text outline, in a document with no Markdown heading', () => {
  it('gives sections at the levels Markdown would give them: the title 1, `3.` 2, `3.1` 3', () => {
    expect(headings(plainSpec)).toEqual([
      [1, 1, '', 'ACME FIELD SERVICE', 'plain'],
      [4, 2, '1', 'INTRODUCTION', 'plain'],
      [8, 2, '2', 'DATA MODEL', 'plain'],
      [10, 3, '2.1', 'Work order', 'plain'],
      [17, 2, '3', 'FUNCTIONAL REQUIREMENTS', 'plain'],
      [19, 3, '3.1', 'Dispatch', 'plain'],
      [25, 2, '4', 'SCREENS', 'plain'],
      [31, 2, '5', 'INTERFACES', 'plain'],
    ]);
  });

  it('reads each section as it reads the same text under Markdown headings, at the same lines', () => {
    const marked = plainSpec.replace(/^ACME/, '# ACME').replace(/^(\d\. [A-Z ]+)$/gm, '## $1').replace(/^(\d\.\d [A-Z][a-z ]+)$/gm, '### $1');
    expect(marked).not.toBe(plainSpec);
    expect(modelLines(plainSpec)).toEqual(modelLines(marked));
    expect(modelLines(plainSpec)).toEqual(['WorkOrder { id: string; status: "open" | "assigned" | "closed" }']);
    expect(pageRoutes(plainSpec)).toEqual(['/board']);
    expect(apiLines(plainSpec)).toEqual(['GET /api/work-orders']);
    expect(ruleRows(plainSpec)).toEqual(ruleRows(marked));
    expect(ruleRows(plainSpec).map((r) => r[2])).toContain('A technician can only close work orders assigned to them.');
    // The heading line is not read as a list item of its section.
    expect(ruleRows(plainSpec).map((r) => r[2]).join('\n')).not.toMatch(/FUNCTIONAL REQUIREMENTS|INTRODUCTION/);
  });

  it('does not take a numbered paragraph, an ordered list, a single capital line or lines inside a fence for headings', () => {
    const notOutline = lines(
      'WARNING',
      '',
      '1. Buy milk',
      '',
      '2. Pay the bill',
      '',
      '3.1.1 The system shall allow a dispatcher to create a work order.',
      '',
      '```',
      'USAGE',
      '',
      'OPTIONS',
      '```',
    );
    expect(headings(notOutline)).toEqual([[1, 0, '', '', 'none']]);
  });

  it('leaves a document with Markdown headings to them', () => {
    const md = lines('# Spec', '', 'OVERVIEW', '', 'Text.', '', 'DETAILS', '', 'More text.');
    expect(headings(md).map((h) => h[4])).toEqual(['atx']);
  });
});

describe('an endpoint that serves a data file', () => {
  it('keeps a last segment naming a data file when a method is written with the path', () => {
    const md = lines(
      '# Import',
      '',
      '## API',
      '',
      '- `GET /api/imports/{id}/errors.csv` — the rejected rows',
      '- GET /reports/monthly.pdf returns the statement.',
      '- `/api/exports/ledger.xlsx (GET)`',
    );
    expect(apiLines(md)).toEqual(['GET /api/exports/ledger.xlsx', 'GET /api/imports/:id/errors.csv', 'GET /reports/monthly.pdf']);
  });

  it('does not take a file name without a method, or a web asset or source file with one', () => {
    const md = lines(
      '# Import',
      '',
      '## API',
      '',
      '- `POST /api/imports` — upload `customers.csv`; the template is at `/downloads/template.xlsx`.',
      '- The bundle is served as `GET /static/app.js` and `GET /assets/logo.png` by the CDN.',
      '- GET /etc/exports.json is read at start-up.',
    );
    expect(apiLines(md)).toEqual(['POST /api/imports']);
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe("the annotate gem's schema comments over a Rails model", () => {
  const block = (...l: string[]) => lines('# Orders', '', '## Data model', '', '```ruby', ...l, '```');
  it('gives one model per table, its columns required where `not null`, else nullable', () => {
    const md = block(
      '# == Schema Information',
      '#',
      '# Table name: line_items',
      '#',
      '#  id          :bigint           not null, primary key',
      '#  sku         :string           not null',
      '#  quantity    :integer          default(1), not null',
      '#  unit_price  :decimal(10, 2)   not null',
      '#  gift_note   :text',
      '#  metadata    :jsonb',
      '#  shipped_at  :datetime',
      '#',
      'class LineItem < ApplicationRecord',
      'end',
    );
    expect(modelLines(md)).toEqual(['LineItem { id: number; sku: string; quantity: number; unit_price: number; gift_note: string | null; metadata: unknown; shipped_at: string | null }']);
  });

  it('reads no model from a table line without columns, or from comments without a table line', () => {
    expect(modelLines(block('# Table name: audits', '#', '# (filled in by the nightly job)', 'class Audit; end'))).toEqual([]);
    expect(modelLines(block('#  status :string  default("open")', '#  note   :text', 'puts :ok'))).toEqual([]);
  });
});

describe('API Blueprint', () => {
  const md = lines(
    '# Inventory API',
    '',
    '# Group Warehouses',
    '',
    '## Warehouses Collection [/v1/warehouses{?page,limit}]',
    '',
    '### List Warehouses [GET]',
    '',
    '+ Response 200 (application/json)',
    '',
    '### Create a Warehouse [POST]',
    '',
    '## Warehouse [/v1/warehouses/{warehouse_id}]',
    '',
    '### Update a Warehouse [PATCH]',
    '',
    '### Approve an Adjustment [POST /v1/adjustments/{adjustment_id}/approve]',
  );
  it("gives an action heading's method with its resource heading's path, or the path the action writes", () => {
    expect(apiLines(md)).toEqual(['GET /v1/warehouses', 'PATCH /v1/warehouses/:warehouse_id', 'POST /v1/adjustments/:adjustment_id/approve', 'POST /v1/warehouses']);
  });
  it('gives nothing for a resource heading alone, or a bracketed method under a heading without a path', () => {
    expect(apiLines(lines('# API', '', '## Warehouses [/v1/warehouses]', '', 'Warehouses hold stock.'))).toEqual([]);
    expect(apiLines(lines('# Notes', '', '## Open items', '', '### Retry policy [GET]', '', 'Later.'))).toEqual([]);
  });
});

describe('Django url patterns and routers with a prefix, under an API heading', () => {
  it("reads a Django API view's methods from its line's comment, an endpoint without methods when there are none", () => {
    const md = lines(
      '# Leasing',
      '',
      '## JSON API',
      '',
      '```python',
      'urlpatterns = [',
      '    path("api/leases/", LeaseList.as_view()),              # GET, POST',
      '    path("api/leases/<int:lease_id>/", LeaseDetail.as_view()),  # GET',
      '    path("api/health/", health),  # load balancer probe',
      ']',
      '```',
    );
    expect(apiLines(md)).toEqual(['? /api/health', 'GET /api/leases', 'GET /api/leases/:lease_id', 'POST /api/leases']);
  });
  it('keeps url patterns under a screens heading as pages', () => {
    const md = lines('# Portal', '', '## Screens', '', '```python', 'urlpatterns = [', '    path("portal/lease/", views.my_lease),  # GET', ']', '```');
    expect(pageRoutes(md)).toEqual(['/portal/lease']);
    expect(apiLines(md)).toEqual([]);
  });
  it("puts a FastAPI or Flask router's prefix before its paths, and only its own", () => {
    const md = lines(
      '# Pricing',
      '',
      '## Routes',
      '',
      '```python',
      'router = APIRouter(prefix="/pricing")',
      'bp = Blueprint("admin", __name__, url_prefix="/admin/")',
      '',
      '@router.get("/quotes/{quote_id}")',
      'def get_quote(quote_id: str): ...',
      '',
      '@bp.route("/reports", methods=["GET", "POST"])',
      'def reports(): ...',
      '',
      '@app.delete("/quotes/{quote_id}")',
      'def delete_quote(quote_id: str): ...',
      '```',
    );
    expect(apiLines(md)).toEqual(['DELETE /quotes/:quote_id', 'GET /admin/reports', 'GET /pricing/quotes/:quote_id', 'POST /admin/reports']);
  });
});

describe('a Shape Up breadboard and its no-gos', () => {
  it('reads `[Place]  /route` lines with indented affordances as pages; no-gos and "not in this spec" are out of scope', () => {
    const md = lines(
      '# Pitch: receipts',
      '',
      '## Breadboard',
      '',
      '```',
      '[Receipts inbox]  /expenses/inbox',
      '   - "Snap receipt" button → camera',
      '',
      '[Receipt detail]  /expenses/receipts/:receiptId',
      '   - image, merchant, amount',
      '```',
      '',
      '## No-gos',
      '',
      '- The mileage screen (`/expenses/mileage`) and `POST /api/mileage-logs` are out.',
      '',
      '## Not in this spec',
      '',
      '- `GET /api/card-transactions` for the card feed.',
    );
    expect(pageRoutes(md)).toEqual(['/expenses/inbox', '/expenses/receipts/:receiptId']);
    expect(apiLines(md)).toEqual([]);
  });
  it('takes no bracketed line for a place without affordances under it, or a bracketed link', () => {
    expect(pageRoutes(lines('# X', '', '## Flow', '', '```', '[Inbox]  /inbox', '[Detail]  /detail', '```'))).toEqual([]);
    expect(pageRoutes(lines('# X', '', '## Flow', '', '```', '[1] /usr/share/doc', '   - see the manual', '[2] /etc/hosts', '   - hosts file', '```'))).toEqual([]);
  });
});

describe('a call to another host', () => {
  it('is not ours when the text says it goes out: a customer webhook, a named vendor API', () => {
    const md = lines(
      '# Delivery',
      '',
      '## Integrations',
      '',
      '- We create delivery jobs with `POST https://api.dashfleet.example/v2/jobs` (DashFleet\'s API).',
      '- We send status changes to the restaurant, e.g. `POST https://customer.example.com/hooks`. Their endpoint is outside our system.',
      // Our own host: the PRD calls it with two paths (a host named once, with no sign it is ours, is another's: see round15.test.ts).
      '- Couriers report positions with `POST https://api.ourapp.example/v1/positions` and read their route with `GET https://api.ourapp.example/v1/routes/{id}`.',
    );
    expect(apiLines(md)).toEqual(['GET /v1/routes/:id', 'POST /v1/positions']);
  });
});
