import type { PageTask, Task } from './types.js';

/** The hidden mark of a page title made from the route (see {@link markDerivedTitle}). */
const DERIVED_TITLE = Symbol('prd-orchestrator.derivedTitle');

/**
 * Mark a page whose title the extractor made from its route because the PRD gives none: a title
 * the PRD writes beats it without a conflict, even one that reads the same as the route's
 * (\`Page: /orders — Orders\`, which is written). The mark is not enumerable: no JSON output shows it
 * and no task comparison sees it; {@link copyTask} keeps it, and the worker pool carries it across
 * threads by index (\`derivedTitles\`).
 */
export function markDerivedTitle<T extends PageTask>(page: T): T {
  Object.defineProperty(page, DERIVED_TITLE, { value: true, configurable: true, enumerable: false, writable: false });
  return page;
}

/** Was this page's title made from its route (see {@link markDerivedTitle})? */
export function hasDerivedTitle(page: PageTask): boolean {
  return (page as PageTask & { [DERIVED_TITLE]?: true })[DERIVED_TITLE] === true;
}

/** The page now carries a title the PRD wrote. */
export function clearDerivedTitle(page: PageTask): void {
  delete (page as PageTask & { [DERIVED_TITLE]?: true })[DERIVED_TITLE];
}


/**
 * A copy of a task that can be changed without touching the original (cheaper than
 * structuredClone), optionally with every source line moved by `lineDelta`.
 */
export function copyTask(task: Task, lineDelta = 0): Task {
  const sources = lineDelta === 0 ? [...task.sources] : task.sources.map((s) => ({ ...s, line: s.line + lineDelta }));
  switch (task.kind) {
    case 'api':
      return { ...task, methods: [...task.methods], sources };
    case 'model':
      return { ...task, fields: task.fields.map((f) => ({ ...f })), sources };
    case 'page': {
      const copy = { ...task, sources };
      return hasDerivedTitle(task) ? markDerivedTitle(copy) : copy;
    }
    default:
      return { ...task, sources };
  }
}
