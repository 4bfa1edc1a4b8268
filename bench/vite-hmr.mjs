#!/usr/bin/env node
// Benchmark: from a PRD write to the HMR message on the Vite websocket, through the real plugin
// (dist/plugin/vite.js) on a real dev server. PRDs of 2 KB, 20 KB, 100 KB and 1 MB, and dense PRDs
// of 100 KB and 1 MB (dev-corpus chunks with unique names, ~9,000 tasks per MB: bench/lib/dense.mjs)
// get a one-line edit per sample; the table shows p50/p95 of the whole path (write → HMR message, and
// write → the updated `virtual:prd` served, fetched as the page would), of the file watcher alone and
// of a direct `orchestrate()` run with the same edit (the pipeline's share). Then a same-bytes save
// must send nothing. A save is one write(2), as an editor's: `fs.promises.writeFile` writes 1 MB in
// two 512 KiB chunks, and the watcher may report (and the plugin run on) the first half alone. Prints a table and writes bench/out/vite-hmr.json.
//   npm run build && node bench/vite-hmr.mjs [--samples 30] [--only 'dense 100 KB,dense 1 MB'] [--dist path/to/dist]
// --dist measures another build (a before/after figure: the plugin and orchestrate() of that dist).
import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import WebSocket from 'ws';
import { denseChunk } from './lib/dense.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argDist = process.argv.indexOf('--dist');
const distDir = argDist > 0 ? path.resolve(process.argv[argDist + 1]) : path.join(repo, 'dist');
const dist = path.join(distDir, 'plugin', 'vite.js');
if (!existsSync(dist)) {
  console.error(`bench/vite-hmr: ${dist} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const { prdOrchestrator } = await import(dist);
const { orchestrate } = await import(path.join(distDir, 'src', 'index.js'));

const argSamples = process.argv.indexOf('--samples');
const SAMPLES = argSamples > 0 ? Number(process.argv[argSamples + 1]) : 30;
const SIZES = [
  ['2 KB', 2 * 1024, makePrd],
  ['20 KB', 20 * 1024, makePrd],
  ['100 KB', 100 * 1024, makePrd],
  ['1 MB', 1024 * 1024, makePrd],
  ['dense 100 KB', 100 * 1024, makeDensePrd],
  ['dense 1 MB', 1024 * 1024, makeDensePrd],
];
const EDIT_LINE = 'API: GET /api/bench/edit-0';
const HEAD = `---\nid: 9.9.9\ntitle: Bench\nowner: bench\n---\n\n# Bench\n\n## 1. Overview\n\n${EDIT_LINE}\n\n`;

/** A PRD of about `bytes` bytes: frontmatter, numbered sections with endpoints, models, pages and prose. */
function makePrd(bytes) {
  const parts = [HEAD];
  let size = HEAD.length;
  for (let i = 1; size < bytes; i++) {
    const section =
      `## ${i + 1}. Resource ${i}\n\n` +
      `The system must keep resource ${i} consistent when two users edit it at once.\n\n` +
      `API: GET, POST /api/resources-${i}\n` +
      `API: GET, PATCH /api/resources-${i}/:id\n\n` +
      `Model: Resource${i} — id, name, total, createdAt\n\n` +
      `Page: /resources-${i}\n\n` +
      `Users browse resources and open one to see its history, its owners and the changes made to it. ` +
      `Nothing here is an endpoint; prose like this makes up most of a real PRD.\n\n`;
    parts.push(section);
    size += section.length;
  }
  return parts.join('');
}

/** A dense PRD of about `bytes` bytes: the same head, then dev-corpus chunks in which nothing merges. */
function makeDensePrd(bytes) {
  const parts = [HEAD];
  let size = HEAD.length;
  for (let n = 0; size < bytes; n++) {
    const chunk = denseChunk(n);
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}

/** A save in one write(2). */
const save = (file, text) => writeFileSync(file, text);

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (n) => Math.round(n * 10) / 10;

async function until(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function benchSize(label, bytes, make) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'prd-bench-vite-'));
  const prdFile = path.join(root, 'docs', 'prd', 'bench.md');
  await mkdir(path.dirname(prdFile), { recursive: true });
  const text = make(bytes);
  await writeFile(prdFile, text);
  await writeFile(path.join(root, 'main.js'), "import { manifest } from 'virtual:prd';\nwindow.m = manifest;\nimport.meta.hot.accept('virtual:prd', () => {});\n");

  const plugin = prdOrchestrator();
  const server = await createServer({ root, configFile: false, logLevel: 'silent', cacheDir: path.join(root, '.vite'), server: { host: '127.0.0.1', port: 0 }, plugins: [plugin] });
  await server.listen();
  const { port } = server.httpServer.address();
  const base = `http://127.0.0.1:${port}`;
  await (await fetch(`${base}/main.js`)).text();
  await (await fetch(`${base}/@id/__x00__virtual:prd`)).text();

  const messages = [];
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?token=${server.config.webSocketToken}`, 'vite-hmr');
  ws.on('message', (data) => {
    const payload = JSON.parse(String(data));
    if (payload.type !== 'connected') messages.push({ at: performance.now(), payload });
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));

  let watcherAt = 0;
  server.watcher.on('change', (file) => {
    if (path.resolve(file) === prdFile) watcherAt = performance.now();
  });
  // The watcher's first scan is asynchronous: touch until it reports the file.
  await until(async () => {
    save(prdFile, text);
    await new Promise((r) => setTimeout(r, 100));
    return watcherAt > 0;
  }, 'the watcher');
  await plugin.api.idle();
  messages.length = 0;

  const total = [];
  const served = [];
  const watcher = [];
  const inPlugin = [];
  for (let i = 1; i <= SAMPLES; i++) {
    const from = messages.length;
    watcherAt = 0;
    const edited = text.replace(EDIT_LINE, `API: GET /api/bench/edit-${i}`);
    const t0 = performance.now();
    save(prdFile, edited);
    await until(() => messages.length > from, `the HMR message of sample ${i}`).catch((e) => { console.error({ watcherAt, runs: plugin.api.runs(), error: plugin.api.error(), tasks: plugin.api.manifest().tasks.length, msgs: messages.slice(-3).map((m) => JSON.stringify(m.payload).slice(0, 300)) }); throw e; });
    const message = messages[from];
    if (message.payload.type !== 'update') throw new Error(`expected an update, got ${JSON.stringify(message.payload).slice(0, 200)}`);
    total.push(message.at - t0);
    // What the page does next: import the updated module (Vite transforms it on request).
    const update = message.payload.updates.find((u) => u.acceptedPath === '\0virtual:prd');
    if (!update) throw new Error(`expected an update of virtual:prd, got ${JSON.stringify(message.payload).slice(0, 200)}`);
    const code = await (await fetch(`${base}/@id/__x00__virtual:prd?t=${update.timestamp}`)).text();
    if (!code.includes(`/api/bench/edit-${i}`)) throw new Error(`sample ${i}: the served virtual:prd lacks the edit`);
    served.push(performance.now() - t0);
    if (watcherAt) watcher.push(watcherAt - t0);
    inPlugin.push(plugin.api.lastRunMs());
    await plugin.api.idle();
    // Vite's watcher suppresses a second change of a file within 50 ms: space the samples out.
    await new Promise((r) => setTimeout(r, 80));
  }

  // Same bytes again: the watcher fires, the plugin must send nothing.
  const runsBefore = plugin.api.runs();
  const before = messages.length;
  watcherAt = 0;
  const last = text.replace(EDIT_LINE, `API: GET /api/bench/edit-${SAMPLES}`);
  save(prdFile, last);
  await until(() => watcherAt > 0, 'the same-bytes save');
  await plugin.api.idle();
  await new Promise((r) => setTimeout(r, 300));
  const noChange = { messages: messages.length - before, runs: plugin.api.runs() - runsBefore };
  const tasks = plugin.api.manifest().tasks.length;

  ws.close();
  await server.close();

  // The pipeline alone, in this process, with the same one-line edit (its memo is warm after the first call).
  const pipeline = [];
  const opts = { root, outDir: 'src/generated/prd' };
  await orchestrate(opts);
  for (let i = 1; i <= SAMPLES; i++) {
    await writeFile(prdFile, text.replace(EDIT_LINE, `API: GET /api/bench/direct-${i}`));
    const t0 = performance.now();
    const result = await orchestrate(opts);
    pipeline.push(performance.now() - t0);
    if (result.errors.length) throw new Error(result.errors[0].format());
  }
  await rm(root, { recursive: true, force: true });

  return {
    size: label,
    bytes: Buffer.byteLength(text),
    tasks,
    samples: SAMPLES,
    writeToHmr: { p50: round(percentile(total, 50)), p95: round(percentile(total, 95)) },
    writeToModule: { p50: round(percentile(served, 50)), p95: round(percentile(served, 95)) },
    writeToWatcher: { p50: round(percentile(watcher, 50)), p95: round(percentile(watcher, 95)) },
    orchestrateInPlugin: { p50: round(percentile(inPlugin, 50)), p95: round(percentile(inPlugin, 95)) },
    orchestrate: { p50: round(percentile(pipeline, 50)), p95: round(percentile(pipeline, 95)) },
    noChangeSave: noChange,
  };
}

const results = [];
// --only '1 MB' measures one size; --only 'dense 100 KB,dense 1 MB' several.
const argOnly = process.argv.indexOf('--only');
const only = argOnly > 0 ? process.argv[argOnly + 1].split(',') : undefined;
for (const [label, bytes, make] of SIZES) if (!only || only.includes(label)) results.push(await benchSize(label, bytes, make));

console.log(`\nPRD write → HMR message on the Vite websocket (${path.relative(process.cwd(), distDir) || '.'}; ${SAMPLES} one-line edits per size, ${os.cpus().length} cores, Node ${process.versions.node})\n`);
console.log('size          bytes      tasks   write→HMR p50/p95       write→module p50/p95    write→watcher p50/p95   orchestrate in plugin   orchestrate() alone     same-bytes save');
for (const r of results) {
  const pair = (x) => `${x.p50} / ${x.p95} ms`.padEnd(24);
  console.log(
    `${r.size.padEnd(13)} ${String(r.bytes).padEnd(10)} ${String(r.tasks).padEnd(7)} ${pair(r.writeToHmr)}${pair(r.writeToModule)}${pair(r.writeToWatcher)}${pair(r.orchestrateInPlugin)}${pair(r.orchestrate)}${r.noChangeSave.messages} messages, ${r.noChangeSave.runs} runs`,
  );
}
const out = path.join(repo, 'bench', 'out');
await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'vite-hmr.json'), JSON.stringify({ node: process.versions.node, cores: os.cpus().length, results }, null, 2) + '\n');
console.log(`\nwrote ${path.relative(repo, path.join(out, 'vite-hmr.json'))}`);
