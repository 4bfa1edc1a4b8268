import { hash as digest } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { PrdError, isPrdError } from './errors.js';
import { createExtractRun, createExtractWatch, extractTasks, extractWarnings, type ExtractRun, type ExtractWatch } from './extract/index.js';
import type { LlmStats } from './llm/index.js';
import { BoundedMap } from './memo.js';
import { checkRoot, normalizeOptions, type NormalizedOptions, type OrchestrateOptions } from './options.js';
import { toPosix } from './paths.js';
import { createMergeMemo, mergeTasks, type MergeMemo } from './plan/index.js';
import { elsewhereHint, findPrdsElsewhere, parsePrd, prdInfo, readPrdBytes, type PrdDocument } from './prd/index.js';
import { extractInPool, usePool } from './pool/index.js';
import { contentText, createRenderWatch, manifestFiles, renderOutputSet, type RenderWatch } from './render/index.js';
import type { Conflict, Manifest, PrdInfo, PrdWarning, Task } from './types.js';
import { createWriteWatch, writeOutputs, type WriteWatch } from './write/index.js';

export type { Manifest } from './types.js';
export type { LlmStats } from './llm/index.js';

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
  /**
   * `manifest.json` as written (JSON text), made when asked: hosts that embed the manifest need not
   * serialise it again. Absent when the run failed.
   */
  manifestJson?: () => string;
  /** PRD files read, POSIX paths relative to the root. */
  files: string[];
  /** Present when an LLM extractor ran. */
  llm?: LlmStats;
  /**
   * A watching session found every PRD as its last successful run read them (same files, same
   * bytes) and returned that run's result: nothing was rendered or written again.
   */
  reused?: true;
  /** Where the time went, in ms: find + read + parse + extract, merge, render, write. */
  timings?: { read: number; merge: number; render: number; write: number };
}

/** What one PRD gave a run. */
interface LoadedPrd {
  /** sha1 of the file's bytes; only a watching session computes it (to recognise unchanged files). */
  hash: string;
  tasks: Task[];
  info: PrdInfo;
  warnings: PrdWarning[];
  /** Kept only when an LLM extractor needs the text: large runs must not hold every document. */
  doc?: PrdDocument;
}

/**
 * What a watching session keeps from one run to the next, each part bounded: what each file gave
 * (by path), each section's tasks and Markdown trees, each merged task, each output's rendering, and what it wrote.
 */
interface WatchState {
  files: BoundedMap<string, LoadedPrd>;
  /** The text and sections of the files parsed last (a save parses the same few again): see parsePrd's `previous`. */
  docs: BoundedMap<string, Pick<PrdDocument, 'text' | 'sections'>>;
  extract: ExtractWatch;
  merge: MergeMemo;
  render: RenderWatch;
  write: WriteWatch;
  /** The last successful run: what it loaded and what it returned. */
  last?: { loaded: LoadedPrd[]; result: OrchestrateResult };
}

function createWatchState(): WatchState {
  return {
    files: new BoundedMap(20_000),
    docs: new BoundedMap(8),
    extract: createExtractWatch(),
    merge: createMergeMemo(),
    render: createRenderWatch(),
    write: createWriteWatch(),
  };
}

/** A session: normalised options and, when it watches, what its runs keep for the next one. */
export interface Orchestrator {
  readonly options: NormalizedOptions;
  /** PRD files of the session's options, POSIX paths relative to the root, sorted. */
  findPrdFiles(): Promise<string[]>;
  /**
   * Run the pipeline once: find PRDs, parse, extract, merge, render, write. A watching session
   * re-reads only what changed since its last run. PRD errors come back in `errors` (nothing is
   * written then).
   */
  run(): Promise<OrchestrateResult>;
}

/**
 * A session for repeated runs on one project (`vite dev`, watch mode): options are normalised once,
 * and with `watch: true` every memo a run keeps (files, sections, trees, merged tasks, outputs, known writes)
 * lives here, bounded, and goes when the session goes. Nothing is kept in module state.
 * @param options see `OrchestrateOptions`
 * @throws UsageError for bad options and a root that is not an existing folder
 */
