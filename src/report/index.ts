export type { Place, TaskCoverage, TaskChange, ReportTask, ReportOrphan, ReportProblem, ReportModel } from './model.js';
export { buildReportModel } from './build.js';
export type { ReportInput, ReportPrd, ReportError, ReportChangeInput } from './build.js';
export { renderReportHtml, jsonForScript, escapeHtml } from './html.js';
export type { ReportHtmlOptions, ReportLinks, ReportLive } from './html.js';
