import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFieldList, splitColumns, splitFieldList } from './fields.js';

/**
 * The one-pass scans that replaced look-ups with super-linear cost give exactly what the look-ups
 * they replaced gave: each old look-up is kept here as the reference.
 */
describe('one-pass scans agree with the look-ups they replaced', () => {
  it('splitFieldList cuts where the old split pattern did', () => {
    const piece = fc.constantFrom(',', ';', '(', ')', ' ', 'and', 'And', 'band', 'andy', '_and', 'and_', 'and2', 'a', 'n', 'd', 'id', 'total: number', '`', '.', '\n', '\t', 'é', '😀');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        expect(splitFieldList(raw)).toEqual(raw.split(/[,;](?![^(]*\))|\band\b/));
      }),
      { numRuns: 20000, seed: 7 },
    );
  });

  it('splitColumns cuts where the old split pattern did', () => {
    const piece = fc.constantFrom(',', ';', '(', ')', ' ', 'and', 'id int', 'varchar(40)', 'numeric(10, 2)', '`', '\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        expect(splitColumns(raw)).toEqual(raw.split(/,(?![^(]*\))/));
      }),
      { numRuns: 10000, seed: 11 },
    );
  });

  it('splitFieldList keeps a note whole, and is not a parenthesis depth', () => {
    expect(splitFieldList('id, status (one of a, b; c), total and tax')).toEqual(['id', ' status (one of a, b; c)', ' total ', ' tax']);
    expect(parseFieldList('id, status (one of a, b; c), total and tax').map((f) => f.name)).toEqual(['id', 'status', 'total', 'tax']);
    // A comma before a nested `(` cuts, one before an unmatched `)` does not: as the old pattern did.
    for (const raw of ['a (b, (c) d), e', 'x), y, z)', 'p (q, r', 'brand, and, sand']) expect(splitFieldList(raw)).toEqual(raw.split(/[,;](?![^(]*\))|\band\b/));
  });
});
