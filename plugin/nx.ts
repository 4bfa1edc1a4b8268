import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CreateNodesContext, CreateNodesResult, CreateNodesV2, TargetConfiguration } from '@nx/devkit';
// Narrow imports from nx itself, as Nx's own plugins do: the plugin worker has these loaded already, while the
// @nx/devkit barrels would add tens of milliseconds to every project-graph computation.
import { hashObject } from 'nx/src/hasher/file-hasher.js';
import { AggregateCreateNodesError } from 'nx/src/project-graph/error-types.js';
import { workspaceDataDirectory } from 'nx/src/utils/cache-directory.js';
import { PluginCache } from 'nx/src/utils/plugin-cache-utils.js';
import picomatch from 'picomatch';
import { normalizePluginOptions, type NormalizedPrdNxPluginOptions, type PrdNxPluginOptions } from './nx-options.js';
import { buildPrdTargets } from './nx-targets.js';
import { packageRoot } from '../src/paths.js';
import { lazy } from '../src/memo.js';

export type { PrdNxPluginOptions } from './nx-options.js';

type TargetsCache = PluginCache<Record<string, TargetConfiguration>>;

/**
 * Every Markdown file reaches the plugin; the option globs are matched per project root below.
 * Nx wants a fixed pattern here, while the PRD glob is an option.
 */
const FILE_PATTERN = '**/*.md';

/** This package's version: part of every target's cache key. */
const ownVersion = lazy(() => (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version);

/**
 * The project root a PRD belongs to: the nearest folder above it that holds a project.json or package.json and from
 * which the file matches one of the PRD globs. The workspace root counts only with a project.json, because a root
 * package.json is usually the workspace manifest, not a project.
 */
function findProjectRoot(file: string, matches: (relative: string) => boolean, hasProjectFile: (dir: string) => boolean): string | undefined {
  let dir = path.posix.dirname(file);
  for (;;) {
    const relative = dir === '.' ? file : file.slice(dir.length + 1);
    if (matches(relative) && hasProjectFile(dir)) return dir;
    if (dir === '.') return undefined;
    dir = path.posix.dirname(dir);
  }
}

function projectFileProbe(workspaceRoot: string): (dir: string) => boolean {
  const known = new Map<string, boolean>();
  return (dir) => {
    let found = known.get(dir);
    if (found === undefined) {
      const abs = path.join(workspaceRoot, dir);
      found = existsSync(path.join(abs, 'project.json')) || (dir !== '.' && existsSync(path.join(abs, 'package.json')));
      known.set(dir, found);
    }
    return found;
  };
}

/** Groups the matched PRD files by project root; the first file of each project names it in Nx's source map. */
function groupByProject(files: readonly string[], options: NormalizedPrdNxPluginOptions, workspaceRoot: string): Map<string, string> {
  const matches = picomatch(options.prds, { dot: false });
  const hasProjectFile = projectFileProbe(workspaceRoot);
  const projects = new Map<string, string>();
  for (const file of files) {
    if (file.includes('node_modules/')) continue;
    const root = findProjectRoot(file, matches, hasProjectFile);
    if (root !== undefined && !projects.has(root)) projects.set(root, file);
  }
  return projects;
}

async function createPrdNodes(files: readonly string[], rawOptions: PrdNxPluginOptions | undefined, context: CreateNodesContext) {
  const options = normalizePluginOptions(rawOptions);
  const optionsHash = hashObject(options);
  const cache: TargetsCache = new PluginCache(path.join(workspaceDataDirectory, `prd-orchestrator-${optionsHash}.hash`));
  const results: Array<readonly [string, CreateNodesResult]> = [];
  const errors: Array<[string, Error]> = [];
  try {
    for (const [root, file] of groupByProject(files, options, context.workspaceRoot)) {
      try {
        // The targets depend on the options, the project root and the plugin version, nothing else: no file needs hashing.
        const key = hashObject([ownVersion(), root, options]);
        let targets = cache.get(key);
        if (!targets) {
          targets = buildPrdTargets(options);
          cache.set(key, targets);
        }
        results.push([file, { projects: { [root]: { targets } } }] as const);
      } catch (error) {
        errors.push([file, error as Error]);
      }
    }
  } finally {
    cache.writeToDisk();
  }
  if (errors.length > 0) throw new AggregateCreateNodesError(errors, results);
  return results;
}

/**
 * Nx plugin entry: infers an `orchestrate` target (cached; outputs the derived files) and an `orchestrate-check`
 * target (drift check) for every project that holds PRDs. Register it with `nx add prd-orchestrator`.
 */
export const createNodesV2: CreateNodesV2<PrdNxPluginOptions> = [FILE_PATTERN, createPrdNodes];

/** The same as {@link createNodesV2}; Nx 21+ reads this name. */
export const createNodes = createNodesV2;
