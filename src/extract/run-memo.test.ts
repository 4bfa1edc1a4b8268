import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/parse.js';
import { repoRoot } from '../testing/corpus.js';
import { createExtractRun, extractTasks } from './extract.js';

/** Every PRD of the style fixtures and probe sets (they repeat headings across files: "Overview", "API", "Acceptance criteria"). */
function prds(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  for (const dir of ['fixtures/styles', ...readdirSync(path.join(repoRoot, 'fixtures/probes')).filter((d) => d.startsWith('set')).map((d) => `fixtures/probes/${d}`)]) {
    for (const name of readdirSync(path.join(repoRoot, dir)).filter((n) => n.endsWith('.md')).sort()) {
      out.push({ file: `${dir}/${name}`, text: readFileSync(path.join(repoRoot, dir, name), 'utf8') });
    }
  }
  return out;
}

describe('a run shares what its PRDs\' headings say (ExtractRun)', () => {
  it('gives every PRD the tasks it gives on its own, and reads each distinct heading once', () => {
    const docs = prds();
    const run = createExtractRun();
    const distinct = new Set<string>();
    for (const { file, text } of docs) {
      const alone = JSON.stringify(extractTasks(parsePrd(text, file)));
      const doc = parsePrd(text, file);
      for (const s of doc.sections) if (s.level > 0) distinct.add(s.heading);
      expect(JSON.stringify(extractTasks(doc, { run })), file).toBe(alone);
    }
    expect(docs.length).toBeGreaterThan(150);
    // One entry per distinct heading of the whole run (a few fewer: an export's escapes are read away first).
    expect(run.words.headings.size).toBeLessThanOrEqual(distinct.size);
    expect(run.words.headings.size).toBeGreaterThan(distinct.size * 0.95);
    expect(run.words.headings.size).toBeLessThan(docs.reduce((n, d) => n + parsePrd(d.text, d.file).sections.length, 0));
  });
});
