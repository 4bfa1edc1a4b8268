/**
 * Tasks against the code: a pure function of the PRD tasks and the scanner's index. Routes compare by
 * `routeShape()`, models by `modelKey()`, tasks by `taskId()`: the one definition of each.
 */
import { normalizeApiPath } from '../extract/index.js';
import { modelKey, routeShape, taskId } from '../plan/index.js';
import { clientOperations } from '../render/index.js';
import type { ApiTask, Task, TaskKind } from '../types.js';
import type { CoverageEntry, CoverageIndex, CoverageOrphan, CoverageResult, KindTotals, Place, TaskCoverage } from './types.js';

const KINDS: readonly TaskKind[] = ['api', 'page', 'model', 'rule'];
/** Characters after which the rest of a cited word still names the task before them (`FR-002-QA1` cites `FR-002`). */
const ID_SEPARATORS = new Set(['-', ':', '/', '#']);
const DERIVED_ID = /^(?:api|page|model|rule):/;

/** A route found in code, in the PRDs' notation (`/orders/[id]` → `/orders/:id`) where it has one. */
function displayPath(route: string): string {
  return normalizeApiPath(route) ?? route;
}

function comparePlaces(a: Place, b: Place): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** Sorted, each place once. */
function places(list: Iterable<Place>): Place[] {
  const seen = new Map<string, Place>();
  for (const p of list) seen.set(`${p.file}\0${p.line}`, { file: p.file, line: p.line });
  return [...seen.values()].sort(comparePlaces);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function totals(): Record<TaskKind, KindTotals> {
  return { api: { total: 0, implemented: 0, tested: 0 }, page: { total: 0, implemented: 0, tested: 0 }, model: { total: 0, implemented: 0, tested: 0 }, rule: { total: 0, tested: 0 } };
}

/** What each test file cites, indexed for lookups by task id, operation name and route shape. */
function testIndex(index: CoverageIndex) {
  const cited = new Map<string, Place[]>();
  const calls = new Map<string, Place[]>();
  // By every route shape a request's path fits: `/api/orders/7` is a request to `/api/orders/:p` too.
  const requests = new Map<string, Array<Place & { method?: string }>>();
  for (const t of index.tests) {
    for (const { token, line } of t.ids) {
      const at = { file: t.file, line };
      push(cited, token, at);
      if (DERIVED_ID.test(token)) continue;
      for (let i = 1; i < token.length; i++) if (ID_SEPARATORS.has(token[i]!)) push(cited, token.slice(0, i), at);
    }
    for (const c of t.calls) push(calls, c.name, { file: t.file, line: c.line });
    for (const r of t.requests) {
      const request = { file: t.file, line: r.line, ...(r.method ? { method: r.method } : {}) };
      for (const shape of fittingShapes(routeShape(r.path))) push(requests, shape, request);
    }
  }
  /** Test requests whose path the route (a shape) serves. */
  const requestsTo = (shape: string) => requests.get(shape) ?? [];
  return { cited, calls, requestsTo };
}

/** Longer paths are matched by their exact shape only: 2^n shapes per request must stay small. */
const MAX_VARIED_SEGMENTS = 8;

/**
 * Every route shape a concrete request path fits: each segment as written or as a parameter
 * (`/api/orders/7` → `/api/orders/7`, `/api/orders/:p`, `/api/:p/7`, …).
 */
function fittingShapes(shape: string): string[] {
  const segments = shape.split('/').slice(1);
  if (segments.length > MAX_VARIED_SEGMENTS) return [shape];
  let shapes = [''];
  for (const s of segments) shapes = s === ':p' ? shapes.map((x) => `${x}/:p`) : shapes.flatMap((x) => [`${x}/${s}`, `${x}/:p`]);
  return shapes.map((x) => x || '/');
}

/** The task side of matching, computed once per task list: a session that re-matches after each save keeps it. */
export interface PreparedTasks {
  tasks: readonly Task[];
  /** `METHOD path` → the generated client's operation name. */
  operations: Map<string, string>;
}

/** @param tasks merged PRD tasks (as `orchestrate()` puts them in the manifest) */
export function prepareTasks(tasks: readonly Task[]): PreparedTasks {
  return { tasks, operations: new Map(clientOperations(tasks.filter((t): t is ApiTask => t.kind === 'api')).map((o) => [`${o.method} ${o.path}`, o.name])) };
}

/**
 * @param tasks merged PRD tasks (as `orchestrate()` puts them in the manifest), or them prepared once by {@link prepareTasks}
 * @param index what the scanner found in the code
 * @returns one entry per API method and per other task, orphans, totals per kind and per PRD
 */
export function matchCoverage(tasksOrPrepared: readonly Task[] | PreparedTasks, index: CoverageIndex): CoverageResult {
  const { tasks, operations } = 'operations' in tasksOrPrepared ? tasksOrPrepared : prepareTasks(tasksOrPrepared);
  const apis = new Map<string, CoverageIndex['apis']>();
  for (const a of index.apis) push(apis, routeShape(a.path), a);
  const pages = new Map<string, CoverageIndex['pages']>();
  for (const p of index.pages) push(pages, routeShape(p.path), p);
  const models = new Map<string, CoverageIndex['models']>();
  for (const m of index.models) push(models, m.key, m);
  const tests = testIndex(index);

  const entries: CoverageEntry[] = [];
  const byTask = new Map<string, TaskCoverage>();
  const taskShapes = new Map<string, Set<string>>();
  const pageShapes = new Set<string>();
  for (const task of tasks) {
    const id = taskId(task as Task & { id?: string });
    const sources = places(task.sources);
    const cited = tests.cited.get(id) ?? [];
    const own: CoverageEntry[] = [];
    switch (task.kind) {
      case 'api': {
        const shape = routeShape(task.path);
        const methods = taskShapes.get(shape) ?? new Set<string>();
        taskShapes.set(shape, methods);
        for (const method of task.methods) {
          methods.add(method);
          const implementations = places((apis.get(shape) ?? []).filter((a) => a.method === method || a.method === '*'));
          const op = operations.get(`${method} ${task.path}`);
          const requested = tests.requestsTo(shape).filter((r) => r.method === undefined || r.method === method);
          const tested = places([...cited, ...(op ? (tests.calls.get(op) ?? []) : []), ...requested]);
          own.push({ id, kind: 'api', method, path: task.path, status: implementations.length > 0 ? 'implemented' : 'missing', implementations, tests: tested, sources });
        }
        break;
      }
      case 'page': {
        const shape = routeShape(task.route);
        pageShapes.add(shape);
        const implementations = places(pages.get(shape) ?? []);
        const tested = places([...cited, ...tests.requestsTo(shape)]);
        own.push({ id, kind: 'page', path: task.route, status: implementations.length > 0 ? 'implemented' : 'missing', implementations, tests: tested, sources });
        break;
      }
      case 'model': {
        const implementations = places(models.get(modelKey(task.name)) ?? []);
        own.push({ id, kind: 'model', name: task.name, status: implementations.length > 0 ? 'implemented' : 'missing', implementations, tests: places(cited), sources });
        break;
      }
      case 'rule': {
        const tested = places(cited);
        own.push({ id, kind: 'rule', text: task.text, level: task.level, status: tested.length > 0 ? 'tested' : 'untested', implementations: [], tests: tested, sources });
        break;
      }
    }
    for (const e of own) entries.push(e);
    const implemented = task.kind === 'rule' ? own.every((e) => e.status === 'tested') : own.every((e) => e.status === 'implemented');
    byTask.set(id, { status: implemented ? 'implemented' : 'missing', implementations: places(own.flatMap((e) => e.implementations)), tests: places(own.flatMap((e) => e.tests)) });
  }

  const orphans: CoverageOrphan[] = [];
  for (const a of index.apis) {
    const methods = taskShapes.get(routeShape(a.path));
    if (!methods || (a.method !== '*' && !methods.has(a.method))) orphans.push({ kind: 'api', method: a.method, path: displayPath(a.path), file: a.file, line: a.line });
  }
  for (const p of index.pages) if (!pageShapes.has(routeShape(p.path))) orphans.push({ kind: 'page', path: displayPath(p.path), file: p.file, line: p.line });
  orphans.sort((a, b) => comparePlaces(a, b) || ((a.method ?? '') < (b.method ?? '') ? -1 : (a.method ?? '') > (b.method ?? '') ? 1 : 0));

  const summary = totals();
  const perPrd = new Map<string, Record<TaskKind, KindTotals>>();
  let counted = 0;
  let implemented = 0;
  for (const e of entries) {
    const files = new Set(e.sources.map((s) => s.file));
    for (const t of [summary, ...[...files].map((f) => perPrd.get(f) ?? perPrd.set(f, totals()).get(f)!)]) {
      const k = t[e.kind];
      k.total++;
      if (e.status === 'implemented') k.implemented!++;
      if (e.tests.length > 0) k.tested++;
    }
    if (e.kind !== 'rule') {
      counted++;
      if (e.status === 'implemented') implemented++;
    }
  }
  return {
    entries,
    byTask,
    orphans,
    summary,
    perPrd: [...perPrd.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, t]) => ({ file, ...t })),
    percent: counted === 0 ? 100 : Math.floor((implemented / counted) * 1000) / 10,
    untestedMust: entries.filter((e) => e.kind === 'rule' && e.level === 'must' && e.tests.length === 0),
  };
}

export { KINDS };
