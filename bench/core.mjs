#!/usr/bin/env node
// Benchmark of `prd-orchestrator extract` end to end as a process, against a bare line scan.
// Prints a table and writes bench/out/core.json. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, totalSize } from './lib/corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusRoot = path.join(here, '.corpus');
const runs = Number(process.env.RUNS ?? 3);

const sets = [
  { name: '1 MB, many PRDs', files: ensureCorpus(path.join(corpusRoot, 'many-1mb'), 1 << 20, 10_000, 1) },
  { name: '10 MB, many PRDs', files: ensureCorpus(path.join(corpusRoot, 'many-10mb'), 10 << 20, 10_000, 2) },
  { name: '5 MB, one PRD', files: ensureCorpus(path.join(corpusRoot, 'one-5mb'), 5 << 20, 5 << 20, 3) },
];

function timed(args) {
  let best = Infinity;
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: corpusRoot, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    best = Math.min(best, ms);
    const m = /maxRSS_KB=(\d+)/.exec(r.stderr);
    if (m) rss = Math.max(rss, Number(m[1]) / 1024);
  }
  return { ms: best, rssMB: rss };
}

if (!existsSync(path.join(here, '../dist/src/cli/main.js'))) {
  console.error('bench: run `npm run build` first');
  process.exit(1);
}
const rows = [];
for (const set of sets) {
  const bytes = totalSize(set.files);
  const rel = set.files.map((f) => path.relative(corpusRoot, f));
  const ours = timed([path.join(here, 'lib/rss-child.mjs'), 'extract', '--json', ...rel]);
  const floor = timed([path.join(here, 'lib/line-scan.mjs'), ...rel]);
  rows.push({ set: set.name, files: set.files.length, MB: +(bytes / 1048576).toFixed(2), ms: Math.round(ours.ms), 'MB/s': +((bytes / 1048576) / (ours.ms / 1000)).toFixed(1), peakRssMB: Math.round(ours.rssMB), floorMs: Math.round(floor.ms), 'x floor': +(ours.ms / floor.ms).toFixed(1) });
}
console.log(`extract end to end (best of ${runs}, node ${process.version}, ${process.platform} ${process.arch})`);
console.table(rows);
const ratio = rows[1].ms / rows[0].ms;
console.log(`10 MB / 1 MB time ratio: ${ratio.toFixed(1)}x (target <= 12x); targets: >= 10 MB/s on 10 MB and on the 5 MB PRD, peak RSS <= 256 MB`);
mkdirSync(path.join(here, 'out'), { recursive: true });
writeFileSync(path.join(here, 'out/core.json'), `${JSON.stringify({ rows, ratio }, null, 2)}\n`);