export function createOrchestrator(options: OrchestrateOptions = {}): Orchestrator {
  const opts = normalizeOptions(options);
  checkRoot(opts.root);
  const watch = opts.watch ? createWatchState() : undefined;
  return { options: opts, findPrdFiles: () => findPrdFiles(opts), run: () => runOnce(opts, watch) };
}

/**
 * Run the whole pipeline once, in a session of its own: find PRDs, parse, extract, merge, render, write.
 * PRD errors come back in `errors` (nothing is written then); bad options throw `UsageError`.
 * @param options see `OrchestrateOptions`
 * @returns the run summary
 */
export async function orchestrate(options: OrchestrateOptions = {}): Promise<OrchestrateResult> {
  return createOrchestrator(options).run();
}

/** Folders a PRD glob never looks into: dependencies, git's and Nx's own, and the output folder. */
export function prdIgnore(options: NormalizedOptions): string[] {
  return ['**/node_modules/**', '**/.git/**', '**/.nx/**', `${options.outDir}/**`];
}

/** PRD files of a run, POSIX paths relative to the root, sorted. */
export async function findPrdFiles(options: NormalizedOptions): Promise<string[]> {
  if (options.files) {
    return [...new Set(options.files.map((f) => toPosix(path.relative(options.root, path.resolve(options.root, f)))))].sort();
  }
  // A pattern without glob syntax names one file (options escaped it): taking it as it is keeps
  // `extract` of 1,000 named files linear, where a glob per file crawled and matched every one.
  const literal: string[] = [];
  const dynamic: string[] = [];
  for (const p of options.prds) (isDynamicPattern(p) ? dynamic : literal).push(p);
  const found = dynamic.length === 0 ? [] : await glob(dynamic, {
    cwd: options.root,
    ignore: prdIgnore(options),
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
  });
  const ignored = picomatch(prdIgnore(options), { dot: true });
  for (const p of literal) {
    const file = p.replace(/\\(.)/g, '$1');
    // Synchronous: one stat per named file, no thread-pool round trip each (as readPrdBytes).
    const s = statSync(path.resolve(options.root, file), { throwIfNoEntry: false });
    if (s?.isFile() && !ignored(path.posix.normalize(toPosix(file)))) found.push(file);
  }
  return [...new Set(found.map((f) => toPosix(path.posix.normalize(toPosix(f)))))].sort();
}

/** Read, parse and extract one PRD; a watching session reuses what unchanged bytes gave last time. */
async function loadDocument(options: NormalizedOptions, file: string, keepDoc: boolean, watch: WatchState | undefined, run: ExtractRun): Promise<LoadedPrd> {
  const bytes = await readPrdBytes(path.resolve(options.root, file), file);
  const hash = watch ? digest('sha1', bytes, 'hex') : '';
  const known = watch?.files.get(file);
  if (known && known.hash === hash && (!keepDoc || known.doc)) return known;
  const doc = parsePrd(bytes, file, watch?.docs.get(file));
  watch?.docs.set(file, { text: doc.text, sections: doc.sections });
  const tasks = extractTasks(doc, watch ? { watch: watch.extract } : { run });
  const loaded: LoadedPrd = { hash, tasks, info: prdInfo(doc), warnings: [...doc.warnings, ...extractWarnings(tasks)], ...(keepDoc ? { doc } : {}) };
  watch?.files.set(file, loaded);
  return loaded;
}

/**
 * Every PRD of the run, in the order of `files`: in a worker pool when the work pays for it (never
 * while watching: a pool would re-read everything on every save), else in this thread. A PRD that
 * fails becomes an error; the others still load, so one run reports every broken PRD.
 */
async function loadAll(opts: NormalizedOptions, files: string[], watch: WatchState | undefined): Promise<{ loaded: LoadedPrd[]; errors: PrdError[] }> {
  const loaded: LoadedPrd[] = [];
  const errors: PrdError[] = [];
  const pooled = opts.extractor === 'heuristic' && !watch && (await usePool(opts.pool, files.length, () => totalBytes(opts, files)));
  if (pooled) {
    for (const r of await extractInPool(opts.root, files)) {
      if (r.error) errors.push(PrdError.fromJSON(r.error));
      else loaded.push({ hash: '', tasks: r.tasks!, info: r.info!, warnings: r.warnings! });
    }
    return { loaded, errors };
  }
  const keepDoc = opts.extractor !== 'heuristic';
  const run = createExtractRun();
  const results = await Promise.allSettled(files.map((f) => loadDocument(opts, f, keepDoc, watch, run)));
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') loaded.push(r.value);
    else if (isPrdError(r.reason)) errors.push(r.reason);
    else errors.push(new PrdError(`Unexpected failure: ${(r.reason as Error)?.message ?? String(r.reason)}`, { file: files[i]!, code: 'EREAD', cause: r.reason }));
  });
  return { loaded, errors };
}

