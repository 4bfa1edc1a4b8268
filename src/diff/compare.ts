import { diffWords } from 'diff';
import { bareId, qaCaseId } from '../plan/index.js';
import { clientOperations, modelIdentifiers } from '../render/index.js';
import type { TaskChange } from '../report/index.js';
import { HTTP_METHODS } from '../extract/index.js';
import type { ApiTask, HttpMethod, ModelTask, RuleTask, Task, TaskKind, TaskSource } from '../types.js';

/** One task that differs between two revisions: the report's change of a task, with both versions and what it touches. */
export interface DiffChange extends TaskChange {
  kind: TaskKind;
  /** The task's id (after the change; a rule edited in place was \`before.id\` before). */
  id: string;
  before: Task | null;
  after: Task | null;
  /** Generated exports the change adds, removes or alters (`api.ts: postApiOrders`) and the QA case ids it invalidates (`qa: QA-1f07023c`). */
  impact: string[];
}

export interface TaskDiff {
  /** Breaking changes first, then by kind and id. */
  changes: DiffChange[];
  summary: { added: number; removed: number; modified: number; breaking: number };
}

/** Two sides' generated names, each computed once for the whole task set (names are unique across it). */
interface Names {
  ops: Map<string, string>;
  models: Map<string, string>;
}

function namesOf(tasks: readonly Task[]): Names {
  const apis = tasks.filter((t): t is ApiTask => t.kind === 'api');
  const models = tasks.filter((t): t is ModelTask => t.kind === 'model');
  return { ops: new Map(clientOperations(apis).map((o) => [`${o.method} ${o.path}`, o.name])), models: modelIdentifiers(models) };
}

const KIND_RANK: Record<TaskKind, number> = { api: 0, model: 1, page: 2, rule: 3 };

/** How alike two rule texts are, 0 to 1: twice the characters their word diff keeps over both lengths. */
function similarity(a: string, b: string): number {
  let kept = 0;
  for (const part of diffWords(a, b, { ignoreCase: true })) if (!part.added && !part.removed) kept += part.value.length;
  return (2 * kept) / (a.length + b.length || 1);
}

/** A rule edited in place keeps at least this much of its text (by {@link similarity}). */
const SIMILAR_RULE = 0.6;

const section = (t: Task) => t.sources[0]?.section ?? '';

/**
 * Compare two task sets by id: added, removed and modified tasks, whether each is breaking, and
 * what it does to the generated files and QA cases. Sources are not compared: a PRD renamed or a
 * line moved with the same tasks is no change. A rule without an explicit id whose text was edited
 * (similar text in the same section) is one modified rule, not a removal and an addition.
 * @param before tasks of the base revision (merged, with ids)
 * @param after tasks of the head revision (merged, with ids)
 */
