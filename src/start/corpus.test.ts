import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTasks } from '../extract/extract.js';
import { parsePrd } from '../prd/parse.js';
import type { Task } from '../types.js';
import { findSection } from './sections.js';
import { runStart } from './run.js';
import { makeProject, repoRoot, sharedDir } from './testing/project.js';
import { touchedOutside } from './testing/touched.js';

const devDir = path.join(repoRoot, 'fixtures/corpus/dev');
const realDir = path.join(sharedDir, 'corpus/real');
const hasReal = existsSync(realDir);
if (!hasReal) console.log(`start corpus: ${realDir} not found, running the dev corpus only`);

async function prdsIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').sort();
}

/** What a PRD says, without where it says it: the edit must not change it. */
function meaning(tasks: Task[]): string[] {
  return tasks.map((t) => JSON.stringify({ ...t, sources: t.sources.map((s) => s.section) })).sort();
}

const cases: Array<[string, string]> = [];
for (const dir of hasReal ? [devDir, realDir] : [devDir]) for (const name of await prdsIn(dir)) cases.push([name, dir]);

describe('start on the corpus (--prd)', () => {
  it.each(cases)('%s: only the frontmatter, 7.3 and 9.1 change; a second run changes nothing', async (name, dir) => {
    const original = await readFile(path.join(dir, name));
    const file = `docs/prd/${name}`;
    const root = await makeProject({ [file]: original });
    const first = await runStart({ root, prd: file, owner: 'ana', roles: 'backend,frontend,qa', pipeline: false });
    const after = await readFile(path.join(root, file));
    expect(first.changed).toContain(file);
    expect(touchedOutside(original, after, file)).toBeUndefined();

    const before = parsePrd(original, file);
    const doc = parsePrd(after, file);
    expect(doc.bom).toBe(before.bom);
    expect(doc.eol).toBe(before.eol);
    if (before.eol === '\r\n' && !/(?<!\r)\n/.test(before.text)) expect(doc.text).not.toMatch(/(?<!\r)\n/);
    expect(after.at(-1) === 0x0a).toBe(original.length === 0 || original.at(-1) === 0x0a);
    expect(doc.replacements.map((r) => r.bytes)).toEqual(before.replacements.map((r) => r.bytes));
    const qa = findSection(doc, { key: '7.3', title: 'QA Artifacts' });
    const roles = findSection(doc, { key: '9.1', title: 'Roles and Order' });
    expect(doc.text.slice(qa!.bodyStart, qa!.end)).toContain(first.changed.find((f) => f.endsWith('.cases.md'))!.split('/').pop());
    expect(doc.text.slice(roles!.bodyStart, roles!.end)).toMatch(/1\. \*\*backend\*\*[^\n]*\r?\n2\. \*\*frontend\*\*[^\n]*\r?\n3\. \*\*qa\*\*/);
    expect(meaning(extractTasks(doc))).toEqual(meaning(extractTasks(before)));

    const second = await runStart({ root, prd: file, owner: 'ana', roles: 'backend,frontend,qa', pipeline: false });
    expect(second.changed).toEqual([]);
    expect((await readFile(path.join(root, file))).equals(after)).toBe(true);
  });
});
