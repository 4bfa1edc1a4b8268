/**
 * Round 35: an API's base stated once in shapes the earlier rounds did not have: "every address in
 * this section sits under `/api/v2`" outside an API heading, "Todo el backend vive bajo `/api/v1`",
 * a Japanese base path for "the API list hereafter" (以降), a base path named in an architecture
 * clause for the clauses after it, and a spreadsheet's Config row (`| API_BASE | /api/interp |`).
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines } from '../testing/extract.js';
import { extractTasks } from './extract.js';
import { parsePrd } from '../prd/index.js';

const table = ['', '| Method | Path |', '|---|---|', '| GET | `/agencies` |', '| POST | `/agencies` |'];

describe('a base stated in a sentence, round 35', () => {
  it('reads "every address in this section sits under `/api/v2`" under a heading that names no API', () => {
    const md = lines('# Portal', '', '## 6. What the back end has to do', '', 'The website talks to a back end at `https://portal.example.org/api/v2`, so', 'every address in this section sits under `/api/v2`.', '', 'Agencies apply with `POST /agencies` and staff list them with `GET /agencies`.');
    expect(apiLines(md)).toEqual(['GET /api/v2/agencies', 'POST /api/v2/agencies']);
  });

  it('reads no base from files or pictures said to sit under a path outside an API heading', () => {
    const files = lines('# Portal', '', '## 6. Storage', '', 'Every upload in this section sits under `/uploads`.', '', 'Agencies apply with `POST /agencies`.');
    expect(apiLines(files)).toEqual(['POST /agencies']);
  });

  it('reads "Todo el backend vive bajo `/api/v1`" and "the backend lives under `/api`"', () => {
    expect(apiLines(lines('# Pipa', '', '## 5. API', '', 'Todo el backend vive bajo `/api/v1` (en Express: `app.use(\'/api/v1\', router)`). Las rutas de abajo van relativas a eso.', ...table))).toEqual(['GET /api/v1/agencies', 'POST /api/v1/agencies']);
    expect(apiLines(lines('# Pipa', '', '## 5. Endpoints', '', 'The whole backend lives under `/api`.', ...table))).toEqual(['GET /api/agencies', 'POST /api/agencies']);
  });

  it('reads no base from a backend said to keep its files under a folder', () => {
    expect(apiLines(lines('# Pipa', '', '## 5. API', '', 'El backend guarda los archivos bajo `/var/data`.', ...table))).toEqual(['GET /agencies', 'POST /agencies']);
  });

  it('holds a base path stated for "the API list hereafter" (以降) in the sections after it', () => {
    const md = lines('# 蔵ノート', '', '## 2. システム構成', '', '- APIのベースパスは `/kura/api/v1` とする。以降のAPI一覧ではベースパスを省略し、相対パスで記載する。', '', '## 3. 画面一覧', '', '画面です。', '', '## 4. API一覧', ...table);
    expect(apiLines(md)).toEqual(['GET /kura/api/v1/agencies', 'POST /kura/api/v1/agencies']);
  });

  it('holds a base path named in an architecture clause for the clauses after it', () => {
    const md = lines('# Caderno', '', '### Cláusula 3.ª — Arquitetura', '', '3. Todas as interfaces REST da plataforma ficam publicadas sob o caminho base `/api/cemiterios/v1`. Os caminhos indicados na Cláusula 6.ª são relativos a esse caminho base.', '', '### Cláusula 6.ª — Serviços', ...table);
    expect(apiLines(md)).toEqual(['GET /api/cemiterios/v1/agencies', 'POST /api/cemiterios/v1/agencies']);
  });

  it('keeps a base path stated under one heading out of a sibling that writes its paths in full', () => {
    const md = lines('# Caderno', '', '## Arquitetura', '', 'O caminho base da API é `/api/v1`.', '', '## Serviços', '', '| Método | Caminho |', '|---|---|', '| GET | `/api/v1/agencies` |', '| GET | `/api/v1/sites` |', '| GET | `/health` |');
    expect(apiLines(md)).toEqual(['GET /api/v1/agencies', 'GET /api/v1/sites', 'GET /health']);
  });
});

describe('a base in a settings table, round 35', () => {
  const config = (key: string, value: string) => ['# Interp', '', '## Sheet: Config', '', '| Setting | Value | Comment |', '|---|---|---|', `| ${key} | ${value} | All Interfaces-sheet paths are relative to this |`, '| TZ | America/Los_Angeles | |', '', '## Sheet: Interfaces', '', '| IF ID | Method | Path |', '|---|---|---|', '| IF-01 | GET | /interpreters |', '| IF-02 | POST | /interpreters/{id}/offer |'];

  it('reads `| API_BASE | /api/interp |` and `| Base path | /api/interp |` as the base of the paths after it', () => {
    for (const key of ['API_BASE', 'Base path', '**API base URL**', 'api.prefix']) {
      expect(apiLines(lines(...config(key, '/api/interp')))).toEqual(['GET /api/interp/interpreters', 'POST /api/interp/interpreters/:id/offer']);
    }
    expect(apiLines(lines(...config('BASE_URL', 'https://ocis.example.gov/api/interp')))).toEqual(['GET /api/interp/interpreters', 'POST /api/interp/interpreters/:id/offer']);
  });

  it('reads no endpoint from the base row itself', () => {
    expect(apiLines(lines(...config('API_BASE', '`/api/interp`'))).some((a) => a.endsWith(' /api/interp'))).toBe(false);
  });

  it('reads no base from a settings row about files, uploads or a docs site', () => {
    for (const [key, value] of [['UPLOAD_DIR', '/var/uploads'], ['DOCS_ROOT', '/docs'], ['Export folder', '/exports']]) {
      expect(apiLines(lines(...config(key!, value!)))).toEqual(['GET /interpreters', 'POST /interpreters/:id/offer']);
    }
  });
});

describe('calls put off in Portuguese, Spanish and German, round 35', () => {
  it('reads no endpoint from "Ficam excluídos …, a contemplar em fase posterior:" and its list', () => {
    const md = lines('# Caderno', '', '## Serviços', '', '1. Serviços a fornecer:', '   a) `GET /cemiterios` — lista;', '', '2. Ficam excluídos do presente procedimento, a contemplar em fase posterior:', '   - `POST /exumacoes` (registo de exumações);', '   - `GET /ossarios/{id}/celulas` (gestão de ossários).');
    expect(apiLines(md)).toEqual(['GET /cemiterios']);
  });

  it('reads no endpoint from "**Nicht in diesem Release:** `POST /api/arbeitsstunden`" or "Quedan excluidos: `POST /x`"', () => {
    expect(apiLines(lines('# Verein', '', '## Schnittstellen', '', '- `GET /api/warteliste`', '', '**Nicht in diesem Release:** `POST /api/arbeitsstunden` und `GET /api/paechter/{id}/arbeitsstunden`.'))).toEqual(['GET /api/warteliste']);
    expect(apiLines(lines('# App', '', '## API', '', '- `GET /api/a`', '- `POST /api/b` — quedan excluidos de esta entrega, para una fase posterior.'))).toEqual(['GET /api/a']);
  });

  it('keeps an endpoint whose line only says a value is excluded from a total', () => {
    expect(apiLines(lines('# App', '', '## API', '', '- `GET /api/totais` — os valores anulados são excluídos do total.'))).toEqual(['GET /api/totais']);
  });
});

describe('a list item that gives up the items under it, round 35', () => {
  it('reads no endpoint under "- Out of scope, for a later phase:" and reads those after the list', () => {
    const md = lines('# App', '', '## API', '', '- Built now:', '  - `GET /api/a`', '- Out of scope, for a later phase:', '  - `POST /api/b`', '  - `GET /api/c/{id}`', '- `DELETE /api/a/{id}`');
    expect(apiLines(md)).toEqual(['DELETE /api/a/:id', 'GET /api/a']);
  });

  it('keeps the items under a label that gives nothing up', () => {
    const md = lines('# App', '', '## API', '', '1. Phase 1 endpoints (the ones this release ships):', '   - `POST /api/b`', '   - `GET /api/c/{id}`');
    expect(apiLines(md)).toEqual(['GET /api/c/:id', 'POST /api/b']);
  });
});

describe('the base alone is no endpoint, round 35', () => {
  it('reads no endpoint from `/api/v1` alone or from a mount at it, and keeps `/api/v1/health`', () => {
    const md = lines('# Pipa', '', '## 5. API', '', "Todo el backend vive bajo `/api/v1` (en Express: `app.use('/api/v1', router)`).", '', '- `/api/v1/health` endpoint for the load balancer', '- `GET /colonias`');
    expect(apiLines(md)).toEqual(['? /api/v1/health', 'GET /api/v1/colonias']);
  });
});

describe('issue lists and questions without a question mark at the end, round 35', () => {
  const rules = (md: string) => extractTasks(parsePrd(Buffer.from(md), 'x.md')).filter((t) => t.kind === 'rule').map((t) => (t as { text: string }).text);

  it('reads no rule from a Japanese 課題管理表 or a Chinese 待确定问题 list', () => {
    expect(rules(lines('# 設計書', '', '## 8. 課題管理表', '', '| No | 課題 | 起票者 |', '|---|---|---|', '| 2 | センサー値と手入力値が異なる場合、どちらを正とすべきか | 田中 |'))).toEqual([]);
    expect(rules(lines('# 需求', '', '## 9 待确定问题', '', '1. 飞手必须持有执照才能注册，需法务确认。'))).toEqual([]);
  });

  it('reads no rule from a question with an aside after a dash ("？——待运营确认"), and keeps a rule under a rules heading', () => {
    expect(rules(lines('# 需求', '', '## 业务规则', '', '1. 是否应支持按小时计费？——待运营确认', '2. 订单必须在 24 小时内派单。'))).toEqual(['订单必须在 24 小时内派单。']);
  });
});
