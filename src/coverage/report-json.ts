/**
 * `coverage --json`: one entry per API method and per other task, the orphans and the totals.
 * Shape: `{ tasks, orphans, summary, prds, errors }`; see docs/coverage.md.
 */
import type { TaskKind } from '../types.js';
import type { CoverageIndex, CoverageResult, KindTotals } from './types.js';

export interface CoverageJson {
  tasks: Array<Record<string, unknown>>;
  orphans: CoverageResult['orphans'];
  summary: Record<TaskKind, KindTotals> & { percent: number };
  prds: CoverageResult['perPrd'];
  /** Source files that could not be parsed. */
  errors: CoverageIndex['errors'];
}

/**
 * @param result what `matchCoverage` gave
 * @param index the scanner's index (for files it could not parse)
 * @returns the JSON document, keys in a fixed order
 */
export function coverageJson(result: CoverageResult, index: CoverageIndex): CoverageJson {
  return {
    tasks: result.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      ...(e.method !== undefined ? { method: e.method } : {}),
      ...(e.path !== undefined ? { path: e.path } : {}),
      ...(e.name !== undefined ? { name: e.name } : {}),
      ...(e.text !== undefined ? { text: e.text, level: e.level } : {}),
      status: e.status,
      implementations: e.implementations,
      tests: e.tests,
      sources: e.sources,
    })),
    orphans: result.orphans,
    summary: { ...result.summary, percent: result.percent },
    prds: result.perPrd,
    errors: index.errors,
  };
}
