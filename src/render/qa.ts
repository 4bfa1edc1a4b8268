import { singularize, statusCodes } from '../extract/index.js';
import { qaCaseId, routeShape, taskId } from '../plan/index.js';
import type { ApiTask, HttpMethod, ModelTask, PageTask, RuleTask, Task, TaskKind, TaskSource } from '../types.js';
import { routeParams } from './pages.js';
import { keptBlocks, type RenderWatch } from './watch.js';
import { tableCell as cell } from '../markdown-text.js';

/** One QA case: what to verify for one task, written for the person who runs it, and the PRD line it comes from. */
export interface QaCase {
  /** `QA-1f07023c`: derived from the task's id (and an endpoint's method) by \`qaCaseId\`, never from a position. */
  id: string;
  kind: TaskKind;
  /** The task the case verifies. */
  task: Task;
  /** What is tested: `GET /api/orders`, `Page /orders/:orderId`, `FR-7 (MUST): The system SHALL…` (a rule's id, level and statement), `Model Order`. */
  title: string;
  /** The state to set up first ("Given"); `—` when the PRD names none. */
  preconditions: string;
  /** What to do ("When"); `—` when the PRD names nothing to do. */
  steps: string;
  /** What must be seen ("Then"): status codes, bodies, the rule's statement. */
  expected: string;
  /** The task's source in this PRD (its first one, if the task came from another file). */
  source: TaskSource;
}

type CaseText = Pick<QaCase, 'title' | 'preconditions' | 'steps' | 'expected'>;

const NONE = '—';

/*
 * The clauses of a Given/When/Then or EARS sentence, outermost first: `Given`/`While`/`Where` set a
 * state, `When`/`If` name an event. A clause ends at a comma, at `then`, or where the sentence's
 * subject and its modal verb begin ("WHEN a booking is created THE system SHALL …").
 */
const CLAUSE =
  /^(given|while|where|when|if)\s+(.+?)(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+then\s+|\s+(?=(?:the|a|an|each|every|all)\s+(?:\S+\s+){0,3}?(?:shall|must|should|will|may|can)\b))/i;

/**
 * A step keyword written as a step starts one (capitalised or upper case): where a scenario written
 * over several lines or list items was joined into one text ("Given a booking When another user
 * books it Then …"), each step begins at one.
 */
const STEP_START = /\s+(?=(?:Given|GIVEN|While|WHILE|When|WHEN|If|IF|Then|THEN|And|AND|But|BUT)\s)/;
const STEP_WORD = /^(\S+)\s+([\s\S]*)$/;

/** A scenario whose steps each start with a capitalised keyword, or undefined when it is not one. */
function steps(text: string): { given: string[]; when: string[]; then: string } | undefined {
  const parts = text.split(STEP_START);
  if (parts.length < 2 || !/^(?:given|while|when|if)\b/i.test(parts[0]!)) return undefined;
  const groups = { given: [] as string[], when: [] as string[], then: [] as string[] };
  let current: keyof typeof groups = 'given';
  for (const part of parts) {
    const m = STEP_WORD.exec(part.trim());
    if (!m) return undefined;
    const word = m[1]!.toLowerCase();
    if (word === 'given' || word === 'while') current = 'given';
    else if (word === 'when' || word === 'if') current = 'when';
    else if (word === 'then') current = 'then';
    else if (word !== 'and' && word !== 'but') return undefined;
    const clause = m[2]!.replace(/[\s,;]+$/, '').trim();
    if (clause !== '') groups[current].push(clause);
  }
  if (groups.then.length === 0 || groups.given.length + groups.when.length === 0) return undefined;
  const then = groups.then.join(' and ');
  return { given: groups.given, when: groups.when, then: then.charAt(0).toUpperCase() + then.slice(1) };
}