export function diffTasks(before: readonly Task[], after: readonly Task[]): TaskDiff {
  const a = new Map(before.map((t) => [t.id!, t]));
  const b = new Map(after.map((t) => [t.id!, t]));
  const names = { before: namesOf(before), after: namesOf(after) };
  const changes: DiffChange[] = [];
  const removedRules: RuleTask[] = [];
  const addedRules: RuleTask[] = [];
  const removedWritten: RuleTask[] = [];
  const addedWritten: RuleTask[] = [];
  for (const [id, old] of a) {
    const now = b.get(id);
    if (!now) {
      if (old.kind === 'rule') (id.startsWith('rule:') ? removedRules : removedWritten).push(old);
      else changes.push(removed(old, names.before));
    } else {
      const change = modified(old, now, names);
      if (change) changes.push(change);
    }
  }
  for (const [id, now] of b) {
    if (a.has(id)) continue;
    if (now.kind === 'rule') (id.startsWith('rule:') ? addedRules : addedWritten).push(now);
    else changes.push(added(now, names.after));
  }
  for (const c of pairWritten(removedWritten, addedWritten, names)) changes.push(c);
  // Pair each removed rule with the most similar added rule of its section, best pairs first.
  const pairs: Array<{ old: RuleTask; now: RuleTask; score: number }> = [];
  for (const old of removedRules) {
    for (const now of addedRules) {
      if (section(old) !== section(now)) continue;
      const score = similarity(old.text, now.text);
      if (score >= SIMILAR_RULE) pairs.push({ old, now, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.old.id!.localeCompare(y.old.id!) || x.now.id!.localeCompare(y.now.id!));
  const paired = new Set<Task>();
  for (const { old, now } of pairs) {
    if (paired.has(old) || paired.has(now)) continue;
    paired.add(old);
    paired.add(now);
    changes.push(modified(old, now, names)!);
  }
  for (const old of removedRules) if (!paired.has(old)) changes.push(removed(old, names.before));
  for (const now of addedRules) if (!paired.has(now)) changes.push(added(now, names.after));
  changes.sort((x, y) => Number(y.breaking) - Number(x.breaking) || KIND_RANK[x.kind] - KIND_RANK[y.kind] || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const count = (c: DiffChange['change']) => changes.filter((x) => x.change === c).length;
  return { changes, summary: { added: count('added'), removed: count('removed'), modified: count('modified'), breaking: changes.filter((c) => c.breaking).length } };
}

/**
 * Requirements whose written id is qualified with its PRD on one side only (`docs/prd/a.md#FR-001`
 * against `FR-001`: another PRD that also writes FR-001 came or went, see mergeTasks), or on both
 * sides under two file names (the PRD was renamed). The same written id in the same PRD is one
 * requirement, compared as any other; across a rename it is one only when its sentence is unchanged.
 * @returns the changes of the requirements removed and added, those paired and the rest
 */
function pairWritten(gone: RuleTask[], fresh: RuleTask[], names: { before: Names; after: Names }): DiffChange[] {
  const out: DiffChange[] = [];
  const paired = new Set<Task>();
  const pairBy = (key: (t: RuleTask) => string, compare: boolean) => {
    const byKey = new Map<string, RuleTask>();
    for (const now of fresh) if (!paired.has(now) && !byKey.has(key(now))) byKey.set(key(now), now);
    for (const old of gone) {
      if (paired.has(old)) continue;
      const now = byKey.get(key(old));
      if (!now || paired.has(now) || (!compare && foldText(old.text) !== foldText(now.text))) continue;
      paired.add(old);
      paired.add(now);
      const change = modified(old, now, names);
      if (change) out.push(change);
    }
  };
  pairBy((t) => `${bareId(t.id!)}\0${t.sources[0]!.file}`, true);
  pairBy((t) => `${bareId(t.id!)}\0${foldText(t.text)}`, false);
  for (const old of gone) if (!paired.has(old)) out.push(removed(old, names.before));
  for (const now of fresh) if (!paired.has(now)) out.push(added(now, names.after));
  return out;
}

const foldText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The generated exports of a task (the client operations of an endpoint by method, a model's interface, a page's entry). */
function exportsOf(task: Task, names: Names, methods: readonly string[] = task.kind === 'api' ? task.methods : []): string[] {
  switch (task.kind) {
    case 'api':
      return methods.map((m) => `api.ts: ${names.ops.get(`${m} ${task.path}`) ?? `${m} ${task.path}`}`);
    case 'model':
      return [`models.ts: ${names.models.get(task.name) ?? task.name}`];
    case 'page':
      return [`pages.ts: ${task.route}`];
    case 'rule':
      return [];
  }
}

/**
 * The QA cases of a task: in \`qa/<prd>.md\` one per endpoint method (those of \`methods\`) and one
 * for any other task; an endpoint also has one case in the cases file \`start\` writes (all its
 * methods in one, listed last), which any change of the endpoint invalidates.
 */
function casesOf(task: Task, methods: readonly string[] = task.kind === 'api' ? task.methods : []): string[] {
  return task.kind === 'api' ? [...methods.map((m) => `qa: ${qaCaseId(task.id!, m)}`), `qa: ${qaCaseId(task.id!)}`] : [`qa: ${qaCaseId(task.id!)}`];
}

function added(task: Task, names: Names): DiffChange {
  return { change: 'added', kind: task.kind, id: task.id!, breaking: false, before: null, after: task, details: [], impact: exportsOf(task, names) };
}

function removed(task: Task, names: Names): DiffChange {
  // Only requirements generate no code: removing one breaks no caller.
  return { change: 'removed', kind: task.kind, id: task.id!, breaking: task.kind !== 'rule', before: task, after: null, details: [], impact: [...exportsOf(task, names), ...casesOf(task)] };
}

/** The change between two versions of one task, or undefined when only their sources differ. */
function modified(old: Task, now: Task, names: { before: Names; after: Names }): DiffChange | undefined {
  const details: string[] = [];
  const impact: string[] = [];
  let breaking = false;
  if (old.kind === 'api' && now.kind === 'api') {
    const gone = old.methods.filter((m) => !now.methods.includes(m));
    const fresh = now.methods.filter((m) => !old.methods.includes(m));
    for (const m of gone) details.push(`method ${m} removed`);
    for (const m of fresh) details.push(`method ${m} added`);
    breaking = gone.length > 0;
    if (old.path !== now.path) details.push(`path written ${now.path} (was ${old.path})`);
    // What a method takes, returns and answers is what its QA case checks.
    const described: HttpMethod[] = [];
    for (const m of HTTP_METHODS) {
      const x = old.bodies?.[m];
      const y = now.bodies?.[m];
      const count = details.length;
      if (x?.request !== y?.request) details.push(`${m} request body ${y?.request ?? 'none'} (was ${x?.request ?? 'none'})`);
      if (x?.response !== y?.response) details.push(`${m} response ${y?.response ?? 'none'} (was ${x?.response ?? 'none'})`);
      const before = (x?.statuses ?? []).map((st) => st.code);
      const after = (y?.statuses ?? []).map((st) => st.code);
      for (const code of after) if (!before.includes(code)) details.push(`${m} status ${code} added`);
      for (const code of before) if (!after.includes(code)) details.push(`${m} status ${code} removed`);
      if (details.length > count && now.methods.includes(m)) described.push(m);
    }
    // Every operation whose generated name or presence differs, on either side.
    const kept = old.methods.filter((m) => now.methods.includes(m));
    const renamed = kept.filter((m) => names.before.ops.get(`${m} ${old.path}`) !== names.after.ops.get(`${m} ${now.path}`));
    impact.push(...exportsOf(old, names.before, [...gone, ...renamed]), ...exportsOf(now, names.after, [...fresh, ...renamed]), ...casesOf(old, gone), ...(described.length > 0 ? casesOf(now, described) : []));
  } else if (old.kind === 'model' && now.kind === 'model') {
    breaking = modelDetails(old, now, details);
    if (details.length > 0) impact.push(...exportsOf(now, names.after), ...casesOf(now));
  } else if (old.kind === 'page' && now.kind === 'page') {
    if (old.title !== now.title) details.push(`title "${now.title}" (was "${old.title}")`);
    if (old.route !== now.route) details.push(`route written ${now.route} (was ${old.route})`);
    if (details.length > 0) impact.push(...exportsOf(now, names.after), ...casesOf(old));
  } else if (old.kind === 'rule' && now.kind === 'rule') {
    if (old.text !== now.text) details.push(bareId(old.id!) === bareId(now.id!) ? 'text edited' : `text edited (was ${old.id})`);
    if (old.level !== now.level) details.push(`level ${now.level.toUpperCase()} (was ${old.level.toUpperCase()})`);
    if (details.length > 0) impact.push(...casesOf(old));
  }
  if (details.length === 0) return undefined;
  return { change: 'modified', kind: now.kind, id: now.id!, breaking, before: old, after: now, details, impact: [...new Set(impact)] };
}

/** Field changes of a model into `details`; true when one of them breaks code using the model. */
function modelDetails(old: ModelTask, now: ModelTask, details: string[]): boolean {
  let breaking = false;
  const next = new Map(now.fields.map((f) => [f.name, f]));
  for (const f of old.fields) {
    const g = next.get(f.name);
    if (!g) {
      details.push(`field ${f.name} removed`);
      breaking = true;
      continue;
    }
    if (f.type !== g.type) {
      details.push(`field ${f.name}: ${f.type} → ${g.type}`);
      breaking = true;
    }
    if (f.optional && !g.optional) {
      details.push(`field ${f.name} now required`);
      breaking = true;
    } else if (!f.optional && g.optional) details.push(`field ${f.name} now optional`);
  }
  const had = new Set(old.fields.map((f) => f.name));
  for (const g of now.fields) if (!had.has(g.name)) details.push(`field ${g.name} added${g.optional ? ' (optional)' : ''}`);
  if (old.name !== now.name) details.push(`name written ${now.name} (was ${old.name})`);
  return breaking;
}

/** Where a change is in the PRDs: the head's line for what is there, the base's for what was removed. */
export function changeSource(change: DiffChange): TaskSource {
  return (change.after ?? change.before)!.sources[0]!;
}
