/**
 * Round 33: framework design docs (a FastAPI router whose file the line above its block names, a
 * Laravel route file named in the paragraph above it).
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const fence = (lang: string, ...code: string[]) => ['```' + lang, ...code, '```'];

describe('a code block whose file the paragraph above names', () => {
  const main = ['`app/main.py` mounts both routers under `/api`:', '', ...fence('python', 'app = FastAPI()', 'app.include_router(specimens.router, prefix="/api")'), ''];

  it('puts an included router\'s mount before the routes of the block the line above names as its module', () => {
    const md = lines('# Intake', '', '## Routers', '', ...main, '`app/routers/specimens.py`:', '', ...fence('python', 'router = APIRouter(prefix="/v1/specimens")', '', '@router.get("/{specimen_id}")', 'async def get_specimen(specimen_id: UUID): ...'));
    expect(apiLines(md)).toEqual(['GET /api/v1/specimens/:specimen_id']);
  });

  it('leaves the routes of a block named as another module, or under a line naming two files, at the router\'s own prefix', () => {
    const other = lines('# Intake', '', '## Routers', '', ...main, '`app/routers/batches.py`:', '', ...fence('python', 'router = APIRouter(prefix="/v1/batches")', '', '@router.get("/{batch_id}")', 'async def get_batch(batch_id: UUID): ...'));
    expect(apiLines(other)).toEqual(['GET /v1/batches/:batch_id']);
    const two = lines('# Intake', '', '## Routers', '', ...main, 'Compare `app/routers/specimens.py` with `app/routers/old.py`:', '', ...fence('python', 'router = APIRouter(prefix="/v1/specimens")', '', '@router.get("/{specimen_id}")', 'async def get_specimen(specimen_id: UUID): ...'));
    expect(apiLines(two)).toEqual(['GET /v1/specimens/:specimen_id']);
  });

  it('serves the routes of a block the paragraph above puts in `routes/api.php` under `/api`, and those of `routes/web.php` as no endpoint', () => {
    const routes = fence('php', '<?php', "Route::prefix('v1')->group(function () {", "    Route::get('leagues/{league}', [LeagueController::class, 'show']);", '});');
    expect(apiLines(lines('# League', '', '## Routes', '', 'Everything below lives in `routes/api.php`, which Laravel serves under the `/api` prefix.', '', ...routes))).toEqual(['GET /api/v1/leagues/:league']);
    const web = lines('# League', '', '## Routes', '', 'These live in `routes/web.php`:', '', ...routes);
    expect(apiLines(web)).toEqual([]);
    expect(apiLines(lines('# League', '', '## Routes', '', 'The routes:', '', ...routes))).toEqual(['GET /v1/leagues/:league']);
  });
});

describe("Spring's context path", () => {
  const controller = fence('java', '@RestController', '@RequestMapping("/api/inventory/cycle-counts")', 'public class CycleCountController {', '    @GetMapping("/{countId}")', '    public CycleCountDto get(@PathVariable Long countId) { ... }', '}');

  it('puts `server.servlet.context-path: /wms` before every controller mapping, beside a base stated without it', () => {
    const md = lines('# ADR-17', '', '## Context', '', '- Deployed with `server.servlet.context-path: /wms` like every other service.', '', '## API', '', 'Base path inside the service is `/api/inventory`.', '', ...controller);
    expect(apiLines(md)).toEqual(['GET /wms/api/inventory/cycle-counts/:countId']);
  });

  it('adds nothing without a context path, nor for a context path of another setting', () => {
    expect(apiLines(lines('# ADR-17', '', '## API', '', ...controller))).toEqual(['GET /api/inventory/cycle-counts/:countId']);
    expect(apiLines(lines('# ADR-17', '', '## Ops', '', '- The docs site sets `docs.context-path: /handbook`.', '', '## API', '', ...controller))).toEqual(['GET /api/inventory/cycle-counts/:countId']);
  });
});

describe('ORM models', () => {
  const models = (heading: string) =>
    modelLines(lines('# League', '', `## ${heading}`, '', '**League** — `app/Models/League.php`', '- `name` (string)', '- `max_teams` (unsigned int)', '', '**Team** — belongsTo League', '- `league_id` (foreign id)', '- `name` (string)'));

  it('reads "Eloquent models" as a data heading naming no model, and a bold name over the path of its class as a model', () => {
    expect(models('Eloquent models')).toEqual(['League { name: string; max_teams: number }', 'Team { league_id: string; name: string }']);
    expect(models('JPA entities')).toEqual(['League { name: string; max_teams: number }', 'Team { league_id: string; name: string }']);
  });

  it('still names a model after a heading that is one thing ("Invoice model")', () => {
    expect(modelLines(lines('# Billing', '', '## Invoice model', '', '- `id` (uuid)', '- `total` (decimal)'))).toEqual(['Invoice { id: string; total: number }']);
  });
});

describe('a file tree with several files of one folder on a line', () => {
  it('reads `plots/+page.svelte, +page.server.ts → …` as the route of its folder', () => {
    const md = lines('# Garden', '', '## Routes', '', '```', 'src/routes/', '  plots/+page.svelte, +page.server.ts        → map of plots', '  apply/+page.svelte, +page.ts, +page.server.ts   → application form', '  about/+page.svelte                         → contact', '```');
    expect(pageRoutes(md)).toEqual(['/about', '/apply', '/plots']);
  });

  it('reads nothing from a line whose first file is no route file, comma or not', () => {
    const md = lines('# Garden', '', '## Routes', '', '```', 'src/routes/', '  plots/helpers.ts, +page.server.ts   → shared code', '  about/+page.svelte                   → contact', '```');
    expect(pageRoutes(md)).toEqual(['/about']);
  });
});

describe('calls a paragraph gives up or places on another system', () => {
  it('leaves out a route "it was dropped" follows, and keeps one beside which something else was dropped', () => {
    expect(apiLines(lines('# RFC', '', '## API', '', 'An earlier draft had `POST /api/v2/estimates/{meterId}/recalculate`; it was dropped in review.', '', '- `GET /api/v2/meters`'))).toEqual(['GET /api/v2/meters']);
    expect(apiLines(lines('# RFC', '', '## API', '', '`GET /api/v2/meters` lists meters; the old `page` filter was dropped in review.'))).toEqual(['GET /api/v2/meters']);
  });

  it('leaves out a call that "pulls from their", even across a line break, and keeps our own beside it', () => {
    const md = lines('# RFC', '', '## API', '', 'Interval data comes from the head-end. The ingest worker pulls from their', '`GET /api/v1/meterreads/intervals` and pushes to our `POST /api/v2/readings/bulk`.');
    expect(apiLines(md)).toEqual(['POST /api/v2/readings/bulk']);
  });

  it('reads "Stretch goals (NOT for demo …)" as out of scope, and "Goals" as in', () => {
    const md = (heading: string) => apiLines(lines('# Hack', '', '## API', '', '- `GET /api/items`', '', `## ${heading}`, '', '- `GET /api/finders/stats` for a dashboard'));
    expect(md("Stretch goals (NOT for demo — don't start these before Thursday)")).toEqual(['GET /api/items']);
    expect(md('Goals')).toEqual(['GET /api/finders/stats', 'GET /api/items']);
  });
});

describe('a "Business logic" heading', () => {
  it('lists rules, keyword or not, in the languages the rule headings know', () => {
    for (const heading of ['Phase 2 — Business logic', 'Logique métier', 'Geschäftslogik']) {
      expect(ruleRows(lines('# Plan', '', `## ${heading}`, '', '- Carry-over is capped at 5 days; the rest is dropped on Jan 1.')).map((r) => r[2])).toEqual(['Carry-over is capped at 5 days; the rest is dropped on Jan 1.']);
    }
  });

  it('leaves the items of a logic-free heading ("Logistics") to the keyword test', () => {
    expect(ruleRows(lines('# Plan', '', '## Logistics', '', '- The van leaves at 9 from the depot.'))).toEqual([]);
  });
});

describe('a field list item whose first field carries a note', () => {
  it('reads every field of `` - `name` (string), `season` (string, e.g. "2024/25") ``', () => {
    const md = lines('# League', '', '## Eloquent models', '', '**League** — `app/Models/League.php`', '- `name` (string), `season` (string, e.g. "2024/25")', '- `max_teams` (unsigned int)');
    expect(modelLines(md)).toEqual(['League { name: string; season: string; max_teams: number }']);
  });
});
