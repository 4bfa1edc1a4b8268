import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../testing/tmp.js';
import { createWriteWatch } from './known.js';
import { previousFiles, writeOutputs } from './outputs.js';

/** A manifest in the layout `serializeManifest` writes: one task per line, the file list last. */
function manifestText(tasks: number, files: string[]): string {
  const lines = Array.from({ length: tasks }, (_, i) => `    {"kind":"rule","text":"Rule ${i} with \\n  \\"files\\": [] inside a string","level":"must","sources":[]}`);
  return `{\n  "version": 1,\n  "generator": "prd-orchestrator",\n  "prds": [],\n  "tasks": [\n${lines.join(',\n')}\n  ],\n  "conflicts": [],\n  "files": ${JSON.stringify(files)}\n}\n`;
}

describe('the previous run\'s file list', () => {
  it.each([
    ['a small manifest', 3, 5],
    ['megabytes of tasks before the list', 20_000, 40],
    ['a file list longer than the first tail read (64 KB)', 10, 6_000],
  ])('is read from %s', async (_, tasks, count) => {
    const out = path.join(tempProject(), 'out');
    mkdirSync(out);
    const files = Array.from({ length: count }, (_, i) => `qa/prd-${String(i).padStart(5, '0')}-with-a-longish-name.md`).concat('manifest.json');
    writeFileSync(path.join(out, 'manifest.json'), manifestText(tasks, files));
    expect(await previousFiles(out)).toEqual(files);
  });

  it('is read from a manifest in another layout (hand-formatted JSON)', async () => {
    const out = path.join(tempProject(), 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ generator: 'prd-orchestrator', tasks: [], files: ['a.ts', 'manifest.json'] }, null, 4));
    expect(await previousFiles(out)).toEqual(['a.ts', 'manifest.json']);
  });

  it('is empty for a manifest another tool wrote, so nothing of theirs is removed', async () => {
    const out = path.join(tempProject(), 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ generator: 'other', files: ['a.ts'] }));
    writeFileSync(path.join(out, 'a.ts'), 'theirs');
    expect(await previousFiles(out)).toEqual([]);
    const report = await writeOutputs(out, new Map([['b.ts', 'ours']]), 'write');
    expect(report.removed).toEqual([]);
    expect(readFileSync(path.join(out, 'a.ts'), 'utf8')).toBe('theirs');
  });

  it('removes exactly the stale files a large previous manifest lists', async () => {
    const out = path.join(tempProject(), 'out');
    mkdirSync(path.join(out, 'qa'), { recursive: true });
    const old = Array.from({ length: 3_000 }, (_, i) => `qa/prd-${i}.md`);
    for (const f of old) writeFileSync(path.join(out, f), 'old');
    writeFileSync(path.join(out, 'keep.txt'), 'not ours');
    writeFileSync(path.join(out, 'manifest.json'), manifestText(5_000, [...old, 'manifest.json']));
    const next = new Map(old.slice(0, 10).map((f) => [f, 'new'] as [string, string]));
    next.set('manifest.json', manifestText(1, [...next.keys(), 'manifest.json']));
    const report = await writeOutputs(out, next, 'write');
    expect(report.removed).toHaveLength(2_990);
    expect(existsSync(path.join(out, 'qa/prd-9.md'))).toBe(true);
    expect(existsSync(path.join(out, 'qa/prd-10.md'))).toBe(false);
    expect(existsSync(path.join(out, 'keep.txt'))).toBe(true);
  });
});

describe('content written as it is made (a generator of pieces)', () => {
  /** About 300 KB in pieces with multi-byte characters, so chunks end inside UTF-8 sequences' neighbourhoods. */
  function* pieces(last: string): Generator<string> {
    for (let i = 0; i < 6_000; i++) yield `{"n":${i},"text":"zażółć — 漢字 ${i}"},\n`;
    yield last;
  }
  const text = (last: string) => [...pieces(last)].join('');

  it.each([
    ['the same bytes', 'end\n', 'unchanged'],
    ['a change in the last chunk, same size', 'END\n', 'written'],
    ['a longer file', 'end, and more\n', 'written'],
    ['a shorter file', '\n', 'written'],
  ])('compares with the file on disk: %s', async (_, last, outcome) => {
    const out = path.join(tempProject(), 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'big.json'), text('end\n'));
    const report = await writeOutputs(out, new Map([['big.json', () => pieces(last)]]), 'write');
    expect(outcome === 'unchanged' ? report.unchanged : report.written).toEqual(['big.json']);
    expect(readFileSync(path.join(out, 'big.json'), 'utf8')).toBe(text(last));
    expect(readdirSync(out)).toEqual(['big.json']);
  });

  it('fails cleanly on a name the file system refuses, leaving no temp file and nothing else written', async () => {
    const out = path.join(tempProject(), 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'manifest.json'), manifestText(1, ['manifest.json']));
    const files = new Map<string, () => Generator<string>>([
      [`${'x'.repeat(5000)}.json`, () => pieces('x')],
      ['manifest.json', () => pieces('y')],
    ]);
    await expect(writeOutputs(out, files, 'write')).rejects.toThrow(/Cannot write/);
    expect(readdirSync(out)).toEqual(['manifest.json']);
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe(manifestText(1, ['manifest.json']));
  });

  it('creates a new file, and check mode reports drift without writing', async () => {
    const out = path.join(tempProject(), 'out');
    const report = await writeOutputs(out, new Map([['sub/big.json', () => pieces('x')]]), 'write');
    expect(report.written).toEqual(['sub/big.json']);
    expect(readFileSync(path.join(out, 'sub/big.json'), 'utf8')).toBe(text('x'));
    const check = await writeOutputs(out, new Map([['sub/big.json', () => pieces('y')]]), 'check');
    expect(check.drift).toEqual(['sub/big.json']);
    expect(readFileSync(path.join(out, 'sub/big.json'), 'utf8')).toBe(text('x'));
  });
});

