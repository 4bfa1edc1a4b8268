import { BoundedMap } from '../memo.js';
import type { Task } from '../types.js';

/**
 * What a watching session's renderer keeps from one run to the next, so a save re-renders only
 * what its change touched. Per-object entries are keyed by the task objects themselves: tasks are
 * never mutated once extracted, and unchanged sections hand back the very same objects. One-shot
 * runs keep none of it: tens of thousands of entries cost the garbage collector more than they save.
 */
export interface RenderWatch {
  /** Each output's last rendering, with the inputs it was made from (compared by identity). */
  outputs: BoundedMap<string, { deps: readonly unknown[]; content: string }>;
  /** JSON of each task in `manifest.json`. */
  json: WeakMap<object, string>;
  /** QA table rows of a task in one PRD, with the PRD's status rules they were made with (an endpoint's rows depend on them). */
  qaRows: WeakMap<Task, { file: string; rows: string[]; statuses: readonly unknown[] }>;
  /** Does a rule state an HTTP status code? */
  statesCodes: WeakMap<Task, boolean>;
  /** Each PRD's rules that state status codes, and what the QA renderer made of them. */
  qaStatuses: BoundedMap<string, { rules: readonly Task[]; statuses: readonly object[] }>;
  /** The route-table and client lines of an API operation, by its sources array and signature. */
  apiLines: WeakMap<object, Map<string, { route: string; client: string }>>;
  /** Identifiers before de-duplication, by style, fallback and raw name. */
  identifiers: BoundedMap<string, string>;
  /** The words an operation name is made of, by API path. */
  pathWords: BoundedMap<string, string>;
}

/** An empty render watch state, owned by a session (see `createOrchestrator`). */
export function createRenderWatch(): RenderWatch {
  return {
    outputs: new BoundedMap(4096),
    json: new WeakMap(),
    qaRows: new WeakMap(),
    statesCodes: new WeakMap(),
    qaStatuses: new BoundedMap(20_000),
    apiLines: new WeakMap(),
    identifiers: new BoundedMap(100_000),
    pathWords: new BoundedMap(50_000),
  };
}
