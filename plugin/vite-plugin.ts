import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { ErrorPayload, Logger as ViteLogger, Plugin, ViteDevServer } from 'vite';
import { checkRoot, normalizeOptions } from '../src/options.js';
import type { Logger, NormalizedOptions, OrchestrateOptions } from '../src/options.js';
import { findPrdFiles } from '../src/orchestrate.js';
import { conflictWarning } from '../src/plan/index.js';
import { manifestFiles } from '../src/render/index.js';
import { toPosix } from '../src/paths.js';
import type { Manifest, OrchestrateResult } from '../src/orchestrate.js';
import { PLUGIN_NAME, toViteError, toViteInternalError } from './vite-error.js';
import { createRequirementsPage, normalizePagePath } from './vite-page.js';
import type { RequirementsPage } from './vite-page.js';
import { createCoalescingRunner } from './vite-runner.js';
import { followSaves, type SaveFollower } from './vite-watch.js';
import { createViteCoverage, type ViteCoverage } from './vite-coverage.js';
import type { CoverageJson } from '../src/coverage/index.js';

/** The id apps import: `import { manifest } from 'virtual:prd'`. */
export const VIRTUAL_ID = 'virtual:prd';
/** `\0` keeps other plugins (and the file system) away from the virtual module. */
export const RESOLVED_VIRTUAL_ID = '\0virtual:prd';

/** Options of the Vite plugin. Everything is optional; defaults are those of `orchestrate()`. */
export interface PrdViteOptions extends Omit<OrchestrateOptions, 'root' | 'mode' | 'logger'> {
  /** Project root; PRD globs, `outDir` and `roadmap` resolve against it. @default Vite's `root` */
  root?: string;
  /** Where progress and warnings go. @default Vite's logger */
  logger?: Logger;
  /** Read the project's code and export `coverage` from `virtual:prd` (which PRD tasks are implemented and tested). @default true */
  coverage?: boolean;
  /** Path of the requirements page in `vite dev`, or `false` for none. @default '/__prd/' */
  page?: string | false;
}

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




/**
 * The plugin, with its side effects injected. `prdOrchestrator()` is this with the real core.
 * @param options plugin options, normalised once when Vite's config is resolved
 * @param deps the pipeline to run
 * @returns a Vite plugin
 */
