import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { PrdError, isPrdError } from './errors.js';
import { extractTasks } from './extract/extract.js';
import { extractWarnings } from './extract/warnings.js';
import { normalizeOptions, type NormalizedOptions, type OrchestrateOptions } from './options.js';
import { mergeTasks } from './plan/merge.js';
import { toPosix } from './paths.js';
import { parsePrd } from './prd/parse.js';
import { readPrdBytes } from './prd/parse.js';
import type { PrdDocument } from './prd/types.js';
import { extractInPool, usePool } from './pool/pool.js';
import { prdInfo } from './pool/info.js';
import { contentText, renderOutputSet, type PrdInfo } from './render/render.js';
import type { LlmStats } from './llm/types.js';
import type { Conflict, PrdWarning, Task } from './types.js';
import { writeOutputs } from './write/outputs.js';

/** What `manifest.json` holds. */
export interface Manifest {
  version: 1;
  generator: 'prd-orchestrator';
  prds: Array<{ file: string; id?: string; title?: string; tasks: number }>;
  tasks: Task[];
  conflicts: Conflict[];
  /** Every generated file (POSIX, relative to outDir), `manifest.json` included. Used to remove stale files. */
  files: string[];
}

export type { LlmStats } from './llm/types.js';

export interface OrchestrateResult {
  /** No PRD error, and in `check` mode no drift. */
  success: boolean;
  durationMs: number;
  /** Number of PRD files read. */
  prds: number;
  /** Number of tasks after dedup. */
  tasks: number;
  /** Files written (or, in check/dry-run mode, that would be), POSIX paths relative to the root. */
  filesWritten: string[];
  filesUnchanged: string[];
  filesRemoved: string[];
  /** check mode: files that differ from what would be generated. */
  drift: string[];
  errors: PrdError[];
  warnings: PrdWarning[];
  conflicts: Conflict[];
  manifest: Manifest | undefined;
  /** `manifest.json` as written (JSON text): hosts that embed the manifest need not serialise it again. */
  manifestJson?: string;
  /** PRD files read, POSIX paths relative to the root. */
  files: string[];
  /** Present when an LLM extractor ran. */
  llm?: LlmStats;
  /** Where the time went, in ms: find + read + parse + extract, merge, render, write. */
  timings?: { read: number; merge: number; render: number; write: number };
}

/** Per-file memo across runs in one process (`vite dev`, watch mode): unchanged bytes are not parsed again. */
interface FileMemo {
  hash: string;
  tasks: Task[];
  info: PrdInfo;
  warnings: PrdWarning[];
  /** Kept only when an LLM extractor needs the text: large runs must not hold every document. */
  doc?: PrdDocument;
}
const fileMemo = new Map<string, FileMemo>();

/** PRD files of a run, POSIX paths relative to the root, sorted. */
export async function findPrdFiles(options: NormalizedOptions): Promise<string[]> {
  if (options.files) {
    return [...new Set(options.files.map((f) => toPosix(path.relative(options.root, path.resolve(options.root, f)))))].sort();
  }
  const found = await glob(options.prds, {
    cwd: options.root,
    ignore: ['**/node_modules/**', '**/.git/**', '**/.nx/**', `${options.outDir}/**`],
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
  });
  return found.map(toPosix).sort();
}

async function loadDocument(options: NormalizedOptions, file: string, keepDoc: boolean): Promise<FileMemo> {
  const absolute = path.resolve(options.root, file);
  const bytes = await readPrdBytes(absolute, file);
  // The hash only serves the memo of repeated runs.
  const hash = options.watch ? createHash('sha1').update(bytes).digest('hex') : '';
  const key = `${options.root}\0${file}`;
  const memo = options.watch ? fileMemo.get(key) : undefined;
  if (memo && memo.hash === hash && (!keepDoc || memo.doc)) return memo;
  const doc = parsePrd(bytes, file);
  const tasks = extractTasks(doc, { memo: options.watch });
  const entry: FileMemo = { hash, tasks, info: prdInfo(doc), warnings: [...doc.warnings, ...extractWarnings(tasks)], ...(keepDoc ? { doc } : {}) };
  if (options.watch) fileMemo.set(key, entry);
  return entry;
}

