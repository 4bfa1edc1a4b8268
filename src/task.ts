import type { ModelTask, PageTask, Task } from './types.js';

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


/** The hidden lines of a model's fields (see {@link setFieldLines}). */
const FIELD_LINES = Symbol('prd-orchestrator.fieldLines');

type WithFieldLines = ModelTask & { [FIELD_LINES]?: ReadonlyMap<string, number> };

/**
 * Record the line that writes each field of a model (a table row, a list item), where it differs
 * from the model's own line: a conflict over a field's type then names that line. Hidden as
 * {@link markDerivedTitle} is: no JSON output or task comparison sees it.
 * @param lines line by field name
 */
export function setFieldLines<T extends ModelTask>(model: T, lines: ReadonlyMap<string, number>): T {
  Object.defineProperty(model, FIELD_LINES, { value: lines, configurable: true, enumerable: false, writable: false });
  return model;
}

/** The lines of a model's fields, where the extractor recorded them (see {@link setFieldLines}). */
export function fieldLines(model: ModelTask): ReadonlyMap<string, number> | undefined {
  return (model as WithFieldLines)[FIELD_LINES];
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
    case 'model': {
      const copy = { ...task, fields: task.fields.map((f) => ({ ...f })), sources };
      const lines = fieldLines(task);
      if (!lines) return copy;
      return setFieldLines(copy, lineDelta === 0 ? lines : new Map([...lines].map(([name, line]) => [name, line + lineDelta])));
    }
    case 'page': {
      const copy = { ...task, sources };
      return hasDerivedTitle(task) ? markDerivedTitle(copy) : copy;
    }
    default:
      return { ...task, sources };
  }
}
