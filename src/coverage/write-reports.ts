import path from 'node:path';
import { toPosix } from '../paths.js';
import { renderReportHtml } from '../report/index.js';
import { writeIfChanged, type WriteOutcome } from '../write/index.js';
import { coverageJson } from './report-json.js';
import { coverageReportModel } from './report-model.js';
import type { CoverageRun } from './run.js';

/**
 * Write the coverage page (`index.html`, the requirements page's renderer) and, when asked, `coverage.json`
 * into `dir`, through write/ (atomic, unchanged bytes not rewritten, nothing outside `dir`).
 * @param dir the report folder (absolute)
 * @param root the project root (absolute): `file:line` links lead back to it from `dir`
 * @param run what `runCoverage` gave
 * @param json also write `coverage.json`
 * @returns per written file name, whether it changed
 */
export async function writeCoverageReports(dir: string, root: string, run: CoverageRun, json = false): Promise<Record<string, WriteOutcome>> {
  const model = coverageReportModel({ title: `Coverage: ${path.basename(root)}`, prds: run.prds, tasks: run.tasks, result: run.result, index: run.index });
  const base = toPosix(path.relative(dir, root));
  const out: Record<string, WriteOutcome> = {};
  out['index.html'] = await writeIfChanged(dir, 'index.html', renderReportHtml(model, { links: { kind: 'file', base: base === '' ? '' : `${base}/` } }));
  if (json) out['coverage.json'] = await writeIfChanged(dir, 'coverage.json', `${JSON.stringify(coverageJson(run.result, run.index), null, 2)}\n`);
  return out;
}
