/**
 * HTML tables (`<table>` with `<tr>`, `<th>`, `<td>`) read as Markdown tables are: by the real
 * extractor, through remark's HTML blocks and parse5.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, mergedTasks, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';
import { htmlTables } from './html-tables.js';

describe('HTML tables', () => {
  it('give rows with their document lines, code marks kept, entities decoded, optional end tags closed', () => {
    const html = ['<table>', '  <tr><th>Method</th><th>Path</th></tr>', '  <tr><td>GET</td><td><code>/api/rooms</code> &mdash; list</td></tr>', '  <tr><td>POST<td>/api/rooms', '</table>'].join('\n');
    expect(htmlTables(html, 10)).toEqual([
      { type: 'table', header: ['Method', 'Path'], line: 11, rows: [{ cells: ['GET', '`/api/rooms` — list'], line: 12 }, { cells: ['POST', '/api/rooms'], line: 13 }] },
    ]);
  });
  it('in a PRD: endpoints, screens, requirement ids and a captioned fields table', () => {
    const md = [
      '# Housekeeping',
      '',
      '## Requirements',
      '',
      '<table>',
      '  <tr><th>ID</th><th>Requirement</th></tr>',
      '  <tr><td>HK-01</td><td>The board must show every room&#39;s status.</td></tr>',
      '  <tr><td>HK-02</td><td>A supervisor can assign rooms.</td></tr>',
      '</table>',
      '',
      '## Screens',
      '',
      '<table>',
      '  <tr><th>Screen</th><th>Route</th></tr>',
      '  <tr><td>Board</td><td><code>/hk/board</code></td></tr>',
      '</table>',
      '',
      '## API',
      '',
      '<table>',
      '  <tr><th>Method</th><th>Path</th></tr>',
      '  <tr><td>PATCH</td><td><code>/api/hk/rooms/{roomNumber}/status</code></td></tr>',
      '</table>',
      '',
      '## Data',
      '',
      '<table>',
      '  <caption>Room</caption>',
      '  <tr><th>Field</th><th>Type</th></tr>',
      '  <tr><td>roomNumber</td><td>string</td></tr>',
      '  <tr><td>floor</td><td>integer</td></tr>',
      '</table>',
    ].join('\n');
    expect(ruleRows(md)).toEqual([
      ['HK-01', 'must', "The board must show every room's status."],
      ['HK-02', 'must', 'A supervisor can assign rooms.'],
    ]);
    expect(pageRoutes(md)).toEqual(['/hk/board']);
    expect(apiLines(md)).toEqual(['PATCH /api/hk/rooms/:roomNumber/status']);
    expect(modelLines(md)).toEqual(['Room { roomNumber: string; floor: number }']);
  });
  it('not a table in a code block, not a table under an out-of-scope heading, not a table nested in a cell as part of it', () => {
    const md = [
      '# Housekeeping',
      '',
      '## API',
      '',
      '```html',
      '<table><tr><th>Method</th><th>Path</th></tr><tr><td>GET</td><td>/api/example</td></tr></table>',
      '```',
      '',
      '## Out of scope',
      '',
      '<table>',
      '  <tr><th>Method</th><th>Path</th></tr>',
      '  <tr><td>GET</td><td>/api/legacy</td></tr>',
      '</table>',
    ].join('\n');
    expect(mergedTasks(md).filter((t) => t.kind === 'api')).toEqual([]);
    const nested = htmlTables('<table><tr><th>A</th></tr><tr><td>x<table><tr><th>In</th></tr><tr><td>y</td></tr></table></td></tr></table>', 1);
    expect(nested.map((t) => [t.header, t.rows.map((r) => r.cells)])).toEqual([
      [['A'], [['x']]],
      [['In'], [['y']]],
    ]);
  });
});
