/**
 * Coverage in `virtual:prd`: `export const coverage` (the `coverage --json` document, or null before the
 * first scan). One scanner session per plugin: a cold scan, then each saved source file is re-read
 * alone and only the tasks it touches matched again (a matcher session). src/coverage (the scanner and
 * oxc-parser) is loaded by the scan, not at start-up: `vite dev` scans after its first generation.
 * A new task list (a PRD save) is matched when coverage is next asked for (the served module, the
 * requirements page, a source save), not by the save itself.
 */
import type { ViteDevServer } from 'vite';
import type { CoverageJson, CoverageMatcher, CoverageResult, CoverageScanner } from '../src/coverage/index.js';
import type { NormalizedOptions } from '../src/options.js';
import { loadWithParser } from '../src/parser-load.js';
import type { Task } from '../src/types.js';
import { createCoalescingRunner } from './vite-runner.js';
import { followSaves, type SaveFollower } from './vite-watch.js';

type Core = typeof import('../src/coverage/index.js');

export interface ViteCoverage {
  /** The cold scan, once (later calls share it): `vite build` awaits it, `vite dev` starts it after its first run. */
  start(): Promise<void>;
  /**
   * Match against a new task list (after a run whose manifest changed). The match is made when
   * coverage is next asked for: the HMR update of the new manifest brings it.
   */
  setTasks(tasks: readonly Task[]): void;
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
  /** Resolves once the scan and every update asked for are done. */
  idle(): Promise<void>;
}

/**
 * @param options the plugin's normalised options (root, outDir: the output folder is never a source)
 * @returns the session; nothing is loaded or read before `start()`
 */
export function createViteCoverage(options: NormalizedOptions): ViteCoverage {
  let scanned: { core: Core; scanner: CoverageScanner } | undefined;
  let started: Promise<void> | undefined;
  let tasks: readonly Task[] = [];
  // The matcher and the task list it was made for: another list means a new matcher, made on demand.
  let matcher: { tasks: readonly Task[]; session: CoverageMatcher } | undefined;
  let text: string | undefined;
  let parsed: { text: string; json: CoverageJson } | undefined;
  let result: CoverageResult | undefined;
  let code = 'export const coverage = null;\n';
  let lastUpdateMs = 0;
  const dirty = new Set<string>();

  /** Bring the match up to date with the task list. @returns whether `coverage` changed */
  const settle = (): boolean => {
    if (!scanned) return false;
    if (matcher?.tasks !== tasks) {
      const { core, scanner } = scanned;
      matcher = { tasks, session: core.createCoverageMatcher(core.prepareTasks(tasks)) };
      matcher.session.update(scanner.files().keys(), scanner.files());
    }
    // The matcher hands back the same text until something changed; equal text is no change either.
    const next = matcher.session.jsonText();
    if (next === text) return false;
    result = matcher.session.result();
    text = next;
    code = `export const coverage = ${text};\n`;
    return true;
  };

  const update = async (files: readonly string[]): Promise<boolean> => {
    if (!scanned) return false;
    const started = performance.now();
    settle();
    const changedFiles = await scanned.scanner.updateFiles(files);
    if (changedFiles.length > 0) matcher!.session.update(changedFiles, scanned.scanner.files());
    const changed = settle();
    lastUpdateMs = performance.now() - started;
    return changed;
  };

  let runner: ReturnType<typeof createCoalescingRunner> | undefined;

  return {
    start() {
      started ??= (async () => {
        const core = await loadWithParser(() => import('../src/coverage/index.js'));
        const scanner = core.createCoverageScanner({ root: options.root, outDir: options.outDir });
        await scanner.scan();
        scanned = { core, scanner };
        settle();
      })();
      return started;
    },
    setTasks(next) {
      tasks = next;
    },
    update,
    watch(server, onChange, onError) {
      runner = createCoalescingRunner(async () => {
        const files = [...dirty];
        dirty.clear();
        if (files.length > 0 && (await update(files))) await onChange();
      }, onError);
      // Before the scan no file is followed: the scan reads each as it then is.
      return followSaves(server, (file) => scanned?.scanner.isSource(file) ?? false, (file) => {
        dirty.add(file);
        void runner!.schedule();
      });
    },
    code() {
      settle();
      return code;
    },
    current() {
      settle();
      // Parsed on demand (hosts rarely ask), once per document.
      if (text === undefined) return null;
      if (parsed?.text !== text) parsed = { text, json: JSON.parse(text) as CoverageJson };
      return parsed.json;
    },
    report() {
      settle();
      return result ? { tasks: result.byTask, orphans: result.orphans } : undefined;
    },
    lastUpdateMs: () => lastUpdateMs,
    idle: async () => {
      await started?.catch(() => {});
      await runner?.idle();
    },
  };
}
