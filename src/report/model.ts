/**
 * What the requirements page shows: the one input of the one HTML renderer, written by
 * `coverage --html` and served live by the Vite plugin at `/__prd/`.
 * Every part but the tasks is optional: a page without coverage or diff leaves those columns out.
 */
import type { Task, TaskKind } from '../types.js';

/** A place in a file: a PRD line, an implementation, a test. POSIX path relative to the project root. */
export interface Place {
  file: string;
  line: number;
}

/** Coverage of one task (src/coverage/). */
export interface TaskCoverage {
  status: 'implemented' | 'missing';
  implementations: Place[];
  tests: Place[];
}

/** How a task changed since the base revision (src/diff/). */
export interface TaskChange {
  change: 'added' | 'removed' | 'modified';
  breaking: boolean;
  details: string[];
}

export interface ReportTask {
  /** The task's id (`taskId()` in src/plan/). */
  id: string;
  /** The task; for a removed one, the task as it was at the base revision. */
  task: Task;
  coverage?: TaskCoverage;
  change?: TaskChange;
}

/** An endpoint or page in the code that no PRD asks for. */
export interface ReportOrphan extends Place {
  kind: Extract<TaskKind, 'api' | 'page'>;
  method?: string;
  path: string;
}

export interface ReportProblem extends Place {
  severity: 'error' | 'warning' | 'conflict';
  column?: number;
  message: string;
}

export interface ReportModel {
  title: string;
  prds: Array<{ file: string; title: string }>;
  tasks: ReportTask[];
  /** Present when coverage ran. */
  orphans?: ReportOrphan[];
  /** Present when a diff ran; the tasks then carry their `change`. */
  diff?: { base: string; head: string };
  problems: ReportProblem[];
}
