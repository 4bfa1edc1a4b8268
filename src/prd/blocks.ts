import type { Nodes, Root, RootContent, Table } from 'mdast';
import { HTML_TABLE, htmlTables, type TableBlock } from './html-tables.js';

/**
 * The block model the extractor reads. Two readers produce it: a line reader for the common
 * constructs (fast, linear) and remark for sections that hold what a line reader cannot judge
 * (HTML, block quotes, indented code, nested containers). A test checks they agree.
 */
export type Block =
  | { type: 'code'; lang: string; value: string; /** document line of the first content line */ line: number }
  | TableBlock
  | { type: 'text'; lines: string[]; line: number; listItem: boolean; /** the summary of the toggle (`<details>`) it stands in */ toggle?: string };

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)/;
/** What the line reader leaves to remark. */
const NEEDS_REMARK = /^\s{0,3}(?:>\s*)*(?:<[A-Za-z!/?]|\[[^\]]+\]:\s)|^ {0,3}(?:\*\s*){3,}$/m;
/** Block quote markers: their content is read like any other Markdown. */
const QUOTE = /^ {0,3}(?:>[ \t]?)+/;

/** Does this section hold constructs only a Markdown parser reads right? */
export function needsRemark(body: string): boolean {
  if (NEEDS_REMARK.test(body)) return true;
  // Indented code: a line indented 4+ after a blank line, in a section with no list to continue.
  return /\n[ \t]*\n(?: {4}|\t)\S/.test(body) && !LIST_ITEM.test(body.split('\n').find((l) => LIST_ITEM.test(l)) ?? '');
}

/** Split a table row into cells, honouring `\|` escapes and code spans. */
export function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  // Cells are cut out by index; only a cell that held `\|` is rewritten.
  const cells: string[] = [];
  let start = 0;
  let code = false;
  let escaped = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 && s.charCodeAt(i + 1) === 124) {
      escaped = true;
      i++;
    } else if (c === 96) code = !code;
    else if (c === 124 && !code) {
      cells.push(inlineText(cellText(s, start, i, escaped)));
      start = i + 1;
      escaped = false;
    }
  }
  cells.push(inlineText(cellText(s, start, s.length, escaped)));
  return cells;
}

function cellText(row: string, start: number, end: number, escaped: boolean): string {
  const text = row.slice(start, end);
  return escaped ? text.replace(/\\\|/g, '|') : text;
}

/** An HTML block that ends with a toggle's `<summary>…</summary>` line: its text (tags inside it aside) in group 1. */
const SUMMARY_END = /<summary[^<>]*>((?:(?!<\/?summary)[^\n])*)<\/summary>\s*$/i;

/** Words a toggle's summary uses to name the toggle itself, not its content. */
const TOGGLE_WORDS = /\b(?:click|tap|expand|collapse|show|hide|toggle|see|more|details?)\b/i;

/** Something in angle brackets that starts like a tag. */
const TAG = /<\/?[A-Za-z][^<>]*>/g;
/**
 * An HTML tag as CommonMark reads one: a name of letters, digits and hyphens, then attributes.
 * `<invoice_id>` is text, and so is any tag right after a slash: `/invoices/<id>` names a parameter.
 */
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?>$/;
/** A path parameter written as a tag after a slash (`/invoices/<id>`): remark reads it as HTML. */
const PARAM_TAG = /^<[A-Za-z][\w-]*>$/;

/** A character that can start inline Markdown `inlineText` unmarks: code, link, tag, emphasis, escape. */
const INLINE_MARK = /[`[<*_\\]/;

/** Plain text of inline Markdown, as remark's text would read it: no emphasis marks, links by their text, no tags. */
export function inlineText(s: string): string {
  // Most cells and lines have no inline Markdown at all.
  if (!INLINE_MARK.test(s)) return s.trim();
  // Code spans are literal (`<int:id>` in code is text, not a tag); only the rest is unmarked.
  return s
    .split(/(`+[^`]*?`+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.replace(/^`+|`+$/g, '')
        : part
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/<br\s*\/?>/gi, ' ')
            .replace(TAG, (tag, at: number, all: string) => (all.charCodeAt(at - 1) === 47 || !HTML_TAG.test(tag) ? tag : ''))
            .replace(/(\*\*|__)(.+?)\1/g, '$2')
            .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
            .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'),
    )
    .join('')
    .trim();
}

/**
 * Read blocks line by line.
 * @param lines the section's body lines
 * @param firstLine document line of `lines[0]`
 */
