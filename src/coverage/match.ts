/**
 * Tasks against the code. Routes compare by `routeShape()`, models by `modelKey()`, tasks by `taskId()`:
 * the one definition of each. A matcher session keeps what the code offers in indexes keyed by route
 * shape, model key and test reference, each key → (file → items); after a save it replaces only the saved
 * files' items and matches again only the tasks whose keys those items (old or new) touch, reusing every
 * other task's entries, orphans per file and JSON text. `matchCoverage()` is the same session run once.
 */
import { normalizeApiPath } from '../extract/index.js';
import { bareId, modelKey, qaCaseId, routeShape, taskId } from '../plan/index.js';
import { clientOperations } from '../render/index.js';
import type { ApiTask, Task, TaskKind } from '../types.js';
import { coverageEntryJson } from './report-json.js';
import type { ApiImplementation, CoverageEntry, CoverageIndex, CoverageOrphan, CoverageResult, KindTotals, ModelImplementation, PageImplementation, Place, TaskCoverage, TestReferences } from './types.js';

const KINDS: readonly TaskKind[] = ['api', 'page', 'model', 'rule'];
/** Characters after which the rest of a cited word still names the task before them (`FR-002-QA1` cites `FR-002`). */
const ID_SEPARATORS = new Set(['-', ':', '/', '#']);
/** Cited words never split at a separator: derived ids (`api:/orders/:p`) and QA case ids (`QA-1f07023c`). */
const WHOLE_ID = /^(?:(?:api|page|model|rule):|QA-[0-9a-f]{8}$)/;

