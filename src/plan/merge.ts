import { HTTP_METHODS } from '../extract/paths.js';
import { copyTask } from '../task.js';
import { keyWithinKind } from './ids.js';
import type { ApiTask, Conflict, ModelField, ModelTask, PageTask, RuleLevel, RuleTask, Task, TaskSource } from '../types.js';

const LEVEL_RANK: Record<RuleLevel, number> = { must: 0, should: 1, may: 2 };

export function compareSources(a: TaskSource, b: TaskSource): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.section < b.section ? -1 : a.section > b.section ? 1 : 0);
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unionSources(a: TaskSource[], b: TaskSource[]): TaskSource[] {
  const seen = new Set<string>();
  const out: TaskSource[] = [];
  for (const s of [...a, ...b].sort(compareSources)) {
    const k = `${s.file}\0${s.line}\0${s.section}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

export interface MergeResult {
  tasks: Task[];
  conflicts: Conflict[];
}

/**
 * Merge identical tasks across sections and PRDs (union of methods, fields and sources) and report
 * conflicting definitions. The order of the input does not matter: the result is sorted.
 * @param tasks tasks of every PRD, in any order
 */
export function mergeTasks(tasks: Task[]): MergeResult {
  // Sort first so that "the first definition wins" means the same on every machine, whatever the input order.
  const ordered = [...tasks].sort((a, b) => compareSources(a.sources[0]!, b.sources[0]!));
  // One map per kind: keys need no kind prefix, and each kind is sorted on its own.
  const byKind: Record<Task['kind'], Map<string, Task>> = { api: new Map(), model: new Map(), page: new Map(), rule: new Map() };
  const copied = new Set<Task>();
  // Every definition of a model defined more than once: the only place a type conflict can be.
  const modelDefs = new Map<string, ModelTask[]>();
  for (const task of ordered) {
    const byKey = byKind[task.kind];
    const key = keyWithinKind(task);
    let prev = byKey.get(key);
    if (!prev) {
      // No copy until a second definition needs merging: most tasks occur once, and keeping the
      // caller's object lets repeated runs recognise unchanged tasks by identity.
      byKey.set(key, task);
      continue;
    }
    if (task.kind === 'model') {
      const defs = modelDefs.get(key);
      if (defs) defs.push(task);
      else modelDefs.set(key, [prev as ModelTask, task]);
    }
    if (!copied.has(prev)) {
      prev = copyTask(prev);
      copied.add(prev);
      byKey.set(key, prev);
    }
    // Sorted and de-duplicated once at the end: merging thousands of repeats stays linear.
    for (const s of task.sources) prev.sources.push(s);
    if (prev.kind === 'api' && task.kind === 'api') {
      prev.methods = HTTP_METHODS.filter((m) => prev.methods.includes(m) || task.methods.includes(m));
      // What a method takes and returns: the first definition that says so wins.
      if (task.bodies) prev.bodies = { ...task.bodies, ...prev.bodies };
    } else if (prev.kind === 'model' && task.kind === 'model') {
      prev.fields = mergeFields(prev.fields, task.fields);
    } else if (prev.kind === 'rule' && task.kind === 'rule') {
      if (LEVEL_RANK[task.level] < LEVEL_RANK[prev.level]) prev.level = task.level;
    }
  }
  const conflicts: Conflict[] = [];
  for (const [key, defs] of modelDefs) {
    const model = byKind.model.get(key) as ModelTask;
    const perField = new Map<string, Array<{ type: string; source: TaskSource }>>();
    for (const def of defs) {
      for (const f of def.fields) {
        const list = perField.get(f.name) ?? [];
        list.push({ type: f.type, source: def.sources[0]! });
        perField.set(f.name, list);
      }
    }
    for (const [field, fieldDefs] of perField) {
      const types = [...new Set(fieldDefs.map((d) => d.type).filter((t) => t !== 'unknown'))].sort(byString);
      if (types.length < 2) continue;
      const sources = unionSources([], fieldDefs.map((d) => d.source));
      conflicts.push({
        kind: 'model-field-type',
        model: model.name,
        field,
        types,
        sources,
        message: `Model ${model.name} field "${field}" has conflicting types ${types.join(' vs ')} (${sources.map((s) => `${s.file}:${s.line}`).join(', ')}); the first definition is used. Make the PRDs agree`,
      });
    }
  }
  for (const t of copied) t.sources = unionSources([], t.sources);
  const merged: Task[] = [];
  for (const kind of KINDS) {
    const key = SORT_KEY[kind];
    const list = [...byKind[kind].values()].sort((a, b) => byString(key(a), key(b)) || compareSources(a.sources[0]!, b.sources[0]!));
    for (const t of list) merged.push(t);
  }
  conflicts.sort((a, b) => byString(a.model, b.model) || byString(a.field, b.field));
  return { tasks: merged, conflicts };
}

function mergeFields(a: ModelField[], b: ModelField[]): ModelField[] {
  const out = a.map((f) => ({ ...f }));
  for (const f of b) {
    const prev = out.find((x) => x.name === f.name);
    if (!prev) out.push({ ...f });
    else {
      if (prev.type === 'unknown') prev.type = f.type;
      // Required anywhere means required.
      prev.optional = prev.optional && f.optional;
    }
  }
  return out;
}

const KINDS = ['api', 'model', 'page', 'rule'] as const;
const SORT_KEY: Record<Task['kind'], (t: Task) => string> = {
  api: (t) => (t as ApiTask).path,
  model: (t) => (t as ModelTask).name,
  page: (t) => (t as PageTask).route,
  rule: (t) => (t as RuleTask).text,
};