export function readBlocksFast(lines: string[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let text: { lines: string[]; line: number; listItem: boolean } | undefined;
  const flush = () => {
    if (text) blocks.push({ type: 'text', lines: text.lines, line: text.line, listItem: text.listItem });
    text = undefined;
  };
  if (lines.some((l) => l.length > 0 && QUOTE.test(l))) lines = lines.map((l) => (l.length > 0 && QUOTE.test(l) ? l.replace(QUOTE, '') : l));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const [, , marks, lang] = fence;
      const body: string[] = [];
      // Content lines lose up to as many spaces as the fence is indented.
      const indent = fence[1]!.length > 0 ? new RegExp(`^ {0,${fence[1]!.length}}`) : undefined;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[j]!);
        if (close && close[1]![0] === marks![0] && close[1]!.length >= marks!.length) break;
        body.push(indent ? lines[j]!.replace(indent, '') : lines[j]!);
      }
      blocks.push({ type: 'code', lang: lang ?? '', value: body.join('\n'), line: firstLine + i + 1 });
      i = j;
      continue;
    }
    const next = lines[i + 1];
    if (line.includes('|') && next !== undefined && DELIMITER_ROW.test(next) && next.includes('-')) {
      flush();
      const header = splitRow(line);
      const rows: Array<{ cells: string[]; line: number }> = [];
      let j = i + 2;
      for (; j < lines.length && lines[j]!.trim() !== '' && lines[j]!.includes('|'); j++) {
        rows.push({ cells: splitRow(lines[j]!).slice(0, header.length), line: firstLine + j });
      }
      blocks.push({ type: 'table', header, rows, line: firstLine + i });
      i = j - 1;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      text = { lines: [line], line: firstLine + i, listItem: true };
      continue;
    }
    if (text) text.lines.push(line);
    else text = { lines: [line], line: firstLine + i, listItem: false };
  }
  flush();
  return blocks;
}

/** An HTML line break: `<br>`, `<br/>`, `<BR />`. */
const BR = /^<br\s*\/?>$/i;

export function nodeText(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.type === 'break') return ' ';
  // `GET<br>PUT` in a table cell: a line break, as the line reader reads it.
  if (node.type === 'html') return BR.test(node.value) ? ' ' : '';
  if ('children' in node) {
    let text = '';
    for (const child of node.children as Nodes[]) {
      // `/invoices/<id>`: the tag after a slash is a path parameter, as the line reader keeps it.
      text += child.type === 'html' && text.endsWith('/') && PARAM_TAG.test(child.value) ? child.value : nodeText(child);
    }
    return text;
  }
  return '';
}

/**
 * The same blocks from a remark tree of the section.
 * @param tree mdast of the section text (positions relative to it)
 * @param lineOffset add to a tree line to get the document line
 * @param rawLine the document's line text by 1-based number
 */
export function blocksFromTree(tree: Root, lineOffset: number, rawLine: (line: number) => string): Block[] {
  const blocks: Block[] = [];
  const abs = (rel: number | undefined) => (rel ?? 1) + lineOffset;
  // A toggle's `<summary>` right above a table (Notion and GitHub exports): the table's caption.
  let summary: string | undefined;
  // The summary of the toggle the blocks stand in, up to its `</details>`.
  let toggle: string | undefined;
  const visit = (nodes: RootContent[], listItem: boolean) => {
    for (const node of nodes) {
      const above = summary;
      summary = undefined;
      switch (node.type) {
        case 'code': {
          const start = abs(node.position?.start.line);
          const fenced = /^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)*[`~]{3}/.test(rawLine(start));
          blocks.push({ type: 'code', lang: node.lang ?? '', value: node.value, line: start + (fenced ? 1 : 0) });
          break;
        }
        case 'table': {
          const table = node as Table;
          const [head, ...rows] = table.children;
          if (!head) break;
          blocks.push({
            type: 'table',
            header: head.children.map((c) => nodeText(c).trim()),
            rows: rows.map((r) => ({ cells: r.children.map((c) => nodeText(c).trim()), line: abs(r.position?.start.line) })),
            line: abs(table.position?.start.line),
            ...(above !== undefined ? { caption: above } : {}),
          });
          break;
        }
        case 'paragraph': {
          const from = abs(node.position?.start.line);
          const to = abs(node.position?.end.line);
          const lines: string[] = [];
          for (let l = from; l <= to; l++) lines.push(rawLine(l));
          blocks.push(toggle === undefined ? { type: 'text', lines, line: from, listItem } : { type: 'text', lines, line: from, listItem, toggle });
          break;
        }
        case 'list':
          for (const item of node.children) visit(item.children, true);
          break;
        case 'blockquote':
          visit(node.children, listItem);
          break;
        case 'html':
          // `<table>…</table>`: the same table blocks as a Markdown table's.
          if (HTML_TABLE.test(node.value)) for (const t of htmlTables(node.value, abs(node.position?.start.line))) blocks.push(t);
          else {
            const text = SUMMARY_END.exec(node.value)?.[1]!.replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim();
            // A toggle's own words ("Click to expand", "Show details") name nothing.
            summary = text && !TOGGLE_WORDS.test(text) ? text : undefined;
            if (text) toggle = text;
            else if (node.value.includes('</details>')) toggle = undefined;
          }
          break;
        default:
          break;
      }
    }
  };
  visit(tree.children, false);
  return blocks;
}
