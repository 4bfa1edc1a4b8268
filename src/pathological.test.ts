import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module shared with the benchmark, no types
import { CASES, SIZES } from '../bench/lib/pathological-cases.mjs';
import { extractTasks } from './extract/extract.js';
import { mergeTasks } from './plan/merge.js';
import { parsePrd } from './prd/parse.js';
import type { ModelTask } from './types.js';

/**
 * Pathological Markdown at the sizes issue #7 names (100,000 nested list items, a 10 MB line,
 * 50,000 table rows, 1,000 headings in a fence…) and one model with tens of thousands of fields
 * (defined again and again, on one line, in a table, a list, a CREATE TABLE) go through without a
 * hang and with the right tasks. How time grows with size is printed by bench/pathological.mjs, not asserted here.
 */
const expected: Record<string, (n: number) => number> = {
  'nested list items': (n) => n,
  'single long line': () => 0,
  'table rows': (n) => n,
  'headings in fences': () => 0,
  'unclosed fence': () => 1,
  'deep blockquotes': (n) => n,
  'html blocks (remark)': (n) => n,
  'one model defined n times': () => 1,
  'field list on one line': () => 1,
  'field table rows': () => 1,
  'field list items': () => 1,
  'one-line CREATE TABLE': () => 1,
  'OpenAPI paths': (n) => n,
};

/** The fields of the one model of each case about a model's fields. */
const expectedFields: Record<string, (n: number) => number> = {
  'one model defined n times': (n) => n + 1,
  'field list on one line': (n) => n + 1,
  'field table rows': (n) => n,
  'field list items': (n) => n,
  'one-line CREATE TABLE': (n) => n,
};

describe('pathological Markdown', () => {
  for (const [name, make] of Object.entries(CASES as Record<string, (n: number) => string>)) {
    const n = (SIZES as Record<string, number[]>)[name]!.at(-1)!;
    it(`${name} (n=${n})`, () => {
      const doc = parsePrd(Buffer.from(make(n)), 'p.md');
      const tasks = mergeTasks(extractTasks(doc)).tasks.filter((t) => t.kind !== 'rule');
      expect(tasks).toHaveLength(expected[name]!(n));
      if (name === 'headings in fences') expect(doc.sections).toHaveLength(1);
      const fields = expectedFields[name];
      if (fields) expect((tasks[0] as ModelTask).fields).toHaveLength(fields(n));
    }, 60_000);
  }
});
