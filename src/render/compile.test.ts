import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orchestrate } from '../orchestrate.js';
import { devCorpus, hasRealCorpus, realCorpus, repoRoot } from '../testing/corpus.js';
import { tempProject } from '../testing/tmp.js';

const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');

/**
 * Every PRD of both corpus folders, each alone and all together, plus PRDs with names designed to
 * escape: the generated TypeScript must compile under --strict as ESM (nodenext, "type": "module").
 */
describe('generated TypeScript compiles under tsc --strict --module nodenext', () => {
  it('for every corpus PRD and the hostile fixtures', async () => {
    const root = tempProject('prd-tsc-');
    const prdDir = path.join(root, 'docs/prd');
    mkdirSync(prdDir, { recursive: true });
    cpSync(devCorpus, prdDir, { recursive: true, filter: (s) => !s.endsWith('.json') });
    cpSync(path.join(repoRoot, 'fixtures/hostile'), prdDir, { recursive: true });
    cpSync(path.join(repoRoot, 'fixtures/styles'), prdDir, { recursive: true, filter: (s) => !s.endsWith('.json') });
    if (hasRealCorpus) cpSync(realCorpus, prdDir, { recursive: true, filter: (s) => !s.endsWith('.tsv') });
    const files = readdirSync(prdDir).sort();
    const outDirs: string[] = [];
    for (const [i, f] of files.entries()) {
      const outDir = `gen/p${i}`;
      const r = await orchestrate({ root, files: [`docs/prd/${f}`], outDir });
      expect(r.errors).toEqual([]);
      outDirs.push(outDir);
    }
    const all = await orchestrate({ root, prds: ['docs/prd/*'], outDir: 'gen/all' });
    expect(all.errors).toEqual([]);
    expect(all.tasks).toBeGreaterThan(40);
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(
      path.join(root, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: [], lib: ['es2022'], noUnusedLocals: true }, include: ['gen/**/*.ts'] }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', root], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
    }
    expect(output).toBe('');
    // PRD text is data: the hostile strings appear only inside string literals or comments.
    const hostileOut = path.join(root, outDirs[files.indexOf('escape.md')]!);
    const pages = readFileSync(path.join(hostileOut, 'pages.ts'), 'utf8');
    expect(pages).not.toContain('</script>');
    expect(pages).toContain('\\u003c/script\\u003e');
    const models = readFileSync(path.join(hostileOut, 'models.ts'), 'utf8');
    expect(models).toContain('"__proto__": string;');
    expect(models).not.toMatch(/process\.exit\(1\);/);
    const manifest = JSON.parse(readFileSync(path.join(hostileOut, 'manifest.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  }, 120_000);
});
