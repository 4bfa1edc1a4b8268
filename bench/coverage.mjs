#!/usr/bin/env node
// Benchmark: coverage over a generated project of 5,000 source files (Express routers mounted from one
// app, Next.js route handlers and pages, models with zod schemas, test files) and PRDs naming most of
// what they implement. Measures the cold scan (find + read + parse + link), the match against the PRD
// tasks, and the re-check after one saved file: in-process (scanner.update + match + the JSON the Vite
// plugin serves) and through a real Vite dev server (the plugin's own figure after a real watcher event).
// Targets: cold scan ≤ 3 s, re-check ≤ 50 ms. Prints a table and writes bench/out/coverage.json.
//   npm run build && node bench/coverage.mjs [--files 5000] [--samples 20]
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { built } from './lib/dist.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mainEntry, coverageEntry, viteEntry] = built('src/index.js', 'src/coverage/index.js', 'plugin/vite.js');
const { orchestrate } = await import(mainEntry);
const { createCoverageScanner, createCoverageMatcher, matchCoverage, prepareTasks } = await import(coverageEntry);
const { prdOrchestrator } = await import(viteEntry);
const { createServer } = await import('vite');

const arg = (name, fallback) => (process.argv.indexOf(name) > 0 ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const FILES = arg('--files', 5000);
const SAMPLES = arg('--samples', 20);
const GROUP = Math.floor(FILES / 5);

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const round = (n) => Math.round(n * 10) / 10;

/** The project: GROUP files of each kind, and PRDs that ask for 90% of what the code has, plus some it lacks. */
async function generate(root) {
  const write = async (file, text) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  };
  const files = [];
  const imports = [];
  const mounts = [];
  for (let i = 0; i < GROUP; i++) {
    files.push([`src/routes/r${i}.ts`, `import { Router } from 'express';\n\nexport const r${i} = Router();\n\nr${i}.get('/items-${i}', (_req, res) => res.json([]));\nr${i}.post('/items-${i}', (req, res) => res.status(201).json(req.body));\nr${i}\n  .route('/items-${i}/:id')\n  .get((req, res) => res.json({ id: req.params.id }))\n  .delete((_req, res) => res.status(204).end());\n`]);
    imports.push(`import { r${i} } from './routes/r${i}.js';`);
    mounts.push(`app.use('/api', r${i});`);
    files.push([`app/api/next-${i}/[id]/route.ts`, `import { NextResponse } from 'next/server';\n\nexport async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  return NextResponse.json({ id });\n}\n\nexport async function PATCH(req: Request) {\n  return NextResponse.json(await req.json());\n}\n`]);
    files.push([`app/pages-${i}/[id]/page.tsx`, `export default async function Page${i}({ params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  return <main><h1>Item ${i}</h1><p>{id}</p></main>;\n}\n`]);
    files.push([`src/models/m${i}.ts`, `import { z } from 'zod';\n\nexport interface Thing${i} {\n  id: string;\n  name: string;\n  total: number;\n}\n\nexport const Other${i}Schema = z.object({ id: z.string(), createdAt: z.string() });\n\nexport function label${i}(t: Thing${i}): string {\n  return \`\${t.name} (\${t.total})\`;\n}\n`]);
    files.push([`tests/r${i}.test.ts`, `import { describe, expect, it } from 'vitest';\nimport request from 'supertest';\nimport { app } from '../src/app.js';\n\ndescribe('items ${i}', () => {\n  it('lists', async () => {\n    expect((await request(app).get('/api/items-${i}')).status).toBe(200);\n  });\n  it('reads one', async () => {\n    expect((await request(app).get(\`/api/items-${i}/\${7}\`)).status).toBe(200);\n  });\n});\n`]);
  }
  files.push(['src/app.ts', `import express from 'express';\n${imports.join('\n')}\n\nexport const app = express();\n${mounts.join('\n')}\n`]);
  for (let start = 0, n = 0; start < GROUP; start += 100, n++) {
    const lines = ['# Items ' + n, ''];
    for (let i = start; i < Math.min(GROUP, start + 100); i++) {
      if (i % 10 === 9) continue; // a tenth of the code is in no PRD: orphans
      lines.push(`## Item ${i}`, '', `API: GET, POST /api/items-${i}`, `API: GET, PUT /api/items-${i}/:id`, `API: GET, PATCH /api/next-${i}/:id`, `Page: /pages-${i}/:id — Item ${i}`, `Model: Thing${i} — id, name, total`, '');
    }
    files.push([`docs/prd/items-${n}.md`, lines.join('\n')]);
  }
  await Promise.all(files.map(([f, t]) => write(f, t)));
  return files.filter(([f]) => !f.endsWith('.md')).length;
}

const root = await mkdtemp(path.join(os.tmpdir(), 'prd-bench-coverage-'));
const sourceFiles = await generate(root);
const run = await orchestrate({ root, mode: 'dry-run' });
const tasks = run.manifest.tasks;

// Cold scan: a fresh session each time (the OS file cache is warm after the first).
// CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
const cold = [];
const coldCpu = [];
let index;
for (let i = 0; i < 3; i++) {
  const scanner = createCoverageScanner({ root });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  index = await scanner.scan();
  const c = process.cpuUsage(c0);
  cold.push(performance.now() - t0);
  coldCpu.push((c.user + c.system) / 1000);
}
const t1 = performance.now();
const result = matchCoverage(tasks, index);
const matchMs = performance.now() - t1;

