/**
 * Round 23, languages: base paths an Indonesian sentence or a Japanese "ベースURL：" label states,
 * a model heading with a name in another script beside its code name and a note after them, a
 * requirements table whose name column is not its text, Japanese questions and open-issue headings,
 * "this section" in Japanese and Chinese, a German "PUT-Anfrage an", and what German puts off to phase 2.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('base paths stated in other languages', () => {
  it('reads "Semua endpoint berada di bawah prefiks `/api/v1`" and "ベースURL：`/api/v1`"', () => {
    const id = lines('# Koperasi', '', '## API', '', 'Semua endpoint berada di bawah prefiks `/api/v2` (ditulis tanpa prefiks di bawah ini).', '', '| Metode | Path |', '|---|---|', '| GET | `/anggota/{id}` |', '| POST | `/pinjaman` |');
    expect(apiLines(id)).toEqual(['GET /api/v2/anggota/:id', 'POST /api/v2/pinjaman']);
    const ja = lines('# 送迎', '', '## 7. API一覧', '', 'ベースURL：`/api/v1`（表中のパスはベースURLからの相対パスで記載）', '', '| メソッド | パス | 概要 |', '|---|---|---|', '| GET | `/runs` | 便一覧 |', '| POST | `/runs/{runId}/board` | 乗車 |');
    expect(apiLines(ja)).toEqual(['GET /api/v1/runs', 'POST /api/v1/runs/:runId/board']);
  });

  it('takes no base from a web address or a folder', () => {
    const md = lines('# Koperasi', '', '## API', '', 'Dokumentasi ada di https://docs.example.co.id/prefiks/api.', '', 'Berkas ada di bawah prefiks folder `src/api`.', '', '| Metode | Path |', '|---|---|', '| GET | `/anggota` |');
    expect(apiLines(md)).toEqual(['GET /anggota']);
  });
});

describe('model headings in another script', () => {
  it('names the model by its code name beside the native one, a note after them left out', () => {
    const md = lines(
      '# 团购',
      '',
      '## 六、数据字典',
      '',
      '### 6.1 团购活动 Activity（表 `tg_activity`）',
      '',
      '| 字段 | 类型 | 必填 | 说明 |',
      '|---|---|---|---|',
      '| id | bigint | 是 | |',
      '| title | varchar(64) | 是 | |',
      '',
      '### 8.2 送迎便（PickupRun）　テーブル名：`pickup_runs`',
      '',
      '| 項目 | 型 | 必須 |',
      '|---|---|---|',
      '| id | uuid | ○ |',
      '| runDate | date | ○ |',
    );
    expect(modelLines(md)).toEqual(['Activity { id: number; title: string }', 'PickupRun { id: string; runDate: string }']);
  });
});

describe('Japanese requirements', () => {
  it('reads the text column of a requirements table, not the column that names each requirement', () => {
    const md = lines('# 送迎', '', '## 4. 機能要件', '', '| 要件ID | 要件名 | 内容 | 優先度 |', '|---|---|---|---|', '| F-001 | 車椅子対応 | 車椅子の利用者は、リフト付き車両の便にのみ割り当てる。 | 必須 |', '| F-002 | 乗車時間 | 乗車時間は片道45分以内とする。 | 必須 |');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['車椅子の利用者は、リフト付き車両の便にのみ割り当てる。', '乗車時間は片道45分以内とする。']);
    const en = lines('# X', '', '## Requirements', '', '| Req ID | Name | Description | Priority |', '|---|---|---|---|', '| R-1 | Capacity | A run never exceeds the vehicle capacity. | Must |');
    expect(ruleRows(en).map((r) => r[2])).toEqual(['A run never exceeds the vehicle capacity.']);
  });

  it('takes questions ending in か, an open-issues heading and "this section" as no rules', () => {
    const md = lines(
      '# 送迎',
      '',
      '## 4. 機能要件',
      '',
      '- 乗車時間は片道45分以内とする。',
      '- 家族への通知はSMSにすべきか。（次回打合せで決定）',
      '- 連絡フローをシステムに持たせる必要があるか。',
      '- ※本節は要件確定後に削除すること。',
      '',
      '## 9. 検討事項・課題',
      '',
      '- 運転手は必ず記録を残すこと。',
    );
    expect(ruleRows(md).map((r) => r[2])).toEqual(['乗車時間は片道45分以内とする。']);
  });
});

describe('German endpoints', () => {
  it('reads "mit einer PUT-Anfrage an `/api/x`", and leaves out what is "für Phase 2 vorgesehen und nicht Bestandteil"', () => {
    const md = lines(
      '# Schaden',
      '',
      '## 5. Schnittstellen',
      '',
      '| Methode | Pfad |',
      '|---|---|',
      '| POST | `/api/meldungen` |',
      '',
      'Zusätzlich muss die Verwaltung einen Auftrag mit einer PUT-Anfrage an',
      '`/api/auftraege/{auftragId}` anpassen können.',
      '',
      'Die Ansicht (`/handwerker`) und `POST /api/auftraege/{auftragId}/bestaetigung`',
      'sind für Phase 2 vorgesehen und nicht Bestandteil der Ausschreibung.',
    );
    expect(apiLines(md)).toEqual(['POST /api/meldungen', 'PUT /api/auftraege/:auftragId']);
  });

  it('keeps a hyphenated method that is no request ("the GET-only list") out', () => {
    const md = lines('# X', '', '## API', '', 'The GET-only list at /api/x is cached.');
    expect(apiLines(md)).toEqual([]);
  });
});

describe('labelled endpoints and what is put off', () => {
  it('reads a method label whose methods carry who may call them', () => {
    const md = lines('# 돌봄', '', '## 4. API', '', '#### 4.7 돌봄일지', '', '- Method: `POST`(직원), `GET`(보호자·직원)', '- URL: `/api/stays/{stayId}/logs`');
    expect(apiLines(md)).toEqual(['GET /api/stays/:stayId/logs', 'POST /api/stays/:stayId/logs']);
  });

  it('leaves out what Korean and Spanish put off to a second phase', () => {
    const md = lines(
      '# X',
      '',
      '## API',
      '',
      '- `POST /api/stays`',
      '',
      '픽업 서비스(`POST /api/pickups`)는 2차 범위로 이번 개발에서 제외합니다.',
      '',
      '**Fase 2 (no incluir en el MVP):** el endpoint',
      '`POST /api/v1/teleconsultas`.',
    );
    expect(apiLines(md)).toEqual(['POST /api/stays']);
  });

  it('takes what a section about the document says as no rules', () => {
    const md = lines('# Lastenheft', '', '## 0. Hinweise zum Dokument', '', 'Das Pflichtenheft muss auf die Nummerierung dieses Dokuments referenzieren.', '', '## 2. Musskriterien', '', '- Eine Meldung muss ein Foto haben.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Eine Meldung muss ein Foto haben.']);
  });
});

describe('screens headings', () => {
  it('reads the routes under European Portuguese "Ecrãs" and German "Benutzeroberfläche" / "Masken"', () => {
    for (const heading of ['Ecrãs', 'Benutzeroberfläche', 'Masken']) {
      const md = lines('# X', '', `## 7. ${heading}`, '', '1. Pedidos — `/conta/pedidos`', '2. Detalhe — `/conta/pedidos/:pedidoId`');
      expect(pageRoutes(md)).toEqual(['/conta/pedidos', '/conta/pedidos/:pedidoId']);
    }
  });

  it('reads no page from a table under a heading about a surface treatment', () => {
    const md = lines('# X', '', '## Oberflächenbehandlung', '', '- Pulverbeschichtung — siehe `/docs/beschichtung.pdf`');
    expect(pageRoutes(md)).toEqual([]);
  });
});