/** A rule's sentence as preconditions, steps and expected result, where it is written that way. */
function scenario(text: string): { given: string[]; when: string[]; then: string } {
  const stepped = steps(text.trim());
  if (stepped) return stepped;
  const given: string[] = [];
  const when: string[] = [];
  let rest = text.trim();
  for (let m = CLAUSE.exec(rest); m; m = CLAUSE.exec(rest)) {
    const kind = m[1]!.toLowerCase();
    (kind === 'when' || kind === 'if' ? when : given).push(m[2]!.trim());
    rest = rest.slice(m[0].length);
  }
  return { given, when, then: given.length + when.length > 0 ? rest.charAt(0).toUpperCase() + rest.slice(1) : text.trim() };
}

/** Longest rule statement the Case column quotes. */
const CASE_TEXT = 60;

/** A statement cut at a word boundary to about `max` characters, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

/** What a rule case checks: its level, the PRD's id when it gives one, and the statement (`FR-7 (MUST): The system SHALL…`). */
function ruleTitle(t: RuleTask): string {
  const level = t.level.toUpperCase();
  const label = t.id !== undefined && !t.id.startsWith('rule:') ? `${t.id} (${level})` : level;
  return `${label}: ${shorten(t.text, CASE_TEXT)}`;
}

function ruleCase(t: RuleTask): CaseText {
  const s = scenario(t.text);
  return {
    title: ruleTitle(t),
    preconditions: s.given.join('; ') || NONE,
    steps: s.when.join('; ') || NONE,
    expected: s.then,
  };
}

/** An HTTP status a rule states for an endpoint ("returns 409 on overlap"), with the rule's text. */
interface StatusRule {
  code: number;
  methods: HttpMethod[] | undefined;
  text: string;
  /** Route shapes and resource words the rule mentions. */
  shapes: string[];
  words: string;
}

