import { lineText } from '../prd/index.js';
import { parseSectionMarkdown } from '../prd/index.js';
import type { PrdDocument, PrdSection } from '../prd/index.js';
import { copyTask } from '../task.js';
import { hasWideChars } from '../strings.js';
import type { Root } from 'mdast';
import type { BoundedMap } from '../memo.js';
import type { Task } from '../types.js';
import { readCode } from './code.js';
import { TaskCollector } from './collector.js';
import { sectionContexts, type SectionContext } from './context.js';
import { blocksFromTree, needsRemark, readBlocksFast, type Block } from '../prd/index.js';
import { findMethodPaths, findPaths, isApiPath } from './paths.js';
import { readFieldList } from './field-lists.js';
import { NAVIGATES_TO_ROUTE, readTextLines } from './prose.js';
import { RULE_SIGNAL, readRules } from './rules.js';
import { readTable } from './tables.js';

/**
 * The cheap line prefilter: only sections that can hold an API, model or page are read for
 * structure (by the line block reader, or remark where the section needs a real Markdown parser).
 * Everything else is read for rules with a plain line scan.
 */
// Split into simple tests, cheapest first: one regex with every alternative (and the i flag) was
// the single most expensive line of a large run.
const BLOCK_START = /^[ \t]*(?:\||```|~~~)/m;
const CODE_PATH = /`[^`\n]*\//;
const METHOD_PATH = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+\//i;
const DECLARATION_LINE = /^[ \t]*(?:[-*+]|\d+[.)])?[ \t]*(?:\*\*|__)?(?:APIs?|Endpoints?|Routes?|URLs?|Paths?|Pages?|Views?|Screens?|Models?|Entit(?:y|ies)|Tables?)(?:\*\*|__)?[ \t]*[:：]/im;
/** A tab anywhere or a line indented four spaces: `/^ {4}|\t/m` as plain substring searches (faster here). */
const INDENTED = {
  test: (body: string): boolean =>
    body.includes('\t') ||
    body.startsWith('    ') ||
    body.includes('\n    ') ||
    // The other line terminators a multiline `^` knows.
    body.includes('\r    ') ||
    body.includes('\u2028    ') ||
    body.includes('\u2029    '),
};
const STRUCTURE_SIGNAL = {
  test: (body: string) =>
    ((body.includes('|') || body.includes('```') || body.includes('~~~')) && BLOCK_START.test(body)) ||
    (body.includes('`') && CODE_PATH.test(body)) ||
    (body.includes('/') && (METHOD_PATH.test(body) || NAVIGATES_TO_ROUTE.test(body))) ||
    (body.includes(':') || body.includes('：') ? DECLARATION_LINE.test(body) : false) ||
    INDENTED.test(body),
};
const MODEL_SIGNAL = /\*\*|__|`|^\s*(?:[-*+]|\d+[.)])\s+[\p{L}_$][\p{L}\p{N}_$]*\??\s*[:(]/mu;
const PAGE_SIGNAL = /(?:^|\s)\//;

function needsMarkdown(body: string, ctx: SectionContext): boolean {
  return STRUCTURE_SIGNAL.test(body) || (ctx.model && MODEL_SIGNAL.test(body)) || (ctx.page && PAGE_SIGNAL.test(body));
}

/** Which block reader reads structured sections: `auto` uses remark only where the line reader cannot judge. */
export type BlockReader = 'auto' | 'remark';

export interface ExtractOptions {
  /** @default 'auto' */
  reader?: BlockReader;
  /** A watching session's state: each section's tasks and Markdown trees, kept for the next call. */
  watch?: ExtractWatch;
}

/**
 * What the extractions of one watching session remember. `sections`: tasks of a section by its
 * content, context and reader, with the line the section was at, so an edit elsewhere in the PRD
 * moves a section without re-reading it (`vite dev` saves); tasks are shared, never mutated after
 * extraction. `trees`: remark trees by section hash.
 */
export interface ExtractWatch {
  sections: BoundedMap<string, { line: number; tasks: Task[] }>;
  trees: BoundedMap<string, Root>;
}

/**
 * Extract tasks from a parsed PRD with the heuristic extractor: deterministic, no network.
 * @param doc a parsed document (see `parsePrd`)
 * @param options `reader: 'remark'` forces remark on every structured section (slower; same tasks)
 * @returns tasks in document order, each with its source line; not yet merged
 */
export function extractTasks(doc: PrdDocument, options: ExtractOptions = {}): Task[] {
  const reader = options.reader ?? 'auto';
  const tasks: Task[] = [];
  const watch = options.watch;
  let wide: boolean | undefined;
  for (const ctx of sectionContexts(doc)) {
    if (ctx.outOfScope) continue;
    const section = ctx.section;
    // Everything a section yields depends only on its text and these context bits.
    const key = watch ? `${doc.file}\0${section.hash}\0${+ctx.api}${+ctx.model}${+ctx.page}${+(ctx.trail.length > 1)}\0${ctx.label}\0${reader}` : '';
    const hit = watch?.sections.get(key);
    if (hit) {
      // Same place: the very same task objects (downstream recognises them by identity).
      // Moved: copies with shifted lines, remembered at the new place.
      const entry = hit.line === section.line ? hit : { line: section.line, tasks: hit.tasks.map((t) => copyTask(t, section.line - hit.line)) };
      watch!.sections.set(key, entry);
      for (const t of entry.tasks) tasks.push(t);
      continue;
    }
    const out = new TaskCollector(doc.file, (wide ??= hasWideChars(doc.text)));
    readHeading(ctx, out);
    const body = doc.text.slice(section.bodyStart, section.end);
    if (needsMarkdown(body, ctx)) readStructure(doc, ctx, body, reader, out, watch?.trees);
    else if (RULE_SIGNAL.test(body)) readPlainRules(body, section, ctx, out);
    watch?.sections.set(key, { line: section.line, tasks: out.tasks });
    for (const t of out.tasks) tasks.push(t);
  }
  return tasks;
}


/** `### GET /api/orders` or, under a screens heading, `### /orders`. */
function readHeading(ctx: SectionContext, out: TaskCollector): void {
  const heading = ctx.section.heading;
  if (!heading.includes('/')) return;
  const pairs = findMethodPaths(heading);
  for (const p of pairs) out.api(ctx, ctx.section.line, p.path, p.methods);
  if (pairs.length > 0 || ctx.api) return;
  const parentIsPages = ctx.page && ctx.trail.length > 1;
  if (!parentIsPages) return;
  // `#### 1.1 Login page (/login)`, or several: `#### 2.4 New / edit (/apps/new, /apps/[id]/edit)`.
  const paths = findPaths(heading.replace(/`/g, ' ')).filter((p) => !isApiPath(p.path));
  if (paths.length === 0) return;
  let title = heading;
  for (const p of paths) title = title.replace(p.raw, ' ');
  title = title.replace(/[`()（）—–:：,，-]/g, ' ').replace(/^\s*\d+(?:\.\d+)*\.?\s*/, '').replace(/\s+/g, ' ').trim();
  for (const p of paths) out.page(ctx, ctx.section.line, p.path, title || undefined);
}

function readStructure(doc: PrdDocument, ctx: SectionContext, body: string, reader: BlockReader, out: TaskCollector, trees: ExtractWatch['trees'] | undefined): void {
  const section = ctx.section;
  const firstBody = section.style === 'setext' ? section.line + 2 : section.level > 0 ? section.line + 1 : section.line;
  const rawLine = (l: number) => lineText(doc.text, doc.lineStarts, l - 1);
  let blocks: Block[];
  if (reader === 'remark' || (reader === 'auto' && needsRemark(body))) {
    blocks = blocksFromTree(parseSectionMarkdown(doc.text.slice(section.start, section.end), section.hash, trees), ctx.lineOffset, rawLine);
  } else {
    blocks = readBlocksFast(bodyLines(body), firstBody);
  }
  readBlocks(blocks, ctx, out);
}

/** The lines of a section body (which starts at a line start), without line endings. */
function bodyLines(body: string): string[] {
  const lines = body.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  return lines;
}

/** Tasks and rules from a section's blocks, whichever reader produced them. */
export function readBlocks(blocks: Block[], ctx: SectionContext, out: TaskCollector): void {
  readFieldList(blocks, ctx, out);
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.type === 'code') readCode(block.lang, block.value, block.line, ctx, out);
    else if (block.type === 'table') {
      readTable(block.header, block.rows, ctx, out, captionOf(previous));
      // A requirement keyword is a word of one cell: rows without one need no joining.
      for (const row of block.rows) if (row.cells.some((c) => RULE_SIGNAL.test(c))) readRules([row.cells.join(' — ')], row.line, ctx, out);
    } else {
      readTextLines(block.lines, block.line, block.listItem, ctx, out);
      readRules(block.lines, block.line, ctx, out);
    }
    previous = block;
  }
}

