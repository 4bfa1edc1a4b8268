import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLineStarts, lineText } from './lines.js';
import { scanSections } from './sections.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|>|\||<|#)/;

/** The heading scan as first written, every line cut out and tested: the reference for the faster one. */
function headsReference(text: string, lineStarts: number[], firstLine: number) {
  const heads: Array<{ line: number; level: number; heading: string }> = [];
  let fence: { char: string; len: number; line: number } | undefined;
  let prevText = false;
  for (let i = firstLine; i < lineStarts.length; i++) {
    const line = lineText(text, lineStarts, i);
    if (fence) {
      const m = FENCE_OPEN.exec(line);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.len && m[2]!.trim() === '') fence = undefined;
      continue;
    }
    const f = FENCE_OPEN.exec(line);
    if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
      fence = { char: f[1]![0]!, len: f[1]!.length, line: i + 1 };
      prevText = false;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      heads.push({ line: i + 1, level: atx[1]!.length, heading: (atx[2] ?? '').trim() });
      prevText = false;
      continue;
    }
    if (prevText && SETEXT.test(line)) {
      heads.push({ line: i, level: line.trim()[0] === '=' ? 1 : 2, heading: lineText(text, lineStarts, i - 1).trim() });
      prevText = false;
      continue;
    }
    prevText = line.trim() !== '' && !NOT_PARAGRAPH.test(line) && !/^ {4}/.test(line);
  }
  return { heads, unclosedFence: fence?.line };
}

describe('section scan', () => {
  it('finds the same headings, fences and setext underlines as cutting out every line', () => {
    const line = fc.constantFrom(
      '# Title', '## 2. API', '### x ###', '#no', '####### seven', '   # three', '    # four', '\t# tab',
      'text', 'Some text', '  indented text', '    code', '\tcode', '\u00a0nbsp text', '', '   ', '\t',
      '===', '---', '  ---', '- item', '* item', '+ item', '1. item', '2) item', '2024 was', '> quote', '| a | b |', '<div>',
      '```', '```ts', '````', '~~~', '~~~ x', '``` a`b', '   ```', '    ```', '```  ', '~~~~', '— dash', '漢字', '😀 emoji', '-', '=',
    );
    const eol = fc.constantFrom('\n', '\r\n', '\n', '\u2028\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { maxLength: 30 }), fc.boolean(), (lines, trailing) => {
        let text = lines.map(([l, e]) => l + e).join('');
        if (!trailing && text.endsWith('\n')) text = text.slice(0, -1);
        const starts = computeLineStarts(text);
        const got = scanSections(text, starts, 0);
        const want = headsReference(text, starts, 0);
        expect(got.sections.filter((s) => s.level > 0).map((s) => ({ line: s.line, level: s.level, heading: s.heading }))).toEqual(want.heads);
        expect(got.unclosedFence).toBe(want.unclosedFence);
      }),
      { numRuns: 5000, seed: 9 },
    );
  });
});
