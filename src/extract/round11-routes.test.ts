/**
 * Misses found by an eleventh round of reading: more framework route files (routers mounted or
 * grouped under a prefix in Hono, Express, Echo and FastAPI; NestJS controllers under a global
 * prefix set in another block; Rails' routes.rb; Vue Router and Angular route configs, with a lazily
 * mounted child config), a screens table in an API document, and Russian table headers.
 * Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, pageRoutes } from '../testing/extract.js';

const block = (heading: string, lang: string, ...code: string[]) => lines('# Service', '', `## ${heading}`, '', '```' + lang, ...code, '```');

describe('routers mounted or grouped under a prefix', () => {
  it('Hono and Express mounts, even after the routes; Echo and Gin groups; a mount of a mount', () => {
    const md = block(
      'API',
      'ts',
      'const app = new Hono()',
      'const api = new Hono()',
      "api.get('/listings/:id', getListing)",
      'const admin = new Hono()',
      "admin.use('*', requireAdmin)",
      "admin.post('/payouts/:payoutId/release', releasePayout)",
      "api.route('/admin', admin)",
      "app.route('/api', api)",
      "app.post('/webhooks/stripe', stripeWebhook)",
      'const router = express.Router()',
      "router.delete('/sessions/:id', logout)",
      "server.use('/auth', router)",
      "server.use(express.static('public'))",
    );
    expect(apiLines(md)).toEqual(['DELETE /auth/sessions/:id', 'GET /api/listings/:id', 'POST /api/admin/payouts/:payoutId/release', 'POST /webhooks/stripe']);
  });
  it('Echo groups', () => {
    const md = block('Routes', 'go', 'e := echo.New()', 'v1 := e.Group("/v1")', 'v1.GET("/shipments/:id", h.GetShipment)', 'admin := v1.Group("/admin", mw)', 'admin.DELETE("/carriers/:id", h.DeleteCarrier)', 'e.GET("/healthz", h.Health)');
    expect(apiLines(md)).toEqual(['DELETE /v1/admin/carriers/:id', 'GET /healthz', 'GET /v1/shipments/:id']);
  });
});

describe('NestJS controllers', () => {
  it("join the global prefix another block of the section sets, the controller's path and the handler's", () => {
    const md = lines(
      '# Dental', '', '## API (NestJS)', '',
      '```ts', "app.setGlobalPrefix('api');", '```', '',
      '```ts',
      "@Controller('clinics/:clinicId/chairs')",
      'export class ChairsController {',
      '  @Get()',
      '  list() {}',
      "  @Put(':chairId/availability')",
      '  setAvailability() {}',
      '}',
      '@Controller()',
      'export class HealthController {',
      "  @Get('health')",
      '  health() {}',
      '  @All(\'*\')',
      '  fallback() {}',
      '}',
      '```',
    );
    expect(apiLines(md)).toEqual(['GET /api/clinics/:clinicId/chairs', 'GET /api/health', 'PUT /api/clinics/:clinicId/chairs/:chairId/availability']);
  });
});

describe("Rails' routes.rb", () => {
  it('nests namespaces; resources with only, nested resources, member and collection blocks, a singular resource, a verb with a path', () => {
    const md = block(
      'Routes',
      'ruby',
      'Rails.application.routes.draw do',
      '  namespace :api do',
      '    namespace :v1 do',
      '      resources :stops, only: [:index, :show] do',
      '        collection do',
      '          get :nearby',
      '        end',
      '        member do',
      '          get :departures',
      '        end',
      '      end',
      '      resources :trips, only: [:show] do',
      '        resources :vehicle_positions, only: [:index]',
      '      end',
      '      post "inspections/verify", to: "inspections#verify"',
      '      resource :account, only: [:show]',
      '    end',
      '  end',
      'end',
    );
    expect(apiLines(md)).toEqual([
      'GET /api/v1/account', 'GET /api/v1/stops', 'GET /api/v1/stops/:id', 'GET /api/v1/stops/:id/departures', 'GET /api/v1/stops/nearby',
      'GET /api/v1/trips/:id', 'GET /api/v1/trips/:trip_id/vehicle_positions', 'POST /api/v1/inspections/verify',
    ]);
  });
  it('reads nothing from a migration', () => {
    expect(apiLines(block('Routes', 'ruby', 'class CreateStops < ActiveRecord::Migration[7.1]', '  def change', '    create_table :stops do |t|', '      t.string :code', '    end', '  end', 'end'))).toEqual([]);
  });
});

describe('route configs written as objects', () => {
  it('Vue Router: children join their parent, a redirect or a catch-all is no page', () => {
    const md = block(
      'Routes',
      'ts',
      "import { createRouter, type RouteRecordRaw } from 'vue-router'",
      'const routes: RouteRecordRaw[] = [',
      "  { path: '/', component: HomeView },",
      '  {',
      "    path: '/campaigns/:slug',",
      '    component: CampaignView,',
      '    children: [',
      "      { path: '', component: CampaignStory },",
      "      { path: 'donate', component: DonateStep },",
      '    ],',
      '  },',
      "  { path: '/account', component: AccountLayout, redirect: '/account/donations', children: [",
      "    { path: 'donations', component: MyDonations },",
      '  ] },',
      "  { path: '/donate', redirect: '/campaigns' },",
      "  { path: '/:pathMatch(.*)*', component: NotFoundView },",
      ']',
    );
    expect(pageRoutes(md)).toEqual(['/', '/account/donations', '/campaigns/:slug', '/campaigns/:slug/donate']);
  });
  it("Angular: paths without slashes, a lazily loaded config in another block mounted at its object's path", () => {
    const md = lines(
      '# Console', '', '## Routes', '',
      '```ts',
      'export const routes: Routes = [',
      "  { path: '', redirectTo: 'dashboard', pathMatch: 'full' },",
      "  { path: 'dashboard', component: DashboardComponent },",
      "  { path: 'findings', children: [ { path: ':findingId', component: FindingDetailComponent } ] },",
      "  { path: 'settings', loadChildren: () => import('./settings/settings.routes').then((m) => m.SETTINGS_ROUTES) },",
      "  { path: '**', component: NotFoundComponent },",
      '];',
      '```', '',
      '```ts',
      'export const SETTINGS_ROUTES: Routes = [',
      "  { path: 'integrations', component: IntegrationsComponent },",
      '];',
      '```',
    );
    expect(pageRoutes(md)).toEqual(['/dashboard', '/findings/:findingId', '/settings/integrations']);
  });
  it('an object with a path in other code is no route config', () => {
    expect(pageRoutes(block('Routes', 'ts', "const file = { path: '/tmp/export.csv', size: 1 };"))).toEqual([]);
  });
});

describe('tables', () => {
  it('a `| Screen | Path |` table lists pages even in an API document; a bare `| Name | Path |` one there lists endpoints', () => {
    const md = lines(
      '# Rider API', '', '## Website', '', '| Screen | Path |', '|---|---|', '| Journey planner | `/planner` |', '',
      '## Health', '', '| Name | Path |', '|---|---|', '| Liveness | `/healthz/live` |',
    );
    expect(pageRoutes(md)).toEqual(['/planner']);
    expect(apiLines(md)).toEqual(['? /healthz/live']);
  });
  it('Russian method and path headers', () => {
    const md = lines('# Полив', '', '## API', '', '| Метод | Путь | Описание |', '|---|---|---|', '| GET | `/api/v1/greenhouses` | Список теплиц |');
    expect(apiLines(md)).toEqual(['GET /api/v1/greenhouses']);
  });
});

describe("a frontend's API service", () => {
  it("gives the endpoints its client calls on its own backend, a base constant resolved, other template parts parameters", () => {
    const md = block(
      'API service',
      'ts',
      "@Injectable({ providedIn: 'root' })",
      'export class FindingsApi {',
      "  private readonly base = '/api/v2';",
      '  constructor(private http: HttpClient) {}',
      '  list() { return this.http.get<Finding[]>(`${this.base}/findings`); }',
      '  triage(id: string, body: Triage) { return this.http.patch<Finding>(`${this.base}/findings/${id}/triage`, body); }',
      "  cve(cveId: string) { return this.http.get('https://services.nvd.nist.gov/rest/json/cves/2.0', { params: { cveId } }); }",
      '  other(x: string) { return this.http.get(`${environment.url}/x`); }',
      '}',
      "export const remove = (id: string) => fetch(`/api/v2/sessions/${id}`, { method: 'DELETE' });",
    );
    expect(apiLines(md)).toEqual(['DELETE /api/v2/sessions/:id', 'GET /api/v2/findings', 'PATCH /api/v2/findings/:id/triage']);
  });
});
