/**
 * What each entry point loads before it does anything: the modules reached through static imports
 * (dynamic and type-only imports left out). The heavy parts — the LLM client and its schemas, the
 * roadmap's Markdown parser, the source-code parser, git and the text differ — load on demand, so
 * `extract` and `run` start as fast as the pipeline allows.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './testing/corpus.js';
import { importsOf } from './testing/imports.js';

/** Modules (repository-relative) and packages an entry loads at start-up. */
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

const ON_DEMAND_PACKAGES = ['openai', 'zod', 'unified', 'remark-parse', 'remark-gfm', 'oxc-parser', 'diff', 'gpt-tokenizer', 'tinypool'];
const ON_DEMAND_FOLDERS = ['src/llm/', 'src/start/', 'src/coverage/', 'src/diff/', 'src/report/'];

describe('start-up imports', () => {
  it('the CLI loads neither the LLM, start, coverage, diff nor report code, nor their packages', () => {
    const { modules, packages } = loadedAtStart('src/cli.ts');
    expect(modules).toContain('src/extract/index.ts');
    expect(modules.filter((m) => ON_DEMAND_FOLDERS.some((f) => m.startsWith(f)))).toEqual([]);
    expect(packages.filter((p) => ON_DEMAND_PACKAGES.includes(p))).toEqual([]);
  });
});