export function createPrdPlugin(options: PrdViteOptions, deps: PrdPluginDeps): Plugin<PrdPluginApi> {
  const { page: pageOption, ...coreOptions } = options;
  const pagePath = normalizePagePath(pageOption);
  let page: RequirementsPage | undefined;
  let opts: NormalizedOptions | undefined;
  let session: { run(): Promise<OrchestrateResult> } | undefined;
  let command: 'build' | 'serve' = 'serve';
  let isPrd: (abs: string) => boolean = () => false;
  let server: ViteDevServer | undefined;
  let manifest = emptyManifest();
  let manifestCode = '';
  let error: ErrorPayload | undefined;
  let runs = 0;
  let lastRunMs = 0;
  let loggedWarnings = new Set<string>();
  let initial: Promise<void> | undefined;
  // What follows saves of PRDs and of source files (dev only).
  const followers: SaveFollower[] = [];
  let coverage: ViteCoverage | undefined;

  const options_ = (): NormalizedOptions => {
    if (!opts) throw new Error(`${PLUGIN_NAME}: used before Vite resolved its config`);
    return opts;
  };

  const setManifest = (next: Manifest, json?: string): boolean => {
    // The core hands over manifest.json as written: JSON text is a valid JS expression.
    const code = `export const manifest = ${json ?? JSON.stringify(next)};\nexport default manifest;\n`;
    if (code === manifestCode) return false;
    manifest = next;
    manifestCode = code;
    return true;
  };
  setManifest(emptyManifest());

  // The core's own file search, so the plugin and `orchestrate()` never disagree on what a PRD is.
  const findPrds = async (o: NormalizedOptions): Promise<string[]> => (await findPrdFiles(o)).map((f) => path.resolve(o.root, f));

  const readText = (file: string): string | undefined => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };

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
      result = await session!.run();
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
    const hadError = error !== undefined;
    error = undefined;
    const coverageChanged = coverage?.setTasks(result.manifest?.tasks ?? []) ?? false;
    if (result.filesWritten.length + result.filesRemoved.length > 0) {
      o.logger.info(`${result.filesWritten.length} written, ${result.filesRemoved.length} removed in ${Math.round(result.durationMs)} ms`);
    }
    const updated = (setManifest(result.manifest ?? emptyManifest(), result.manifestJson?.()) || coverageChanged) && (await reloadVirtual());
    page?.update({ manifest, warnings: result.warnings, conflicts: result.conflicts, errors: [] });
    if (coverageChanged) coverageToPage();
    // Any `update` message clears Vite's overlay; send an empty one when nothing else did.
    if (hadError && !updated) sendToClient({ type: 'update', updates: [] });
  };

  /** The requirements page shows coverage too. */
  const coverageToPage = (): void => {
    const report = coverage?.report();
    if (report) page?.setCoverage(report);
  };

  const runner = createCoalescingRunner(regenerate, (thrown) => {
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
    name: PLUGIN_NAME,
    api: {
      idle: async () => {
        // A save's second look may queue a run, and a run may follow a look: wait until all is still.
        for (const follower of followers) await follower.idle();
        await runner.idle();
        await coverage?.idle();
      },
      manifest: () => manifest,
      error: () => error?.err,
      runs: () => runs,
      lastRunMs: () => lastRunMs,
      coverage: () => coverage?.current() ?? null,
      lastCoverageMs: () => coverage?.lastUpdateMs() ?? 0,
    },

    configResolved(config) {
      command = config.command;
      const o = normalizeOptions({
        ...coreOptions,
        root: path.resolve(config.root, options.root ?? '.'),
        mode: 'write',
        logger: options.logger ?? viteLogger(config.logger),
      });
      checkRoot(o.root, 'the root option of prdOrchestrator()');
      opts = o;
      // Dev runs repeat: the session keeps per-file, per-section and per-output state between saves.
      session = deps.createOrchestrator({ ...o, watch: command === 'serve' });
      if (command === 'serve' && pagePath !== false) page = createRequirementsPage({ path: pagePath, root: o.root, prds: o.files ?? o.prds, outDir: o.outDir });
      if (options.coverage !== false) coverage = createViteCoverage(o);
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

    async buildStart() {
      const o = options_();
      if (command === 'serve') {
        // Per-environment buildStart may run more than once in dev; one initial run is enough.
        initial ??= (async () => {
          const prds = await findPrds(o);
          if (prds.length === 0 && !(await hadOutputs(o))) return;
          await Promise.all([loadManifestOnDisk(o), coverage?.start()]);
          coverage?.setTasks(manifest.tasks);
          coverageToPage();
          await runner.schedule();
        })();
        return initial;
      }
      const prds = await findPrds(o);
      // A build without PRDs and without earlier outputs gets nothing from this plugin: no run, no
      // files. With earlier outputs the pipeline runs and refuses to remove them (unless allowEmpty).
      if (prds.length === 0 && !(await hadOutputs(o))) return;
      for (const prd of prds) this.addWatchFile(prd);
      runs++;
      const [result] = await Promise.all([session!.run(), coverage?.start()]);
      logWarnings(o, result);
      if (result.errors.length > 0) {
        const err = toViteError(result.errors, o.root, readText);
        // The message carries `file:line:col` itself: build logs do not always print `loc`.
        this.error({ message: err.message, id: err.id, loc: err.loc, frame: err.frame, pluginCode: err.pluginCode });
      }
      setManifest(result.manifest ?? emptyManifest(), result.manifestJson?.());
      coverage?.setTasks(manifest.tasks);
    },

    configureServer(devServer) {
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
          coverageToPage();
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

    closeBundle() {
      if (command === 'serve') for (const follower of followers) follower.stop();
    },

    resolveId: {
      filter: { id: /^virtual:prd$/ },
      handler(id) {
        return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : undefined;
      },
    },

    load: {
      filter: { id: /^\0virtual:prd$/ },
      handler(id) {
        return id === RESOLVED_VIRTUAL_ID ? manifestCode + (coverage?.code() ?? 'export const coverage = null;\n') : undefined;
      },
    },
  };
}
