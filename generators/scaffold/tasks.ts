import path from 'node:path';
import { visitNotIgnoredFiles, type Tree } from '@nx/devkit';
import picomatch from 'picomatch';
import { extractTasks } from '../../src/extract/index.js';
import { mergeTasks } from '../../src/plan/index.js';
import { parsePrd } from '../../src/prd/index.js';
import type { Task } from '../../src/types.js';

/**
 * Extracts and merges the tasks of a project's PRDs as they are in the Tree, so a PRD created earlier in the same
 * generator run (or only in a dry run) counts. Sources name files relative to the project root, as the pipeline does.
 * @param tree the Nx virtual file system
 * @param projectRoot the project's root, relative to the workspace
 * @param glob PRD glob relative to the project root
 * @returns merged tasks in the pipeline's deterministic order
 */
export function readTasksFromTree(tree: Tree, projectRoot: string, glob: string): Task[] {
  const matches = picomatch(glob);
  const tasks: Task[] = [];
  const files: string[] = [];
  visitNotIgnoredFiles(tree, projectRoot, (file) => {
    const relative = path.posix.relative(projectRoot === '.' ? '' : projectRoot, file);
    if (matches(relative)) files.push(relative);
  });
  for (const file of files.sort()) {
    const bytes = tree.read(path.posix.join(projectRoot, file));
    if (bytes) tasks.push(...extractTasks(parsePrd(bytes, file)));
  }
  return mergeTasks(tasks).tasks;
}
