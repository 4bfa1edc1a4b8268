/**
 * Coverage in `virtual:prd`: `export const coverage` (the `coverage --json` document, or null before the
 * first scan). One scanner session per plugin: a cold scan at start, then each saved source file is
 * re-read alone and only the tasks it touches matched again (a matcher session); a new manifest (a PRD
 * save) starts a new matcher over the same files.
 */
import type { ViteDevServer } from 'vite';
import { createCoverageMatcher, createCoverageScanner, prepareTasks, type CoverageJson, type CoverageMatcher, type CoverageResult } from '../src/coverage/index.js';
import type { NormalizedOptions } from '../src/options.js';
import type { Task } from '../src/types.js';
import { createCoalescingRunner } from './vite-runner.js';
import { followSaves, type SaveFollower } from './vite-watch.js';

export interface ViteCoverage {
  /** The cold scan; the plugin calls it once, before the first run. */
  start(): Promise<void>;
  /** Match against a new task list (after a run). @returns whether `coverage` changed */
  setTasks(tasks: readonly Task[]): boolean;
  /** Re-read saved source files and match again. @returns whether `coverage` changed */
  update(files: readonly string[]): Promise<boolean>;
  /**
   * Follow the dev server's watcher: a saved source file updates `coverage`, then `onChange` runs (the HMR update).
   * @returns what follows the saves (to stop it, or wait for its pending looks)
   */
  watch(server: ViteDevServer, onChange: () => Promise<unknown>, onError: (error: unknown) => void): SaveFollower;
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
  let scanned = false;
  let matcher: CoverageMatcher = createCoverageMatcher(prepareTasks([]));
  let text: string | undefined;
  let parsed: { text: string; json: CoverageJson } | undefined;
  let result: CoverageResult | undefined;
  let code = 'export const coverage = null;\n';
  let lastUpdateMs = 0;
  const dirty = new Set<string>();

  const rematch = (): boolean => {
    if (!scanned) return false;
    result = matcher.result();
    text = matcher.jsonText();
    const next = `export const coverage = ${text};\n`;
    if (next === code) return false;
    code = next;
    return true;
  };

  const update = async (files: readonly string[]): Promise<boolean> => {
    if (!scanned) return false;
    const started = performance.now();
    const changedFiles = await scanner.updateFiles(files);
    if (changedFiles.length > 0) matcher.update(changedFiles, scanner.files());
    const changed = rematch();
    lastUpdateMs = performance.now() - started;
    return changed;
  };

  let runner: ReturnType<typeof createCoalescingRunner> | undefined;

  return {
    async start() {
      await scanner.scan();
      scanned = true;
      matcher.update(scanner.files().keys(), scanner.files());
      rematch();
    },
    setTasks(next) {
      matcher = createCoverageMatcher(prepareTasks(next));
      if (scanned) matcher.update(scanner.files().keys(), scanner.files());
      return rematch();
    },
    update,
    watch(server, onChange, onError) {
      runner = createCoalescingRunner(async () => {
        const files = [...dirty];
        dirty.clear();
        if (files.length > 0 && (await update(files))) await onChange();
      }, onError);
      return followSaves(server, (file) => scanner.isSource(file), (file) => {
        dirty.add(file);
        void runner!.schedule();
      });
    },
    code: () => code,
    current() {
      // Parsed on demand (hosts rarely ask), once per document.
      if (text === undefined) return null;
      if (parsed?.text !== text) parsed = { text, json: JSON.parse(text) as CoverageJson };
      return parsed.json;
    },
    report: () => (result ? { tasks: result.byTask, orphans: result.orphans } : undefined),
    lastUpdateMs: () => lastUpdateMs,
    idle: async () => runner?.idle(),
  };
}
