import { buildReportModel, type ReportModel } from '../report/index.js';
import type { Task } from '../types.js';
import type { CoverageIndex, CoverageResult } from './types.js';

/**
 * Coverage in the shape the requirements page renders (`ReportModel`, through the page's own
 * `buildReportModel`): every task with its coverage, the orphans, and the source files that could not
 * be parsed as warnings. For a rule, coverage status `implemented` means a test cites it.
 * @param input the tasks, the PRDs they came from, what matching found and the scanner's index
 */
export function coverageReportModel(input: {
  title: string;
  prds: Array<{ file: string; title?: string }>;
  tasks: Task[];
  result: CoverageResult;
  index: CoverageIndex;
}): ReportModel {
  return buildReportModel({
    title: input.title,
    prds: input.prds,
    tasks: input.tasks,
    warnings: input.index.errors.map((e) => ({ file: e.file, line: e.line, column: 1, code: 'ECOVERAGE_PARSE', message: `not read for coverage: ${e.message}` })),
    coverage: { tasks: input.result.byTask, orphans: input.result.orphans },
  });
}
