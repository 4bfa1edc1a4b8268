/**
 * Round 26, framework route files as engineering specs quote them: a Rails app that renders HTML
 * outside its API namespace; Django url modules under the prefix the project's url config includes them at;
 * Laravel's web routes are pages; Fastify routes declared with TypeScript type arguments; chi's
 * `With(…)` chains and `Method(…)` routes; Django url patterns routed to DRF's generic and function API views;
 * Laravel's `Route::match`; Rails' own health check.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, pageRoutes } from '../testing/extract.js';

describe('a Rails routes file with an API namespace', () => {
  const md = lines(
    '# Spec',
    '',
    '## Routes',
    '',
    '```ruby',
    'Rails.application.routes.draw do',
    '  root "home#index"',
    '  resources :orders, only: [:index, :show, :new]',
    '  resources :carts, except: [:destroy, :edit]',
    '  get "my/orders", to: "my_orders#index"',
    '  get "kiosk/today", to: "kiosk#today", defaults: { format: :json }',
    '  namespace :admin do',
    '    resources :products, only: [:edit]',
    '  end',
    '  namespace :api do',
    '    resources :orders, only: [:index, :create]',
    '    get "stats", to: "stats#show"',
    '  end',
    'end',
    '```',
  );

  it('serves pages outside the namespace: GETs, index and show, the new and edit forms, the root', () => {
    expect(pageRoutes(md)).toEqual(['/', '/admin/products/:id/edit', '/carts', '/carts/:id', '/carts/new', '/my/orders', '/orders', '/orders/:id', '/orders/new']);
  });

  it('serves calls inside it, and keeps a form post or a route with JSON defaults outside it a call', () => {
    expect(apiLines(md)).toEqual(['GET /api/orders', 'GET /api/stats', 'GET /kiosk/today', 'PATCH /carts/:id', 'POST /api/orders', 'POST /carts', 'PUT /carts/:id']);
  });

  it('reads a file without an API namespace as before: its resources are calls, no form pages', () => {
    const plain = lines('# Spec', '', '## API', '', '```ruby', 'Rails.application.routes.draw do', '  resources :orders, only: [:index, :show, :new]', 'end', '```');
    expect(apiLines(plain)).toEqual(['GET /orders', 'GET /orders/:id']);
    expect(pageRoutes(plain)).toEqual([]);
  });
});

describe('a Django url module the project includes at a prefix', () => {
  const urls = (apiModule: string) =>
    lines(
      '# Spec',
      '',
      '## URLs',
      '',
      '```python',
      '# shop/urls.py',
      'urlpatterns = [',
      '    path("admin/", admin.site.urls),',
      `    path("api/", include("${apiModule}")),`,
      '    path("", include("orders.web_urls")),',
      ']',
      '```',
      '',
      '```python',
      '# orders/api_urls.py',
      'urlpatterns = [',
      '    path("orders/", v.OrderList.as_view()),            # GET, POST',
      '    path("orders/<int:pk>/", v.OrderDetail.as_view()),  # GET, PATCH',
      ']',
      '```',
      '',
      '```python',
      '# orders/web_urls.py',
      'urlpatterns = [',
      '    path("orders/", w.order_list),',
      ']',
      '```',
    );

  it('serves its patterns under that prefix: calls under `api/`, pages at the root', () => {
    const md = urls('orders.api_urls');
    expect(apiLines(md)).toEqual(['GET /api/orders', 'GET /api/orders/:pk', 'PATCH /api/orders/:pk', 'POST /api/orders']);
    expect(pageRoutes(md)).toEqual(['/orders']);
  });

  it('reads a module the config does not include relative to the root, as before', () => {
    const md = urls('billing.api_urls');
    expect(apiLines(md)).toEqual([]);
    expect(pageRoutes(md)).toEqual(['/orders', '/orders/:pk']);
  });
});

describe('a DRF router in a url module the project includes at a prefix', () => {
  const md = (module: string) =>
    lines(
      '# Spec',
      '',
      '## URLs',
      '',
      '```python',
      '# config/urls.py',
      'urlpatterns = [',
      `    path("api/", include("${module}")),`,
      ']',
      '```',
      '',
      '```python',
      '# orders/urls.py',
      'router = DefaultRouter()',
      'router.register(r"orders", OrderViewSet)',
      'urlpatterns = [path("", include(router.urls))]',
      '```',
      '',
      '```python',
      'class OrderViewSet(viewsets.ReadOnlyModelViewSet):',
      '    queryset = Order.objects.all()',
      '```',
    );

  it("serves its viewsets' routes under that prefix", () => {
    expect(apiLines(md('orders.urls'))).toEqual(['GET /api/orders', 'GET /api/orders/:pk']);
  });

  it('serves them at the root when the config includes another module', () => {
    expect(apiLines(md('billing.urls'))).toEqual(['GET /orders', 'GET /orders/:pk']);
  });
});

describe('url patterns a lead-in mounts under a prefix', () => {
  const block = (lead: string) => lines('# Spec', '', '## URLs', '', lead, '', '```python', 'urlpatterns = [', '    path("orders/", v.OrderList.as_view()),   # GET, POST', ']', '```');

  it('serves them under it: "API routes, mounted under `api/`:"', () => {
    expect(apiLines(block('API routes, mounted under `api/`:'))).toEqual(['GET /api/orders', 'POST /api/orders']);
  });

  it('puts them under no prefix when the lead-in names no mount, or one out of scope', () => {
    for (const lead of ['API views:', 'Legacy views once mounted under `api/`, not migrated:']) {
      expect(apiLines(block(lead)).filter((l) => l.includes('/api/'))).toEqual([]);
    }
  });
});

describe("Laravel's routes/web.php", () => {
  const routes = (file: string) =>
    lines(
      '# Spec',
      '',
      '## Routes',
      '',
      '```php',
      `// ${file}`,
      "Route::get('/board', [BoardController::class, 'index']);",
      "Route::view('/about', 'pages.about');",
      "Route::resource('rooms', RoomController::class)->only(['index', 'show', 'edit', 'update']);",
      "Route::post('/rooms/{room}/photos', [RoomPhotoController::class, 'store']);",
      "Route::apiResource('notes', NoteController::class)->only(['index', 'store']);",
      '```',
    );

  it('renders pages: its GETs, views, a resource\'s index, show and edit form; its form calls stay calls', () => {
    const md = routes('routes/web.php');
    expect(pageRoutes(md)).toEqual(['/about', '/board', '/notes', '/rooms', '/rooms/:room', '/rooms/:room/edit']);
    expect(apiLines(md)).toEqual(['PATCH /rooms/:room', 'POST /notes', 'POST /rooms/:room/photos', 'PUT /rooms/:room']);
  });

  it('serves routes/api.php as calls under /api, with no form pages', () => {
    const md = routes('routes/api.php');
    expect(apiLines(md)).toEqual(['GET /api/board', 'GET /api/notes', 'GET /api/rooms', 'GET /api/rooms/:room', 'PATCH /api/rooms/:room', 'POST /api/notes', 'POST /api/rooms/:room/photos', 'PUT /api/rooms/:room']);
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('a route declared with TypeScript type arguments', () => {
  it("is read, under its plugin's prefix: `app.get<{ Params: { id: string } }>('/orders/:id', …)`", () => {
    const md = lines(
      '# Spec',
      '',
      '## API',
      '',
      '```ts',
      "app.register(orderRoutes, { prefix: '/api' })",
      '',
      'export async function orderRoutes(app: FastifyInstance) {',
      "  app.get<{ Params: { id: string } }>('/orders/:id', getOrder)",
      "  app.post<{ Body: NewOrder }>('/orders', createOrder)",
      '}',
      '```',
    );
    expect(apiLines(md)).toEqual(['GET /api/orders/:id', 'POST /api/orders']);
  });

  it("is no route in a test's client call", () => {
    const md = lines('# Spec', '', '## Tests', '', '```ts', "const res = await client.get<Order>('/orders/1')", 'expect(res.status).toBe(200)', '```');
    expect(apiLines(md)).toEqual([]);
  });
});

describe("chi's routes behind middleware and by method constant", () => {
  const router = (head: string) =>
    lines(
      '# Design',
      '',
      head,
      '',
      '```go',
      'r := chi.NewRouter()',
      'r.Route("/v1", func(r chi.Router) {',
      '\tr.Get("/cards", h.ListCards)',
      '\tr.With(h.RequireAdmin).Post("/cards", h.IssueCard)',
      '\tr.Method(http.MethodDelete, "/cards/{id}", h.DeleteCard)',
      '})',
      '```',
    );

  it('are read: `r.With(mw).Post(…)`, `r.Method(http.MethodDelete, …)`', () => {
    expect(apiLines(router('## HTTP API'))).toEqual(['DELETE /v1/cards/:id', 'GET /v1/cards', 'POST /v1/cards']);
  });

  it('are no routes in an example of how a test calls them', () => {
    expect(apiLines(router('## Examples'))).toEqual([]);
  });
});

describe("Django url patterns routed to DRF's API views", () => {
  const md = (views: string[]) =>
    lines(
      '# Spec',
      '',
      '## URLs',
      '',
      '```python',
      'urlpatterns = [',
      '    path("samples/", v.SampleListCreate.as_view()),',
      '    path("samples/<uuid:pk>/", v.SampleDetail.as_view()),',
      '    path("freezers/", v.freezer_list),',
      '    path("", w.home),',
      ']',
      '```',
      '',
      '## Views',
      '',
      '```python',
      ...views,
      '```',
    );

  it('serve the methods of their generic view or decorator, at any path', () => {
    const doc = md([
      'class SampleListCreate(generics.ListCreateAPIView):',
      '    serializer_class = SampleSerializer',
      '',
      'class SampleDetail(generics.RetrieveUpdateAPIView):',
      '    http_method_names = ["get", "patch"]',
      '',
      '@api_view(["GET"])',
      'def freezer_list(request):',
      '    ...',
    ]);
    expect(apiLines(doc)).toEqual(['GET /freezers', 'GET /samples', 'GET /samples/:pk', 'PATCH /samples/:pk', 'POST /samples']);
    expect(pageRoutes(doc)).toEqual(['/']);
  });

  it('are pages when their views render templates', () => {
    const doc = md(['class SampleListCreate(ListView):', '    template_name = "samples/list.html"']);
    expect(apiLines(doc)).toEqual([]);
    expect(pageRoutes(doc)).toEqual(['/', '/freezers', '/samples', '/samples/:pk']);
  });
});

describe("Laravel's Route::match", () => {
  const md = (file: string) => lines('# Spec', '', '## Routes', '', '```php', `// ${file}`, "Route::match(['get', 'post'], '/checkout', CheckoutController::class);", '```');

  it('serves each method it names; in routes/web.php its GET is the page', () => {
    expect(apiLines(md('routes/api.php'))).toEqual(['GET /api/checkout', 'POST /api/checkout']);
    expect(apiLines(md('routes/web.php'))).toEqual(['POST /checkout']);
    expect(pageRoutes(md('routes/web.php'))).toEqual(['/checkout']);
  });
});

describe("Rails' own health check", () => {
  it('is nothing to build: `get "up" => "rails/health#show"`; another `get` in the same file is', () => {
    const md = lines('# Spec', '', '## Routes', '', '```ruby', 'Rails.application.routes.draw do', '  get "up" => "rails/health#show", as: :rails_health_check', '  get "status" => "status#show"', 'end', '```');
    expect(apiLines(md)).toEqual(['GET /status']);
  });
});
