import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CreateNodesContext, CreateNodesResult } from '@nx/devkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashObject } from 'nx/src/hasher/file-hasher.js';
import { workspaceDataDirectory } from 'nx/src/utils/cache-directory.js';
import { createNodes, createNodesV2 } from './nx.js';
import { normalizePluginOptions } from './nx-options.js';

let root: string;

function write(file: string, text = ''): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

function context(): CreateNodesContext {
  return { workspaceRoot: root, nxJsonConfiguration: {}, configFiles: [] } as unknown as CreateNodesContext;
}

async function run(files: string[], options?: Record<string, unknown>): Promise<Array<readonly [string, CreateNodesResult]>> {
  return (await createNodesV2[1](files, options as never, context())) as Array<readonly [string, CreateNodesResult]>;
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'prd-nx-plugin-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('createNodesV2', () => {
  it('is also exported as createNodes and matches Markdown files', () => {
    expect(createNodes).toBe(createNodesV2);
    expect(createNodesV2[0]).toBe('**/*.md');
  });

  it('infers cached orchestrate and uncached orchestrate-check targets for each project holding PRDs', async () => {
    write('apps/web/project.json', '{}');
    write('libs/billing/package.json', '{"name":"billing"}');
    write('libs/empty/project.json', '{}');
    const files = ['apps/web/docs/prd/orders.md', 'apps/web/docs/prd/sub/carts.md', 'libs/billing/docs/prd/invoices.md', 'libs/empty/README.md', 'README.md'];
    const results = await run(files);
    const roots = results.flatMap(([, result]) => Object.keys(result.projects ?? {}));
    expect(roots.sort()).toEqual(['apps/web', 'libs/billing']);

    const web = results.find(([, r]) => r.projects?.['apps/web'])![1].projects!['apps/web']!;
    const target = web.targets!.orchestrate!;
    expect(target.executor).toBe('prd-orchestrator:orchestrate');
    expect(target.cache).toBe(true);
    expect(target.outputs).toEqual(['{projectRoot}/src/generated/prd']);
    expect(target.inputs).toEqual([
      '{projectRoot}/docs/prd/**/*.md',
      '{projectRoot}/docs/roadmap.md',
      '{workspaceRoot}/tools/prd-templates/**/*',
      { externalDependencies: ['prd-orchestrator'] },
    ]);
    expect(target.metadata?.description).toMatch(/docs\/prd/);
    const check = web.targets!['orchestrate-check']!;
    expect(check.cache).toBe(false);
    expect(check.options).toMatchObject({ mode: 'check', outDir: 'src/generated/prd' });
  });

  it('does not make a project of the workspace root without a project.json, nor of folders without one', async () => {
    write('package.json', '{"name":"workspace"}');
    const results = await run(['docs/prd/a.md', 'tools/docs/prd/b.md']);
    expect(results).toEqual([]);
  });

  it('follows the options: PRD glob, output folder, target names, LLM environment inputs', async () => {
    write('apps/web/project.json', '{}');
    const options = { prds: 'requirements/*.md', outDir: 'gen', targetName: 'prd', checkTargetName: 'prd-drift', extractor: 'llm' };
    const results = await run(['apps/web/docs/prd/a.md', 'apps/web/requirements/a.md', 'apps/web/requirements/deep/b.md'], options);
    expect(results).toHaveLength(1);
    expect(results[0]![0]).toBe('apps/web/requirements/a.md');
    const targets = results[0]![1].projects!['apps/web']!.targets!;
    expect(Object.keys(targets).sort()).toEqual(['prd', 'prd-coverage', 'prd-drift']);
    expect(targets.prd!.outputs).toEqual(['{projectRoot}/gen']);
    expect(targets.prd!.inputs).toContainEqual({ env: 'OPENAI_BASE_URL' });
    expect(JSON.stringify(targets.prd!.inputs)).not.toMatch(/OPENAI_API_KEY/);
    const coverage = targets['prd-coverage']!;
    expect(coverage).toMatchObject({ executor: 'prd-orchestrator:coverage', cache: true, outputs: ['{projectRoot}/coverage/prd'], options: { prds: ['requirements/*.md'], outDir: 'gen', reportDir: 'coverage/prd' } });
    expect(coverage.inputs).toEqual(expect.arrayContaining(['{projectRoot}/requirements/*.md', '{projectRoot}/src/**/*', '{projectRoot}/app/**/*', '{projectRoot}/**/*.test.*', '!{projectRoot}/gen/**/*', '!{projectRoot}/coverage/prd/**/*']));
    expect(coverage.metadata!.description).toMatch(/implements and tests/);
  });

  it('coverageSrc: the coverage target reads those globs and hashes exactly them, so a folder outside the defaults cannot replay a stale report', async () => {
    write('apps/web/project.json', '{}');
    const results = await run(['apps/web/docs/prd/a.md'], { coverageSrc: ['lib/**/*.ts', 'server.js', 'checks/**/*.ts'] });
    const coverage = results[0]![1].projects!['apps/web']!.targets!['prd-coverage']!;
    expect(coverage.options).toMatchObject({ src: ['lib/**/*.ts', 'server.js', 'checks/**/*.ts'] });
    expect(coverage.inputs).toEqual([
      '{projectRoot}/docs/prd/**/*.md',
      '{projectRoot}/lib/**/*.ts',
      '{projectRoot}/server.js',
      '{projectRoot}/checks/**/*.ts',
      '{projectRoot}/package.json',
      '!{projectRoot}/src/generated/prd/**/*',
      '!{projectRoot}/coverage/prd/**/*',
      { externalDependencies: ['prd-orchestrator'] },
    ]);
    // Without it: the default folders, and no src option (the scanner's own defaults).
    const plain = (await run(['apps/web/docs/prd/a.md']))[0]![1].projects!['apps/web']!.targets!['prd-coverage']!;
    expect(plain.options).not.toHaveProperty('src');
    expect(plain.inputs).toContain('{projectRoot}/src/**/*');
    for (const [bad, message] of [
      [[], /"coverageSrc" in nx.json must list at least one glob/],
      [['../shared/**/*.ts'], /"coverageSrc" in nx.json must hold globs inside the project, without "\.\."; .*got "\.\.\/shared\/\*\*\/\*\.ts"/],
      [['!lib/**/*.test.ts'], /"coverageSrc" in nx.json .*got "!lib/],
      ['lib/**/*.ts', /"coverageSrc" in nx.json must be a list of globs/],
    ] as const) {
      await expect(run(['apps/web/docs/prd/a.md'], { coverageSrc: bad })).rejects.toThrow(message);
    }
  });

  it('drops the externalDependencies input for a linked install that has no lockfile entry', async () => {
    write('apps/web/project.json', '{}');
    const results = await run(['apps/web/docs/prd/a.md'], { externalDependencies: [] });
    const inputs = results[0]![1].projects!['apps/web']!.targets!.orchestrate!.inputs!;
    expect(inputs.some((input) => typeof input === 'object' && 'externalDependencies' in input)).toBe(false);
    await expect(run([], { externalDependencies: 'prd-orchestrator' })).rejects.toThrow(/"externalDependencies".*list of npm package names/);
  });

  it('names the bad option and the allowed values', async () => {
    await expect(run([], { extractor: 'gpt' })).rejects.toThrow(/"extractor".*"heuristic", "llm", "auto"/);
    await expect(run([], { outDir: '../outside' })).rejects.toThrow(/"outDir".*without ".."/);
    await expect(run([], { targetName: 'x', checkTargetName: 'x' })).rejects.toThrow(/different names/);
  });

  it('memoises the targets on disk, keyed by a hash of the options, and answers the same from the memo', async () => {
    write('apps/web/project.json', '{}');
    const options = { outDir: `memo-${path.basename(root)}` };
    const first = await run(['apps/web/docs/prd/a.md'], options);
    const memo = path.join(workspaceDataDirectory, `prd-orchestrator-${hashObject(normalizePluginOptions(options))}.hash`);
    const entries = Object.values(JSON.parse(readFileSync(memo, 'utf8')).entries);
    expect(entries).toEqual([first[0]![1].projects!['apps/web']!.targets]);
    const second = await run(['apps/web/docs/prd/a.md'], options);
    expect(second).toEqual(first);
    rmSync(memo);
  });
});
