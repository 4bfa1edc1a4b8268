import { HTTP_METHODS } from '../extract/index.js';
import { clearDerivedTitle, copyTask, fieldLines, hasDerivedTitle } from '../task.js';
import type { ApiTask, Conflict, HttpMethod, ModelField, ModelTask, PageTask, PrdWarning, RuleLevel, RuleTask, Task, TaskSource } from '../types.js';
import { taskId } from './ids.js';

const LEVEL_RANK: Record<RuleLevel, number> = { must: 0, should: 1, may: 2 };

export function compareSources(a: TaskSource, b: TaskSource): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.section < b.section ? -1 : a.section > b.section ? 1 : 0);
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sources in order, each place once (equal places sort next to each other). */
function unionSources(a: TaskSource[], b: TaskSource[]): TaskSource[] {
  const all = [...a, ...b];
  if (!inOrder(all, compareSources)) all.sort(compareSources);
  const out: TaskSource[] = [];
  for (const s of all) if (out.length === 0 || compareSources(out[out.length - 1]!, s) !== 0) out.push(s);
  return out;
}

/** Is the list sorted by `compare` already? Merge input nearly always is: one pass instead of a sort. */
function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

const at = (s: TaskSource) => `${s.file}:${s.line}`;

export interface MergeResult {
  /** Merged tasks, each with its `id`: apis, models and pages sorted by path / name / route, rules in document order (PRD, then line). */
  tasks: Task[];
  conflicts: Conflict[];
  /** Similar tasks merged into one (same route shape, different parameter names): each names both sources. */
  warnings: PrdWarning[];
}

/**
 * What a watching session keeps of one merge for the next: each task defined more than once, by
 * kind and key, with the definitions it was merged from and what merging them gave. A save that
 * leaves those definitions as they were (the same objects) gets the same merged object back, so
 * the renderer, which recognises unchanged tasks by identity, does not render it again.
 */
export interface MergeMemo {
  groups: Map<string, MergedGroup>;
}

interface MergedGroup {
  defs: readonly Task[];
  merged: Task;
  conflicts: Conflict[];
  warnings: Array<{ by: Task; warning: PrdWarning }>;
}

/** An empty merge memo, owned by a session (see `createOrchestrator`). */
export function createMergeMemo(): MergeMemo {
  return { groups: new Map() };
}

/**
 * Merge tasks with the same id across sections and PRDs (union of methods, fields and sources),
 * give every task its `id`, and report real disagreements as conflicts. Routes of one shape are one
 * task whatever their parameter names (`/orders/:id` ≡ `/orders/{orderId}`); the first by PRD order
 * gives the name and a warning names both. The order of the input does not matter.
 * @param tasks tasks of every PRD, in any order
 * @param memo a watching session's memo: groups of definitions seen last time are not merged again
 */
export function mergeTasks(tasks: Task[], memo?: MergeMemo): MergeResult {
  // Sort first so that "the first definition wins" means the same on every machine, whatever the input order.
  // Tasks of one extraction come in document order: a pass over them tells, and saves the sort.
  const bySource = (a: Task, b: Task) => compareSources(a.sources[0]!, b.sources[0]!);
  const ordered = inOrder(tasks, bySource) ? tasks : [...tasks].sort(bySource);
  // One map per kind: each kind is sorted on its own. Each key's definitions, in order.
  const byKind: Record<Task['kind'], Map<string, Task[]>> = { api: new Map(), model: new Map(), page: new Map(), rule: new Map() };
  const shared = idsOfSeveralPrds(ordered);
  const idOf = taskIds();
  const qualifiedKeys = new Set<string>();
  for (const task of ordered) {
    const qualified = qualifiedId(task, shared);
    // The id is a pure function of the task (built on \`keyWithinKind\`, so equal ids are equal keys):
    // setting it on the caller's object is idempotent, and keeping that object lets repeated runs
    // recognise unchanged tasks by identity. A qualified id goes on a copy: the PRD's own stays.
    const key = qualified ?? (task.id ??= idOf(task));
    if (qualified) qualifiedKeys.add(key);
    const defs = byKind[task.kind].get(key);
    if (defs) defs.push(task);
    else byKind[task.kind].set(key, [task]);
  }
  const conflicts: Conflict[] = [];
  const warned: Array<{ by: Task; warning: PrdWarning }> = [];
  const groups = new Map<string, MergedGroup>();
  const merged: Task[] = [];
  for (const kind of KINDS) {
    const list: Task[] = [];
    for (const [key, defs] of byKind[kind]) {
      if (defs.length === 1 && !qualifiedKeys.has(key)) {
        list.push(defs[0]!);
        continue;
      }
      const memoKey = `${kind}\0${key}`;
      const last = memo?.groups.get(memoKey);
      const group = last && sameDefs(last.defs, defs) ? last : mergeGroup(defs, qualifiedKeys.has(key) ? key : undefined);
      groups.set(memoKey, group);
      list.push(group.merged);
      for (const c of group.conflicts) conflicts.push(c);
      for (const w of group.warnings) warned.push(w);
    }
    const sortKey = SORT_KEY[kind];
    const compare = (a: Task, b: Task) => byString(sortKey(a), sortKey(b)) || compareSources(a.sources[0]!, b.sources[0]!);
    if (!inOrder(list, compare)) list.sort(compare);
    for (const t of list) merged.push(t);
  }
  if (memo) memo.groups = groups;
  conflicts.sort((a, b) => byString(a.id, b.id) || compareSources(a.sources[0]!, b.sources[0]!));
  // Warnings in the order of the definitions that raised them, as one pass over the sorted tasks would give.
  let warnings: PrdWarning[] = [];
  if (warned.length > 0) {
    const rank = new Map(ordered.map((t, i) => [t, i]));
    warnings = warned.sort((a, b) => rank.get(a.by)! - rank.get(b.by)!).map((w) => w.warning);
  }
  return { tasks: merged, conflicts, warnings };
}