async function totalBytes(opts: NormalizedOptions, files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map((f) => stat(path.resolve(opts.root, f)).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

async function runOnce(opts: NormalizedOptions, watch: WatchState | undefined): Promise<OrchestrateResult> {
  const started = performance.now();
  const files = await findPrdFiles(opts);
  const { loaded, errors } = await loadAll(opts, files, watch);
  // Unchanged bytes hand back the very object the last run loaded: nothing to do again.
  const last = watch?.last;
  if (last && errors.length === 0 && loaded.length === last.loaded.length && loaded.every((l, i) => l === last.loaded[i])) {
    return { ...last.result, durationMs: performance.now() - started, reused: true };
  }
  const warnings = loaded.flatMap((l) => l.warnings);
  const base = {
    prds: files.length,
    files,
    warnings,
    filesWritten: [] as string[],
    filesUnchanged: [] as string[],
    filesRemoved: [] as string[],
    drift: [] as string[],
  };
  const failed = (): OrchestrateResult => ({ ...base, success: false, durationMs: performance.now() - started, tasks: 0, errors, conflicts: [], manifest: undefined });
  // Nothing matched: say where PRDs are often kept, if any are there (it reads none of them).
  const hint = files.length === 0 && !opts.files ? elsewhereHint(await findPrdsElsewhere(opts.root, prdIgnore(opts))) : '';
  if (files.length === 0 && !opts.allowEmpty && (await manifestFiles(opts.outDirAbs)).length > 0) errors.push(noMatchError(opts, hint));
  if (errors.length > 0) return failed();

  let perFile = new Map(loaded.map((l) => [l.info.file, l.tasks]));
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
      return failed();
    }
  }

  const tRead = performance.now();
  const { tasks, conflicts, warnings: similar } = mergeTasks([...perFile.values()].flat(), watch?.merge);
  const tMerge = performance.now();
  for (const w of similar) warnings.push(w);
  if (files.length === 0) {
    opts.logger.warn(`No PRD files match ${opts.files ? 'the given files' : opts.prds.join(', ')} under ${opts.root}${hint}`);
  }
  const { files: rendered, manifest } = renderOutputSet({ prds: loaded.map((l) => l.info), tasks, conflicts, extra, ...(watch ? { watch: watch.render } : {}) });
  const tRender = performance.now();
  // Nothing to generate and nothing generated before: leave the project untouched.
  const report = await writeOutputs(opts.outDirAbs, files.length === 0 ? new Map() : rendered, opts.mode, { previous: manifestFiles, ...(watch ? { watch: watch.write } : {}) });
  const rel = (f: string) => `${opts.outDir}/${f}`;
  const done = performance.now();
  const manifestContent = rendered.get('manifest.json')!;
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
    // A watching session renders manifest.json as one string: hosts embed it as is. One-shot runs
    // stream it to disk and never hold it whole; they join it only when asked.
    manifestJson: () => contentText(manifestContent),
    ...(llm ? { llm } : {}),
  };
  if (watch) watch.last = result.success ? { loaded, result } : undefined;
  return result;
}

/**
 * A run that matched no PRD while outputs of an earlier run exist: most often a mistyped glob, and
 * going on would delete every generated file. Located at the manifest those outputs are listed in.
 */
function noMatchError(opts: NormalizedOptions, hint: string): PrdError {
  const what = opts.files ? `the given files (${opts.files.join(', ')})` : opts.prds.join(', ');
  return new PrdError(`No PRD files match ${what} (previous outputs kept; pass --allow-empty to remove them)${hint}`, {
    file: `${opts.outDir}/manifest.json`,
    code: 'ENOMATCH',
  });
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
