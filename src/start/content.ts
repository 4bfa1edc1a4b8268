import path from 'node:path';
import { compareSources, mergeTasks } from '../plan/index.js';
import type { Task } from '../types.js';
import { mdLink, mdText } from '../markdown-text.js';
import type { SectionSpec } from './sections.js';

/** Roles when neither `--roles`, the roadmap nor the frontmatter name any. */
export const DEFAULT_ROLES: readonly string[] = ['backend', 'frontend', 'qa'];

// Backend first (APIs and models are what pages call), then frontend, then QA, which verifies both.
// Any other role goes between frontend and QA, in the order given.
const RANK: Record<string, number> = { backend: 0, frontend: 1, qa: 3 };

/**
 * Roles in delivery order: backend, frontend, other roles as given, qa.
 * @param roles roles in any order (duplicates dropped)
 */
export function deliveryOrder(roles: readonly string[]): string[] {
  const unique = [...new Set(roles)];
  return unique
    .map((role, index) => ({ role, index, rank: RANK[role.toLowerCase()] ?? 2 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((r) => r.role);
}

/**
 * The PRD's tasks merged by the one task identity (`plan/`), in document order: one API per path,
 * one page per route, one model per name, one rule per sentence.
 */
export function uniqueTasks(tasks: readonly Task[]): Task[] {
  return mergeTasks([...tasks]).tasks.sort((a, b) => compareSources(a.sources[0]!, b.sources[0]!));
}

/** Links from the PRD to the QA files, POSIX and relative to the PRD's folder. */
export interface QaLinks {
  prd: string;
  cases: string;
  results: string;
}

function relativeLink(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
}

/**
 * Section `7.3 QA Artifacts`: links to the QA cases and results files.
 * @param links the PRD and QA file paths (relative to the root)
 */
export function qaArtifactsSpec(links: QaLinks): SectionSpec {
  return {
    key: '7.3',
    title: 'QA Artifacts',
    marker: 'qa-artifacts',
    lines: [
      `- QA cases: ${mdLink(links.cases, relativeLink(links.prd, links.cases))}`,
      `- QA results: ${mdLink(links.results, relativeLink(links.prd, links.results))}`,
    ],
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The sections tasks come from, in document order, at most a few. */
function sectionsOf(tasks: readonly Task[]): string {
  const names = [...new Set(tasks.map((t) => t.sources[0]?.section).filter((s): s is string => Boolean(s)))];
  if (names.length === 0) return '';
  const shown = names.slice(0, 5).map(mdText).join('; ');
  return ` (${shown}${names.length > 5 ? `; ${names.length - 5} more` : ''})`;
}

/**
 * Section `9.1 Roles and Order`: each role in delivery order with what it owns.
 * Counts and section names only: listing the APIs and routes here would make the PRD state them twice.
 * @param roles the roles (any order)
 * @param tasks the PRD's tasks
 * @param cases number of QA cases in the cases file
 * @param links the PRD and QA file paths
 */
export function rolesSpec(roles: readonly string[], tasks: readonly Task[], cases: number, links: QaLinks): SectionSpec {
  const unique = uniqueTasks(tasks);
  const apis = unique.filter((t) => t.kind === 'api');
  const models = unique.filter((t) => t.kind === 'model');
  const pages = unique.filter((t) => t.kind === 'page');
  const lines = deliveryOrder(roles).map((role, i) => {
    const name = `${i + 1}. **${mdText(role)}**`;
    switch (role.toLowerCase()) {
      case 'backend':
        return `${name} — APIs and models: ${plural(apis.length, 'API')}, ${plural(models.length, 'model')}${sectionsOf([...apis, ...models])}`;
      case 'frontend':
        return `${name} — pages: ${plural(pages.length, 'page')}${sectionsOf(pages)}`;
      case 'qa':
        return `${name} — cases: ${plural(cases, 'case')} in ${mdLink(path.posix.basename(links.cases), relativeLink(links.prd, links.cases))}, results in ${mdLink(path.posix.basename(links.results), relativeLink(links.prd, links.results))}`;
      default:
        return `${name} — no tasks extracted from this PRD`;
    }
  });
  return { key: '9.1', title: 'Roles and Order', marker: 'roles', lines };
}
