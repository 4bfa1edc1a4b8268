/**
 * The plugin's state for one Vite command, so that `createPrdPlugin` is only its hooks: the
 * normalised options, the pipeline session, the manifest served as `virtual:prd`, the overlay's
 * error, the warnings already logged and the run count; in `vite dev` also the server, the
 * coalescing runner, the requirements page, coverage and what follows saves.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { ErrorPayload, Logger as ViteLogger, ViteDevServer } from 'vite';
import { checkRoot, normalizeOptions } from '../src/options.js';
import type { Logger, NormalizedOptions, OrchestrateOptions } from '../src/options.js';
import { findPrdFiles } from '../src/orchestrate.js';
import type { Manifest, OrchestrateResult } from '../src/orchestrate.js';
import { conflictWarning } from '../src/plan/index.js';
import { manifestFiles } from '../src/render/index.js';
import { toPosix } from '../src/paths.js';
import type { CoverageJson } from '../src/coverage/index.js';
import { PLUGIN_NAME, toViteError, toViteInternalError } from './vite-error.js';
import { createRequirementsPage } from './vite-page.js';
import type { RequirementsPage } from './vite-page.js';
import { createCoalescingRunner } from './vite-runner.js';
import { emptiedMidSave, followSaves, type SaveFollower } from './vite-watch.js';
import { createViteCoverage, type ViteCoverage } from './vite-coverage.js';

/** `\0` keeps other plugins (and the file system) away from the virtual module. */
export const RESOLVED_VIRTUAL_ID = '\0virtual:prd';

/** What the plugin exposes on `plugin.api`, for tests and other plugins. */
export interface PrdPluginApi {
  /** Resolves once no regeneration is running or queued. */
  idle(): Promise<void>;
  /** The manifest of the last run without PRD errors (empty before the first). */
  manifest(): Manifest;
  /** The error currently shown in the overlay, if any. */
  error(): ErrorPayload['err'] | undefined;
  /** Number of pipeline runs so far (saves with identical bytes do not count). */
  runs(): number;
  /** Wall time of the last pipeline run in ms, as the plugin saw it (for benchmarks). */
  lastRunMs(): number;
  /** The `coverage` export of `virtual:prd` (null before the first scan or with `coverage: false`). */
  coverage(): CoverageJson | null;
  /** Wall time of the last coverage update after a saved source file, ms (for benchmarks). */
  lastCoverageMs(): number;
}

/** Side effects the plugin needs, injected so unit tests run without the core pipeline. */
export interface PrdPluginDeps {
  /** The session the plugin holds for its lifetime (see `createOrchestrator`). */
  createOrchestrator(options: OrchestrateOptions): { run(): Promise<OrchestrateResult> };
}

/** What the session needs of the plugin options and of Vite's resolved config. */
export interface PrdSessionConfig {
  command: 'build' | 'serve';
  /** The core's options, `root` already resolved against Vite's. */
  options: Omit<OrchestrateOptions, 'mode'> & { root: string };
  /** Vite's logger, used when the options bring none. */
  viteLogger: ViteLogger;
  /** Read the code for `coverage` (the plugin's `coverage` option). */
  coverage: boolean;
  /** Path of the requirements page, or false. */
  pagePath: string | false;
}

/**
 * The manifest of a project without PRDs: `virtual:prd` still resolves, the build gets nothing else.
 * @returns a fresh, empty manifest
 */
export function emptyManifest(): Manifest {
  return { version: 1, generator: 'prd-orchestrator', prds: [], tasks: [], conflicts: [], files: [] };
}

