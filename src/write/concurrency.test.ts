import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orchestrate } from '../orchestrate.js';
import { devCorpus, repoRoot } from '../testing/corpus.js';
import { tempProject } from '../testing/tmp.js';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = readFileSync(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

/** A project with two PRD sets that generate different outputs into the same folder. */
function twoSetProject() {
  const root = tempProject();
  mkdirSync(path.join(root, 'a'), { recursive: true });
  mkdirSync(path.join(root, 'b'), { recursive: true });
  const dev = readdirSync(devCorpus).filter((f) => f.endsWith('.md'));
  for (const f of dev.slice(0, 3)) cpSync(path.join(devCorpus, f), path.join(root, 'a', f));
  for (const f of dev.slice(2)) cpSync(path.join(devCorpus, f), path.join(root, 'b', f));
  return root;
}

describe('concurrent and interrupted runs', () => {
  it('runs racing on one output folder leave one complete set, never a mix', async () => {
    const root = twoSetProject();
    const outDir = 'gen';
    await orchestrate({ root, prds: 'a/*.md', outDir: 'ref-a' });
    await orchestrate({ root, prds: 'b/*.md', outDir: 'ref-b' });
    const refA = snapshot(path.join(root, 'ref-a'));
    const refB = snapshot(path.join(root, 'ref-b'));
    expect(refA).not.toEqual(refB);
    for (let round = 0; round < 8; round++) {
      const runs = Array.from({ length: 6 }, (_, i) => orchestrate({ root, prds: i % 2 === 0 ? 'a/*.md' : 'b/*.md', outDir }));
      const results = await Promise.all(runs);
      expect(results.every((r) => r.success)).toBe(true);
      const now = snapshot(path.join(root, outDir));
      expect([refA, refB]).toContainEqual(now);
    }
  });

  it('two CLI processes at once both succeed and the folder holds a complete set', async () => {
    const root = twoSetProject();
    const cli = path.join(repoRoot, 'dist/src/cli.js');
    if (!existsSync(cli)) throw new Error('run `npm run build` first: this test runs the built CLI');
    const run = (glob: string) =>
      new Promise<number>((resolve) => spawn(process.execPath, [cli, 'run', '--root', root, '--prds', glob, '--out', 'gen'], { stdio: 'ignore' }).on('exit', (c) => resolve(c ?? 1)));
    const codes = await Promise.all([run('a/*.md'), run('b/*.md'), run('a/*.md'), run('b/*.md')]);
    expect(codes).toEqual([0, 0, 0, 0]);
    await orchestrate({ root, prds: 'a/*.md', outDir: 'ref-a' });
    await orchestrate({ root, prds: 'b/*.md', outDir: 'ref-b' });
    expect([snapshot(path.join(root, 'ref-a')), snapshot(path.join(root, 'ref-b'))]).toContainEqual(snapshot(path.join(root, 'gen')));
  });

  it('a run killed in the middle leaves the previous outputs intact, and the next run cleans up', async () => {
    const root = tempProject();
    const prdDir = path.join(root, 'docs/prd');
    mkdirSync(prdDir, { recursive: true });
    // Enough PRDs that a run takes a while, so the kill lands mid-run.
    const base = readFileSync(path.join(devCorpus, 'd1-orders.md'), 'utf8');
    for (let i = 0; i < 400; i++) writeFileSync(path.join(prdDir, `p${i}.md`), base.replaceAll('/api/orders', `/api/orders${i}`));
    await orchestrate({ root });
    const out = path.join(root, 'src/generated/prd');
    const before = snapshot(out);
    for (let i = 0; i < 400; i++) writeFileSync(path.join(prdDir, `p${i}.md`), base.replaceAll('/api/orders', `/api/v2/orders${i}`));
    const cli = path.join(repoRoot, 'dist/src/cli.js');
    for (const delay of [60, 150, 250]) {
      const child = spawn(process.execPath, [cli, 'run', '--root', root], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const now = snapshot(out);
      const visible = Object.fromEntries(Object.entries(now).filter(([f]) => !f.endsWith('.prd-tmp') && !f.includes('.prd-orchestrator.lock')));
      // Either nothing of the new run is visible yet, or (killed after the commit) all of it is.
      if (JSON.stringify(visible) !== JSON.stringify(before)) expect(visible['manifest.json']).toContain('/api/v2/orders');
    }
    const finished = await orchestrate({ root });
    expect(finished.success).toBe(true);
    const after = Object.keys(snapshot(out));
    expect(after.filter((f) => f.endsWith('.prd-tmp') || f.includes('.prd-orchestrator.lock'))).toEqual([]);
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toContain('/api/v2/orders399');
  }, 60_000);
});
