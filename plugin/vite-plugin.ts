import path from 'node:path';
import type { Plugin } from 'vite';
import type { Logger, OrchestrateOptions } from '../src/options.js';
import { PLUGIN_NAME } from './vite-error.js';
import { normalizePagePath } from './vite-page.js';
import { createPrdSession, RESOLVED_VIRTUAL_ID } from './vite-session.js';
import type { PrdPluginApi, PrdPluginDeps } from './vite-session.js';

export { emptyManifest, RESOLVED_VIRTUAL_ID } from './vite-session.js';
export type { PrdPluginApi, PrdPluginDeps } from './vite-session.js';

/** The id apps import: `import { manifest } from 'virtual:prd'`. */
export const VIRTUAL_ID = 'virtual:prd';

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

/**
 * The plugin, with its side effects injected. `prdOrchestrator()` is this with the real core. Its
 * state lives in a session (plugin/vite-session.ts); the plugin is the list of Vite hooks.
 * @param options plugin options, normalised once when Vite's config is resolved
 * @param deps the pipeline to run
 * @returns a Vite plugin
 */
export function createPrdPlugin(options: PrdViteOptions, deps: PrdPluginDeps): Plugin<PrdPluginApi> {
  const { page: pageOption, coverage, ...coreOptions } = options;
  const pagePath = normalizePagePath(pageOption);
  const session = createPrdSession(deps);
  let command: 'build' | 'serve' = 'serve';

  return {
    name: PLUGIN_NAME,
    api: session.api,

    configResolved(config) {
      command = config.command;
      session.configure({
        command,
        options: { ...coreOptions, root: path.resolve(config.root, options.root ?? '.') },
        viteLogger: config.logger,
        coverage: coverage !== false,
        pagePath,
      });
    },

    async buildStart() {
      // Per-environment buildStart may run more than once in dev; the session runs once.
      if (command === 'serve') return session.startDev();
      await session.build(
        (prd) => this.addWatchFile(prd),
        (error) => this.error(error),
      );
    },

    configureServer(devServer) {
      session.attach(devServer);
    },

    closeBundle() {
      if (command === 'serve') session.stop();
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
        // Data, not code to step through: `mappings: ''` says there is no source map, so Vite does not
        // make one of the whole module (megabytes of JSON, base64'd into every response).
        return id === RESOLVED_VIRTUAL_ID ? { code: session.code(), map: { mappings: '' } } : undefined;
      },
    },
  };
}
