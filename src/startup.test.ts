/**
 * What each entry point loads before it does anything: the modules reached through static imports
 * (dynamic and type-only imports left out). The heavy parts — the LLM client and its schemas, the
 * roadmap's Markdown parser, the source-code parser, git and the text differ, the page renderer —
 * load on demand, so `extract`, `run` and `vite dev` start as fast as the pipeline allows.
 */
import { describe, expect, it } from 'vitest';
import { repoRoot } from './testing/corpus.js';
import { loadedAtStart } from './testing/imports.js';

const ON_DEMAND_PACKAGES = ['openai', 'zod', 'unified', 'remark-parse', 'remark-gfm', 'oxc-parser', 'diff', 'gpt-tokenizer', 'tinypool'];

describe('start-up imports', () => {
  it('the CLI loads neither the LLM, start, coverage, diff nor report code, nor their packages', () => {
    const { modules, packages } = loadedAtStart(repoRoot, 'src/cli.ts');
    expect(modules).toContain('src/extract/index.ts');
    expect(modules.filter((m) => ['src/llm/', 'src/start/', 'src/coverage/', 'src/diff/', 'src/report/'].some((f) => m.startsWith(f)))).toEqual([]);
    expect(packages.filter((p) => ON_DEMAND_PACKAGES.includes(p))).toEqual([]);
  });

  it('the Vite plugin loads neither the code scanner nor the page renderer, nor their packages', () => {
    const { modules, packages } = loadedAtStart(repoRoot, 'plugin/vite.ts');
    expect(modules).toContain('plugin/vite-coverage.ts');
    expect(modules.filter((m) => ['src/coverage/', 'src/report/', 'src/diff/', 'src/llm/'].some((f) => m.startsWith(f)))).toEqual([]);
    expect(packages.filter((p) => ['oxc-parser', 'diff', 'openai', 'zod'].includes(p))).toEqual([]);
  });
});
