/**
 * A copy of `s` that does not keep the string it was cut from alive.
 *
 * V8 represents `text.slice(…)` and regex captures of 13+ characters as views into the whole
 * source string. A task that kept a path or a heading that way kept its entire PRD in memory:
 * 18 MB of PRD text for 1,000 PRDs, long after extraction (bench/scale.mjs). Concatenating
 * flattens into a new string; the slice then points into that copy.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
