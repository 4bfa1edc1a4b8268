import type { Nodes, RootContent } from 'mdast';
import { lineText } from '../prd/lines.js';
import { parseSectionMarkdown } from '../prd/markdown.js';
import type { PrdDocument, PrdSection } from '../prd/types.js';
import type { Task } from '../types.js';
import { readCode } from './code.js';
import { TaskCollector } from './collector.js';
import { sectionContexts, type SectionContext } from './context.js';
import { nodeText } from './mdast-text.js';
import { findMethodPaths, findPaths, isApiPath } from './paths.js';
import { readTextLines } from './prose.js';
import { RULE_SIGNAL, readRules } from './rules.js';
import { readTable } from './tables.js';

/**
 * The cheap line prefilter: only sections that can hold an API, model or page go through remark.
 * Everything else is read for rules with a plain line scan.
 */
const STRUCTURE_SIGNAL = /^[ \t]*(?:\||```|~~~|(?:[-*+]|\d+[.)])?[ \t]*(?:\*\*|__)?(?:APIs?|Endpoints?|Routes?|Pages?|Views?|Screens?|Models?|Entit(?:y|ies)|Tables?)(?:\*\*|__)?[ \t]*[:：])|`[^`\n]*\/|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+\/|^ {4}|\t/im;
const MODEL_SIGNAL = /\*\*|__|`/;
const PAGE_SIGNAL = /(?:^|\s)\//;

function needsMarkdown(body: string, ctx: SectionContext): boolean {
  return STRUCTURE_SIGNAL.test(body) || (ctx.model && MODEL_SIGNAL.test(body)) || (ctx.page && PAGE_SIGNAL.test(body));
}

/**
 * Extract tasks from a parsed PRD with the heuristic extractor: deterministic, no network.
 * @param doc a parsed document (see `parsePrd`)
 * @returns tasks in document order, each with its source line; not yet merged
 */
export function extractTasks(doc: PrdDocument): Task[] {
  const out = new TaskCollector(doc.file);
  for (const ctx of sectionContexts(doc)) {
    if (ctx.outOfScope) continue;
    readHeading(doc, ctx, out);
    const section = ctx.section;
    const body = doc.text.slice(section.bodyStart, section.end);
    if (needsMarkdown(body, ctx)) readTree(doc, ctx, out);
    else if (RULE_SIGNAL.test(body)) readPlainRules(doc, section, ctx, out);
  }
  return out.tasks;
}

/** `### GET /api/orders` or, under a screens heading, `### /orders`. */
function readHeading(doc: PrdDocument, ctx: SectionContext, out: TaskCollector): void {
  const heading = ctx.section.heading;
  if (!heading.includes('/')) return;
  const pairs = findMethodPaths(heading);
  for (const p of pairs) out.api(ctx, ctx.section.line, p.path, p.methods);
  if (pairs.length > 0 || ctx.api) return;
  const parentIsPages = ctx.page && ctx.trail.length > 1;
  const path = findPaths(heading.replace(/`/g, ' '))[0];
  if (parentIsPages && path && !isApiPath(path.path)) {
    const title = heading.replace(path.raw, ' ').replace(/[`()—–:-]/g, ' ').replace(/^\d+(?:\.\d+)*\.?\s*/, '').replace(/\s+/g, ' ').trim();
    out.page(ctx, ctx.section.line, path.path, title || undefined);
  }
  void doc;
}

function readTree(doc: PrdDocument, ctx: SectionContext, out: TaskCollector): void {
  const section = ctx.section;
  const tree = parseSectionMarkdown(doc.text.slice(section.start, section.end), section.hash);
  const abs = (rel: number) => rel + ctx.lineOffset;
  const rawLines = (node: Nodes) => {
    const from = abs(node.position?.start.line ?? 1);
    const to = abs(node.position?.end.line ?? 1);
    const lines: string[] = [];
    for (let l = from; l <= to; l++) lines.push(lineText(doc.text, doc.lineStarts, l - 1));
    return { lines, from };
  };
  const visit = (nodes: RootContent[], listItem: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'code': {
          const first = abs(node.position?.start.line ?? 1) + (node.lang !== undefined || /^\s*[`~]{3}/.test(lineText(doc.text, doc.lineStarts, abs(node.position?.start.line ?? 1) - 1)) ? 1 : 0);
          readCode(node.lang ?? '', node.value, first, ctx, out);
          break;
        }
        case 'table':
          readTable(node, abs, ctx, out);
          for (const row of node.children.slice(1)) {
            readRules([row.children.map((c) => nodeText(c)).join(' — ')], abs(row.position?.start.line ?? 1), ctx, out);
          }
          break;
        case 'paragraph': {
          const { lines, from } = rawLines(node);
          readTextLines(lines, from, listItem, ctx, out);
          readRules(lines, from, ctx, out);
          break;
        }
        case 'list':
          for (const item of node.children) visit(item.children, true);
          break;
        case 'blockquote':
          visit(node.children, listItem);
          break;
        default:
          break;
      }
    }
  };
  visit(tree.children, false);
}

/** Rules from a section with no structure: paragraphs and list items split on blank lines and markers. */
function readPlainRules(doc: PrdDocument, section: PrdSection, ctx: SectionContext, out: TaskCollector): void {
  const firstBody = section.style === 'setext' ? section.line + 2 : section.level > 0 ? section.line + 1 : section.line;
  let block: string[] = [];
  let blockStart = firstBody;
  const flush = () => {
    if (block.length > 0) readRules(block, blockStart, ctx, out);
    block = [];
  };
  for (let l = firstBody; l <= section.endLine; l++) {
    const text = lineText(doc.text, doc.lineStarts, l - 1);
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
