import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { logger } from '@nx/devkit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { orchestrateExecutor } from './executor.js';

let root: string;
let errors: string[];

function context(): ExecutorContext {
  return {
    root,
    cwd: root,
    isVerbose: false,
    projectName: 'web',
    targetName: 'orchestrate',
    projectsConfigurations: { version: 2, projects: { web: { root: 'apps/web' } } },
    nxJsonConfiguration: {},
    projectGraph: { nodes: {}, dependencies: {} },
  } as unknown as ExecutorContext;
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'prd-executor-'));
  mkdirSync(path.join(root, 'apps/web/docs/prd'), { recursive: true });
  writeFileSync(path.join(root, 'apps/web/docs/prd/orders.md'), readFileSync(path.join(packageRoot(), 'examples/apps/web/docs/prd/orders.md')));
  errors = [];
  vi.spyOn(logger, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
  vi.spyOn(logger, 'info').mockImplementation(() => {});
  vi.spyOn(logger, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

describe('orchestrate executor', () => {
  it('generates into the project outDir and succeeds', async () => {
    expect(await orchestrateExecutor({}, context())).toEqual({ success: true });
    const manifest = JSON.parse(readFileSync(path.join(root, 'apps/web/src/generated/prd/manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest)).toContain('/api/orders/:orderId');
  });

  it('fails a PRD error with file:line:col from the workspace root', async () => {
    writeFileSync(path.join(root, 'apps/web/docs/prd/bad.md'), '---\ntitle: [unclosed\n---\n# Bad\n');
    expect(await orchestrateExecutor({}, context())).toEqual({ success: false });
    expect(errors.join('\n')).toMatch(/^apps\/web\/docs\/prd\/bad\.md:\d+:\d+ /m);
  });

  it('in check mode fails on drift and names the file, writing nothing', async () => {
    await orchestrateExecutor({}, context());
    const manifest = path.join(root, 'apps/web/src/generated/prd/manifest.json');
    appendFileSync(manifest, ' ');
    const edited = readFileSync(manifest, 'utf8');
    expect(await orchestrateExecutor({ mode: 'check' }, context())).toEqual({ success: false });
    expect(errors.join('\n')).toMatch(/manifest\.json/);
    expect(readFileSync(manifest, 'utf8')).toBe(edited);
  });

  it('fails a bad option with the option named', async () => {
    expect(await orchestrateExecutor({ outDir: '../../outside' }, context())).toEqual({ success: false });
    expect(errors.join('\n')).toMatch(/"outDir"/);
  });
});

describe('orchestrate executor on a glob that matches nothing', () => {
  it('fails (so Nx caches nothing) and keeps the outputs; allowEmpty removes them', async () => {
    expect(await orchestrateExecutor({}, context())).toEqual({ success: true });
    const manifest = path.join(root, 'apps/web/src/generated/prd/manifest.json');
    const before = readFileSync(manifest, 'utf8');
    expect(await orchestrateExecutor({ prds: 'typo/**/*.md' }, context())).toEqual({ success: false });
    expect(errors.join('\n')).toContain('No PRD files match typo/**/*.md (previous outputs kept; pass --allow-empty to remove them)');
    expect(readFileSync(manifest, 'utf8')).toBe(before);
    expect(await orchestrateExecutor({ prds: 'typo/**/*.md', allowEmpty: true }, context())).toEqual({ success: true });
    expect(() => readFileSync(manifest)).toThrow(/ENOENT/);
  });
});
