import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TaskCollector } from './collector.js';
import type { SectionContext } from './context.js';
import { mayContain, readRules, ruleLevel } from './rules.js';

const ctx = { section: { line: 1 }, label: 'S', trail: ['S'], api: false, model: false, page: false, outOfScope: false, lineOffset: 0 } as unknown as SectionContext;

/** Sentences judged one by one, every one of them: the reference the keyword-guided reader must match. */
function reference(lines: string[]): Array<[number, string, string]> {
  const out: Array<[number, string, string]> = [];
  const joined = lines.join('\n');
  if (!mayContain(joined)) return out;
  const pieces: Array<{ text: string; at: number }> = [];
  let start = 0;
  for (const m of joined.matchAll(/(?<=[.!?。！？])\s+(?=[^\s])/g)) {
    pieces.push({ text: joined.slice(start, m.index), at: start });
    start = m.index + m[0].length;
  }
  pieces.push({ text: joined.slice(start), at: start });
  for (const p of pieces) {
    const level = ruleLevel(p.text);
    // Questions are never rules.
    if (level && !/[?？]\s*$/.test(p.text)) out.push([1 + joined.slice(0, p.at).split('\n').length - 1, p.text, level]);
  }
  return out;
}

function rules(lines: string[]): Array<[number, string, string]> {
  const out = new TaskCollector('a.md');
  readRules(lines, 1, ctx, out);
  return out.tasks.map((t) => [t.sources[0]!.line, t.kind === 'rule' ? t.text : '', t.kind === 'rule' ? t.level : '']);
}

describe('rules', () => {
  it('finds each requirement sentence with its level and line', () => {
    expect(rules(['Intro text here. The system MUST log every call.', 'Users SHOULD see a notice soon. It is fine.', 'You MAY skip the extra step now.'])).toEqual([
      [1, 'The system MUST log every call.', 'must'],
      [2, 'Users SHOULD see a notice soon.', 'should'],
      [3, 'You MAY skip the extra step now.', 'may'],
    ]);
  });

  it('judges the same sentences as reading every sentence would', () => {
    const word = fc.constantFrom('The', 'system', 'must', 'MUST', 'shall', 'should', 'MAY', 'may', 'OPTIONAL', 'is', 'are', 'not', 'required', 'to', 'log', 'users', 'x.', 'done!', 'why?', 'ok。', 'mustard', 'REQUIRED', 'RECOMMENDED');
    const sep = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '. ', '.\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 24 }), (parts) => {
        const lines = parts.map(([w, s]) => w + s).join('').split('\n');
        const got = rules(lines);
        // Same sentences (four words at least), same levels, same lines, same text once white space is folded.
        const expected = reference(lines)
          .map(([l, text, level]) => [l, text.replace(/\s+/g, ' ').trim(), level] as const)
          .filter(([, text]) => text.split(' ').length >= 4);
        expect(got).toEqual(expected.map(([l, text, level]) => [l, text, level]));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
