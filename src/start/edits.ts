import MagicString from 'magic-string';

/** One replacement in a raw (one char per byte) string: bytes `[start, end)` become `text` (raw too). */
export interface ByteEdit {
  start: number;
  end: number;
  text: string;
  /** What the edit is for, for messages: `frontmatter owner`, `section 7.3`. */
  reason: string;
}

/**
 * Applies edits with magic-string, so only the edited byte ranges change.
 * @param raw the file as a raw string (see `bytesToRaw`)
 * @param edits non-overlapping edits; insertions have `start === end`
 * @returns the edited raw string
 */
export function applyEdits(raw: string, edits: readonly ByteEdit[]): string {
  const ms = new MagicString(raw);
  const sorted = sortEdits(edits);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.start < prev.end) throw new Error(`Overlapping edits: ${prev.reason} and ${cur.reason}`);
  }
  for (const edit of sorted) {
    if (edit.start === edit.end) {
      if (edit.text !== '') ms.appendLeft(edit.start, edit.text);
    } else if (edit.text === '') {
      ms.remove(edit.start, edit.end);
    } else {
      ms.overwrite(edit.start, edit.end, edit.text);
    }
  }
  return ms.toString();
}

/** Edits in file order; insertions at one offset keep the order they were given in. */
export function sortEdits(edits: readonly ByteEdit[]): ByteEdit[] {
  return edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index)
    .map(({ edit }) => edit);
}

/** Drops edits that would write the bytes already there (keeps a re-run a no-op). */
export function effectiveEdits(raw: string, edits: readonly ByteEdit[]): ByteEdit[] {
  return edits.filter((e) => raw.slice(e.start, e.end) !== e.text);
}
