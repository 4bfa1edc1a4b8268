import { describe, expect, it } from 'vitest';
import { detach, hasWideChars } from './strings.js';

describe('detach', () => {
  const doc = `Intro — ${'x'.repeat(50)} /api/orders/:id « café » 漢字 ${'y'.repeat(40)}`;
  const pieces = [doc.slice(8, 20), doc.slice(8, 70), doc.slice(0, 5), doc.slice(59, 75), doc.slice(75, 82), '', 'é', '漢字', '\u00ff\u0100'];

  it.each([true, false])('returns the same text, whatever it holds (fromWide %s)', (fromWide) => {
    for (const p of pieces) expect(detach(p, fromWide)).toBe(p);
  });

  it('tells texts with characters beyond Latin-1 apart', () => {
    expect(hasWideChars(doc)).toBe(true);
    expect(hasWideChars('café « plain » ÿ')).toBe(false);
    expect(hasWideChars('\u0100')).toBe(true);
  });
});
