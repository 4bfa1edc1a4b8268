import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../testing/tmp.js';
import type { Manifest } from '../types.js';
import { manifestFiles } from './manifest-files.js';
import { serializeManifest } from './render.js';

const manifest = (files: string[], text = 'x'): Manifest => ({
  version: 1,
  generator: 'prd-orchestrator',
  prds: [],
  tasks: Array.from({ length: 3000 }, (_, i) => ({ kind: 'rule', text: `${text} rule ${i} with "files": [\n] inside`, level: 'must', sources: [{ file: 'a.md', line: i + 1, section: 's' }] })),
  conflicts: [],
  files,
});

describe('manifestFiles', () => {
  it('reads the file list from the end of a manifest the renderer wrote, and from any other valid one', async () => {
    const out = tempProject();
    mkdirSync(out, { recursive: true });
    expect(await manifestFiles(out)).toEqual([]);
    const files = ['api.ts', 'manifest.json', 'qa/a.md'];
    writeFileSync(path.join(out, 'manifest.json'), serializeManifest(manifest(files)));
    expect(await manifestFiles(out)).toEqual(files);
    // Reformatted by hand: not the renderer's layout, so the whole file is parsed.
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest(['b.ts']), null, 2));
    expect(await manifestFiles(out)).toEqual(['b.ts']);
    writeFileSync(path.join(out, 'manifest.json'), '{"generator":"someone-else","files":["x"]}');
    expect(await manifestFiles(out)).toEqual([]);
  });
});
