/**
 * Markdown writers for untrusted text (headings, rule sentences, paths from a PRD, a roadmap or
 * source code): the one place that escapes text for Markdown, for `start`, the QA files, `diff` and
 * `coverage --markdown`.
 */

/** Text shown as-is: Markdown punctuation escaped, one line. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~#&!]/g, '\\$&');
}

/** An inline code span that holds any text: its fence is longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

/** A link to a relative POSIX path; each path segment is percent-encoded so spaces and parentheses stay in the link. */
export function mdLink(label: string, href: string): string {
  const [file, fragment] = href.split('#', 2) as [string, string | undefined];
  const encoded = file.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
  return `[${mdText(label)}](${encoded}${fragment === undefined ? '' : `#${encodeURIComponent(fragment)}`})`;
}

/** What a table cell escapes: most cells (QA rows of a large run: 100k of them) hold none of it. */
const CELL_SPECIAL = /[\r\n\u2028\u2029\\|]/;

/** A table cell: one line, backslashes and pipes escaped. */
export function tableCell(text: string): string {
  if (!CELL_SPECIAL.test(text)) return text.trim();
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
}

/** A table cell that GitHub renders as text: {@link tableCell}, and `&`, `<`, `>` and backticks escaped too. */
export function htmlSafeCell(text: string): string {
  return tableCell(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`/g, '\\`');
}
