import type { ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import pc from 'picocolors';
import { UsageError, isPrdError, type PrdError } from '../errors.js';
import { createExtractRun, extractTasks, extractWarnings } from '../extract/index.js';
import { DEFAULT_OUT_DIR, DEFAULT_PRDS, checkRoot, normalizeOptions, type ExtractorKind, type OrchestrateOptions, type RunMode } from '../options.js';
import { findPrdFiles, orchestrate } from '../orchestrate.js';
import { conflictWarning, mergeTasks } from '../plan/index.js';
import { readPrd, type PrdDocument } from '../prd/index.js';
import type { PrdWarning, Task } from '../types.js';
import { PROJECT_FLAGS, parseCommandArgs } from './args.js';
import { formatError, formatWarning, type CliIo } from './io.js';
import { tasksJson } from './json-output.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export const RUN_HELP = `Usage: prd-orchestrator run [options]

Run the pipeline over the project's PRDs: parse, extract tasks, merge, and write the derived
files (manifest.json, models.ts, api.ts, pages.ts, index.ts, qa/*.md) into the output folder.

Options:
  --root <dir>          project root (default: current directory)
  --prds <glob>         PRD files, relative to the root; repeatable (default: ${DEFAULT_PRDS})
  --out <dir>           output folder, relative to the root (default: ${DEFAULT_OUT_DIR})
  --extractor <kind>    heuristic | llm | auto (default: heuristic)
  --model <name>        model for --extractor llm|auto (default: $PRD_ORCHESTRATOR_MODEL or gpt-4o-mini)
  --pool <auto|on|off>  parse in a worker pool: auto = only for large PRD sets (default: auto)
  --allow-empty         when the globs match no PRD, remove the previous outputs (without it the
                        run keeps them and exits 1: a mistyped glob must not wipe them)
  --check               write nothing; exit 1 listing the files that differ (CI drift check)
  --strict              exit 1 on any conflict (a model field with two types, a page with two titles)
  --dry-run             write nothing; list what would change
  --json                print a JSON summary on stdout
  -h, --help            show this help

Exit codes: 0 ok; 1 PRD error, drift, or no PRD matched while earlier outputs exist; 2 usage
error (unknown flag, missing --root folder, --extractor llm without OPENAI_API_KEY or
OPENAI_BASE_URL).
`;

export const CHECK_HELP = `Usage: prd-orchestrator check [options]

Same as "run --check": generate in memory and compare with the files on disk. Writes nothing.
Exits 1 and lists the files that differ when the generated files are out of date.

Options: --root, --prds, --out, --extractor, --model, --pool, --allow-empty, --strict, --json,
--help (see "prd-orchestrator run --help").
`;

export const EXTRACT_HELP = `Usage: prd-orchestrator extract <file|folder|glob...> [--json] [--kind api|model|page|rule]...

Print the tasks (APIs, models, pages, rules) of the given PRDs, merged across files and sorted,
each with the PRD line it came from. A folder stands for the .md files under it; quote globs
("docs/**/*.md"). Long field lists are cut with "…" (--json has them all). Writes nothing.

Options:
  --json                print {"tasks":[...]} on stdout, every field
  --kind <kind>         only tasks of this kind: api | model | page | rule (repeatable)
  -h, --help            show this help

Exit codes: 0 ok, 1 PRD error or no PRD matched, 2 usage error.
`;

const runOptions = {
  ...PROJECT_FLAGS,
  out: { type: 'string' },
  extractor: { type: 'string' },
  model: { type: 'string' },
  pool: { type: 'string' },
  'allow-empty': { type: 'boolean' },
  check: { type: 'boolean' },
  strict: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

/** `run` and `check`. */
export async function runCommand(argv: string[], io: CliIo, forceCheck = false): Promise<number> {
  const parsed = parseCommandArgs(argv, runOptions, forceCheck ? CHECK_HELP : RUN_HELP, io);
  if (!parsed) return EXIT_OK;
  const { values } = parsed;
  if (values.check && values['dry-run']) throw new UsageError('--check and --dry-run cannot be used together: --check already writes nothing');
  const mode: RunMode = forceCheck || values.check ? 'check' : values['dry-run'] ? 'dry-run' : 'write';
  const root = path.resolve(io.cwd, values.root ?? '.');
  checkRoot(root, '--root');
  const options: OrchestrateOptions = {
    root,
    mode,
    allowEmpty: values['allow-empty'] === true,
    logger: { info: () => {}, warn: (m) => io.stderr(`warning ${m}\n`), error: (m) => io.stderr(`error ${m}\n`) },
  };
  if (values.prds) options.prds = values.prds;
  if (values.out) options.outDir = values.out;
  if (values.extractor) options.extractor = values.extractor as ExtractorKind;
  if (values.model) options.llm = { model: values.model };
  if (values.pool !== undefined) {
    const pool = { auto: 'auto', on: true, off: false }[values.pool];
    if (pool === undefined) throw new UsageError(`--pool is "${values.pool}"; expected auto, on or off`);
    options.pool = pool as boolean | 'auto';
  }
  const result = await orchestrate(options);
  for (const w of result.warnings) io.stderr(formatWarning(w, io));
  for (const c of result.conflicts) io.stderr(formatWarning(conflictWarning(c), io));
  for (const e of result.errors) io.stderr(formatError(e, io));
  if (values.json) {
    const summary = {
      success: result.success,
      durationMs: Math.round(result.durationMs),
      prds: result.prds,
      tasks: result.tasks,
      filesWritten: result.filesWritten,
      filesUnchanged: result.filesUnchanged,
      filesRemoved: result.filesRemoved,
      ...(mode === 'check' ? { drift: result.drift } : {}),
      conflicts: result.conflicts,
      ...(result.errors.length > 0 ? { errors: result.errors.map((e) => e.toJSON()) } : {}),
      ...(result.llm ? { llm: result.llm } : {}),
    };
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  } else if (result.errors.length === 0) {
    io.stdout(humanSummary(result, mode, io));
    if (result.llm) {
      // Only an LLM run has these, and it has loaded the module already.
      const { formatLlmStats } = await import('../llm/index.js');
      io.stdout(`${formatLlmStats(result.llm)}\n`);
    }
  }
  if (values.strict && result.conflicts.length > 0) {
    io.stderr(`error --strict: ${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'} (listed above); make the PRDs agree\n`);
    return EXIT_FAILURE;
  }
  return result.success ? EXIT_OK : EXIT_FAILURE;
}

function humanSummary(result: Awaited<ReturnType<typeof orchestrate>>, mode: RunMode, io: CliIo): string {
  const ms = `${Math.round(result.durationMs)} ms`;
  const head = `${result.prds} PRD${result.prds === 1 ? '' : 's'} → ${result.tasks} task${result.tasks === 1 ? '' : 's'}`;
  const ok = (s: string) => (io.tty ? pc.green(s) : s);
  const bad = (s: string) => (io.tty ? pc.red(s) : s);
  if (mode === 'check') {
    if (result.drift.length === 0) return `${ok('✔')} ${head}: generated files are up to date (${ms})\n`;
    return `${bad('✖')} ${head}: ${result.drift.length} generated file${result.drift.length === 1 ? ' is' : 's are'} out of date:\n${result.drift.map((f) => `  ${f}\n`).join('')}Run "prd-orchestrator run" and commit the result.\n`;
  }
  if (mode === 'dry-run') {
    const lines = [...result.filesWritten.map((f) => `  write  ${f}\n`), ...result.filesRemoved.map((f) => `  remove ${f}\n`)];
    return `${head}: dry run, nothing written. ${lines.length === 0 ? 'Nothing would change.\n' : `Would change:\n${lines.join('')}`}`;
  }
  const lines = [...result.filesWritten.map((f) => `  wrote   ${f}\n`), ...result.filesRemoved.map((f) => `  removed ${f}\n`)];
  return `${ok('✔')} ${head}: ${result.filesWritten.length} written, ${result.filesUnchanged.length} unchanged, ${result.filesRemoved.length} removed (${ms})\n${lines.join('')}`;
}

/** `extract <file|folder|glob...>`. */
export async function extractCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, { json: { type: 'boolean' }, kind: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } }, EXTRACT_HELP, io, { positionals: true });
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('extract needs at least one PRD file, folder or glob, e.g. "prd-orchestrator extract docs/prd/orders.md" or "extract docs/prd"');
  const kinds = values.kind ?? [];
  for (const k of kinds) if (!['api', 'model', 'page', 'rule'].includes(k)) throw new UsageError(`--kind is "${k}"; expected api, model, page or rule`);
  // The file search of `run`: folders stand for their Markdown files, globs are expanded. A plain
  // path that does not exist stays in the list so that reading it reports "PRD file not found".
  const found = await findPrdFiles(normalizeOptions({ root: io.cwd, prds: positionals }));
  // Only a name that was not found is looked up again: one stat per file found, not two.
  const foundSet = new Set(found);
  const missing = positionals
    .filter((p) => !isDynamicPattern(p))
    .map((p) => path.relative(io.cwd, path.resolve(io.cwd, p)).split(path.sep).join('/'))
    .filter((rel) => !foundSet.has(rel) && !existsSync(path.resolve(io.cwd, rel)));
  const files = [...new Set([...found, ...missing])].sort();
  if (files.length === 0) {
    io.stderr(`error No PRD files match ${positionals.join(', ')} (a file, a folder of .md files, or a glob such as "docs/prd/**/*.md")\n`);
    return EXIT_FAILURE;
  }
  const errors: PrdError[] = [];
  const all: Task[] = [];
  const warned: PrdWarning[] = [];
  // One file at a time: each document is read, parsed and extracted, then dropped before the next
  // is read (reads are synchronous: nothing would overlap). Started all at once, every document was
  // parsed before the first was extracted, and all of them were alive together: 267–281 → 228–233 MB
  // peak RSS on the 10 MB dense corpus, same time.
  const run = createExtractRun();
  for (const file of files) {
    let doc: PrdDocument;
    try {
      doc = await readPrd(path.resolve(io.cwd, file), file);
    } catch (error) {
      if (!isPrdError(error)) throw error;
      errors.push(error);
      continue;
    }
    const tasks = extractTasks(doc, { run });
    for (const w of doc.warnings) warned.push(w);
    for (const w of extractWarnings(tasks)) warned.push(w);
    for (const t of tasks) all.push(t);
  }
  for (const w of warned) io.stderr(formatWarning(w, io));
  for (const e of errors) io.stderr(formatError(e, io));
  if (errors.length > 0) return EXIT_FAILURE;
  const { tasks, conflicts, warnings } = mergeTasks(all);
  for (const w of warnings) io.stderr(formatWarning(w, io));
  for (const c of conflicts) io.stderr(formatWarning(conflictWarning(c), io));
  const shown = kinds.length > 0 ? tasks.filter((t) => kinds.includes(t.kind)) : tasks;
  if (values.json) for (const piece of tasksJson(shown)) io.stdout(piece);
  else io.stdout(humanTasks(shown));
  return EXIT_OK;
}

