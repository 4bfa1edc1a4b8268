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

/** Model names compare case-insensitively, ignoring a plural `s` (corpus README). */
export function modelKey(name: string): string {
  return name.toLowerCase().replace(/s$/, '');
}
