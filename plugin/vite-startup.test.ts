/**
 * What the Vite plugin loads with `vite.config.ts` (static imports; dynamic and type-only ones left
 * out): the code scanner (src/coverage, oxc-parser), the requirements page's renderer and git reader
 * load when first used, so `vite dev` starts without them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/testing/corpus.js';
import { importsOf } from '../src/testing/imports.js';

/** Repository-relative modules and the packages `entry` loads through static imports. */
function loadedAtStart(entry: string): { modules: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const e of importsOf(file)) {
      if (e.loads !== 'static') continue;
      if (e.resolved) visit(e.resolved);
      else if (!e.specifier.startsWith('node:')) packages.add(e.specifier.split('/').slice(0, e.specifier.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  visit(path.join(repoRoot, entry));
  return { modules: [...seen].map((f) => path.relative(repoRoot, f).split(path.sep).join('/')).sort(), packages: [...packages].sort() };
}

describe('vite plugin start-up imports', () => {
  it('loads neither the code scanner nor the page renderer, nor their packages', () => {
    const { modules, packages } = loadedAtStart('plugin/vite.ts');
    expect(modules).toContain('plugin/vite-coverage.ts');
    expect(modules.filter((m) => ['src/coverage/', 'src/report/', 'src/diff/', 'src/llm/'].some((f) => m.startsWith(f)))).toEqual([]);
    expect(packages.filter((p) => ['oxc-parser', 'diff', 'openai', 'zod'].includes(p))).toEqual([]);
  });
});
