#!/usr/bin/env node
// A/B of two builds on one input: runs of `extract --json` (or any CLI command) alternate between
// build A and build B, and the medians of wall time, CPU time (start-up included) and peak RSS are
// printed. On a shared machine absolute figures drift from one minute to the next; alternating
// runs of the two builds and comparing medians is what a speed-up claim needs.
//   node bench/ab.mjs <dir A> <dir B> <PRD file or folder> [runs=5] [command, default "extract"]
// Each dir is a checkout or copy with `dist/` built and `bench/lib/rss-child.mjs`, e.g. the
// previous build copied aside before rebuilding:
//   cp -r dist bench package.json /tmp/before/ && ln -s "$PWD/node_modules" /tmp/before/
//   npm run build && node bench/ab.mjs /tmp/before . bench/.corpus/dense-many-10mb 5
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const [a, b, input, runsArg, command = 'extract'] = process.argv.slice(2);
if (!a || !b || !input) {
  console.error('usage: node bench/ab.mjs <dir A> <dir B> <PRD file or folder> [runs] [command]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const files = statSync(input).isDirectory() ? readdirSync(input).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(input, f)) : [input];
const args = command === 'extract' ? ['extract', '--json', ...files] : command.split(' ');
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const results = { A: { ms: [], cpu: [], rss: [] }, B: { ms: [], cpu: [], rss: [] } };
for (let i = 0; i < runs; i++) {
  // ABAB… then BABA…: neither build always runs right after the other.
  const order = i % 2 === 0 ? [['A', a], ['B', b]] : [['B', b], ['A', a]];
  for (const [name, dir] of order) {
    const started = performance.now();
    const r = spawnSync(process.execPath, [path.resolve(dir, 'bench/lib/rss-child.mjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - started;
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    results[name].ms.push(ms);
    results[name].cpu.push(Number(/cpuMs=(\d+)/.exec(r.stderr)?.[1]));
    results[name].rss.push(Number(/maxRSS_KB=(\d+)/.exec(r.stderr)?.[1]) / 1024);
  }
}
console.log(`${files.length} PRD file(s), ${runs} alternated runs per build, medians:`);
for (const name of ['A', 'B']) {
  const r = results[name];
  console.log(`${name}: wall ${Math.round(median(r.ms))} ms, CPU ${median(r.cpu)} ms, peak RSS ${Math.round(median(r.rss))} MB  (CPU of each run: ${r.cpu.join(', ')})`);
}
