import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './testing/corpus.js';
import { graphCycles, importsOf, sourceFiles } from './testing/imports.js';

const DIRS = ['src', 'plugin', 'executors', 'generators'];

/** Module → the modules it imports (relative imports of the folders above, type-only ones included), POSIX paths from the repository root. */
function moduleGraph(): Map<string, string[]> {
  const files = sourceFiles(DIRS.map((d) => path.join(repoRoot, d))).filter((f) => !f.endsWith('.test.ts'));
  const known = new Set(files);
  const rel = (f: string) => path.relative(repoRoot, f).split(path.sep).join('/');
  return new Map(files.map((f) => [rel(f), [...new Set(importsOf(f).map((e) => e.resolved).filter((r): r is string => r !== undefined && known.has(r)).map(rel))]]));
}

/** The folder a module belongs to: `src/plan`, `plugin`; a module directly in `src/` is its own node. */
function folderOf(module: string): string {
  const parts = module.split('/');
  return parts[0] === 'src' && parts.length === 2 ? module : parts.slice(0, parts[0] === 'src' ? 2 : 1).join('/');
}

describe('import graph of src/, plugin/, executors/ and generators/ (type-only imports included)', () => {
  const modules = moduleGraph();

  it('has no cycle between modules', () => {
    expect(graphCycles(modules)).toEqual([]);
  });

  it('has no cycle between folders (testing helpers aside)', () => {
    const folders = new Map<string, Set<string>>();
    for (const [from, tos] of modules) {
      if (from.includes('/testing/')) continue;
      const a = folderOf(from);
      const set = folders.get(a) ?? new Set<string>();
      for (const to of tos) if (folderOf(to) !== a && !to.includes('/testing/')) set.add(folderOf(to));
      folders.set(a, set);
    }
    expect(graphCycles(new Map([...folders].map(([k, v]) => [k, [...v]])))).toEqual([]);
  });

  it('reaches into a folder of src/ only through its index.ts', () => {
    const bypass: string[] = [];
    for (const [from, tos] of modules) {
      if (from.includes('/testing/')) continue;
      for (const to of tos) {
        const folder = folderOf(to);
        if (to.startsWith('src/') && folder !== to && folder !== folderOf(from) && !to.endsWith('/index.ts') && !to.includes('/testing/')) bypass.push(`${from} -> ${to}`);
      }
    }
    expect(bypass).toEqual([]);
  });
});
