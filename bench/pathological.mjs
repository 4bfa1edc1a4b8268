#!/usr/bin/env node
// Pathological Markdown at growing sizes: parse + extract time should grow linearly.
// Prints a table (ms per size and the ratio between the largest and smallest per unit).
import { parsePrd } from '../dist/src/prd/parse.js';
import { extractTasks } from '../dist/src/extract/extract.js';
import { mergeTasks } from '../dist/src/plan/merge.js';

import { CASES, SIZES } from './lib/pathological-cases.mjs';

export function run(text) {
  const doc = parsePrd(Buffer.from(text), 'p.md');
  return mergeTasks(extractTasks(doc)).tasks.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [];
  for (const [name, make] of Object.entries(CASES)) {
    const perByte = [];
    for (const n of SIZES[name]) {
      const text = make(n);
      const t = performance.now();
      const tasks = run(text);
      const ms = performance.now() - t;
      perByte.push(ms / text.length);
      rows.push({ case: name, n, MB: +(text.length / 1e6).toFixed(2), ms: Math.round(ms), tasks, 'ms/MB': Math.round(ms / (text.length / 1e6)), 'vs smallest': +(perByte.at(-1) / perByte[0]).toFixed(2) });
    }
  }
  console.table(rows);
  console.log('linear ⇔ "vs smallest" (time per byte relative to the smallest size) stays near 1; JIT warm-up makes it fall below 1.');
}
