#!/usr/bin/env node
// `npm run demo`: runs `nx run web:orchestrate` twice in examples/ (offline) and shows the second run come from
// Nx's cache, lists what was generated, runs `nx run web:prd-coverage`: which PRD tasks the example's code
// implements (a few route handlers and pages) and which are missing, then shows `prd-orchestrator diff` after an
// edit of the example PRD in a temporary git repository (the checked-in example is never modified), and last
// what `extract` reads from the PRDs in examples/formats (FastAPI code, Dutch, a Prisma schema), and what a run says
// in a Spec Kit project that keeps its PRDs in specs/*/spec.md. Works on a fresh clone after `npm install` at the
// repository root.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspace = path.join(repo, 'examples');
const project = process.argv[2] ?? 'web';
const nxBin = path.join(repo, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: 'false',
  // run-commands targets (the app's `vite build`) find the repository's binaries.
  PATH: `${path.join(repo, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
};

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!existsSync(nxBin)) fail('nx is not installed; run `npm install` at the repository root first');

// `prepare` builds on `npm install`; build again only when the compiled plugin is missing.
if (!existsSync(path.join(repo, 'dist', 'plugin', 'nx.js'))) {
  console.log('demo: building the package (tsc)…');
  const build = spawnSync(process.execPath, [path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'inherit' });
  if (!existsSync(path.join(repo, 'dist', 'plugin', 'nx.js'))) fail(`build failed (exit ${build.status})`);
}

// The example depends on `prd-orchestrator: file:..`; linking it here is what `npm install` in examples/ would do,
// without a network or a second install.
const link = path.join(workspace, 'node_modules', 'prd-orchestrator');
if (!existsSync(link)) {
  mkdirSync(path.dirname(link), { recursive: true });
  try {
    lstatSync(link);
  } catch {
    symlinkSync(path.relative(path.dirname(link), repo), link, process.platform === 'win32' ? 'junction' : 'dir');
  }
}

function nx(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [nxBin, ...args], { cwd: workspace, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    process.stdout.write(output);
    fail(`nx ${args.join(' ')} exited with ${result.status}`);
  }
  return { output, ms };
}

nx(['reset']);
const target = `${project}:orchestrate`;
console.log(`\n$ nx run ${target}   (cache cleared first)`);
const first = nx(['run', target]);
process.stdout.write(first.output.trim().split('\n').filter((line) => line.trim() !== '').map((line) => `  ${line}`).join('\n') + '\n');
console.log(`\n$ nx run ${target}   (nothing changed)`);
const second = nx(['run', target]);
process.stdout.write(second.output.trim().split('\n').filter((line) => line.trim() !== '').map((line) => `  ${line}`).join('\n') + '\n');

const fromCache = /\[local cache\]|existing outputs match the cache/.test(second.output);
console.log(`\nfirst run: ${first.ms.toFixed(0)} ms (executed) · second run: ${second.ms.toFixed(0)} ms (${fromCache ? 'from the Nx cache' : 'NOT from the cache'})`);
if (!fromCache) fail('the second run did not come from the cache');

const show = JSON.parse(nx(['show', 'project', project, '--json']).output.replace(/^[^{]*/, ''));
const outDir = path.join(workspace, show.root, show.targets.orchestrate.options.outDir);
console.log(`\ngenerated in ${path.relative(repo, outDir)}:`);
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
for (const file of walk(outDir).sort()) console.log(`  ${path.relative(outDir, file).split(path.sep).join('/').padEnd(32)} ${String(statSync(file).size).padStart(7)} bytes`);
const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8'));
const counts = {};
for (const task of manifest.tasks) counts[task.kind] = (counts[task.kind] ?? 0) + 1;
console.log(`\n${manifest.prds.length} PRD(s) → ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}`);

const coverageTarget = `${project}:prd-coverage`;
console.log(`\n$ nx run ${coverageTarget}`);
const coverage = nx(['run', coverageTarget]);
// The executor prints the coverage table; Nx's own framing lines are left out.
const table = coverage.output.split('\n').filter((line) => /^\s*(implemented|missing|tested|untested)\s|^\s*Coverage /.test(line));
process.stdout.write(table.map((line) => `  ${line.trim()}`).join('\n') + '\n');
if (!table.some((line) => /^\s*implemented\s/.test(line)) || !table.some((line) => /^\s*missing\s/.test(line))) fail('the coverage table does not show both implemented and missing tasks');
const report = path.join(workspace, show.root, show.targets['prd-coverage'].options.reportDir, 'index.html');
console.log(`\nreport page: ${path.relative(repo, report)}`);

// What a PRD change means: a copy of the example's PRDs in a temporary git repository, one commit, an edit, a diff.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'prd-demo-diff-'));
// A failure throws, so the temporary copy is removed before the demo exits.
const stop = (message) => {
  throw new Error(message);
};
let failed;
try {
  const git = (...args) => execFileSync('git', args, { cwd: scratch, encoding: 'utf8' });
  cpSync(path.join(workspace, 'apps/web/docs/prd'), path.join(scratch, 'docs/prd'), { recursive: true });
  git('init', '-q');
  git('-c', 'user.email=demo@example.com', '-c', 'user.name=demo', 'add', '-A');
  git('-c', 'user.email=demo@example.com', '-c', 'user.name=demo', 'commit', '-q', '-m', 'PRDs as merged');
  const prd = path.join(scratch, 'docs/prd/orders.md');
  // Each edit must find its text: if the example PRD changed, the demo says so instead of showing no change.
  const edit = (text, from, to) => {
    if (!text.includes(from)) stop(`the diff demo edits ${JSON.stringify(from)}, which examples/apps/web/docs/prd/orders.md no longer holds; update scripts/demo.mjs`);
    return text.replace(from, to);
  };
  let edited = readFileSync(prd, 'utf8');
  edited = edit(edited, 'API: GET, POST /api/orders\n', 'API: GET /api/orders\n');
  edited = edit(edited, 'Page: /cart\n', 'Page: /cart\nPage: /orders/history\n');
  edited = edit(edited, 'The system must reject an order without at least one line.', 'The system must reject an order without at least one line item.');
  writeFileSync(prd, edited);
  console.log('\n$ prd-orchestrator diff   (after removing POST /api/orders, adding a page and editing a rule in a copy of orders.md)');
  const cli = (...args) => spawnSync(process.execPath, [path.join(repo, 'dist', 'src', 'cli.js'), 'diff', ...args], { cwd: scratch, encoding: 'utf8' });
  const diff = cli();
  process.stdout.write(`${diff.stdout}${diff.stderr}`.trim().split('\n').map((line) => `  ${line}`).join('\n') + '\n');
  if (diff.status !== 0) stop(`prd-orchestrator diff exited with ${diff.status}`);
  // The three edits took effect: one page added, the endpoint and the rule modified, the removed method breaking.
  const json = cli('--json');
  const summary = json.status === 0 ? JSON.parse(json.stdout).summary : undefined;
  const expected = { added: 1, removed: 0, modified: 2, breaking: 1 };
  if (JSON.stringify(summary) !== JSON.stringify(expected)) stop(`prd-orchestrator diff --json gave ${JSON.stringify(summary ?? json.stderr)}; the edits should give ${JSON.stringify(expected)}`);
  if (!diff.stdout.includes('method POST removed')) stop('the diff above does not show POST /api/orders removed');
} catch (error) {
  failed = error;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failed) fail(failed.message);

// The extractor reads PRDs as teams write them, not one template: a few in other shapes and languages.
const formats = path.join(workspace, 'formats');
const formatFiles = readdirSync(formats).filter((f) => f.endsWith('.md')).sort();
console.log(`\n$ prd-orchestrator extract ${formatFiles.map((f) => `examples/formats/${f}`).join(' ')}`);
console.log('  (an API given as FastAPI code, a PRD in Dutch, a data model as a Prisma schema, a Google Docs export with its backslash escapes)');
for (const file of formatFiles) {
  const run = spawnSync(process.execPath, [path.join(repo, 'dist', 'src', 'cli.js'), 'extract', '--json', path.join('formats', file)], { cwd: workspace, encoding: 'utf8' });
  if (run.status !== 0) fail(`prd-orchestrator extract formats/${file} exited with ${run.status}: ${run.stderr}`);
  const tasks = JSON.parse(run.stdout).tasks;
  const kinds = ['api', 'model', 'page', 'rule'].map((kind) => [kind, tasks.filter((t) => t.kind === kind)]);
  console.log(`\n  ${file}: ${kinds.map(([kind, list]) => `${list.length} ${kind}`).join(', ')}`);
  for (const [kind, list] of kinds) {
    for (const t of list) {
      const what =
        kind === 'api' ? `${t.methods.join(',')} ${t.path}`
        : kind === 'model' ? `${t.name} { ${t.fields.map((f) => `${f.name}${f.optional ? '?' : ''}: ${f.type}`).join('; ')} }`
        : kind === 'page' ? t.route
        : `${t.id && !t.id.startsWith('rule:') ? `${t.id} ` : ''}${t.level}: ${t.text}`;
      console.log(`    ${kind.padEnd(6)}${what.length > 110 ? `${what.slice(0, 109)}…` : what}`);
    }
  }
  if (!kinds.some(([kind, list]) => kind !== 'rule' && list.length > 0)) fail(`formats/${file} gave no api, model or page`);
}

// A project whose PRDs are where a spec tool keeps them (Spec Kit's specs/*/spec.md), not docs/prd: the run says
// what it found and the --prds that reads it, then reads it when told.
const specKit = mkdtempSync(path.join(os.tmpdir(), 'prd-demo-speckit-'));
try {
  mkdirSync(path.join(specKit, 'specs', '001-orders'), { recursive: true });
  cpSync(path.join(workspace, 'formats', formatFiles[0]), path.join(specKit, 'specs', '001-orders', 'spec.md'));
  const cli = (...args) => spawnSync(process.execPath, [path.join(repo, 'dist', 'src', 'cli.js'), ...args], { cwd: specKit, encoding: 'utf8' });
  console.log('\n$ prd-orchestrator run   (in a Spec Kit project: specs/001-orders/spec.md, no docs/prd)');
  const bare = cli('run');
  process.stdout.write(`${bare.stderr}${bare.stdout}`.trim().split('\n').map((line) => `  ${line}`).join('\n') + '\n');
  if (!bare.stderr.includes('--prds "specs/*/spec.md"')) fail('the run did not point at specs/*/spec.md');
  console.log('\n$ prd-orchestrator run --prds "specs/*/spec.md"');
  const told = cli('run', '--prds', 'specs/*/spec.md');
  process.stdout.write(`${told.stdout}${told.stderr}`.trim().split('\n').map((line) => `  ${line}`).join('\n') + '\n');
  if (told.status !== 0 || !/1 PRD → [1-9]/.test(told.stdout)) fail('the run with --prds "specs/*/spec.md" did not read the spec');
} finally {
  rmSync(specKit, { recursive: true, force: true });
}
