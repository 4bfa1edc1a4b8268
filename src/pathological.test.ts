import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module shared with the benchmark, no types
import { CASES, SIZES } from '../bench/lib/pathological-cases.mjs';
import { extractTasks } from './extract/extract.js';
import { mergeTasks } from './plan/merge.js';
import { parsePrd } from './prd/parse.js';

/**
 * Pathological Markdown at the sizes issue #7 names (100,000 nested list items, a 10 MB line,
 * 50,000 table rows, 1,000 headings in a fence…) goes through without a hang and with the right
 * tasks. How time grows with size is printed by bench/pathological.mjs, not asserted here.
 */
const expected: Record<string, (n: number) => number> = {
  'nested list items': (n) => n,
  'single long line': () => 0,
  'table rows': (n) => n,
  'headings in fences': () => 0,
  'unclosed fence': () => 1,
  'deep blockquotes': (n) => n,
  'html blocks (remark)': (n) => n,
};

describe('pathological Markdown', () => {
  for (const [name, make] of Object.entries(CASES as Record<string, (n: number) => string>)) {
    const n = (SIZES as Record<string, number[]>)[name]!.at(-1)!;
    it(`${name} (n=${n})`, () => {
      const doc = parsePrd(Buffer.from(make(n)), 'p.md');
      const tasks = mergeTasks(extractTasks(doc)).tasks.filter((t) => t.kind !== 'rule');
      expect(tasks).toHaveLength(expected[name]!(n));
      if (name === 'headings in fences') expect(doc.sections).toHaveLength(1);
    }, 60_000);
  }
});
