/**
 * Misses found by a sixteenth round of reading PRDs in other languages (Russian, Ukrainian, Polish,
 * Swedish, Turkish, Dutch, Spanish, Korean): data-model headings in Cyrillic, entity headings of
 * Spec Kit in other languages, field-type words and the notes that say a value may be null or is
 * optional. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';
import { normalizeFieldType } from './field-types.js';


describe('a Russian or Ukrainian data-model heading', () => {
  it('`## Модель данных` with `### Склад (`Warehouse`)` under it: the sub-heading is a model, its example record its fields', () => {
    const md = lines('# Склады', '', '## 5. Модель данных', '', '### Склад (`Warehouse`)', '', 'Пример записи:', '', '```json', '{ "id": "w-1", "city": "Казань", "capacity": 40 }', '```', '', '### Полка (`Shelf`)', '', '- `id` — UUID', '- `level` — целое число', '- `isFull` — логическое');
    expect(modelLines(md)).toEqual(['Shelf { id: string; level: number; isFull: boolean }', 'Warehouse { id: string; city: string; capacity: number }']);
  });
  it('`## Моделі даних` (Ukrainian) reads the same; a heading that only names a history (`## Історія`) is no model section', () => {
    const md = lines('# Склади', '', '## Моделі даних', '', '### Полиця (`Shelf`)', '', '- `id` — UUID', '- `level` — ціле число');
    expect(modelLines(md)).toEqual(['Shelf { id: string; level: number }']);
    const other = lines('# Склади', '', '## Історія', '', '### Полиця (`Shelf`)', '', '- `id` — UUID', '- `level` — ціле число');
    expect(modelLines(other)).toEqual([]);
  });
});

describe("Spec Kit's key entities in other languages", () => {
  it('`### Kernentiteiten` under `## Vereisten`: its bold items are entities, not rules', () => {
    const md = lines('# Specificatie', '', '## Vereisten', '', '### Functionele vereisten', '', '- **FR-001**: Het systeem MOET leden laten reserveren.', '', '### Kernentiteiten', '', '- **Boot**: een sloep van de club; naam, lengte, status.', '- **Reservering**: een boot voor één lid op één dag.');
    expect(modelLines(md)).toEqual(['Boot { naam: string; lengte: string; status: string }', 'Reservering {  }']);
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Het systeem MOET leden laten reserveren.']);
  });
  it('`### Ключевые сущности` and `### Nyckelentiteter` name entities; `### Leden` (members) does not', () => {
    expect(modelLines(lines('# Спецификация', '', '### Ключевые сущности', '', '- **Лодка**: судно клуба.'))).toEqual(['Лодка {  }']);
    expect(modelLines(lines('# Specifikation', '', '### Nyckelentiteter', '', '- **Båt**: klubbens båt.'))).toEqual(['Båt {  }']);
    expect(modelLines(lines('# Specificatie', '', '### Leden', '', '- **Boot**: een sloep van de club.'))).toEqual([]);
  });
});

describe('field-type words of Polish, Swedish, Turkish, Dutch, Russian and Ukrainian', () => {
  it('number, string and boolean words, and two of them joined by "i", "och", "ve", "и"', () => {
    const cases: Array<[string, string]> = [
      ['liczba całkowita', 'number'],
      ['liczba dziesiętna', 'number'],
      ['heltal', 'number'],
      ['tam sayı', 'number'],
      ['geheel getal', 'number'],
      ['целое число', 'number'],
      ['ціле число', 'number'],
      ['data i godzina', 'string'],
      ['datum och tid', 'string'],
      ['tarih ve saat', 'string'],
      ['дата и время', 'string'],
      ['boolesk', 'boolean'],
      ['логическое', 'boolean'],
      ['ja/nej', 'boolean'],
    ];
    for (const [written, type] of cases) expect([written, normalizeFieldType(written)]).toEqual([written, type]);
  });
  it('a number word and the range of its values (`integer 1–7`, `heltal 0..100`) is a number; a text word with a range, or a word of no type, is not', () => {
    expect(normalizeFieldType('integer 1–7')).toBe('number');
    expect(normalizeFieldType('heltal 0..100')).toBe('number');
    expect(normalizeFieldType('text 1-7')).toBe('unknown');
    expect(normalizeFieldType('rooms 1-7')).toBe('unknown');
    expect(normalizeFieldType('data i pokój')).toBe('unknown');
  });
});

describe('notes that say a value may be null or is optional', () => {
  const md = (...rows: string[]) => lines('# T', '', '## Data model', '', '### Visit', '', '| Field | Type | Notes |', '|---|---|---|', ...rows);
  it('"may be `null` before …", "null until …", "null när …", "kan vara null", "может быть null", "empty (null) when …"', () => {
    expect(modelLines(md('| `a` | text, null until the visit ends | |', '| `b` | heltal, null när platsen är bekräftad | |', '| `c` | uuid, kan vara null | |', '| `d` | date, empty (null) when there is no offer | |', '| `e` | UUID, может быть `null` до закладки | |', '| `f` | datum, leeg (null) als er geen aanbod is | |'))).toEqual([
      'Visit { a: string | null; b: number | null; c: string | null; d: string | null; e: string | null; f: string | null }',
    ]);
  });
  it('"선택 항목", "необязательное поле", "nieobowiązkowe" are optional', () => {
    expect(modelLines(md('| `a` | string, 선택 항목 | |', '| `b` | строка, необязательное поле | |', '| `c` | tekst, nieobowiązkowe | |'))).toEqual(['Visit { a?: string; b?: string; c?: string }']);
  });
  it('"empty when …" of a text, "null values are rejected", "may be nullified by …" say no null', () => {
    expect(modelLines(md('| `a` | text, empty when the guest has no note | |', '| `b` | integer, null values are rejected | |', '| `c` | date, may be nullified by an admin | |'))).toEqual(['Visit { a: string; b: number; c: string }']);
  });
});

describe('a bold name and its fields in code marks, as narrative PRDs write them', () => {
  it('`**Tienda** — la registramos con `id` (uuid), …` wrapping over two lines, the last field after "y": every field, no lead-in word', () => {
    const md = lines('# Mercado', '', '## Los datos que guardamos', '', '**Puesto** — lo registramos con `id` (uuid), `nombre` (texto), `zona` (texto, único),', '`telefono` (texto) y `abierto` (booleano).');
    expect(modelLines(md)).toEqual(['Puesto { id: string; nombre: string; zona: string; telefono: string; abierto: boolean }']);
  });
  it('values in code marks in parentheses are an enum (`(`nuevo`, `pagado` y `enviado`)`), "optional: why" is optional; types in code marks are no values', () => {
    const md = lines('# Shop', '', '## Data', '', '**Parcel** — `id` (uuid), `state` (`nuevo`, `pagado` y `enviado`), `ref` (`uuid` or `string`), `note` (text, optional: empty means pickup).');
    expect(modelLines(md)).toEqual(['Parcel { id: string; state: "nuevo" | "pagado" | "enviado"; ref: string; note?: string }']);
  });
  it('a lead-in before one code span only, or a sentence after a bold label, is no field list', () => {
    expect(modelLines(lines('# Shop', '', '## Data', '', '**Retention** — we keep `audit` rows for a year.'))).toEqual([]);
  });
  it('`**Producto** — cada producto tiene:` right above a fields table names its model; a long sentence ending with a colon does not', () => {
    const table = ['', '| Campo | Tipo |', '|---|---|', '| `id` | uuid |', '| `precio` | decimal |'];
    expect(modelLines(lines('# Tienda', '', '## Datos', '', '**Producto** — cada producto tiene:', ...table))).toEqual(['Producto { id: string; precio: number }']);
    expect(modelLines(lines('# Tienda', '', '## Datos', '', '**Nota** — los precios de abajo están en centavos e incluyen el impuesto de la región:', ...table))).toEqual([]);
  });
});

describe('rules in Turkish, Dutch scenarios, and statements about the document', () => {
  it('`## İş kuralları` (dotted capital I) lists rules, with or without a modal verb', () => {
    const md = lines('# Kulüp', '', '## İş kuralları', '', '1. Dolan seansta yeni rezervasyon otomatik olarak kapanır.', '2. İptal en geç 24 saat önce yapılabilir.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Dolan seansta yeni rezervasyon otomatik olarak kapanır.', 'İptal en geç 24 saat önce yapılabilir.']);
  });
  it('"Bu doküman yalnızca …", "Detta dokument …", "Цей документ …" speak of the document, not the product', () => {
    const md = lines('# Kulüp', '', 'Bu doküman yalnızca ilk fazı kapsar.', '', 'Detta dokument gäller bara den första versionen.', '', 'Цей документ описує лише першу версію.', '', 'Bu sistem yalnızca üyelere açık olmalıdır.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Bu sistem yalnızca üyelere açık olmalıdır.']);
  });
  it('a Dutch scenario `**Gegeven** …, **Wanneer** …, **Dan** …` is one rule; "Gegeven de drukte, dan…" without a Wanneer is none', () => {
    const md = lines('# Spec', '', '### Verhaal 1', '', '**Acceptatiescenario\'s**:', '', '1. **Gegeven** een lid met een boot, **Wanneer** hij annuleert, **Dan** wordt de plek vrijgegeven.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Gegeven een lid met een boot, Wanneer hij annuleert, Dan wordt de plek vrijgegeven.']);
    expect(ruleRows(lines('# Spec', '', '## Achtergrond', '', 'Gegeven de drukte in mei, dan lijkt een wachtlijst zinvol.'))).toEqual([]);
  });
});

describe('screens in other languages', () => {
  it('`## Gebruikersinterface` lists its screens as pages ("Overzicht op `/boten`")', () => {
    expect(pageRoutes(lines('# Haven', '', '## Gebruikersinterface', '', '- Overzicht op `/boten`', '- Bootdetail op `/boten/:bootId`'))).toEqual(['/boten', '/boten/:bootId']);
  });
  it('a table with a screen column and an address column is a table of pages under any heading; a table of people and addresses is not', () => {
    const screens = lines('# Порт', '', '## 6. Интерфейсы', '', '| Экран | Адрес |', '|---|---|', '| Список лодок | `/boats` |', '| Карточка лодки | `/boats/:boatId` |');
    expect(pageRoutes(screens)).toEqual(['/boats', '/boats/:boatId']);
    const people = lines('# Порт', '', '## 6. Контакты', '', '| Имя | Адрес |', '|---|---|', '| Склад | `/srv/boats` |');
    expect(pageRoutes(people)).toEqual([]);
  });
});

describe('Ukrainian requirements and a second phase in other languages', () => {
  it('`## Нефункціональні вимоги` lists rules, with or without a modal verb', () => {
    const md = lines('# Сервіс', '', '## 5. Нефункціональні вимоги', '', '- Сервіс повинен відповідати за 200 мс.', '- Усі зміни записуються в журнал аудиту.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Сервіс повинен відповідати за 200 мс.', 'Усі зміни записуються в журнал аудиту.']);
  });
  it('an endpoint the line puts off to a second phase (`— друга фаза`, `во второй фазе`, `segunda fase`, `ikinci fazda`) is not built; one named beside a first phase is', () => {
    const md = lines(
      '# Servicio',
      '',
      '## API',
      '',
      '```',
      'GET /api/readings',
      '```',
      '',
      'Імпорт з Excel (`POST /api/imports`) — друга фаза.',
      'Оплата (`POST /api/payments`) — во второй фазе.',
      'El programa de puntos (`GET /api/points`) queda para una segunda fase.',
      'Toplu yükleme (`POST /api/bulk`) ikinci fazda gelecek.',
      'La primera fase incluye `GET /api/meters`.',
    );
    expect(apiLines(md)).toEqual(['GET /api/meters', 'GET /api/readings']);
  });
});

describe('a method hyphenated to the Russian or Ukrainian word for a request', () => {
  it('"отправляет PATCH-запрос на `/api/boats/{boatId}`", "по GET-запиту на `/api/slots`" name endpoints; "GET-параметр" or a site\'s URL does not', () => {
    const md = lines(
      '# Порт',
      '',
      '## API',
      '',
      'Для продления клиент отправляет PATCH-запрос на `/api/boats/{boatId}`.',
      'Слоти віддаються по GET-запиту на `/api/slots`.',
      'GET-параметр `page` задаёт страницу `/boats`.',
      'Партнёр принимает POST-запрос на `https://sms.example.org/api/send`.',
    );
    expect(apiLines(md)).toEqual(['GET /api/slots', 'PATCH /api/boats/:boatId']);
  });
});
