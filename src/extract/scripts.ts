/*
 * Word patterns split by script.
 *
 * The keyword and limit patterns hold the words of some fifteen languages. The regex engine tries
 * every alternative at every position of every text, so each language added made reading an English
 * PRD slower. An alternative that needs a letter beyond ASCII cannot match a text without one: it
 * goes into a second pattern, which runs only on text that holds such a letter (WIDE). Both patterns
 * together match exactly where the one pattern they are cut from matches (`src/extract/scripts.test.ts`).
 */

/**
 * A character beyond ASCII that an alternative may need, and a text must hold for the second pattern
 * to run: anything but the punctuation, arrows, box drawing and dingbats that English PRDs hold too
 * (dashes, curly quotes, bullets, `→`, `✅`).
 */
const WIDE = /[^\u0000-\u007f\u2000-\u206f\u2190-\u21ff\u2500-\u27bf]/;
/** WIDE from a position on (its `lastIndex`). */
const WIDE_FROM = new RegExp(WIDE.source, 'g');
/** Letters that case-fold to ASCII letters under the `iu` flags (long s, Kelvin and Ångström signs): an alternative holding one may match ASCII text. */
const FOLDS_TO_ASCII = /[\u017f\u212a\u212b]/;

/** Alternatives within their context: `[String.raw`\b(?:`, 'must|debe|muss', String.raw`)\b`]` is `\b(?:must|debe|muss)\b`. */
export type Group = readonly [before: string, alternatives: string, after: string];

/** A pattern cut in two by script (see the top of this file). */
export interface ScriptPattern {
  /** The alternatives that can match ASCII text. */
  readonly ascii: RegExp;
  /** The alternatives that need a letter beyond ASCII (WIDE), or undefined when there are none. */
  readonly wide: RegExp | undefined;
  /** The one pattern the two were cut from: what the tests hold them to. */
  readonly whole: RegExp;
  /** Does the pattern match somewhere in the text? (Patterns without the `g` or `y` flag.) */
  test(text: string): boolean;
}

/**
 * A pattern of alternatives, each a regex source of alternatives (split at its top-level `|`) or a
 * Group of them, cut in two by script. The flags are the whole pattern's.
 */
export function byScript(flags: string, ...parts: ReadonlyArray<string | Group>): ScriptPattern {
  const ascii: string[] = [];
  const wide: string[] = [];
  const whole: string[] = [];
  for (const part of parts) {
    const [before, alternatives, after] = typeof part === 'string' ? ['', part, ''] : part;
    const split = topLevelAlternatives(alternatives);
    const kept = split.filter((a) => !needsWide(a));
    const cut = split.filter(needsWide);
    if (kept.length > 0) ascii.push(`${before}${kept.join('|')}${after}`);
    if (cut.length > 0) wide.push(`${before}${cut.join('|')}${after}`);
    whole.push(`${before}${alternatives}${after}`);
  }
  // A pattern with no ASCII alternative at all matches nothing.
  const asciiPattern = new RegExp(ascii.length > 0 ? ascii.join('|') : '[^\\s\\S]', flags);
  const widePattern = wide.length > 0 ? new RegExp(wide.join('|'), flags) : undefined;
  return {
    ascii: asciiPattern,
    wide: widePattern,
    whole: new RegExp(whole.join('|'), flags),
    test: (text) => asciiPattern.test(text) || (widePattern !== undefined && WIDE.test(text) && widePattern.test(text)),
  };
}

/** Does the text hold a character WIDE at or after `from`? A wide alternative matches nowhere after the last one. */
export function wideFrom(text: string, from: number): boolean {
  WIDE_FROM.lastIndex = from;
  return WIDE_FROM.test(text);
}

/** The alternatives of a regex source at its top level: `a|(?:b|c)|[|]` is `a`, `(?:b|c)` and `[|]`. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Index of the `]` that closes the character class opening at `open` (in JavaScript the first one not escaped: `[]` is empty). */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/**
 * Does every match of a regex alternative hold a character WIDE? It does when a literal such
 * character stands at its top level, outside any group or class and not made optional by a
 * quantifier (`müssen`, `必须`, `[Cc]ho trước`; not `[ÉEé]tant`, `(?:über)?all`, `fü?r`). A wrong
 * "no" costs time only; this reading never says "yes" wrongly.
 */
function needsWide(alternative: string): boolean {
  let depth = 0;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(alternative, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && WIDE.test(c) && !FOLDS_TO_ASCII.test(c) && !'?*{'.includes(alternative[i + 1] ?? '')) return true;
  }
  return false;
}
