import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_OUT_OF_SCOPE_TRANSLATED } from './context.js';
import { SPLIT_PATTERNS } from './rules.js';
import { byScript, topLevelAlternatives, wideFrom, type ScriptPattern } from './scripts.js';

/** A pattern with the `g` flag, to find matches from a place on. */
function global(pattern: RegExp): RegExp {
  return pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
}

/** Index of the first match of a `g` pattern at or after `from`, or -1. */
function firstOf(pattern: RegExp, text: string, from = 0): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** A checker that holds a cut pattern to the one it was cut from, on one text after another. */
function agreement(pattern: ScriptPattern): (text: string) => boolean {
  const ascii = global(pattern.ascii);
  const wide = pattern.wide && global(pattern.wide);
  const whole = global(pattern.whole);
  const plain = !pattern.whole.flags.includes('g');
  // The first match of the two halves, the wide one only where the text holds a wide letter after `from` (as rules.ts's findKeyword).
  const first = (text: string, from: number): number => {
    const a = firstOf(ascii, text, from);
    const w = wide !== undefined && wideFrom(text, from) ? firstOf(wide, text, from) : -1;
    return a === -1 ? w : w === -1 ? a : Math.min(a, w);
  };
  return (text) => {
    const at = firstOf(whole, text, 0);
    expect(first(text, 0), text).toBe(at);
    // From a place on, as findKeyword searches again after a sentence.
    if (at !== -1) expect(first(text, at + 1), text).toBe(firstOf(whole, text, at + 1));
    if (plain) expect(pattern.test(text), text).toBe(at !== -1);
    return at !== -1;
  };
}

describe('byScript cuts a pattern in two by script', () => {
  it('splits a source at its top-level alternatives only', () => {
    expect(topLevelAlternatives('a|(?:b|c)|[|]|\\||x(?<=(?:^|\\s)x)y')).toEqual(['a', '(?:b|c)', '[|]', '\\|', 'x(?<=(?:^|\\s)x)y']);
    expect(topLevelAlternatives('[]|]|b')).toEqual(['[]', ']', 'b']);
  });

  it('puts an alternative in the wide half only when every match of it holds a letter beyond ASCII', () => {
    const p = byScript('iu', 'müssen|[ÉEé]tant|(?:über)?all|fü?r|必须|ſtadt|\\u00fcber|must|tối (?:đa|thiểu)|nên');
    expect(topLevelAlternatives(p.ascii.source)).toEqual(['[ÉEé]tant', '(?:über)?all', 'fü?r', 'ſtadt', '\\u00fcber', 'must']);
    expect(topLevelAlternatives(p.wide!.source)).toEqual(['müssen', '必须', 'tối (?:đa|thiểu)', 'nên']);
    // The Kelvin sign folds to `k` under `iu`: its alternative stays with the ASCII ones, and matches ASCII text.
    expect(byScript('iu', '\u212aind').wide).toBeUndefined();
    expect(byScript('iu', '\u212aind').test('kind')).toBe(true);
  });

  it('keeps a group around its alternatives in both halves', () => {
    const p = byScript('i', [String.raw`\b(?:`, 'given|dado|zakładając', String.raw`)\b`], '假如');
    expect(p.ascii.source).toBe(String.raw`\b(?:given|dado)\b`);
    expect(p.wide!.source).toBe(String.raw`\b(?:zakładając)\b|假如`);
    expect(p.test('Given a cart')).toBe(true);
    expect(p.test('forgiven')).toBe(false);
    expect(p.test('Zakładając, że')).toBe(true);
    expect(p.test('假如用户')).toBe(true);
    // Punctuation beyond ASCII (an em dash, curly quotes) is no reason to run the wide half, and changes nothing.
    expect(p.test('No scenario here — “none”')).toBe(false);
  });

  it('matches where the one pattern matches, on random alternatives and texts', () => {
    const word = fc.constantFrom('must', 'muss', 'müssen', 'dürfen', 'darf', 'nên', 'không nên', '必须', '应(?![用答])', 'しなければならない', '[ÉEé]tant donn', '(?:über)?all', 'fü?r', '\\d+ días', 'дано', 'ok');
    const piece = fc.constantFrom('must ', 'Muss ', 'müssen', 'dürfen ', 'Darf', 'nên', 'Không nên ', '必须', '应用', '应该', 'しなければならない', 'Étant donné', 'Etant donn', 'überall', 'all', 'fr', 'für', 'fuer', '3 días', 'Дано', 'OK', ' ', '—', '“', '\n', 'x', 'é');
    const flags = fc.constantFrom('i', 'u', 'iu', 'gu');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 3 }), flags, fc.array(piece, { maxLength: 12 }), (inner, outer, f, parts) => {
        agreement(byScript(f, ['\\b(?:', inner.join('|'), ')\\b'], ...(outer.length > 0 ? [outer.join('|')] : [])))(parts.join(''));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});

/** Every paragraph of the corpora the repository holds (and `../shared`'s real PRDs when they are there). */
function corpusTexts(): string[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const dirs = [path.join(root, 'fixtures/styles'), path.join(root, '../shared/corpus/dev'), path.join(root, '../shared/corpus/real')];
  const probes = path.join(root, 'fixtures/probes');
  for (const set of readdirSync(probes).filter((s) => s.startsWith('set'))) dirs.push(path.join(probes, set));
  const texts: string[] = [];
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      texts.push(...text.split(/\r?\n\s*\r?\n/));
    }
  }
  return texts;
}

describe('the patterns cut by script match where the patterns they were cut from do', () => {
  const texts = corpusTexts();
  it('reads a corpus', () => expect(texts.length).toBeGreaterThan(5000));
  for (const [name, pattern] of [...Object.entries(SPLIT_PATTERNS), ['LINE_OUT_OF_SCOPE_TRANSLATED', LINE_OUT_OF_SCOPE_TRANSLATED] as const]) {
    it(`${name}, on every paragraph of the corpora`, () => {
      const agree = agreement(pattern);
      let matched = 0;
      for (const text of texts) if (agree(text)) matched++;
      // The corpora hold matches of every pattern: the comparison is not between two patterns that never match.
      expect(matched).toBeGreaterThan(0);
    });
  }
});
