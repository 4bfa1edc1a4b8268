/**
 * Round 23, specs written for coding agents: a model's Prisma fields in code marks, cut by middle
 * dots (`` - **Invoice**: `id String` · `status Status` (DRAFT | SENT) · `sentAt DateTime?` ``).
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines, ruleRows } from '../testing/extract.js';

describe('Prisma fields in code marks', () => {
  it('reads each `name Type` with its enum values after it, and `?` as null', () => {
    const md = lines(
      '# Ledger',
      '',
      '## Models (`prisma/schema.prisma`)',
      '',
      '- **Bill**: `id String` · `vendorId String` · `state BillState` (OPEN | PAID | VOID) · `amountCents Int` · `paidAt DateTime?` · `memo String?`',
      '- **Vendor**: `id String` · `name String` · `archived Boolean` (default false)',
    );
    expect(modelLines(md)).toEqual([
      'Bill { id: string; vendorId: string; state: "OPEN" | "PAID" | "VOID"; amountCents: number; paidAt: string | null; memo: string | null }',
      'Vendor { id: string; name: string; archived: boolean }',
    ]);
  });

  it('reads no model from middle dots between words or sentences in code marks', () => {
    const md = lines('# Ledger', '', '## Models', '', '- **Stack**: `Next.js` · `Prisma` · `Postgres`', '- **Commands**: `npm run dev` · `npm test`');
    expect(modelLines(md).filter((l) => !l.endsWith('{  }'))).toEqual([]);
  });
});

describe('Kiro design documents', () => {
  const lines2 = (...l: string[]) => l.join('\n');
  it('reads each correctness property as a rule, without its "Validates" trace', () => {
    const md = lines2(
      '# Design',
      '',
      '## Correctness Properties',
      '',
      '- **No double booking**: For any two bookings of one room, their times do not overlap. _Validates: Requirements 2.2_',
      '- **Bounded stay**: A booking lasts at most 14 days. **Validates: Requirements 3.1, 3.4**',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual(['No double booking: For any two bookings of one room, their times do not overlap.', 'Bounded stay: A booking lasts at most 14 days.']);
  });

  it('keeps a sentence that only mentions what a property validates', () => {
    const md = lines2('# Design', '', '## Rules', '', '- The importer validates requirements files before it runs.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['The importer validates requirements files before it runs.']);
  });
});
