import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { createTaskReader, diffJson, diffMarkdown, diffTasks, diffText, readTasksAtRevision } from '../diff/index.js';
import { DEFAULT_PRDS, checkRoot } from '../options.js';
import { PROJECT_FLAGS, parseCommandArgs } from './args.js';
import { formatError, type CliIo } from './io.js';

export const DIFF_HELP = `Usage: prd-orchestrator diff [--base REV] [--head REV] [--root DIR] [--prds GLOB]... [--json | --markdown] [--fail-on breaking|any]

Compare the tasks of the project's PRDs at two git revisions by id: what a change adds, removes
and modifies, which changes are breaking (a removed endpoint, method, page, model or field, a
changed field type, an optional field made required), the generated exports each one touches and
the QA cases it invalidates. PRDs are read straight from git; nothing is checked out or written.

Options:
  --base <rev>          base revision (default: $NX_BASE, else HEAD)
  --head <rev>          head revision (default: the working tree, committed or not)
  --root <dir>          project root inside a git repository (default: current directory)
  --prds <glob>         PRD files, relative to the root; repeatable; same on both sides (default: ${DEFAULT_PRDS})
  --json                print {"base","head","changes":[...],"summary"} on stdout
  --markdown            print a pull-request comment (breaking changes first, each with file:line)
  --fail-on <what>      exit 1 when there is a breaking change (breaking) or any change (any)
  -h, --help            show this help

Exit codes: 0 ok, 1 --fail-on matched or a PRD could not be read, 2 usage error (not a git repository, unknown revision).
`;

const diffOptions = {
  base: { type: 'string' },
  head: { type: 'string' },
  ...PROJECT_FLAGS,
  markdown: { type: 'boolean' },
  'fail-on': { type: 'string' },
} satisfies ParseArgsConfig['options'];

/** `diff`. */
export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, diffOptions, DIFF_HELP, io);
  if (!parsed) return 0;
  const { values } = parsed;
  if (values.json && values.markdown) throw new UsageError('--json and --markdown cannot be used together: pick one output');
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'breaking' && failOn !== 'any') throw new UsageError(`--fail-on is "${failOn}"; expected breaking or any`);
  const env = io.env ?? process.env;
  const base = values.base ?? (env.NX_BASE || 'HEAD');
  const root = path.resolve(io.cwd, values.root ?? '.');
  // Before git runs in it: a missing folder would read as a missing git, a file as a raw spawn error.
  checkRoot(root, '--root');
  const reader = createTaskReader();
  const common = { root, reader, ...(values.prds ? { prds: values.prds } : {}) };
  const before = await readTasksAtRevision({ ...common, rev: base });
  const after = await readTasksAtRevision({ ...common, rev: values.head });
  const errors = [...before.errors.map((e) => [before.rev, e] as const), ...after.errors.map((e) => [after.rev, e] as const)];
  for (const [rev, e] of errors) io.stderr(`${formatError(e, io).trimEnd()} (at ${rev})\n`);
  if (errors.length > 0) return 1;
  const diff = diffTasks(before.tasks, after.tasks);
  const sides = { base: before.rev, head: after.rev };
  io.stdout(values.json ? diffJson(sides, diff) : values.markdown ? diffMarkdown(sides, diff) : diffText(sides, diff, io.tty));
  const fail = failOn === 'any' ? diff.changes.length > 0 : failOn === 'breaking' ? diff.summary.breaking > 0 : false;
  return fail ? 1 : 0;
}
