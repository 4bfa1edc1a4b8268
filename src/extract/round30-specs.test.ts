/**
 * Round 30: an epic's tables under `**Unchanged**` and `**Removed**` labels, and a path a prefix's
 * sentence leaves out of it ("… mounted under `/v1`, except the health probe, … `/healthz`").
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines } from '../testing/extract.js';

const table = (...rows: string[]) => ['', '| Method | Path |', '|---|---|', ...rows, ''];

describe('tables under a label that gives them up', () => {
  it('reads the **New** table and none under **Unchanged** (with a note) or **Removed**', () => {
    const md = lines('# Gift cards', '', '### API changes', '', '**New**', ...table('| POST | `/api/gift-cards` |'), '**Unchanged** (already exist — listed for their totals, no route changes)', ...table('| GET | `/api/orders/:orderId` |'), '**Removed**', ...table('| POST | `/api/promotions/store-credit` |'));
    expect(apiLines(md)).toEqual(['POST /api/gift-cards']);
  });

  it('still reads a table under a label that gives nothing up', () => {
    const md = lines('# Gift cards', '', '### API', '', '**Admin** (staff only)', ...table('| GET | `/api/admin/gift-cards` |'));
    expect(apiLines(md)).toEqual(['GET /api/admin/gift-cards']);
  });
});

describe('a path a prefix leaves out', () => {
  it('leaves `/healthz` at the root when the prefix sentence says "except … `/healthz`"', () => {
    const md = lines('# Points', '', '## API', '', 'Every route below is mounted under `/v1` (`app.route(\'/v1\', v1)`), except the health probe, which sits at the root as `/healthz`.', ...table('| POST | `/members/:id/earn` |', '| GET | `/healthz` |'));
    expect(apiLines(md)).toEqual(['GET /healthz', 'POST /v1/members/:id/earn']);
  });

  it('puts the prefix before every path when the sentence excepts none of them', () => {
    const md = lines('# Points', '', '## API', '', 'Every route below is mounted under `/v1`, except where noted.', ...table('| POST | `/members/:id/earn` |', '| GET | `/healthz` |'));
    expect(apiLines(md)).toEqual(['GET /v1/healthz', 'POST /v1/members/:id/earn']);
  });
});
