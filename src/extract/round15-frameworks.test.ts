/**
 * Misses found by a fifteenth round of reading, in framework code that PRDs quote: route files read
 * under any heading that does not say the code is only shown (a NestJS controller under "Controllers",
 * a Spring one under "Service design", a Hono app under "Architecture"); a global prefix or a
 * router's mount set in another section (`app.setGlobalPrefix('api')`, Flask's `register_blueprint(…,
 * url_prefix=…)`); declarations commented out; Phoenix's nested resources; gRPC HTTP transcoding;
 * Flask-SQLAlchemy's `db.Model` classes, with columns written over several lines; a routes table
 * without a title column under a heading that names a UI ("Dashboard", "Web console"); NestJS DTO
 * classes (validated members) under a heading that names them; an enum's values listed in a field's comment; JPA's `@Column` nullable
 * by default; a heading "What is not part of the API".
 * Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes } from '../testing/extract.js';

const fence = (lang: string, ...code: string[]) => ['```' + lang, ...code, '```'];
const block = (heading: string, lang: string, ...code: string[]) => lines('# Service', '', `## ${heading}`, '', ...fence(lang, ...code));

describe('route files under any heading but one that only shows code', () => {
  const spring = ['@RestController', '@RequestMapping("/api/v1/vehicles")', 'class VehicleController {', '    @GetMapping', '    List<Vehicle> list() { ... }', '    @PatchMapping("/{id}/status")', '    Vehicle status(@PathVariable UUID id) { ... }', '}'];
  it('a Spring controller under "Service design", a NestJS one under "Controllers"', () => {
    expect(apiLines(lines('# Fleet', '', '## 3. Service design', '', '### 3.1 Vehicles', '', ...fence('java', ...spring)))).toEqual(['GET /api/v1/vehicles', 'PATCH /api/v1/vehicles/:id/status']);
    expect(apiLines(block('Controllers', 'ts', "@Controller('boxes')", 'export class BoxesController {', '  @Get()', '  list() {}', "  @Get(':boxId/weeks/:week')", '  week() {}', '}'))).toEqual(['GET /boxes', 'GET /boxes/:boxId/weeks/:week']);
  });
  it('not under a heading of examples, tests, notes, the current state or an appendix', () => {
    for (const heading of ['Implementation notes', 'Examples', 'Test plan', 'Current state', 'Appendix: controller', 'Before the change', 'Old controller'])
      expect(apiLines(block(heading, 'java', ...spring)), heading).toEqual([]);
    // The heading above says it: a sub-section of "Background".
    expect(apiLines(lines('# Fleet', '', '## Background', '', '### Vehicles', '', ...fence('java', ...spring)))).toEqual([]);
  });
  it('an app that makes its router (Hono, Express, Flask) under "Architecture"; a block that only calls routes, none', () => {
    const md = block('Architecture', 'ts', "import { Hono } from 'hono';", 'const app = new Hono();', 'const api = new Hono();', "api.get('/links/:slug', getLink);", "app.route('/api', api);", "app.get('/:slug', redirect);");
    expect(apiLines(md)).toEqual(['GET /:slug', 'GET /api/links/:slug']);
    // No app or router made here: a fragment, read under an API heading only.
    expect(apiLines(block('Architecture', 'ts', "api.get('/links/:slug', getLink);"))).toEqual([]);
    // A mock server in a test section.
    expect(apiLines(block('Testing', 'ts', 'const mock = express();', "mock.get('/v1/rates', (req, res) => res.json([]));"))).toEqual([]);
  });
  it("a frontend's client calls still count under an API or screens heading only", () => {
    expect(apiLines(block('Architecture', 'ts', 'export class OrdersApi {', '  constructor(private http: HttpClient) {}', "  list() { return this.http.get<Order[]>('/api/orders'); }", '}'))).toEqual([]);
  });
});

describe('declarations commented out', () => {
  it('ASP.NET, Express and Hono: a commented line is not served', () => {
    const md = block('API', 'csharp', 'var tickets = app.MapGroup("/api/tickets");', 'tickets.MapGet("/{id:int}", GetTicket);', '// Removed after the pilot:', '// tickets.MapDelete("/{id:int}", DeleteTicket);');
    expect(apiLines(md)).toEqual(['GET /api/tickets/:id']);
    const hono = block('API', 'ts', 'const api = new Hono();', "api.patch('/links/:slug', updateLink);", "// api.put('/links/:slug', replaceLink);  // PATCH covers it", "app.route('/api', api);");
    expect(apiLines(hono)).toEqual(['PATCH /api/links/:slug']);
  });
  it("a declaration whose comment says it is internal only (a health check) is none of the product's routes", () => {
    const rails = block('Routes', 'ruby', 'Rails.application.routes.draw do', '  resources :imprints, only: [:index]', '  get "up" => "rails/health#show", as: :rails_health_check   # internal only', 'end');
    expect(apiLines(rails)).toEqual(['GET /imprints']);
    const hono = block('API', 'ts', 'const app = new Hono();', "app.get('/__health', ok); // internal-only probe", "app.get('/internal/stats', stats); // for the ops team");
    expect(apiLines(hono)).toEqual(['GET /internal/stats']);
  });
  it('a Python decorator is no comment: `@app.route` right after a `#` line is read', () => {
    expect(apiLines(block('API', 'python', '# list the pieces', '@app.route("/api/pieces", methods=["GET"])', 'def pieces(): ...'))).toEqual(['GET /api/pieces']);
  });
});

describe('a global prefix or a mount set in another section', () => {
  it("NestJS: `app.setGlobalPrefix('api')` in a bootstrap section prefixes the controllers of another", () => {
    const md = lines(
      '# Orders',
      '',
      '## Bootstrap',
      '',
      ...fence('ts', 'const app = await NestFactory.create(AppModule);', "app.setGlobalPrefix('api', { exclude: ['health'] });"),
      '',
      '## Controllers',
      '',
      ...fence('ts', "@Controller('orders')", 'export class OrdersController {', "  @Patch(':id/cancel')", '  cancel() {}', '  // @Delete(\':id\')', '}'),
    );
    expect(apiLines(md)).toEqual(['PATCH /api/orders/:id/cancel']);
  });
  it("Flask: blueprints registered with a url_prefix in one block, their routes in others; an empty rule is the prefix", () => {
    const md = lines(
      '# Kiln',
      '',
      '## API',
      '',
      ...fence('python', 'def create_app():', '    app = Flask(__name__)', '    app.register_blueprint(pieces_bp, url_prefix="/api/v1/pieces")', '    app.register_blueprint(firings_bp, url_prefix="/api/v1/firings")'),
      '',
      '### Pieces',
      '',
      ...fence('python', 'pieces_bp = Blueprint("pieces", __name__)', '', '@pieces_bp.route("", methods=["GET", "POST"])', 'def pieces(): ...', '', '@pieces_bp.route("/<int:piece_id>", methods=["GET", "PUT"])', 'def piece(piece_id): ...', '', '# @pieces_bp.route("/<int:piece_id>", methods=["DELETE"])'),
      '',
      '### Firings',
      '',
      ...fence('python', 'firings_bp = Blueprint("firings", __name__)', '', '@firings_bp.get("")', 'def list_firings(): ...', '', '@firings_bp.route("/<int:firing_id>/load", methods=["POST"])', 'def load(firing_id): ...'),
    );
    expect(apiLines(md)).toEqual(['GET /api/v1/firings', 'GET /api/v1/pieces', 'GET /api/v1/pieces/:piece_id', 'POST /api/v1/firings/:firing_id/load', 'POST /api/v1/pieces', 'PUT /api/v1/pieces/:piece_id']);
  });
  it("FastAPI's api_route under its router's prefix; a route function's call that is no decorator, none", () => {
    const md = block('API', 'python', 'router = APIRouter(prefix="/api/exports")', '@router.api_route("/{export_id}", methods=["GET", "HEAD"])', 'def get_export(export_id: int): ...', 'router.api_route("/debug", methods=["POST"])(debug)');
    expect(apiLines(md)).toEqual(['GET /api/exports/:export_id', 'HEAD /api/exports/:export_id']);
  });
  it('a router name mounted at two paths prefixes nothing; an empty rule without a prefix is no route', () => {
    const md = lines(
      '# Shop',
      '',
      '## API',
      '',
      ...fence('python', 'app.register_blueprint(bp, url_prefix="/api/orders")', 'app.register_blueprint(bp, url_prefix="/api/users")'),
      '',
      '### Routes',
      '',
      ...fence('python', '@bp.route("/<int:id>", methods=["GET"])', 'def one(id): ...', '@other.route("", methods=["GET"])', 'def root(): ...'),
    );
    expect(apiLines(md)).toEqual(['GET /:id']);
  });
});

describe('Phoenix: resources nested in a resource block', () => {
  it('sit under the member of the one they are nested in; a commented route is left out', () => {
    const md = block(
      'Router',
      'elixir',
      'scope "/api", ParlaWeb.Api do',
      '  pipe_through [:api]',
      '  resources "/rooms", RoomController, only: [:index, :show] do',
      '    resources "/messages", MessageController, only: [:index, :create]',
      '  end',
      '  post "/rooms/:id/close", RoomController, :close',
      '  # get "/rooms/:id/export", RoomController, :export',
      'end',
    );
    expect(apiLines(md)).toEqual(['GET /api/rooms', 'GET /api/rooms/:id', 'GET /api/rooms/:room_id/messages', 'POST /api/rooms/:id/close', 'POST /api/rooms/:room_id/messages']);
  });
  it('a resource block in a browser scope gives no endpoints, and its end closes only itself', () => {
    const md = block('Router', 'elixir', 'scope "/", AppWeb do', '  pipe_through :browser', '  resources "/posts", PostController do', '    resources "/comments", CommentController', '  end', '  live "/inbox", InboxLive', 'end');
    expect(apiLines(md)).toEqual([]);
  });
});

describe('gRPC HTTP transcoding', () => {
  const proto = (...rpc: string[]) => block('Service', 'proto', 'service CellarService {', ...rpc, '}');
  it('reads each google.api.http binding, its additional bindings, on one line or several', () => {
    const md = proto(
      '  rpc GetCellar(GetCellarRequest) returns (Cellar) {',
      '    option (google.api.http) = { get: "/v1/cellars/{cellar}" };',
      '  }',
      '  rpc GetBottle(GetBottleRequest) returns (Bottle) {',
      '    option (google.api.http) = {',
      '      get: "/v1/cellars/{cellar}/bottles/{bottle}"',
      '      additional_bindings { get: "/v1/bottles/{bottle}" }',
      '    };',
      '  }',
      '  rpc Uncork(UncorkRequest) returns (Bottle) {',
      '    option (google.api.http) = {',
      '      post: "/v1/cellars/{cellar}/bottles/{bottle}/uncork"',
      '      body: "*"',
      '    };',
      '  }',
      '  // gRPC only, no HTTP mapping',
      '  rpc StreamStock(StreamStockRequest) returns (stream StockLevel);',
    );
    expect(apiLines(md)).toEqual(['GET /v1/bottles/:bottle', 'GET /v1/cellars/:cellar', 'GET /v1/cellars/:cellar/bottles/:bottle', 'POST /v1/cellars/:cellar/bottles/:bottle/uncork']);
  });
  it("resource-name patterns and custom methods (AIP-127); `body:` names no route; a binding in a comment is none", () => {
    const md = proto(
      '  rpc GetBook(GetBookRequest) returns (Book) {',
      '    option (google.api.http) = { get: "/v1/{name=publishers/*/books/*}" };',
      '  }',
      '  rpc ArchiveBook(ArchiveBookRequest) returns (Book) {',
      '    option (google.api.http) = { post: "/v1/{name=publishers/*/books/*}:archive" body: "*" };',
      '  }',
      '  rpc DeleteShelf(DeleteShelfRequest) returns (Empty) {',
      '    option (google.api.http).delete = "/v1/shelves/{shelf}";',
      '    // option (google.api.http) = { put: "/v1/shelves/{shelf}" };',
      '  }',
    );
    expect(apiLines(md)).toEqual(['DELETE /v1/shelves/:shelf', 'GET /v1/publishers/:publisher/books/:book', 'POST /v1/publishers/:publisher/books/:book/archive']);
  });
  it('a proto without HTTP bindings declares no endpoint', () => {
    expect(apiLines(proto('  rpc ListCellars(ListCellarsRequest) returns (ListCellarsResponse);', '  // get: "/v1/cellars" was rejected'))).toEqual([]);
  });
});

describe("Flask-SQLAlchemy's db.Model classes", () => {
  it('read db.Column fields: a call over several lines, Enum values written in it, a column nullable unless it says not or is the key', () => {
    const md = block(
      'Data model',
      'python',
      'class Piece(db.Model):',
      '    __tablename__ = "pieces"',
      '    id = db.Column(db.Integer, primary_key=True)',
      '    owner_id = db.Column(db.Integer, db.ForeignKey("members.id"), nullable=False)',
      '    stage = db.Column(db.Enum("greenware", "bisqued",',
      '                              name="piece_stage"), nullable=False, default="greenware")',
      '    shelf = db.Column(db.String(10))  # (free text',
      '    height_cm = db.Column(db.Float, nullable=False)',
    );
    expect(modelLines(md)).toEqual(['Piece { id: number; owner_id: number; stage: "greenware" | "bisqued"; shelf: string | null; height_cm: number }']);
  });
  it('a class of another base, and a call left open to the end of the block, give nothing', () => {
    const md = block('Data model', 'python', 'class PieceForm(FlaskForm):', '    title = db.Column(db.String(80), nullable=False)', '', 'class Firing(db.Model):', '    kiln = db.Column(db.Enum("big", "small",');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a routes table under a heading that names a UI', () => {
  const table = (heading: string, ...rows: string[]) => lines('# Cellarbook API', '', `## ${heading}`, '', '| Route | Purpose |', '|---|---|', ...rows);
  it('lists its screens, even under an API-titled document', () => {
    expect(pageRoutes(table('Web console', '| `/console/cellars` | all cellars |', '| `/console/cellars/:cellarId` | one cellar |'))).toEqual(['/console/cellars', '/console/cellars/:cellarId']);
    expect(pageRoutes(table('Dashboard', '| `/dashboard/new` | create form |'))).toEqual(['/dashboard/new']);
  });
  it('not an API path in it, nor a row out of scope, nor such a table under another heading', () => {
    expect(pageRoutes(table('Dashboard', '| `/api/links` | data of the list |', '| `/dashboard/old` | legacy list, removed |'))).toEqual([]);
    expect(pageRoutes(lines('# Cellarbook', '', '## Deployment', '', '| Route | Purpose |', '|---|---|', '| `/releases/notes` | release notes |'))).toEqual([]);
  });
});

describe('NestJS DTOs, values listed in a comment, JPA columns', () => {
  it('a TypeScript class whose members carry validation decorators is a model under a heading that names it, several decorators on a line', () => {
    const md = block(
      '5.3 CreateOrderDto',
      'ts',
      'export class CreateOrderDto {',
      '  @IsUUID() boxId: string;',
      "  @IsEnum(DeliverySlot) slot: DeliverySlot;   // 'morning' | 'evening'",
      '  @IsOptional() @IsString() @MaxLength(280) note?: string;',
      '}',
      '',
      'export class OrdersService {',
      '  @Inject() private readonly repo: Repository;',
      '  constructor(private readonly orders: OrdersRepository) {}',
      '}',
    );
    expect(modelLines(md)).toEqual(['CreateOrderDto { boxId: string; slot: "morning" | "evening"; note?: string }']);
    // Beside the entities, under a heading that names none of them, a DTO is plumbing (see round 11).
    expect(modelLines(md.replace('5.3 CreateOrderDto', 'Data model'))).toEqual([]);
  });
  it("Java: a named type's values in its comment; a comment that is no list, or a type the block declares, keeps the type", () => {
    const md = block(
      'Data model',
      'java',
      'public record WorkOrder(',
      '    long id,',
      '    Priority priority,            // LOW, HIGH, SAFETY',
      '    Workshop workshop,            // e.g. LEIPZIG_NORTH',
      '    Zone zone,                    // see ZONES.md',
      '    String summary                // FREE, TEXT',
      ') {}',
    );
    expect(modelLines(md)).toEqual(['WorkOrder { id: number; priority: "LOW" | "HIGH" | "SAFETY"; workshop: Workshop; zone: Zone; summary: string }']);
  });
  it("JPA: a @Column may hold null unless nullable = false, the @Id, a not-null mark or a primitive type", () => {
    const md = block(
      'Data model',
      'java',
      '@Entity',
      'public class Vehicle {',
      '    @Id private UUID id;',
      '    @Column(nullable = false, unique = true) private String serialNumber;',
      '    @Column private String lastZone;',
      '    @Column(length = 40) private Instant retiredAt;',
      '    @Column private int batteryPct;',
      '    @NotNull @Column private String model;',
      '    private String note;',
      '}',
    );
    expect(modelLines(md)).toEqual(['Vehicle { id: string; serialNumber: string; lastZone: string | null; retiredAt: string | null; batteryPct: number; model: string; note: string }']);
  });
});

describe('a heading that says what follows is not part of the product', () => {
  it('"What is not part of the API", "Not part of this release": nothing under it is built', () => {
    for (const heading of ['3.3 What is not part of the API', 'Not part of this release']) {
      const md = lines('# Fleet API', '', `## ${heading}`, '', '- Rejected: `POST /api/v1/vehicles/{id}/commands` for remote lock.', '- `/fleet/map` screen');
      expect(apiLines(md), heading).toEqual([]);
      expect(pageRoutes(md), heading).toEqual([]);
    }
  });
  it('a heading about how parts fit together is not one', () => {
    expect(apiLines(lines('# Fleet API', '', '## Part of the vehicle API', '', '- `POST /api/v1/vehicles/{id}/lock`'))).toEqual(['POST /api/v1/vehicles/:id/lock']);
  });
});

describe('Spring controllers without a class mapping, Go 1.22 method patterns', () => {
  it('a @RestController whose mappings hold whole paths, under any heading', () => {
    const md = block('Service design', 'java', '@RestController', 'class StatusController {', '    @GetMapping("/api/status")', '    Status status() { ... }', '    // @DeleteMapping("/api/status")', '}');
    expect(apiLines(md)).toEqual(['GET /api/status']);
    // No controller mark, no class mapping: a fragment, read under an API heading only.
    expect(apiLines(block('Service design', 'java', '@GetMapping("/api/status")', 'Status status() { ... }'))).toEqual([]);
  });
  it('`mux.HandleFunc("GET /items/{id}", h)`: its method and path; a pattern without a method serves every method, no endpoint', () => {
    const md = block(
      'Server',
      'go',
      'mux := http.NewServeMux()',
      'mux.HandleFunc("GET /api/items/{id}", getItem)',
      'mux.Handle("POST api.example.com/api/items", auth(createItem))',
      'mux.HandleFunc("GET /files/{path...}", serveFile)',
      'mux.HandleFunc("GET /{$}", home)',
      'mux.HandleFunc("/healthz", health)',
      '// mux.HandleFunc("DELETE /api/items/{id}", deleteItem)',
    );
    expect(apiLines(md)).toEqual(['GET /', 'GET /api/items/:id', 'GET /files/:path', 'POST /api/items']);
  });
});

describe("Express's route chains", () => {
  it("`router.route('/books/:id').get(h).put(h)`, the chain going on over lines that start with a dot, under its router's mount", () => {
    const md = block('API', 'js', 'const router = express.Router();', "router.route('/books')", '  .get(listBooks)', '  .post(createBook);', "router.route('/books/:id').get(getBook).put(updateBook)", '  // .delete(removeBook)', "app.use('/api', router);");
    expect(apiLines(md)).toEqual(['GET /api/books', 'GET /api/books/:id', 'POST /api/books', 'PUT /api/books/:id']);
  });
  it('a chain without a method, and a mount of a router (two arguments), are no routes', () => {
    expect(apiLines(block('API', 'js', 'const app = express();', "app.route('/books');", "app.route('/api', api);"))).toEqual([]);
  });
});

describe("Rails models' enums for the columns a migration in another block creates", () => {
  const migration = fence('ruby', 'class CreateTables < ActiveRecord::Migration[7.1]', '  def change', '    create_table :manuscripts do |t|', '      t.string :status, null: false', '    end', '    create_table :scores do |t|', '      t.string :status, null: false', '      t.string :recommendation, null: false', '    end', '  end', 'end');
  it('a model class enum (its hash over two lines) types the column of its own table only', () => {
    const md = lines(
      '# Quill',
      '',
      '## Data',
      '',
      ...migration,
      '',
      '## Models',
      '',
      ...fence('ruby', 'class Manuscript < ApplicationRecord', '  enum :status, { submitted: "submitted", in_review: "in_review",', '                  declined: "declined" }', 'end', '', 'class Score < ApplicationRecord', '  enum recommendation: { pass: 0, champion: 1 }', 'end'),
    );
    expect(modelLines(md)).toEqual([
      'Manuscript { id: number; status: "submitted" | "in_review" | "declined" }',
      'Score { id: number; status: string; recommendation: "pass" | "champion" }',
    ]);
  });
  it('an enum in a class that is no model, or after its model class ends, types nothing', () => {
    const md = lines('# Quill', '', '## Data', '', ...migration, '', '## Notes', '', ...fence('ruby', 'class Manuscript < ApplicationRecord', 'end', 'enum :status, { a: "a", b: "b" }', 'class Score', '  enum :recommendation, { pass: 0, champion: 1 }', 'end'));
    expect(modelLines(md)).toEqual(['Manuscript { id: number; status: string }', 'Score { id: number; status: string; recommendation: string }']);
  });
});

describe('ASP.NET Core attribute routing; Laravel routes/api.php', () => {
  it("a controller's [Route] with [controller] prefixes its actions' [HttpGet(…)]; an action's [Route] over a bare verb; a template from the root stands alone", () => {
    const md = block(
      'Service design',
      'csharp',
      'namespace Fixit {',
      '[ApiController]',
      '[Route("api/[controller]")]',
      'public class TicketsController : ControllerBase',
      '{',
      '    [HttpGet]',
      '    public IEnumerable<Ticket> List() => _db.Tickets;',
      '    [HttpPost("{id:int}/resolve"), Authorize(Roles = "Technician")]',
      '    public IActionResult Resolve(int id) { ... }',
      '    [Route("{id:int}/assignee")]',
      '    [HttpPut]',
      '    public IActionResult Assign(int id) { ... }',
      '    [HttpGet("/api/sites/{siteId:guid}/tickets")]',
      '    public IActionResult BySite(Guid siteId) { ... }',
      '    // [HttpDelete("{id:int}")]',
      '}',
      '[Route("api/v2/reports")]',
      'public class ReportsController : ControllerBase',
      '{',
      '    [HttpGet("weekly")]',
      '    public IActionResult Weekly() { ... }',
      '}',
      '}',
    );
    expect(apiLines(md)).toEqual(['GET /api/sites/:siteId/tickets', 'GET /api/tickets', 'GET /api/v2/reports/weekly', 'POST /api/tickets/:id/resolve', 'PUT /api/tickets/:id/assignee']);
  });
  it('verb attributes in a class that is no controller are not read as routes', () => {
    expect(apiLines(block('Service design', 'csharp', 'public class TicketClient', '{', '    [HttpGet("{id}")]', '    Task<Ticket> Get(int id);', '}'))).toEqual([]);
  });
  it('Laravel: a block that names itself routes/api.php is served under /api; another route file is not', () => {
    const api = block('Routes', 'php', '// routes/api.php', "Route::get('/plots', [PlotController::class, 'index']);", "Route::apiResource('tenancies', TenancyController::class)->only(['show']);");
    expect(apiLines(api)).toEqual(['GET /api/plots', 'GET /api/tenancies/:tenancy']);
    const web = block('Routes', 'php', '// routes/web.php — the API lives in routes/api.php', "Route::get('/plots', [PlotController::class, 'index']);");
    // routes/web.php renders HTML: its GET is a page, under no prefix (round 26).
    expect(apiLines(web)).toEqual([]);
    expect(pageRoutes(web)).toEqual(['/plots']);
  });
});

describe("Rails resources' path: and param: options", () => {
  it('rename the segment and the member parameter, of the nested resources too', () => {
    const md = block(
      'Routes',
      'ruby',
      'Rails.application.routes.draw do',
      '  resources :photos, path: "images", only: [:index, :show]',
      '  resources :articles, param: :slug, only: [:show] do',
      '    member do',
      '      post :publish',
      '    end',
      '    resources :comments, only: [:index]',
      '  end',
      'end',
    );
    expect(apiLines(md)).toEqual(['GET /articles/:article_slug/comments', 'GET /articles/:slug', 'GET /images', 'GET /images/:id', 'POST /articles/:slug/publish']);
  });
  it('without them, the resource name and :id', () => {
    expect(apiLines(block('Routes', 'ruby', 'Rails.application.routes.draw do', '  resources :photos, only: [:show] # path: "images" was rejected', 'end'))).toEqual(['GET /photos/:id']);
  });
});

describe("Ktor's routing DSL", () => {
  it('route("/x") { … } nests its path over the handlers in its braces; authenticate { … } adds none', () => {
    const md = block(
      'Server',
      'kotlin',
      'fun Application.module() {',
      '    routing {',
      '        get("/health") { call.respondText("ok") }   // internal only',
      '        authenticate("jwt") {',
      '            route("/api/orders") {',
      '                get { call.respond(orders.all()) }',
      '                get("{id}") {',
      '                    call.respond(orders.get(call.parameters["id"]!!))',
      '                }',
      '                route("{id}/items") {',
      '                    post { }',
      '                }',
      '                // delete("{id}") { }',
      '            }',
      '        }',
      '        get("/version") { }',
      '    }',
      '}',
    );
    expect(apiLines(md)).toEqual(['GET /api/orders', 'GET /api/orders/:id', 'GET /version', 'POST /api/orders/:id/items']);
  });
  it("a Ktor client's calls are no routes", () => {
    expect(apiLines(block('Server', 'kotlin', 'val routing = Routing()', 'suspend fun load() {', '    client.get("https://api.example.com/rates") { }', '}'))).toEqual([]);
  });
});

describe('deeply nested route files stay linear', () => {
  // Each reader keeps an open block's whole path (joined once, growing no more past 400 characters):
  // joining the whole stack again on every line was cubic (1 000 nested Rails resources took 10 s).
  const nested = (lang: string, open: string, inner: string, close: string, n: number) => block('Routes', lang, ...Array<string>(n).fill(open), ...Array<string>(n).fill(inner), ...Array<string>(n).fill(close));
  // The Laravel routes all sit past 400 characters of prefix: none is a route, the reading still ends at once.
  it.each([
    ['ruby', 'resources :a do', 'resources :b, only: [:index]', 'end', 1],
    ['php', "Route::prefix('a')->group(function () {", "Route::get('/x', X::class);", '});', 0],
    ['elixir', 'resources "/a", C, only: [:index] do', 'resources "/b", C, only: [:index]', 'end', 1],
  ])('%s: 3 000 levels in well under three seconds', (lang, open, inner, close, least) => {
    const md = lang === 'elixir' ? nested(lang, open, inner, close, 3000).replace('```elixir', '```elixir\nscope "/api", A do\n  pipe_through :api') : lang === 'ruby' ? nested(lang, open, inner, close, 3000).replace('```ruby', '```ruby\nRails.application.routes.draw do') : nested(lang, open, inner, close, 3000);
    const t = performance.now();
    const apis = apiLines(md);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(apis.length).toBeGreaterThanOrEqual(least);
  });
});
