import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/parse.js';
import { devCorpus, hasRealCorpus, realCorpus, repoRoot } from '../testing/corpus.js';
import { extractTasks } from './extract.js';

/**
 * The line block reader is the fast path; remark is the reference. On every corpus PRD both must
 * yield the same tasks, so the speed-up changes nothing a user sees.
 */
const sets: Array<[string, string]> = [
  ['dev', devCorpus],
  ['hostile', path.join(repoRoot, 'fixtures/hostile')],
  ['styles', path.join(repoRoot, 'fixtures/styles')],
  ...(hasRealCorpus ? ([['real', realCorpus]] as Array<[string, string]>) : []),
];

describe('line reader and remark agree', () => {
  for (const [name, dir] of sets) {
    for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
      it(`${name}/${file}`, () => {
        const doc = parsePrd(readFileSync(path.join(dir, file)), file);
        expect(extractTasks(doc)).toEqual(extractTasks(doc, { reader: 'remark' }));
      });
    }
  }
});
