import type { Block } from './blocks.js';
import { inlineText } from './blocks.js';
import type { TableBlock } from './html-tables.js';

/** A grid table's border: `+------+-----+`, `+======+=====+` (header), with `:` for alignment. */
const GRID_BORDER = /^ {0,3}\+(?:[-=:]+\+)+\s*$/;
/** A simple or multiline table's column rule: two groups of dashes at least, `  ------ -----`. */
const SIMPLE_RULE = /^ {0,3}-{2,}(?: +-{2,})+\s*$/;
/** A definition's first line under its term: `:   The text` (pandoc's definition lists). */
const DEFINITION = /^ {0,3}:[ \t]+(?=\S)/;

/**
 * Read the blocks Pandoc's Markdown writes that both readers leave as paragraphs: grid tables,
 * simple tables (a header over a rule of dash groups), and definition lists (`Term`, then
 * `:   definition`). A table becomes a table block; a definition becomes a list item
 * `- Term: definition`, which is how the rules and field readers already read a labelled item.
 * Blocks are only rewritten where a paragraph starts with one of these shapes.
 */
export function pandocBlocks(blocks: Block[]): Block[] {
  let out: Block[] | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    let next: Block | undefined;
    let term: Block | undefined;
    if (block.type === 'text' && !block.listItem) {
      const first = block.lines[0]!;
      if (first.includes('+') && GRID_BORDER.test(first)) next = gridTable(block.lines, block.line);
      else if (block.lines.length >= 3 && block.lines[1]!.includes('--') && SIMPLE_RULE.test(block.lines[1]!)) next = simpleTable(block.lines, block.line);
      else if (first.includes(':') && DEFINITION.test(first)) {
        const prev = out ? out[out.length - 1] : blocks[i - 1];
        if (prev?.type === 'text' && !prev.listItem && prev.lines.length === 1 && isTerm(prev.lines[0]!)) {
          term = prev;
          next = definitionItem(prev.lines[0]!, block.lines, prev.line);
        }
      } else if (block.lines.length >= 2 && block.lines[1]!.includes(':') && DEFINITION.test(block.lines[1]!) && isTerm(first)) {
        next = definitionItem(first, block.lines.slice(1), block.line);
      }
    }
    if (next && !out) out = blocks.slice(0, i);
    if (out) {
      if (term) out.pop();
      out.push(next ?? block);
    }
  }
  return out ?? blocks;
}

/** A definition's term: one short line that is no sentence and no Markdown construct. */
function isTerm(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 80 && !/[.:;!?]$/.test(t) && !/^(?:[#>|+:~]|[-*+]\s|\d+[.)]\s)/.test(t);
}

function definitionItem(term: string, lines: string[], line: number): Block {
  return { type: 'text', lines: [`- ${term.trim()}: ${lines[0]!.replace(DEFINITION, '')}`, ...lines.slice(1)], line, listItem: true };
}

/** The cells of a line cut at column starts (`starts`, ascending), each trimmed; the last runs to the line's end. */
function cut(line: string, starts: number[], end?: number[]): string[] {
  return starts.map((s, k) => line.slice(s, end ? end[k] : (starts[k + 1] ?? line.length)).trim());
}

function gridTable(lines: string[], line: number): TableBlock | undefined {
  const border = lines[0]!;
  const plus: number[] = [];
  for (let k = border.indexOf('+'); k >= 0; k = border.indexOf('+', k + 1)) plus.push(k);
  const starts = plus.slice(0, -1).map((p) => p + 1);
  const ends = plus.slice(1);
  let header: string[] | undefined;
  const rows: Array<{ cells: string[]; line: number }> = [];
  let cells: string[][] = [];
  let at = -1;
  const finish = (): string[] | undefined => {
    if (cells.length === 0) return undefined;
    const row = starts.map((_, k) => inlineText(cells.map((c) => c[k] ?? '').filter((c) => c !== '').join(' ')));
    cells = [];
    return row;
  };
  for (let j = 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (GRID_BORDER.test(l)) {
      const row = finish();
      if (!row) continue;
      if (!header && l.includes('=')) header = row;
      else rows.push({ cells: row, line: at });
    } else if (l.trimStart().startsWith('|')) {
      if (cells.length === 0) at = line + j;
      cells.push(cut(l, starts, ends));
    } else return undefined;
  }
  // A grid table without a header row is read with its first row as the header.
  if (!header) header = rows.shift()?.cells;
  return header && rows.length > 0 ? { type: 'table', header, rows, line } : undefined;
}

function simpleTable(lines: string[], line: number): TableBlock | undefined {
  const rule = lines[1]!;
  const starts: number[] = [];
  for (const m of rule.matchAll(/-+/g)) starts.push(m.index);
  const header = cut(lines[0]!, starts).map(inlineText);
  const rows: Array<{ cells: string[]; line: number }> = [];
  for (let j = 2; j < lines.length; j++) {
    const l = lines[j]!;
    if (SIMPLE_RULE.test(l)) break;
    rows.push({ cells: cut(l, starts).map(inlineText), line: line + j });
  }
  return header.every((h) => h !== '') && rows.length > 0 ? { type: 'table', header, rows, line } : undefined;
}

const DEFINITION_LINE = /^ {0,3}:[ \t]+\S/m;
const SIMPLE_RULE_LINE = /^ {0,3}-{2,}(?: +-{2,})+[ \t]*\r?$/m;

/**
 * May a section body hold a definition list or a simple table (`pandocBlocks`)? Grid tables start
 * their rows with `|`, which the callers' own table test already sees.
 */
export function mayContainPandocBlock(body: string): boolean {
  return (body.includes('\n:') && DEFINITION_LINE.test(body)) || (body.includes('-- -') && SIMPLE_RULE_LINE.test(body));
}