/** The same definitions, the very same objects, in the same order. */
function sameDefs(a: readonly Task[], b: readonly Task[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/**
 * One task from its definitions (in order): a copy of the first, with the others' sources, methods,
 * bodies, fields, title and level merged in, and the conflicts and warnings they raise.
 * @param qualified the PRD-qualified id of a written requirement id that several PRDs use
 */
function mergeGroup(defs: readonly Task[], qualified: string | undefined): MergedGroup {
  const first = defs[0]!;
  // A copy (fields included, see copyTask): merging changes it in place, never a definition.
  const prev = qualified ? { ...copyTask(first), id: qualified } : copyTask(first);
  const warnings: MergedGroup['warnings'] = [];
  // A model's fields by name, built once for the group: each later definition's fields are looked up, not searched for.
  let fieldIndex: Map<string, number> | undefined;
  for (let i = 1; i < defs.length; i++) {
    const task = defs[i]!;
    const similar = similarRoute(prev, task);
    if (similar) warnings.push({ by: task, warning: similar });
    // Sorted and de-duplicated once at the end: merging thousands of repeats stays linear.
    for (const s of task.sources) prev.sources.push(s);
    if (prev.kind === 'api' && task.kind === 'api') {
      if (!task.methods.every((m) => prev.methods.includes(m))) prev.methods = HTTP_METHODS.filter((m) => prev.methods.includes(m) || task.methods.includes(m));
      if (task.bodies) prev.bodies = prev.bodies ? mergeBodies(prev.bodies, task.bodies) : { ...task.bodies };
    } else if (prev.kind === 'model' && task.kind === 'model') {
      fieldIndex ??= indexFields(prev.fields);
      mergeFields(prev.fields, fieldIndex, task.fields);
    } else if (prev.kind === 'page' && task.kind === 'page') {
      if (derivedTitle(prev) && !derivedTitle(task)) {
        prev.title = task.title;
        clearDerivedTitle(prev);
      }
    } else if (prev.kind === 'rule' && task.kind === 'rule') {
      if (LEVEL_RANK[task.level] < LEVEL_RANK[prev.level]) prev.level = task.level;
    }
  }
  const conflicts: Conflict[] = [];
  if (prev.kind === 'model') modelConflicts(prev, defs as ModelTask[], conflicts);
  else if (prev.kind === 'page') pageConflict(prev, defs as PageTask[], conflicts);
  else if (prev.kind === 'rule') ruleConflict(prev, defs as RuleTask[], conflicts);
  prev.sources = unionSources([], prev.sources);
  return { defs, merged: prev, conflicts, warnings };
}

type Bodies = NonNullable<ApiTask['bodies']>;

/**
 * What each method takes and returns, from two definitions: the first that names a request or a
 * response wins, and the statuses of both are kept, each code once, the first's first.
 */
function mergeBodies(first: Bodies, later: Bodies): Bodies {
  const out: Bodies = { ...later, ...first };
  for (const m of Object.keys(later) as HttpMethod[]) {
    const a = first[m];
    const b = later[m]!;
    if (!a) continue;
    const request = a.request ?? b.request;
    const response = a.response ?? b.response;
    const statuses = [...(a.statuses ?? [])];
    for (const s of b.statuses ?? []) if (!statuses.some((t) => t.code === s.code)) statuses.push(s);
    out[m] = { ...(request ? { request } : {}), ...(response ? { response } : {}), ...(statuses.length > 0 ? { statuses } : {}) };
  }
  return out;
}

/**
 * {@link taskId} for one merge, computed once per distinct path, name or rule text: PRDs repeat
 * their endpoints, models and sentences, and a rule's id hashes its text.
 */
function taskIds(): (task: Task) => string {
  const seen: Record<Task['kind'], Map<string, string>> = { api: new Map(), model: new Map(), page: new Map(), rule: new Map() };
  return (task) => {
    const raw = task.kind === 'api' ? task.path : task.kind === 'page' ? task.route : task.kind === 'model' ? task.name : task.text;
    let id = seen[task.kind].get(raw);
    if (id === undefined) seen[task.kind].set(raw, (id = taskId(task)));
    return id;
  };
}

/** Is this a requirement id the PRD wrote (`FR-001`, `2.3`), rather than one made from the text? */
const writtenRuleId = (t: Task): t is RuleTask & { id: string } => t.kind === 'rule' && t.id !== undefined && !t.id.startsWith('rule:');

/**
 * Requirement ids that more than one PRD writes. Such an id numbers requirements within its PRD
 * (Spec Kit starts every spec at FR-001), so it names a different requirement in each.
 */
function idsOfSeveralPrds(tasks: readonly Task[]): Set<string> {
  const firstFile = new Map<string, string>();
  const shared = new Set<string>();
  for (const t of tasks) {
    if (!writtenRuleId(t)) continue;
    const file = t.sources[0]!.file;
    const seen = firstFile.get(t.id);
    if (seen === undefined) firstFile.set(t.id, file);
    else if (seen !== file) shared.add(t.id);
  }
  return shared;
}

/** `docs/prd/a.md#FR-001` for a written id that several PRDs use; undefined for any other task. */
function qualifiedId(task: Task, shared: ReadonlySet<string>): string | undefined {
  return writtenRuleId(task) && shared.has(task.id) ? `${task.sources[0]!.file}#${task.id}` : undefined;
}

/** The warning for two routes of one shape written differently; undefined when they are written alike. */
function similarRoute(prev: Task, task: Task): PrdWarning | undefined {
  const route = (t: Task) => (t.kind === 'api' ? t.path : t.kind === 'page' ? t.route : undefined);
  const a = route(prev);
  const b = route(task);
  if (a === undefined || b === undefined || a === b) return undefined;
  const first = prev.sources[0]!;
  const second = task.sources[0]!;
  return {
    file: second.file,
    line: second.line,
    column: 1,
    code: 'similar-route',
    message: `${prev.kind === 'api' ? 'Endpoint' : 'Page'} ${b} (${at(second)}) is the same route as ${a} (${at(first)}): merged as ${a}. Write the parameter the same way in both places to silence this`,
  };
}

/**
 * A page title the extractor made from its route because the PRD gives none (marked when
 * extracted, see markDerivedTitle): a written title beats it without a conflict. A written title
 * that reads the same as the route's is still written.
 */
const derivedTitle = hasDerivedTitle;

/**
 * The different values the definitions give, in order, each with the source of its first definition.
 * @param defs the definitions of one task
 * @param value the value of a definition
 * @param key what two values are compared by
 * @param skip definitions that do not count
 */
function distinctValues<T extends { sources: TaskSource[] }>(defs: T[], value: (d: T) => string, key: (v: string) => string, skip: (d: T) => boolean = () => false): { values: string[]; sources: TaskSource[] } {
  const values: string[] = [];
  const sources: TaskSource[] = [];
  const seen = new Set<string>();
  for (const d of defs) {
    if (skip(d)) continue;
    const k = key(value(d));
    if (seen.has(k)) continue;
    seen.add(k);
    values.push(value(d));
    sources.push(d.sources[0]!);
  }
  return { values, sources };
}

/** Sources named in a conflict message before it says how many more there are (the conflict itself lists all). */
const SOURCES_NAMED = 5;

/** `a.md:3, b.md:9 and 12 more`: the places a message names, kept to a readable length. */
function someSources(sources: readonly TaskSource[]): string {
  const named = sources.slice(0, SOURCES_NAMED).map(at).join(', ');
  return sources.length > SOURCES_NAMED ? `${named} and ${sources.length - SOURCES_NAMED} more` : named;
}

function pageConflict(merged: PageTask, defs: PageTask[], out: Conflict[]): void {
  const { values: titles, sources } = distinctValues(defs, (d) => d.title, (t) => t.toLowerCase(), derivedTitle);
  if (titles.length < 2) return;
  out.push({
    kind: 'page-title',
    id: merged.id!,
    route: merged.route,
    titles,
    sources,
    message: `Page ${merged.route} has two titles: ${titles.map((t, i) => `"${t}" (${at(sources[i]!)})`).join(' vs ')}; the first is used. Give the page one title`,
  });
}

function ruleConflict(merged: RuleTask, defs: RuleTask[], out: Conflict[]): void {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const { values: texts, sources } = distinctValues(defs, (d) => d.text, norm);
  if (texts.length < 2) return;
  out.push({
    kind: 'rule-id',
    id: merged.id!,
    texts,
    sources,
    message: `Requirement id ${merged.id} names ${texts.length} different sentences (${someSources(sources)}); the first is used. Give each requirement its own id`,
  });
}

/** Where a definition of a model writes a field: its own line when the extractor knows it (a table row, a list item), else the model's. */
function fieldSource(def: ModelTask, field: string): TaskSource {
  const first = def.sources[0]!;
  const line = fieldLines(def)?.get(field);
  return line === undefined || line === first.line ? first : { ...first, line };
}

function modelConflicts(merged: ModelTask, defs: ModelTask[], out: Conflict[]): void {
  // Each field's distinct types in order, with the set of them: a type seen before is looked up, not searched for.
  const perField = new Map<string, { list: Array<{ type: string; source: TaskSource }>; seen: Set<string> }>();
  for (const def of defs) {
    for (const f of def.fields) {
      // A guessed type never disagrees: an explicit one beats it (see mergeFields).
      if (f.inferred || f.type === 'unknown') continue;
      let entry = perField.get(f.name);
      if (!entry) perField.set(f.name, (entry = { list: [], seen: new Set() }));
      if (entry.seen.has(f.type)) continue;
      entry.seen.add(f.type);
      // A type that says more of the same values (`string | null` after `string`) agrees with it: the one that says more is kept (see mergeFields).
      const same = entry.list.findIndex((d) => refines(f.type, d.type) || refines(d.type, f.type));
      if (same !== -1) {
        if (refines(f.type, entry.list[same]!.type)) entry.list[same] = { type: f.type, source: fieldSource(def, f.name) };
        continue;
      }
      entry.list.push({ type: f.type, source: fieldSource(def, f.name) });
    }
  }
  for (const [field, { list: fieldDefs }] of perField) {
    if (fieldDefs.length < 2) continue;
    const types = fieldDefs.map((d) => d.type);
    const sources = fieldDefs.map((d) => d.source);
    out.push({
      kind: 'model-field-type',
      id: merged.id!,
      model: merged.name,
      field,
      types,
      sources,
      message: `Model ${merged.name} field "${field}" has conflicting types ${fieldDefs.map((d) => `${d.type} (${at(d.source)})`).join(' vs ')}; the first is used. Make the PRDs agree`,
    });
  }
}

/** Each field's index by name (the first, should a name appear twice), for {@link mergeFields}. */
function indexFields(fields: readonly ModelField[]): Map<string, number> {
  const index = new Map<string, number>();
  fields.forEach((f, i) => {
    if (!index.has(f.name)) index.set(f.name, i);
  });
  return index;
}

/**
 * Merge a later definition's fields into the group's own copy of the fields (`out`, changed in
 * place, new fields appended in order): a written type beats a guessed or unknown one; required
 * anywhere means required. Linear in the later definition's fields, whatever the group has.
 * @param index `out`'s fields by name (see {@link indexFields}), kept up to date here
 */
function mergeFields(out: ModelField[], index: Map<string, number>, later: readonly ModelField[]): void {
  for (const f of later) {
    const i = index.get(f.name);
    if (i === undefined) {
      index.set(f.name, out.length);
      out.push({ ...f });
      continue;
    }
    const prev = out[i]!;
    if (prev.type === 'unknown' || (prev.inferred && !f.inferred && f.type !== 'unknown') || (!f.inferred && refines(f.type, prev.type))) {
      prev.type = f.type;
      if (f.inferred) prev.inferred = true;
      else delete prev.inferred;
    }
    prev.optional = prev.optional && f.optional;
  }
}

/** A union of string literals: `"draft" | "sent"`. */
const LITERAL_UNION = /^"[^"]*"(?:\s*\|\s*"[^"]*")+$/;

/**
 * Does one field type say more of the values another allows? It adds null (`string | null` to
 * `string`, as a table's "Null?" column adds to a diagram that cannot write it), or names the
 * values of a string (`"draft" | "sent"` for `string`).
 */
function refines(specific: string, general: string): boolean {
  return specific === `${general} | null` || (general === 'string' && LITERAL_UNION.test(specific));
}

const KINDS = ['api', 'model', 'page', 'rule'] as const;
const SORT_KEY: Record<Task['kind'], (t: Task) => string> = {
  api: (t) => (t as ApiTask).path,
  model: (t) => (t as ModelTask).name,
  page: (t) => (t as PageTask).route,
  // Rules keep document order: the source comparison after this empty key decides.
  rule: () => '',
};
