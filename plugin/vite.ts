import type { Plugin } from 'vite';
import { createOrchestrator } from '../src/orchestrate.js';
import { createPrdPlugin } from './vite-plugin.js';
import type { PrdPluginApi, PrdViteOptions } from './vite-plugin.js';

export { RESOLVED_VIRTUAL_ID, VIRTUAL_ID, emptyManifest } from './vite-plugin.js';
export type { PrdPluginApi, PrdViteOptions } from './vite-plugin.js';

/**
 * The Vite plugin: generates from the PRDs in `buildStart` (a broken PRD fails `vite build` with
 * `file:line:col`), regenerates on save in `vite dev` (one run in flight, the latest save queued),
 * shows PRD errors in the overlay while keeping the last good output, and serves `virtual:prd`.
 * @param options PRD glob, `outDir`, extractor, roadmap…; see `docs/vite.md`
 * @default options `{ prds: 'docs/prd/**\/*.md', outDir: 'src/generated/prd', extractor: 'heuristic', roadmap: 'docs/roadmap.md' }`, relative to Vite's root
 * @returns the plugin, to put in `plugins` of `vite.config.ts`
 */
export function prdOrchestrator(options: PrdViteOptions = {}): Plugin<PrdPluginApi> {
  return createPrdPlugin(options, { createOrchestrator });
}
