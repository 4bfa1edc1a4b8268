import { computeLineStarts } from './lines.js';
import { scanSections } from './sections.js';
import type { PrdDocument } from './types.js';

/** A Jira wiki heading: `h2. Data model`. */
const JIRA_HEADING = /^h([1-6])\.[ \t]+(\S.*)$/;
/** A Markdown heading of level two or deeper (`## Scope`); Jira writes `##` only for nested numbered items. */
const DEEP_ATX = /(?:^|\n) {0,3}#{2,6}[ \t]+\S/g;

/**
 * A cheap test on the whole document: is this text written in Jira wiki markup (a description
 * pasted from a Jira issue)? It is when two lines or more open with a Jira heading (`h2. Scope`)
 * and Markdown headings below the title (`## Scope`) are not more. A Markdown PRD whose prose once
 * starts a line with `h2.` stays Markdown. The search is for `h` after a line break only.
 */
export function isJiraMarkup(text: string): boolean {
  // `i` is where a line starts, less one (the line break before it).
  const heading = (i: number) => {
    const d = text.charCodeAt(i + 2);
    return d >= 49 && d <= 54 && text.charCodeAt(i + 3) === 46 && (text.charCodeAt(i + 4) === 32 || text.charCodeAt(i + 4) === 9);
  };
  let headings = text.startsWith('h') && heading(-1) ? 1 : 0;
  for (let i = text.indexOf('\nh'); i !== -1; i = text.indexOf('\nh', i + 1)) if (heading(i)) headings++;
  if (headings < 2) return false;
  return (text.match(DEEP_ATX)?.length ?? 0) <= headings;
}

/**
 * A Jira document read as its Markdown equivalent, line for line (every source line keeps its
 * number, so tasks point at the right place in the file; the file itself is never changed): the
 * text, line index and sections of the Markdown reading, the rest as the document had it.
 */
export function jiraAsMarkdown(doc: PrdDocument): PrdDocument {
  const text = jiraToMarkdown(doc.text);
  const lineStarts = computeLineStarts(text);
  const { sections } = scanSections(text, lineStarts, doc.frontmatter ? doc.frontmatter.endLine : 0);
  return { ...doc, text, lineStarts, sections };
}

/** A `{code}` / `{code:json}` / `{noformat}` line: a Jira code block opens or closes. */
const CODE_MACRO = /^[ \t]*\{(code|noformat)(?::([^}]*))?\}[ \t]*$/;
/** A Markdown fence line, which a pasted description may hold as well. */
const MD_FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Jira list markers: `*`, `**`, `#`, `##`, `#*`, `-`, then a space. */
const LIST_MARKERS = /^[ \t]*([*#-]+)[ \t]+(?=\S)/;
/** A Markdown table's delimiter row: a run holding one is a Markdown table already. */
const DELIMITER = /^[ \t]*\|?[ \t]*:?-{2,}/;
/** Macros around text that say nothing of their own: colour, panels, quotes, notes. */
const LAYOUT_MACRO = /\{(?:color|panel|quote|info|note|tip|warning|expand)(?::[^}]*)?\}/g;

/**
 * Jira wiki markup as Markdown, keeping the line count: `h3.` headings as `###`, `||a||b||` header
 * rows and `|a|b|` rows as a table (written as an HTML table over the same lines, since a Markdown
 * table needs a delimiter row of its own), `{{mono}}` as code marks (`{{/orders/{id}}}` keeps its
 * `{id}`), `{code:json}…{code}` and `{noformat}…{noformat}` as fences, `*bold*` as `**bold**`,
 * `#`/`*` list markers as numbered and bulleted items, `[text|url]` as a link. A `#` line before
 * the first Jira heading is the title a paste puts on top, not a numbered item. Code stays as is.
 */
export function jiraToMarkdown(text: string): string {
  const lines = text.split('\n');
  let code: string | undefined;
  let fence: string | undefined;
  let headingSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const cr = raw.endsWith('\r') ? '\r' : '';
    const line = cr ? raw.slice(0, -1) : raw;
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    const macro = CODE_MACRO.exec(line);
    if (code !== undefined) {
      if (macro && macro[1] === code) {
        lines[i] = '```' + cr;
        code = undefined;
      }
      continue;
    }
    if (macro) {
      code = macro[1]!;
      lines[i] = '```' + codeLanguage(macro[2]) + cr;
      continue;
    }
    const md = MD_FENCE.exec(line);
    if (md) {
      fence = md[1]!;
      continue;
    }
    const heading = JIRA_HEADING.exec(line);
    if (heading) {
      headingSeen = true;
      lines[i] = '#'.repeat(Number(heading[1])) + ' ' + inline(heading[2]!) + cr;
      continue;
    }
    if (line.trimStart().startsWith('|')) {
      let end = i;
      while (end + 1 < lines.length && lines[end + 1]!.trimStart().startsWith('|')) end++;
      const run = lines.slice(i, end + 1);
      if (!run.some((l) => DELIMITER.test(l))) tableRun(lines, i, end);
      i = end;
      continue;
    }
    if (line.startsWith('bq. ')) {
      lines[i] = '> ' + inline(line.slice(4)) + cr;
      continue;
    }
    const list = LIST_MARKERS.exec(line);
    if (list && (headingSeen || !list[1]!.startsWith('#'))) {
      const marks = list[1]!;
      const last = marks[marks.length - 1]!;
      let indent = '';
      for (let k = 0; k < marks.length - 1; k++) indent += marks[k] === '#' ? '   ' : '  ';
      lines[i] = indent + (last === '#' ? '1. ' : '- ') + inline(line.slice(list[0].length)) + cr;
      continue;
    }
    const converted = inline(line);
    if (converted !== line) lines[i] = converted + cr;
  }
  return lines.join('\n');
}

