/**
 * Round 25: a status word denied ("not retired", "non-legacy", "whether it is retired") does not mark a line out of scope.
 */
import { describe, expect, it } from 'vitest';
import { LINE_OUT_OF_SCOPE } from './context.js';
import { lines, pageRoutes } from '../testing/extract.js';

describe('a denied status word', () => {
  it('keeps the line in scope: "not retired", "not yet deprecated", "non-legacy"', () => {
    expect(LINE_OUT_OF_SCOPE.test('The shelf page at `/kits` lists every kit that is not retired.')).toBe(false);
    expect(LINE_OUT_OF_SCOPE.test('Show each plan that is not yet deprecated at `/plans`.')).toBe(false);
    expect(LINE_OUT_OF_SCOPE.test('The non-legacy accounts are listed at `/accounts`.')).toBe(false);
    expect(LINE_OUT_OF_SCOPE.test('The `/kits` page shows each kit with whether it is retired.')).toBe(false);
  });

  it('still marks the line when the status holds: "retired", "legacy", "is deprecated"', () => {
    expect(LINE_OUT_OF_SCOPE.test('The `/kits/old` page is retired.')).toBe(true);
    expect(LINE_OUT_OF_SCOPE.test('`GET /api/v0/kits` (legacy, not carried over)')).toBe(true);
    expect(LINE_OUT_OF_SCOPE.test('The `/plans/classic` view is deprecated and goes away in May.')).toBe(true);
    // "not" further back denies another word, not the status.
    expect(LINE_OUT_OF_SCOPE.test('Do not link to `/beta`: it is retired.')).toBe(true);
  });

  it('reads the page of a criterion that lists what is not retired', () => {
    const md = lines(
      '# Kit library',
      '',
      '## Requirements',
      '',
      '1. WHEN a member opens the shelf page at `/kits`, THE Shelf SHALL list every kit that is not retired, 30 per page.',
      '2. WHEN a member opens the old shelf at `/kits/classic`, THE Shelf SHALL redirect to `/kits` (the classic shelf is retired).',
    );
    expect(pageRoutes(md)).toEqual(['/kits']);
  });
});

describe('a second phase tagged at the line end', () => {
  it('marks the line: "…, phase 2.", "… (phase two)"', () => {
    expect(LINE_OUT_OF_SCOPE.test('- Paid boxes through the shop (POST /api/boxes/:id/pay), phase 2.')).toBe(true);
    expect(LINE_OUT_OF_SCOPE.test('- Box history at `/boxes/history` (phase two)')).toBe(true);
  });

  it('leaves a line that only names a phase mid-sentence or in a path', () => {
    expect(LINE_OUT_OF_SCOPE.test('- The phase 2 plan is listed at `/plans/phase-2`.')).toBe(false);
    expect(LINE_OUT_OF_SCOPE.test('- `GET /api/phase/2` returns the phase, the team and its lead.')).toBe(false);
  });
});

describe('another system\'s endpoint the product calls', () => {
  it('is no endpoint: "we call its `POST /x`", "our worker hits their `GET /y`"', async () => {
    const { apiLines } = await import('../testing/extract.js');
    const md = [
      '# Lockers',
      '',
      '## Integrations',
      '',
      'The door controller lives at `https://gw.doors.example/v2`: we call its `POST /doors/{id}/open` operation.',
      'Every night our worker hits their `GET /doors/status` endpoint.',
      '',
      '## API',
      '',
      '- `POST /api/doors/{id}/open-requests` — a resident asks to open a door; we call its controller afterwards.',
    ].join('\n');
    expect(apiLines(md)).toEqual(['POST /api/doors/:id/open-requests']);
  });
});
