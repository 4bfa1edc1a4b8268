/**
 * Round 20, PM templates: a sentence that puts every endpoint under a base path, before or after the
 * list and in any section that lists them ("Everything is under `/api/v1`", "All routes are mounted under
 * `/x/api`" under a spec kit's "Contracts"); models a one-pager writes in its prose ("What a pot holds:
 * `id` (uuid), …", "Each movement is a **LedgerEntry**: `id`, …", "… and a text `note`"), a caption
 * "A **Refund** record has:" over a field table, a model's one sub-item of typed fields, and a note
 * "Null means …"; a page a person jumps to or a report at a route, pages "not changed by this project",
 * a "Later (phase 2)" or "(not MVP)" heading, a "How it should behave:" label over rules, and a method
 * used as a verb ("POSTs the answers to `/api/x`").
 */
import { describe, expect, it } from 'vitest';
import { declaredPrefix } from './doc-scope.js';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const kiteList = ['- `GET /kites/:kiteId` – one kite', '- `POST /kites` – register a kite', '- `DELETE /kites/:kiteId`'];

describe('a sentence that puts every endpoint under a base path', () => {
  it('prefixes the list after it, in the wordings teams use', () => {
    for (const [sentence, base] of [
      ['Everything is under `/api/v2`. Auth is a session cookie.', '/api/v2'],
      ['All console endpoints sit under `/ops/api` and need a staff session.', '/ops/api'],
      ['Internal JSON API under `/api/internal`.', '/api/internal'],
      ['All under `/lending/api`, JSON both ways.', '/lending/api'],
      ['All paths start with `/v3`.', '/v3'],
      ['Alles liegt unter `/api/v1`.', '/api/v1'],
      ['Tout est sous `/api`.', '/api'],
      ['Tutti gli endpoint sono sotto `/api/v1`.', '/api/v1'],
    ] as const) {
      const md = lines('# Kiteshed', '', '## API', '', sentence, '', ...kiteList);
      expect(apiLines(md), sentence).toEqual([`DELETE ${base}/kites/:kiteId`, `GET ${base}/kites/:kiteId`, `POST ${base}/kites`]);
    }
  });

  it('prefixes the list before it when the sentence comes after', () => {
    const md = lines('# Kiteshed', '', '## Endpoints', '', ...kiteList, '', 'All of these endpoints live under `/rest`.');
    expect(apiLines(md)).toEqual(['DELETE /rest/kites/:kiteId', 'GET /rest/kites/:kiteId', 'POST /rest/kites']);
  });

  it('reads a mount sentence under a heading that is not about the API, such as a spec kit\'s contracts', () => {
    const md = lines('# Kiteshed plan', '', '## Contracts (`contracts/kites.yaml`)', '', 'All routes are mounted under `/shed/api`.', '', ...kiteList);
    expect(apiLines(md)).toEqual(['DELETE /shed/api/kites/:kiteId', 'GET /shed/api/kites/:kiteId', 'POST /shed/api/kites']);
  });

  it('takes no base from a web site, a file path, another service\'s API, a question or a legacy mount', () => {
    for (const sentence of [
      'Everything is documented under `https://docs.example.com/api`.',
      'Everything is under `/var/lib/kiteshed` on the host.',
      'The payments API is under `/v2`; we only call it.',
      'Stripe\'s API lives under `/v1`.',
      'Is everything under `/api/v2` now?',
      'All legacy endpoints were under `/old` (deprecated).',
      'Everything business-related is filed under `/finance`.',
    ]) {
      const md = lines('# Kiteshed', '', '## API', '', sentence, '', ...kiteList);
      expect(apiLines(md), sentence).toEqual(['DELETE /kites/:kiteId', 'GET /kites/:kiteId', 'POST /kites']);
    }
    expect(declaredPrefix('Uploads are stored under `/media/uploads`.')).toBeUndefined();
  });

  it('leaves the paths of code that mounts its own routes, and a URL written with its host, as written', () => {
    const md = lines(
      '# Kiteshed', '', '## API', '',
      'Everything is under `/api`:', '',
      '```python', 'app.include_router(kites, prefix="/api")', '', '@app.get("/healthz")', 'def healthz(): ...', '```', '',
      '- `GET /kites`', '',
      'Photos go straight to storage with `PUT https://kiteshed-blobs.example.net/{key}` and `PUT https://kiteshed-blobs.example.net/{key}/thumb`.',
    );
    expect(apiLines(md)).toEqual(['GET /api/kites', 'GET /healthz', 'PUT /:key', 'PUT /:key/thumb']);
  });
});

