const NON_LATIN1 = /[^\u0000-\u00ff]/;

/** Does the text hold a character beyond Latin-1 (which makes V8 store it, and every piece cut from it, two bytes per character)? */
export function hasWideChars(text: string): boolean {
  return NON_LATIN1.test(text);
}

/**
 * A copy of `s` that does not keep the string it was cut from alive.
 *
 * V8 represents `text.slice(…)` and regex captures of 13+ characters as views into the whole
 * source string. A task that kept a path or a heading that way kept its entire PRD in memory:
 * 18 MB of PRD text for 1,000 PRDs, long after extraction (bench/scale.mjs). Concatenating
 * flattens into a new string; the slice then points into that copy.
 *
 * @param fromWide `s` was cut from a text with characters beyond Latin-1 (see `hasWideChars`). A
 *   piece of such a text is stored two bytes per character even when it is plain ASCII, which
 *   made serialising, comparing and encoding tasks measurably slower (JSON.stringify of 25,000
 *   tasks: 40 → 22 ms). Those pieces are rebuilt one byte per character when they can be.
 */
export function detach(s: string, fromWide = false): string {
  if (fromWide && !NON_LATIN1.test(s)) return Buffer.from(s, 'latin1').toString('latin1');
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The braces a line opens less those it closes (`address: {` → 1, `};` → -1, `{ get; set; }` → 0): code's nesting, line by line. */
export function netBraces(text: string): number {
  if (!text.includes('{') && !text.includes('}')) return 0;
  let n = 0;
  for (const c of text) n += c === '{' ? 1 : c === '}' ? -1 : 0;
  return n;
}
