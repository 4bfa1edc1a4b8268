/**
 * Coverage in `virtual:prd`: `export const coverage` (the `coverage --json` document, or null before the
 * first scan). One scanner session per plugin: a cold scan at start, then each saved source file is
 * re-read alone and the tasks matched again; a new manifest (a PRD save) is matched against the same index.
 */
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { coverageJson, createCoverageScanner, matchCoverage, prepareTasks, type CoverageIndex, type CoverageJson, type CoverageResult, type PreparedTasks } from '../src/coverage/index.js';
import type { NormalizedOptions } from '../src/options.js';
import type { Task } from '../src/types.js';
import { createCoalescingRunner } from './vite-runner.js';

export interface ViteCoverage {
  /** The cold scan; the plugin calls it once, before the first run. */
  start(): Promise<void>;
  /** Match against a new task list (after a run). @returns whether `coverage` changed */
  setTasks(tasks: readonly Task[]): boolean;
  /** Re-read saved source files and match again. @returns whether `coverage` changed */
  update(files: readonly string[]): Promise<boolean>;
  /** Follow the dev server's watcher: a saved source file updates `coverage`, then `onChange` runs (the HMR update). */
  watch(server: ViteDevServer, onChange: () => Promise<unknown>, onError: (error: unknown) => void): void;
  /** The `coverage` export of `virtual:prd`. */
  code(): string;
  /** The current document (null before the first scan). */
  current(): CoverageJson | null;
  /** Coverage per task id and the orphans, as the requirements page takes them (undefined before the first scan). */
  report(): { tasks: CoverageResult['byTask']; orphans: CoverageResult['orphans'] } | undefined;
  /** Wall time of the last update (re-read + match), ms: what a save costs. */
  lastUpdateMs(): number;
  /** Resolves once no update is running or queued. */
  idle(): Promise<void>;
}

/**
 * @param options the plugin's normalised options (root, outDir: the output folder is never a source)
 * @returns the session
 */
export function createViteCoverage(options: NormalizedOptions): ViteCoverage {
  const scanner = createCoverageScanner({ root: options.root, outDir: options.outDir });
  let index: CoverageIndex | undefined;
  let tasks: PreparedTasks = prepareTasks([]);
  let json: CoverageJson | null = null;
  let result: CoverageResult | undefined;
  let code = 'export const coverage = null;\n';
  let lastUpdateMs = 0;
  const dirty = new Set<string>();

  const rematch = (): boolean => {
    if (!index) return false;
    result = matchCoverage(tasks, index);
    json = coverageJson(result, index);
    const next = `export const coverage = ${JSON.stringify(json)};\n`;
    if (next === code) return false;
    code = next;
    return true;
  };

  const update = async (files: readonly string[]): Promise<boolean> => {
    if (!index) return false;
    const started = performance.now();
    index = await scanner.update(files);
    const changed = rematch();
    lastUpdateMs = performance.now() - started;
    return changed;
  };

  let runner: ReturnType<typeof createCoalescingRunner> | undefined;

  return {
    async start() {
      index = await scanner.scan();
      rematch();
    },
    setTasks(next) {
      tasks = prepareTasks(next);
      return rematch();
    },
    update,
    watch(server, onChange, onError) {
      runner = createCoalescingRunner(async () => {
        const files = [...dirty];
        dirty.clear();
        if (files.length > 0 && (await update(files))) await onChange();
      }, onError);
      const onEvent = (file: string) => {
        const abs = path.resolve(file);
        if (!scanner.isSource(abs)) return;
        dirty.add(abs);
        void runner!.schedule();
      };
      server.watcher.on('add', onEvent);
      server.watcher.on('change', onEvent);
      server.watcher.on('unlink', onEvent);
    },
    code: () => code,
    current: () => json,
    report: () => (result ? { tasks: result.byTask, orphans: result.orphans } : undefined),
    lastUpdateMs: () => lastUpdateMs,
    idle: async () => runner?.idle(),
  };
}
