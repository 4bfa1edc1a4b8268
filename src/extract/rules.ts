import type { RuleLevel } from '../types.js';
import type { SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';

const MUST = /\b(?:MUST|SHALL|REQUIRED|must|shall|is required to|are required to)\b/;
const SHOULD = /\b(?:SHOULD|RECOMMENDED|should)\b/;
const MAY = /\b(?:MAY|OPTIONAL)\b/;
/** Every requirement keyword of MUST, SHOULD and MAY: a sentence without one is never a rule. */
const RULE_SIGNAL = /\b(?:MUST|SHALL|REQUIRED|must|shall|required to|SHOULD|RECOMMENDED|should|MAY|OPTIONAL)\b/;
const RULE_SIGNAL_ALL = new RegExp(RULE_SIGNAL.source, 'g');

/** Cheap test for a whole section or table cell: can `readRules` find a rule in it? */
export function mayContain(text: string): boolean {
  return RULE_SIGNAL.test(text);
}
const QUOTED = /^\s*(?:>\s?)+/;
const SENTENCE_END = /(?<=[.!?。！？])\s+(?=[^\s])/g;

/** Requirement level of a sentence, from RFC 2119 / EARS keywords; lower-case "may" is prose. */
export function ruleLevel(sentence: string): RuleLevel | undefined {
  if (MUST.test(sentence)) return 'must';
  if (SHOULD.test(sentence)) return 'should';
  if (MAY.test(sentence)) return 'may';
  return undefined;
}

/** Rule text without Markdown marks; each pass runs only when its characters are there (20k rules in a big run). */
function clean(text: string): string {
  let t = text;
  if (t.includes('](')) t = t.replace(/\]\([^)]*\)/g, ']');
  if (t.includes('[') || t.includes(']')) t = t.replace(/[[\]]/g, '');
  if (t.includes('*') || t.includes('_') || t.includes('`')) t = t.replace(/\*\*|__|`/g, '');
  if (t.includes('<')) t = t.replace(/<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g, ' ');
  t = t.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '');
  if (/\s\s|[\t\n\r\f\v\u00a0\u2028\u2029]/.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}

/** At least `n` words (spaces between), without splitting. */
function hasWords(text: string, n: number): boolean {
  let spaces = 0;
  for (let i = text.indexOf(' '); i !== -1 && spaces < n - 1; i = text.indexOf(' ', i + 1)) spaces++;
  return spaces >= n - 1;
}

/**
 * Requirement sentences of a paragraph or list item (must/shall/should/MAY, EARS "WHEN … THE
 * system SHALL …"), each with the line it starts on.
 * @param lines raw lines of one paragraph or list item
 * @param firstLine document line of `lines[0]`
 */
export function readRules(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  // Block quote markers start every quoted line, not only the first: drop them before joining.
  const joined = (lines.some((l) => QUOTED.test(l)) ? lines.map((l) => l.replace(QUOTED, '')) : lines).join('\n');
  // Keyword matches, left to right: a sentence without one cannot be a rule (a keyword never
  // spans the punctuation and space that end a sentence), so only those with one are judged.
  // matchAll iterates over its own copy of the regex: no `lastIndex` shared between calls.
  const hits = joined.matchAll(RULE_SIGNAL_ALL);
  let hit: RegExpMatchArray | undefined = hits.next().value;
  if (!hit) return;
  let start = 0;
  const pieces: Array<{ text: string; at: number }> = [];
  for (const m of joined.matchAll(SENTENCE_END)) {
    pieces.push({ text: joined.slice(start, m.index), at: start });
    start = m.index! + m[0].length;
  }
  pieces.push({ text: joined.slice(start), at: start });
  let line = firstLine;
  let counted = 0;
  for (const piece of pieces) {
    while (hit && hit.index! < piece.at) hit = hits.next().value;
    if (!hit) break;
    if (hit.index! >= piece.at + piece.text.length) continue;
    const level = ruleLevel(piece.text);
    if (!level) continue;
    const text = clean(piece.text);
    if (!hasWords(text, 4)) continue;
    // Pieces come in order: count line breaks only once over the whole paragraph.
    for (; counted < piece.at; counted++) if (joined.charCodeAt(counted) === 10) line++;
    out.rule(ctx, line, text, level);
  }
}
