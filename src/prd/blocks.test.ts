import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineText, splitRow } from './blocks.js';

/** The row splitter as first written (a character at a time): the reference for the faster one. */
function splitRowReference(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  let code = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (c === '`') {
      code = !code;
      cur += c;
    } else if (c === '|' && !code) {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells.map(inlineText);
}

describe('table rows', () => {
  it('split on pipes outside code spans, with \\| escapes', () => {
    expect(splitRow('| `a|b` | c\\|d | **e** |')).toEqual(['a|b', 'c|d', 'e']);
  });

  it('split exactly as the reference splitter on any mix of pipes, escapes, backticks and text', () => {
    const char = fc.constantFrom('|', '\\', '`', 'a', ' ', '*', '_', '[', ']', '(', ')', '<', '>', 'é', '\t');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const line = chars.join('');
        expect(splitRow(line)).toEqual(splitRowReference(line));
      }),
      { numRuns: 5000, seed: 3 },
    );
  });
});
