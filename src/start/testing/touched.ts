import { byteOffset } from '../../prd/decode.js';
import { parsePrd } from '../../prd/parse.js';

interface Lines {
  lines: string[];
  /** Per line: inside the frontmatter or a section start may edit. */
  owned: boolean[];
}

/** Raw lines (with their line breaks, BOM removed) and which of them belong to what `start` owns. */
function linesOf(bytes: Buffer, file: string): Lines {
  const doc = parsePrd(bytes, file);
  const ranges: Array<[number, number]> = [];
  if (doc.frontmatter) ranges.push([byteOffset(doc, doc.frontmatter.start), byteOffset(doc, doc.frontmatter.end)]);
  for (const s of doc.sections) {
    if (s.key === '7.3' || s.key === '9.1') ranges.push([byteOffset(doc, s.start), byteOffset(doc, s.end)]);
  }
  const raw = bytes.toString('latin1');
  const lines: string[] = [];
  const owned: boolean[] = [];
  let start = doc.bom ? 3 : 0;
  while (start < raw.length) {
    const nl = raw.indexOf('\n', start);
    const end = nl === -1 ? raw.length : nl + 1;
    lines.push(raw.slice(start, end));
    owned.push(ranges.some(([a, b]) => start >= a && start < b));
    start = end;
  }
  return { lines, owned };
}

/**
 * Checks that `after` differs from `before` only in the frontmatter and sections 7.3 and 9.1:
 * every other line of `before` is in `after`, byte for byte and in order, and every line of
 * `after` that is not one of them is owned by `start` or blank (the separator before a new section).
 * @returns a description of the first offending line, or undefined when the edit is clean
 */
export function touchedOutside(before: Buffer, after: Buffer, file: string): string | undefined {
  const a = linesOf(before, file);
  const b = linesOf(after, file);
  let j = 0;
  for (let i = 0; i < a.lines.length; i++) {
    if (a.owned[i]) continue;
    const line = a.lines[i]!;
    const last = i === a.lines.length - 1 && !line.endsWith('\n');
    let found = -1;
    for (let k = j; k < b.lines.length; k++) {
      const cand = b.lines[k]!;
      // The last line may gain a line break when a section is appended after it.
      if (cand === line || (last && cand.replace(/\r?\n$/, '') === line)) {
        found = k;
        break;
      }
      if (!b.owned[k] && cand.trim() !== '') return `after line ${k + 1} ${JSON.stringify(cand)} is neither in the original nor in a section start owns`;
    }
    if (found === -1) return `original line ${i + 1} ${JSON.stringify(line)} is missing or changed`;
    j = found + 1;
  }
  for (let k = j; k < b.lines.length; k++) {
    if (!b.owned[k] && b.lines[k]!.trim() !== '') return `after line ${k + 1} ${JSON.stringify(b.lines[k])} was added outside the owned sections`;
  }
  return undefined;
}
