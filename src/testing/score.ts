import type { Task } from '../types.js';
import { modelKey, typeKey, type ExpectedTasks } from './corpus.js';

/**
 * How the extractor did on one PRD against its expected tasks (the corpus README's notation):
 * per measure, what was right out of how many, and one line per miss or extra.
 */
export interface FileScore {
  counts: Record<string, { hit: number; of: number }>;
  /** `missed apis: GET /x`, `field Order.total: want number, got string`, … in a fixed order. */
  misses: string[];
}

/**
 * Parameters in any notation (`:id`, `{id}`, `[id]`) as `:p`, and no trailing slash: a writer who keeps
 * Django's (`/api/items/`) names the route the extractor writes `/api/items`.
 */
const p = (s: string) => s.replace(/:[^/ ]+/g, ':p').replace(/\{[^}/]*\}/g, ':p').replace(/\[[^\]/]*\]/g, ':p').replace(/(.)\/+$/, '$1');

/**
 * Scores `tasks` against `want`. A method-less endpoint counts as `ANY /path`: the corpus never
 * expects one, so it costs precision.
 */
export function scoreTasks(tasks: readonly Task[], want: ExpectedTasks): FileScore {
  const counts: FileScore['counts'] = {};
  const misses: string[] = [];
  const count = (measure: string, hit: number, of: number) => {
    const c = (counts[measure] ??= { hit: 0, of: 0 });
    c.hit += hit;
    c.of += of;
  };
  const got: Record<'apis' | 'models' | 'pages', string[]> = { apis: [], models: [], pages: [] };
  for (const t of tasks) {
    if (t.kind === 'api') for (const m of t.methods.length ? t.methods : ['ANY']) got.apis.push(`${m} ${p(t.path)}`);
    if (t.kind === 'model') got.models.push(modelKey(t.name));
    if (t.kind === 'page') got.pages.push(p(t.route));
  }
  const wanted = { apis: want.apis.map(p), models: want.models.map(modelKey), pages: want.pages.map(p) };
  for (const kind of ['apis', 'models', 'pages'] as const) {
    const g = new Set(got[kind]);
    const w = new Set(wanted[kind]);
    const missed = [...w].filter((x) => !g.has(x)).sort();
    const extra = [...g].filter((x) => !w.has(x)).sort();
    count(`${kind} recall`, w.size - missed.length, w.size);
    count(`${kind} precision`, g.size - extra.length, g.size);
    if (missed.length) misses.push(`missed ${kind}: ${missed.join(', ')}`);
    if (extra.length) misses.push(`extra ${kind}: ${extra.join(', ')}`);
  }
  for (const [model, fields] of Object.entries(want.fields ?? {})) {
    const task = tasks.find((t) => t.kind === 'model' && modelKey(t.name) === modelKey(model));
    const have = new Map(task?.kind === 'model' ? task.fields.map((f) => [`${f.name}${f.optional ? '?' : ''}`, typeKey(f.type)]) : []);
    for (const [name, type] of Object.entries(fields)) {
      const ok = have.get(name) === typeKey(type);
      count('fields', ok ? 1 : 0, 1);
      if (ok) continue;
      const bare = name.replace(/\?$/, '');
      const near = [...have.keys()].find((k) => k.replace(/\?$/, '') === bare);
      misses.push(`field ${model}.${name}: want ${type}, got ${!task ? 'no model' : near ? `${near}: ${have.get(near)}` : 'no field'}`);
    }
  }
  const rules = tasks.flatMap((t) => (t.kind === 'rule' ? [t] : []));
  // Code marks are markup, not words: a rule's text keeps what a code span says (`REVEALED`) without
  // its backticks, as the dev corpus's expected rules are written. Both sides are compared without them.
  const texts = rules.map((r) => unmarked(r.text));
  for (const raw of want.rules ?? []) {
    const text = unmarked(raw);
    const ok = texts.some((r) => r.includes(text));
    count('rules', ok ? 1 : 0, 1);
    if (!ok) misses.push(`missed rule: ${raw}`);
  }
  for (const raw of want.notRules ?? []) {
    const text = unmarked(raw);
    const taken = texts.find((r) => r.includes(text));
    count('non-rules kept out', taken ? 0 : 1, 1);
    if (taken) misses.push(`non-rule taken: ${raw}`);
  }
  for (const id of want.ruleIds ?? []) {
    const n = rules.filter((r) => r.id === id).length;
    count('rule ids', n === 1 ? 1 : 0, 1);
    if (n !== 1) misses.push(`rule id ${id}: ${n} rules`);
  }
  return { counts, misses };
}

/** Sums file scores; `tasks recall` and `tasks precision` pool APIs, models and pages. */
export function totalScore(scores: readonly FileScore[]): Record<string, { hit: number; of: number }> {
  const total: Record<string, { hit: number; of: number }> = {};
  for (const s of scores)
    for (const [measure, c] of Object.entries(s.counts)) {
      const t = (total[measure] ??= { hit: 0, of: 0 });
      t.hit += c.hit;
      t.of += c.of;
    }
  for (const side of ['recall', 'precision'])
    total[`tasks ${side}`] = ['apis', 'models', 'pages'].reduce(
      (acc, k) => ({ hit: acc.hit + (total[`${k} ${side}`]?.hit ?? 0), of: acc.of + (total[`${k} ${side}`]?.of ?? 0) }),
      { hit: 0, of: 0 },
    );
  return total;
}

/** A text without its code marks: `` status is `REVEALED` `` → `status is REVEALED`. */
function unmarked(text: string): string {
  return text.includes('`') ? text.replace(/`/g, '') : text;
}
