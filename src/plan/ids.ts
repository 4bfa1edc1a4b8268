import { hash } from 'node:crypto';
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
export function taskId(task: Task): string {
  if (task.id) return task.id;
  switch (task.kind) {
    case 'api':
    case 'page':
    case 'model':
      return `${task.kind}:${keyWithinKind(task)}`;
    case 'rule':
      return `rule:${ruleFingerprint(task.text)}`;
  }
}

/**
 * What makes two tasks the same task, within one kind: merge unites tasks whose keys are equal, and
 * `start` and LLM grounding compare tasks with it. Routes compare by shape (`/orders/:id` ≡
 * `/Orders/{orderId}`), models ignore case and a plural `s`, rules are their explicit id or their
 * text with case and runs of white space folded. {@link taskId} is built on it.
 * @returns the route shape, model key, explicit rule id or folded rule text
 */
export function keyWithinKind(task: Task): string {
  switch (task.kind) {
    case 'api':
      return routeShape(task.path);
    case 'model':
      return modelKey(task.name);
    case 'page':
      return routeShape(task.route);
    case 'rule':
      return task.id ?? foldText(task.text);
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

/** Rule text as identity compares it: runs of white space as one space, trimmed, lower case. */
function foldText(text: string): string {
  // Extracted rule text is single-spaced already: the replace runs only when there is white space to fold.
  const folded = FOLDABLE.test(text) ? text.replace(/\s+/g, ' ') : text;
  return folded.trim().toLowerCase();
}
/** White space `foldText` changes: a run of two, or any but the plain space. */
const FOLDABLE = /\s\s|[^\S ]/;

/** 10 hex digits of the SHA-256 of a rule's text, lower-cased with white space folded. */
export function ruleFingerprint(text: string): string {
  return hash('sha256', foldText(text)).slice(0, 10);
}

/**
 * A task id without the PRD that qualifies it: mergeTasks writes a requirement id that several PRDs
 * write as `docs/prd/a.md#FR-001`, and this gives back the PRD's own `FR-001`. Any other id (no
 * written id holds a `#`, nor does a route's shape) is returned as it is.
 */
export function bareId(id: string): string {
  return id.slice(id.lastIndexOf('#') + 1);
}

/**
 * The id of a QA case: `QA-` and 8 hex digits of the SHA-256 of its task's id (and, for an endpoint's
 * per-method case, the method). It depends on nothing else, so adding or moving a task never
 * renumbers another case. A qualified requirement id counts as its PRD's own ({@link bareId}): a
 * second PRD that also writes `FR-001` changes no case id (case ids are per PRD file, where the
 * bare id is unique).
 * @param id the task's id (see {@link taskId})
 * @param method for an endpoint's per-method case, the HTTP method
 */
export function qaCaseId(id: string, method?: string): string {
  const own = bareId(id);
  return `QA-${hash('sha256', method ? `${own} ${method}` : own).slice(0, 8)}`;
}