function viteLogger(logger: ViteLogger): Logger {
  const prefix = `[${PLUGIN_NAME}] `;
  return {
    info: (m) => logger.info(prefix + m, { timestamp: true }),
    warn: (m) => logger.warn(prefix + m, { timestamp: true }),
    error: (m) => logger.error(prefix + m, { timestamp: true }),
  };
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** A `vite build` failure as Rollup's `this.error` takes it. */
export type BuildError = { message: string; id?: string; loc?: { file?: string; line: number; column: number }; frame?: string; pluginCode?: string };

export interface PrdSession {
  readonly api: PrdPluginApi;
  /** Vite resolved its config: normalise the options, make the pipeline session (and in dev the page and coverage). */
  configure(config: PrdSessionConfig): void;
  /** `vite dev`: the first run (once, however often Vite calls `buildStart`). */
  startDev(): Promise<void>;
  /** `vite build`: one run; a PRD error goes to `fail`. @param watch receives each PRD to watch */
  build(watch: (file: string) => void, fail: (error: BuildError) => never): Promise<void>;
  /** `vite dev`: follow saves of PRDs and source files, serve the page, send errors to pages that connect. */
  attach(server: ViteDevServer): void;
  /** The dev server closes: pending looks at saved files call nothing. */
  stop(): void;
  /** The code of `virtual:prd`. */
  code(): string;
}

/** The same manifest but perhaps for its tasks: the same PRDs, conflicts and files, as many tasks. */
function sameShape(a: Manifest, b: Manifest): boolean {
  return a.tasks.length === b.tasks.length && JSON.stringify([a.prds, a.conflicts, a.files]) === JSON.stringify([b.prds, b.conflicts, b.files]);
}

/** A text made once, when first asked for. */
function lazyText(make: () => string): () => string {
  let text: string | undefined;
  return () => (text ??= make());
}

/**
 * @param deps the pipeline to run
 * @returns a session with no options yet: `configure` it once Vite's config is resolved
 */
export function createPrdSession(deps: PrdPluginDeps): PrdSession {
  let page: RequirementsPage | undefined;
  let opts: NormalizedOptions | undefined;
  let pipeline: { run(): Promise<OrchestrateResult> } | undefined;
  let isPrd: (abs: string) => boolean = () => false;
  let server: ViteDevServer | undefined;
  let manifest = emptyManifest();
  let manifestText: (() => string) | undefined;
  // Was manifestText made by a run (manifest.json as written), or from JSON.stringify?
  let manifestFromRun = false;
  let manifestCode: string | undefined;
  let error: ErrorPayload | undefined;
  let runs = 0;
  let lastRunMs = 0;
  let loggedWarnings = new Set<string>();
  let initial: Promise<void> | undefined;
  // `vite dev`'s scan of the code, started after the first run, and its HMR update.
  let scan: Promise<void> | undefined;
  // What follows saves of PRDs and of source files (dev only).
  const followers: SaveFollower[] = [];
  let coverage: ViteCoverage | undefined;

  const options_ = (): NormalizedOptions => {
    if (!opts) throw new Error(`${PLUGIN_NAME}: used before Vite resolved its config`);
    return opts;
  };

  const setManifest = (next: Manifest, json?: () => string): boolean => {
    // The core hands over manifest.json as written: JSON text is a valid JS expression. The module's
    // code is made when Vite loads it, after the HMR message; a save compares the manifest's tasks
    // by identity first (unchanged tasks are the same objects), and its text only when they differ
    // without anything else differing. On a dense 1 MB PRD, joining the 4 MB text on every save
    // cost more than the run's own render.
    const text = json ?? (() => JSON.stringify(next));
    if (manifestText !== undefined && sameShape(manifest, next)) {
      if (manifest.tasks.every((t, i) => t === next.tasks[i])) return false;
      if (json && manifestFromRun) {
        // Both texts are manifest.json as the core writes it: the same PRDs, conflicts and files,
        // then one task's JSON per line. The texts are the same when the tasks that are not the
        // same objects have the same JSON: no need to make the new text (4 MB for a dense 1 MB
        // PRD) before the HMR message.
        if (manifest.tasks.every((t, i) => t === next.tasks[i] || JSON.stringify(t) === JSON.stringify(next.tasks[i]))) return false;
        manifestText = lazyText(text);
      } else {
        const now = text();
        if (now === manifestText()) return false;
        manifestText = () => now;
      }
    } else manifestText = lazyText(text);
    manifestFromRun = json !== undefined;
    manifest = next;
    manifestCode = undefined;
    return true;
  };
  setManifest(emptyManifest());

  // The core's own file search, so the plugin and `orchestrate()` never disagree on what a PRD is.
  const findPrds = async (o: NormalizedOptions): Promise<string[]> => (await findPrdFiles(o)).map((f) => path.resolve(o.root, f));

  const logWarnings = (o: NormalizedOptions, result: OrchestrateResult): void => {
    const now = new Set([...result.warnings, ...result.conflicts.map(conflictWarning)].map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`));
    // Warnings repeat on every save; only new ones are news.
    for (const w of now) if (!loggedWarnings.has(w)) o.logger.warn(w);
    loggedWarnings = now;
  };

  const sendToClient = (payload: ErrorPayload | { type: 'update'; updates: [] }): void => {
    server?.environments.client.hot.send(payload);
  };

  const showError = (o: NormalizedOptions, err: ErrorPayload['err']): void => {
    const same = error !== undefined && error.err.message === err.message;
    error = { type: 'error', err };
    if (!same) o.logger.error(err.message);
    sendToClient(error);
  };

  /** Invalidate `virtual:prd` so only it and its HMR boundary update. @returns whether the client got an update */
  const reloadVirtual = async (): Promise<boolean> => {
    if (!server) return false;
    let clientUpdated = false;
    for (const env of Object.values(server.environments)) {
      const mod = env.moduleGraph.getModuleById(RESOLVED_VIRTUAL_ID);
      if (!mod) continue;
      // As Vite does for a changed file: invalidate first, which stamps the module so that a transform
      // still running on the code loaded before this change is not cached (reloadModule alone stamps
      // only the HMR time, and such a transform would be served until the next change).
      env.moduleGraph.invalidateModule(mod);
      await env.reloadModule(mod);
      if (env.name === 'client') clientUpdated = true;
    }
    return clientUpdated;
  };

  const regenerate = async (): Promise<void> => {
    const o = options_();
    let result: OrchestrateResult;
    const started = performance.now();
    try {
      result = await pipeline!.run();
    } catch (thrown) {
      runs++;
      showError(o, toViteInternalError(thrown, o.root));
      return;
    }
    // The session found every PRD as its last good run read them (a save with the same bytes,
    // the watcher's recheck): nothing changed, unless that brings back the last good state.
    if (result.reused && error === undefined) return;
    if (!result.reused) {
      runs++;
      lastRunMs = performance.now() - started;
    }
    logWarnings(o, result);
    if (result.errors.length > 0) {
      showError(o, toViteError(result.errors, o.root, readText));
      page?.update({ warnings: result.warnings, errors: result.errors });
      return;
    }
    // A PRD read empty may be a save caught between its truncate and its write, the watcher's look
    // having come just before it (see followSaves): publish nothing from that run; once the file has
    // its bytes (or has stayed empty ≤ 400 ms: emptied on purpose), run again.
    if (!result.reused && (await emptiedMidSave(result.files.map((f) => path.resolve(o.root, f))))) return regenerate();
    const hadError = error !== undefined;
    error = undefined;
    if (result.filesWritten.length + result.filesRemoved.length > 0) {
      o.logger.info(`${result.filesWritten.length} written, ${result.filesRemoved.length} removed in ${Math.round(result.durationMs)} ms`);
    }
    // Coverage depends on the tasks and the code alone: with the manifest unchanged it is too. With a
    // new manifest it is matched when the updated module (or the page) asks for it.
    const changed = setManifest(result.manifest ?? emptyManifest(), result.manifestJson);
    if (changed) coverage?.setTasks(manifest.tasks);
    const updated = changed && (await reloadVirtual());
    page?.update({ manifest, warnings: result.warnings, conflicts: result.conflicts, errors: [] });
    // Any `update` message clears Vite's overlay; send an empty one when nothing else did.
    if (hadError && !updated) sendToClient({ type: 'update', updates: [] });
  };

  /**
   * `vite dev` reads the code after its first run, which serves the manifest without waiting for
   * it; the coverage follows as an HMR update of virtual:prd (and of the page).
   */
  const startScan = (o: NormalizedOptions): Promise<void> | undefined =>
    coverage?.start().then(
      async () => {
        page?.refresh();
        await reloadVirtual();
      },
      (thrown: unknown) => showError(o, toViteInternalError(thrown, o.root)),
    );

  const runner = createCoalescingRunner(async () => {
    await regenerate();
    scan ??= startScan(options_());
  }, (thrown) => {
    if (opts) showError(opts, toViteInternalError(thrown, opts.root));
  });

  /** Did an earlier run leave outputs (a manifest listing files)? */
  const hadOutputs = async (o: NormalizedOptions): Promise<boolean> => (await manifestFiles(o.outDirAbs)).length > 0;

  /** The last good outputs on disk stand in for the manifest until a run succeeds (a broken PRD at start-up). */
  const loadManifestOnDisk = async (o: NormalizedOptions): Promise<void> => {
    try {
      const parsed = JSON.parse(await readFile(path.join(o.outDirAbs, 'manifest.json'), 'utf8')) as Manifest;
      if (parsed?.version === 1 && Array.isArray(parsed.tasks)) {
        setManifest(parsed);
        page?.update({ manifest: parsed, errors: [] });
      }
    } catch {
      // No previous output: the empty manifest stands.
    }
  };

  return {
    api: {
      idle: async () => {
        // The first run, then the scan it starts; a save's second look may queue a run, and a run
        // may follow a look: wait until all is still. (A failed first run fails buildStart.)
        await initial?.catch(() => {});
        for (const follower of followers) await follower.idle();
        await runner.idle();
        await scan;
        await coverage?.idle();
      },
      manifest: () => manifest,
      error: () => error?.err,
      runs: () => runs,
      lastRunMs: () => lastRunMs,
      coverage: () => coverage?.current() ?? null,
      lastCoverageMs: () => coverage?.lastUpdateMs() ?? 0,
    },

    configure(config) {
      const o = normalizeOptions({ ...config.options, mode: 'write', logger: config.options.logger ?? viteLogger(config.viteLogger) });
      checkRoot(o.root, 'the root option of prdOrchestrator()');
      opts = o;
      // Dev runs repeat: the session keeps per-file, per-section and per-output state between saves.
      pipeline = deps.createOrchestrator({ ...o, watch: config.command === 'serve' });
      if (config.coverage) coverage = createViteCoverage(o);
      const cov = coverage;
      if (config.command === 'serve' && config.pagePath !== false) {
        page = createRequirementsPage({ path: config.pagePath, root: o.root, prds: o.files ?? o.prds, outDir: o.outDir, ...(cov ? { coverage: () => cov.report() } : {}) });
      }
      const roadmap = path.resolve(o.root, o.roadmap);
      if (o.files) {
        const set = new Set(o.files.map((f) => path.resolve(o.root, f)));
        set.add(roadmap);
        isPrd = (abs) => set.has(abs);
      } else {
        const match = picomatch(o.prds, { dot: false });
        isPrd = (abs) => abs === roadmap || (!abs.startsWith(o.outDirAbs + path.sep) && match(toPosix(path.relative(o.root, abs))));
      }
    },

    startDev() {
      const o = options_();
      initial ??= (async () => {
        const prds = await findPrds(o);
        if (prds.length === 0 && !(await hadOutputs(o))) return;
        await loadManifestOnDisk(o);
        coverage?.setTasks(manifest.tasks);
        await runner.schedule();
      })();
      return initial;
    },

    async build(watch, fail) {
      const o = options_();
      const prds = await findPrds(o);
      // A build without PRDs and without earlier outputs gets nothing from this plugin: no run, no
      // files. With earlier outputs the pipeline runs and refuses to remove them (unless allowEmpty).
      if (prds.length === 0 && !(await hadOutputs(o))) return;
      for (const prd of prds) watch(prd);
      runs++;
      const [result] = await Promise.all([pipeline!.run(), coverage?.start()]);
      logWarnings(o, result);
      if (result.errors.length > 0) {
        const err = toViteError(result.errors, o.root, readText);
        // The message carries `file:line:col` itself: build logs do not always print `loc`.
        fail({ message: err.message, id: err.id, loc: err.loc, frame: err.frame, pluginCode: err.pluginCode });
      }
      setManifest(result.manifest ?? emptyManifest(), result.manifestJson);
      coverage?.setTasks(manifest.tasks);
    },

    attach(devServer) {
      server = devServer;
      const o = options_();
      page?.configureServer(devServer);
      // PRDs outside the Vite root are not watched by default.
      const bases = new Set((o.files ?? o.prds).map((p) => path.resolve(o.root, picomatch.scan(p).base)));
      bases.add(path.dirname(path.resolve(o.root, o.roadmap)));
      devServer.watcher.add([...bases]);
      followers.push(followSaves(devServer, isPrd, () => void runner.schedule()));
      const sources = coverage?.watch(
        devServer,
        async () => {
          page?.refresh();
          await reloadVirtual();
        },
        (thrown) => showError(o, toViteInternalError(thrown, o.root)),
      );
      if (sources) followers.push(sources);
      // A page opened while a PRD is broken must show the overlay too.
      devServer.environments.client.hot.on('vite:client:connect', (_data, client) => {
        if (error) client.send(error);
      });
    },

    stop() {
      for (const follower of followers) follower.stop();
    },

    code: () => (manifestCode ??= `export const manifest = ${manifestText!()};\nexport default manifest;\n`) + (coverage?.code() ?? 'export const coverage = null;\n'),
  };
}
