import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/parse.js';
import { bytesToRaw, rawToBytes } from './bytes.js';
import { applyEdits } from './edits.js';
import { frontmatterEdits, readFrontmatter, type FrontmatterUpdate } from './frontmatter.js';

function edit(input: string | Buffer, update: FrontmatterUpdate): string {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input, 'utf8');
  const doc = parsePrd(bytes, 'prd.md');
  return rawToBytes(applyEdits(bytesToRaw(bytes), frontmatterEdits(doc, update))).toString('utf8');
}

describe('frontmatterEdits', () => {
  it('changes only the owner value and the flow list, keeping quotes, comments, spacing and key order', () => {
    const input = "---\nid: '2.1.1.1'   # roadmap\nowner: \"sam\" # lead\nroles: [ 'backend' ]\nstatus: draft\n---\n# T\n";
    expect(edit(input, { owner: 'ana', roles: ['backend', 'qa'] })).toBe(
      "---\nid: '2.1.1.1'   # roadmap\nowner: \"ana\" # lead\nroles: [ 'backend', 'qa' ]\nstatus: draft\n---\n# T\n",
    );
  });

  it('rewrites a block list in place with its indentation and keeps the comment after it', () => {
    const input = '---\nroles:\n  - backend\n  - frontend # ui\nowner: sam\n---\n';
    expect(edit(input, { roles: ['qa', 'backend'] })).toBe('---\nroles:\n  - qa\n  - backend # ui\nowner: sam\n---\n');
  });

  it('appends missing keys after the existing ones, in the block style the frontmatter already uses, with CRLF', () => {
    const input = '---\r\ntitle: X\r\ntags:\r\n- a\r\n---\r\nbody\r\n';
    expect(edit(input, { owner: 'ana', roles: ['backend'] })).toBe('---\r\ntitle: X\r\ntags:\r\n- a\r\nowner: ana\r\nroles:\r\n- backend\r\n---\r\nbody\r\n');
  });

  it('creates a frontmatter after the BOM when there is none', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\r\n')]);
    const out = Buffer.from(edit(bytes, { owner: 'ana', roles: ['qa'] }), 'utf8');
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.subarray(3).toString('utf8')).toBe('---\r\nowner: ana\r\nroles: [qa]\r\n---\r\n# Title\r\n');
  });

  it('quotes values YAML would misread and fills empty values', () => {
    const out = edit("---\nowner:\nroles: []\n---\n", { owner: 'a: b #c', roles: ['true', 'x'] });
    expect(out).toBe('---\nowner: "a: b #c"\nroles: ["true", x]\n---\n');
    expect(readFrontmatter(parsePrd(out, 'p.md'))).toMatchObject({ owner: 'a: b #c', roles: ['true', 'x'] });
  });

  it('makes no edit when the values are already there', () => {
    const doc = parsePrd('---\nowner: ana\nroles: [backend, qa]\n---\n', 'p.md');
    expect(frontmatterEdits(doc, { owner: 'ana', roles: ['backend', 'qa'] })).toEqual([]);
  });

  it('reads ids as written (6.10 stays 6.10)', () => {
    expect(readFrontmatter(parsePrd('---\nid: 6.10\n---\n', 'p.md')).id).toBe('6.10');
  });

  it('refuses a flow-mapping frontmatter it cannot edit line by line, naming the file and line', () => {
    const doc = parsePrd('---\n{id: a}\n---\n# T\n', 'docs/prd/x.md');
    expect(() => frontmatterEdits(doc, { owner: 'ana' })).toThrow(expect.objectContaining({ code: 'EFRONTMATTER_TYPE', file: 'docs/prd/x.md', line: 2 }));
  });
});
