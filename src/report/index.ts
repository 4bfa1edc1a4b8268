export type { Place, TaskCoverage, TaskChange, ReportTask, ReportOrphan, ReportProblem, ReportModel } from './model.js';
