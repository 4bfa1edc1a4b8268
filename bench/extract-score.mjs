#!/usr/bin/env node
// Scores the extractor on a folder of PRDs with an `expected.json` in the notation of
// ../shared/corpus/README.md: recall and precision of APIs, models and pages, and the share of
// expected field types, rule texts, non-rules and rule ids that come out right.
//   node bench/extract-score.mjs <folder> [--detail] [--cli path/to/dist/src/cli.js]
// --detail lists, per file, what was missed and what came out that was not expected.
// --cli scores another build (an older checkout, say), so two builds compare on one set; the
// scoring itself is this build's (src/testing/score.ts).
// Each PRD is read on its own with `extract --json`, as a user would run it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreTasks, totalScore } from '../dist/src/testing/score.js';

const args = process.argv.slice(2);
const detail = args.includes('--detail');
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? path.resolve(args[cliAt + 1]) : fileURLToPath(new URL('../dist/src/cli.js', import.meta.url));
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--cli');
if (!dir) {
  console.error('usage: node bench/extract-score.mjs <folder with expected.json> [--detail] [--cli <cli.js>]');
  process.exit(2);
}
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
const scores = [];
for (const [file, want] of Object.entries(expected)) {
  const out = execFileSync(process.execPath, [cli, 'extract', '--json', path.join(dir, file)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const score = scoreTasks(JSON.parse(out).tasks, want);
  scores.push(score);
  if (detail && score.misses.length) console.log(`${file}\n${score.misses.map((m) => `  ${m}`).join('\n')}`);
}
for (const [measure, { hit, of }] of Object.entries(totalScore(scores)))
  console.log(`${measure.padEnd(20)} ${String(hit).padStart(5)}/${String(of).padEnd(5)} ${of ? `${((100 * hit) / of).toFixed(1)}%` : '—'}`);