describe('models a one-pager writes in its prose', () => {
  it('"What a <thing> holds:" and "is a **Name**:" before fields in code marks', () => {
    const md = lines(
      '# Kiteshed', '', '## The idea', '',
      'What a locker holds: `id` (uuid), `label` (text), `siteId` (site id), `slots` (integer), `retiredAt` (timestamp, null while in use).', '',
      'Every rental is a **LockerRental**: `id` (uuid), `lockerId`, `memberId`, `state` (active or returned),',
      '`startedAt` (timestamp), `voucherCode` (text; only for promotions, optional).',
    );
    expect(modelLines(md)).toEqual([
      'Locker { id: string; label: string; siteId: string; slots: number; retiredAt: string | null }',
      'LockerRental { id: string; lockerId: string; memberId: string; state: "active" | "returned"; startedAt: string; voucherCode?: string }',
    ]);
  });

  it('a type word right before a field\'s name is its type, and a note after it is its own', () => {
    const md = lines('# Kiteshed', '', '## Returns', '', 'A **ReturnSlip** holds `rentalId`, `checkedBy` (user id), `checkedAt` (datetime) and a text `remark`, which may be null.');
    expect(modelLines(md)).toEqual(['ReturnSlip { rentalId: string; checkedBy: string; checkedAt: string; remark: string | null }']);
  });

  it('no model from an example, a setting in code marks, or a name with one field', () => {
    for (const sentence of [
      'A sample reply is a **Receipt**: `{"id": 7, "total": 12}` as the API sends it.',
      'The service reads a **Config**: `PORT`, `HOST` and `LOG_LEVEL` from the environment.',
      'Each scan is a **ScanEvent**: `lockerId` = 12 at the gate.',
    ]) {
      const md = lines('# Kiteshed', '', '## Notes', '', sentence);
      expect(modelLines(md), sentence).toEqual([]);
    }
  });
});

describe('captions and sub-items of a data section', () => {
  it('"A **Name** record has:" over a field table names the model, not "…Ha"', () => {
    for (const caption of ['A **DamageReport** record has:', 'Each damage report holds the following fields:']) {
      const md = lines('# Kiteshed', '', '## What we store', '', caption, '', '| Field | Type |', '|---|---|', '| id | string |', '| lockerId | string |', '| photoUrl | string |');
      expect(modelLines(md), caption).toEqual(['DamageReport { id: string; lockerId: string; photoUrl: string }']);
    }
  });

  it('a model item whose one sub-item lists its typed fields', () => {
    const md = lines('# Kiteshed', '', '## Data', '', '- **Site**', '  - id (uuid), city (text), openedOn (date), closedAt (datetime, null while open)');
    expect(modelLines(md)).toEqual(['Site { id: string; city: string; openedOn: string; closedAt: string | null }']);
  });

  it('a sub-item that is a sentence or untyped words gives no such fields', () => {
    const md = lines('# Kiteshed', '', '## Data', '', '- **Site**', '  - kept for audits (7 years), then archived (cold storage)');
    expect(modelLines(md)).toEqual([]);
  });

  it('"Null means …" in a notes column makes the field nullable; other notes do not', () => {
    const md = lines('# Kiteshed', '', '## Data', '', '### Quota', '', '| Field | Type | Notes |', '|---|---|---|', '| id | UUID | |', '| siteId | UUID | Null means "every site" |', '| cap | integer | null = no cap |', '| label | text | Nullable columns are avoided |');
    expect(modelLines(md)).toEqual(['Quota { id: string; siteId: string | null; cap: number | null; label: string }']);
  });
});