describe('a watching session\'s previous files', () => {
  const manifest = (files: string[]) => manifestText(0, [...files, 'manifest.json'].sort());
  const set = (files: Record<string, string>) => {
    const names = Object.keys(files);
    return new Map([...Object.entries(files), ['manifest.json', manifest(names)]]);
  };

  it('come from the set it wrote while its manifest is on disk, and from the manifest once another writer replaced it', async () => {
    const out = path.join(tempProject(), 'out');
    const watch = createWriteWatch();
    let reads = 0;
    const previous = async (dir: string) => {
      reads++;
      return previousFiles(dir);
    };
    await writeOutputs(out, set({ 'a.ts': 'a', 'b.ts': 'b' }), 'write', { watch, previous });
    expect(reads).toBe(1);
    // Its own manifest on disk: the set it wrote says what is stale, nothing is read.
    expect((await writeOutputs(out, set({ 'a.ts': 'a2' }), 'write', { watch, previous })).removed).toEqual(['b.ts']);
    expect(reads).toBe(1);
    expect(existsSync(path.join(out, 'b.ts'))).toBe(false);

    // Another writer (a CLI run) generated c.ts and a manifest that lists it: that manifest is read.
    writeFileSync(path.join(out, 'c.ts'), 'c');
    writeFileSync(path.join(out, 'manifest.json'), manifest(['a.ts', 'c.ts']));
    expect((await writeOutputs(out, set({ 'a.ts': 'a2' }), 'write', { watch, previous })).removed).toEqual(['c.ts']);
    expect(reads).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['a.ts', 'manifest.json']);
  });
});

describe("a watching session's backups", () => {
  it('are removed in the background once the set is in place, and before the next set is written', async () => {
    const out = path.join(tempProject(), 'out');
    const watch = createWriteWatch();
    const manifest = (n: number) => JSON.stringify({ generator: 'prd-orchestrator', n, files: ['api.ts', 'manifest.json'] });
    await writeOutputs(out, new Map([['api.ts', 'one'], ['manifest.json', manifest(1)]]), 'write', { watch });
    expect(watch.settling).toBeUndefined();
    await writeOutputs(out, new Map([['api.ts', 'two'], ['manifest.json', manifest(2)]]), 'write', { watch });
    // The outputs are in place at once; the backups of the files they replaced go in the background.
    expect(readFileSync(path.join(out, 'api.ts'), 'utf8')).toBe('two');
    expect(watch.settling).toBeInstanceOf(Promise);
    await watch.settling;
    expect(readdirSync(out).sort()).toEqual(['api.ts', 'manifest.json']);
    await writeOutputs(out, new Map([['api.ts', 'three'], ['manifest.json', manifest(3)]]), 'write', { watch });
    await watch.settling;
    expect(readdirSync(out).sort()).toEqual(['api.ts', 'manifest.json']);
    expect(readFileSync(path.join(out, 'api.ts'), 'utf8')).toBe('three');
  });

  it('are removed before a one-shot run returns', async () => {
    const out = path.join(tempProject(), 'out');
    const manifest = (n: number) => JSON.stringify({ generator: 'prd-orchestrator', n, files: ['api.ts', 'manifest.json'] });
    await writeOutputs(out, new Map([['api.ts', 'one'], ['manifest.json', manifest(1)]]), 'write');
    await writeOutputs(out, new Map([['api.ts', 'two'], ['manifest.json', manifest(2)]]), 'write');
    expect(readdirSync(out).sort()).toEqual(['api.ts', 'manifest.json']);
  });
});
