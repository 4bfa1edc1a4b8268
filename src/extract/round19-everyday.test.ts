/**
 * Misses found by a nineteenth round of reading (a held-out probe set of PRDs by everyday authors:
 * a founder's Notion page, a terse backend spec, QA tables, an agency brief, a hackathon README, an
 * enterprise template). Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('toggle headings after an out-of-scope list', () => {
  const page = (summary: string) =>
    lines(
      '# Plantly', '', '## Not now', '', '- Seed swaps between gardens', '- A desktop app', '',
      '<details>', `<summary>${summary}</summary>`, '',
      '- `GET /api/beds/:bedId/plants`', '- `POST /api/beds/:bedId/plants`', '',
      '</details>', '',
    );

  it('reads a toggle whose summary names a part of the spec (API, data, screens) as a section of its own', () => {
    expect(apiLines(page('🔌 API (what the backend exposes)'))).toEqual(['GET /api/beds/:bedId/plants', 'POST /api/beds/:bedId/plants']);
    const screens = lines(
      '# Plantly', '', '## Not now', '', '- Seed swaps', '',
      '<details>', '<summary>Screens</summary>', '',
      '| Screen | Route |', '|---|---|', '| Garden | `/garden` |', '| Bed detail | `/beds/:bedId` |', '',
      '</details>', '',
    );
    expect(pageRoutes(screens).sort()).toEqual(['/beds/:bedId', '/garden']);
  });

  it('leaves a toggle out of scope when its summary names a feature or puts its part off', () => {
    expect(apiLines(page('Seed swaps'))).toEqual([]);
    expect(apiLines(page('API for seed swaps (later)'))).toEqual([]);
    expect(apiLines(page('Legacy API'))).toEqual([]);
  });

  it('keeps the out-of-scope list itself out, and a toggle indented under an item', () => {
    const md = lines(
      '# Plantly', '', '## Out of scope', '', '- Seed swaps (`GET /api/swaps`)', '',
      '  <details>', '  <summary>API</summary>', '', '  - `POST /api/swaps`', '', '  </details>', '',
    );
    expect(apiLines(md)).toEqual([]);
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a terse requirements heading: `reqs`', () => {
  it('reads the id items under `## reqs` and `## Func reqs` as rules', () => {
    const md = lines('# relay', '', '## reqs', '- R-1 every push signed with the tenant key.', '- R-2 payloads over 1 MB rejected → 413.', '');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['R-1', 'R-2']);
    const func = lines('# relay', '', '## Func reqs', '- R-1 every push signed with the tenant key.', '');
    expect(ruleRows(func).map((r) => r[0])).toEqual(['R-1']);
  });

  it('leaves a heading that only holds the word in a longer title, and its notes, alone', () => {
    const md = lines('# relay', '', '## reqs we dropped', '- R-1 every push signed with the tenant key.', '');
    expect(ruleRows(md)).toEqual([]);
    const notes = lines('# relay', '', '## Notes', '- every push signed with the tenant key', '');
    expect(ruleRows(notes)).toEqual([]);
  });
});
