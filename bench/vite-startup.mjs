#!/usr/bin/env node
// Benchmark: the plugin's share of `vite dev` start-up. Each sample is a fresh Node process on a
// fresh copy of the example app (examples/apps/web): after Vite itself is loaded, it times
// importing the plugin, `createServer()`, `listen()` and the plugin's first generation (ready: the
// outputs are on disk), then the plugin's start-up work that follows (idle: the code scan for
// `coverage`, which `vite dev` runs after its first generation). `listen()` resolves once the
// plugin's buildStart, the first generation, is done: the server answers requests from then on. Configurations run interleaved, so machine load hits them alike:
//   - `vite`: no plugin (the floor);
//   - `plugin`: prdOrchestrator() with its defaults (the requirements page at /__prd/ included);
//   - `plugin, page: false`: the same without the page;
//   - `baseline`: prdOrchestrator() from another build, with `--baseline <dist>` (for a before/after
//     figure: build main into a folder inside this repo and pass its dist).
// Prints min/p50/p95 of the wall time to idle per configuration, the p50 to listening, the p50 of the CPU time the process spent
// on the same span (user + system: what the plugin costs, much less disturbed than wall time on a
// busy machine), and each configuration's median difference from `plugin` in both, taken sample by
// sample (the samples of one round run back to back), and writes bench/out/vite-startup.json.
//   npm run build && node bench/vite-startup.mjs [--samples 15] [--baseline path/to/dist]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const repo = path.resolve(path.dirname(here), '..');
const EXAMPLE = path.join(repo, 'examples', 'apps', 'web');

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4], process.argv[5]);
  process.exit(0);
}

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SAMPLES = Number(arg('--samples', '15'));
const dist = path.join(repo, 'dist');
if (!existsSync(path.join(dist, 'plugin', 'vite.js'))) {
  console.error('bench/vite-startup: dist/plugin/vite.js is missing; run `npm run build` first');
  process.exit(1);
}
const baseline = arg('--baseline', undefined);
const configs = [
  { name: 'vite', dist, mode: 'none' },
  { name: 'plugin', dist, mode: 'plugin' },
  { name: 'plugin, page: false', dist, mode: 'page-off' },
  ...(baseline ? [{ name: 'baseline plugin', dist: path.resolve(baseline), mode: 'plugin' }] : []),
];

/** One sample: a fresh copy of the example and a fresh process. @returns ms to ready */
async function sample(config) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'prd-bench-startup-'));
  try {
    await cp(EXAMPLE, root, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|generated)([\\/]|$)/.test(path.relative(EXAMPLE, src)) });
    await symlink(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    const r = spawnSync(process.execPath, [here, '--child', config.dist, config.mode, root], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`child failed (${config.name}): ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const round = (n) => Math.round(n * 10) / 10;

const results = Object.fromEntries(configs.map((c) => [c.name, []]));
const imports = Object.fromEntries(configs.map((c) => [c.name, []]));
const cpu = Object.fromEntries(configs.map((c) => [c.name, []]));
const listening = Object.fromEntries(configs.map((c) => [c.name, []]));
await sample(configs[0]); // warm the file system cache once
for (let i = 0; i < SAMPLES; i++) {
  // Rotate the order each round: no configuration always runs first after a pause.
  for (let j = 0; j < configs.length; j++) {
    const config = configs[(i + j) % configs.length];
    const r = await sample(config);
    results[config.name].push(r.ms);
    imports[config.name].push(r.importMs);
    cpu[config.name].push(r.cpuMs);
    listening[config.name].push(r.listenMs);
  }
}
const reference = configs[1].name;
const rows = configs.map((c) => ({
  config: c.name,
  min: round(Math.min(...results[c.name])),
  p50: round(percentile(results[c.name], 50)),
  p95: round(percentile(results[c.name], 95)),
  importP50: round(percentile(imports[c.name], 50)),
  listenP50: round(percentile(listening[c.name], 50)),
  listenPairedDelta: round(percentile(listening[c.name].map((ms, i) => ms - listening[reference][i]), 50)),
  pairedDelta: round(percentile(results[c.name].map((ms, i) => ms - results[reference][i]), 50)),
  cpuP50: round(percentile(cpu[c.name], 50)),
  cpuPairedDelta: round(percentile(cpu[c.name].map((ms, i) => ms - cpu[reference][i]), 50)),
}));
console.log(`vite dev start-up of examples/apps/web (import plugin + createServer + listen with the first generation, then idle), ${SAMPLES} samples each, ms`);
console.log(`| configuration | listening p50 | listening Δ vs ${reference}, median | idle min | idle p50 | idle p95 | plugin import p50 | idle Δ vs ${reference}, median | CPU p50 | CPU Δ vs ${reference}, median |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.config} | ${r.listenP50} | ${r.listenPairedDelta} | ${r.min} | ${r.p50} | ${r.p95} | ${r.importP50} | ${r.pairedDelta} | ${r.cpuP50} | ${r.cpuPairedDelta} |`);
const out = path.join(repo, 'bench', 'out');
await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'vite-startup.json'), `${JSON.stringify({ samples: SAMPLES, node: process.version, cores: os.availableParallelism(), rows, raw: { wall: results, listening, cpu } }, null, 2)}\n`);

/** In a fresh process: time from Vite loaded to the plugin's first generation done. */
async function child(distDir, mode, root) {
  const { createServer } = await import('vite');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const plugins = [];
  let plugin;
  let importMs = 0;
  if (mode !== 'none') {
    const { prdOrchestrator } = await import(path.join(distDir, 'plugin', 'vite.js'));
    importMs = performance.now() - t0;
    plugin = prdOrchestrator(mode === 'page-off' ? { page: false } : {});
    plugins.push(plugin);
  }
  const server = await createServer({ root, configFile: false, logLevel: 'silent', cacheDir: path.join(root, '.vite'), server: { host: '127.0.0.1', port: 0 }, plugins });
  await server.listen();
  const listenMs = performance.now() - t0;
  if (plugin) await plugin.api.idle();
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu0);
  await server.close();
  console.log(JSON.stringify({ ms, listenMs, importMs, cpuMs: (used.user + used.system) / 1000 }));
}