// Re-check after one saved file, in-process: what the Vite plugin does on a save (scanner and matcher
// sessions: re-read the file, re-link routers, re-match the tasks its keys touch, the JSON text).
const scanner = createCoverageScanner({ root });
await scanner.scan();
const matcher = createCoverageMatcher(prepareTasks(tasks));
matcher.update(scanner.files().keys(), scanner.files());
matcher.jsonText();
const saved = path.join(root, 'src/routes/r3.ts');
const inProcess = [];
const inProcessCpu = [];
for (let i = 0; i < SAMPLES; i++) {
  await writeFile(saved, `import { Router } from 'express';\n\nexport const r3 = Router();\n\nr3.get('/items-3', (_req, res) => res.json([]));\nr3.put('/items-3/:id', (_req, res) => res.end()); // ${i}\n`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  matcher.update(await scanner.updateFiles([saved]), scanner.files());
  matcher.jsonText();
  const c = process.cpuUsage(c0);
  inProcess.push(performance.now() - t0);
  inProcessCpu.push((c.user + c.system) / 1000);
}

// The same save through a real Vite dev server: the plugin's own figure after the watcher's event.
await writeFile(path.join(root, 'main.js'), "import { coverage } from 'virtual:prd';\nwindow.c = coverage;\nimport.meta.hot.accept('virtual:prd', () => {});\n");
const plugin = prdOrchestrator({});
const server = await createServer({ root, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 }, plugins: [plugin] });
await server.listen();
const api = plugin.api;
const base = `http://127.0.0.1:${server.httpServer.address().port}`;
await fetch(`${base}/main.js`);
await api.idle();
const inVite = [];
const saveToCoverage = [];
for (let i = 0; i < SAMPLES; i++) {
  const marker = `/items-3-v${i}`;
  const t0 = performance.now();
  await writeFile(saved, `import { Router } from 'express';\n\nexport const r3 = Router();\n\nr3.get('${marker}', (_req, res) => res.json([]));\n`);
  const deadline = Date.now() + 20_000;
  while (!api.coverage()?.orphans.some((o) => o.path === `/api${marker}`)) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the coverage update');
    await new Promise((r) => setTimeout(r, 1));
  }
  saveToCoverage.push(performance.now() - t0);
  inVite.push(api.lastCoverageMs());
  // Vite's watcher drops a second change of a file within 50 ms: space the saves out.
  await new Promise((r) => setTimeout(r, 80));
}
await server.close();
if (!process.env.KEEP) await rm(root, { recursive: true, force: true }); else console.log(root);

const figures = {
  node: process.versions.node,
  cores: os.cpus().length,
  sourceFiles,
  tasks: tasks.length,
  found: { apis: index.apis.length, pages: index.pages.length, models: index.models.length, testFiles: index.tests.length },
  percent: result.percent,
  orphans: result.orphans.length,
  loadAverage: os.loadavg().map(round),
  coldScanMs: { runs: cold.map(round), best: round(Math.min(...cold)), cpuBest: round(Math.min(...coldCpu)) },
  matchMs: round(matchMs),
  recheckInProcessMs: { p50: round(percentile(inProcess, 50)), p95: round(percentile(inProcess, 95)), cpuP50: round(percentile(inProcessCpu, 50)) },
  recheckInViteMs: { p50: round(percentile(inVite, 50)), p95: round(percentile(inVite, 95)) },
  saveToCoverageInViteMs: { p50: round(percentile(saveToCoverage, 50)), p95: round(percentile(saveToCoverage, 95)) },
};
console.log(`\ncoverage over ${sourceFiles} generated source files, ${tasks.length} PRD tasks (${os.cpus().length} cores, load average ${figures.loadAverage.join(' ')}, Node ${process.versions.node})\n`);
console.log(`found                         ${figures.found.apis} endpoints, ${figures.found.pages} pages, ${figures.found.models} models, ${figures.found.testFiles} test files; ${figures.percent}% implemented, ${figures.orphans} orphans`);
console.log(`cold scan                     ${figures.coldScanMs.runs.join(' / ')} ms wall, best ${figures.coldScanMs.cpuBest} ms CPU   (target ≤ 3000 ms)`);
console.log(`match against the tasks       ${figures.matchMs} ms`);
console.log(`re-check, one saved file      p50 ${figures.recheckInProcessMs.p50} ms (${figures.recheckInProcessMs.cpuP50} ms CPU), p95 ${figures.recheckInProcessMs.p95} ms in process; p50 ${figures.recheckInViteMs.p50} ms, p95 ${figures.recheckInViteMs.p95} ms in vite dev   (target ≤ 50 ms)`);
console.log(`save → coverage in vite dev   p50 ${figures.saveToCoverageInViteMs.p50} ms, p95 ${figures.saveToCoverageInViteMs.p95} ms (file watcher included)`);
const out = path.join(repo, 'bench', 'out');
await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'coverage.json'), `${JSON.stringify(figures, null, 2)}\n`);
console.log(`\nwrote ${path.relative(repo, path.join(out, 'coverage.json'))}`);