/** A route found in code, in the PRDs' notation (`/orders/[id]` → `/orders/:id`) where it has one. */
function displayPath(route: string): string {
  return normalizeApiPath(route) ?? route;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/** What one source file offers the match: its endpoints (its own and its routers' once mounted), pages, models, test references. */
export interface FileCoverage {
  file: string;
  apis: readonly ApiImplementation[];
  pages: readonly PageImplementation[];
  models: readonly ModelImplementation[];
  tests?: TestReferences;
  error?: Place & { message: string };
}

/** Tasks per cached piece of the JSON text. */
const CHUNK = 64;

type Request = Place & { method?: string };
/** The index namespaces: each key a task may look up, prefixed so that no two namespaces share a key. */
type Keyed = { api: ApiImplementation; page: PageImplementation; model: Place; cited: Place; call: Place; request: Request };
type Namespace = keyof Keyed;
type Contribution = { [N in Namespace]: Array<[string, Keyed[N]]> };

/** The keyed items one file contributes. */
function contribution(f: FileCoverage): Contribution {
  const c: Contribution = { api: [], page: [], model: [], cited: [], call: [], request: [] };
  for (const a of f.apis) c.api.push([routeShape(a.path), a]);
  for (const p of f.pages) c.page.push([routeShape(p.path), p]);
  for (const m of f.models) c.model.push([m.key, m]);
  if (f.tests) {
    for (const { token, line } of f.tests.ids) {
      const at = { file: f.file, line };
      c.cited.push([token, at]);
      if (WHOLE_ID.test(token)) continue;
      for (let i = 1; i < token.length; i++) if (ID_SEPARATORS.has(token[i]!)) c.cited.push([token.slice(0, i), at]);
    }
    for (const call of f.tests.calls) c.call.push([call.name, { file: f.file, line: call.line }]);
    // By every route shape a request's path fits: `/api/orders/7` is a request to `/api/orders/:p` too.
    for (const r of f.tests.requests) {
      const request: Request = { file: f.file, line: r.line, ...(r.method ? { method: r.method } : {}) };
      for (const shape of fittingShapes(routeShape(r.path))) c.request.push([shape, request]);
    }
  }
  return c;
}

/** key → file → items: a file's items are replaced without touching other files'. */
class KeyedIndex<T> {
  private readonly byKey = new Map<string, Map<string, T[]>>();
  get(key: string): T[] {
    const files = this.byKey.get(key);
    if (!files) return [];
    return files.size === 1 ? files.values().next().value! : [...files.values()].flat();
  }
  remove(file: string, pairs: ReadonlyArray<[string, T]>): void {
    for (const [key] of pairs) {
      const files = this.byKey.get(key);
      if (!files) continue;
      files.delete(file);
      if (files.size === 0) this.byKey.delete(key);
    }
  }
  add(file: string, pairs: ReadonlyArray<[string, T]>): void {
    for (const [key, item] of pairs) {
      const files = this.byKey.get(key) ?? this.byKey.set(key, new Map()).get(key)!;
      const list = files.get(file);
      if (list) list.push(item);
      else files.set(file, [item]);
    }
  }
}

/**
 * What a test writes to cite a task: its id, or for a requirement id that several PRDs write
 * (`specs/001-albums/spec.md#FR-001`, see mergeTasks) the PRD's own `FR-001`, which then cites each.
 */
const citedAs = bareId;

/**
 * The words a test may cite a task by: its id as {@link citedAs} writes it and its QA case id (see
 * qaCaseId; the QA files and `start` write it); for an endpoint's method, that method's case too.
 */
function citedKeys(id: string, method?: string): string[] {
  return method ? [citedAs(id), qaCaseId(id), qaCaseId(id, method)] : [citedAs(id), qaCaseId(id)];
}

/** The keys each task looks up, per namespace: which tasks a changed key must re-match. */
function taskKeys(task: Task, id: string, operations: Map<string, string>): { [N in Namespace]?: string[] } {
  switch (task.kind) {
    case 'api': {
      const shape = routeShape(task.path);
      const calls = task.methods.map((m) => operations.get(`${m} ${task.path}`)).filter((o): o is string => o !== undefined);
      return { api: [shape], request: [shape], cited: [...citedKeys(id), ...task.methods.map((m) => qaCaseId(id, m))], call: calls };
    }
    case 'page': {
      const shape = routeShape(task.route);
      return { page: [shape], request: [shape], cited: citedKeys(id) };
    }
    case 'model':
      return { model: [modelKey(task.name)], cited: citedKeys(id) };
    case 'rule':
      return { cited: citedKeys(id) };
  }
}

/** One task matched: its entries (one per API method) and, for the requirements page, its coverage. */
interface TaskMatch {
  id: string;
  entries: CoverageEntry[];
  /** Each entry as `coverage --json` writes it. */
  json: string[];
  coverage: TaskCoverage;
}

/** A matcher session over one task list. */
export interface CoverageMatcher {
  /**
   * Replace what the given files offer (a file absent from `files` is gone) and match again the tasks
   * their old or new items touch.
   * @param changed the changed files' names
   * @param files what every file offers now (looked up for the changed names only)
   */
  update(changed: Iterable<string>, files: ReadonlyMap<string, FileCoverage>): void;
  /** The result as it stands. */
  result(): CoverageResult;
  /** The `coverage --json` document as text: `JSON.stringify(coverageJson(result, index))`, from cached pieces. */
  jsonText(): string;
}

/**
 * @param prepared the task list, prepared once by {@link prepareTasks}
 * @returns a session with no files yet: every API, page and model missing
 */
export function createCoverageMatcher(prepared: PreparedTasks): CoverageMatcher {
  const { tasks, operations } = prepared;
  const index = { api: new KeyedIndex<ApiImplementation>(), page: new KeyedIndex<PageImplementation>(), model: new KeyedIndex<Place>(), cited: new KeyedIndex<Place>(), call: new KeyedIndex<Place>(), request: new KeyedIndex<Request>() };
  const ids = tasks.map((t) => taskId(t as Task & { id?: string }));
  // namespace\0key → indexes of the tasks that look it up.
  const lookedUpBy = new Map<string, number[]>();
  const taskShapes = new Map<string, Set<string>>();
  const pageShapes = new Set<string>();
  tasks.forEach((task, i) => {
    const keys = taskKeys(task, ids[i]!, operations);
    for (const ns of Object.keys(keys) as Namespace[]) for (const key of keys[ns]!) push(lookedUpBy, `${ns}\0${key}`, i);
    if (task.kind === 'api') {
      const shape = routeShape(task.path);
      const methods = taskShapes.get(shape) ?? taskShapes.set(shape, new Set()).get(shape)!;
      for (const m of task.methods) methods.add(m);
    }
    if (task.kind === 'page') pageShapes.add(routeShape(task.route));
  });

  const matchTask = (task: Task, id: string): TaskMatch => {
    const sources = places(task.sources);
    const citing = (method?: string): Place[] => citedKeys(id, method).flatMap((key) => index.cited.get(key));
    const own: CoverageEntry[] = [];
    switch (task.kind) {
      case 'api': {
        const shape = routeShape(task.path);
        const apis = index.api.get(shape);
        const requests = index.request.get(shape);
        for (const method of task.methods) {
          const implementations = places(apis.filter((a) => a.method === method || a.method === '*'));
          const op = operations.get(`${method} ${task.path}`);
          const requested = requests.filter((r) => r.method === undefined || r.method === method);
          const tested = places([...citing(method), ...(op ? index.call.get(op) : []), ...requested]);
          own.push({ id, kind: 'api', method, path: task.path, status: implementations.length > 0 ? 'implemented' : 'missing', implementations, tests: tested, sources });
        }
        break;
      }
      case 'page': {
        const shape = routeShape(task.route);
        const implementations = places(index.page.get(shape));
        const tested = places([...citing(), ...index.request.get(shape)]);
        own.push({ id, kind: 'page', path: task.route, status: implementations.length > 0 ? 'implemented' : 'missing', implementations, tests: tested, sources });
        break;
      }
      case 'model': {
        const implementations = places(index.model.get(modelKey(task.name)));
        own.push({ id, kind: 'model', name: task.name, status: implementations.length > 0 ? 'implemented' : 'missing', implementations, tests: places(citing()), sources });
        break;
      }
      case 'rule': {
        const tested = places(citing());
        own.push({ id, kind: 'rule', text: task.text, level: task.level, status: tested.length > 0 ? 'tested' : 'untested', implementations: [], tests: tested, sources });
        break;
      }
    }
    const implemented = task.kind === 'rule' ? own.every((e) => e.status === 'tested') : own.every((e) => e.status === 'implemented');
    return {
      id,
      entries: own,
      json: own.map((e) => JSON.stringify(coverageEntryJson(e))),
      coverage: { status: implemented ? 'implemented' : 'missing', implementations: places(own.flatMap((e) => e.implementations)), tests: places(own.flatMap((e) => e.tests)) },
    };
  };

  /** An endpoint or page of this file that no task asks for, in place order (a stable sort: equal places keep file order). */
  const fileOrphans = (f: FileCoverage): CoverageOrphan[] => {
    const out: CoverageOrphan[] = [];
    for (const a of f.apis) {
      const methods = taskShapes.get(routeShape(a.path));
      if (!methods || (a.method !== '*' && !methods.has(a.method))) out.push({ kind: 'api', method: a.method, path: displayPath(a.path), file: a.file, line: a.line });
    }
    for (const p of f.pages) if (!pageShapes.has(routeShape(p.path))) out.push({ kind: 'page', path: displayPath(p.path), file: p.file, line: p.line });
    return out.sort((a, b) => comparePlaces(a, b) || compareStrings(a.method ?? '', b.method ?? ''));
  };

  const matches: TaskMatch[] = [];
  // Tasks to match (again) before the next result: at first all of them.
  const stale = new Set<number>(tasks.keys());
  const contributions = new Map<string, Contribution>();
  const orphansOf = new Map<string, CoverageOrphan[]>();
  const errorOf = new Map<string, Place & { message: string }>();
  let cached: { result: CoverageResult; json?: string } | undefined;
  // The `tasks` JSON of each run of CHUNK tasks: a save that re-matches one task joins its chunk again, not all of them.
  const chunks: Array<string | undefined> = [];

  const build = (): CoverageResult => {
    for (const i of stale) {
      matches[i] = matchTask(tasks[i]!, ids[i]!);
      chunks[Math.floor(i / CHUNK)] = undefined;
    }
    stale.clear();
    const entries: CoverageEntry[] = [];
    const byTask = new Map<string, TaskCoverage>();
    for (const m of matches) {
      for (const e of m.entries) entries.push(e);
      byTask.set(m.id, m.coverage);
    }
    // Orphans and errors in file order; within a file, orphans are already in place order.
    const files = [...orphansOf.keys()].sort(compareStrings);
    const orphans = files.flatMap((f) => orphansOf.get(f)!);
    const summary = totals();
    const perPrd = new Map<string, Record<TaskKind, KindTotals>>();
    let counted = 0;
    let implemented = 0;
    for (const e of entries) {
      const prds = new Set(e.sources.map((s) => s.file));
      for (const t of [summary, ...[...prds].map((f) => perPrd.get(f) ?? perPrd.set(f, totals()).get(f)!)]) {
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
      perPrd: [...perPrd.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([file, t]) => ({ file, ...t })),
      percent: counted === 0 ? 100 : Math.floor((implemented / counted) * 1000) / 10,
      untestedMust: entries.filter((e) => e.kind === 'rule' && e.level === 'must' && e.tests.length === 0),
    };
  };

  return {
    update(changed, files) {
      const touched = stale;
      const touch = (ns: Namespace, pairs: ReadonlyArray<[string, unknown]>) => {
        for (const [key] of pairs) for (const i of lookedUpBy.get(`${ns}\0${key}`) ?? []) touched.add(i);
      };
      for (const file of new Set(changed)) {
        const before = contributions.get(file);
        if (before) {
          for (const ns of Object.keys(index) as Namespace[]) {
            (index[ns] as KeyedIndex<unknown>).remove(file, before[ns]);
            touch(ns, before[ns]);
          }
          contributions.delete(file);
        }
        orphansOf.delete(file);
        errorOf.delete(file);
        const now = files.get(file);
        if (!now) continue;
        const after = contribution(now);
        for (const ns of Object.keys(index) as Namespace[]) {
          (index[ns] as KeyedIndex<unknown>).add(file, after[ns]);
          touch(ns, after[ns]);
        }
        contributions.set(file, after);
        const orphans = fileOrphans(now);
        if (orphans.length > 0) orphansOf.set(file, orphans);
        if (now.error) errorOf.set(file, now.error);
      }
      cached = undefined;
    },
    result() {
      cached ??= { result: build() };
      return cached.result;
    },
    jsonText() {
      const result = this.result();
      if (cached!.json === undefined) {
        const errors = [...errorOf.keys()].sort(compareStrings).map((f) => errorOf.get(f)!);
        for (let c = 0; c * CHUNK < matches.length; c++) {
          chunks[c] ??= matches.slice(c * CHUNK, (c + 1) * CHUNK).flatMap((m) => m.json).join(',');
        }
        const head = `{"tasks":[${chunks.filter((c) => c !== '').join(',')}]`;
        cached!.json = `${head},"orphans":${JSON.stringify(result.orphans)},"summary":${JSON.stringify({ ...result.summary, percent: result.percent })},"prds":${JSON.stringify(result.perPrd)},"errors":${JSON.stringify(errors)}}`;
      }
      return cached!.json;
    },
  };
}

/** The flat index regrouped per file: the form a matcher session takes. */
export function filesOfIndex(index: CoverageIndex): Map<string, FileCoverage> {
  const files = new Map<string, { file: string; apis: ApiImplementation[]; pages: PageImplementation[]; models: ModelImplementation[]; tests?: TestReferences; error?: Place & { message: string } }>();
  const of = (file: string) => files.get(file) ?? files.set(file, { file, apis: [], pages: [], models: [] }).get(file)!;
  for (const a of index.apis) of(a.file).apis.push(a);
  for (const p of index.pages) of(p.file).pages.push(p);
  for (const m of index.models) of(m.file).models.push(m);
  for (const { file, ...refs } of index.tests) of(file).tests = refs;
  for (const e of index.errors) of(e.file).error = e;
  return files;
}

/**
 * @param tasks merged PRD tasks (as `orchestrate()` puts them in the manifest), or them prepared once by {@link prepareTasks}
 * @param index what the scanner found in the code
 * @returns one entry per API method and per other task, orphans, totals per kind and per PRD
 */
export function matchCoverage(tasksOrPrepared: readonly Task[] | PreparedTasks, index: CoverageIndex): CoverageResult {
  const matcher = createCoverageMatcher('operations' in tasksOrPrepared ? tasksOrPrepared : prepareTasks(tasksOrPrepared));
  const files = filesOfIndex(index);
  matcher.update(files.keys(), files);
  return matcher.result();
}

export { KINDS };
