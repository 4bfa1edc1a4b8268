/**
 * Misses of this session's own reading, beside the helpers' round-16 files. Where a PRD says its routes are mounted ("Routers are mounted under `/api/v1`"): the paths of its
 * API section, code included, sit under that prefix. Only a sentence about routes, endpoints or
 * routers states one; a UI, static files or one part of the API served somewhere, a question and a
 * legacy mount do not.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, ruleRows } from '../testing/extract.js';

const fastApi = ['```python', 'router = APIRouter(prefix="/kilns")', '', '@router.get("")', 'def list_kilns(): ...', '', '@router.get("/{kiln_id}")', 'def get_kiln(kiln_id: str): ...', '```'];

describe('a sentence that says where routes are mounted states the API prefix', () => {
  it('"mounted under" puts the code\'s routes under the prefix', () => {
    const md = lines('# Kilnroom', '', '## API', '', 'Routers are mounted under `/api/v1`:', '', ...fastApi);
    expect(apiLines(md)).toEqual(['GET /api/v1/kilns', 'GET /api/v1/kilns/:kiln_id']);
  });

  it('"served at" and "live under" do the same for a list of endpoints', () => {
    for (const sentence of ['All endpoints are served at `/rest`.', 'Our routes live under `/rest`.']) {
      const md = lines('# Kilnroom', '', '## Endpoints', '', sentence, '', '- `GET /kilns`', '- `POST /kilns/{id}/firings`');
      expect(apiLines(md), sentence).toEqual(['GET /rest/kilns', 'POST /rest/kilns/:id/firings']);
    }
  });

  it('a UI, static files or one part of the API served somewhere, a question and a legacy mount state no prefix', () => {
    for (const sentence of [
      'The JSON API is one plugin mounted at `/api`; webhooks sit outside it.',
      'The admin UI is served under `/admin`.',
      'Static files are served at `/assets`.',
      'Should the endpoints be served under `/v2`?',
      'Legacy routes were mounted under `/old` (deprecated).',
    ]) {
      const md = lines('# Kilnroom', '', '## API', '', sentence, '', '- `GET /kilns`', '- `POST /kilns/{id}/firings`');
      expect(apiLines(md), sentence).toEqual(['GET /kilns', 'POST /kilns/:id/firings']);
    }
  });
});

describe('a Dutch notes column ("Opmerking", "Toelichting") holds field notes', () => {
  it('reads "optioneel" in it as optional, and a field named like the column as a field', () => {
    for (const header of ['Opmerking', 'Opmerkingen', 'Toelichting']) {
      const md = lines('# Tuin', '', '## Gegevens', '', '**Perceel**', '', `| Veld | Type | ${header} |`, '|---|---|---|', '| id | uuid | |', '| opmerking | tekst | optioneel |', '| oppervlakte | getal | in m² |');
      expect(modelLines(md), header).toEqual(['Perceel { id: string; opmerking?: string; oppervlakte: number }']);
    }
  });
});

describe('"exactly one" and "is invalid" state a limit without a keyword', () => {
  it('a statement with either is a rule', () => {
    const md = lines('# Ledger', '', '## Behaviour', '', 'Each team gets exactly one billing account. Any transition not listed in the table is invalid.');
    expect(ruleRows(md).map(([, level, text]) => [level, text])).toEqual([
      ['must', 'Each team gets exactly one billing account.'],
      ['must', 'Any transition not listed in the table is invalid.'],
    ]);
  });

  it('a question or an open question that holds them is none', () => {
    expect(ruleRows(lines('# Ledger', '', '## Behaviour', '', 'Should each team get exactly one billing account?'))).toEqual([]);
    expect(ruleRows(lines('# Ledger', '', '## Open questions', '', '- Is a transition outside the table invalid, or only logged?'))).toEqual([]);
  });
});

describe('OpenAPI 3 servers: the path every server shares starts every path', () => {
  const spec = (servers: string[]) =>
    lines('# Parcels', '', '## API', '', '```yaml', 'openapi: 3.0.3', 'servers:', ...servers.map((u) => `  - url: ${u}`), 'paths:', '  /shipments:', '    get:', '      summary: List', '  /shipments/{id}:', '    delete:', '      summary: Cancel', '```');
  it('a relative server, or hosts that share one path, prefix the paths', () => {
    expect(apiLines(spec(['/v2']))).toEqual(['DELETE /v2/shipments/:id', 'GET /v2/shipments']);
    expect(apiLines(spec(['https://api.parcels.example/v2', 'https://staging.parcels.example/v2/']))).toEqual(['DELETE /v2/shipments/:id', 'GET /v2/shipments']);
  });
  it('servers at different paths, a path with a variable, or a host alone prefix nothing', () => {
    for (const servers of [['https://api.parcels.example/v2', 'https://api.parcels.example/v3'], ['https://api.parcels.example/{basePath}'], ['https://api.parcels.example']]) {
      expect(apiLines(spec(servers)), servers.join(' ')).toEqual(['DELETE /shipments/:id', 'GET /shipments']);
    }
  });
});

describe('an example call names its record with a prefixed key, digits alone after the prefix', () => {
  it('`GET /v2/labels/lbl_93` is an instance of `GET /v2/labels/{id}`; `/api_v2/labels` is a route', () => {
    expect(apiLines(lines('# Labels', '', '## API', '', '- `GET /v2/labels/{labelId}`', '', 'Example response from `GET /v2/labels/lbl_93`:'))).toEqual(['GET /v2/labels/:labelId']);
    expect(apiLines(lines('# Labels', '', '## API', '', '- `GET /api_v2/labels`'))).toEqual(['GET /api_v2/labels']);
  });
});

describe('an Express router file is the router mounted by its file\'s name', () => {
  const mount = ['```js', '// src/server.ts', "app.use('/api/v1/dogs', dogsRouter);", '```', ''];
  it('`// src/routes/dogs.js` over `router.get(…)` sits where `dogsRouter` is mounted', () => {
    const md = lines('# Kennel', '', '## API', '', ...mount, '```js', '// src/routes/dogs.js', 'const router = express.Router();', "router.get('/', listDogs);", "router.patch('/:dogId', updateDog);", '```');
    expect(apiLines(md)).toEqual(['GET /api/v1/dogs', 'PATCH /api/v1/dogs/:dogId']);
  });
  it('a file no mount names, or a block declaring on two routers, keeps its paths as written', () => {
    const cats = lines('# Kennel', '', '## API', '', ...mount, '```js', '// src/routes/cats.js', "router.get('/cats', listCats);", '```');
    expect(apiLines(cats)).toEqual(['GET /cats']);
    const two = lines('# Kennel', '', '## API', '', ...mount, '```js', '// src/routes/dogs.js', "router.get('/dogs', listDogs);", "admin.get('/audit', audit);", '```');
    expect(apiLines(two)).toEqual(['GET /audit', 'GET /dogs']);
  });
});

describe('a chi sub-router opened in place puts its path before the routes in its body', () => {
  it('nested r.Route blocks join their paths; a route after the block closes is back at the root', () => {
    const md = lines('# Grid', '', '## API', '', '```go', 'r.Route("/v1/meters", func(r chi.Router) {', '    r.Get("/", h.List)', '    r.Route("/{meterID}", func(r chi.Router) {', '        r.Get("/", h.Get)', '        r.Post("/readings", h.Ingest)', '    })', '})', 'r.Get("/v1/alerts", h.Alerts)', '```');
    expect(apiLines(md)).toEqual(['GET /v1/alerts', 'GET /v1/meters', 'GET /v1/meters/:meterID', 'POST /v1/meters/:meterID/readings']);
  });
  it('a Route call that opens no function body is no sub-router', () => {
    const md = lines('# Grid', '', '## API', '', '```go', 'r.Route("/v1/meters", meterRoutes)', 'r.Get("/v1/alerts", h.Alerts)', '```');
    expect(apiLines(md)).toEqual(['GET /v1/alerts']);
  });
});

describe('a list item that opens with a requirement id is a requirement, keyword or not', () => {
  it('`- CA-1.1: …` under any heading is a rule with that id', () => {
    const md = lines('# Marmitas', '', '## Histórias', '', 'Como assinante, quero pausar.', '', '- CA-1.1: Durante a pausa nenhuma cobrança é gerada.', '- **CA-1.2** — A pausa dura no máximo quatro semanas.');
    expect(ruleRows(md)).toEqual([
      ['CA-1.1', 'must', 'Durante a pausa nenhuma cobrança é gerada.'],
      ['CA-1.2', 'must', 'A pausa dura no máximo quatro semanas.'],
    ]);
  });
  it('success criteria, an id without a separator and a question are none', () => {
    expect(ruleRows(lines('# X', '', '## Success Criteria', '', '- **SC-001**: Median wait drops by 40% at pilot clinics.'))).toEqual([]);
    expect(ruleRows(lines('# X', '', '## Critères de réussite', '', '- **CR-001** : 80 % des réservations sont retirées à temps.'))).toEqual([]);
    expect(ruleRows(lines('# X', '', '## Transport', '', '- HTTP-2 everywhere between the services we run'))).toEqual([]);
    expect(ruleRows(lines('# X', '', '## Checkout', '', '- AC-3: Does the pause stop the weekly charge?'))).toEqual([]);
  });
});

describe('"may only" limits: an item of a requirements list that says it is a must', () => {
  it('"may only" and "mag maar" give must; a bare "may" stays a permission', () => {
    expect(ruleRows(lines('# X', '', '## Rules', '', '- Staff may only override a reason code twice a day.', '- Een bewoner mag maar één inschrijving per complex hebben.', '- Staff may override the reason code.'))).toEqual([
      [undefined, 'must', 'Staff may only override a reason code twice a day.'],
      [undefined, 'must', 'Een bewoner mag maar één inschrijving per complex hebben.'],
      [undefined, 'may', 'Staff may override the reason code.'],
    ]);
  });
});
