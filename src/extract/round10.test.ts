/**
 * Misses found by a tenth round of reading: the route files of web frameworks that tech specs
 * quote (Spring, Laravel, ASP.NET minimal APIs and Razor pages, Phoenix, React Router's config),
 * Swagger 2's basePath, route constraints in parameters, pages named in table cells and by UI
 * nouns, calls a paragraph says go out, Azure DevOps' removed stories and migration tables.
 * Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { normalizeApiPath } from './paths.js';
import { apiLines, lines, modelLines, pageRoutes } from '../testing/extract.js';

const block = (heading: string, lang: string, ...code: string[]) => lines('# Service', '', `## ${heading}`, '', '```' + lang, ...code, '```');

describe('Spring controllers', () => {
  it("put a class's @RequestMapping before its methods' mappings", () => {
    const md = block(
      'API',
      'kotlin',
      '@RestController',
      '@RequestMapping("/api/v1/accounts")',
      'class AccountController(private val accounts: AccountService) {',
      '    @GetMapping',
      '    fun list() = accounts.all()',
      '    @GetMapping("/{id}")',
      '    fun one(@PathVariable id: UUID) = accounts.get(id)',
      '    @RequestMapping(value = ["/{id}/statements/{month}"], method = [RequestMethod.GET])',
      '    fun statement() = TODO()',
      '}',
      '@RestController',
      'class HealthController {',
      '    @PostMapping("/internal/ping")',
      '    fun ping() = "ok"',
      '}',
    );
    expect(apiLines(md)).toEqual(['GET /api/v1/accounts', 'GET /api/v1/accounts/:id', 'GET /api/v1/accounts/:id/statements/:month', 'POST /internal/ping']);
  });
  it('read nothing from a controller quoted under a heading about neither endpoints nor routes', () => {
    expect(apiLines(block('Implementation notes', 'kotlin', '@RequestMapping("/api/x")', 'class X {', '  @GetMapping("/{id}")', '  fun one() = 1', '}'))).toEqual([]);
  });
});

describe("Laravel's routes", () => {
  it('read Route:: calls, resources with only/except, and the prefixes of nested groups', () => {
    const md = block(
      'Routes',
      'php',
      "Route::middleware('auth:sanctum')->group(function () {",
      "    Route::get('/threads/{thread}', [ThreadController::class, 'show']);",
      "    Route::apiResource('posts', PostController::class)->only(['index', 'show']);",
      "    Route::prefix('admin')->group(function () {",
      "        Route::delete('users/{user}', [UserController::class, 'destroy']);",
      "        Route::resource('tags', TagController::class)->except(['update']);",
      '    });',
      "    Route::post('/posts/{post}/upvote', [VoteController::class, 'store']);",
      '});',
    );
    expect(apiLines(md)).toEqual([
      'DELETE /admin/tags/:tag', 'DELETE /admin/users/:user', 'GET /admin/tags', 'GET /admin/tags/:tag', 'GET /posts', 'GET /posts/:post',
      'GET /threads/:thread', 'POST /admin/tags', 'POST /posts/:post/upvote',
    ]);
  });
  it('give no endpoint for Route::any or a redirect', () => {
    expect(apiLines(block('Routes', 'php', "Route::any('/legacy', fn () => abort(410));", "Route::redirect('/here', '/there');"))).toEqual([]);
  });
});

describe('ASP.NET Core', () => {
  it('minimal APIs: MapGet/MapPost, the prefixes of nested MapGroups, route constraints', () => {
    const md = block(
      'API (Program.cs)',
      'csharp',
      'app.MapGet("/api/assets/{assetId:guid}", (Guid assetId) => Results.Ok());',
      'var orders = app.MapGroup("/api/work-orders").RequireAuthorization();',
      'orders.MapGet("/", () => Results.Ok());',
      'orders.MapPut("/{id:int}/assignment", AssignHandler.Handle);',
      'var parts = orders.MapGroup("/{id:int}/parts");',
      'parts.MapPost("/", AddPart.Handle);',
      'app.MapHealthChecks("/healthz");',
    );
    expect(apiLines(md)).toEqual(['GET /api/assets/:assetId', 'GET /api/work-orders', 'POST /api/work-orders/:id/parts', 'PUT /api/work-orders/:id/assignment']);
  });
  it("Razor pages: a `@page` directive in a code block or quoted in a table cell is a page; other cells' paths are not", () => {
    const md = lines(
      '# Plant', '', '## Blazor pages', '',
      '| Component | Directive | Used by |', '|---|---|---|',
      '| `WorkOrders.razor` | `@page "/work-orders"` | planners |',
      '| `WorkOrderDetail.razor` | `@page "/work-orders/{Id:int}"` | planners |',
      '| `Shared.razor` | (none) | see /docs/components |',
      '', '```razor', '@page "/shift-board"', '<h1>Shift board</h1>', '```',
    );
    expect(pageRoutes(md)).toEqual(['/shift-board', '/work-orders', '/work-orders/:Id']);
  });
  it('route constraints, optional marks and defaults in braces are no part of the name; a query string still is cut', () => {
    expect(normalizeApiPath('/x/{id:int:min(1)}')).toBe('/x/:id');
    expect(normalizeApiPath('/x/{slug?}')).toBe('/x/:slug');
    expect(normalizeApiPath('/x/{page=1}')).toBe('/x/:page');
    expect(normalizeApiPath('/x?y={z}')).toBe('/x');
  });
});

describe('a Phoenix router', () => {
  const md = block(
    'Router',
    'elixir',
    'defmodule ArenaWeb.Router do',
    '  use ArenaWeb, :router',
    '  scope "/", ArenaWeb do',
    '    pipe_through :browser',
    '    live "/", LobbyLive, :index',
    '    live "/tournaments/:id", TournamentLive.Show, :show',
    '    get "/about", PageController, :about',
    '    post "/session", SessionController, :create',
    '  end',
    '  scope "/api", ArenaWeb do',
    '    pipe_through :api',
    '    post "/tournaments/:id/cancel", TournamentController, :cancel',
    '    resources "/players", PlayerController, only: [:index, :show]',
    '  end',
    'end',
  );
  it("nests scopes; an :api scope's routes are endpoints, live routes and a browser scope's gets pages", () => {
    expect(apiLines(md)).toEqual(['GET /api/players', 'GET /api/players/:id', 'POST /api/tournaments/:id/cancel']);
    expect(pageRoutes(md)).toEqual(['/', '/about', '/tournaments/:id']);
  });
});

describe("React Router's route config", () => {
  it('joins prefixes and nested routes, layouts add nothing, an index is its parent; a catch-all is no page', () => {
    const md = block(
      'Routes',
      'ts',
      'import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";',
      'export default [',
      '  index("routes/home.tsx"),',
      '  layout("routes/app-layout.tsx", [',
      '    route("requests", "routes/requests.tsx", [',
      '      route("new", "routes/requests.new.tsx"),',
      '      route(":requestId", "routes/request.tsx"),',
      '    ]),',
      '  ]),',
      '  ...prefix("admin", [',
      '    index("routes/admin/home.tsx"),',
      '    route("properties/:propertyId", "routes/admin/property.tsx"),',
      '  ]),',
      '  route("*", "routes/not-found.tsx"),',
      '] satisfies RouteConfig;',
    );
    expect(pageRoutes(md)).toEqual(['/', '/admin', '/admin/properties/:propertyId', '/requests', '/requests/:requestId', '/requests/new']);
  });
  it('a `route(` call in other code is no route config', () => {
    expect(pageRoutes(block('Routes', 'ts', 'const r = express.Router();', 'r.route("users").get(list);'))).toEqual([]);
  });
});

describe("Swagger 2's basePath", () => {
  it('starts every path; an OpenAPI 3 document has no basePath', () => {
    const swagger = block('API', 'yaml', 'swagger: "2.0"', 'basePath: /api/v2', 'paths:', '  /properties/{propertyId}:', '    get:', '      summary: One');
    expect(apiLines(swagger)).toEqual(['GET /api/v2/properties/:propertyId']);
    const openapi = block('API', 'yaml', 'openapi: 3.0.0', 'basePath: /api/v2', 'paths:', '  /properties:', '    get:', '      summary: All');
    expect(apiLines(openapi)).toEqual(['GET /properties']);
  });
});

describe('pages named in words', () => {
  it('by a UI noun and "at", by "Screen" right before the route, also in a table cell; an Italian screens table', () => {
    const md = lines(
      '# Leave', '', '## Requirements', '',
      '| # | Story | Importance | Notes |', '|---|---|---|---|',
      '| 1 | As a manager, I approve leave. | Must Have | queue at `/team/approvals`; `POST /api/leave/{id}/approve` |',
      '| 2 | As a depot manager, I set limits. | Should Have | `PATCH /api/depots/{depotId}`; screen `/depots/:depotId/settings`. |',
      '| 3 | As an admin, I export. | Could Have | Export list at `/api/exports` and the file `/tmp/x.csv`. |',
      '', '## 7. Schermate', '', '| Schermata | Percorso | Utente |', '|---|---|---|', '| Nuova prenotazione | `/prenota` | cittadino |',
    );
    expect(pageRoutes(md)).toEqual(['/depots/:depotId/settings', '/prenota', '/team/approvals']);
  });
});

describe('calls that are not ours, and endpoints a PRD says are not to be built', () => {
  it('a call to another host in a paragraph that says it goes out', () => {
    const md = lines(
      '# Plant', '', '## Integrations', '',
      'SAP consumption goes through the existing integration gateway',
      '(`POST https://sap-gw.example/sap/opu/odata/MaterialDocument`);',
      'PlantCare calls it but does not own it.',
      '',
      'Mobile clients post readings to our ingest service',
      '(`POST https://ingest.plantcare.example/v1/readings`).',
    );
    expect(apiLines(md)).toEqual(['POST /v1/readings']);
  });
  it('a story whose State is Removed, an example "not a separate endpoint", the replaced side of a migration table', () => {
    const md = lines(
      '# Loyalty', '',
      '## User Story 20440: Sync leave to Outlook', '', '**State:** Removed · **Reason:** Duplicate', '', '`POST /api/integrations/outlook/sync`', '',
      '## User Story 20441: Leave balance', '', '**State:** Active', '', '`GET /api/balances/{employeeId}`', '',
      '## API', '', 'Example body for `PUT /api/v2/properties/PT-LIS-0042/availability` (not a separate endpoint):', '',
      '| Method | Path | Replaces |', '|---|---|---|', '| POST | `/loyalty/v2/redemptions` | `POST /loyalty/v1/redeem` |', '',
      '| Before (v1) | After (v2) |', '|---|---|', '| `GET /loyalty/v1/member/{no}` | `GET /loyalty/v2/members/{id}` |',
    );
    expect(apiLines(md)).toEqual(['GET /api/balances/:employeeId', 'GET /loyalty/v2/members/:id', 'POST /loyalty/v2/redemptions']);
  });
});

describe('models in the shapes round 10 found', () => {
  it("a C# record whose last component closes its list on the same line, and the records after it", () => {
    const md = block(
      'Data model',
      'csharp',
      'public record Asset(',
      '    Guid Id,',
      '    int? CriticalityScore);',
      '',
      'public record PartUsage(',
      '    int WorkOrderId,',
      '    decimal UnitCost);',
    );
    expect(modelLines(md)).toEqual(['Asset { Id: string; CriticalityScore: number | null }', 'PartUsage { WorkOrderId: number; UnitCost: number }']);
  });
  it('an HTML table whose first row is one header cell across the columns is titled by it; a "Member" column lists fields', () => {
    const md = lines(
      '# Meters', '', '## Data', '',
      '<table>',
      '  <tr><th colspan="3">Meter</th></tr>',
      '  <tr><th>Field</th><th>Type</th><th>Notes</th></tr>',
      '  <tr><td>mpxn</td><td>string</td><td></td></tr>',
      '  <tr><td>fuel</td><td>enum: electricity | gas</td><td></td></tr>',
      '</table>',
      '', '### 3.2. Session Object', '', '| Member | Type | Description |', '|---|---|---|', '| id | string | |', '| kwh | number | |',
    );
    expect(modelLines(md)).toEqual(['Meter { mpxn: string; fuel: "electricity" | "gas" }', 'Session { id: string; kwh: number }']);
  });
  it('a heading naming two things ("Locations and EVSEs") names no model; a one-cell first row that spans nothing is a header', () => {
    const md = lines('# Hub', '', '## Locations and EVSEs', '', '| Member | Type |', '|---|---|', '| uid | string |', '| maxPowerKw | number |');
    expect(modelLines(md)).toEqual([]);
    const plain = lines('# X', '', '## Data', '', '<table>', '  <tr><th>Note</th></tr>', '  <tr><td>Meter</td></tr>', '  <tr><td>Reading</td></tr>', '</table>');
    expect(modelLines(plain)).toEqual([]);
  });
});

describe('null in schema documents', () => {
  it('`x-nullable` (Swagger 2), `nullable` (OpenAPI 3.0) and a "null" type member (JSON Schema) give T | null; without them a property stays T', () => {
    const md = block(
      'API',
      'yaml',
      'swagger: "2.0"',
      'paths: {}',
      'definitions:',
      '  Address:',
      '    type: object',
      '    required: [line1, line2, zip, note]',
      '    properties:',
      '      line1: { type: string }',
      '      line2: { type: string, x-nullable: true }',
      '      zip: { type: string, nullable: true }',
      '      note: { type: [string, "null"] }',
    );
    expect(modelLines(md)).toEqual(['Address { line1: string; line2: string | null; zip: string | null; note: string | null }']);
  });
});

describe('an HTML definition list of records', () => {
  it('gives a model per term whose definitions are `name: type`, also after a blank line inside the list', () => {
    const md = lines(
      '# Meters', '', '## Data', '',
      '<dl>',
      '  <dt><strong>MeterRead</strong></dt>',
      '  <dd><code>kwh</code>: number</dd>',
      '  <dd><code>estimated</code>: boolean</dd>',
      '',
      '  <dt><strong>UsageAlert</strong></dt>',
      '  <dd><code>channel</code>: one of <code>email</code>, <code>sms</code></dd>',
      '  <dd><code>lastTriggeredAt</code>: datetime, optional</dd>',
      '</dl>',
    );
    expect(modelLines(md)).toEqual(['MeterRead { kwh: number; estimated: boolean }', 'UsageAlert { channel: "email" | "sms"; lastTriggeredAt?: string }']);
  });
  it('gives none for a glossary', () => {
    const md = lines('# Meters', '', '## Glossary', '', '<dl>', '  <dt>MPXN</dt>', '  <dd>The meter point number, printed on the bill.</dd>', '  <dt>DCC</dt>', '  <dd>Data Communications Company.</dd>', '</dl>');
    expect(modelLines(md)).toEqual([]);
  });
});
