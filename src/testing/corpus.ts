import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Task } from '../types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const devCorpus = path.join(repoRoot, 'fixtures/corpus/dev');
/** The real PRDs live only in ../shared (other people's text, never copied into the repo). */
export const realCorpus = path.resolve(repoRoot, '../shared/corpus/real');
export const hasRealCorpus = existsSync(realCorpus);
export const REAL_CORPUS_NOTICE = `skipping real-corpus checks: ${realCorpus} is not there (it is in CI and next to a developer checkout)`;

export interface ExpectedTasks {
  apis: string[];
  models: string[];
  pages: string[];
  /** Per model, per field (`name?` when optional), the TypeScript type. */
  fields?: Record<string, Record<string, string>>;
  /** Text that must appear in some rule. */
  rules?: string[];
  /** Text that must appear in no rule. */
  notRules?: string[];
  /** Ids the PRD writes for its requirements: each must be the id of a rule. */
  ruleIds?: string[];
}

/** A field type in a form that ignores white space and the order of union members (corpus README). */
export function typeKey(type: string): string {
  return type
    .replace(/\s+/g, '')
    .split('|')
    .sort()
    .join('|');
}

/** Tasks in the `expected.json` notation: parameters as `:p`, one API entry per method. */
export function toExpectedForm(tasks: Task[]): ExpectedTasks {
  const p = (path: string) => path.replace(/:[^/]+/g, ':p');
  const apis: string[] = [];
  const models: string[] = [];
  const pages: string[] = [];
  for (const t of tasks) {
    if (t.kind === 'api') for (const m of t.methods) apis.push(`${m} ${p(t.path)}`);
    if (t.kind === 'model') models.push(t.name);
    if (t.kind === 'page') pages.push(p(t.route));
  }
  return { apis: apis.sort(), models: models.sort(), pages: pages.sort() };
}

/** Model names compare case-insensitively, ignoring a plural `s` (corpus README): the merge's own rule. */
export { modelKey } from '../plan/index.js';
