import { createHash } from 'node:crypto';
import type { Task } from '../types.js';
import { routeShape } from './route-shape.js';

/**
 * The id of a task: the PRD's own (`FR-001`, `REQ-12`, a Kiro criterion `2.3`) when the extractor
 * found one, otherwise a pure function of the task's kind and canonical key, so that adding,
 * moving or editing other text never changes it:
 * - api and page: `api:/orders/:p`, `page:/orders/:p` (the route's shape, see {@link routeShape});
 * - model: `model:order` (lower case, a plural `s` dropped);
 * - rule: `rule:` and the first 10 hex digits of the SHA-256 of its text, lower-cased with white space folded.
 */
export function taskId(task: Task & { id?: string }): string {
  if (task.id) return task.id;
  switch (task.kind) {
    case 'api':
      return `api:${routeShape(task.path)}`;
    case 'page':
      return `page:${routeShape(task.route)}`;
    case 'model':
      return `model:${modelKey(task.name)}`;
    case 'rule':
      return `rule:${ruleFingerprint(task.text)}`;
  }
}

/**
 * What makes two tasks the same task, within one kind: merge unites tasks whose keys are equal, and
 * `start` and LLM grounding compare tasks with it. Routes compare case-insensitively, models
 * ignore case and a plural `s`, rules ignore case and runs of white space.
 * @returns the path, route, model key or folded rule text
 */
export function keyWithinKind(task: Task): string {
  switch (task.kind) {
    case 'api':
      return task.path.toLowerCase();
    case 'model':
      return modelKey(task.name);
    case 'page':
      return task.route.toLowerCase();
    case 'rule':
      return task.text.replace(/\s+/g, ' ').toLowerCase();
  }
}

/** The one identity of a task across sections, PRDs and runs: its kind and {@link keyWithinKind}. */
export function taskKey(task: Task): string {
  return `${task.kind} ${keyWithinKind(task)}`;
}

/** A model name as identity compares it: lower case, a plural `s` dropped. */
export function modelKey(name: string): string {
  return name.toLowerCase().replace(/s$/, '');
}

/** 10 hex digits of the SHA-256 of a rule's text, lower-cased with white space folded. */
export function ruleFingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex').slice(0, 10);
}
