/**
 * Round 31: a chi router a function makes and the block mounts (`r.Mount("/api/v1/holds",
 * holdsRouter(h))`), a route whose comment says it renders HTML, a prefix whose sentence speaks of the
 * routes below it (in a section before theirs), and the scorer's paths without a trailing slash.
 */
import { describe, expect, it } from 'vitest';
import { scoreTasks } from '../testing/score.js';
import { apiLines, lines, mergedTasks, pageRoutes } from '../testing/extract.js';

const router = ['```go', 'func NewRouter(h *Handlers) http.Handler {', '\tr := chi.NewRouter()', '\tr.Get("/healthz", h.Health)', '\tr.Mount("/api/v1/holds", holdsRouter(h))', '\tr.Route("/ops", func(r chi.Router) {', '\t\tr.Get("/holds", h.OpsHoldList) // HTML, html/template', '\t})', '\treturn r', '}', '', 'func holdsRouter(h *Handlers) chi.Router {', '\tr := chi.NewRouter()', '\tr.Post("/", h.CreateHold)', '\tr.Get("/{holdID}", h.GetHold)', '\treturn r', '}', '```'];

describe('a chi router a function makes, mounted at a path', () => {
  it('puts the mount path before the routes of the function, and reads a route its comment says renders HTML as a page', () => {
    const md = lines('# Holds', '', '## Routing', '', ...router);
    expect(apiLines(md)).toEqual(['GET /api/v1/holds/:holdID', 'GET /healthz', 'POST /api/v1/holds']);
    expect(pageRoutes(md)).toEqual(['/ops/holds']);
  });

  it('puts no prefix before the routes of a function the block does not mount, and a `// ?page=2` comment makes no page', () => {
    const md = lines('# Holds', '', '## Routing', '', '```go', 'func holdsRouter(h *Handlers) chi.Router {', '\tr := chi.NewRouter()', '\tr.Get("/holds", h.List) // JSON, ?page=2', '\treturn r', '}', '```');
    expect(apiLines(md)).toEqual(['GET /holds']);
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('a prefix stated for the routes below', () => {
  const table = ['', '| Method | Route |', '|---|---|', '| POST | `/offers` |', '| GET | `/approvals/pending` |'];
  it('holds for the sections after its own under the same parent', () => {
    const md = lines('# Shift swap', '', '## Design', '', '### Architecture', '', '- All routes below are mounted under the `/v1` prefix.', '', '### Components and Interfaces', '', '#### OfferController', ...table);
    expect(apiLines(md)).toEqual(['GET /v1/approvals/pending', 'POST /v1/offers']);
  });

  it('holds for no section after its own when the sentence does not speak of the routes below', () => {
    const md = lines('# Shift swap', '', '## Design', '', '### Architecture', '', '- The gateway mounts our routes under the `/v1` prefix.', '', '### Components and Interfaces', '', '#### OfferController', ...table);
    expect(apiLines(md)).toEqual(['GET /approvals/pending', 'POST /offers']);
  });
});

describe('the scorer', () => {
  it('counts `/api/items/` as `/api/items`, and `/` stays the root', () => {
    const tasks = mergedTasks(lines('# X', '', '## API', '', '- `GET /api/items` — list', '', '## Pages', '', '- `/` — home'));
    const score = scoreTasks(tasks, { apis: ['GET /api/items/'], models: [], pages: ['/'] });
    expect(score.misses).toEqual([]);
  });
});
