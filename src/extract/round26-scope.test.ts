/**
 * Round 26, scope and prefixes in more languages: "Todos los servicios cuelgan de `/api/v1`" names the
 * prefix; "ne font pas partie de", "reporté à la phase 2", "→ fase 2", "에서 제외한다", a German
 * Pflichtenheft's "Abgrenzungskriterien" and an Indonesian "Nanti (BUKAN MVP)" put what they name off.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, pageRoutes } from '../testing/extract.js';

describe('a prefix the services hang from', () => {
  it('is applied to the table written without it (Spanish, Portuguese)', () => {
    const md = lines(
      '# Copropi',
      '',
      '## Servicios (API)',
      '',
      'Todos los servicios cuelgan de `/api/v1` y usan el token de sesión.',
      '',
      '| Método | Ruta | Descripción |',
      '|--------|------|-------------|',
      '| GET | `/unidades/{id}/cuotas` | cuotas |',
      '| POST | `/pagos` | crea el pago |',
    );
    expect(apiLines(md)).toEqual(['GET /api/v1/unidades/:id/cuotas', 'POST /api/v1/pagos']);
    const pt = lines('# X', '', '## API', '', 'Todos os serviços ficam sob `/api`.', '', '- `GET /cabazes`');
    expect(apiLines(pt)).toEqual(['GET /api/cabazes']);
  });

  it('is not read from a question, nor from services put off to a later phase', () => {
    const ask = lines('# X', '', '## API', '', '¿Todos los servicios cuelgan de `/api/v2`?', '', '- `GET /pagos`');
    expect(apiLines(ask)).toEqual(['GET /pagos']);
    const later = lines('# X', '', '## API', '', 'Los servicios de citofonía cuelgan de `/api/citofonia` y quedan para la fase 2.', '', '- `GET /pagos`');
    expect(apiLines(later)).toEqual(['GET /pagos']);
  });
});

describe('a line or heading that puts what it names off', () => {
  it('drops a French screen and call "reporté à la phase 2" that "ne font pas partie" of the release', () => {
    const md = lines(
      '# GlaceLibre',
      '',
      '## É8 — Paiement en ligne',
      '',
      "Reporté à la phase 2. L'écran `/paiement/:id` et l'appel `POST /api/paiements` ne font",
      "pas partie de la livraison de l'automne.",
      '',
      '## É1 — Horaire',
      '',
      '- **URL :** `/horaire`',
      '- **Appels :** `GET /api/plages`',
    );
    expect(apiLines(md)).toEqual(['GET /api/plages']);
    expect(pageRoutes(md)).toEqual(['/horaire']);
  });

  it('keeps a French call that "fait partie" of the release', () => {
    const md = lines('# X', '', '## Appels', '', "L'appel `POST /api/paiements` fait partie de la livraison de l'automne.");
    expect(apiLines(md)).toEqual(['POST /api/paiements']);
  });

  it('drops a Korean call excluded from this work and an Indonesian one put to phase 2', () => {
    const ko = lines('# 되찾기', '', '## 3. 기능 요구사항', '', '> 택배 수령 신청(`POST /api/deliveries`)은 2차 사업 범위로 이번 요구사항에서 제외한다.', '', '- `GET /api/items`');
    expect(apiLines(ko)).toEqual(['GET /api/items']);
    const id = lines('# Galonku', '', '## Fitur', '', '- Pesan galon (`POST /api/orders`)', '- Langganan mingguan (`POST /api/subscriptions`) → fase 2.');
    expect(apiLines(id)).toEqual(['POST /api/orders']);
  });

  it('keeps a Korean call whose sentence excludes something else only in passing', () => {
    const ko = lines('# X', '', '## API', '', '- 주말을 제외한 모든 날에 `GET /api/items`로 조회한다.');
    expect(apiLines(ko)).toEqual(['GET /api/items']);
  });

  it('drops what is under "Abgrenzungskriterien" and "Nanti (BUKAN MVP)"', () => {
    const de = lines(
      '# Pflichtenheft',
      '',
      '## 1 Zielbestimmung',
      '',
      '### 1.3 Abgrenzungskriterien',
      '',
      '- Keine Finanzbuchhaltung. Der Export (`GET /api/export/fibu`) entfällt.',
      '',
      '## 7 Schnittstellen',
      '',
      '- `GET /api/auftraege`',
    );
    expect(apiLines(de)).toEqual(['GET /api/auftraege']);
    const id = lines('# Galonku', '', '## Nanti (BUKAN MVP)', '', '- Langganan (`/langganan`, `POST /api/subscriptions`).', '', '## API', '', '- `POST /api/orders`');
    expect(apiLines(id)).toEqual(['POST /api/orders']);
  });

  it('keeps a German field that "entfällt" for some customers and a "fase 2" named mid-sentence as a screen', () => {
    const md = lines('# X', '', '## Schnittstelle', '', '- `GET /api/kunden` — das Feld `vorname` entfällt bei Firmenkunden.', '- `GET /api/fase` liefert die aktuelle Fase 2 Liste nicht.');
    expect(apiLines(md)).toEqual(['GET /api/fase', 'GET /api/kunden']);
  });
});

describe('the common words of each language for work put off', () => {
  it.each([
    ['- La citofonía (`POST /api/citofonia`) queda para la próxima fase.'],
    ['- A loja avulsa (`POST /api/loja`) fica fora do âmbito.'],
    ["- L'export (`GET /api/export`) est prévu dans une phase ultérieure."],
    ['- Der Export (`GET /api/export`) ist zurückgestellt.'],
    ['- Langganan (`POST /api/langganan`) masuk fase berikutnya.'],
    ['- ビデオ通話 API（`POST /api/video`）は今回開発しない。'],
    ['- 送书上门（`POST /api/deliveries`）先不做。'],
    ['- 택배 신청(`POST /api/deliveries`)은 추후 개발 예정이다.'],
  ])('drops the call of %s', (item) => {
    const md = lines('# X', '', '## API', '', '- `GET /api/items`', item);
    expect(apiLines(md)).toEqual(['GET /api/items']);
  });

  it.each([
    ['- `POST /api/fases` registra la próxima fase del proyecto.'],
    ['- `GET /api/export` liefert die Daten für eine spätere Auswertung.'],
    ['- `POST /api/reports` は今回の申込みを登録する。'],
  ])('keeps a call whose line only names a phase or a later use: %s', (item) => {
    const md = lines('# X', '', '## API', '', item);
    expect(apiLines(md)).toHaveLength(1);
  });
});