async function totalBytes(opts: NormalizedOptions, files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map((f) => stat(path.resolve(opts.root, f)).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Run the whole pipeline: find PRDs, parse, extract, merge, render, write.
 * PRD errors come back in `errors` (nothing is written then); bad options throw `UsageError`.
 * @param options see `OrchestrateOptions`
 * @returns the run summary
 */
export async function orchestrate(options: OrchestrateOptions = {}): Promise<OrchestrateResult> {
  const started = performance.now();
  const opts = normalizeOptions(options);
  const files = await findPrdFiles(opts);
  const errors: PrdError[] = [];
  const warnings: PrdWarning[] = [];
  const loaded: Array<{ file: string; tasks: Task[]; info: PrdInfo; doc?: PrdDocument }> = [];
  // Watch mode keeps its memos in this thread; a pool would re-read everything on every save.
  const pooled = opts.extractor === 'heuristic' && !opts.watch && (await usePool(opts.pool, files.length, () => totalBytes(opts, files)));
  if (pooled) {
    for (const r of await extractInPool(opts.root, files)) {
      if (r.error) errors.push(new PrdError(r.error.message, { file: r.error.file, line: r.error.line, column: r.error.column, code: r.error.code as PrdError['code'] }));
      else {
        loaded.push({ file: r.file, tasks: r.tasks!, info: r.info! });
        for (const w of r.warnings!) warnings.push(w);
      }
    }
  } else {
    const keepDoc = opts.extractor !== 'heuristic';
    const results = await Promise.allSettled(files.map((f) => loadDocument(opts, f, keepDoc)));
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        loaded.push({ file: r.value.info.file, tasks: r.value.tasks, info: r.value.info, ...(r.value.doc ? { doc: r.value.doc } : {}) });
        for (const w of r.value.warnings) warnings.push(w);
      } else if (isPrdError(r.reason)) errors.push(r.reason);
      else errors.push(new PrdError(`Unexpected failure: ${(r.reason as Error)?.message ?? String(r.reason)}`, { file: files[i]!, code: 'EREAD', cause: r.reason }));
    });
  }
  const base = {
    prds: files.length,
    files,
    warnings,
    filesWritten: [] as string[],
    filesUnchanged: [] as string[],
    filesRemoved: [] as string[],
    drift: [] as string[],
  };
  if (errors.length > 0) {
    return { ...base, success: false, durationMs: performance.now() - started, tasks: 0, errors, conflicts: [], manifest: undefined };
  }

  let perFile = new Map(loaded.map((l) => [l.file, l.tasks]));
  const extra = new Map<string, string>();
  let llm: LlmStats | undefined;
  if (opts.extractor !== 'heuristic') {
    try {
      const ran = await runLlm(opts, loaded.map((l) => l.doc!), perFile);
      if (ran) {
        perFile = ran.tasks;
        llm = ran.stats;
        warnings.push(...ran.warnings);
        extra.set('llm-cache.json', ran.cacheText);
      }
    } catch (error) {
      if (!isPrdError(error)) throw error;
      errors.push(error);
      return { ...base, success: false, durationMs: performance.now() - started, tasks: 0, errors, conflicts: [], manifest: undefined };
    }
  }

  const tRead = performance.now();
  const { tasks, conflicts } = mergeTasks([...perFile.values()].flat());
  const tMerge = performance.now();
  for (const c of conflicts) opts.logger.warn(c.message);
  if (files.length === 0) {
    opts.logger.warn(`No PRD files match ${opts.files ? 'the given files' : opts.prds.join(', ')} under ${opts.root}`);
  }
  const { files: rendered, manifest } = renderOutputSet({ prds: loaded.map((l) => l.info), tasks, conflicts, extra, memo: opts.watch });
  const tRender = performance.now();
  // Nothing to generate and nothing generated before: leave the project untouched.
  const report =
    files.length === 0 ? await writeOutputs(opts.outDirAbs, new Map(), opts.mode, opts.watch) : await writeOutputs(opts.outDirAbs, rendered, opts.mode, opts.watch);
  const rel = (f: string) => `${opts.outDir}/${f}`;
  const done = performance.now();
  const result: OrchestrateResult = {
    ...base,
    success: opts.mode !== 'check' || report.drift.length === 0,
    durationMs: done - started,
    timings: { read: tRead - started, merge: tMerge - tRead, render: tRender - tMerge, write: done - tRender },
    tasks: tasks.length,
    filesWritten: report.written.map(rel),
    filesUnchanged: report.unchanged.map(rel),
    filesRemoved: report.removed.map(rel),
    drift: report.drift.map(rel),
    errors,
    conflicts,
    manifest,
    ...(llm ? { llm } : {}),
  };
  // Joined only when asked for: one-shot runs never hold the manifest as one string.
  const manifestContent = rendered.get('manifest.json')!;
  let manifestJson: string | undefined = typeof manifestContent === 'string' ? manifestContent : undefined;
  Object.defineProperty(result, 'manifestJson', { enumerable: true, configurable: true, get: () => (manifestJson ??= contentText(manifestContent)) });
  return result;
}

interface LlmRan {
  tasks: Map<string, Task[]>;
  stats: LlmStats;
  warnings: PrdWarning[];
  cacheText: string;
}

/** The LLM extractor is loaded only when asked for, so heuristic users never load the openai SDK. */
async function runLlm(opts: NormalizedOptions, docs: PrdDocument[], heuristic: Map<string, Task[]>): Promise<LlmRan | undefined> {
  const llm = (await import('./llm/index.js')) as typeof import('./llm/index.js');
  const decision = llm.shouldUseLlm(opts);
  if (!decision.use) {
    if (decision.notice) opts.logger.warn(decision.notice);
    return undefined;
  }
  let cache: unknown;
  try {
    cache = JSON.parse(await readFile(path.join(opts.outDirAbs, 'llm-cache.json'), 'utf8'));
  } catch {
    cache = undefined;
  }
  const out = await llm.runLlmExtraction({ docs, heuristic, mode: opts.extractor as 'llm' | 'auto', options: opts, cache });
  return { tasks: out.tasks, stats: out.stats, warnings: out.warnings, cacheText: llm.serializeLlmCache(out.cache) };
}
