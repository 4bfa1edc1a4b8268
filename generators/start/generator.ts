import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, readProjectConfiguration, type GeneratorCallback, type Tree } from '@nx/devkit';
import { PrdError } from '../../src/errors.js';
import { toPosix } from '../../src/paths.js';
import type { FileWrite, StartFs } from '../../src/start/index.js';
import { normalizeStartOptions, type StartOptions } from '../../src/start/index.js';
import { planStart } from '../../src/start/index.js';
import { applyPlan, runProjectPipeline } from '../../src/start/index.js';

/** The generator's options: those of `start` (src/start/options.ts), with a project instead of a root. */
export type StartGeneratorSchema = Pick<StartOptions, 'id' | 'prd' | 'roadmap' | 'prds' | 'owner' | 'roles' | 'qaCases' | 'qaResults' | 'outDir'> & {
  /** Project whose docs hold the roadmap, PRDs and QA files; the workspace root when absent. */
  project?: string;
  /** Do not run the pipeline after the files are written. */
  skipRun?: boolean;
};

/**
 * `StartFs` over an Nx `Tree`, so `nx g … --dry-run` shows the changes and writes nothing.
 * @param tree the Nx virtual file system
 * @param base folder (relative to the workspace) every path is relative to
 */
export function treeStartFs(tree: Tree, base: string): StartFs {
  const full = (file: string): string => path.posix.join(base, file);
  return {
    async read(file) {
      const p = full(file);
      if (!tree.exists(p)) return undefined;
      if (!tree.isFile(p)) throw new PrdError('This is a directory, not a file', { file, code: 'EISDIR', hint: 'Name a Markdown file' });
      return tree.read(p) ?? undefined;
    },
    async readOnly(file) {
      // The Tree has no permissions; a file already on disk keeps its own.
      try {
        return (statSync(path.join(tree.root, full(file))).mode & 0o222) === 0;
      } catch {
        return false;
      }
    },
    async glob(patterns) {
      const prefix = base === '' || base === '.' ? '' : `${base.replace(/\/$/, '')}/`;
      return glob(tree, patterns.map(full))
        .map(toPosix)
        .filter((f) => f.startsWith(prefix))
        .map((f) => f.slice(prefix.length))
        .sort();
    },
    async writeAll(files: FileWrite[]) {
      for (const f of files) tree.write(full(f.path), f.bytes);
    },
  };
}

/**
 * `nx g prd-orchestrator:start <id>`: edits the item's PRD in place (owner, roles, 7.3 QA
 * Artifacts, 9.1 Roles and Order) and creates its QA files through the Tree; after Nx writes
 * them (not on `--dry-run`) the returned callback regenerates the project's outputs from all its PRDs.
 * @param tree the Nx virtual file system
 * @param schema generator options (schema.json)
 * @returns a callback that runs the pipeline
 */
export async function startGenerator(tree: Tree, schema: StartGeneratorSchema): Promise<GeneratorCallback> {
  const base = schema.project ? readProjectConfiguration(tree, schema.project).root : '';
  const root = path.join(tree.root, base);
  const fs = treeStartFs(tree, base);
  const options = normalizeStartOptions({ ...schema, prd: schema.prd, root, fs, pipeline: false });
  const plan = await planStart(options, fs);
  await applyPlan(plan, fs);
  return async () => {
    if (schema.skipRun) return;
    const { result, skipped } = await runProjectPipeline({ root, prds: options.prds, outDir: options.outDir, prd: plan.prd, mode: 'write', logger: options.logger });
    if (!result) return void console.warn(`prd-orchestrator:start: ${skipped}`);
    for (const error of result.errors) console.error(error.format());
    if (!result.success) throw new Error(`prd-orchestrator:start: the pipeline failed for the project's PRDs`);
  };
}
