import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/parse.js';
import { bytesToRaw, rawToBytes } from './bytes.js';
import { unifiedDiff } from './diff.js';
import { applyEdits } from './edits.js';
import { sectionEdits, type SectionSpec } from './sections.js';

const qa: SectionSpec = { key: '7.3', title: 'QA Artifacts', marker: 'qa', lines: ['- cases'] };
const roles: SectionSpec = { key: '9.1', title: 'Roles and Order', marker: 'roles', lines: ['1. backend'] };

function run(text: string | Buffer, specs = [qa, roles]): string {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  return rawToBytes(applyEdits(bytesToRaw(bytes), sectionEdits(parsePrd(bytes, 'p.md'), specs))).toString('latin1');
}

describe('sectionEdits', () => {
  it('replaces a placeholder and leaves the blank lines around it', () => {
    const out = run('## 7. Q\n\n### 7.3 QA Artifacts\n\n**TBD**\n\n## 9. D\n\n### 9.1 Roles and Order\n\nTBD\n');
    expect(out).toBe(
      '## 7. Q\n\n### 7.3 QA Artifacts\n\n<!-- prd-orchestrator:qa -->\n- cases\n<!-- /prd-orchestrator:qa -->\n\n## 9. D\n\n### 9.1 Roles and Order\n\n<!-- prd-orchestrator:roles -->\n1. backend\n<!-- /prd-orchestrator:roles -->\n',
    );
  });

  it("keeps the user's own text and adds the block after it; a re-run replaces only the block", () => {
    const once = run('### 7.3 QA Artifacts\n\nSee the test plan.  \n', [qa]);
    expect(once).toBe('### 7.3 QA Artifacts\n\nSee the test plan.\n\n<!-- prd-orchestrator:qa -->\n- cases\n<!-- /prd-orchestrator:qa -->  \n');
    const again = run(once, [{ ...qa, lines: ['- cases', '- results'] }]);
    expect(again).toBe('### 7.3 QA Artifacts\n\nSee the test plan.\n\n<!-- prd-orchestrator:qa -->\n- cases\n- results\n<!-- /prd-orchestrator:qa -->  \n');
  });

  it('inserts a missing section after its lower-numbered sibling, at the sibling level and key style', () => {
    const out = run('# T\n\n## 7. Quality\n\n### 7.1. Criteria\n\nx\n\n#### Notes\n\nn\n\n## 8. Pages\n\np\n', [qa]);
    expect(out).toBe('# T\n\n## 7. Quality\n\n### 7.1. Criteria\n\nx\n\n#### Notes\n\nn\n\n### 7.3. QA Artifacts\n\n<!-- prd-orchestrator:qa -->\n- cases\n<!-- /prd-orchestrator:qa -->\n\n## 8. Pages\n\np\n');
  });

  it('inserts before a higher-numbered sibling and at the end of the parent when it has no children', () => {
    expect(run('## 7. Q\n\n### 7.4 Later\n', [qa])).toBe('## 7. Q\n\n### 7.3 QA Artifacts\n\n<!-- prd-orchestrator:qa -->\n- cases\n<!-- /prd-orchestrator:qa -->\n\n### 7.4 Later\n');
    expect(run('## 9. D\ntext\n## 10. E\n', [roles])).toBe('## 9. D\ntext\n\n### 9.1 Roles and Order\n\n<!-- prd-orchestrator:roles -->\n1. backend\n<!-- /prd-orchestrator:roles -->\n\n## 10. E\n');
  });

  it('appends both sections at the end of an unnumbered CRLF document without a final newline, keeping it without one', () => {
    const out = run('# Title\r\n\r\n## Intro\r\n\r\nlast line');
    expect(out).toBe(
      '# Title\r\n\r\n## Intro\r\n\r\nlast line\r\n\r\n### 7.3 QA Artifacts\r\n\r\n<!-- prd-orchestrator:qa -->\r\n- cases\r\n<!-- /prd-orchestrator:qa -->\r\n\r\n### 9.1 Roles and Order\r\n\r\n<!-- prd-orchestrator:roles -->\r\n1. backend\r\n<!-- /prd-orchestrator:roles -->',
    );
    expect(run(out)).toBe(out);
  });

  it('edits the bytes after an invalid UTF-8 byte at the right place and keeps that byte', () => {
    const bytes = Buffer.concat([Buffer.from("## 7. Q\n\nit\x92s ", 'latin1'), Buffer.from('ünï\n\n### 7.3 QA Artifacts\n\nTBD\n', 'utf8')]);
    const out = Buffer.from(run(bytes, [qa]), 'latin1');
    expect(out.subarray(0, 16).equals(bytes.subarray(0, 16))).toBe(true);
    expect(out.toString('latin1')).toContain('\x92');
    expect(out.subarray(bytes.indexOf('TBD')).toString('utf8')).toBe('<!-- prd-orchestrator:qa -->\n- cases\n<!-- /prd-orchestrator:qa -->\n');
  });

  it('refuses a section holding only one marker, naming the line', () => {
    const doc = parsePrd('### 7.3 QA Artifacts\n\n<!-- prd-orchestrator:qa -->\nmine\n', 'p.md');
    expect(() => sectionEdits(doc, [qa])).toThrow(expect.objectContaining({ file: 'p.md', line: 3 }));
  });

  it('shows the edits as a unified diff with context and line numbers', () => {
    const text = '## 9. D\n\n### 9.1 Roles and Order\n\nTBD\n\n## 10. E\n';
    const bytes = Buffer.from(text);
    const diff = unifiedDiff('p.md', bytesToRaw(bytes), sectionEdits(parsePrd(bytes, 'p.md'), [roles]));
    expect(diff).toBe(
      '--- a/p.md\n+++ b/p.md\n@@ -2,6 +2,8 @@\n \n ### 9.1 Roles and Order\n \n-TBD\n+<!-- prd-orchestrator:roles -->\n+1. backend\n+<!-- /prd-orchestrator:roles -->\n \n ## 10. E\n',
    );
  });
});
