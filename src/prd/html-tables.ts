import { createRequire } from 'node:module';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { lazy } from '../memo.js';

/** A table block as blocks.ts defines it (written out here: blocks.ts imports this module). */
export interface TableBlock {
  type: 'table';
  header: string[];
  rows: Array<{ cells: string[]; line: number }>;
  line: number;
  /** an HTML table's `<caption>` */
  caption?: string;
}

/**
 * parse5 (through hast-util-from-html) reads HTML as a browser does: entities, optional end tags
 * (`<td>a<td>b`), stray markup. Loaded on first use, as remark is: few PRDs hold an HTML table.
 * (`require` of this ES module works on every Node version in `engines`.)
 */
const htmlParser = lazy(() => {
  const require = createRequire(import.meta.url);
  return (require('hast-util-from-html') as typeof import('hast-util-from-html')).fromHtml;
});

/** A cheap test: may this HTML hold a table, or a definition list read as tables? */
export const HTML_TABLE = /<(?:table|dl|dt)[\s>]/i;

/**
 * The tables an HTML block of a PRD holds (`<table>` with `<tr>`, `<th>`, `<td>`, as Confluence and
 * Notion exports and hand-written specs write them), as the table blocks Markdown tables give: the
 * first row is the header, each later row its cells and its document line, and a `<caption>` the
 * table's caption (`<caption>Room</caption>` names a fields table's model). A cell's text keeps
 * what `<code>` marks as code marks (`` `/api/rooms` ``), as a Markdown cell's text does; a table
 * inside a cell is a table of its own, not part of the cell.
 * @param html the HTML block's text
 * @param line the document line of its first line
 */
export function htmlTables(html: string, line: number): TableBlock[] {
  const tree = htmlParser()(html, { fragment: true });
  const tables: TableBlock[] = [];
  const visit = (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'table') readTable(node, line, tables);
      else if (node.tagName === 'dl') readDefinitions(node, line, tables);
      visit(node.children);
    }
  };
  visit((tree as Root).children);
  // A definition list cut in two by a blank line (Markdown ends an HTML block there): the part after it starts with `<dt>`.
  if ((tree as Root).children.some((c) => c.type === 'element' && c.tagName === 'dt')) readDefinitions(tree as unknown as Element, line, tables);
  return tables;
}

function readTable(table: Element, line: number, out: TableBlock[]): void {
  const rows: Element[] = [];
  const collect = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element' || node.tagName === 'table') continue;
      if (node.tagName === 'tr') rows.push(node);
      else collect(node.children);
    }
  };
  collect(table.children);
  const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
  const cells = (row: Element) => cellsOf(row).map((c) => cellText(c).replace(/\s+/g, ' ').trim());
  // A first row of one header cell spanning the columns (`<th colspan="3">Meter</th>`) is a title, as a caption is.
  const first = rows[0] ? cellsOf(rows[0]) : [];
  const titled = rows.length > 2 && first.length === 1 && first[0]!.tagName === 'th' && Number(first[0]!.properties?.colSpan ?? 1) > 1;
  const [head, ...body] = titled ? rows.slice(1) : rows;
  if (!head) return;
  const at = (node: Element) => line + (node.position?.start.line ?? 1) - 1;
  const header = cells(head);
  const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  const named = caption ? cellText(caption).replace(/\s+/g, ' ').trim() : titled ? cells(rows[0]!)[0]! : '';
  out.push({
    type: 'table',
    header,
    rows: body.map((r) => ({ cells: cells(r).slice(0, header.length), line: at(r) })),
    line: at(head),
    ...(named !== '' ? { caption: named } : {}),
  });
}

/** A definition of a field: its name (in code marks or a word), a colon, its type and notes (`` `kwh`: number ``). */
const FIELD_DEFINITION = /^`?([\p{L}_$][\p{L}\p{N}_$]*)`?\s*[:：]\s*(\S.*)$/u;

/**
 * A definition list whose terms name records and whose definitions are their fields
 * (`<dt>MeterRead</dt><dd><code>kwh</code>: number</dd>`): a fields table per term, the term its
 * caption, as a titled table is. A term any of whose definitions is no `name: type` gives none.
 */
function readDefinitions(list: Element, line: number, out: TableBlock[]): void {
  const at = (node: Element) => line + (node.position?.start.line ?? 1) - 1;
  let group: { term: string; line: number; rows: TableBlock['rows']; ok: boolean } | undefined;
  const flush = () => {
    if (group && group.ok && group.rows.length > 0) out.push({ type: 'table', header: ['Field', 'Type'], rows: group.rows, line: group.line, caption: group.term });
    group = undefined;
  };
  for (const item of list.children) {
    if (item.type !== 'element') continue;
    const text = cellText(item).replace(/\s+/g, ' ').trim();
    if (item.tagName === 'dt') {
      flush();
      group = { term: text.replace(/[*_`]/g, '').trim(), line: at(item), rows: [], ok: true };
    } else if (item.tagName === 'dd' && group) {
      const m = FIELD_DEFINITION.exec(text);
      if (m) group.rows.push({ cells: [m[1]!, m[2]!.replace(/`/g, '')], line: at(item) });
      else group.ok = false;
    }
  }
  flush();
}

/** Elements whose content stands apart from what comes before and after it. */
const BLOCK_ELEMENT = new Set(['p', 'div', 'li', 'ul', 'ol', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

/** A cell's text: `<code>` content in code marks, `<del>` in `~~`, blocks and line breaks as spaces, a nested table left out. */
function cellText(node: Element): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') {
      if (child.tagName === 'table') continue;
      const inner = cellText(child);
      if (child.tagName === 'code' || child.tagName === 'kbd') text += `\`${inner}\``;
      // Struck through, as Markdown writes it: a deleted row reads as deleted.
      else if (child.tagName === 'del' || child.tagName === 's' || child.tagName === 'strike') text += `~~${inner}~~`;
      else if (BLOCK_ELEMENT.has(child.tagName)) text += ` ${inner} `;
      else text += inner;
    }
  }
  return text;
}
