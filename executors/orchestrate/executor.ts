import path from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { logger as nxLogger } from '@nx/devkit';
import type { ExtractorKind, Logger, RunMode } from '../../src/options.js';
import { isPrdError } from '../../src/errors.js';
import { orchestrate } from '../../src/orchestrate.js';
import { conflictWarning } from '../../src/plan/index.js';

/** Options of `prd-orchestrator:orchestrate`; see schema.json for descriptions and defaults. */
export interface OrchestrateExecutorOptions {
  prds?: string | string[];
  files?: string[];
  outDir?: string;
  roadmap?: string;
  mode?: RunMode;
  extractor?: ExtractorKind;
  pool?: boolean | 'auto';
  allowEmpty?: boolean;
}

const logger: Logger = {
  info: (message) => nxLogger.info(message),
  warn: (message) => nxLogger.warn(message),
  error: (message) => nxLogger.error(message),
};

/** PRD paths come back relative to the project; Nx users run from the workspace root, so make them clickable from there. */
function fromWorkspace(projectRoot: string, file: string): string {
  return path.isAbsolute(file) || projectRoot === '.' || projectRoot === '' ? file : path.posix.join(projectRoot, file);
}

function projectRootOf(context: ExecutorContext): string {
  const name = context.projectName;
  const project = name ? context.projectsConfigurations?.projects[name] : undefined;
  if (!project) throw new Error(`prd-orchestrator:orchestrate must run as a target of a project; got project ${JSON.stringify(name)}`);
  return project.root;
}

/**
 * Runs the PRD pipeline for the project the target belongs to. PRD errors fail the target and are printed as
 * `file:line:col message` relative to the workspace root; bad options fail it with the option named.
 * @param options the target's options (schema.json)
 * @param context Nx executor context
 * @returns `{ success }`
 */
export async function orchestrateExecutor(options: OrchestrateExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  let projectRoot = '.';
  try {
    projectRoot = projectRootOf(context);
    const result = await orchestrate({ ...options, root: path.join(context.root, projectRoot), logger });
    for (const warning of result.warnings) {
      nxLogger.warn(`${fromWorkspace(projectRoot, warning.file)}:${warning.line}:${warning.column} ${warning.message}`);
    }
    for (const conflict of result.conflicts.map(conflictWarning)) {
      nxLogger.warn(`${fromWorkspace(projectRoot, conflict.file)}:${conflict.line}:${conflict.column} ${conflict.message}`);
    }
    for (const error of result.errors) {
      nxLogger.error(`${fromWorkspace(projectRoot, error.file)}:${error.line}:${error.column} ${error.message}`);
    }
    const mode = options.mode ?? 'write';
    if (mode === 'check' && result.drift.length > 0) {
      nxLogger.error(
        `${result.drift.length} generated file(s) differ from the PRDs: ${result.drift.join(', ')}. ` +
          `Regenerate them with the project's generate target (e.g. "nx run ${context.projectName}:orchestrate") instead of editing them by hand.`,
      );
    } else if (result.success) {
      const changed = mode === 'check' ? 'checked' : mode === 'dry-run' ? 'would write' : 'wrote';
      nxLogger.info(`prd-orchestrator: ${result.prds} PRD(s), ${result.tasks} task(s); ${changed} ${mode === 'check' ? result.filesUnchanged.length : result.filesWritten.length} file(s) in ${result.durationMs.toFixed(0)} ms`);
    }
    return { success: result.success };
  } catch (error) {
    nxLogger.error(isPrdError(error) ? `${fromWorkspace(projectRoot, error.file)}:${error.line}:${error.column} ${error.message}` : (error as Error).message);
    return { success: false };
  }
}
