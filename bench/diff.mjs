#!/usr/bin/env node
// `prd-orchestrator diff` of 1,000 PRDs (≈ 10 MB) between two commits of a real git repository,
// against a plain `prd-orchestrator run` of the same PRDs. Goal: diff ≤ 2 × run (median of RUNS,
// default 5). The head commit edits 10% of the PRDs (a method, a field, a rule). Prints a table
// and writes bench/out/diff.json. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePrd, rng } from './lib/corpus.mjs';
import { built } from './lib/dist.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [cli] = built('src/cli.js');
const runs = Number(process.env.RUNS ?? 5);
const count = Number(process.env.PRDS ?? 1000);

const git = (root, ...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

/** A repository whose HEAD~1 holds `count` PRDs and whose HEAD edits a tenth of them. */
function repository() {
  // Under the system temp folder, as bench/scale.mjs: file creation in /work measures the disk.
  const root = path.join(os.tmpdir(), 'prd-orchestrator-bench', `diff-${count}`);
  if (existsSync(path.join(root, '.git', 'bench-done'))) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'docs/prd'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'bench@example.com');
  git(root, 'config', 'user.name', 'bench');
  const random = rng(count);
  const texts = [];
  for (let i = 0; i < count; i++) {
    texts.push(makePrd(random, i, 10_000));
    writeFileSync(path.join(root, `docs/prd/prd-${i}.md`), texts[i]);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  for (let i = 0; i < count; i += 10) {
    const edited = texts[i].replace('API: GET, POST ', 'API: GET ').replace(/\| (\w+) \| number \|/, '| $1 | string |') + `\n## Added\n\n- The service must keep change ${i} for a year.\n`;
    writeFileSync(path.join(root, `docs/prd/prd-${i}.md`), edited);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'head');
  writeFileSync(path.join(root, '.git', 'bench-done'), '');
  return root;
}

function time(args, root) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && !(args[0] === 'diff' && r.status === 1)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const root = repository();
const run = [];
const diff = [];
let summary;
// Alternate the two so that load on the machine falls on both alike; the first run writes the outputs.
time(['run', '--out', '.bench-out'], root);
for (let i = 0; i < runs; i++) {
  run.push(time(['run', '--out', '.bench-out'], root).ms);
  const d = time(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--json'], root);
  diff.push(d.ms);
  summary = JSON.parse(d.stdout).summary;
}
const rows = [
  { what: `run (${count} PRDs)`, medianMs: Math.round(median(run)), bestMs: Math.round(Math.min(...run)) },
  { what: `diff HEAD~1..HEAD (${count} PRDs, ${count / 10} edited)`, medianMs: Math.round(median(diff)), bestMs: Math.round(Math.min(...diff)) },
];
const ratio = median(diff) / median(run);
console.table(rows);
console.log(`changes: ${JSON.stringify(summary)}`);
console.log(`diff / run (medians of ${runs}): ${ratio.toFixed(2)} (goal ≤ 2)`);
mkdirSync(path.join(here, 'out'), { recursive: true });
writeFileSync(path.join(here, 'out/diff.json'), `${JSON.stringify({ rows, ratio, summary }, null, 2)}\n`);
process.exit(ratio <= 2 ? 0 : 1);