describe('pages in a walkthrough', () => {
  it('a route a person jumps to, and a report at a route, are pages', () => {
    const md = lines('# Kiteshed', '', '## How staff use it', '', 'From a locker card the clerk can jump to', '`/desk/rentals/new?locker=L12`, which pre-fills the form. Owners get a monthly usage report at `/desk/reports/usage`.');
    expect(pageRoutes(md)).toEqual(['/desk/rentals/new', '/desk/reports/usage']);
  });

  it('no page from a report file, an API call, a report that is only mailed, or pages this work leaves alone', () => {
    const md = lines(
      '# Kiteshed', '', '## How staff use it', '',
      'The nightly report at `/var/reports/usage.csv` is mailed to owners.', '',
      'The usage report is built from `GET /api/usage` and sent by email.', '',
      'The existing member pages (`/members/...`) are not changed by this project.', '',
      'The rental list at `/desk/rentals` is changed by the clerk\'s filters.',
    );
    expect(pageRoutes(md)).toEqual(['/desk/rentals']);
  });
});

describe('scope and rules headings of a one-pager', () => {
  it('"Later (phase 2)" and "Nice to have (not MVP)" put what is under them out of scope', () => {
    const md = lines(
      '# Kiteshed', '', '## Screens', '', '- `/lockers` – all lockers', '',
      '## Later (phase 2)', '', 'A partner portal at `/partners/new` where shops list their own lockers.', '',
      '## Nice to have (not MVP)', '', '- Auto-extend rentals for members with the same plan', '- Wait list at `/waitlist`',
    );
    expect(pageRoutes(md)).toEqual(['/lockers']);
    expect(ruleRows(md)).toEqual([]);
  });

  it('a "Nice to have" heading without such a note keeps its items as may-rules', () => {
    const md = lines('# Kiteshed', '', '## Nice to have', '', '- Members can extend a rental from the app');
    expect(ruleRows(md).map(([, level, text]) => [level, text])).toEqual([['may', 'Members can extend a rental from the app']]);
  });

  it('"How it should behave:" over a list makes each item a rule, keyword or not', () => {
    const md = lines(
      '# Kiteshed', '', '## The solution', '',
      'How it should behave:', '',
      '- Only the site lead can retire a locker.',
      '- Rentals are prepaid — a member asks the desk for a refund instead.',
      '- When a locker is retired, open rentals move to the nearest free one.',
    );
    expect(ruleRows(md).map(([, , text]) => text)).toEqual([
      'Only the site lead can retire a locker.',
      'Rentals are prepaid — a member asks the desk for a refund instead.',
      'When a locker is retired, open rentals move to the nearest free one.',
    ]);
  });

  it('"How it works:" or the behaviour a user has today makes no rules', () => {
    const md = lines('# Kiteshed', '', '## Background', '', 'How it works today:', '', '- Members phone the desk.', '- The desk writes the rental on a card.');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a method written as a verb', () => {
  it('"POSTs … to", "by POSTing to", "PUTs it to" name the endpoint', () => {
    const md = lines(
      '# Kiteshed', '', '## API', '',
      'The app POSTs the scan to `/api/scans`. The clerk opens a rental by POSTing to `/api/rentals`,',
      'and the kiosk PUTs the photo to `/api/rentals/{id}/photo`.',
    );
    expect(apiLines(md)).toEqual(['POST /api/rentals', 'POST /api/scans', 'PUT /api/rentals/:id/photo']);
  });

  it('a lower-case verb, an upper-case word that is no method, or a web site gives no endpoint', () => {
    const md = lines('# Kiteshed', '', '## Notes', '', 'The clerk posts a notice to `/desk/board`. GETTING STARTED is at `/docs/start`. The shop POSTs orders to https://shop.example.com/orders.');
    expect(apiLines(md)).toEqual([]);
  });
});
