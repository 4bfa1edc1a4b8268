import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { isPrdError, UsageError } from '../errors.js';
import { checkRoot } from '../options.js';
import { runStart, type StartSummary } from '../start/index.js';
import { PROJECT_FLAGS, parseCommandArgs } from './args.js';
import { formatError, type CliIo } from './io.js';

export const START_HELP = `Usage: prd-orchestrator start <id> [options]

Start a roadmap item: find its PRD, set the frontmatter owner and roles, fill sections
7.3 QA Artifacts and 9.1 Roles and Order (in place, nothing else changes), create the QA
cases and results files, then regenerate the outputs from the project's PRDs (--prds; all of
them, never only this one; not at all when --prds does not match this PRD). Running it again
changes nothing.

Arguments:
  <id>                  roadmap id, e.g. 2.1.1.1 (optional with --prd)

Options:
  --roles LIST          roles in the PRD, comma-separated (default: the roadmap's, else the PRD's, else backend,frontend,qa)
  --owner NAME          owner to set (default: the roadmap's)
  --prd FILE            the PRD to start; skips the roadmap lookup
  --roadmap FILE        roadmap file (default: docs/roadmap.md)
  --prds GLOB           the project's PRDs: searched for a frontmatter id, and the set the outputs
                        are regenerated from (default: docs/prd/**/*.md; repeatable)
  --qa-cases PATH       QA cases file; {id} and {name} are filled in (default: docs/qa/{id}.cases.md)
  --qa-results PATH     QA results file (default: docs/qa/{id}.results.md)
  --root DIR            project root (default: the current directory)
  --out DIR             output folder of the pipeline (default: src/generated/prd)
  --dry-run             print the diff of what would change and write nothing
  --json                print the summary as JSON
  -h, --help            show this help

Exit codes: 0 ok, 1 PRD error, 2 usage error.
`;

const startOptions = {
  roles: { type: 'string' },
  owner: { type: 'string' },
  prd: { type: 'string' },
  roadmap: { type: 'string' },
  'qa-cases': { type: 'string' },
  'qa-results': { type: 'string' },
  ...PROJECT_FLAGS,
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

function human(summary: StartSummary): string {
  const lines: string[] = [];
  const who = [summary.owner ? `owner ${summary.owner}` : 'no owner', `roles ${summary.roles.join(', ')}`].join('; ');
  lines.push(`start ${summary.id ?? ''}${summary.id ? ' → ' : ''}${summary.prd} (${who})`);
  if (summary.changed.length === 0) lines.push('  nothing to change: the PRD and its QA files are already up to date');
  else for (const file of summary.changed) lines.push(`  ${summary.dryRun ? 'would write' : 'wrote'} ${file}`);
  if (summary.pipelineSkipped) lines.push(`  pipeline not run: ${summary.pipelineSkipped}`);
  else lines.push(`  pipeline: ${summary.tasksProcessed} tasks, ${summary.filesGenerated} files ${summary.dryRun ? 'would be ' : ''}written, ${summary.cached} unchanged (${summary.durationMs} ms)`);
  if (summary.dryRun) lines.push('  dry run: nothing was written');
  return lines.join('\n') + '\n';
}

/**
 * `prd-orchestrator start`: parses its flags, runs `start`, prints the summary.
 * @param argv arguments after `start`
 * @param io output sinks and working directory
 * @returns the exit code: 0 ok, 1 PRD error, 2 usage error
 */
export async function startCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseCommandArgs(argv, startOptions, START_HELP, io, { positionals: true, hint: 'See "prd-orchestrator start --help"' });
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new UsageError(`Expected one roadmap id; got ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
    const id = positionals[0];
    if (id === undefined && values.prd === undefined) throw new UsageError('Give a roadmap id (prd-orchestrator start 2.1.1.1) or --prd FILE');
    const root = path.resolve(io.cwd, values.root ?? '.');
    checkRoot(root, '--root');
    const summary = await runStart({
      id,
      root,
      prd: values.prd === undefined ? undefined : path.resolve(io.cwd, values.prd),
      roadmap: values.roadmap,
      prds: values.prds,
      owner: values.owner,
      roles: values.roles,
      qaCases: values['qa-cases'],
      qaResults: values['qa-results'],
      outDir: values.out,
      dryRun: values['dry-run'] === true,
    });
    if (values.json) {
      const { diff: _diff, errors, ...rest } = summary;
      io.stdout(JSON.stringify({ ...rest, errors: errors.map((e) => e.toJSON()) }, null, 2) + '\n');
    } else {
      if (summary.dryRun && summary.diff) io.stdout(summary.diff);
      io.stdout(human(summary));
    }
    for (const error of summary.errors) io.stderr(formatError(error, io));
    return summary.success ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`prd-orchestrator start: ${error.message}\n`);
      return 2;
    }
    if (isPrdError(error)) {
      io.stderr(formatError(error, io));
      return 1;
    }
    throw error;
  }
}
