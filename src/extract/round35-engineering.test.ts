/**
 * Round 35, engineering documents: an app's context path or root path (Spring's YAML nested
 * `context-path:`, Ktor's `rootPath`) holds for every path of its API, those listed in prose and
 * tables too, not only the routes read from code.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines } from '../testing/extract.js';
import { createExtractWatch, extractTasks } from './extract.js';
import { parsePrd } from '../prd/index.js';

const table = ['', '## 5. Services', '', '| Méthode | Chemin |', '|---|---|', '| GET | `/sites` |', '| POST | `/reservations` |'];

describe("an app's context path holds for every path of its API", () => {
  it('reads YAML\'s nested `context-path: /resa/api` under `servlet:` for the paths of a table', () => {
    const md = lines('# SFD', '', '## 2. Architecture', '', 'Tous les chemins de services sont relatifs au context-path :', '', '```yaml', 'server:', '  port: 8443', '  servlet:', '    context-path: /resa/api', '```', ...table);
    expect(apiLines(md)).toEqual(['GET /resa/api/sites', 'POST /resa/api/reservations']);
  });

  it('reads Ktor\'s `rootPath = "/bloodbank"` for the routes of its code and of its tables', () => {
    const md = lines('# Blood bank', '', '## 3. Deployment', '', '```hocon', 'ktor {', '  deployment {', '    port = 8080', '    rootPath = "/bloodbank"', '  }', '}', '```', '', '## 4. API', '', '```kotlin', 'routing {', '  route("/v1") {', '    route("/donors") {', '      get { call.respond(donors.all()) }', '    }', '  }', '}', '```', ...table);
    expect(apiLines(md)).toEqual(['GET /bloodbank/sites', 'GET /bloodbank/v1/donors', 'POST /bloodbank/reservations']);
  });

  it('keeps a path already written with the context path, and a partner\'s URL', () => {
    const md = lines('# SFD', '', '## 2. Architecture', '', '```properties', 'server.servlet.context-path=/wms', '```', '', '## 5. Services', '', '- `GET /wms/api/items`', '- `GET /api/bins`', '- We call `GET https://api.partner.example/v2/rates` for the rates.');
    expect(apiLines(md)).toEqual(['GET /wms/api/bins', 'GET /wms/api/items']);
  });

  it('reads no context path from a path a setting names for files, nor from prose that names no setting', () => {
    expect(apiLines(lines('# App', '', '## Config', '', '```yaml', 'storage:', '  root: /var/data', '  upload-path: /uploads', '```', ...table))).toEqual(['GET /sites', 'POST /reservations']);
    expect(apiLines(lines('# App', '', '## Notes', '', 'The rootPath of the docs site is /handbook.', ...table))).toEqual(['GET /sites', 'POST /reservations']);
  });
});

describe('Koa routers nested in a router made with a prefix', () => {
  const code = (...body: string[]) => lines('# Ferry', '', '## Routes', '', '```js', "const Router = require('@koa/router');", ...body, '```');

  it("reads `new Router({ prefix: '/api/v2' })`, `api.use('/sailings', sailings.routes(), sailings.allowedMethods())` and `api.use(ops.routes())`", () => {
    const md = code("const api = new Router({ prefix: '/api/v2' });", 'const sailings = new Router();', "sailings.get('/', h.list);", "sailings.get('/:id', h.get);", "api.use('/sailings', sailings.routes(), sailings.allowedMethods());", "const ops = new Router({ prefix: '/ops' });", "ops.put('/sailings/:id/status', h.status);", 'api.use(ops.routes(), ops.allowedMethods());', "api.post('/webhooks/adyen', h.hook);");
    expect(apiLines(md)).toEqual(['GET /api/v2/sailings', 'GET /api/v2/sailings/:id', 'POST /api/v2/webhooks/adyen', 'PUT /api/v2/ops/sailings/:id/status']);
  });

  it('reads a router used as middleware only, or a router of its own, with no prefix', () => {
    const md = code('const api = new Router();', 'const ops = new Router();', "ops.get('/manifests', h.list);", 'api.use(requireStaff);', 'app.use(api.routes());');
    expect(apiLines(md)).toEqual(['GET /manifests']);
  });
});

describe('a decision that drops an endpoint from the spec', () => {
  it('reads no endpoint from "Dropped `GET /api/v2/sailings/:id/waitlist` from this spec"', () => {
    expect(apiLines(lines('# Ferry', '', '## API', '', '- `GET /api/v2/sailings`', '', '## Decisions', '', '- 2024-02-27: Dropped `GET /api/v2/sailings/:sailingId/waitlist` from this spec (see FERRY-840).'))).toEqual(['GET /api/v2/sailings']);
  });

  it('keeps an endpoint whose line says a field was removed from the response', () => {
    expect(apiLines(lines('# Ferry', '', '## API', '', '- `GET /api/v2/sailings` — `legacyCode` removed from the response.'))).toEqual(['GET /api/v2/sailings']);
  });
});

describe('Django Ninja', () => {
  it('reads routers added to a NinjaAPI by module path, under the path the url config includes it at', () => {
    const md = lines('# Herbarium', '', '## Decision', '', '### URL configuration', '', '```python', 'urlpatterns = [', '    path("admin/", admin.site.urls),', '    path("api/v1/", api.urls),', ']', '```', '', '`digitisation/api.py`:', '', '```python', 'api = NinjaAPI(title="Herbarium")', 'api.add_router("/specimens", "digitisation.routers.specimens.router")', '```', '', '### Routers', '', '`digitisation/routers/specimens.py`:', '', '```python', 'router = Router(tags=["specimens"])', '', '@router.get("", response=list[SpecimenOut])', 'def list_specimens(request): ...', '', '@router.post("/{uuid:specimen_id}/images", response={201: ImageOut})', 'def upload_image(request, specimen_id): ...', '```');
    expect(apiLines(md)).toEqual(['GET /api/v1/specimens', 'POST /api/v1/specimens/:specimen_id/images']);
  });

  it('reads `{int:batch_id}` as the parameter `batch_id`, and ASP.NET\'s `{id:int}` as `id`', () => {
    expect(apiLines(lines('# X', '', '## API', '', '- `GET /api/batches/{int:batch_id}`', '- `GET /api/orders/{id:int}`'))).toEqual(['GET /api/batches/:batch_id', 'GET /api/orders/:id']);
  });

  it('reads no endpoint from "there is no `DELETE …`", and keeps one whose line says there is no auth', () => {
    expect(apiLines(lines('# X', '', '## API', '', '- `GET /api/v1/specimens`', '', 'Specimens are never deleted. (So there is no `DELETE /api/v1/specimens/{id}` — please don\'t add one.)'))).toEqual(['GET /api/v1/specimens']);
    expect(apiLines(lines('# X', '', '## API', '', '- `GET /api/health` — there is no auth on it.'))).toEqual(['GET /api/health']);
  });
});

describe('Exposed table objects', () => {
  const block = (...body: string[]) => lines('# Blood bank', '', '## 5. Data model', '', '```kotlin', 'enum class Species { CANINE, FELINE }', '', ...body, '```');

  it('reads `object Donors : Table("donors")` as the model Donor, each column typed, nullable and enum columns too', () => {
    const tasks = extractModels(block('object Donors : Table("donors") {', '    val id = uuid("id").autoGenerate()', '    val species = enumerationByName("species", 8, Species::class)', '    val bloodType = varchar("blood_type", 16).nullable()      // "DEA 1.1+"', '    val weightKg = decimal("weight_kg", 5, 2)', '    val active = bool("active").default(true)', '    val donorId = reference("donor_id", Owners.id)', '    override val primaryKey = PrimaryKey(id)', '}'));
    expect(tasks).toEqual(['Donor(id:string,species:"CANINE" | "FELINE",bloodType:string | null,weightKg:number,active:boolean,donorId:string)']);
  });

  it('reads no model from an object that is no table, nor from a table object with no column', () => {
    expect(extractModels(block('object Config : Settings("x") {', '    val url = varchar("url", 10)', '}', 'object Audit : Table("audit") {', '    fun log() = Unit', '}'))).toEqual([]);
  });
});

function extractModels(md: string): string[] {
  return extractTasks(parsePrd(Buffer.from(md), 'x.md'))
    .filter((t) => t.kind === 'model')
    .map((t) => `${t.name}(${t.fields.map((f) => `${f.name}:${f.type}`).join(',')})`);
}

describe("a section's code that mounts its one router over a table of routes written without the mount", () => {
  const doc = (mount: string, ...more: string[]) => lines('# Live ops', '', '## Service', '', 'All routes go through one router mounted behind SSO:', '', '```ts', mount, ...more, '```', '', '### Routes', '', '| Verb | Route |', '|---|---|', '| GET | `/events` |', '| POST | `/events/:eventId/schedule` |');

  it('reads `app.use("/ops/api", requireSso, requireRole("liveops"), liveOpsRouter)` as the base of the routes under it', () => {
    expect(apiLines(doc('app.use("/ops/api", requireSso, requireRole("liveops"), liveOpsRouter);'))).toEqual(['GET /ops/api/events', 'POST /ops/api/events/:eventId/schedule']);
  });

  it('reads no base from a static or handler mount, from several mounts, or from a block that declares its routes', () => {
    expect(apiLines(doc("app.use('/static', express.static('public'));"))).toEqual(['GET /events', 'POST /events/:eventId/schedule']);
    expect(apiLines(doc("app.use('/health', healthCheck);"))).toEqual(['GET /events', 'POST /events/:eventId/schedule']);
    expect(apiLines(doc("app.use('/ops/api', opsRouter);", "app.use('/public/api', publicRouter);"))).toEqual(['GET /events', 'POST /events/:eventId/schedule']);
  });
});

describe('"please don\'t add one"', () => {
  it('reads no endpoint from a call the line asks not to add, wrapped after "there is no"', () => {
    expect(apiLines(lines('# X', '', '## API', '', '- `GET /api/v1/specimens`', '', 'Specimens are never deleted. (So there is no', '`DELETE /api/v1/specimens/{id}` — please don\'t add one "for completeness".)'))).toEqual(['GET /api/v1/specimens']);
  });
});

describe("a watching session's document code", () => {
  it('follows a save that adds, then removes, the one section whose code sets a global prefix', () => {
    const watch = createExtractWatch();
    const nest = ['## Bootstrap', '', '```ts', "app.setGlobalPrefix('api');", '```', ''];
    const api = ['## Orders', '', '```ts', "@Controller('orders')", 'export class OrdersController {', "  @Get(':id')", '  get() {}', '}', '```'];
    const run = (...body: string[]) => extractTasks(parsePrd(Buffer.from(lines('# Shop', '', ...body)), 'x.md'), { watch }).filter((t) => t.kind === 'api').map((t) => (t as { path: string }).path);
    expect(run(...api)).toEqual(['/orders/:id']);
    expect(run(...nest, ...api)).toEqual(['/api/orders/:id']);
    expect(run(...api)).toEqual(['/orders/:id']);
  });
});