/** Longest list of model fields a human line shows before it says how many more there are. */
const FIELDS_SHOWN = 8;
/** Longest field list (in characters, braces excluded) a human line shows; the rest is counted. */
const FIELDS_CHARS = 160;
/** Longest single `name: type` a human line shows before clipping it with an ellipsis. */
const FIELD_CHARS = 100;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * `{ a: string; b: number; … +12 more }`: a line a person can read; `--json` has every field.
 * It stops after {@link FIELDS_SHOWN} fields or once the list passes {@link FIELDS_CHARS}
 * characters, whichever comes first, and always shows the first field (clipped if need be).
 */
function fieldList(fields: ReadonlyArray<{ name: string; type: string; optional: boolean }>): string {
  const shown: string[] = [];
  let length = 0;
  for (const f of fields) {
    if (shown.length >= FIELDS_SHOWN) break;
    const text = clip(`${f.name}${f.optional ? '?' : ''}: ${f.type}`, FIELD_CHARS);
    const added = (shown.length > 0 ? 2 : 0) + text.length;
    if (shown.length > 0 && length + added > FIELDS_CHARS) break;
    shown.push(text);
    length += added;
  }
  const more = fields.length - shown.length;
  return `{ ${shown.join('; ')}${more > 0 ? `; … +${more} more` : ''} }`;
}

function humanTasks(tasks: Task[]): string {
  if (tasks.length === 0) return 'No tasks found.\n';
  return tasks
    .map((t) => {
      const at = `${t.sources[0]!.file}:${t.sources[0]!.line}`;
      switch (t.kind) {
        case 'api':
          return `api    ${t.methods.join(',')} ${t.path}  (${at})`;
        case 'model':
          return `model  ${t.name} ${fieldList(t.fields)}  (${at})`;
        case 'page':
          return `page   ${t.route} "${t.title}"  (${at})`;
        case 'rule':
          return `rule   [${t.level}] ${t.text}  (${at})`;
      }
    })
    .join('\n')
    .concat('\n');
}
