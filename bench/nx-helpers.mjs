// Shared set-up for the Nx benchmarks: pack the package, install it with nx into a temporary workspace from the
// local npm cache (offline), and time nx commands with the daemon off.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const env = { ...process.env, CI: 'true', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };

/** Builds, packs and installs prd-orchestrator next to nx in a new folder. */
export function installWorkspace(prefix) {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', root], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n').pop();
  const nxVersion = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/nx/package.json'), 'utf8')).version;
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'bench-ws', private: true, devDependencies: { nx: nxVersion, 'prd-orchestrator': `file:${path.join(root, tarball)}` } }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  writeFileSync(path.join(root, '.gitignore'), 'node_modules/\n.nx/\n');
  return root;
}

export function writeNxJson(root, plugins) {
  writeFileSync(path.join(root, 'nx.json'), JSON.stringify({ cacheDirectory: '.nx/cache', analytics: false, neverConnectToCloud: true, plugins }, null, 2));
}

export function writeFile(root, file, text) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** Runs nx and returns the wall time in ms; throws with the output when it fails. */
export function timeNx(root, args, extraEnv = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), ...args], { cwd: root, env: { ...env, ...extraEnv }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return { ms, output: result.stdout + result.stderr };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function writeJson(name, data) {
  const dir = path.join(repoRoot, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), `${JSON.stringify(data, null, 2)}\n`);
  return path.join('bench', 'out', name);
}

export const PLUGIN = { plugin: 'prd-orchestrator/plugin', options: { targetName: 'orchestrate', checkTargetName: 'orchestrate-check' } };
