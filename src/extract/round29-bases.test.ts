/**
 * Round 29: an API's base stated in more wordings and languages ("Todo cuelga de `/api/v1`.", "Base:
 * `/v1`.", "prefix everything with `/api/v1`", "所有接口均以 `/api/v1` 开头"), and an endpoints table whose
 * first column names the call under a header that could name a path (`| 接口 | 方法 | 路径 |`).
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines } from '../testing/extract.js';

const calls = ['', '| Method | Path |', '|---|---|', '| GET | `/orders` |', '| POST | `/orders/:id/cancel` |'];

describe('a base stated in a sentence, in many wordings', () => {
  const stated = [
    ['Todo cuelga de `/api/v1`.', '/api/v1'],
    ['Base: `/v1`. Todas as chamadas exigem token.', '/v1'],
    ['Basis: `/api/v2`.', '/api/v2'],
    ['API root: `/v3`', '/v3'],
    ['Raíz de la API: `/api/v1`', '/api/v1'],
    ["Racine de l'API : `/api`", '/api'],
    ['Everything hangs off `/api/v2`.', '/api/v2'],
    ['All endpoints are prefixed with `/api/v1`.', '/api/v1'],
    ['Todas las rutas empiezan por `/api/v1`.', '/api/v1'],
    ['Todas as rotas começam com `/api`.', '/api'],
    ['Toutes les routes commencent par `/api`.', '/api'],
    ['Alle Endpunkte beginnen mit `/api/v2`.', '/api/v2'],
    ['Semua endpoint dimulai dengan `/api`.', '/api'],
    ['统一前缀 `/api/canteen`，以下路径省略前缀。', '/api/canteen'],
    ['所有接口均以 `/api/v1` 开头。', '/api/v1'],
    ['エンドポイントはすべて `/api/v1` 配下に置く。', '/api/v1'],
    ['共通プレフィックスは `/api`。', '/api'],
    ['모든 API는 `/api/v1`로 시작한다.', '/api/v1'],
    ['모든 API는 `/api/v1` 아래에 있으며, 아래 표에서는 이 접두어를 생략합니다.', '/api/v1'],
    ['Semua endpoint ada di bawah `/api`, jadi di daftar ini ditulis tanpa awalan itu.', '/api'],
  ] as const;
  for (const [sentence, base] of stated) {
    it(`reads ${JSON.stringify(sentence)} as the base of the calls listed after it`, () => {
      expect(apiLines(lines('# Shop', '', '## API', '', sentence, ...calls))).toEqual([`GET ${base}/orders`, `POST ${base}/orders/:id/cancel`]);
    });
  }

  it('reads "prefix everything with `/api/v1`" in a chat paste with no API heading', () => {
    const md = lines('# Laundry (pasted from #product)', '', '**Mo [11:51 PM]**', 'api, I told Dev to prefix everything with `/api/v1`:', '', '```', 'POST   /pickups              -> create a booking', 'GET    /pickups/:id', '```');
    expect(apiLines(md)).toEqual(['GET /api/v1/pickups/:id', 'POST /api/v1/pickups']);
  });

  it('reads no base from a root, a folder or a label that names no API base', () => {
    for (const sentence of ['The project root is `/srv/app` on the box.', 'Root folder: see `src/routes/orders.ts`.', 'Base: see https://docs.example.com/api for the partner.', 'Should everything hang off `/api/v2`?', 'Prefix the file names with `/tmp`? No.']) {
      expect(apiLines(lines('# Shop', '', '## API', '', sentence, ...calls))).toEqual(['GET /orders', 'POST /orders/:id/cancel']);
    }
  });

  it('leaves a call without the base alone when the section writes its calls with it ("base: `/v1`" over `POST /v1/events` … `GET /healthz`)', () => {
    const md = lines('# Hooks', '', '## api', 'base: `/v1`. auth: service token, except healthz.', '', '```', 'POST   /v1/endpoints', 'GET    /v1/endpoints/{endpointId}', 'POST   /v1/events', 'GET    /healthz', '```');
    expect(apiLines(md)).toEqual(['GET /healthz', 'GET /v1/endpoints/:endpointId', 'POST /v1/endpoints', 'POST /v1/events']);
  });

  it('still puts the base before the calls when only a deferred call is written with it', () => {
    const md = lines('# Runs', '', '## API', '', 'Base URL: `/api/v1` (paths below are relative to it)', ...calls, '', 'The sync call (`POST /api/v1/records/sync`) waits for phase 2.');
    expect(apiLines(md)).toEqual(['GET /api/v1/orders', 'POST /api/v1/orders/:id/cancel']);
  });

  it('reads no base from a chat line that prefixes files, outside the API', () => {
    const md = lines('# Laundry', '', '**Mo**', 'I told Dev to prefix the exports with `/exports/2027`:', '', '- GET /pickups');
    expect(apiLines(md)).toEqual(['GET /pickups']);
  });
});

describe('an endpoints table with two columns headed as calls', () => {
  it('reads the paths of `| 接口 | 方法 | 路径 |` from the column that holds them', () => {
    const md = lines('# 食堂', '', '## 接口清单', '', '| 接口 | 方法 | 路径 | 说明 |', '|---|---|---|---|', '| 查询菜单 | GET | `/api/menus` | 按日期 |', '| 下单 | POST | `/api/orders` | |');
    expect(apiLines(md)).toEqual(['GET /api/menus', 'POST /api/orders']);
  });

  it('keeps the first such column when it holds the paths (`| Endpoint | Method | Path |` with paths under Endpoint)', () => {
    const md = lines('# Shop', '', '## API', '', '| Endpoint | Method | Path |', '|---|---|---|', '| `/api/orders` | GET | list |', '| `/api/orders/:id` | DELETE | remove |');
    expect(apiLines(md)).toEqual(['DELETE /api/orders/:id', 'GET /api/orders']);
  });
});
