import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFieldList, splitColumns, splitFieldList } from './fields.js';
import { firstKeyLines, firstLinesContaining } from './line-index.js';

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

  it('firstLinesContaining finds the line each lines.findIndex(includes) found', () => {
    // A small alphabet: needles overlap, repeat, are suffixes of each other and appear on several lines.
    const wide = fc.array(fc.constantFrom('/', 'a', 'b', ':', '"', "'", ' ', '{', '}'), { maxLength: 12 }).map((cs) => cs.join(''));
    // Two letters: long runs of partial matches, deep fall-back chains.
    const narrow = (maxLength: number) => fc.array(fc.constantFrom('a', 'b'), { maxLength }).map((cs) => cs.join(''));
    const input = fc.oneof(fc.tuple(fc.array(wide, { maxLength: 8 }), fc.array(wide, { maxLength: 10 })), fc.tuple(fc.array(narrow(24), { maxLength: 4 }), fc.array(narrow(7), { maxLength: 16 })));
    fc.assert(
      fc.property(input, ([lines, needles]) => {
        const found = firstLinesContaining(lines, needles);
        for (const needle of needles) {
          const idx = lines.findIndex((l) => l.includes(needle));
          expect(found.get(needle) ?? -1).toBe(idx);
        }
      }),
      { numRuns: 20000, seed: 13 },
    );
    const lines = ['info: see /api/r1: first', 'paths:', '  /api/r1:', '  /x/api/r2:', '  /api/r2:', "  '/api/r3':", '  "/api/r4": {}'];
    const found = firstLinesContaining(lines, ['/api/r1:', '/api/r2:', "/api/r3':", '/api/r4"', '/api/r5:', '']);
    expect([...found]).toEqual([['', 0], ['/api/r1:', 0], ['/api/r2:', 3], ["/api/r3':", 5], ['/api/r4"', 6]]);
  });

  it('firstKeyLines finds the line each model name key pattern found', () => {
    const name = fc.constantFrom('Order', 'Ord', 'Orders', 'order', 'O', 'Order_2', 'X1');
    const line = fc.array(fc.constantFrom('Order', 'Ord', 'ers', '_2', '1', 'X', ' ', '  ', '\t', '"', ':', ' :', 'x', '-', '{'), { maxLength: 8 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(name, { maxLength: 4 }), (lines, names) => {
        const found = firstKeyLines(lines);
        for (const n of names) {
          const key = new RegExp(`^\\s*"?${n}"?\\s*:`);
          expect(found.get(n) ?? -1).toBe(lines.findIndex((l) => key.test(l)));
        }
      }),
      { numRuns: 20000, seed: 19 },
    );
  });
});
