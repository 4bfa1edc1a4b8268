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

describe('a thing on a page at a route: "picker UI at `/x`", "hold switch at `/y`"', () => {
  it('reads the route after a UI noun and a preposition, in a task list too', () => {
    const md = ['# Garden', '', '## Milestones', '', '- [x] GRD-12 Watering schedule picker UI at `/settings/watering`', '- [ ] GRD-14 Frost alert switch on /admin/frost', '- [ ] GRD-15 Seed order form (`/seeds/order`)'].join('\n');
    expect(pages(md)).toEqual(['/admin/frost', '/seeds/order', '/settings/watering']);
  });
  it('not a route after another noun, nor an API path after a UI noun', () => {
    const md = ['# Garden', '', '## Milestones', '', '- [ ] GRD-20 Metrics exposed at `/metrics`', '- [ ] GRD-21 Health check at /healthz', '- [ ] GRD-22 Upload form at `/api/uploads`'].join('\n');
    expect(pages(md)).toEqual([]);
  });
});

describe('seeing something at a route', () => {
  it('takes both routes of "see … on /a and open one at /b"', () => {
    expect(pages('# Garden\n\n1. See upcoming harvests on /harvests and open one at /harvests/:id.\n')).toEqual(['/harvests', '/harvests/:id']);
  });
  it('not a route of another clause after "see"', () => {
    expect(pages('# Garden\n\nGardeners see a badge when data is sent to /collect.\n')).toEqual([]);
  });
});

describe('page nouns of other languages before a route in code marks', () => {
  it('reads "на странице `/x`", "la página `/y`" and "`/z` 页面"', () => {
    const md = ['# Сад', '', '- Садовник видит список грядок на странице `/beds`', '- El jardinero abre la página `/semillas`', '- 用户在 `/harvest` 页面查看收成'].join('\n');
    expect(pages(md)).toEqual(['/beds', '/harvest', '/semillas']);
  });
  it('no page without a page noun, nor from a word that only holds one', () => {
    const md = ['# Сад', '', '- Сервис отвечает через `/internal/ping`', '- Die Rückseitendaten liegen unter `/exports/back`'].join('\n');
    expect(pages(md)).toEqual([]);
  });
});

describe('screen tables headed in Indonesian or Russian', () => {
  it('reads `| Halaman | Rute |` and `| Экран | Маршрут |`', () => {
    const id = ['# Kebun', '', '## Ringkasan', '', table(['Halaman', 'Rute'], [['Dasbor', '`/dasbor`'], ['Detail bedeng', '`/bedeng/:bedengId`']])].join('\n');
    expect(pages(id)).toEqual(['/bedeng/:bedengId', '/dasbor']);
    const ru = ['# Сад', '', '## Обзор', '', table(['Экран', 'Маршрут'], [['Грядки', '`/beds`']])].join('\n');
    expect(pages(ru)).toEqual(['/beds']);
  });
  it('a route column beside no screen column, outside a screens section, gives no page (a courier\'s delivery route)', () => {
    const md = ['# Kebun', '', '## Pengiriman', '', table(['Kurir', 'Rute'], [['Budi', '`/gudang/utara`']])].join('\n');
    expect(pages(md)).toEqual([]);
  });
});

describe('Django url patterns', () => {
  const urls = (heading: string, lang = 'python') =>
    [
      '# Garden',
      '',
      heading,
      '',
      '```' + lang,
      'urlpatterns = [',
      '    path("", views.home, name="home"),',
      '    path("beds/<slug:slug>/", views.BedDetail.as_view(), name="bed"),',
      '    path("beds/<slug:slug>/plants/<int:position>/", views.plant),',
      '    path("api/beds/", views.BedApi.as_view()),',
      '    path("blog/", include("blog.urls")),',
      ']',
      '```',
    ].join('\n');
  it('reads the pages of `path("…", view)` under a screens heading or in `urlpatterns`', () => {
    expect(pages(urls('## Pages (`garden/urls.py`)'))).toEqual(['/', '/beds/:slug', '/beds/:slug/plants/:position']);
    expect(pages(urls('## Wiring', ''))).toEqual(['/', '/beds/:slug', '/beds/:slug/plants/:position']);
  });
  it('no page under an API heading, nor from a `path(` call outside url patterns and screens', () => {
    expect(pages(urls('## API'))).toEqual([]);
    expect(pages(['# Garden', '', '## Storage', '', '```python', 'path("exports/beds/", mode=0o755)', '```'].join('\n'))).toEqual([]);
  });
});

