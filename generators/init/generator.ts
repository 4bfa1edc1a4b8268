import { formatFiles, readNxJson, updateNxJson, type GeneratorCallback, type Tree } from '@nx/devkit';
import { normalizePluginOptions, type PrdNxPluginOptions } from '../../plugin/nx-options.js';

export const PLUGIN_NAME = 'prd-orchestrator/plugin';

export interface InitGeneratorSchema {
  targetName?: string;
  checkTargetName?: string;
  prds?: string;
  outDir?: string;
  skipFormat?: boolean;
}

/** Target names are written out so users see them; other options only when they differ from the defaults, so a later default change reaches the user. */
function pluginOptions(schema: InitGeneratorSchema): PrdNxPluginOptions {
  const given: PrdNxPluginOptions = {
    targetName: schema.targetName,
    checkTargetName: schema.checkTargetName,
    prds: schema.prds,
    outDir: schema.outDir,
  };
  const defaults = normalizePluginOptions({});
  const normalized = normalizePluginOptions(given);
  const options: Record<string, unknown> = { targetName: normalized.targetName, checkTargetName: normalized.checkTargetName };
  if (normalized.outDir !== defaults.outDir) options.outDir = normalized.outDir;
  if (normalized.prds.join('\n') !== defaults.prds.join('\n')) options.prds = normalized.prds.length === 1 ? normalized.prds[0] : normalized.prds;
  return options as PrdNxPluginOptions;
}

/**
 * Registers `prd-orchestrator/plugin` in nx.json (what `nx add prd-orchestrator` runs). Running it again changes nothing.
 * @param tree the Nx virtual file system
 * @param schema generator options (schema.json)
 * @returns a callback Nx runs after writing (none needed)
 */
export async function initGenerator(tree: Tree, schema: InitGeneratorSchema = {}): Promise<GeneratorCallback> {
  const options = pluginOptions(schema);
  const nxJson = readNxJson(tree) ?? {};
  const plugins = nxJson.plugins ?? [];
  const registered = plugins.some((entry) => (typeof entry === 'string' ? entry : entry.plugin) === PLUGIN_NAME);
  if (!registered) {
    plugins.push({ plugin: PLUGIN_NAME, options });
    nxJson.plugins = plugins;
    updateNxJson(tree, nxJson);
  }
  if (!schema.skipFormat) await formatFiles(tree);
  return () => {};
}
