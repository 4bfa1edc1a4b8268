/**
 * `prd-orchestrator coverage`: which PRD tasks the code implements and tests, and code no PRD asks for.
 */
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { PROJECT_FLAGS, parseCommandArgs } from './args.js';
import { formatError, type CliIo } from './io.js';
import { DEFAULT_OUT_DIR, DEFAULT_PRDS } from '../options.js';
import { toPosix } from '../paths.js';
import { checkCoverageGate, coverageJson, coverageMarkdown, coverageTerminal, FAIL_ON, runCoverage, writeCoverageReports, type FailOn } from '../coverage/index.js';

export const COVERAGE_HELP = `Usage: prd-orchestrator coverage [options]

Read the project's code with a JavaScript/TypeScript parser and report, for every task of the PRDs,
whether it is implemented (with every file:line) and tested (and where), plus endpoints and pages in
the code that no PRD asks for (orphans). Writes nothing unless --html is given. No network, no AI.

Found in the code: Next.js route handlers and pages (app/, pages/), Express, Fastify, Hono and
Koa-router routes (with mounted routers' prefixes), NestJS controllers, React Router, TanStack Router
and Vue Router routes, exported TypeScript types, zod schemas, Prisma models and Drizzle tables;
tests that cite a task id in a title or comment, call its generated client operation or request its path.

Options:
  --root <dir>          project root (default: current directory)
  --prds <glob>         PRD files, relative to the root; repeatable (default: ${DEFAULT_PRDS})
  --src <glob>          source files, relative to the root; repeatable (default: src/, app/, pages/,
                        routes/, server/, prisma/**/*.prisma and test files)
  --out <dir>           the generated output folder, never read as a source (default: ${DEFAULT_OUT_DIR})
  --json                print the report as JSON (one entry per API method)
  --markdown            print the report as Markdown, for a pull-request comment
  --html <dir>          write one self-contained page, <dir>/index.html (relative to the current directory)
  --min <percent>       exit 1 when less than this share of endpoints, pages and models is implemented
  --fail-on <what>      exit 1 when this list is not empty: missing | untested-must | orphans (repeatable)
  -h, --help            show this help

Exit codes: 0 ok, 1 PRD error or a --min / --fail-on check failed (the list is printed), 2 usage error.
`;

const coverageOptions = {
  ...PROJECT_FLAGS,
  src: { type: 'string', multiple: true },
  out: { type: 'string' },
  markdown: { type: 'boolean' },
  html: { type: 'string' },
  min: { type: 'string' },
  'fail-on': { type: 'string', multiple: true },
} satisfies ParseArgsConfig['options'];

/** `--min 80`, `--min 80%`, `--min 72.5`: a number from 0 to 100. */
function minimum(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`--min is "${value}"; expected a percentage from 0 to 100, such as --min 80`);
  return n;
}

/**
 * @param argv the arguments after `coverage`
 * @param io where output goes
 * @returns the exit code
 */
export async function coverageCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, coverageOptions, COVERAGE_HELP, io);
  if (!parsed) return 0;
  const { values } = parsed;
  const formats = [values.json && '--json', values.markdown && '--markdown', values.html !== undefined && '--html'].filter(Boolean);
  if (formats.length > 1) throw new UsageError(`${formats.join(' and ')} cannot be used together: choose one report format`);
  if (values.html !== undefined && values.html.trim() === '') throw new UsageError('--html needs a folder, such as --html coverage-report');
  const min = minimum(values.min);
  const failOn = (values['fail-on'] ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const f of failOn) if (!(FAIL_ON as readonly string[]).includes(f)) throw new UsageError(`--fail-on is "${f}"; expected ${FAIL_ON.join(', ')}`);
  for (const glob of values.src ?? []) if (glob.trim() === '') throw new UsageError('--src needs a glob, such as --src "src/**/*.ts"');

  const root = path.resolve(io.cwd, values.root ?? '.');
  const run = await runCoverage({
    root,
    ...(values.prds ? { prds: values.prds } : {}),
    ...(values.src ? { src: values.src } : {}),
    ...(values.out ? { outDir: values.out } : {}),
  });
  if (run.errors.length > 0) {
    for (const e of run.errors) io.stderr(formatError(e, io));
    return 1;
  }
  for (const e of run.index.errors) io.stderr(`${e.file}:${e.line} warning not read for coverage: ${e.message}\n`);
  if (run.prds.length === 0) io.stderr(`warning no PRD files match ${(values.prds ?? [DEFAULT_PRDS]).join(', ')} under ${root}: no task to measure (check --prds)\n`);

  if (values.html !== undefined) {
    const dir = path.resolve(io.cwd, values.html);
    const outcome = (await writeCoverageReports(dir, root, run))['index.html'];
    io.stdout(`${outcome === 'written' ? 'wrote' : 'unchanged'} ${toPosix(path.relative(io.cwd, path.join(dir, 'index.html')))} (coverage ${run.result.percent}%)\n`);
  } else if (values.json) io.stdout(`${JSON.stringify(coverageJson(run.result, run.index), null, 2)}\n`);
  else if (values.markdown) io.stdout(coverageMarkdown(run.result));
  else io.stdout(coverageTerminal(run.result, io.tty));

  const failures = checkCoverageGate(run.result, { ...(min !== undefined ? { min } : {}), failOn: failOn as FailOn[] });
  for (const f of failures) io.stderr(`coverage: ${f}\n`);
  return failures.length > 0 ? 1 : 0;
}
