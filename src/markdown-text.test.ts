import { describe, expect, it } from 'vitest';
import { htmlSafeCell, inlineCode, mdLink, mdText, tableCell } from './markdown-text.js';

describe('Markdown writers for untrusted text', () => {
  it('mdText: one line, Markdown punctuation escaped', () => {
    expect(mdText('  **bold**\n[link](x) | `code` <b>  ')).toBe('\\*\\*bold\\*\\* \\[link\\](x) \\| \\`code\\` \\<b\\>');
  });

  it('inlineCode: a fence longer than any backtick run inside, padded when the text starts or ends with one', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('plain\ntext')).toBe('`plain text`');
  });

  it('mdLink: each path segment percent-encoded, the label escaped', () => {
    expect(mdLink('a [b]', 'docs/my prd (1).md#Orders & more')).toBe('[a \\[b\\]](docs/my%20prd%20(1).md#Orders%20%26%20more)');
  });

  it('tableCell: one line, backslashes and pipes escaped; htmlSafeCell escapes HTML and backticks too', () => {
    expect(tableCell(' a|b\\c\r\nd ')).toBe('a\\|b\\\\c d');
    expect(htmlSafeCell('<T> & `x` | y')).toBe('&lt;T&gt; &amp; \\`x\\` \\| y');
  });
});