const METHOD_WORD = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;
const PATH_TOKEN = /(?:^|[\s`(])(\/[A-Za-z{:<[][^\s`'"),;]*)/g;
const WRITES: readonly HttpMethod[] = ['POST', 'PUT', 'PATCH'];

/** The rules of a PRD that state HTTP status codes, each code once per rule. */
function statusRules(tasks: readonly Task[]): StatusRule[] {
  return statusRulesOf(tasks.filter((t): t is RuleTask => t.kind === 'rule' && statusCodes(t.text).length > 0));
}

function statusRulesOf(rules: readonly RuleTask[]): StatusRule[] {
  const out: StatusRule[] = [];
  for (const t of rules) {
    const codes = statusCodes(t.text);
    const methods = [...new Set(Array.from(t.text.matchAll(METHOD_WORD), (m) => m[1] as HttpMethod))];
    const shapes = Array.from(t.text.matchAll(PATH_TOKEN), (m) => routeShape(m[1]!.replace(/[.:]+$/, '')));
    for (const code of codes) out.push({ code, methods: methods.length > 0 ? methods : undefined, text: t.text.trim(), shapes, words: t.text.toLowerCase() });
  }
  return out;
}

/**
 * {@link statusRules} in a watching session: while a PRD's rules that state status codes are the
 * same objects as last time, the same list comes back, and an endpoint's rows made with it stay
 * valid (see rowsOf). Whether a rule states a code is asked once per rule object.
 */
function watchedStatusRules(file: string, tasks: readonly Task[], watch: RenderWatch): StatusRule[] {
  const rules: RuleTask[] = [];
  for (const t of tasks) {
    if (t.kind !== 'rule') continue;
    let states = watch.statesCodes.get(t);
    if (states === undefined) watch.statesCodes.set(t, (states = statusCodes(t.text).length > 0));
    if (states) rules.push(t);
  }
  const last = watch.qaStatuses.get(file);
  if (last && last.rules.length === rules.length && last.rules.every((r, i) => r === rules[i])) return last.statuses as StatusRule[];
  const statuses = statusRulesOf(rules);
  watch.qaStatuses.set(file, { rules, statuses });
  return statuses;
}

/** The resource an endpoint is about, as a word a sentence uses: `/api/orders/:id` → `order`. */
function resourceWord(path: string): string | undefined {
  const segs = path.split('/').filter((s) => s !== '' && !s.startsWith(':') && !/^(?:api|v\d+)$/i.test(s));
  const last = segs[segs.length - 1];
  return last === undefined ? undefined : singularize(last).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Does a status rule apply to this operation? It must name the endpoint (any notation) or, when it
 * names no path, the endpoint's resource. A rule naming methods applies to those; otherwise a code
 * that answers a write (201, 400, 409, 422) goes to POST, PUT and PATCH, 204 to anything but a
 * read, the rest to every method.
 */
function applies(r: StatusRule, shape: string, word: string | undefined, method: HttpMethod): boolean {
  const named = r.shapes.length > 0 ? r.shapes.includes(shape) : word !== undefined && word !== '' && new RegExp(`\\b${word}(?:s|es)?\\b`).test(r.words);
  if (!named) return false;
  if (r.methods) return r.methods.includes(method);
  if ([201, 400, 409, 422].includes(r.code)) return WRITES.includes(method);
  if (r.code === 204) return method !== 'GET' && method !== 'HEAD';
  return true;
}

function apiCase(t: ApiTask, method: HttpMethod, statuses: readonly StatusRule[]): CaseText {
  const body = t.bodies?.[method];
  const shape = routeShape(t.path);
  const word = resourceWord(t.path);
  const fromRules = statuses.filter((r) => applies(r, shape, word, method));
  // The endpoint's own description ("Returns 409 on overlap.") gives the codes no rule states.
  const described = (body?.statuses ?? []).filter((s) => !fromRules.some((r) => r.code === s.code));
  const own = [...fromRules, ...described].sort((a, b) => a.code - b.code);
  const given = [...routeParams(t.path).map((p) => `an existing ${p}`), ...(body?.request ? [`a valid ${body.request} body`] : [])];
  const success = own.filter((r) => r.code < 300);
  const failures = own.filter((r) => r.code >= 300);
  const ok = `${success.length > 0 ? [...new Set(success.map((r) => r.code))].join(' or ') : '2xx'}${body?.response ? ` with ${body.response}` : ''}`;
  return {
    title: `${method} ${t.path}`,
    preconditions: given.length > 0 ? given.join('; ') : NONE,
    steps: `Send ${method} ${t.path}${body?.request ? ` with the ${body.request} as JSON` : ''}`,
    expected: [ok, ...failures.map((r) => `${r.code}: ${r.text}`)].join('; '),
  };
}

function pageCase(t: PageTask): CaseText {
  const params = routeParams(t.route);
  return {
    title: `Page ${t.route}`,
    preconditions: params.length > 0 ? params.map((p) => `an existing ${p}`).join('; ') : NONE,
    steps: `Open ${t.route}`,
    expected: `The "${t.title}" page is shown`,
  };
}

/** Longest field list a model case spells out. */
const FIELDS_LISTED = 12;

/** "a" or "an" before a name, by its first letter (a simple vowel rule: "an Order", "a User"). */
function article(name: string): string {
  return /^[aeiou]/i.test(name) ? 'an' : 'a';
}

function modelCase(t: ModelTask): CaseText {
  const fields = t.fields.slice(0, FIELDS_LISTED).map((f) => `${f.name}${f.optional ? '?' : ''}: ${f.type}`);
  const more = t.fields.length - fields.length;
  return {
    title: `Model ${t.name}`,
    preconditions: NONE,
    steps: `Create ${article(t.name)} ${t.name}, then read it back`,
    expected: t.fields.length === 0 ? `${t.name} is stored and read back unchanged` : `Every field comes back with its type: ${fields.join(', ')}${more > 0 ? `, … +${more} more` : ''}`,
  };
}

/**
 * The cases of one task in one PRD: one per API operation, one per page, rule and model; none when
 * the task has no source in the PRD.
 * @param statuses the PRD's rules that state HTTP status codes (an endpoint's case lists those about it)
 */
function taskCases(file: string, t: Task, statuses: readonly StatusRule[]): QaCase[] {
  const own = t.sources.find((s) => s.file === file);
  if (!own) return [];
  const id = t.id ?? taskId(t);
  const one = (text: CaseText, method?: string): QaCase => ({ id: qaCaseId(id, method), kind: t.kind, task: t, ...text, source: own });
  switch (t.kind) {
    case 'api':
      return t.methods.map((m) => one(apiCase(t, m, statuses), m));
    case 'page':
      return [one(pageCase(t))];
    case 'rule':
      return [one(ruleCase(t))];
    case 'model':
      return [one(modelCase(t))];
  }
}

/** The tasks of one PRD in document order: by their first line in it (a stable sort keeps tasks of one line in task order). */
function inDocumentOrder(file: string, tasks: readonly Task[]): Task[] {
  // Each task's line looked up once, not twice per comparison; tasks already in order (a single
  // PRD's merged tasks mostly are) are not sorted at all.
  const lines = tasks.map((t) => t.sources.find((s) => s.file === file)?.line ?? Number.MAX_SAFE_INTEGER);
  if (lines.every((l, i) => i === 0 || lines[i - 1]! <= l)) return [...tasks];
  const order = tasks.map((_, i) => i).sort((a, b) => lines[a]! - lines[b]! || a - b);
  return order.map((i) => tasks[i]!);
}

/** The QA cases of one PRD in document order: one per rule, API operation, page and model, each linked to its PRD line. */
export function qaCases(file: string, tasks: readonly Task[]): QaCase[] {
  const statuses = statusRules(tasks);
  const cases: QaCase[] = [];
  for (const t of inDocumentOrder(file, tasks)) for (const c of taskCases(file, t, statuses)) cases.push(c);
  return cases;
}

/** A case's table row. */
function caseRow(c: QaCase): string {
  return `| ${c.id} | ${cell(c.task.id ?? taskId(c.task))} | ${c.kind} | ${cell(c.title)} | ${cell(c.preconditions)} | ${cell(c.steps)} | ${cell(c.expected)} | ${cell(`${c.source.file}:${c.source.line}`)} |\n`;
}

/** `qa/<prd>.md`: the derived QA case list of one PRD. */
export function renderQa(file: string, title: string, tasks: Task[], watch?: RenderWatch): string {
  return qaPieces(file, title, tasks, watch).join('');
}

const QA_TABLE_HEAD = '| ID | Task | Kind | Case | Preconditions | Steps | Expected | PRD line |\n|----|------|------|------|---------------|-------|----------|----------|\n';

/**
 * {@link renderQa}'s text in pieces: in a watching session, blocks of rows kept for the next save
 * (see keptBlocks), so a save makes again only the block of a changed task.
 */
export function qaPieces(file: string, title: string, tasks: Task[], watch?: RenderWatch): string[] {
  const out = `<!-- Generated by prd-orchestrator. Do not edit: change the PRD and run it again. -->\n\n# QA cases: ${cell(title)}\n\nSource: \`${cell(file)}\`\n\n`;
  const statuses = watch ? watchedStatusRules(file, tasks, watch) : statusRules(tasks);
  const ordered = inDocumentOrder(file, tasks);
  const row = (t: Task) => rowsOf(file, t, statuses, watch).join('');
  // One flat string per block from a list: appending row by row leaves a rope that is copied again on write.
  const rows = watch ? keptBlocks(ordered, '', row, watch, `qa\0${file}`, statuses) : [ordered.map(row).join('')];
  if (rows.every((r) => r === '')) return [`${out}No testable tasks were found in this PRD.\n`];
  return [out, QA_TABLE_HEAD, ...rows];
}

/**
 * A task's table rows; a watching session keeps them per task object and PRD. An endpoint's rows
 * also depend on the PRD's status rules: they are kept with the list they were made with, which
 * stays the same object while those rules do (see watchedStatusRules).
 */
function rowsOf(file: string, task: Task, statuses: readonly StatusRule[], watch: RenderWatch | undefined): string[] {
  const hit = watch?.qaRows.get(task);
  if (hit && hit.file === file && (task.kind !== 'api' || hit.statuses === statuses)) return hit.rows;
  const rows = taskCases(file, task, statuses).map(caseRow);
  watch?.qaRows.set(task, { file, rows, statuses });
  return rows;
}
