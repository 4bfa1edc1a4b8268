#!/usr/bin/env node
// Prompt tokens vs whole-PRD tokens of the LLM extractor, over the shared corpus.
//
// Runs the real extractor (dist/, so `npm run build` first) against a local OpenAI-compatible
// fake on 127.0.0.1: the token figures are those of the requests actually sent (system prompt,
// batching and all), counted with gpt-tokenizer. Also checks, on the dev corpus, that every line
// yielding an expected task (found by text search in expected.json) is in the prompt.
//
// Usage: npm run build && node bench/llm-tokens.mjs [corpusRoot]   (default ../shared/corpus)
// Prints a table and writes bench/out/llm-tokens.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countTokens } from 'gpt-tokenizer';
import { built } from './lib/dist.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'dist', 'src');
built('src/llm/index.js');
const { parsePrd } = await import(path.join(dist, 'prd', 'index.js'));
const { normalizeOptions } = await import(path.join(dist, 'options.js'));
const { runLlmExtraction, compressDocument, serializeLlmCache } = await import(path.join(dist, 'llm', 'index.js'));
const { startFakeOpenAi } = await import(path.join(dist, 'llm', 'testing', 'fake-openai.js'));
const { expectedLines } = await import(path.join(dist, 'llm', 'testing', 'expected-lines.js'));
const { extractTasks } = await import(path.join(dist, 'extract', 'index.js'));

const corpusRoot = path.resolve(process.argv[2] ?? path.join(here, '..', '..', 'shared', 'corpus'));
const readCorpus = (name) => {
  const dir = path.join(corpusRoot, name);
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .sort()
    .map((f) => parsePrd(readFileSync(path.join(dir, f)), `${name}/${f}`));
};
const corpora = { dev: readCorpus('dev'), real: readCorpus('real') };
const fake = await startFakeOpenAi();
const options = normalizeOptions({
  root: path.join(here, '..'),
  extractor: 'llm',
  // A dummy key: the fake needs none, and the bench checks it never reaches the cache.
  llm: { baseURL: fake.baseURL, apiKey: 'sk-bench-dummy-key-000', model: 'bench-model' },
});

const rows = [];
const perFile = [];
async function measure(label, docs, mode = 'llm') {
  const before = fake.requests.length;
  // As orchestrate() runs it: the real heuristic extractor's tasks, which auto mode compares with
  // and whose lines both modes put in the prompt.
  const heuristic = new Map(docs.map((d) => [d.file, extractTasks(d)]));
  const t0 = performance.now();
  const out = await runLlmExtraction({ docs, heuristic, mode, options, cache: undefined });
  const ms = performance.now() - t0;
  const again = await runLlmExtraction({ docs, heuristic, mode, options, cache: JSON.parse(serializeLlmCache(out.cache)) });
  if (serializeLlmCache(out.cache).includes('sk-bench-dummy-key-000')) throw new Error('API key found in the cache');
  rows.push({
    corpus: mode === 'llm' ? label : `${label} (auto)`,
    prds: docs.length,
    wholePrdTokens: out.stats.wholePrdTokens,
    promptTokens: out.stats.promptTokens,
    ratio: out.stats.promptTokens / out.stats.wholePrdTokens,
    requests: fake.requests.length - before - again.stats.requests,
    secondRunRequests: again.stats.requests,
    ms: Math.round(ms),
  });
}
await measure('dev', corpora.dev);
await measure('real', corpora.real);
await measure('dev+real', [...corpora.dev, ...corpora.real]);
await measure('dev+real', [...corpora.dev, ...corpora.real], 'auto');

for (const doc of [...corpora.dev, ...corpora.real]) {
  const units = compressDocument(doc, countTokens, 6000, undefined, extractTasks(doc));
  const whole = countTokens(doc.text);
  const prompt = units.reduce((s, u) => s + countTokens(u.body), 0);
  perFile.push({ file: doc.file, wholeTokens: whole, unitTokens: prompt, ratio: prompt / whole, units: units.length });
}

// Dev corpus: every line that yields an expected task must be in the prompt.
const expected = JSON.parse(readFileSync(path.join(corpusRoot, 'dev', 'expected.json'), 'utf8'));
const missing = [];
let checked = 0;
for (const doc of corpora.dev) {
  const name = path.basename(doc.file);
  const units = compressDocument(doc, countTokens, 6000, undefined, extractTasks(doc));
  const sent = new Set(units.flatMap((u) => [...u.lines.map((l) => l.line), ...(u.section !== '' ? [u.baseLine] : [])]));
  for (const { task, lines } of expectedLines(doc.text, expected[name] ?? {})) {
    checked++;
    if (lines.length === 0) missing.push(`${name}: ${task} (no line found by text search)`);
    for (const n of lines) if (!sent.has(n)) missing.push(`${name}:${n}: ${task}`);
  }
}
await fake.close();

const pct = (x) => `${(100 * x).toFixed(1)}%`;
console.log('LLM prompt tokens vs whole-PRD tokens (gpt-tokenizer o200k_base, batchTokens 6000)\n');
console.log('corpus           PRDs  whole tokens  prompt tokens  ratio   requests  2nd run  ms');
for (const r of rows) {
  console.log(
    `${r.corpus.padEnd(16)} ${String(r.prds).padStart(4)}  ${String(r.wholePrdTokens).padStart(12)}  ${String(r.promptTokens).padStart(13)}  ${pct(r.ratio).padStart(6)}  ${String(r.requests).padStart(8)}  ${String(r.secondRunRequests).padStart(7)}  ${String(r.ms).padStart(4)}`,
  );
}
console.log('\nper file (unit bodies only, without the system prompt)');
for (const f of perFile) console.log(`  ${f.file.padEnd(52)} ${String(f.wholeTokens).padStart(6)} → ${String(f.unitTokens).padStart(5)}  ${pct(f.ratio).padStart(6)}  ${f.units} units`);
console.log(`\ndev expected-task lines in the prompt: ${checked - missing.length}/${checked} tasks ${missing.length === 0 ? 'all present' : 'MISSING:'}`);
for (const m of missing) console.log(`  ${m}`);
const total = rows.find((r) => r.corpus === 'dev+real');
const pass = total.ratio <= 0.3 && missing.length === 0;
console.log(`target (prompt ≤ 30% of whole-PRD tokens over dev+real, no expected line missing): ${pass ? 'met' : 'NOT met'}`);

mkdirSync(path.join(here, 'out'), { recursive: true });
writeFileSync(path.join(here, 'out', 'llm-tokens.json'), JSON.stringify({ rows, perFile, expectedChecked: checked, missing, pass }, null, 2) + '\n');
process.exitCode = pass ? 0 : 1;