/**
 * A one-line paragraph right above a table that names it: `**Book**`, `` `books` table: ``,
 * `Entity: Loan`. Sentences are not captions.
 */
function captionOf(block: Block | undefined): string | undefined {
  if (!block || block.type !== 'text' || block.listItem || block.lines.length !== 1) return undefined;
  const line = block.lines[0]!.trim();
  if (line.length > 60 || /[.!?。]$/.test(line) || line.split(/\s+/).length > 4) return undefined;
  return line.replace(/[:：]\s*$/, '');
}

/** Rules from a section with no structure: paragraphs and list items split on blank lines and markers. */
function readPlainRules(body: string, section: PrdSection, ctx: SectionContext, out: TaskCollector): void {
  const firstBody = section.style === 'setext' ? section.line + 2 : section.level > 0 ? section.line + 1 : section.line;
  const lines = bodyLines(body);
  let block: string[] = [];
  let blockStart = firstBody;
  const flush = () => {
    if (block.length > 0) readRules(block, blockStart, ctx, out);
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = firstBody + i;
    const text = lines[i]!;
    if (text.trim() === '' || /^\s*(?:[-*+]|\d+[.)])\s+/.test(text)) {
      flush();
      blockStart = l;
      if (text.trim() === '') {
        blockStart = l + 1;
        continue;
      }
    }
    block.push(text);
  }
  flush();
}
