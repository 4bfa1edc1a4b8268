import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';
import { loadWithParser, ParserLoadError } from '../parser-load.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, extractCommand, runCommand } from './commands.js';
import type { CliIo } from './io.js';

export const MAIN_HELP = `Usage: prd-orchestrator <command> [options]

Treat PRDs (Markdown product requirement documents) as build inputs.

Commands:
  run        parse the PRDs, extract tasks and write the derived files
  check      like "run --check": fail when the generated files are out of date
  extract    print the tasks of the given PRD files, folders or globs
  start      start a roadmap item: update its PRD, write QA files, run the pipeline
  diff       what the PRD changes between two git revisions add, remove and break
  coverage   which PRD tasks the code implements and tests, and code no PRD asks for

Run "prd-orchestrator <command> --help" for a command's options.

Options:
  -h, --help     show this help
  -v, --version  print the version

Exit codes: 0 ok, 1 PRD error or drift, 2 usage error.
`;

function version(): string {
  const require = createRequire(import.meta.url);
  for (const p of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = require(p) as { name?: string; version?: string };
      if (pkg.name === 'prd-orchestrator') return pkg.version ?? '0.0.0';
    } catch {
      // try the next layout (src/ in tests, dist/src/ when installed)
    }
  }
  return '0.0.0';
}

/**
 * `prd-orchestrator start …` as a function. Its module (the PRD editor, Markdown parsing of the
 * roadmap) loads on the first call: most runs never need it.
 * @returns the exit code
 */
export async function startCommand(argv: string[], io: CliIo): Promise<number> {
  const start = await import('./start.js');
  return start.startCommand(argv, io);
}

/**
 * The CLI as a function: parse `argv` (without `node` and the script), run, return the exit code.
 * @param argv command-line arguments
 * @param io where output goes (tests pass memory sinks)
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(MAIN_HELP);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      case '-v':
      case '--version':
        io.stdout(`${version()}\n`);
        return EXIT_OK;
      case 'run':
        return await runCommand(rest, io);
      case 'check':
        return await runCommand(rest, io, true);
      case 'extract':
        return await extractCommand(rest, io);
      case 'start':
        return await startCommand(rest, io);
      case 'diff': {
        // Loaded on demand: only diff needs git and the text differ.
        const { diffCommand } = await import('./diff.js');
        return await diffCommand(rest, io);
      }
      case 'coverage': {
        // Loaded on demand: the source parser is needed by this command only.
        const { coverageCommand } = await loadWithParser(() => import('./coverage.js'));
        return await coverageCommand(rest, io);
      }
      default:
        throw new UsageError(`Unknown command "${command}". Commands: run, check, extract, start, diff, coverage (see --help)`);
    }
  } catch (error) {
    if (error instanceof ParserLoadError) {
      io.stderr(`prd-orchestrator: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof UsageError || (error as Error)?.name === 'UsageError') {
      io.stderr(`prd-orchestrator: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`prd-orchestrator: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}
