import { describe, expect, it } from 'vitest';
import { PrdError } from '../errors.js';
import { byteOffset } from './decode.js';
import { parsePrd } from './parse.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('parsePrd', () => {
  it('splits ATX and setext sections with numbered keys, ignoring headings in fences', () => {
    const doc = parsePrd(bytes('---\nid: 1.2\n---\nIntro\n\nTitle\n=====\n\n## 7.3 QA Artifacts\n```md\n# not a heading\n```\nSub\n---\nbody\n'), 'a.md');
    expect(doc.frontmatter?.data).toEqual({ id: '1.2' });
    expect(doc.sections.map((s) => [s.heading, s.key ?? null, s.level, s.style, s.line])).toEqual([
      ['', null, 0, 'none', 4],
      ['Title', null, 1, 'setext', 6],
      ['7.3 QA Artifacts', '7.3', 2, 'atx', 9],
      ['Sub', null, 2, 'setext', 13],
    ]);
    expect(doc.sections[2]!.title).toBe('QA Artifacts');
    const s = doc.sections[2]!;
    expect(doc.text.slice(s.start, s.bodyStart)).toBe('## 7.3 QA Artifacts\n');
    expect(doc.text.slice(s.bodyStart, s.end)).toBe('```md\n# not a heading\n```\n');
  });

  it('keeps CRLF offsets exact and strips the BOM', () => {
    const doc = parsePrd(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('# A\r\nx\r\n## B\r\ny')]), 'a.md');
    expect(doc.bom).toBe(true);
    expect(doc.eol).toBe('\r\n');
    expect(doc.sections.map((s) => doc.text.slice(s.start, s.end))).toEqual(['# A\r\nx\r\n', '## B\r\ny']);
    expect(byteOffset(doc, doc.sections[1]!.start)).toBe(3 + 8);
  });

  it('reads a stray Windows-1252 byte as a person would, warns, and maps offsets back to bytes', () => {
    const raw = Buffer.concat([bytes('# Don'), Buffer.from([0x92]), bytes('t panic — ok\n## Next\n')]);
    const doc = parsePrd(raw, 'w.md');
    expect(doc.text.startsWith('# Don’t panic')).toBe(true);
    expect(doc.warnings).toMatchObject([{ file: 'w.md', line: 1, column: 6, code: 'WENCODING' }]);
    const next = doc.sections[1]!.start;
    expect(raw.subarray(byteOffset(doc, next)).toString('utf8')).toBe('## Next\n');
  });

  it('warns on an unclosed fence and an empty file, and goes on', () => {
    expect(parsePrd(bytes('# A\n```\ncode\n'), 'f.md').warnings).toMatchObject([{ line: 2, code: 'WFENCE' }]);
    expect(parsePrd(bytes(''), 'e.md').warnings).toMatchObject([{ code: 'WEMPTY' }]);
  });

  it.each([
    ['---\ntitle: a\n# no close\n', 'EFRONTMATTER_UNCLOSED', 1],
    ['---\ntitle: [a\nowner: b\n---\n', 'EFRONTMATTER', 3],
    ['---\n- a\n- b\n---\n', 'EFRONTMATTER_TYPE', 2],
  ])('rejects bad frontmatter with its line (%#)', (text, code, line) => {
    try {
      parsePrd(bytes(text), 'bad.md');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PrdError);
      expect(error).toMatchObject({ code, file: 'bad.md', line });
      expect((error as PrdError).format()).toMatch(new RegExp(`^bad\\.md:${line}:\\d+ `));
    }
  });

  it('rejects binary files', () => {
    expect(() => parsePrd(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.zip')).toThrow(/binary file/);
  });
});
