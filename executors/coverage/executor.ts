import path from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { logger } from '@nx/devkit';
import type { FailOn } from '../../src/coverage/index.js';
import { loadWithParser } from '../../src/parser-load.js';
import { isPrdError } from '../../src/errors.js';
import { insidePath } from '../../src/paths.js';

/** Options of `prd-orchestrator:coverage`; see schema.json for descriptions and defaults. */
export interface CoverageExecutorOptions {
  prds?: string | string[];
  src?: string[];
  outDir?: string;
  reportDir?: string;
  min?: number;
  failOn?: string[] | string;
}

/**
 * Coverage of the project the target belongs to: prints the table, writes `reportDir` (index.html,
 * coverage.json), and fails on PRD errors or an unmet `min` / non-empty `failOn` list (printed).
 * @param options the target's options (schema.json)
 * @param context Nx executor context
 * @returns `{ success }`
 */
export async function coverageExecutor(options: CoverageExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  try {
    // Loaded here, not at the top: an oxc-parser that cannot load is then a clear error (src/parser-load.ts).
    const { checkCoverageGate, coverageTerminal, FAIL_ON, runCoverage, writeCoverageReports } = await loadWithParser(() => import('../../src/coverage/index.js'));
    const name = context.projectName;
    const project = name ? context.projectsConfigurations?.projects[name] : undefined;
    if (!project) throw new Error(`prd-orchestrator:coverage must run as a target of a project; got project ${JSON.stringify(name)}`);
    const reportDir = insidePath(options.reportDir ?? 'coverage/prd');
    if (reportDir === undefined) throw new Error(`prd-orchestrator:coverage: option "reportDir" must be a folder inside the project, without ".."; got ${JSON.stringify(options.reportDir)}`);
    // From the command line (`--failOn=missing,orphans`) the option arrives as one string.
    const failOn = (Array.isArray(options.failOn) ? options.failOn : options.failOn ? [String(options.failOn)] : []).flatMap((f) => f.split(',')).map((f) => f.trim());
    for (const f of failOn) if (!(FAIL_ON as readonly string[]).includes(f)) throw new Error(`prd-orchestrator:coverage: option "failOn" holds ${JSON.stringify(f)}; expected ${FAIL_ON.join(', ')}`);
    const root = path.join(context.root, project.root);
    const run = await runCoverage({
      root,
      ...(options.prds ? { prds: Array.isArray(options.prds) ? options.prds : [options.prds] } : {}),
      ...(options.src ? { src: options.src } : {}),
      ...(options.outDir ? { outDir: options.outDir } : {}),
    });
    const at = (file: string) => (project.root === '.' || project.root === '' ? file : path.posix.join(project.root, file));
    for (const e of run.errors) logger.error(`${at(e.file)}:${e.line}:${e.column} ${e.message}`);
    if (run.errors.length > 0) return { success: false };
    for (const e of run.index.errors) logger.warn(`${at(e.file)}:${e.line} not read for coverage: ${e.message}`);
    logger.info(coverageTerminal(run.result, false).trimEnd());
    await writeCoverageReports(path.join(root, reportDir), root, run, true);
    const failures = checkCoverageGate(run.result, { ...(options.min !== undefined ? { min: options.min } : {}), failOn: failOn as FailOn[] });
    for (const f of failures) logger.error(`prd-orchestrator:coverage: ${f}`);
    return { success: failures.length === 0 };
  } catch (error) {
    logger.error(isPrdError(error) ? `${error.file}:${error.line}:${error.column} ${error.message}` : (error as Error).message);
    return { success: false };
  }
}
