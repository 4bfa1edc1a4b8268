/**
 * From what the stages produce (tasks, warnings, conflicts, errors, coverage, a diff) to the
 * {@link ReportModel} the requirements page renders. Pure: the same inputs give the same model.
 */
import { taskId } from '../plan/index.js';
import type { Conflict, PrdWarning, Task } from '../types.js';
import type { ReportModel, ReportOrphan, ReportProblem, ReportTask, TaskChange, TaskCoverage } from './model.js';

/** A PRD as the manifest lists it. */
export interface ReportPrd {
  file: string;
  title?: string;
}

/** An error with a place: `PrdError` fits, so does its JSON form. */
export interface ReportError {
  file: string;
  line: number;
  column?: number;
  message: string;
}

/** One task's change since the base revision, as `diffTasks()` (src/diff/) gives it; `before` is the task there (what a removed one shows). */
export interface ReportChangeInput extends TaskChange {
  id: string;
  before?: Task | null;
}

export interface ReportInput {
  /** The page's heading. @default 'Requirements' */
  title?: string;
  /** `manifest.json` (or a run's manifest): its `prds`, `tasks` and `conflicts` are used when the fields below are absent. */
  manifest?: { prds: ReportPrd[]; tasks: Task[]; conflicts?: Conflict[] };
  tasks?: Task[];
  prds?: ReportPrd[];
  warnings?: PrdWarning[];
  conflicts?: Conflict[];
  errors?: ReportError[];
  /** Coverage per task id, and the endpoints and pages in the code that no PRD asks for. */
  coverage?: { tasks: ReadonlyMap<string, TaskCoverage> | Readonly<Record<string, TaskCoverage>>; orphans: ReportOrphan[] };
  /** The diff since `base`: every added, removed or modified task by id (`diffTasks().changes`). */
  changes?: { base: string; head: string; tasks: readonly ReportChangeInput[] };
}

/**
 * Gathers the page's model. Tasks keep their order (the manifest's); removed tasks follow, in the
 * diff's order. Problems: errors first, then conflicts (at their first source), then warnings.
 * @param input what the run, coverage and diff produced
 * @returns the model `renderReportHtml()` renders
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const tasks = input.tasks ?? input.manifest?.tasks ?? [];
  const prds = (input.prds ?? input.manifest?.prds ?? []).map((p) => ({ file: p.file, title: p.title ?? p.file }));
  const conflicts = input.conflicts ?? input.manifest?.conflicts ?? [];
  const coverageOf = coverageLookup(input.coverage?.tasks);
  const changes = new Map((input.changes?.tasks ?? []).map((c) => [c.id, c]));

  const reportTasks: ReportTask[] = [];
  const present = new Set<string>();
  for (const task of tasks) {
    const id = taskId(task);
    present.add(id);
    reportTasks.push(withParts({ id, task }, coverageOf(id), changes.get(id)));
  }
  for (const change of changes.values()) {
    if (present.has(change.id) || !change.before) continue;
    reportTasks.push(withParts({ id: change.id, task: change.before }, coverageOf(change.id), change));
  }

  const problems: ReportProblem[] = [
    ...(input.errors ?? []).map((e): ReportProblem => ({ severity: 'error', file: e.file, line: e.line, ...(e.column ? { column: e.column } : {}), message: e.message })),
    ...conflicts.map((c): ReportProblem => {
      const at = c.sources[0];
      return { severity: 'conflict', file: at?.file ?? '', line: at?.line ?? 1, message: c.message };
    }),
    ...(input.warnings ?? []).map((w): ReportProblem => ({ severity: 'warning', file: w.file, line: w.line, column: w.column, message: w.message })),
  ];

  const model: ReportModel = { title: input.title ?? 'Requirements', prds, tasks: reportTasks, problems };
  if (input.coverage) model.orphans = input.coverage.orphans;
  if (input.changes) model.diff = { base: input.changes.base, head: input.changes.head };
  return model;
}

function withParts(task: ReportTask, coverage: TaskCoverage | undefined, change: ReportChangeInput | undefined): ReportTask {
  if (coverage) task.coverage = coverage;
  if (change) task.change = { change: change.change, breaking: change.breaking, details: change.details };
  return task;
}

function coverageLookup(
  coverage: ReadonlyMap<string, TaskCoverage> | Readonly<Record<string, TaskCoverage>> | undefined,
): (id: string) => TaskCoverage | undefined {
  if (!coverage) return () => undefined;
  if (coverage instanceof Map) return (id) => coverage.get(id);
  const record = coverage as Readonly<Record<string, TaskCoverage>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}
