/**
 * Misses found by an eighth round of reading: PRDs in Polish, Turkish and Swedish (their section
 * words, normative verbs, limits, table headers and out-of-scope words), a Chinese requirements
 * table with Chinese headers, and criterion ids written whole under their story's (`US-1/AC2`).
 * Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a Polish PRD', () => {
  const md = lines(
    '# Specyfikacja wymagań: rezerwacja sal',
    '',
    '## 3. Wymagania funkcjonalne',
    '',
    '| ID | Wymaganie |',
    '|---|---|',
    '| WF-01 | Rezerwacja może trwać od 15 minut do 4 godzin. |',
    '| WF-02 | Nie można zarezerwować sali, która jest już zajęta. |',
    '',
    '## 4. Zasady',
    '',
    'Użytkownik może mieć maksymalnie 5 aktywnych rezerwacji.',
    '',
    'Sale są na trzecim piętrze budynku B.',
    '',
    '## 5. Ekrany',
    '',
    '- `/sale` — lista sal z filtrami',
    '- `/rezerwacje/moje` — moje rezerwacje',
    '',
    '## 6. API',
    '',
    '- `GET /api/sale` — lista sal',
    '- `POST /api/rezerwacje` — utworzenie rezerwacji',
    '',
    'Poza zakresem: integracja z Outlookiem (`POST /api/integracje/outlook`) — planowana w drugim etapie.',
    '',
    '## 8. Pytania otwarte',
    '',
    '- Czy administrator musi zatwierdzać każdą rezerwację?',
    '',
  );
  it('reads its requirements table with ids, its limits, its screens and its endpoints', () => {
    expect(ruleRows(md).map((r) => [r[0] ?? 'rule', r[2]])).toEqual([
      ['WF-01', 'Rezerwacja może trwać od 15 minut do 4 godzin.'],
      ['WF-02', 'Nie można zarezerwować sali, która jest już zajęta.'],
      ['rule', 'Użytkownik może mieć maksymalnie 5 aktywnych rezerwacji.'],
    ]);
    expect(pageRoutes(md)).toEqual(['/rezerwacje/moje', '/sale']);
  });
  it('leaves out what it puts out of scope, a plain fact and an open question', () => {
    expect(apiLines(md)).toEqual(['GET /api/sale', 'POST /api/rezerwacje']);
    expect(ruleRows(md).some((r) => r[2].includes('piętrze') || r[2].includes('zatwierdzać'))).toBe(false);
  });
});

describe('a Turkish PRD', () => {
  const md = lines(
    '# Ürün Gereksinim Dokümanı: Kurye Takibi',
    '',
    '## Kabul kriterleri',
    '',
    '- **KK-1:** Kurye konumu her 10 saniyede bir gönderilir.',
    '- **KK-2:** Teslimat, 4 haneli kod doğrulanmadan tamamlanamaz.',
    '',
    '## Kurallar',
    '',
    'Konum verileri şifrelenerek saklanmalıdır.',
    '',
    'Şirketin temeli 2015 yılında atıldı.',
    '',
    '## API',
    '',
    '| Açıklama | Uç nokta | Metot |',
    '|---|---|---|',
    '| Kurye konum gönderir | /api/kurye/konum | POST |',
    '| Müşteri takip bilgisi | /api/siparisler/{siparisId}/takip | GET |',
    '',
    'Eski `GET /api/v1/tracking/poll` uç noktası kullanımdan kaldırıldı; yeni istemciler çağırmamalı.',
    '',
  );
  it('reads its acceptance criteria with ids, its suffix of necessity and its endpoint table', () => {
    expect(ruleRows(md).map((r) => [r[0] ?? 'rule', r[1], r[2]])).toEqual([
      ['KK-1', 'must', 'Kurye konumu her 10 saniyede bir gönderilir.'],
      ['KK-2', 'must', 'Teslimat, 4 haneli kod doğrulanmadan tamamlanamaz.'],
      ['rule', 'must', 'Konum verileri şifrelenerek saklanmalıdır.'],
    ]);
    expect(apiLines(md)).toEqual(['GET /api/siparisler/:siparisId/takip', 'POST /api/kurye/konum']);
  });
  it('a word that only ends like the suffix (temeli, "its foundation") is no keyword; a removed endpoint is none', () => {
    expect(ruleRows(md).some((r) => r[2].includes('temeli'))).toBe(false);
    expect(apiLines(md).some((l) => l.includes('poll'))).toBe(false);
  });
});

describe('a Swedish PRD', () => {
  const md = lines(
    '# Kravspecifikation: Bokning',
    '',
    '## Krav',
    '',
    'Systemet ska skicka en bekräftelse inom 5 minuter.',
    '',
    'Användaren bör kunna avboka via länken.',
    '',
    '## Skärmar',
    '',
    '- `/boka` — bokningsflödet',
    '',
    '## Utanför scope',
    '',
    '- `GET /api/export` — export till Excel',
    '',
  );
  it('reads its requirements by their verbs (ska, bör), its screens, and leaves out what is out of scope', () => {
    expect(ruleRows(md).map((r) => [r[1], r[2]])).toEqual([
      ['must', 'Systemet ska skicka en bekräftelse inom 5 minuter.'],
      ['should', 'Användaren bör kunna avboka via länken.'],
    ]);
    expect(pageRoutes(md)).toEqual(['/boka']);
    expect(apiLines(md)).toEqual([]);
  });
});

describe('a requirements table with Chinese headers', () => {
  it('is read row by row, the id from its 编号 column and the text from its 需求描述 column', () => {
    const md = lines('# 会员积分', '', '## 三、需求列表', '', '| 编号 | 需求描述 | 优先级 |', '|---|---|---|', '| PT-01 | 每消费1元累计1积分，不足1元的部分不计积分。 | P0 |', '| PT-02 | 积分有效期为获得之日起12个月。 | P0 |', '');
    expect(ruleRows(md).map((r) => [r[0], r[2]])).toEqual([
      ['PT-01', '每消费1元累计1积分，不足1元的部分不计积分。'],
      ['PT-02', '积分有效期为获得之日起12个月。'],
    ]);
  });
  it('a table of pages with a 说明 column is none', () => {
    const md = lines('# 会员积分', '', '## 四、页面', '', '| 页面 | 路径 | 说明 |', '|---|---|---|', '| 我的积分 | /member/points | 展示余额和即将过期积分 |', '');
    expect(ruleRows(md)).toEqual([]);
    expect(pageRoutes(md)).toEqual(['/member/points']);
  });
});

describe('a criterion id written whole under its story id', () => {
  it('is kept whole: US-1/AC1', () => {
    const md = lines('# Checkout', '', '## Acceptance criteria', '', '**US-1** As a shopper, I want to pay by card.', '- US-1/AC1: When the issuer asks for a challenge, it opens in a modal.', '- US-1/AC2: A failed challenge keeps the cart.', '');
    expect(ruleRows(md).map((r) => r[0]).filter((id) => id?.includes('/'))).toEqual(['US-1/AC1', 'US-1/AC2']);
  });
  it('a path after an id is no part of it', () => {
    const md = lines('# Checkout', '', '## Requirements', '', '- FR-2: /checkout must load in under 2 seconds.', '');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['FR-2']);
  });
});

describe('a target in a goals list', () => {
  it('"under 10 minutes" states no limit of the product', () => {
    const md = lines('# Permits', '', '## Success metrics', '', '- Median time from application to active permit (target under 10 minutes).', '');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('endpoints a PRD names but does not ask for', () => {
  it('"not building", "do not change it": left out; a line that only mentions a change is read', () => {
    const md = lines(
      '# Swaps',
      '',
      '## API',
      '',
      '- `POST /api/swaps` creates a swap.',
      '- Reuse the existing notification service (`POST /internal/notify`, owned by Platform — do not change it).',
      '- `GET /api/v1/marketplace/swaps` — not building in v1.',
      '- `PATCH /api/swaps/:id` changes the note of a swap.',
      '',
    );
    expect(apiLines(md)).toEqual(['PATCH /api/swaps/:id', 'POST /api/swaps']);
  });
  it('a ticket whose status line says it was canceled gives nothing; one in progress gives its endpoint', () => {
    const ticket = (status: string) => lines('# Swaps', '', '## Tickets', '', '### SCH-398 Swap marketplace', `Status: **${status}** · Reason: legal review pending.`, '', '`GET /api/marketplace/swaps` lists open swaps.', '');
    expect(apiLines(ticket('Canceled'))).toEqual([]);
    expect(apiLines(ticket("Won't do"))).toEqual([]);
    expect(apiLines(ticket('In Progress'))).toEqual(['GET /api/marketplace/swaps']);
  });
});

describe('what `rails routes` prints', () => {
  const block = (body: string[]) => lines('# Invoices', '', '## Routes', '', '```', ...body, '```', '');
  it('is a list of endpoints: named lines and continuation lines, the format suffix left out', () => {
    const md = block([
      '               Prefix Verb   URI Pattern                          Controller#Action',
      ' api_billing_invoices GET    /api/billing/invoices(.:format)      api/billing/invoices#index',
      '                      POST   /api/billing/invoices(.:format)      api/billing/invoices#create',
      'finalize_api_billing_invoice POST /api/billing/invoices/:id/finalize api/billing/invoices#finalize',
    ]);
    expect(apiLines(md)).toEqual(['GET /api/billing/invoices', 'POST /api/billing/invoices', 'POST /api/billing/invoices/:id/finalize']);
  });
  it('a block with one such line among others is not read as one', () => {
    const md = block(['Routes print like this:', ' api_billing_invoices GET /api/billing/invoices api/billing/invoices#index', 'and the rest of the output is trimmed.']);
    expect(apiLines(md)).toEqual([]);
  });
});

describe('Gherkin in the language its `# language:` line names', () => {
  const feature = (lang: string, body: string[]) => lines('# Citas', '', '## Criterios de aceptación', '', '```' + lang, ...body, '```', '');
  it('reads each scenario of a Spanish or a German feature as one rule, its steps together', () => {
    const es = feature('gherkin', ['# language: es', 'Característica: Cancelación', '', '  Escenario: Cancelar con antelación', '    Dado que tengo una cita confirmada', '    Cuando la cancelo', '    Entonces la cita pasa a estado cancelada', '    Y la franja vuelve a estar disponible', '', '  Escenario: Cuarta cita', '    Dado que tengo 3 citas pendientes', '    Cuando intento reservar otra cita', '    Entonces la reserva se rechaza']);
    expect(ruleRows(es).map((r) => r[2])).toEqual([
      'Dado que tengo una cita confirmada Cuando la cancelo Entonces la cita pasa a estado cancelada Y la franja vuelve a estar disponible',
      'Dado que tengo 3 citas pendientes Cuando intento reservar otra cita Entonces la reserva se rechaza',
    ]);
    const de = feature('', ['# language: de', 'Funktionalität: Termine', '  Szenario: Absagen', '    Angenommen ich habe einen Termin', '    Wenn ich ihn absage', '    Dann ist der Termin storniert']);
    expect(ruleRows(de).map((r) => r[2])).toEqual(['Angenommen ich habe einen Termin Wenn ich ihn absage Dann ist der Termin storniert']);
  });
  it('a scenario without an outcome step, or a language Cucumber does not know, gives no rule', () => {
    expect(ruleRows(feature('gherkin', ['# language: es', 'Escenario: Sin resultado', '  Dado que tengo una cita', '  Cuando la abro']))).toEqual([]);
    expect(ruleRows(feature('gherkin', ['# language: xx', 'Escenario: Cancelar', '  Dado que tengo una cita', '  Entonces se cancela']))).toEqual([]);
  });
});

describe('a label that names a list of constraints', () => {
  it('Validation:, Limits: or a Limits heading make each item a rule, keyword or not', () => {
    const md = lines('# Recipes', '', '## Recipe edit', '', 'Validation:', '- Title is required and limited to 120 characters.', '- A recipe name is shown on the card.', '', '## Limits', '', '- Payloads are capped at 256 KB.', '');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Title is required and limited to 120 characters.', 'A recipe name is shown on the card.', 'Payloads are capped at 256 KB.']);
  });
  it('a label about data or screens is none', () => {
    const md = lines('# Recipes', '', '## Recipe edit', '', 'Screens:', '- The editor shows the title and the steps.', '');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a sentence about the product as it is today', () => {
  it('states no rule, though it holds a limit ("cannot")', () => {
    const md = lines('# Invoices', '', '## Summary', '', 'Small-business users can currently record payments but cannot send invoices.', '', 'A sent invoice cannot be edited.', '');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['A sent invoice cannot be edited.']);
  });
});

describe('a route after a # (a web address with a hash route)', () => {
  it('is no page', () => {
    const md = lines('# Points', '', '## Pages', '', '- `/member/points` — my points', '', '设计稿见蓝湖：https://lanhuapp.com/web/#/item/project/points-v2', '');
    expect(pageRoutes(md)).toEqual(['/member/points']);
  });
});

describe('a model heading that gives the name in another script and the code name beside it', () => {
  const model = (heading: string) => lines('# 积分', '', '## 数据模型', '', `### ${heading}`, '', '| 字段 | 类型 |', '|---|---|', '| id | string |', '| balance | number |', '');
  it('takes the code name, before or after the words', () => {
    expect(modelLines(model('6.1 积分账户 PointsAccount'))).toEqual(['PointsAccount { id: string; balance: number }']);
    expect(modelLines(model('`Reward` 兑换商品'))).toEqual(['Reward { id: string; balance: number }']);
  });
  it('a Latin heading of two words is read as before', () => {
    expect(modelLines(model('Points Account'))).toEqual(['PointsAccount { id: string; balance: number }']);
  });
});

describe('an example record in a data section', () => {
  const record = (heading: string, lead: string) => lines('# Recipes', '', `## ${heading}`, '', lead, '', '```json', '{ "id": "rcp_1", "title": "Dal", "servings": 4 }', '```', '');
  it('is the model its leading sentence names in code marks', () => {
    expect(modelLines(record('Data shapes', 'Sample `Recipe` as returned by `GET /api/recipes/:recipeId`:'))).toEqual(['Recipe { id: string; title: string; servings: number }']);
  });
  it('a lead naming two models names none, and a generic heading (Data shapes, Model danych) names none either', () => {
    expect(modelLines(record('Data shapes', 'A `Recipe` with its `Author`:'))).toEqual([]);
    expect(modelLines(record('Model danych', 'Przykładowy rekord:'))).toEqual([]);
  });
});
