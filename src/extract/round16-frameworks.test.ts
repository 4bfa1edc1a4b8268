/**
 * Misses found by a sixteenth round of reading, in JS and Python framework code that PRDs quote:
 * Nuxt's server routes (`server/api/orders.get.ts`), a FastAPI router included by its module
 * (`api.include_router(orders.router)`) under a router with a prefix, Fastify plugins registered
 * with a prefix, TypeBox object schemas as models. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines } from '../testing/extract.js';

const fence = (lang: string, ...code: string[]) => ['```' + lang, ...code, '```'];

describe("Nuxt's server routes (Nitro)", () => {
  it('a tree under server/api: the method suffix is the method, index the folder, [id] a parameter', () => {
    const md = lines('# Pantry', '', '## Server', '', ...fence('', 'server/api/', '  jars.get.ts', '  jars/index.post.ts', '  jars/[jarId].put.ts', '  jars/[jarId]/refill.post.ts', '  ping.ts'));
    // A file without a method suffix answers every method: an endpoint without one.
    expect(apiLines(md)).toEqual(['? /api/ping', 'GET /api/jars', 'POST /api/jars', 'POST /api/jars/:jarId/refill', 'PUT /api/jars/:jarId']);
  });
  it('server/routes is served at the root, a data file by its name; middleware and utils are no routes', () => {
    const md = lines('# Pantry', '', '## Server', '', 'The calendar is `server/routes/pantry.ics.get.ts`; `server/middleware/auth.ts` and `server/utils/db.ts` are helpers.');
    expect(apiLines(md)).toEqual(['GET /pantry.ics']);
  });
  it('a route file put out of scope, or a URL that holds the folder names, is none', () => {
    const md = lines('# Pantry', '', '## Server', '', '> The old `server/api/import.post.ts` is deprecated and will not be ported.', '', 'See https://example.com/server/api/jars.get.ts for the pattern.');
    expect(apiLines(md)).toEqual([]);
  });
});

describe('a FastAPI router included by its module under a router with a prefix', () => {
  const main = fence('python', '# kiln/main.py', 'app = FastAPI()', 'v2 = APIRouter(prefix="/v2")', 'v2.include_router(glazes.router)', 'v2.include_router(firings.router)', 'app.include_router(v2)');
  const glazes = fence('python', '# kiln/routers/glazes.py', 'router = APIRouter(prefix="/glazes", tags=["glazes"])', '', '@router.get("")', '@router.get("/{glaze_id}")');
  const firings = fence('python', '# kiln/routers/firings.py', 'router = APIRouter(prefix="/firings")', '', '@router.post("/{firing_id}/start")');
  it("the block that names the module's file is under the including router's prefix, each module its own", () => {
    const md = lines('# Kiln', '', '## API', '', ...main, '', ...glazes, '', ...firings);
    expect(apiLines(md)).toEqual(['GET /v2/glazes', 'GET /v2/glazes/:glaze_id', 'POST /v2/firings/:firing_id/start']);
  });
  it('a block that names no file, or a module never included, keeps its own prefix only', () => {
    const unnamed = fence('python', 'router = APIRouter(prefix="/glazes")', '', '@router.get("/{glaze_id}")');
    expect(apiLines(lines('# Kiln', '', '## API', '', ...main, '', ...unnamed))).toEqual(['GET /glazes/:glaze_id']);
    const other = fence('python', '# kiln/routers/kilns.py', 'router = APIRouter(prefix="/kilns")', '', '@router.get("")', '@router.delete("/{kiln_id}")');
    expect(apiLines(lines('# Kiln', '', '## API', '', ...main, '', ...other))).toEqual(['DELETE /kilns/:kiln_id', 'GET /kilns']);
  });
});

describe('Fastify plugins registered with a prefix', () => {
  const server = fence('ts', '// src/app.ts', 'const app = Fastify();', 'app.register(import("@fastify/swagger-ui"), { routePrefix: "/docs" });', 'app.register(async (v1) => {', '  v1.register(boardRoutes, { prefix: "/boards" });', '}, { prefix: "/v1" });', 'app.register(hookRoutes, { prefix: "/hooks" });');
  const boards = fence('ts', 'export const boardRoutes: FastifyPluginAsync = async (f) => {', '  f.get("/", listBoards);', '  f.post("/:boardId/pins", addPin);', '};');
  const hooks = fence('ts', 'export default async function hookRoutes(server, opts) {', '  server.post("/stripe", onStripe);', '}');
  it('a plugin function registered in another block: its instance is under the prefixes it is registered at', () => {
    const md = lines('# Pinboard', '', '## API', '', ...server, '', ...boards, '', ...hooks);
    expect(apiLines(md)).toEqual(['GET /v1/boards', 'POST /hooks/stripe', 'POST /v1/boards/:boardId/pins']);
  });
  it("a plugin registered with a `routePrefix` option (a UI it serves) is no route; a plugin nobody registers keeps its paths", () => {
    expect(apiLines(lines('# Pinboard', '', '## API', '', ...server))).toEqual([]);
    expect(apiLines(lines('# Pinboard', '', '## API', '', ...boards))).toEqual(['GET /', 'POST /:boardId/pins']);
  });
});

describe('TypeBox object schemas as models', () => {
  const schemas = fence('ts', 'import { Type } from "@sinclair/typebox";', '', 'export const Locker = Type.Object({', '  id: Type.String({ format: "uuid" }),', '  floor: Type.Integer({ minimum: 0 }),', '  shared: Type.Boolean(),', '  size: Type.Union([', '    Type.Literal("s"), Type.Literal("m"),', '    Type.Literal("l"),', '  ]),', '  ownerId: Type.Union([Type.String(), Type.Null()]),   // null while free', '  openedAt: Type.Optional(Type.String({ format: "date-time" })),', '  tags: Type.Array(Type.String()),', '});');
  it('each property typed: integers are numbers, a union of literals their values, a union with Null nullable, Optional optional', () => {
    expect(modelLines(lines('# Lockers', '', '## Schemas', '', ...schemas))).toEqual(['Locker { id: string; floor: number; shared: boolean; size: "s" | "m" | "l"; ownerId: string | null; openedAt?: string; tags: string[] }']);
  });
  it('a request body built from a model (Type.Omit) or a params object inline is no model', () => {
    const md = lines('# Lockers', '', '## API', '', ...fence('ts', 'f.post("/lockers", { schema: { body: Type.Omit(Locker, ["id"]) } }, create);', 'f.get("/lockers/:id", { schema: { params: Type.Object({ id: Type.String() }) } }, get);'));
    expect(modelLines(md)).toEqual([]);
  });
});

describe("Fastify's full route declaration", () => {
  it('route({ method, url }) with one method or a list, the url before or after it, under the plugin prefix', () => {
    const md = lines('# Pinboard', '', '## API', '', ...fence('ts', 'const app = Fastify();', 'app.route({ method: "DELETE", url: "/pins/:pinId", handler: removePin });', "app.route({ url: '/boards', method: ['GET', 'HEAD'], handler: listBoards });"));
    expect(apiLines(md)).toEqual(['DELETE /pins/:pinId', 'GET /boards', 'HEAD /boards']);
  });
  it('a route whose url is a whole URL, or one commented out, is none', () => {
    const md = lines('# Pinboard', '', '## API', '', ...fence('ts', 'const app = Fastify();', 'app.route({ method: "GET", url: "https://example.com/pins", handler: proxy });', '// app.route({ method: "PUT", url: "/pins/:pinId", handler: replacePin });'));
    expect(apiLines(md)).toEqual([]);
  });
});

describe("Django REST Framework's router registrations", () => {
  const urls = fence('python', 'router = routers.DefaultRouter(trailing_slash=False)', 'router.register(r"hives", HiveViewSet)', 'router.register(r"inspections", InspectionViewSet, basename="inspection")', 'router.register(r"keepers", KeeperViewSet)', '', 'urlpatterns = [', '    path("v1/", include(router.urls)),', '    path("admin/", admin.site.urls),', ']');
  const views = fence('python', 'class HiveViewSet(viewsets.ModelViewSet):', '    http_method_names = ["get", "post", "delete"]', '', '    @action(detail=True, methods=["post"])', '    def split(self, request, pk=None): ...', '', '    @action(detail=False, url_path="due-for-inspection")', '    def due(self, request): ...', '', 'class InspectionViewSet(mixins.ListModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet):', '    serializer_class = InspectionSerializer');
  it('each viewset its base classes\' routes, kept to http_method_names, with its actions, under the include prefix', () => {
    const md = lines('# Apiary', '', '## API', '', ...urls, '', ...views);
    expect(apiLines(md)).toEqual(['DELETE /v1/hives/:pk', 'GET /v1/hives', 'GET /v1/hives/:pk', 'GET /v1/hives/due-for-inspection', 'GET /v1/inspections', 'POST /v1/hives', 'POST /v1/hives/:pk/split', 'POST /v1/inspections']);
  });
  it('a viewset described in a sentence: a read-only one lists and retrieves', () => {
    const md = lines('# Apiary', '', '## API', '', ...urls, '', '- `KeeperViewSet(viewsets.ReadOnlyModelViewSet)` — list and detail only.');
    expect(apiLines(md)).toEqual(['GET /v1/keepers', 'GET /v1/keepers/:pk']);
  });
  it('a viewset the PRD never describes gives nothing, nor does the admin site or a registration commented out', () => {
    const md = lines('# Apiary', '', '## API', '', ...fence('python', 'router = routers.DefaultRouter()', '# router.register(r"hives", HiveViewSet)', 'router.register(r"keepers", KeeperViewSet)', 'urlpatterns = [path("admin/", admin.site.urls), path("", include(router.urls))]'), '', ...views);
    expect(apiLines(md)).toEqual([]);
  });
});

describe("a title that names the product before a dash: only the name's words tell the product's own host", () => {
  it("a carrier's host that holds a word of the description after the dash is another company's API", () => {
    const md = lines('# Harbor — parcel tracking for a courier', '', '## API', '', 'We poll carriers, e.g. `GET https://api.parcel-hub.example/v3/parcels/{ref}`.');
    expect(apiLines(md)).toEqual([]);
  });
  it("a host that holds the product's name is still its own", () => {
    const md = lines('# Harbor — parcel tracking for a courier', '', '## API', '', 'Clients call `GET https://api.harbor.example/v1/parcels/{ref}`.');
    expect(apiLines(md)).toEqual(['GET /v1/parcels/:ref']);
  });
});

describe("a route handler's code under a comment naming its file", () => {
  it('Next.js and SvelteKit: the route of the file, the methods it exports', () => {
    const md = lines('# Tally', '', '## Handlers', '', ...fence('ts', '// app/api/counters/[counterId]/reset/route.ts', 'export async function POST(req: Request) {}', 'export const DELETE = async () => {};'), '', ...fence('ts', '// src/routes/api/totals/+server.ts', 'export const GET: RequestHandler = async () => json([]);'));
    expect(apiLines(md)).toEqual(['DELETE /api/counters/:counterId/reset', 'GET /api/totals', 'POST /api/counters/:counterId/reset']);
  });
  it('a comment naming a page, a component or a legacy file, or a handler exporting no method, gives no endpoint', () => {
    const md = lines('# Tally', '', '## Handlers', '', ...fence('ts', '// components/Counter.tsx', 'export function POST() {}'), '', ...fence('ts', '// app/api/old/route.ts (legacy, to be removed)', 'export async function GET() {}'), '', ...fence('ts', '// app/api/helpers/route.ts', 'export function format() {}'));
    expect(apiLines(md)).toEqual([]);
  });
});
