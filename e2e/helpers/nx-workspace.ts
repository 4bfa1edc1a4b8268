import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where package.json of prd-orchestrator is). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The environment Nx runs in for the e2e: no daemon, no cloud, no TUI, plain output, no analytics prompt. */
export function nxEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0', NX_SKIP_NX_CACHE: 'false', ...extra };
  // The parent may be an Nx or vitest run with its own remote cache or workspace settings; none of them apply here.
  for (const key of ['NX_SELF_HOSTED_REMOTE_CACHE_SERVER', 'NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN', 'NX_WORKSPACE_DATA_DIRECTORY', 'NX_CACHE_DIRECTORY', 'NX_WORKSPACE_ROOT_PATH']) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

export interface RunResult {
  status: number;
  output: string;
}

/** Runs the workspace's own `nx` binary (from the installed package, as a user would). */
export function nx(cwd: string, args: string[], extraEnv: Record<string, string> = {}): RunResult {
  const bin = path.join(cwd, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: nxEnv(extraEnv), encoding: 'utf8', timeout: 120_000 });
  return { status: result.status ?? -1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * Like {@link nx} but without blocking the test's event loop: needed when the test process itself serves Nx
 * (the remote cache server), which a synchronous spawn would starve.
 */
export function nxAsync(cwd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  const bin = path.join(cwd, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: nxEnv(extraEnv), encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ status, output: `${stdout}${stderr}` });
    });
  });
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e2e@example.invalid', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e2e@example.invalid' },
  }).trim();
}

/**
 * Builds the package with tsc and packs it with `npm pack`, as it would be published. Both happen in a private
 * staging folder, so a build running elsewhere in the repository (another suite, a developer) cannot interleave.
 * @returns absolute path of the tarball
 */
export function buildAndPack(destination: string): string {
  const stage = path.join(destination, 'package');
  const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', path.join(stage, 'dist')], { cwd: repoRoot, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`the package does not build (tsc -p tsconfig.build.json):\n${tsc.stdout}${tsc.stderr}`);
  // npm pack applies package.json's `files`; copying whole folders here is fine.
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'executors.json', 'generators.json', 'executors', 'generators', 'templates']) {
    if (existsSync(path.join(repoRoot, entry))) cpSync(path.join(repoRoot, entry), path.join(stage, entry), { recursive: true });
  }
  // The build just ran; `prepare` would run it a second time.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', destination], { cwd: stage, encoding: 'utf8' }).trim().split('\n').pop()!;
  return path.join(destination, name);
}

const NX_JSON = {
  cacheDirectory: '.nx/cache',
  analytics: false,
  neverConnectToCloud: true,
  namedInputs: { default: ['{projectRoot}/**/*'] },
  plugins: [{ plugin: 'prd-orchestrator/plugin', options: { targetName: 'orchestrate', checkTargetName: 'orchestrate-check' } }],
};

/**
 * A temporary git workspace with nx and the packed prd-orchestrator installed by npm, two projects copied from
 * examples/ and a first commit. `--prefer-offline`: tarballs come from the npm cache that `npm ci` filled; on a fresh
 * machine npm may still ask the npm registry for package metadata (`npm ci` does not cache it), which `--offline`
 * would refuse.
 * @returns the workspace root
 */
export function createWorkspace(parent: string, tarball: string, options: { plugin?: boolean } = {}): string {
  const root = mkdtempSync(path.join(parent, 'ws-'));
  const nxVersion = (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', 'nx', 'package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(
    path.join(root, 'package.json'),
    `${JSON.stringify({ name: 'prd-e2e-workspace', private: true, devDependencies: { nx: nxVersion, 'prd-orchestrator': `file:${tarball}` } }, null, 2)}\n`,
  );
  const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: root, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install failed in ${root}:\n${install.stdout}${install.stderr}`);
  const nxJson = options.plugin === false ? { ...NX_JSON, plugins: [] } : NX_JSON;
  writeFileSync(path.join(root, 'nx.json'), `${JSON.stringify(nxJson, null, 2)}\n`);
  writeFileSync(path.join(root, '.gitignore'), 'node_modules/\n.nx/\n');
  for (const [name, from] of [['web', 'apps/web'], ['billing', 'libs/billing']] as const) {
    mkdirSync(path.join(root, from), { recursive: true });
    writeFileSync(path.join(root, from, 'project.json'), `${JSON.stringify({ name, root: from }, null, 2)}\n`);
    cpSync(path.join(repoRoot, 'examples', from, 'docs'), path.join(root, from, 'docs'), { recursive: true });
  }
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'workspace']);
  return root;
}

/**
 * A second checkout of the same commit, sharing the first one's node_modules (not in git) through a symlink.
 * @returns the clone's root
 */
export function cloneWorkspace(source: string, parent: string): string {
  const root = mkdtempSync(path.join(parent, 'clone-'));
  rmSync(root, { recursive: true });
  git(parent, ['clone', '-q', source, root]);
  symlinkSync(path.join(source, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** Every file under a folder with its bytes, keyed by POSIX path relative to it. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return files;
}

/** The task hashes Nx stored in a workspace's local cache: one folder per cached task. */
export function cachedHashes(root: string): string[] {
  const dir = path.join(root, '.nx', 'cache');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export function newTempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
