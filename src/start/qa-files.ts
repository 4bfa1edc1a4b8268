import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Task } from '../types.js';
import { qaCaseId } from '../plan/index.js';
import { qaCases as renderedCases, type QaCase } from '../render/index.js';
import { uniqueTasks } from './content.js';
import { inlineCode, mdLink, mdText } from '../markdown-text.js';

/**
 * A case of the user-owned QA cases file: the render stage's case of a task, one per API, page
 * and rule (models get none: their APIs and rules cover them), with the key its marker holds.
 */
export interface StartCase extends QaCase {
  kind: 'api' | 'page' | 'rule';
  /** The case id, derived from the task's id (\`qaCaseId\`): its heading, and the marker a re-run recognises it by. */
  key: string;
  /** The key files written before the one task identity hold (see {@link legacyCaseKey}). */
  legacyKey: string;
}

/** A case's hidden marker: its case id (\`QA-1f07023c\`), or the 12 hex digits files written before case ids came from task ids hold. */
const CASE_MARKER = /<!-- prd-orchestrator:case (QA-[0-9a-f]{8}|[0-9a-f]{12}) -->/g;

/**
 * One case per API, page and rule, in PRD order.
 * @param file the PRD
 * @param tasks the PRD's tasks
 */
export function qaCases(file: string, tasks: readonly Task[]): StartCase[] {
  const cases: StartCase[] = [];
  const seen = new Set<Task>();
  for (const c of renderedCases(file, uniqueTasks(tasks))) {
    // The render stage has a case per API operation; the cases file has one per API.
    if (c.task.kind === 'model' || seen.has(c.task)) continue;
    seen.add(c.task);
    cases.push({ ...c, kind: c.task.kind, key: qaCaseId(c.task.id!), legacyKey: legacyCaseKey(c.task) });
  }
  return cases.sort((a, b) => a.source.line - b.source.line);
}

function caseKey(identity: string): string {
  return createHash('sha1').update(identity).digest('hex').slice(0, 12);
}

/**
 * The key of a case in cases files written before case ids came from task ids (\`QA-001\` headings):
 * routes compared with their case, rules with white space folded but not their case. A file holding
 * it already has the case, so a re-run does not add it twice and the results citing it stay valid.
 */
function legacyCaseKey(task: Exclude<Task, { kind: 'model' }>): string {
  switch (task.kind) {
    case 'api':
      return caseKey(`api ${task.path}`);
    case 'page':
      return caseKey(`page ${task.route}`);
    case 'rule':
      return caseKey(`rule ${task.text.replace(/\s+/g, ' ').trim()}`);
  }
}

/** Keys of the cases a cases file already holds. */
export function existingCaseKeys(text: string): Set<string> {
  return new Set([...text.matchAll(CASE_MARKER)].map((m) => m[1]!));
}

/** Where the PRD and QA files are, POSIX paths relative to the root. */
export interface QaPaths {
  prd: string;
  cases: string;
  results: string;
}

function link(from: string, to: string, line?: number): string {
  const rel = path.posix.relative(path.posix.dirname(from), to);
  return line === undefined ? rel : `${rel}#L${line}`;
}

function renderCase(c: StartCase, paths: QaPaths): string[] {
  const t = c.task;
  const source = c.source;
  const where = `- Source: ${mdLink(`${path.posix.basename(paths.prd)}:${source.line}`, link(paths.cases, paths.prd, source.line))}${source.section ? ` — ${mdText(source.section)}` : ''}`;
  const id = c.key;
  const marker = `<!-- prd-orchestrator:case ${c.key} -->`;
  switch (t.kind) {
    case 'api':
      return [`### ${id} · API ${inlineCode(`${t.methods.join(', ')} ${t.path}`)}`, '', marker, where, '- Check: each method answers as the PRD specifies, and invalid input is rejected with a 4xx error.', '- Expected:'];
    case 'page':
      return [`### ${id} · Page ${inlineCode(t.route)}`, '', marker, where, `- Check: the page ${t.title ? `"${mdText(t.title)}" ` : ''}loads at its route and shows what the PRD describes.`, '- Expected:'];
    case 'rule':
      // As the generated QA files write a rule: the PRD's own id when it gives one, the level in capitals.
      return [`### ${id} · Rule ${t.id !== undefined && !t.id.startsWith('rule:') ? `${mdText(t.id)} ` : ''}(${t.level.toUpperCase()})`, '', marker, where, `- Requirement: ${mdText(t.text)}`, '- Expected: the system behaves as stated; a case that breaks the rule is refused.'];
    default:
      return [];
  }
}

export interface CasesFileInput {
  title: string;
  id: string | undefined;
  paths: QaPaths;
  cases: readonly StartCase[];
  eol: string;
}

/**
 * The QA cases file, or what a re-run appends to it: only the cases whose key it does not hold yet.
 * @param input title, id, paths, cases and line ending
 * @param existing the current file, when there is one (it is never rewritten, only appended to)
 * @returns the new file content, and the number of cases it holds
 */
export function casesFile(input: CasesFileInput, existing: string | undefined): { text: string; count: number; added: number } {
  const { eol, paths } = input;
  const have = existing === undefined ? new Set<string>() : existingCaseKeys(existing);
  const fresh = input.cases.filter((c) => !have.has(c.key) && !have.has(c.legacyKey));
  const blocks = fresh.map((c) => renderCase(c, paths).join(eol));
  if (existing !== undefined) {
    if (blocks.length === 0) return { text: existing, count: have.size, added: 0 };
    const sep = existing === '' || /\n\s*\n$/.test(existing) ? '' : existing.endsWith('\n') ? eol : eol + eol;
    return { text: existing + sep + blocks.join(eol + eol) + eol, count: have.size + fresh.length, added: fresh.length };
  }
  const head = [
    `# QA cases — ${mdText(input.title)}`,
    '',
    `PRD: ${mdLink(paths.prd, link(paths.cases, paths.prd))}${input.id ? ` (roadmap id ${mdText(input.id)})` : ''}. Results: ${mdLink(path.posix.basename(paths.results), link(paths.cases, paths.results))}.`,
    '',
    'Written by `prd-orchestrator start`, then yours to edit. A re-run only appends cases for new APIs, pages and rules; the comment under each heading is how it recognises a case.',
  ];
  const body = blocks.length > 0 ? blocks.join(eol + eol) : '_No APIs, pages or rules were extracted from the PRD yet._';
  return { text: [...head, '', body, ''].join(eol), count: fresh.length, added: fresh.length };
}

/**
 * The QA results file: a header and an empty results table.
 * @param title PRD title
 * @param paths PRD and QA file paths
 * @param eol line ending
 */
export function resultsFile(title: string, paths: QaPaths, eol: string): string {
  return [
    `# QA results — ${mdText(title)}`,
    '',
    `Cases: ${mdLink(path.posix.basename(paths.cases), link(paths.results, paths.cases))}. One row per run of a case; Result is pass, fail or blocked.`,
    '',
    '| Case | Result | Date | Tester | Notes |',
    '| ---- | ------ | ---- | ------ | ----- |',
    '',
  ].join(eol);
}
