import { computeLineStarts } from './lines.js';
import { scanSections } from './sections.js';
import type { PrdDocument } from './types.js';

/** A Markdown fence line: its block's escapes are literal text. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line indented as code (four spaces or a tab) that is no list item: its escapes stay. */
const INDENTED = /^(?: {4}|\t)(?![ \t]*(?:[-*+]|\d{1,9}[.)])[ \t])/;
/**
 * An escape that a writer never needs and an exporter writes everywhere (Google Docs' "Download as
 * Markdown", some Word converters): a full stop after a letter (`spreadsheet\.`), a hyphen or an
 * underscore between letters (`e\-mail`, `order\_id`), a brace (`\{id\}`).
 */
const NEEDLESS = /(?<=\p{L})\\\.|(?<=[\p{L}\p{N}])\\[_-](?=[\p{L}\p{N}])|\\[{}]/gu;
/** From this many needless escapes, a document is an export's, and its code spans were escaped too. */
const EXPORT_ESCAPES = 3;

/**
 * Backslash escapes read as CommonMark reads them, where that cannot change the document's
 * structure: `order\_id`, `e\-mail`, `done\.`, `\{id\}`, `\(…\)`, `\!` lose their backslash.
 * Escapes that hold structure stay: `\*`, `\[`, `` \` ``, `\|`, `\\`, `\<`, an underscore that
 * could open emphasis, and a marker at a line's start (`1\.`, `\-`, `\+`, `\#`).
 * Code is literal: fenced and indented blocks always, code spans unless the exporter escaped them too.
 * @returns the same text when nothing changes
 */
export function unescapeText(text: string, fromLine = 0): string {
  if (!text.includes('\\')) return text;
  const lines = text.split('\n');
  // The lines outside code that hold a backslash, and how many needless escapes their text outside code spans holds.
  const escaped: number[] = [];
  let needless = 0;
  let fence: string | undefined;
  for (let i = fromLine; i < lines.length; i++) {
    const line = lines[i]!;
    const open = FENCE.exec(line);
    if (fence !== undefined) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1]) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1]!;
      continue;
    }
    if (!line.includes('\\') || INDENTED.test(line)) continue;
    escaped.push(i);
    needless += (line.replace(CODE_SPAN, '').match(NEEDLESS)?.length ?? 0);
  }
  const inSpans = needless >= EXPORT_ESCAPES;
  let changed = false;
  for (const i of escaped) {
    const next = unescapeLine(lines[i]!, inSpans);
    if (next !== lines[i]) {
      lines[i] = next;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** A code span: a run of backticks, to the same run. */
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** A line's needless escapes removed; code spans kept unless `inSpans`. */
function unescapeLine(line: string, inSpans: boolean): string {
  if (!line.includes('`')) return unescapeRun(line, true);
  // Odd parts are code spans, as `inlineText` cuts them; only the first part starts the line.
  return line
    .split(/(`+[^`]*?`+)/)
    .map((part, i) => (i % 2 === 1 ? (inSpans ? unescapeRun(part, false) : part) : unescapeRun(part, i === 0)))
    .join('');
}

/**
 * @param lineStart the run starts its line: an escape there (after indent and quote marks, or a
 *   number) may hold a block marker, and stays
 */
function unescapeRun(run: string, lineStart: boolean): string {
  return run.replace(/\\([._\-{}()!+#=])/g, (escape, c: string, i: number) => {
    // `1\.`, `\-`, `\+`, `\#` where a line starts: a list item or heading if unescaped.
    if (lineStart && /^[ \t>]*(?:\d{1,9})?$/.test(run.slice(0, i))) return escape;
    if (c === '_') {
      // Only between two letters or digits is `_` no emphasis mark.
      const prev = run.charCodeAt(i - 1);
      const next = run[i + 2] ?? '';
      return isWordChar(prev) && /^[\p{L}\p{N}]$/u.test(next) ? c : escape;
    }
    return c;
  });
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/**
 * A document with needless escapes read as its unescaped equivalent, line for line (every line
 * keeps its number; the file itself is never changed).
 * @returns the same document when no escape is needless
 */
export function unescapedDocument(doc: PrdDocument): PrdDocument {
  const fromLine = doc.frontmatter ? doc.frontmatter.endLine : 0;
  const text = unescapeText(doc.text, fromLine);
  if (text === doc.text) return doc;
  const lineStarts = computeLineStarts(text);
  const { sections } = scanSections(text, lineStarts, fromLine);
  return { ...doc, text, lineStarts, sections };
}
