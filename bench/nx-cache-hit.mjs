#!/usr/bin/env node
// Cost of an `orchestrate` cache hit against a cache hit of a no-op `nx:run-commands` target in the same workspace.
// Goal: median ratio ≤ 1.15 (10 runs each, daemon off). Prints a table and writes bench/out/nx-cache-hit.json.
import { cpSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { installWorkspace, median, PLUGIN, repoRoot, timeNx, writeFile, writeJson, writeNxJson } from './nx-helpers.mjs';

const RUNS = Number(process.env.RUNS ?? 10);
const root = installWorkspace('prd-bench-cache-');
try {
  writeNxJson(root, [PLUGIN]);
  writeFile(root, 'apps/shop/project.json', JSON.stringify({
    name: 'shop',
    targets: { noop: { executor: 'nx:run-commands', options: { command: 'node -e 0' }, cache: true } },
  }));
  cpSync(path.join(repoRoot, 'examples/apps/web/docs'), path.join(root, 'apps/shop/docs'), { recursive: true });
  cpSync(path.join(repoRoot, 'examples/libs/billing/docs/prd'), path.join(root, 'apps/shop/docs/prd/billing'), { recursive: true });

  for (const target of ['shop:orchestrate', 'shop:noop']) timeNx(root, ['run', target]);
  const times = { orchestrate: [], noop: [] };
  // Alternate, and swap which goes first (ABBA), so that drift in machine load and run order hit both sides alike.
  const pair = [['orchestrate', 'shop:orchestrate'], ['noop', 'shop:noop']];
  for (let i = 0; i < RUNS; i++) {
    for (const [name, target] of i % 2 === 0 ? pair : [...pair].reverse()) {
      const { ms, output } = timeNx(root, ['run', target]);
      if (!/\[local cache\]|existing outputs match the cache/.test(output)) throw new Error(`${target} was not a cache hit:\n${output}`);
      times[name].push(ms);
    }
  }
  const result = {
    runs: RUNS,
    orchestrateMedianMs: median(times.orchestrate),
    noopMedianMs: median(times.noop),
    ratio: median(times.orchestrate) / median(times.noop),
    goal: 1.15,
    times,
  };
  console.log('cache hit, daemon off           median ms');
  console.log(`  nx run shop:orchestrate      ${result.orchestrateMedianMs.toFixed(0).padStart(9)}`);
  console.log(`  nx run shop:noop (run-cmds)  ${result.noopMedianMs.toFixed(0).padStart(9)}`);
  console.log(`  ratio                        ${result.ratio.toFixed(3).padStart(9)}   (goal ≤ ${result.goal})`);
  console.log(`  1-min load average: ${loadavg()[0].toFixed(2)} (${cpus().length} cores)`);
  console.log(`wrote ${writeJson('nx-cache-hit.json', result)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