/** `{code:json}` → `json`; `{code:title=x.js|language=js}` → `js`; no language → ``. */
function codeLanguage(params: string | undefined): string {
  if (!params) return '';
  for (const p of params.split('|')) {
    const eq = p.indexOf('=');
    if (eq === -1) return /^[\w+#.-]+$/.test(p.trim()) ? p.trim() : '';
    if (p.slice(0, eq).trim() === 'language') return p.slice(eq + 1).trim();
  }
  return '';
}

/**
 * Jira's inline marks as Markdown's: `{{mono}}` as code marks, `*bold*` as `**bold**`,
 * `[text|url]` as `[text](url)`, layout macros (`{color:red}`) left out.
 */
function inline(line: string): string {
  if (line.includes('{{')) line = monospace(line);
  if (line.includes('{')) line = line.replace(LAYOUT_MACRO, '');
  if (line.includes('*')) line = line.replace(/(^|[\s(\[|])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?=$|[\s).,:;!?|\]])/g, '$1**$2**');
  if (line.includes('|]') || line.includes('|h') || line.includes('|/')) line = line.replace(/\[([^\[\]|\n]+)\|([^\[\]|\s]+)\]/g, '[$1]($2)');
  return line;
}

/** `{{…}}` as code marks; braces inside stay (`{{/orders/{orderId}}}` → `` `/orders/{orderId}` ``). */
function monospace(line: string): string {
  let out = '';
  let i = 0;
  for (let open = line.indexOf('{{'); open !== -1; open = line.indexOf('{{', i)) {
    let depth = 0;
    let j = open + 2;
    for (; j < line.length; j++) {
      const c = line[j];
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0 && line[j + 1] === '}') break;
        if (depth > 0) depth--;
      }
    }
    if (j >= line.length) break;
    const content = line.slice(open + 2, j);
    out += line.slice(i, open) + (content.includes('`') ? `{{${content}}}` : '`' + content + '`');
    i = j + 2;
  }
  return out + line.slice(i);
}

/** Split a Jira table row into cells at `|` (or `||`), not inside `{{…}}` or a `[text|url]` link. */
function splitCells(row: string): { cells: string[]; header: boolean } {
  const body = row.trim();
  const header = body.startsWith('||');
  const cells: string[] = [];
  let cell = '';
  let mono = 0;
  let link = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '{' && body[i + 1] === '{' && mono === 0) {
      mono = 1;
      cell += '{{';
      i++;
      continue;
    }
    if (mono > 0) {
      if (c === '{') mono++;
      else if (c === '}') {
        if (mono === 1 && body[i + 1] === '}') {
          mono = 0;
          cell += '}}';
          i++;
          continue;
        }
        if (mono > 1) mono--;
      }
      cell += c;
      continue;
    }
    if (c === '[') link++;
    else if (c === ']' && link > 0) link--;
    if (c === '|' && link === 0) {
      cells.push(cell);
      cell = '';
      if (body[i + 1] === '|') i++;
      continue;
    }
    cell += c;
  }
  if (cell.trim() !== '') cells.push(cell);
  return { cells: cells.slice(1), header };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A cell's Jira text as HTML: code marks as `<code>`, bold marks left out. */
function cellHtml(cell: string): string {
  const md = inline(cell.trim()).replace(/\*\*(.+?)\*\*/g, '$1');
  return md.replace(/[&<>]/g, (c) => ESCAPES[c]!).replace(/`([^`]*)`/g, '<code>$1</code>');
}

/** Rows `lines[from..to]` as an HTML table on the same lines; the first row is the header. */
function tableRun(lines: string[], from: number, to: number): void {
  for (let i = from; i <= to; i++) {
    const raw = lines[i]!;
    const cr = raw.endsWith('\r') ? '\r' : '';
    const { cells } = splitCells(cr ? raw.slice(0, -1) : raw);
    const tag = i === from ? 'th' : 'td';
    const row = '<tr>' + cells.map((c) => `<${tag}>${cellHtml(c)}</${tag}>`).join('') + '</tr>';
    lines[i] = (i === from ? '<table>' : '') + row + (i === to ? '</table>' : '') + cr;
  }
}
