/**
 * Misses found by an eighteenth round of reading PRDs in other languages (Mexican Spanish, Brazilian
 * Portuguese, French, German, Simplified Chinese, Japanese, Korean, Indonesian): the notes that say a
 * value may be null or is optional in each language, a model written in code marks inside bold with
 * its field list wrapping over lines, a date type followed by its standard, the base path of an API
 * named in the language, a route put off to a later phase, and a page noun that ends the line before
 * its route. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';
import { normalizeFieldType } from './field-types.js';

const table = (model: string, header: string, ...rows: string[]) => lines(`### ${model}`, '', header, '|---|---|---|', ...rows);

describe('a null note whose clause says when, in the known languages', () => {
  it('Spanish and Portuguese `nulo mientras …`, Indonesian `boleh null sebelum …` make the field nullable', () => {
    const md = lines('# Préstamos', '', '## Modelo de datos', '', table('Loan', '| Campo | Tipo | Notas |', '| `id` | uuid | |', '| `closedAt` | fecha | nulo mientras siga abierto |', '| `shippedAt` | fecha | nula hasta el envío |'));
    expect(modelLines(md)).toEqual(['Loan { id: string; closedAt: string | null; shippedAt: string | null }']);
    const id = lines('# Pinjam', '', '## Model data', '', table('Loan', '| Field | Tipe | Keterangan |', '| `id` | uuid | |', '| `closedAt` | waktu | boleh null sebelum ditutup |'));
    expect(modelLines(id)).toEqual(['Loan { id: string; closedAt: string | null }']);
  });
  it('Chinese, Japanese and Korean put the clause first and end in null: `未发货时为 null`, `未発送の場合は null`, `발송 전이 아니면 null`', () => {
    const zh = lines('# 订单', '', '## 数据结构', '', table('Order', '| 字段 | 类型 | 说明 |', '| id | string | |', '| shippedAt | datetime | 未发货时为 null |'));
    expect(modelLines(zh)).toEqual(['Order { id: string; shippedAt: string | null }']);
    const ja = lines('# 注文', '', '## データ項目', '', table('Order', '| 項目名 | 型 | 備考 |', '| id | 文字列 | |', '| shippedAt | 日時 | 未発送の場合は null |'));
    expect(modelLines(ja)).toEqual(['Order { id: string; shippedAt: string | null }']);
    const ko = lines('# 주문', '', '## 데이터 모델', '', table('Order', '| 필드 | 타입 | 설명 |', '| `id` | 문자열 | |', '| `shippedAt` | 일시 | 발송되지 않았으면 null |'));
    expect(modelLines(ko)).toEqual(['Order { id: string; shippedAt: string | null }']);
  });
  it('a note that only names null as a value in a sentence (`null 値は保存しない`, `기본값은 null이 아님`) or says nothing of null leaves the field as it is', () => {
    const ja = lines('# 注文', '', '## データ項目', '', table('Order', '| 項目名 | 型 | 備考 |', '| id | 文字列 | |', '| note | 文字列 | null 値は保存しない |', '| shippedAt | 日時 | 発送時に記録 |'));
    expect(modelLines(ja)).toEqual(['Order { id: string; note: string; shippedAt: string }']);
  });
});

describe('empty with null beside it', () => {
  it('`darf leer (null) sein, solange …`, `may be empty (null)`: nullable, whatever the type word', () => {
    const md = lines('# Geräte', '', '## Datenmodell', '', table('Device', '| Feld | Typ | Bemerkung |', '| `id` | UUID | |', '| `retiredAt` | Datum | darf leer (null) sein, solange das Gerät läuft |'));
    expect(modelLines(md)).toEqual(['Device { id: string; retiredAt: string | null }']);
  });
  it('`leer` alone, or `(null)` beside no word for empty, says nothing', () => {
    const md = lines('# Geräte', '', '## Datenmodell', '', table('Device', '| Feld | Typ | Bemerkung |', '| `id` | UUID | |', '| `label` | Text | darf leer sein |', '| `owner` | Text | Standard (null) ist der Admin |'));
    expect(modelLines(md)).toEqual(['Device { id: string; label: string; owner: string }']);
  });
});

describe('the word for optional in Korean, Japanese and Chinese, and a French notes column', () => {
  it('`선택 입력`, `任意`, `选填` as a note make the field optional; `선택한 항목` (the chosen item) does not', () => {
    const ko = lines('# 예약', '', '## 데이터 모델', '', table('Booking', '| 필드 | 타입 | 설명 |', '| `id` | 문자열 | |', '| `note` | 문자열 | 선택 입력 |', '| `slot` | 문자열 | 선택한 항목 |'));
    expect(modelLines(ko)).toEqual(['Booking { id: string; note?: string; slot: string }']);
    const ja = lines('# 予約', '', '## データ項目', '', table('Booking', '| 項目名 | 型 | 備考 |', '| id | 文字列 | |', '| note | 文字列 | 任意 |'));
    expect(modelLines(ja)).toEqual(['Booking { id: string; note?: string }']);
    const zh = lines('# 预约', '', '## 数据结构', '', table('Booking', '| 字段 | 类型 | 说明 |', '| id | string | |', '| note | string | 选填 |'));
    expect(modelLines(zh)).toEqual(['Booking { id: string; note?: string }']);
  });
  it('a `Remarque` column is a notes column: `facultatif` and `peut être nul` in it are read', () => {
    const md = lines('# Prêts', '', '## Données', '', table('Loan', '| Champ | Type | Remarque |', '| `id` | UUID | |', '| `note` | texte | facultatif |', '| `closedAt` | date | peut être nul |', '| `title` | texte | visible par tous |'));
    expect(modelLines(md)).toEqual(['Loan { id: string; note?: string; closedAt: string | null; title: string }']);
  });
});

describe('a bold model name in code marks, its field list wrapping over lines', () => {
  it('`**`Pet`** — `id` (uuid), …` with the list broken inside a note and before one is one model', () => {
    const md = lines('# Clínica', '', '## Modelo de dados', '', '**`Horse`** — `id` (uuid), `name` (texto), `bornOn` (data,', 'pode ser nula), `weightKg` (decimal), `chip`', '(texto, opcional), `stalls` (inteiro).');
    expect(modelLines(md)).toEqual(['Horse { id: string; name: string; bornOn: string | null; weightKg: number; chip?: string; stalls: number }']);
  });
  it('`**Stall** (box): … (whole` then `number), …`: the note broken over the line end is read whole', () => {
    const md = lines('# Kandang', '', '## Model data', '', '**Stall** (box): `id` (uuid), `size` (bilangan', 'bulat), `isFree` (boolean).');
    expect(modelLines(md)).toEqual(['Stall { id: string; size: number; isFree: boolean }']);
  });
  it('a paragraph after a closed list is not joined to it', () => {
    const md = lines('# Kandang', '', '## Model data', '', '**Stall**: `id` (uuid), `size` (integer)', '(see the floor plan for sizes).');
    expect(modelLines(md)).toEqual(['Stall { id: string; size: number }']);
  });
});

describe('a date type followed by the standard its text follows', () => {
  it('`date-heure ISO 8601`, `datetime RFC 3339` are strings; `integer ISO 8601` or a word of no type is not', () => {
    expect(normalizeFieldType('date-heure ISO 8601')).toBe('string');
    expect(normalizeFieldType('datetime RFC 3339')).toBe('string');
    expect(normalizeFieldType('Zeitstempel ISO-8601')).toBe('string');
    expect(normalizeFieldType('integer ISO 8601')).toBe('unknown');
    expect(normalizeFieldType('foo ISO 8601')).toBe('unknown');
  });
});

describe('the base of the paths, named in the language', () => {
  const endpoints = (sentence: string) => lines('# Biblioteca', '', '## API', '', sentence, '', '| Método | Ruta | Descripción |', '|---|---|---|', '| GET | `/books` | Lista |', '| POST | `/books/{bookId}/loans` | Presta |');
  it('"cuelgan de la base `/api/v2`", "Alle Pfade liegen unter `/api/v2`", "ruta base `/api/v2`": the table\'s paths are under it', () => {
    for (const s of ['Todas las rutas cuelgan de la base `/api/v2` y responden JSON.', 'Alle Pfade liegen unter `/api/v2`, Format ist JSON.', 'La ruta base es `/api/v2`.', 'Le chemin de base est `/api/v2`.', 'Semua rute berada di bawah `/api/v2`.', '所有接口的基础路径为 `/api/v2`。']) {
      expect([s, apiLines(endpoints(s))]).toEqual([s, ['GET /api/v2/books', 'POST /api/v2/books/:bookId/loans']]);
    }
  });
  it('a base named of something else (a database, a URL of docs) or asked about gives no prefix', () => {
    for (const s of ['La base de datos vive en `/var/lib/db`.', 'La documentación base está en https://docs.example.com/api/v2.', '¿Las rutas cuelgan de la base `/api/v2`?']) {
      expect([s, apiLines(endpoints(s))]).toEqual([s, ['GET /books', 'POST /books/:bookId/loans']]);
    }
  });
});

describe('a route put off to a later phase or out of scope, in Chinese and Indonesian', () => {
  it('`属于二期内容，本期不做` and a `## Di luar cakupan` section keep the route out', () => {
    const zh = lines('# 系统', '', '## 接口清单', '', '- `GET /api/orders` 订单列表', '', '对账接口 `/api/reconcile` 属于二期内容，本期不做。');
    expect(apiLines(zh)).toEqual(['GET /api/orders']);
    const id = lines('# Sistem', '', '## API', '', '- `GET /api/orders` — daftar pesanan', '', '## Di luar cakupan', '', 'Rute `GET /api/orders/{id}/forecast` untuk prakiraan belum dikerjakan.');
    expect(apiLines(id)).toEqual(['GET /api/orders']);
  });
  it('a route beside no such words stays', () => {
    const zh = lines('# 系统', '', '## 接口清单', '', '- `GET /api/orders` 订单列表', '', '对账接口 `/api/reconcile` 每天运行一次。');
    expect(apiLines(zh)).toEqual(['? /api/reconcile', 'GET /api/orders']);
  });
});

describe('a page noun of another language ending the line before its route', () => {
  it('"…memilih jadwal di halaman" then "`/doctors/:id/book`." is a page', () => {
    const md = lines('# Klinik', '', '## Alur', '', 'Pasien membuka daftar dokter di `/doctors`, lalu memilih jadwal di halaman', '`/doctors/:doctorId/book`. Klien memanggil `GET /api/doctors`.');
    expect(pageRoutes(md)).toEqual(['/doctors', '/doctors/:doctorId/book']);
  });
  it('a route after a line ending in another word, or a file path after a page noun, is none', () => {
    const md = lines('# Klinik', '', '## Alur', '', 'Pasien membuka daftar dokter di `/doctors`, lalu klien mengirim data ke', '`/doctors/:doctorId/book`. Klien memanggil `GET /api/doctors`.');
    expect(pageRoutes(md)).toEqual([]);
    const file = lines('# Klinik', '', '## Alur', '', 'Pasien membuka daftar dokter di `/doctors`. Kodenya ada di halaman', '`src/views/book.vue`, tanpa rute baru.');
    expect(pageRoutes(file)).toEqual(['/doctors']);
  });
});

describe('an entity named in code marks inside bold and described, with no fields', () => {
  it('`**`Stable`** — cadastro do estábulo parceiro…` in a data section is a model of its own', () => {
    const md = lines('# Haras', '', '## Modelo de dados', '', '**`Horse`** — `id` (uuid), `name` (texto), `stableId` (uuid).', '', '**`Stable`** — cadastro do estábulo parceiro com nome e endereço; vem da planilha comercial.');
    expect(modelLines(md)).toEqual(['Horse { id: string; name: string; stableId: string }', 'Stable {  }']);
  });
  it('a bold name without code marks, or a field-like name (`**`Status`** — …), is not', () => {
    const md = lines('# Haras', '', '## Modelo de dados', '', '**`Horse`** — `id` (uuid), `name` (texto).', '', '**Stable** — cadastro do estábulo parceiro com nome e endereço.', '', '**`Status`** — muda quando o cavalo sai.');
    expect(modelLines(md)).toEqual(['Horse { id: string; name: string }']);
  });
});

describe('a list, a card or a dashboard named in French, Spanish, Portuguese or Indonesian, its route beside it', () => {
  it('"sur la liste (`/trips`)", "un tableau de bord à l\'adresse `/admin/depots`", "el listado (`/viajes`)" are pages', () => {
    expect(pageRoutes(lines('# Covoit', '', '## Parcours', '', 'Le passager consulte la liste (`/trips`) puis réserve.'))).toEqual(['/trips']);
    expect(pageRoutes(lines('# Covoit', '', '## Parcours', '', 'Le référent dispose d\'un tableau de bord à l\'adresse `/admin/depots`.'))).toEqual(['/admin/depots']);
    expect(pageRoutes(lines('# Viajes', '', '## Flujo', '', 'El pasajero abre el listado (`/viajes`) y elige uno.'))).toEqual(['/viajes']);
  });
  it('the same nouns beside an API path, a file path or a list of values name no page', () => {
    expect(pageRoutes(lines('# Covoit', '', '## Parcours', '', 'Le client charge la liste (`/api/trips`) au démarrage.'))).toEqual([]);
    expect(pageRoutes(lines('# Covoit', '', '## Parcours', '', 'La liste des pays est dans `data/countries.json`.'))).toEqual([]);
  });
});

describe('Given/When/Then items in Korean', () => {
  it('`**전제** … / **만약** … / **그러면** …` items are one scenario', () => {
    const ko = lines('# 대여', '', '## 사용자 스토리', '', '### 스토리 1. 대여', '', '- **전제** 회원의 보증금이 `paid` 상태일 때', '- **만약** 회원이 자전거를 선택해 대여하면', '- **그러면** 대여가 `active` 상태로 생성되고 보증금이 잠긴다');
    expect(ruleRows(ko).map((r) => r[2])).toEqual(['전제 회원의 보증금이 paid 상태일 때 만약 회원이 자전거를 선택해 대여하면 그러면 대여가 active 상태로 생성되고 보증금이 잠긴다']);
  });
  it('a paragraph that opens with 전제 or 前提 but has no when and then is no scenario', () => {
    const ko = lines('# 대여', '', '## 배경', '', '전제가 까다로워서 회원이 불편해한다. 그러면 이탈이 늘어난다.');
    expect(ruleRows(ko)).toEqual([]);
    const ja = lines('# 貸出', '', '## 背景', '', '前提として、会員は社員のみである。');
    expect(ruleRows(ja)).toEqual([]);
  });
});
