import type { PrdDocument, PrdSection } from '../prd/index.js';
import { fieldLines } from '../task.js';
import type { Task } from '../types.js';
import { definedName, findRoutes, isTableSeparator, sectionSignal, splitRow, type SignalLine } from './signal.js';

/**
 * One piece of a prompt: the signal lines of one section (or of a part of a large section),
 * compacted. Line labels are relative to the section heading so that an edit elsewhere in the
 * file does not change this unit's text, its cache key or its answer.
 */
export interface PromptUnit {
  file: string;
  /** Section heading, '' for the preamble. */
  section: string;
  /** 1-based line that relative labels count from (the heading line). */
  baseLine: number;
  /** The lines sent, with their original text and absolute line numbers. */
  lines: SignalLine[];
  /** What the model sees for this unit (without the unit id), and what the cache key hashes. */
  body: string;
  routes: string[];
  names: string[];
}

/** Lines longer than this keep only windows around what they name: prose rarely helps the model. */
const LONG_LINE = 200;
const WINDOW = 60;

/** Text of 1-based line `n` without its line ending. */
export function lineAt(doc: PrdDocument, n: number): string {
  const start = doc.lineStarts[n - 1];
  if (start === undefined) return '';
  const next = doc.lineStarts[n];
  let end = next === undefined ? doc.text.length : next - 1;
  if (end > start && doc.text.charCodeAt(end - 1) === 13) end--;
  return doc.text.slice(start, end);
}

/**
 * Compact one line: no Markdown decoration, no table padding, no link targets, no long prose.
 * @param text original line
 */
export function compactLine(text: string): string {
  if (isTableSeparator(text)) return '';
  let t = text.trim().startsWith('|') ? splitRow(text).join('|') : text.trim();
  t = t
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:https?:|mailto:|\.{0,2}\/|#)[^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/^(?:>\s*)+/, '')
    .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length > LONG_LINE && definedName(text) === undefined) t = clip(t);
  return t;
}

/** Keep windows of text around each route token; join them with an ellipsis. */
function clip(text: string): string {
  const spans: Array<[number, number]> = [];
  for (const route of new Set(findRoutes(text))) {
    let at = text.indexOf(route);
    while (at !== -1) {
      spans.push([Math.max(0, at - WINDOW), Math.min(text.length, at + route.length + WINDOW)]);
      at = text.indexOf(route, at + route.length);
    }
  }
  if (spans.length === 0) return text.slice(0, LONG_LINE) + '…';
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged
    .map(([a, b]) => (a > 0 ? '…' : '') + text.slice(a, b).trim() + (b < text.length ? '…' : ''))
    .join(' ')
    .replace(/……/g, '…');
}

function renderBody(section: string, baseLine: number, lines: readonly SignalLine[]): string {
  const out: string[] = [];
  if (section !== '') out.push(`0|# ${compactLine(section)}`);
  for (const l of lines) {
    const c = compactLine(l.text);
    if (c !== '') out.push(`${l.line - baseLine}|${c}`);
  }
  return out.join('\n');
}

/** First body line of a section: the line at `bodyStart` (after an ATX line or a setext pair). */
function firstBodyLine(doc: PrdDocument, section: PrdSection): number {
  if (section.level === 0) return section.line;
  let i = section.line;
  while (i < doc.lineStarts.length && doc.lineStarts[i]! < section.bodyStart) i++;
  return i + 1;
}

/**
 * The prompt units of one document: one per section with task signal, large sections cut into
 * parts that fit `maxUnitTokens`.
 * @param doc parsed PRD
 * @param countTokens token counter (gpt-tokenizer)
 * @param maxUnitTokens the largest unit body, in tokens
 * @param include which sections to look at (all by default)
 * @param heuristic the heuristic tasks of the document: the lines their endpoints, pages, models and
 *   fields are read from go into the prompt too, whatever shape the signal's own patterns know
 */
export function compressDocument(
  doc: PrdDocument,
  countTokens: (text: string) => number,
  maxUnitTokens: number,
  include: (section: PrdSection) => boolean = () => true,
  heuristic: readonly Task[] = [],
): PromptUnit[] {
  const units: PromptUnit[] = [];
  const cited = citedLines(doc.file, heuristic);
  for (const section of doc.sections) {
    if (!include(section)) continue;
    const body: SignalLine[] = [];
    for (let n = firstBodyLine(doc, section); n <= section.endLine; n++) body.push({ line: n, text: lineAt(doc, n) });
    const signal = sectionSignal(body, section.heading);
    if (cited.size > 0) {
      const kept = new Set(signal.lines.map((l) => l.line));
      const more = body.filter((l) => cited.has(l.line) && !kept.has(l.line) && compactLine(l.text) !== '');
      if (more.length > 0) signal.lines = [...signal.lines, ...more].sort((a, b) => a.line - b.line);
    }
    if (signal.lines.length === 0) continue;
    for (const part of splitToFit(section.heading, section.line, signal.lines, countTokens, maxUnitTokens)) {
      units.push({
        file: doc.file,
        section: section.heading,
        baseLine: section.line,
        lines: part,
        body: renderBody(section.heading, section.line, part),
        routes: part.flatMap((l) => findRoutes(l.text)),
        names: signal.names,
      });
    }
  }
  return units;
}

/** The lines of a document that heuristic endpoints, pages and models (and their fields) are read from. */
function citedLines(file: string, tasks: readonly Task[]): Set<number> {
  const lines = new Set<number>();
  for (const t of tasks) {
    if (t.kind === 'rule') continue;
    for (const s of t.sources) if (s.file === file) lines.add(s.line);
    if (t.kind === 'model' && t.sources[0]?.file === file) for (const line of fieldLines(t)?.values() ?? []) lines.add(line);
  }
  return lines;
}

/** Cut a section's lines into runs whose rendered body fits the budget; each part repeats the heading. */
function splitToFit(
  heading: string,
  baseLine: number,
  lines: SignalLine[],
  countTokens: (text: string) => number,
  maxUnitTokens: number,
): SignalLine[][] {
  if (countTokens(renderBody(heading, baseLine, lines)) <= maxUnitTokens) return [lines];
  const parts: SignalLine[][] = [];
  let current: SignalLine[] = [];
  let tokens = countTokens(renderBody(heading, baseLine, []));
  for (const line of lines) {
    const cost = countTokens(`${line.line - baseLine}|${compactLine(line.text)}`) + 1;
    if (current.length > 0 && tokens + cost > maxUnitTokens) {
      parts.push(current);
      current = [];
      tokens = countTokens(renderBody(heading, baseLine, []));
    }
    current.push(line);
    tokens += cost;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
