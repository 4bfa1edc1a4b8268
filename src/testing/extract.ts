import { extractTasks } from '../extract/index.js';
import { mergeTasks } from '../plan/index.js';
import { parsePrd } from '../prd/index.js';
import type { ModelTask, RuleTask, Task } from '../types.js';

/**
 * What a PRD text gives, in the forms the extractor's grammar tests compare: merged tasks, sorted
 * endpoint and page lines, models, and rules in document order.
 */
/** The lines of a PRD written in a test, joined. */
export const lines = (...l: string[]): string => l.join('\n');

export const mergedTasks = (md: string): Task[] => mergeTasks(extractTasks(parsePrd(md, 'x.md'))).tasks;

/** `METHOD /path` per operation, `? /path` for an endpoint named without a method; sorted. */
export const apiLines = (md: string): string[] =>
  mergedTasks(md)
    .flatMap((t) => (t.kind === 'api' ? (t.methods.length > 0 ? t.methods.map((m) => `${m} ${t.path}`) : [`? ${t.path}`]) : []))
    .sort();

/** Page routes, sorted. */
export const pageRoutes = (md: string): string[] =>
  mergedTasks(md)
    .flatMap((t) => (t.kind === 'page' ? [t.route] : []))
    .sort();

/** The merged models. */
export const mergedModels = (md: string): ModelTask[] => mergedTasks(md).filter((t): t is ModelTask => t.kind === 'model');

/** The merged models, one line each: `Name { field?: type; … }`. */
export const modelLines = (md: string): string[] =>
  mergedModels(md).map((m) => `${m.name} { ${m.fields.map((f) => `${f.name}${f.optional ? '?' : ''}: ${f.type}`).join('; ')} }`);

/** Rules in document order, unmerged: [id, level, text]. */
export const ruleRows = (md: string): Array<[string | undefined, RuleTask['level'], string]> =>
  extractTasks(parsePrd(md, 'x.md'))
    .filter((t): t is RuleTask => t.kind === 'rule')
    .map((r) => [r.id, r.level, r.text]);
