import { computeLineStarts, positionOf } from '../prd/index.js';
import { applyEdits, sortEdits, type ByteEdit } from './edits.js';
import { rawToUtf8 } from './bytes.js';

const CONTEXT = 3;

interface Line {
  /** Raw line content without its line break. */
  text: string;
  /** The line ends with a line break. */
  eol: boolean;
}

interface Change {
  /** First old line replaced (0-based) and the line after the last one. */
  oldFrom: number;
  oldTo: number;
  lines: Line[];
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < raw.length) {
    const nl = raw.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ text: raw.slice(start), eol: false });
      break;
    }
    lines.push({ text: raw.slice(start, nl).replace(/\r$/, ''), eol: true });
    start = nl + 1;
  }
  return lines;
}

/** Index of the line holding byte `offset` (a line break belongs to the line it ends). */
function lineOf(starts: number[], offset: number): number {
  return positionOf(starts, offset).line - 1;
}

/**
 * Turns byte edits into whole-line changes: each group of edits on neighbouring lines becomes the
 * old lines it touches and the lines they become. Exact, because it comes from the edits themselves.
 */
function changesFrom(raw: string, edits: readonly ByteEdit[]): Change[] {
  const starts = computeLineStarts(raw);
  const lineEnd = (line: number): number => (line + 1 < starts.length ? starts[line + 1]! : raw.length);
  const groups: Array<{ from: number; to: number; edits: ByteEdit[] }> = [];
  for (const edit of sortEdits(edits)) {
    // An insertion at the start of a line replaces no old line.
    const atLineStart = edit.start === edit.end && (edit.start === 0 || raw[edit.start - 1] === '\n');
    const from = lineOf(starts, edit.start);
    const to = atLineStart ? from : lineOf(starts, Math.max(edit.start, edit.end - 1)) + 1;
    const last = groups[groups.length - 1];
    if (last && from < last.to) {
      last.to = Math.max(last.to, to);
      last.edits.push(edit);
    } else {
      groups.push({ from, to, edits: [edit] });
    }
  }
  return groups.map((g) => {
    const regionStart = g.from < starts.length ? starts[g.from]! : raw.length;
    const regionEnd = g.to > g.from ? lineEnd(g.to - 1) : regionStart;
    const region = raw.slice(regionStart, regionEnd);
    const shifted = g.edits.map((e) => ({ ...e, start: e.start - regionStart, end: e.end - regionStart }));
    return { oldFrom: g.from, oldTo: g.to, lines: splitLines(applyEdits(region, shifted)) };
  });
}

function show(prefix: string, line: Line, out: string[]): void {
  out.push(prefix + rawToUtf8(line.text));
  if (!line.eol) out.push('\\ No newline at end of file');
}

/**
 * A unified diff of a file edited in place.
 * @param file the path shown in the `---`/`+++` lines
 * @param raw the original file as a raw string
 * @param edits the byte edits made to it
 * @returns the diff text ('' when the edits change nothing)
 */
export function unifiedDiff(file: string, raw: string, edits: readonly ByteEdit[]): string {
  const changes = changesFrom(raw, edits.filter((e) => raw.slice(e.start, e.end) !== e.text));
  if (changes.length === 0) return '';
  const old = splitLines(raw);
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let delta = 0;
  let i = 0;
  while (i < changes.length) {
    // Changes closer than two contexts share a hunk.
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]!.oldFrom - changes[j]!.oldTo <= 2 * CONTEXT) j++;
    const first = changes[i]!;
    const lastChange = changes[j]!;
    const from = Math.max(0, first.oldFrom - CONTEXT);
    const to = Math.min(old.length, lastChange.oldTo + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let line = from;
    let hunkDelta = 0;
    for (let k = i; k <= j; k++) {
      const c = changes[k]!;
      for (; line < c.oldFrom; line++, oldCount++, newCount++) show(' ', old[line]!, body);
      for (; line < c.oldTo; line++, oldCount++) show('-', old[line]!, body);
      for (const l of c.lines) show('+', l, body);
      newCount += c.lines.length;
      hunkDelta += c.lines.length - (c.oldTo - c.oldFrom);
    }
    for (; line < to; line++, oldCount++, newCount++) show(' ', old[line]!, body);
    const oldStart = oldCount === 0 ? from : from + 1;
    const newStart = newCount === 0 ? from + delta : from + delta + 1;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body);
    delta += hunkDelta;
    i = j + 1;
  }
  return out.join('\n') + '\n';
}

/**
 * A unified diff that creates a file (or, with `before`, appends to it).
 * @param file the path shown in the header
 * @param after the new content as a raw string
 * @param before the current content when the file exists
 */
export function fileDiff(file: string, after: string, before?: string): string {
  if (before === undefined) {
    const lines = splitLines(after);
    const out = ['--- /dev/null', `+++ b/${file}`, `@@ -0,0 +1,${lines.length} @@`];
    for (const l of lines) show('+', l, out);
    return out.join('\n') + '\n';
  }
  if (before === after) return '';
  // User-owned files are only ever appended to, so the change is one insertion at the end.
  if (after.startsWith(before)) return unifiedDiff(file, before, [{ start: before.length, end: before.length, text: after.slice(before.length), reason: 'append' }]);
  return unifiedDiff(file, before, [{ start: 0, end: before.length, text: after, reason: 'rewrite' }]);
}
