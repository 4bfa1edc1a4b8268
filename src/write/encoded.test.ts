import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../testing/tmp.js';
import { createWriteWatch } from './known.js';
import { writeOutputs } from './outputs.js';

describe('a watching session writes large outputs from pieces, reusing the bytes of unchanged pieces', () => {
  it('writes the joined pieces after any series of saves that keep, change, move and repeat pieces', async () => {
    const root = tempProject();
    const out = path.join(root, 'out');
    const watch = createWriteWatch();
    // Long pieces (their bytes are kept), short ones, and non-ASCII text (bytes ≠ characters).
    const long = (tag: string) => `${tag}: ${'é→x'.repeat(3000)}\n`;
    const a = long('a');
    const b = long('b');
    const c = long('c');
    const saves: string[][] = [[a, b, 'short\n'], [a, c, 'short\n'], [c, a, 'short\n', a], [a, 'changed\n', long('b')], ['x\n'], [b, b]];
    for (const pieces of saves) {
      const files = new Map<string, string[] | string>([['big.txt', pieces], ['manifest.json', `{"files":["big.txt","manifest.json"],"n":${pieces.length}}\n`]]);
      await writeOutputs(out, files, 'write', { watch });
      expect(readFileSync(path.join(out, 'big.txt'), 'utf8')).toBe(pieces.join(''));
    }
    expect(watch.encoded.size).toBeGreaterThan(0);
  });
});
