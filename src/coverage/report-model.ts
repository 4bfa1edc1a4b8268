import type { ReportModel, ReportProblem } from '../report/index.js';
import type { Task } from '../types.js';
import { taskId } from '../plan/index.js';
import type { CoverageIndex, CoverageResult } from './types.js';

/**
 * Coverage in the shape the requirements page renders (`ReportModel`): every task with its coverage,
 * the orphans, and the source files that could not be parsed as warnings. For a rule, coverage status
 * `implemented` means a test cites it.
 * @param input the tasks, the PRDs they came from, what matching found and the scanner's index
 */
export function coverageReportModel(input: {
  title: string;
  prds: Array<{ file: string; title?: string }>;
  tasks: readonly Task[];
  result: CoverageResult;
  index: CoverageIndex;
}): ReportModel {
  const problems: ReportProblem[] = input.index.errors.map((e) => ({ severity: 'warning', file: e.file, line: e.line, message: `not read for coverage: ${e.message}` }));
  return {
    title: input.title,
    prds: input.prds.map((p) => ({ file: p.file, title: p.title ?? p.file })),
    tasks: input.tasks.map((task) => {
      const id = taskId(task as Task & { id?: string });
      const coverage = input.result.byTask.get(id);
      return { id, task, ...(coverage ? { coverage } : {}) };
    }),
    orphans: input.result.orphans.map((o) => ({ kind: o.kind, path: o.path, file: o.file, line: o.line, ...(o.method ? { method: o.method } : {}) })),
    problems,
  };
}
