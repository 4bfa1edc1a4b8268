/**
 * Round 32: a base whose paragraph says it is for what follows in its next sentence ("…; en las tablas
 * de abajo las rutas se escriben sin él"), "接口约定" as a conventions heading, a route an arrow leads
 * to, a Korean "after the MVP (not now)" heading, and French "un espace à `/gestion/camps`".
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, pageRoutes } from '../testing/extract.js';

const table = ['', '| Método | Ruta |', '|---|---|', '| GET | `/parqueaderos` |'];

describe('bases for what follows', () => {
  it('holds "La API vive bajo el prefijo `/api/v1`; en las tablas de abajo …" for the sections after it', () => {
    const md = lines('# PRD', '', '## 2. Alcance de la API', '', 'La API vive bajo el prefijo `/api/v1`; en las tablas de abajo las rutas se escriben sin él.', '', '## 3. Requerimientos', ...table);
    expect(apiLines(md)).toEqual(['GET /api/v1/parqueaderos']);
  });

  it('holds a prefix stated under "二、接口约定" for the sections after it', () => {
    const md = lines('# 盘点', '', '## 二、接口约定', '', '接口统一前缀为 `/api/inventory`，下文所有接口路径均省略此前缀。', '', '## 四、接口清单', '', '- `GET /tasks/{id}` — 任务详情');
    expect(apiLines(md)).toEqual(['GET /api/inventory/tasks/:id']);
  });

  it('holds no prefix for the sections after it when the paragraph does not speak of them', () => {
    const md = lines('# PRD', '', '## 2. Alcance de la API', '', 'La API vive bajo el prefijo `/api/v1`.', '', '## 3. Requerimientos', ...table);
    expect(apiLines(md)).toEqual(['GET /parqueaderos']);
  });
});

describe('pages in more shapes', () => {
  it('reads a route an arrow leads to at the end of an item, a French "espace à `/x`", and nothing under "MVP 이후 (지금 안 함)"', () => {
    const md = lines('# PT', '', '## MVP', '', '- 트레이너 목록 보고 선택 → `/trainers`', '- pick a slot -> `/book`', '', 'Les employés ont un espace à `/gestion/camps`.', '', '## MVP 이후 (지금 안 함)', '', '- 그룹 수업 예약 → `/gx`');
    expect(pageRoutes(md)).toEqual(['/book', '/gestion/camps', '/trainers']);
  });

  it('reads no page from an arrow to an API path, a file, or a route in mid-sentence', () => {
    const md = lines('# PT', '', '## Notes', '', '- 목록 → `/api/trainers`', '- export → `/exports/today.csv`', '- `/old` → `/new` redirect stays for a month');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('bases in repository formats', () => {
  it('reads "REST endpoints under `/api` (…):" over the list of calls after it', () => {
    const md = lines('# Tools', '', '## Components and Interfaces', '', 'REST endpoints under `/api` (JSON, session auth):', '', '- `GET /tools` — list', '- `POST /loans` — borrow');
    expect(apiLines(md)).toEqual(['GET /api/tools', 'POST /api/loans']);
  });

  it('reads a base URL whose host is a placeholder (`http://<host>:8420/api/v1`)', () => {
    const md = lines('# Hoardr', '', '## API', '', 'Base URL: `http://<host>:8420/api/v1`. Authenticate with a token.', '', '- `GET /items` — list');
    expect(apiLines(md)).toEqual(['GET /api/v1/items']);
  });

  it('reads no base from "Endpoints under review …" or a list of endpoints under a folder', () => {
    const md = lines('# Tools', '', '## API', '', 'Endpoints under review are listed in `/docs`.', '', 'Handlers live under `src/routes`.', '', '- `GET /tools` — list');
    expect(apiLines(md)).toEqual(['GET /tools']);
  });
});
