import { BoundedMap } from '../memo.js';
import type { ApiTask, Task } from '../types.js';

/**
 * What a watching session's renderer keeps from one run to the next, so a save re-renders only
 * what its change touched. Per-object entries are keyed by the task objects themselves: tasks are
 * never mutated once extracted, and unchanged sections hand back the very same objects. One-shot
 * runs keep none of it: tens of thousands of entries cost the garbage collector more than they save.
 */
export interface RenderWatch {
  /** Each output's last rendering, with the inputs it was made from (compared by identity). */
  outputs: BoundedMap<string, { deps: readonly unknown[]; content: string | readonly string[] }>;
  /** JSON of each task in `manifest.json`. */
  json: WeakMap<object, string>;
  /** QA table rows of a task in one PRD, with the PRD's status rules they were made with (an endpoint's rows depend on them). */
  qaRows: WeakMap<Task, { file: string; rows: string[]; statuses: readonly unknown[] }>;
  /** Does a rule state an HTTP status code? */
  statesCodes: WeakMap<Task, boolean>;
  /** Each PRD's rules that state status codes, and what the QA renderer made of them. */
  qaStatuses: BoundedMap<string, { rules: readonly Task[]; statuses: readonly object[] }>;
  /** The model identifiers of the last run and the model names they were made from (see modelIdentifiers). */
  modelIds?: { names: readonly string[]; ids: Map<string, string> };
  /** Each API task's operations and generated lines (see apiPieces). */
  apiTasks: WeakMap<ApiTask, ApiTaskLines>;
  /** What operation types are looked up in, by the model identifiers' map (the same map while model names are). */
  modelLookup: WeakMap<Map<string, string>, ModelLookup>;
  /** Identifiers before de-duplication, by style, fallback and raw name. */
  identifiers: BoundedMap<string, string>;
  /** Blocks of a long output (see keptBlocks), by output name, valid while their context is the same object. */
  blocks: BoundedMap<string, { context: unknown; kept: WeakMap<object, KeptBlock> }>;
}

/**
 * What an API task's operations are, their de-duplicated names aside: one entry per method. A pure
 * function of the task and of the model identifiers (a watching session keeps it per task while
 * `ids` is the same map, see modelIdentifiers in models.ts).
 */
export interface ApiTaskOps {
  ids: Map<string, string>;
  /** Operation names before de-duplication. */
  bases: string[];
  params: string[];
  responses: string[];
  bodies: Array<string | undefined>;
  /** Model identifiers the types name, for the import of api.ts. */
  models: string[];
}

/**
 * A task's generated lines in a watching session, with what they were made from: a new object
 * whenever the text changes, so kept blocks of them are compared by identity (see keptBlocks).
 */
export interface ApiTaskLines extends ApiTaskOps {
  fns: string[];
  route: string;
  client: string;
}

/** What an operation's types are looked up in: model names by lower case, and the set of identifiers. */
export interface ModelLookup {
  byLower: Map<string, string>;
  modelIds: Set<string>;
}

/** A block of pieces as joined last time: the items it was made from (compared by identity), and whether it came first. */
interface KeptBlock {
  items: readonly object[];
  first: boolean;
  text: string;
}

/** Items per block: a save joins again the block of this many pieces that holds a changed item. */
const BLOCK = 256;

/**
 * The text of `items.map(piece).join(sep)` as blocks of a few hundred pieces (each block after the
 * first starts with `sep`), each block kept for the next run under the output's name. A save that
 * changed one task joins its block again and hands on the others as the same strings, which the
 * writer compares by identity and writes one after another: a dense 1 MB PRD's QA file and
 * manifest (3 and 4 MB) are never joined into one string on a save.
 * @param context what the pieces depend on beyond their items (any other object starts afresh)
 */
export function keptBlocks<T extends object>(items: readonly T[], sep: string, piece: (item: T) => string, watch: RenderWatch, name: string, context?: unknown): string[] {
  let state = watch.blocks.get(name);
  if (!state || state.context !== context) watch.blocks.set(name, (state = { context, kept: new WeakMap() }));
  const blocks: string[] = [];
  for (let i = 0; i < items.length; i += BLOCK) {
    const n = Math.min(BLOCK, items.length - i);
    const hit = state.kept.get(items[i]!);
    if (hit && hit.first === (i === 0) && hit.items.length === n && hit.items.every((x, k) => x === items[i + k])) {
      blocks.push(hit.text);
      continue;
    }
    const block = items.slice(i, i + n);
    const text = `${i === 0 ? '' : sep}${block.map(piece).join(sep)}`;
    state.kept.set(items[i]!, { items: block, first: i === 0, text });
    blocks.push(text);
  }
  return blocks;
}

/** An empty render watch state, owned by a session (see `createOrchestrator`). */
export function createRenderWatch(): RenderWatch {
  return {
    outputs: new BoundedMap(4096),
    json: new WeakMap(),
    qaRows: new WeakMap(),
    statesCodes: new WeakMap(),
    qaStatuses: new BoundedMap(20_000),
    apiTasks: new WeakMap(),
    modelLookup: new WeakMap(),
    identifiers: new BoundedMap(100_000),
    blocks: new BoundedMap(20_000),
  };
}
