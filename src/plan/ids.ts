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

/** A model name as identity compares it: lower case, a plural `s` dropped. */
export function modelKey(name: string): string {
  return name.toLowerCase().replace(/s$/, '');
}

/** 10 hex digits of the SHA-256 of a rule's text, lower-cased with white space folded. */
export function ruleFingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex').slice(0, 10);
}

/**
 * The id of a QA case: \`QA-\` and 8 hex digits of the SHA-256 of its task's id (and, for an endpoint,
 * the method). It depends on nothing else, so adding or moving a task never renumbers another case.
 * @param id the task's id (see {@link taskId})
 * @param method for an endpoint's per-method case, the HTTP method
 */
export function qaCaseId(id: string, method?: string): string {
  return `QA-${createHash('sha256').update(method ? `${id} ${method}` : id).digest('hex').slice(0, 8)}`;
}
