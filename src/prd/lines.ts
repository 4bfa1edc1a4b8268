/**
 * Offsets of the first character of every line. Lines end at `\n`; a `\r` before it stays part
 * of the line's text so that offsets stay exact for CRLF files.
 */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** Offset just past line `index` (0-based), before its line ending (`\n` or `\r\n`). */
export function lineEnd(text: string, lineStarts: readonly number[], index: number): number {
  const start = lineStarts[index]!;
  const next = lineStarts[index + 1];
  const end = next === undefined ? text.length : next - 1;
  return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** Text of line `index` (0-based) without its line ending. */
export function lineText(text: string, lineStarts: readonly number[], index: number): string {
  return text.slice(lineStarts[index]!, lineEnd(text, lineStarts, index));
}

/** 1-based line and column of a UTF-16 offset. */
export function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}
