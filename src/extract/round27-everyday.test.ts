/**
 * Round 27: everyday English at startups — models named in a Notion toggle's summary ("Walk — fields"),
 * after "We keep four things:", as bold subjects, in a counted list with a code-name aside, over a
 * label with a note, in a numbered table caption, as kept records and as bold list items; the prefix
 * a conventions section states; `**FR1.**` ids; value lists as field types; no-code column types.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedModels, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const names = (md: string) => mergedModels(md).map((m) => m.name).sort();
const table = ['', '| Field | Type |', '|---|---|', '| id | uuid |', '| dogId | uuid |', ''];

describe('models', () => {
  it('reads a toggle summary "Walk — fields" over a table as the Walk model, and "Data — overview" as none', () => {
    expect(modelLines(lines('# X', '', '## Data model', '', '<details>', '<summary>Walk — fields</summary>', ...table, '</details>'))).toEqual(['Walk { id: string; dogId: string }']);
    expect(names(lines('# X', '', '## Annex A — Data', '', 'Nothing is stored yet.'))).toEqual([]);
  });

  it('reads the bold names after "We keep four things:" and bold subjects "**Shipment** and **Invoice** follow …"', () => {
    expect(names(lines('# X', '', '## Overview', '', 'We keep four things: **Walker**, **Dog**, **Walk** and **Review**. Owners are user accounts.'))).toEqual(['Dog', 'Review', 'Walk', 'Walker']);
    expect(names(lines('# X', '', '## Data', '', '**Shipment** and **Invoice** follow the carrier label; columns TBD.'))).toEqual(['Invoice', 'Shipment']);
    expect(names(lines('# X', '', '## Goals', '', '**Speed** and **Trust** matter most to owners.'))).toEqual([]);
  });

  it('reads a counted list of tables with a code-name aside, and "We also keep **Party** records"', () => {
    expect(names(lines('# X', '', '## Data', '', 'We need five tables. Volunteer, Team, Shift, Assignment, Waitlist entry (call it `WaitlistEntry`).'))).toEqual(['Assignment', 'Shift', 'Team', 'Volunteer', 'WaitlistEntry']);
    expect(names(lines('# X', '', '## Parties', '', 'We also keep **Party** records (name, address, phone) for claimants.'))).toEqual(['Party']);
    expect(names(lines('# X', '', '## Team', '', 'We need five people. Alice, Bob, Carol, Dan and Eve.'))).toEqual([]);
  });

  it('reads a label with a note over a field list as its own model, not as more of the one before', () => {
    const md = lines('# X', '', '## Data', '', 'Shift:', '- id — uuid', '- places — integer', '', 'Assignment (one volunteer on one shift):', '- id — uuid', '- state — picked | dropped');
    expect(modelLines(md)).toEqual(['Assignment { id: string; state: "picked" | "dropped" }', 'Shift { id: string; places: number }']);
  });

  it('reads a numbered table caption "Table 1: `textbooks` — …" and "Ingredient fields, since …:"', () => {
    expect(names(lines('# X', '', '## Data model', '', 'Table 1: `textbooks` — one row per ISBN we have seen.', ...table))).toEqual(['Textbook']);
    expect(names(lines('# X', '', '## What we store', '', 'Ingredient fields, since the conversion stuff tripped us up:', ...table))).toEqual(['Ingredient']);
    expect(names(lines('# X', '', '## Results', '', 'Table 1: load times in the pilot.', '', '| Page | p50 |', '|---|---|', '| /a | 20 |'))).toEqual([]);
  });

  it('reads the bold names that open the items of a data list, with a code name in parentheses', () => {
    const md = lines('# X', '', '## What we store', '', '- **Ingredient** — see below.', '- **Invoice** and its lines (InvoiceLine).', '- **Recipe** and **RecipeLine** (a line points at an ingredient).');
    expect(names(md)).toEqual(['Ingredient', 'Invoice', 'InvoiceLine', 'Recipe', 'RecipeLine']);
    expect(names(lines('# X', '', '## Data', '', '- **Retention** — 2 years.', '- **Backups** — nightly.'))).toEqual([]);
    expect(names(lines('# X', '', '## Users', '', '- **Chef** — builds recipes.', '- **Owner** — sees margins.'))).toEqual([]);
  });
});

describe('fields', () => {
  it('reads values listed after a field as its union, quoted or not, and a TypeScript list of a union', () => {
    const md = lines(
      '# X', '', '## Data', '', '**Claim**',
      '- id: uuid',
      '- claimantType: "individual" or "business"',
      '- status: draft, submitted, accepted, closed',
      '- caseNumber: string, null until accepted',
    );
    expect(modelLines(md)).toEqual(['Claim { id: string; claimantType: "individual" | "business"; status: "draft" | "submitted" | "accepted" | "closed"; caseNumber: string | null }']);
    const ts = lines('# X', '', '## Types', '', '```ts', 'interface AlertRule {', '  id: string;', "  channels: ('sms' | 'email')[];", '}', '```');
    expect(modelLines(ts)).toEqual(['AlertRule { id: string; channels: ("sms" | "email")[] }']);
  });

  it('reads no union from a note of words after a type', () => {
    const md = lines('# X', '', '## Data', '', '**Claim**', '- id: uuid', '- notes: string, optional, trimmed');
    expect(modelLines(md)).toEqual(['Claim { id: string; notes?: string }']);
  });

  it('reads a "Coda type" column as the type column', () => {
    const md = lines('# X', '', '## Data', '', '**Case**', '', '| Column | Coda type | Notes |', '| --- | --- | --- |', '| caseNumber | Text | e.g. CL-24-08812 |', '| teeth | Text list | |', '| rush | Checkbox | |', '| kind | Select: crown, bridge | |');
    expect(modelLines(md)).toEqual(['Case { caseNumber: string; teeth: string[]; rush: boolean; kind: "crown" | "bridge" }']);
  });
});

describe('prefix, ids and scope', () => {
  it('applies the prefix a "Conventions for this doc" section states to the sections after it', () => {
    const md = lines('# X', '', '## Conventions for this doc', '', 'All API paths below are relative to `/api/v1`.', '', '## Milestones', '', '### M1', '', '- `POST /members` creates a member.');
    expect(apiLines(md)).toEqual(['POST /api/v1/members']);
  });

  it('applies no prefix a conventions section states of file paths', () => {
    const md = lines('# X', '', '## Conventions', '', 'File paths below are relative to `/srv/app`.', '', '## API', '', '- `POST /members` creates a member.');
    expect(apiLines(md)).toEqual(['POST /members']);
  });

  it('reads "**FR1.** A person can sign up …" with its id', () => {
    const rows = ruleRows(lines('# X', '', '### 3. Functional requirements', '', '**FR1.** A person can sign up as a volunteer with name and email.', '', '**FR2.** Volunteers must be 18 or over.'));
    expect(rows.map((r) => r[0])).toEqual(['FR1', 'FR2']);
  });

  it('leaves out a screen "not in the pilot" and a statement about the page', () => {
    expect(pageRoutes(lines('# X', '', '## Screens', '', '- `/me/listings` — my listings', '', "A `/swap` screen for direct swaps was in the first deck; it's not in the pilot."))).toEqual(['/me/listings']);
    expect(ruleRows(lines('# X', '', '## Appendix', '', 'This page should be read together with the Trust & Safety doc before review.'))).toEqual([]);
    expect(ruleRows(lines('# X', '', '## Requirements', '', '- This page should load in under two seconds.')).map((r) => r[2])).toEqual(['This page should load in under two seconds.']);
  });

  it('reads "the **Permit** entity (a, b," wrapped onto the next line as the model with its fields', () => {
    const md = lines('# X', '', '## 5.4 Data', '', 'Permits themselves are represented by the **Permit** entity (permitNo, applicationNo, issuedAt,', 'expiresAt).', '', 'More text (with a parenthesis', 'that closes) here.');
    expect(modelLines(md)).toEqual(['Permit { permitNo: string; applicationNo: string; issuedAt: string; expiresAt: string }']);
  });

  it('reads a route a clause says makes a call ("done on `/tasks/:taskId`, which sends `POST …`") as a page', () => {
    const md = lines('# X', '', '## Story 3', '', '- **When** I mark the task done on `/tasks/:taskId`, which sends `POST /api/tasks/:taskId/complete`');
    expect(pageRoutes(md)).toEqual(['/tasks/:taskId']);
    expect(apiLines(md)).toEqual(['POST /api/tasks/:taskId/complete']);
  });

  it('reads no page from an API path or a file before ", which sends", nor from a clause without a call', () => {
    expect(pageRoutes(lines('# X', '', '## Flow', '', 'The worker reads `/api/jobs/next`, which sends `POST /api/jobs/:id/claim` back.'))).toEqual([]);
    expect(pageRoutes(lines('# X', '', '## Flow', '', 'Settings live in `/etc/app/config.yaml`, which sends nothing anywhere.'))).toEqual([]);
  });

  it('reads every thing a paragraph of screens places at a route: "a checkout at `/checkout`", "a bake sheet for the next day at `/x`"', () => {
    const md = lines(
      '# X', '', '## How it works', '',
      'There is a storefront for each bakery at `/b/:bakerySlug`, a product page at `/b/:bakerySlug/products/:id`,',
      'and a checkout at `/checkout`. The owner needs a bake sheet for the next day at `/dashboard/bake-sheet`.',
    );
    expect(pageRoutes(md)).toEqual(['/b/:bakerySlug', '/b/:bakerySlug/products/:id', '/checkout', '/dashboard/bake-sheet']);
  });

  it('reads no such page from a paragraph of one screen, nor an API path, a file or an old route in one of several', () => {
    expect(pageRoutes(lines('# X', '', '## Ops', '', 'The status page lives at `/status`. Logs go to a file at `/var/log/app`.'))).toEqual(['/status']);
    const md = lines(
      '# X', '', '## How it works', '',
      'A storefront at `/shop` and a product page at `/shop/:id` call the API at `/api/v1`,',
      'keep a log at `/var/log/shop.log`, and the old checkout at `/legacy/checkout` is retired.',
    );
    expect(pageRoutes(md)).toEqual(['/shop', '/shop/:id']);
  });
});

