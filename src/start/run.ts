import { PrdError } from '../errors.js';
import { findPrdFiles, orchestrate } from '../orchestrate.js';
import type { OrchestrateResult } from '../orchestrate.js';
import { normalizeOptions, type Logger, type RunMode } from '../options.js';
import { nodeStartFs, type StartFs } from './io.js';
import { normalizeStartOptions, type StartOptions } from './options.js';
import { planStart, type StartPlan } from './plan.js';

/** The summary `start --json` prints. */
export interface StartSummary {
  success: boolean;
  durationMs: number;
  /** The PRD, POSIX path relative to the root. */
  prd: string;
  id: string | undefined;
  owner: string | undefined;
  roles: string[];
  /** Tasks the pipeline processed (after dedup); 0 when the pipeline did not run. */
  tasksProcessed: number;
  /** Generated files the pipeline wrote (or, with `dryRun`, would write). */
  filesGenerated: number;
  /** Generated files that were already up to date. */
  cached: number;
  /** Files `start` itself wrote (or would write): the PRD and the QA files. Empty on a re-run. */
  changed: string[];
  dryRun: boolean;
  /** Unified diff of `changed` (always computed; the CLI prints it with `--dry-run`). */
  diff: string;
  /** PRD errors from the pipeline run. */
  errors: PrdError[];
  /** Why the pipeline did not run, when it did not (the PRD is outside the project's PRD globs). */
  pipelineSkipped?: string;
}

/** What `runProjectPipeline` did: the run's result, or why there was none. */
export type ProjectPipeline = { result: OrchestrateResult; skipped?: undefined } | { result?: undefined; skipped: string };

/**
 * Regenerates the project's outputs after `start` edited a PRD: over the project's whole PRD set
 * (its `prds` globs), never over the one PRD, which would drop every other PRD from the manifest
 * and delete their QA files. When the PRD is not in that set, nothing runs.
 * @param run root, PRD globs, output folder, the started PRD (POSIX, relative to the root), mode, logger
 */
export async function runProjectPipeline(run: { root: string; prds: string[]; outDir: string; prd: string; mode: RunMode; logger: Logger }): Promise<ProjectPipeline> {
  const options = { root: run.root, prds: run.prds, outDir: run.outDir, mode: run.mode, logger: run.logger };
  const files = await findPrdFiles(normalizeOptions(options));
  if (!files.includes(run.prd)) {
    return { skipped: `${run.prd} is not matched by the project's PRD globs (${run.prds.join(', ')}), so the generated files were left as they are; pass --prds to include it` };
  }
  return { result: await orchestrate(options) };
}

/**
 * Writes a plan's files: refuses read-only files first, so either every file is written or none.
 * @param plan what `planStart` computed
 * @param fs where to write
 */
export async function applyPlan(plan: StartPlan, fs: StartFs): Promise<void> {
  for (const w of plan.writes) {
    if (await fs.readOnly(w.path)) {
      throw new PrdError('The file is read-only, so start changed nothing', {
        file: w.path,
        code: 'EWRITE',
        hint: 'Make it writable (chmod u+w) and run start again, or preview with --dry-run',
      });
    }
  }
  await fs.writeAll(plan.writes);
}

/**
 * `start`: resolves a roadmap id to its PRD, edits the PRD in place (owner, roles, 7.3 QA
 * Artifacts, 9.1 Roles and Order), creates the QA files, then regenerates the project's outputs
 * from its whole PRD set (see `runProjectPipeline`).
 * A second run changes nothing (`changed` is empty).
 * @param options id, PRD, roadmap, owner, roles, QA paths, dry run
 * @returns the summary; pipeline PRD errors are in `errors` (and `success` is false)
 * @throws PrdError when the PRD cannot be resolved, read or edited (nothing is written then);
 *   UsageError for bad options
 */
export async function runStart(options: StartOptions): Promise<StartSummary> {
  const started = performance.now();
  const opts = normalizeStartOptions(options);
  const fs = opts.fs ?? nodeStartFs(opts.root);
  const plan = await planStart(opts, fs);
  if (!opts.dryRun) await applyPlan(plan, fs);
  const pipeline = opts.pipeline
    ? await runProjectPipeline({ root: opts.root, prds: opts.prds, outDir: opts.outDir, prd: plan.prd, mode: opts.dryRun ? 'dry-run' : 'write', logger: opts.logger })
    : undefined;
  const result = pipeline?.result;
  const errors = result?.errors ?? [];
  return {
    success: errors.length === 0 && (result?.success ?? true),
    durationMs: Math.round(performance.now() - started),
    prd: plan.prd,
    id: plan.id,
    owner: plan.owner,
    roles: plan.roles,
    tasksProcessed: result?.tasks ?? 0,
    filesGenerated: result?.filesWritten.length ?? 0,
    cached: result?.filesUnchanged.length ?? 0,
    changed: plan.writes.map((w) => w.path),
    dryRun: opts.dryRun,
    diff: plan.diff,
    errors,
    ...(pipeline?.skipped ? { pipelineSkipped: pipeline.skipped } : {}),
  };
}
