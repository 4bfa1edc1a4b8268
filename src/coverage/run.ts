/**
 * Coverage of a project in one call: the PRD tasks (the pipeline, writing nothing) against one cold scan
 * of the sources. The `coverage` command and the Nx target run this; `vite dev` keeps a scanner instead.
 */
import type { PrdError } from '../errors.js';
import { orchestrate } from '../orchestrate.js';
import type { ExtractorKind } from '../options.js';
import type { Task } from '../types.js';
import { matchCoverage } from './match.js';
import { createCoverageScanner } from './scanner.js';
import type { CoverageIndex, CoverageResult } from './types.js';

export interface CoverageRunOptions {
  /** Project root (absolute). */
  root: string;
  /** PRD globs relative to the root. @default 'docs/prd/**\/*.md' */
  prds?: string[];
  /** Source globs relative to the root. @default DEFAULT_SOURCES */
  src?: string[];
  /** The generated output folder (never a source). @default 'src/generated/prd' */
  outDir?: string;
  extractor?: ExtractorKind;
}

export interface CoverageRun {
  tasks: Task[];
  prds: Array<{ file: string; title?: string }>;
  index: CoverageIndex;
  result: CoverageResult;
  /** PRD errors: when there are any, nothing was matched. */
  errors: PrdError[];
}

/**
 * @param options root, PRD and source globs, output folder
 * @returns tasks, index and coverage; PRD errors in `errors`
 */
export async function runCoverage(options: CoverageRunOptions): Promise<CoverageRun> {
  const scanner = createCoverageScanner({ root: options.root, ...(options.src ? { src: options.src } : {}), ...(options.outDir ? { outDir: options.outDir } : {}) });
  const [run, index] = await Promise.all([
    // Coverage writes nothing, so earlier outputs are no reason to refuse PRD globs that match nothing
    // (a run would keep them and ask for --allow-empty, a flag coverage has no use for).
    orchestrate({ root: options.root, mode: 'dry-run', allowEmpty: true, ...(options.prds ? { prds: options.prds } : {}), ...(options.outDir ? { outDir: options.outDir } : {}), ...(options.extractor ? { extractor: options.extractor } : {}) }),
    scanner.scan(),
  ]);
  const tasks = run.manifest?.tasks ?? [];
  const prds = (run.manifest?.prds ?? []).map((p) => ({ file: p.file, ...(p.title ? { title: p.title } : {}) }));
  return { tasks, prds, index, result: matchCoverage(tasks, index), errors: run.errors };
}
