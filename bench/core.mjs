#!/usr/bin/env node
// Benchmark of `prd-orchestrator extract` end to end as a process, against a bare line scan, on
// two corpora: "sparse" (corpus.mjs: prose-heavy, its ~2,600 resources repeat, so most tasks merge)
// and "dense" (dense.mjs: dev-corpus PRDs with unique names, ~9,000 tasks per MB, nothing merges).
// Prints a table with MB/s and tasks/s and writes bench/out/core.json. Run after `npm run build`.
//   CORPUS=dense RUNS=5 node bench/core.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, totalSize } from './lib/corpus.mjs';
import { ensureDenseCorpus } from './lib/dense.mjs';
import { built } from './lib/dist.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusRoot = path.join(here, '.corpus');
const runs = Number(process.env.RUNS ?? 3);

const corpora = (process.env.CORPUS ?? 'sparse,dense').split(',');
const sets = [
  { corpus: 'sparse', name: '1 MB, many PRDs', make: () => ensureCorpus(path.join(corpusRoot, 'many-1mb'), 1 << 20, 10_000, 1) },
  { corpus: 'sparse', name: '10 MB, many PRDs', make: () => ensureCorpus(path.join(corpusRoot, 'many-10mb'), 10 << 20, 10_000, 2) },
  { corpus: 'sparse', name: '5 MB, one PRD', make: () => ensureCorpus(path.join(corpusRoot, 'one-5mb'), 5 << 20, 5 << 20, 3) },
  { corpus: 'dense', name: '1 MB, many PRDs', make: () => ensureDenseCorpus(path.join(corpusRoot, 'dense-many-1mb'), 1 << 20, 10_000) },
  { corpus: 'dense', name: '10 MB, many PRDs', make: () => ensureDenseCorpus(path.join(corpusRoot, 'dense-many-10mb'), 10 << 20, 10_000) },
  { corpus: 'dense', name: '5 MB, one PRD', make: () => ensureDenseCorpus(path.join(corpusRoot, 'dense-one-5mb'), 5 << 20, 5 << 20) },
].filter((s) => corpora.includes(s.corpus));

function timed(args) {
  let best = Infinity;
  let rss = 0;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: corpusRoot, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    best = Math.min(best, ms);
    const m = /maxRSS_KB=(\d+)/.exec(r.stderr);
    if (m) rss = Math.max(rss, Number(m[1]) / 1024);
    const c = /cpuMs=(\d+)/.exec(r.stderr);
    if (c) cpu = Math.min(cpu, Number(c[1]));
  }
  return { ms: best, rssMB: rss, cpuMs: cpu };
}

/** Tasks in the merged output: one untimed run whose JSON is parsed here, not in the measured process. */
function countTasks(rel) {
  const r = spawnSync(process.execPath, [path.join(here, '../dist/src/cli.js'), 'extract', '--json', ...rel], { cwd: corpusRoot, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
  return JSON.parse(r.stdout).tasks.length;
}

built('src/cli.js');
const rows = [];
for (const set of sets) {
  const files = set.make();
  const bytes = totalSize(files);
  const rel = files.map((f) => path.relative(corpusRoot, f));
  const tasks = countTasks(rel);
  const ours = timed([path.join(here, 'lib/rss-child.mjs'), 'extract', '--json', ...rel]);
  const floor = timed([path.join(here, 'lib/line-scan.mjs'), ...rel]);
  rows.push({
    corpus: set.corpus,
    set: set.name,
    files: files.length,
    MB: +(bytes / 1048576).toFixed(2),
    tasks,
    ms: Math.round(ours.ms),
    'MB/s': +((bytes / 1048576) / (ours.ms / 1000)).toFixed(1),
    'tasks/s': Math.round(tasks / (ours.ms / 1000)),
    cpuMs: ours.cpuMs,
    peakRssMB: Math.round(ours.rssMB),
    floorMs: Math.round(floor.ms),
    'x floor': +(ours.ms / floor.ms).toFixed(1),
  });
}
console.log(`extract end to end (best of ${runs}, node ${process.version}, ${process.platform} ${process.arch})`);
console.table(rows);
const ratios = {};
for (const corpus of corpora) {
  const one = rows.find((r) => r.corpus === corpus && r.set.startsWith('1 MB'));
  const ten = rows.find((r) => r.corpus === corpus && r.set.startsWith('10 MB'));
  if (one && ten) ratios[corpus] = +(ten.ms / one.ms).toFixed(1);
}
console.log(`10 MB / 1 MB time ratio: ${Object.entries(ratios).map(([c, r]) => `${c} ${r}x`).join(', ')} (target <= 12x)`);
console.log('targets, on both corpora: >= 10 MB/s on 10 MB and on the 5 MB PRD, peak RSS <= 256 MB (whole processes, start-up included)');
mkdirSync(path.join(here, 'out'), { recursive: true });
writeFileSync(path.join(here, 'out/core.json'), `${JSON.stringify({ rows, ratios }, null, 2)}\n`);
