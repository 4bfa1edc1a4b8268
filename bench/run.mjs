#!/usr/bin/env node
// `npm run bench`: every benchmark in turn (builds first). Each prints its own table and writes
// bench/out/<name>.json. Pass names to run a subset: `npm run bench -- core vite-hmr`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const all = ['core', 'pathological', 'scale', 'vite-hmr', 'vite-startup', 'nx-cache-hit', 'nx-show-projects', 'llm-tokens', 'coverage', 'diff'];
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
for (const name of chosen) {
  if (!all.includes(name)) {
    console.error(`bench: unknown benchmark "${name}"; one of ${all.join(', ')}`);
    process.exit(2);
  }
}
const build = spawnSync('npm', ['run', 'build'], { cwd: path.dirname(here), stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
let failed = 0;
for (const name of chosen) {
  console.log(`\n=== bench/${name}.mjs`);
  const r = spawnSync(process.execPath, [path.join(here, `${name}.mjs`)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
