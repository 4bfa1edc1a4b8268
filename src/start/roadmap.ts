import type { List, ListItem, Nodes, Paragraph, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { nodeText } from '../prd/index.js';

/** One roadmap item. */
export interface RoadmapEntry {
  /** Roadmap id as written, e.g. `2.1.1.1`. */
  id: string;
  title: string | undefined;
  owner: string | undefined;
  /** Roles listed for the item, if the roadmap has them. */
  roles: string[] | undefined;
  /** Link target of the PRD as written (relative to the roadmap file), undefined when the item has none. */
  prd: string | undefined;
  /** 1-based line of the item in the roadmap file. */
  line: number;
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** `2.1.1.1`, `7`; the form ids take in tables and at the start of list items. */
const ID = /^\d+(?:\.\d+)*$/;
const LIST_ID = /^(?:\*\*|__|`)?(\d+(?:\.\d+)+|\d+(?=[.:]))(?:\*\*|__|`)?[.:]?(?=\s|$)/;

const COLUMNS: Record<'id' | 'title' | 'owner' | 'prd' | 'roles', RegExp> = {
  id: /^(?:id|#|key|roadmap id|item id)$/i,
  title: /^(?:title|name|item|feature|epic|story|summary)$/i,
  owner: /^(?:owner|owners|assignee|lead|dri)$/i,
  prd: /^(?:prd|prds|spec|specs|doc|docs|document|link|prd link|prd file)$/i,
  roles: /^(?:roles?|teams?)$/i,
};

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function emptyCell(text: string): boolean {
  return /^(?:|-+|—|–|n\/?a|none|tbd|\?)$/i.test(clean(text));
}

function splitRoles(text: string): string[] | undefined {
  const roles = text.split(/[,;/]|\s+and\s+/).map(clean).filter((r) => r !== '');
  return roles.length > 0 ? roles : undefined;
}

/** A PRD reference in a node: the first link's target, else a backticked or bare `.md` path. */
function prdTarget(node: Nodes): string | undefined {
  let found: string | undefined;
  const visit = (n: Nodes): void => {
    if (found !== undefined) return;
    if (n.type === 'link' || n.type === 'definition') found = n.url;
    else if (n.type === 'inlineCode' && /\.(?:md|mdx|markdown|txt)$/i.test(n.value.trim())) found = n.value.trim();
    else if (n.type === 'text') {
      const bare = /(?:^|\s)((?:\.{0,2}\/)?[\w./-]+\.(?:md|mdx|markdown|txt))(?=\s|$|[),;])/i.exec(n.value);
      if (bare) found = bare[1];
    } else if ('children' in n && n.type !== 'list') for (const c of n.children as Nodes[]) visit(c);
  };
  visit(node);
  return found === undefined || found.trim() === '' ? undefined : found.trim();
}

function fromTable(table: Table, entries: RoadmapEntry[]): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const names = head.children.map((cell) => clean(nodeText(cell)).replace(/[*_`]/g, ''));
  const column = (kind: keyof typeof COLUMNS): number => names.findIndex((n) => COLUMNS[kind].test(n));
  const idCol = column('id');
  if (idCol === -1) return;
  const titleCol = column('title');
  const ownerCol = column('owner');
  const prdCol = column('prd');
  const rolesCol = column('roles');
  for (const row of rows) {
    const cell = (i: number) => (i === -1 ? undefined : row.children[i]);
    const text = (i: number): string | undefined => {
      const c = cell(i);
      return c === undefined || emptyCell(nodeText(c)) ? undefined : clean(nodeText(c));
    };
    const id = text(idCol)?.replace(/[*_`]/g, '');
    if (!id || !ID.test(id)) continue;
    const prdCell = cell(prdCol);
    entries.push({
      id,
      title: text(titleCol),
      owner: text(ownerCol)?.replace(/^@/, ''),
      roles: rolesCol === -1 ? undefined : splitRoles(text(rolesCol) ?? ''),
      prd: prdCell ? prdTarget(prdCell) : undefined,
      line: row.position?.start.line ?? 1,
    });
  }
}

function fromListItem(item: ListItem, entries: RoadmapEntry[]): void {
  const paragraph = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (paragraph) {
    const text = clean(nodeText(paragraph));
    const match = LIST_ID.exec(text);
    if (match) {
      let rest = text.slice(match[0].length);
      const owner = /\bowners?\s*[:=]\s*@?([^—–|,;()[\]]+?)(?=\s*(?:[—–|,;()[\]]|\s-\s|$))/i.exec(rest) ?? /(?:^|\s)@([\w.-]+)/.exec(rest);
      const roles = /\b(?:roles?|teams?)\s*[:=]\s*([^—–|;()[\]]+?)(?=\s*(?:[—–|;()[\]]|\s-\s|$))/i.exec(rest);
      // The title is what comes before the first field, separator or link text.
      const linkTexts = paragraph.children.filter((c) => c.type === 'link').map((c) => nodeText(c));
      for (const t of linkTexts) if (t) rest = rest.replace(t, ' ');
      const title = clean(rest.split(/\s[—–|]\s|\s-\s|\bowners?\s*[:=]|\b(?:roles?|teams?)\s*[:=]|\(|(?:^|\s)@[\w.-]+/i)[0] ?? '').replace(/[—–|:-]+$/, '').trim();
      entries.push({
        id: match[1]!,
        title: title || undefined,
        owner: owner ? clean(owner[1]!) : undefined,
        roles: roles ? splitRoles(roles[1]!) : undefined,
        prd: prdTarget(paragraph),
        line: item.position?.start.line ?? 1,
      });
    }
  }
  for (const child of item.children) if (child.type === 'list') fromList(child, entries);
}

function fromList(list: List, entries: RoadmapEntry[]): void {
  for (const item of list.children) fromListItem(item, entries);
}

function walk(node: Root | Nodes, entries: RoadmapEntry[]): void {
  if (node.type === 'table') return fromTable(node, entries);
  if (node.type === 'list') return fromList(node, entries);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, entries);
}

/**
 * Reads the items of a roadmap: rows of Markdown tables with an `ID` column (and `Title`,
 * `Owner`, `PRD`, `Roles` columns), and list items, nested or not, that start with an id,
 * e.g. `- 2.1.1.1 Order management — owner: sam.r — [PRD](prd/orders.md)`.
 * @param text the roadmap Markdown
 * @returns the items in document order (an id may appear more than once; the caller decides)
 */
export function parseRoadmap(text: string): RoadmapEntry[] {
  const entries: RoadmapEntry[] = [];
  walk(processor.parse(text.replace(/^\uFEFF/, '')), entries);
  return entries;
}