describe('a screen sketch in a code block (a breadboard)', () => {
  const sketch = (body: string[]) => ['# Garden swaps', '', '## Solution', '', '### Breadboard', '', '```', ...body, '```'].join('\n');
  it('reads each place and its route in parentheses, a comment after an arrow allowed', () => {
    const md = sketch(['Swap board (/g/:gardenSlug/swaps)', '  • offers, newest first', '  • [Offer seeds] ──► Offer form', '', 'Offer form (/g/:gardenSlug/swaps/new)   ← from the board', '  • seed, amount']);
    expect(pages(md)).toEqual(['/g/:gardenSlug/swaps', '/g/:gardenSlug/swaps/new']);
  });
  it('not a block with one place, a line of another shape, nothing on the places, or API paths', () => {
    expect(pages(sketch(['Swap board (/swaps)', '  • offers']))).toEqual([]);
    expect(pages(sketch(['Swap board (/swaps)', '  • offers', 'then the cron job runs (/jobs/nightly) and mails', 'Offer form (/swaps/new)', '  • seed']))).toEqual([]);
    expect(pages(sketch(['Swap board (/swaps)', 'Offer form (/swaps/new)']))).toEqual([]);
    expect(pages(sketch(['List swaps (/api/swaps)', '  • GET', 'Create swap (/api/swaps/new)', '  • POST']))).toEqual([]);
  });
});

describe('a list right under a paragraph label that names screens', () => {
  it('reads "Screens (mockups attached: …):" and its list of routes, in code marks or bare', () => {
    const md = ['# Garden', '', '## Delivery', '', 'Screens (mockups attached: `beds-v2.png`, `swap.png`):', '', '- Bed overview: `/beds/:bedId`', '- Swap board — `/swaps`'].join('\n');
    expect(pages(md)).toEqual(['/beds/:bedId', '/swaps']);
    expect(pages(['# Garden', '', '## Delivery', '', '**Key screens**:', '- Bed overview: /beds/:bedId', '- Swap board: /swaps'].join('\n'))).toEqual(['/beds/:bedId', '/swaps']);
  });
  it('not under another label, and not past the next paragraph', () => {
    const md = ['# Garden', '', '## Delivery', '', 'Probes (see runbook):', '', '- Liveness: `/healthz`', '', 'Screens:', '', '- Swap board: `/swaps`', '', 'Ops also scrape these:', '', '- Metrics: `/metrics`'].join('\n');
    expect(pages(md)).toEqual(['/swaps']);
  });
});

describe('labelled routes listed under a heading that names a UI', () => {
  it('reads "- Label — `/route`" items under "## Dashboard", even in an API-titled document', () => {
    const md = ['# Garden API — developer spec', '', '## Beds', '', '- `GET /api/beds` lists beds', '', '## Dashboard', '', '- Beds list — `/beds`', '- Bed detail: /beds/:bedId', '- Stats feed — `GET /api/stats`'].join('\n');
    expect(pages(md)).toEqual(['/beds', '/beds/:bedId']);
    expect(apiLines(md)).toEqual(['GET /api/beds', 'GET /api/stats']);
  });
  it('not under another heading, nor a route in a sentence of the UI heading', () => {
    expect(pages(['# Garden API', '', '## Operations', '', '- Liveness — `/healthz`', '- Readiness — `/readyz`'].join('\n'))).toEqual([]);
    expect(pages(['# Garden', '', '## Dashboard', '', '- Data refreshes from `/feeds/beds` every minute'].join('\n'))).toEqual([]);
  });
});
