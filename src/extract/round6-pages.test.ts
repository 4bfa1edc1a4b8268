/**
 * Pages (UI routes) a sixth round of reading missed or took wrongly: routes that a table's status
 * says are gone, routes the text calls the old ones, earlier messages quoted under a reply, and the
 * misses listed below. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, pageRoutes } from '../testing/extract.js';

const pages = pageRoutes;
const table = (header: string[], rows: string[][]) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

describe('a status cell that says the row is gone, with a note after it', () => {
  it('skips a row whose status is "⛔ dropped — merged into …" or "Removed (replaced by …)"', () => {
    const md = ['# Garden', '', '## Screens', '', table(['Screen', 'Route', 'State'], [['Beds', '`/beds`', '✅ done'], ['Compost', '`/compost`', '⛔ dropped — merged into Beds'], ['Seeds', '`/seeds`', 'Removed (replaced by Beds)']])].join('\n');
    expect(pages(md)).toEqual(['/beds']);
  });
  it('keeps a row whose status only mentions removal later, and a screen named after removed things', () => {
    const md = ['# Garden', '', '## Screens', '', table(['Screen', 'Route', 'State'], [['Removed plants', '`/plants/removed`', 'planned'], ['Beds', '`/beds`', 'in review — nothing dropped']])].join('\n');
    expect(pages(md)).toEqual(['/beds', '/plants/removed']);
  });
});

describe('a route the text calls the old one', () => {
  it('skips "the old `/x` page" and "the former /y route", and keeps the new one of the sentence', () => {
    const md = ['# Garden', '', '## Screens', '', 'The old `/plots` page redirects to `/beds` now.', '', 'Plants are listed at `/plants`; the former `/flora` route goes away.'].join('\n');
    expect(pages(md)).toEqual(['/beds', '/plants']);
  });
  it('"bold", "golden" or "holder" before a route is no "old"', () => {
    const md = ['# Garden', '', '## Screens', '', '- Golden `/harvest` page', '- Holder `/trays`'].join('\n');
    expect(pages(md)).toEqual(['/harvest', '/trays']);
  });
});

describe('an earlier message quoted under a reply', () => {
  const reply = (attribution: string) =>
    ['# Garden portal', '', 'Members open the dashboard at `/members/home` after they log in.', '', attribution, '>', '> Could we add a swap board at `/members/swaps` and `POST /api/swaps`? Later maybe.'].join('\n');
  it.each(['> On Tue, 4 Mar 2025 at 09:12, Ana Ruiz <ana@example.org> wrote:', 'On Tue, 4 Mar 2025, Ana Ruiz <ana@example.org> wrote:', '> Le mar. 4 mars 2025, Ana Ruiz a écrit :'])(
    'reads nothing of the quote after "%s"',
    (attribution) => {
      expect(pages(reply(attribution))).toEqual(['/members/home']);
      expect(apiLines(reply(attribution))).toEqual([]);
    },
  );
  it('a quote with no attribution, or an attribution with no quote after it, is read as before', () => {
    const md = ['# Garden portal', '', '> Note: members manage swaps on the swaps page `/members/swaps`.', '', 'Ana wrote: the swaps page is `/members/offers`.'].join('\n');
    expect(pages(md)).toEqual(['/members/offers', '/members/swaps']);
  });
});
