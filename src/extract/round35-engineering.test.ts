/**
 * Round 35, engineering documents: an app's context path or root path (Spring's YAML nested
 * `context-path:`, Ktor's `rootPath`) holds for every path of its API, those listed in prose and
 * tables too, not only the routes read from code.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines } from '../testing/extract.js';

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
