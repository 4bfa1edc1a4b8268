#!/usr/bin/env node
// Scores the extractor on a folder of PRDs with an `expected.json` in the notation of
// ../shared/corpus/README.md: recall and precision of APIs, models and pages, and the share of
// expected field types, rule texts, non-rules and rule ids that come out right.
//   node bench/extract-score.mjs <folder> [--detail] [--cli path/to/dist/src/cli.js]
// --detail lists, per file, what was missed and what came out that was not expected.
// A method-less endpoint counts as `ANY /path`: the corpus never expects one, so it costs precision.
// --cli scores another build (an older checkout, say), so two builds compare on one set.
// Each PRD is read on its own with `extract --json`, as a user would run it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Parameters in any notation as `:p` (the corpus README's form). */
const p = (s) => s.replace(/:[^/ ]+/g, ':p').replace(/\{[^}/]*\}/g, ':p').replace(/\[[^\]/]*\]/g, ':p');
const modelKey = (name) => name.toLowerCase().replace(/s$/, '');
const typeKey = (type) => type.replace(/\s+/g, '').split('|').sort().join('|');

const totals = {};
const count = (kind, hit, of) => {
  totals[kind] ??= { hit: 0, of: 0 };
  totals[kind].hit += hit;
  totals[kind].of += of;
};

for (const [file, want] of Object.entries(expected)) {
  const out = execFileSync(process.execPath, [cli, 'extract', '--json', path.join(dir, file)], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  const tasks = JSON.parse(out).tasks;
  const got = {
    apis: tasks.filter((t) => t.kind === 'api').flatMap((t) => (t.methods.length ? t.methods : ['ANY']).map((m) => `${m} ${p(t.path)}`)),
    models: tasks.filter((t) => t.kind === 'model').map((t) => modelKey(t.name)),
    pages: tasks.filter((t) => t.kind === 'page').map((t) => p(t.route)),
  };
  const wanted = { apis: want.apis.map(p), models: want.models.map(modelKey), pages: want.pages.map(p) };
  const lines = [];
  for (const kind of ['apis', 'models', 'pages']) {
    const g = new Set(got[kind]);
    const w = new Set(wanted[kind]);
    const missed = [...w].filter((x) => !g.has(x));
    const extra = [...g].filter((x) => !w.has(x));
    count(`${kind} recall`, w.size - missed.length, w.size);
    count(`${kind} precision`, g.size - extra.length, g.size);
    if (missed.length) lines.push(`  missed ${kind}: ${missed.join(', ')}`);
    if (extra.length) lines.push(`  extra ${kind}: ${extra.join(', ')}`);
  }
  for (const [model, fields] of Object.entries(want.fields ?? {})) {
    const task = tasks.find((t) => t.kind === 'model' && modelKey(t.name) === modelKey(model));
    const have = new Map((task?.fields ?? []).map((f) => [`${f.name}${f.optional ? '?' : ''}`, typeKey(f.type)]));
    for (const [name, type] of Object.entries(fields)) {
      const ok = have.get(name) === typeKey(type);
      count('fields', ok ? 1 : 0, 1);
      if (!ok) lines.push(`  field ${model}.${name}: want ${type}, got ${task ? (have.get(name) ?? [...have.keys()].find((k) => k.replace('?', '') === name.replace('?', '')) ?? 'none') : 'no model'}`);
    }
  }
  const rules = tasks.filter((t) => t.kind === 'rule');
  for (const text of want.rules ?? []) {
    const ok = rules.some((r) => r.text.includes(text));
    count('rules', ok ? 1 : 0, 1);
    if (!ok) lines.push(`  missed rule: ${text}`);
  }
  for (const text of want.notRules ?? []) {
    const taken = rules.find((r) => r.text.includes(text));
    count('non-rules kept out', taken ? 0 : 1, 1);
    if (taken) lines.push(`  non-rule taken: ${text}  <- ${taken.text.slice(0, 100)}`);
  }
  for (const id of want.ruleIds ?? []) {
    const ok = rules.filter((r) => r.id === id).length === 1;
    count('rule ids', ok ? 1 : 0, 1);
    if (!ok) lines.push(`  rule id ${id}: ${rules.filter((r) => r.id === id).length} rules`);
  }
  if (detail && lines.length) console.log(`${file}\n${lines.join('\n')}`);
}

const pct = ({ hit, of }) => (of ? `${((100 * hit) / of).toFixed(1)}%` : '—');
for (const [kind, t] of Object.entries(totals)) console.log(`${kind.padEnd(20)} ${String(t.hit).padStart(5)}/${String(t.of).padEnd(5)} ${pct(t)}`);
const sum = (suffix) =>
  ['apis', 'models', 'pages'].reduce((acc, k) => ({ hit: acc.hit + (totals[`${k} ${suffix}`]?.hit ?? 0), of: acc.of + (totals[`${k} ${suffix}`]?.of ?? 0) }), { hit: 0, of: 0 });
console.log(`${'tasks recall'.padEnd(20)} ${pct(sum('recall'))}\n${'tasks precision'.padEnd(20)} ${pct(sum('precision'))}`);
