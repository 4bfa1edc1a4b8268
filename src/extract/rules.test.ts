import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TaskCollector } from './collector.js';
import type { SectionContext } from './context.js';
import { mayContain, readRules, ruleLevel, usedLevel } from './rules.js';

const ctx = { section: { line: 1 }, label: 'S', trail: ['S'], api: false, model: false, page: false, outOfScope: false, lineOffset: 0 } as unknown as SectionContext;

/** A modal or auxiliary, then a subject (the generator's are "The" and "users"), and no comma: a question. */
const MODAL_FIRST = /^(?:must|should|shall|can|could|may|do|does|did|will|would|is|are)\s+(?:the|users)\s(?![^,]*,)/i;

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
    // Keywords that are only mentioned ("must, shall", "MAY is") give no level.
    const level = usedLevel(p.text);
    // Questions are never rules, with their mark or without it (a modal before its subject, no comma after it).
    if (level && !/[?？]\s*$/.test(p.text) && !MODAL_FIRST.test(p.text)) out.push([1 + joined.slice(0, p.at).split('\n').length - 1, p.text, level]);
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
    const word = fc.constantFrom('The', 'system', 'must', 'MUST', 'shall', 'should', 'MAY', 'may', 'OPTIONAL', 'is', 'are', 'not', 'required', 'to', 'log', 'users', 'x.', 'done!', 'why?', 'ok。', 'mustard', 'REQUIRED', 'RECOMMENDED', 'émust', 'xshall', 'müssen', 'debe', 'sollte_');
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

describe('keyword search', () => {
  // The straightforward patterns: a Unicode lookbehind before the words. `findKeyword` checks the
  // letter before a word by hand; both must agree on every text.
  const MUST_WORDS = 'MUST|SHALL|REQUIRED|must|shall|Must(?!-)|Shall(?!-)|darf nicht|dürfen nicht|DARF NICHT|is required to|are required to|debe|deben|deve|devem|doit|doivent|muss|müssen|harus|wajib|devono|dovrà|dovranno|moet|moeten(?<!zou moeten)(?<!zouden moeten)|dient te|dienen te';
  it('drops a level label after a rule id from the statement, and takes the level from it', () => {
    const out = new TaskCollector('a.md');
    readRules(['**BR-7** (SHOULD): The system must email the guest a receipt.'], 1, ctx, out);
    readRules(['- FR-2 [MAY] — Users may export their bookings as CSV.'], 2, ctx, out, { item: true });
    readRules(['MUST: every booking has exactly one room.'], 3, ctx, out, { item: true });
    expect(out.tasks.map((t) => (t.kind === 'rule' ? [t.id, t.level, t.text] : []))).toEqual([
      ['BR-7', 'should', 'The system must email the guest a receipt.'],
      ['FR-2', 'may', 'Users may export their bookings as CSV.'],
      [undefined, 'must', 'every booking has exactly one room.'],
    ]);
  });

  it('keeps a level word that starts the sentence, a parenthesis that is no level, and a negated label', () => {
    const out = new TaskCollector('a.md');
    readRules(['SHOULD the payment fail, the system MUST retry it twice.'], 1, ctx, out);
    readRules(['BR-9 (beta): The system MUST hide drafts from guests.'], 2, ctx, out);
    readRules(['May: the busiest month, the system MUST scale out.'], 3, ctx, out);
    readRules(['BR-4 (MUST NOT): The system shares no card numbers with partners.'], 4, ctx, out, { item: true });
    expect(out.tasks.map((t) => (t.kind === 'rule' ? [t.id, t.level, t.text] : []))).toEqual([
      [undefined, 'must', 'SHOULD the payment fail, the system MUST retry it twice.'],
      ['BR-9', 'must', '(beta): The system MUST hide drafts from guests.'],
      [undefined, 'must', 'May: the busiest month, the system MUST scale out.'],
      ['BR-4', 'must', '(MUST NOT): The system shares no card numbers with partners.'],
    ]);
  });

  const SHOULD_WORDS = 'SHOULD|RECOMMENDED|should|Should(?!-)|debería|deberían|deveria|deveriam|devrait|devraient|soll|sollen|sollte|sollten|sebaiknya|seharusnya|dovrebbe|dovrebbero|zou moeten|zouden moeten|recomenda-se|se recomienda|es recomendable|il est recommandé|wird empfohlen|si raccomanda|wordt aanbevolen|Recomenda-se|Se recomienda|Es recomendable|Il est recommandé|Si raccomanda';
  const MUST_CJK = '必须|必需|不得|しなければならない|なければならない|해야 한다|해야 합니다|해야한다|해야 함';
  const SHOULD_CJK = '应该|应当|應該|應當|应(?![用答对急])|應(?![用答對急])|べきである|べき|望ましい|推奨|하는 것이 좋다|권장';
  const word = (w: string) => `(?<![\\p{L}\\p{N}_])(?:${w})(?![\\p{L}\\p{N}_])`;
  const MUST = new RegExp(`${word(MUST_WORDS)}|${MUST_CJK}`, 'u');
  const SHOULD = new RegExp(`${word(SHOULD_WORDS)}|${SHOULD_CJK}`, 'u');
  const MAY = new RegExp(word('MAY|OPTIONAL|darf(?! nicht)|dürfen(?! nicht)|DARF(?! NICHT)'), 'u');
  const SIGNAL = new RegExp(`${word(`${MUST_WORDS}|${SHOULD_WORDS}|MAY|OPTIONAL|darf(?! nicht)|dürfen(?! nicht)|DARF(?! NICHT)|required to`)}|${MUST_CJK}|${SHOULD_CJK}`, 'u');
  const level = (s: string) => (MUST.test(s) ? 'must' : SHOULD.test(s) ? 'should' : MAY.test(s) ? 'may' : undefined);

  const agree = (s: string) => {
    expect(ruleLevel(s)).toBe(level(s));
    expect(mayContain(s)).toBe(SIGNAL.test(s) || /\bgiven\b/i.test(s));
  };

  it('finds what the lookbehind patterns find, on random text', () => {
    // Keywords, pieces of them, and what may stand right before or after one: letters of several
    // scripts (one outside the BMP), digits, `_`, spaces, punctuation.
    const piece = fc.constantFrom('must', 'MUST', 'shall', 'muss', 'müssen', 'debe', 'deben', 'debería', 'soll', 'sollte', 'MAY', 'OPTIONAL', 'required to', 'is ', 'are ', 'should', 'harus', 'doit', 'Must', 'Should', 'moeten', 'darf', ' nicht', 'DARF', '望ましい', 'wird empfohlen', 'zou ', 'dovrebbe', 'dient te',
      '必须', '应', '用', '应用', '해야 한다', 'べき', 'a', 'x', 'é', 'ü', 'ñ', '中', '𝐀', '𝟙', '1', '_', ' ', '-', '.', '\n', "'", '"', '—');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => agree(parts.join(''))), { numRuns: 20000, seed: 11 });
  });

  it('finds what the lookbehind patterns find, on the sentences of the style fixtures', () => {
    const dir = 'fixtures/styles';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      for (const s of readFileSync(`${dir}/${f}`, 'utf8').split(/(?<=[.!?。！？])\s+|\n/)) agree(s);
    }
  });
});
