import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePrd } from './parse.js';
import type { PrdSection } from './types.js';

const fresh = (text: string) => parsePrd(text, 'a.md').sections.map((s) => s.hash);

describe('parsePrd with the previous version of the file: section hashes of unchanged sections are reused', () => {
  it('takes the hash of a previous section only when its text is the same', () => {
    const before = '# A\n\none\n\n## B\n\ntwo\n\n## C\n\nthree\n';
    const prev = parsePrd(before, 'a.md');
    // Stand-in hashes show which ones were taken over rather than computed.
    const marked = { text: prev.text, sections: prev.sections.map((s, i) => ({ start: s.start, end: s.end, hash: `kept-${i}` }) as PrdSection) };
    // B edited (same length: `twx`), one section inserted before C: A is kept by its index, C by its index from the end.
    const after = parsePrd('# A\n\none\n\n## B\n\ntwx\n\n## New\n\nnew\n\n## C\n\nthree\n', 'a.md', marked);
    const hashes = after.sections.map((s) => s.hash);
    expect(hashes[0]).toBe('kept-0');
    expect(hashes[1]).toMatch(/^[0-9a-f]{40}$/);
    expect(hashes[2]).toMatch(/^[0-9a-f]{40}$/);
    expect(hashes[3]).toBe('kept-2');
  });

  it('after any edit, every hash is the one a fresh parse computes', () => {
    const section = fc.tuple(fc.constantFrom('#', '##', '###'), fc.constantFrom('A', 'B', 'Orders', 'é →'), fc.constantFrom('', 'text\n', 'API: GET /x\n', '```\n# not a heading\n```\n'));
    const doc = fc.array(section, { maxLength: 8 }).map((ss) => ss.map(([h, t, b]) => `${h} ${t}\n\n${b}\n`).join(''));
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(), fc.constantFrom('', 'x', '\n', '# H\n', '```\n', 'é'), (text, at, cut, insert) => {
        const i = text.length === 0 ? 0 : at % (text.length + 1);
        const edited = text.slice(0, i) + insert + text.slice(Math.min(text.length, i + (cut % 4)));
        const prev = parsePrd(text, 'a.md');
        prev.sections.forEach((s) => s.hash);
        expect(parsePrd(edited, 'a.md', prev).sections.map((s) => s.hash)).toEqual(fresh(edited));
      }),
      { numRuns: 500 },
    );
  });
});
