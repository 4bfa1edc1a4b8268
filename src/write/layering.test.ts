import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/corpus.js';
import { importsOf, sourceFiles } from '../testing/imports.js';

/** What of `node:fs` can change the file system. */
const WRITES = /^(?:write|append|rename|rm|rmdir|unlink|mkdir|mkdtemp|copy|cp|link|symlink|chmod|chown|lchown|truncate|ftruncate|open|createWriteStream|utimes|lutimes|futimes)/;
const FS = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);

describe('one writer', () => {
  it('no module in src/ but those of src/write/ imports a file-writing call of node:fs (tests and testing helpers exempt)', () => {
    const src = path.join(repoRoot, 'src');
    const offenders: string[] = [];
    for (const file of sourceFiles([src])) {
      const rel = path.relative(src, file).split(path.sep).join('/');
      if (rel.startsWith('write/') || rel.endsWith('.test.ts') || rel.split('/').includes('testing')) continue;
      for (const edge of importsOf(file)) {
        if (!FS.has(edge.specifier)) continue;
        // A namespace or default import could call anything: name the functions instead.
        for (const name of edge.names) if (name === '*' || name === 'default' || WRITES.test(name)) offenders.push(`${rel}: ${name} from ${edge.specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
