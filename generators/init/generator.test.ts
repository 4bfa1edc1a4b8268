import { readNxJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { initGenerator, PLUGIN_NAME } from './generator.js';

describe('init generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
  });

  it('registers the plugin in nx.json with its target names', async () => {
    await initGenerator(tree, { skipFormat: true });
    const entries = readNxJson(tree)!.plugins!.filter((p) => typeof p !== 'string' && p.plugin === PLUGIN_NAME);
    expect(entries).toEqual([{ plugin: 'prd-orchestrator/plugin', options: { targetName: 'orchestrate', checkTargetName: 'orchestrate-check' } }]);
  });

  it('writes options that differ from the defaults and validates them', async () => {
    await initGenerator(tree, { skipFormat: true, outDir: 'gen/prd', prds: 'specs/*.md' });
    const entry = readNxJson(tree)!.plugins!.find((p) => typeof p !== 'string' && p.plugin === PLUGIN_NAME);
    expect(entry).toMatchObject({ options: { outDir: 'gen/prd', prds: 'specs/*.md' } });
    await expect(initGenerator(createTreeWithEmptyWorkspace(), { skipFormat: true, outDir: '/abs' })).rejects.toThrow(/"outDir"/);
  });

  it('changes nothing when run twice', async () => {
    await initGenerator(tree, { skipFormat: true });
    const once = tree.read('nx.json', 'utf8');
    await initGenerator(tree, { skipFormat: true });
    expect(tree.read('nx.json', 'utf8')).toBe(once);
  });

  it('keeps a string registration made by hand', async () => {
    const nxJson = readNxJson(tree)!;
    tree.write('nx.json', JSON.stringify({ ...nxJson, plugins: ['prd-orchestrator/plugin'] }));
    await initGenerator(tree, { skipFormat: true });
    expect(readNxJson(tree)!.plugins).toEqual(['prd-orchestrator/plugin']);
  });
});
