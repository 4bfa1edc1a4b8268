import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { ErrorPayload, Logger as ViteLogger, Plugin, ViteDevServer } from 'vite';
import { normalizeOptions } from '../src/options.js';
import type { Logger, NormalizedOptions, OrchestrateOptions } from '../src/options.js';
import { findPrdFiles } from '../src/orchestrate.js';
import { toPosix } from '../src/paths.js';
import type { Manifest, OrchestrateResult } from '../src/orchestrate.js';
import { PLUGIN_NAME, toViteError, toViteInternalError } from './vite-error.js';
import { createRequirementsPage, normalizePagePath } from './vite-page.js';
import type { RequirementsPage } from './vite-page.js';
import { createCoalescingRunner } from './vite-runner.js';

/** The id apps import: `import { manifest } from 'virtual:prd'`. */
export const VIRTUAL_ID = 'virtual:prd';
/** A little more than the 50 ms during which Vite's watcher (chokidar) suppresses repeated `change` events. */
const WATCHER_THROTTLE_MS = 75;

/** `\0` keeps other plugins (and the file system) away from the virtual module. */
export const RESOLVED_VIRTUAL_ID = '\0virtual:prd';

/** Options of the Vite plugin. Everything is optional; defaults are those of `orchestrate()`. */
export interface PrdViteOptions extends Omit<OrchestrateOptions, 'root' | 'mode' | 'logger'> {
  /** Project root; PRD globs, `outDir` and `roadmap` resolve against it. @default Vite's `root` */
  root?: string;
  /** Where progress and warnings go. @default Vite's logger */
  logger?: Logger;
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

function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
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
  let closed = false;
  // Bytes of each PRD as the last run saw them: a save with the same bytes needs no run at all.
  const seen = new Map<string, string>();
  const dirty = new Set<string>();
  let structural = true;

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
    const now = new Set(result.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`));
    // Warnings repeat on every save; only new ones are news.
    for (const w of now) if (!loggedWarnings.has(w)) o.logger.warn(w);
    loggedWarnings = now;
  };

  /** Did any PRD change since the last run? Records the new bytes' hashes as seen. */
  const takeChanges = async (): Promise<{ changed: boolean; files: string[] }> => {
    const files = [...dirty];
    dirty.clear();
    let changed = structural;
    structural = false;
    await Promise.all(
      files.map(async (file) => {
        let hash = '';
        try {
          hash = sha1(await readFile(file));
        } catch {
          // Gone or unreadable: let the pipeline report it.
        }
        if (seen.get(file) !== hash) changed = true;
        seen.set(file, hash);
      }),
    );
    return { changed, files };
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
    const { changed, files } = await takeChanges();
    if (!changed) return;
    runs++;
    let result: OrchestrateResult;
    const started = performance.now();
    try {
      result = await session!.run();
      lastRunMs = performance.now() - started;
    } catch (thrown) {
      for (const f of files) seen.delete(f);
      const err = toViteInternalError(thrown, o.root);
      showError(o, err);
      page?.update({ errors: [{ file: '', line: 0, message: err.message }] });
      return;
    }
    logWarnings(o, result);
    if (result.errors.length > 0) {
      // A later save of these same bytes must show the error again, not be skipped.
      for (const f of files) seen.delete(f);
      showError(o, toViteError(result.errors, o.root, readText));
      page?.update({ warnings: result.warnings, errors: result.errors });
      return;
    }
    const hadError = error !== undefined;
    error = undefined;
    if (result.filesWritten.length + result.filesRemoved.length > 0) {
      o.logger.info(`${result.filesWritten.length} written, ${result.filesRemoved.length} removed in ${Math.round(result.durationMs)} ms`);
    }
    const updated = setManifest(result.manifest ?? emptyManifest(), result.manifestJson?.()) && (await reloadVirtual());
    page?.update({ manifest, warnings: result.warnings, conflicts: result.conflicts, errors: [] });
    // Any `update` message clears Vite's overlay; send an empty one when nothing else did.
    if (hadError && !updated) sendToClient({ type: 'update', updates: [] });
  };

  const runner = createCoalescingRunner(regenerate, (thrown) => {
    if (opts) showError(opts, toViteInternalError(thrown, opts.root));
  });

  /** Seed the hashes so the first same-bytes save after start-up is already a no-op. */
  const seedSeen = async (files: string[]): Promise<void> => {
    await Promise.all(
      files.map(async (file) => {
        try {
          seen.set(file, sha1(await readFile(file)));
        } catch {
          seen.set(file, '');
        }
      }),
    );
  };

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
      idle: () => runner.idle(),
      manifest: () => manifest,
      error: () => error?.err,
      runs: () => runs,
      lastRunMs: () => lastRunMs,
    },

    configResolved(config) {
      command = config.command;
      const o = normalizeOptions({
        ...coreOptions,
        root: path.resolve(config.root, options.root ?? '.'),
        mode: 'write',
        logger: options.logger ?? viteLogger(config.logger),
      });
      opts = o;
      // Dev runs repeat: the session keeps per-file, per-section and per-output state between saves.
      session = deps.createOrchestrator({ ...o, watch: command === 'serve' });
      if (command === 'serve' && pagePath !== false) page = createRequirementsPage({ path: pagePath, root: o.root });
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
          if (prds.length === 0) return;
          await Promise.all([seedSeen(prds), loadManifestOnDisk(o)]);
          await runner.schedule();
        })();
        return initial;
      }
      const prds = await findPrds(o);
      // A build without PRDs gets nothing from this plugin: no run, no files.
      if (prds.length === 0) return;
      for (const prd of prds) this.addWatchFile(prd);
      runs++;
      const result = await session!.run();
      logWarnings(o, result);
      if (result.errors.length > 0) {
        const err = toViteError(result.errors, o.root, readText);
        // The message carries `file:line:col` itself: build logs do not always print `loc`.
        this.error({ message: err.message, id: err.id, loc: err.loc, frame: err.frame, pluginCode: err.pluginCode });
      }
      setManifest(result.manifest ?? emptyManifest(), result.manifestJson?.());
    },

    configureServer(devServer) {
      server = devServer;
      const o = options_();
      page?.configureServer(devServer);
      // PRDs outside the Vite root are not watched by default.
      const bases = new Set((o.files ?? o.prds).map((p) => path.resolve(o.root, picomatch.scan(p).base)));
      bases.add(path.dirname(path.resolve(o.root, o.roadmap)));
      devServer.watcher.add([...bases]);
      const onEvent = (kind: 'add' | 'change' | 'unlink') => (file: string) => {
        const abs = path.resolve(file);
        if (!isPrd(abs)) return;
        dirty.add(abs);
        if (kind !== 'change') structural = true;
        void runner.schedule();
        // Vite's watcher drops a second `change` of a file within 50 ms of the first; look again
        // once that window has passed. Same bytes cost one hash, not a run.
        const recheck = setTimeout(() => {
          if (closed) return;
          dirty.add(abs);
          void runner.schedule();
        }, WATCHER_THROTTLE_MS);
        recheck.unref();
      };
      devServer.watcher.on('add', onEvent('add'));
      devServer.watcher.on('change', onEvent('change'));
      devServer.watcher.on('unlink', onEvent('unlink'));
      // A page opened while a PRD is broken must show the overlay too.
      devServer.environments.client.hot.on('vite:client:connect', (_data, client) => {
        if (error) client.send(error);
      });
    },

    closeBundle() {
      if (command === 'serve') closed = true;
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
        return id === RESOLVED_VIRTUAL_ID ? manifestCode : undefined;
      },
    },
  };
}
