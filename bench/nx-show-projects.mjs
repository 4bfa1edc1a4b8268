#!/usr/bin/env node
// What the plugin adds to project-graph work: `nx show projects` on 20 projects holding 1,000 PRDs, with the plugin
// registered and without it (same workspace, daemon off). Goal: at most 100 ms added (median of RUNS, default 10).
// Prints a table and writes bench/out/nx-show-projects.json.
import { cpus, loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { installWorkspace, median, PLUGIN, timeNx, writeFile, writeJson, writeNxJson } from './nx-helpers.mjs';

const RUNS = Number(process.env.RUNS ?? 10);
const PROJECTS = 20;
const PRDS = 1000;

function prd(project, n) {
  return `---\nid: ${project + 1}.${n + 1}\ntitle: Feature ${n}\nowner: team-${project}\n---\n\n# Feature ${n}\n\n## 5. API Design\n\nAPI: GET, POST /api/p${project}/items${n}\nAPI: GET /api/p${project}/items${n}/:id\n\n## 6. Data Models\n\nModel: Item${n} — id, name, price\n\n## 8. Pages\n\nPage: /p${project}/items${n}\n`;
}

const root = installWorkspace('prd-bench-show-');
try {
  for (let p = 0; p < PROJECTS; p++) {
    writeFile(root, `packages/p${p}/project.json`, JSON.stringify({ name: `p${p}` }));
    writeFile(root, `packages/p${p}/src/index.ts`, 'export {};\n');
    for (let n = 0; n < PRDS / PROJECTS; n++) writeFile(root, `packages/p${p}/docs/prd/feature-${n}.md`, prd(p, n));
  }
  // A plugin that does nothing: what Nx itself charges for one more plugin (its worker process, under isolation).
  // An installed package, as ours is: a workspace-local plugin path would also pay for Nx's TypeScript loader.
  writeFile(root, 'node_modules/noop-nx-plugin/package.json', JSON.stringify({ name: 'noop-nx-plugin', version: '1.0.0', main: 'index.js' }));
  writeFile(root, 'node_modules/noop-nx-plugin/index.js', "exports.createNodesV2 = ['**/*.md', () => []];\n");
  const configs = { without: [], noop: ['noop-nx-plugin'], with: [PLUGIN] };
  // Nx runs each plugin in its own worker process by default; the second mode loads plugins in-process and so shows
  // what the plugin's own code costs, without the worker start-up that any plugin pays.
  const modes = { isolated: {}, 'in-process': { NX_ISOLATE_PLUGINS: 'false' } };
  const load = [loadavg()[0]];
  const result = { runs: RUNS, projects: PROJECTS, prds: PRDS, goalMs: 100, modes: {} };
  for (const [mode, modeEnv] of Object.entries(modes)) {
    const times = { without: [], noop: [], with: [] };
    for (const name of ['without', 'noop', 'with']) {
      writeNxJson(root, configs[name]);
      timeNx(root, ['show', 'projects'], modeEnv);
    }
    for (let i = 0; i < RUNS; i++) {
      // ABBA order, so that run order and drifting machine load weigh on both sides alike.
      for (const name of i % 2 === 0 ? ['without', 'noop', 'with'] : ['with', 'noop', 'without']) {
        writeNxJson(root, configs[name]);
        const { ms, output } = timeNx(root, ['show', 'projects'], modeEnv);
        if (output.trim().split('\n').filter((line) => /^p\d+$/.test(line.trim())).length !== PROJECTS) throw new Error(`expected ${PROJECTS} projects:\n${output}`);
        times[name].push(ms);
      }
    }
    result.modes[mode] = {
      withoutMedianMs: median(times.without),
      noopMedianMs: median(times.noop),
      withMedianMs: median(times.with),
      addedMs: median(times.with) - median(times.without),
      addedOverNoopMs: median(times.with) - median(times.noop),
      times,
    };
  }
  writeNxJson(root, [PLUGIN]);
  const targets = JSON.parse(timeNx(root, ['show', 'project', 'p0', '--json']).output.replace(/^[^{]*/, '')).targets;
  if (!targets.orchestrate) throw new Error('the plugin inferred no orchestrate target');
  load.push(loadavg()[0]);
  result.loadAverage = load;
  console.log(`nx show projects, ${PROJECTS} projects, ${PRDS} PRDs, daemon off, median of ${RUNS} ms`);
  console.log('  plugins loaded        without  no-op plugin   with  added  (goal ≤ 100)  added over a no-op plugin');
  for (const [mode, m] of Object.entries(result.modes)) {
    console.log(`  ${mode.padEnd(18)} ${m.withoutMedianMs.toFixed(0).padStart(9)} ${m.noopMedianMs.toFixed(0).padStart(13)} ${m.withMedianMs.toFixed(0).padStart(6)} ${m.addedMs.toFixed(0).padStart(6)} ${m.addedOverNoopMs.toFixed(0).padStart(27)}`);
  }
  console.log(`  1-min load average before/after: ${load.map((l) => l.toFixed(2)).join(' / ')} (${cpus().length} cores)`);
  console.log(`wrote ${writeJson('nx-show-projects.json', result)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
