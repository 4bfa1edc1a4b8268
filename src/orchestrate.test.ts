import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { orchestrate } from './orchestrate.js';
import { hasRealCorpus, realCorpus, REAL_CORPUS_NOTICE } from './testing/corpus.js';
import { devProject, tempProject } from './testing/tmp.js';

const out = 'src/generated/prd';
const snapshot = (root: string) => {
  const dir = path.join(root, out);
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[path.relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
};

describe('orchestrate', () => {
  it('writes the derived files once, then finds nothing to change', async () => {
    const root = devProject();
    const first = await orchestrate({ root });
    const prds = readdirSync(path.join(root, 'docs/prd')).filter((f) => f.endsWith('.md'));
    expect(prds.length).toBeGreaterThanOrEqual(8);
    expect(first).toMatchObject({ success: true, prds: prds.length, errors: [] });
    expect(first.filesWritten.sort()).toEqual(
      ['api.ts', 'index.ts', 'manifest.json', 'models.ts', 'pages.ts', ...prds.map((f) => `qa/docs-prd-${f}`)].map((f) => `${out}/${f}`).sort(),
    );
    const second = await orchestrate({ root });
    expect(second.filesWritten).toEqual([]);
    expect(second.filesUnchanged).toHaveLength(first.filesWritten.length);
    const manifest = JSON.parse(readFileSync(path.join(root, out, 'manifest.json'), 'utf8'));
    expect(manifest.tasks.length).toBe(first.tasks);
    // Every task carries its id, and ids are unique: diff and the QA case ids key on them.
    const ids = manifest.tasks.map((t: { id?: string }) => t.id);
    expect(ids.every((id: unknown) => typeof id === 'string' && id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(manifest.prds.map((p: { file: string }) => p.file)).toEqual(readdirSync(path.join(root, 'docs/prd')).map((f) => `docs/prd/${f}`).sort());
    expect(JSON.stringify(manifest)).not.toContain(root);
  });

  it('produces the same bytes from another folder (no absolute paths, no timestamps)', async () => {
    const a = devProject();
    const b = devProject();
    await orchestrate({ root: a });
    await orchestrate({ root: b });
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('check: passes when up to date, fails listing an edited file, writes nothing', async () => {
    const root = devProject();
    await orchestrate({ root });
    expect((await orchestrate({ root, mode: 'check' })).success).toBe(true);
    const api = path.join(root, out, 'api.ts');
    writeFileSync(api, `${readFileSync(api, 'utf8')}// hand edit\n`);
    const check = await orchestrate({ root, mode: 'check' });
    expect(check).toMatchObject({ success: false, drift: [`${out}/api.ts`] });
    expect(readFileSync(api, 'utf8')).toContain('// hand edit');
  });

  it('dry-run writes nothing and lists what would change', async () => {
    const root = devProject();
    const dry = await orchestrate({ root, mode: 'dry-run' });
    expect(dry.filesWritten).toContain(`${out}/manifest.json`);
    expect(existsSync(path.join(root, out))).toBe(false);
  });

  it('removes files the previous manifest listed, and nothing else', async () => {
    const root = devProject();
    await orchestrate({ root });
    writeFileSync(path.join(root, out, 'notes.txt'), 'mine');
    rmSync(path.join(root, 'docs/prd/d2-library-tables.md'));
    const again = await orchestrate({ root });
    expect(again.filesRemoved).toEqual([`${out}/qa/docs-prd-d2-library-tables.md`]);
    expect(readFileSync(path.join(root, out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('a broken PRD fails the run with file:line:col and writes nothing, keeping the last good output', async () => {
    const root = devProject();
    await orchestrate({ root });
    const before = snapshot(root);
    writeFileSync(path.join(root, 'docs/prd/d1-orders.md'), '---\nid: [1\n---\n# x\nAPI: GET /api/new\n');
    writeFileSync(path.join(root, 'docs/prd/new.md'), '# New\nAPI: GET /api/other\n');
    const result = await orchestrate({ root });
    expect(result.success).toBe(false);
    expect(result.errors.map((e) => e.format())).toEqual([expect.stringMatching(/^docs\/prd\/d1-orders\.md:\d+:\d+ Invalid YAML in frontmatter/)]);
    expect(snapshot(root)).toEqual(before);
  });

  it.each([
    ['a directory given as a file', (root: string) => mkdirSync(path.join(root, 'docs/prd/dir.md')), 'EISDIR', ['docs/prd/d1-orders.md', 'docs/prd/dir.md']],
    ['a missing file', () => {}, 'ENOENT', ['docs/prd/missing.md']],
    ['a binary file', (root: string) => writeFileSync(path.join(root, 'docs/prd/bin.md'), Buffer.from([1, 0, 2])), 'EBINARY', []],
  ] as const)('rejects %s', async (_, setup, code, files) => {
    const root = devProject();
    setup(root);
    const result = await orchestrate(files.length > 0 ? { root, files: [...files] } : { root });
    expect(result.success).toBe(false);
    expect(result.errors[0]).toMatchObject({ code });
    expect(existsSync(path.join(root, out))).toBe(false);
  });

  it('refuses to write through a symlink inside the output folder', async () => {
    const root = devProject();
    const outside = tempProject('outside-');
    mkdirSync(path.join(root, out), { recursive: true });
    symlinkSync(outside, path.join(root, out, 'qa'));
    await expect(orchestrate({ root })).rejects.toThrow(/symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('validates options up front, naming the option and the allowed values', async () => {
    await expect(orchestrate({ mode: 'fast' as never })).rejects.toThrow(new UsageError('Option "mode" is "fast"; expected one of "write", "check", "dry-run"'));
    await expect(orchestrate({ root: '/tmp', outDir: '../elsewhere' })).rejects.toThrow(/must be a folder inside the root/);
  });

  it('leaves a project without PRDs untouched', async () => {
    const root = tempProject();
    const result = await orchestrate({ root });
    expect(result).toMatchObject({ success: true, prds: 0, filesWritten: [] });
    expect(readdirSync(root)).toEqual([]);
  });

  it('a read-only output file that needs no change is fine', async () => {
    const root = devProject();
    await orchestrate({ root });
    chmodSync(path.join(root, out, 'models.ts'), 0o444);
    expect((await orchestrate({ root })).success).toBe(true);
  });
});

if (!hasRealCorpus) console.log(REAL_CORPUS_NOTICE);

describe('real PRDs (other people’s text)', () => {
  it.runIf(hasRealCorpus)('every real PRD goes through run with no error, and again with nothing to change', async () => {
    const root = tempProject();
    cpSync(realCorpus, path.join(root, 'docs/prd'), { recursive: true });
    const result = await orchestrate({ root, prds: ['docs/prd/*.md', 'docs/prd/*.txt'] });
    expect(result.errors).toEqual([]);
    expect(result.prds).toBe(17);
    expect(result.warnings.filter((w) => w.code === 'WENCODING').map((w) => w.file)).toEqual(['docs/prd/patient-scheduling-prd.md']);
    expect((await orchestrate({ root, prds: ['docs/prd/*.md', 'docs/prd/*.txt'] })).filesWritten).toEqual([]);
  });
});
