/**
 * Round 34: bases stated in words in German ("ist unterhalb von `/fuhrpark/api` erreichbar"),
 * Korean ("모든 API 경로 앞에는 `/app-api/v1` 이 붙습니다") and Italian ("tutte le API stanno sotto `/api`").
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines } from '../testing/extract.js';

const table = ['', '| Methode | Pfad |', '|---|---|', '| GET | `/fahrzeuge` |'];

describe('bases stated in words, round 34', () => {
  it('reads "Die REST-Schnittstelle des Systems ist unterhalb von `/fuhrpark/api` erreichbar"', () => {
    const md = lines('# Fuhrpark', '', '## 6 Schnittstellen', '', 'Die REST-Schnittstelle des Systems ist unterhalb von `/fuhrpark/api` erreichbar; alle folgenden Pfade', 'verstehen sich relativ dazu.', ...table);
    expect(apiLines(md)).toEqual(['GET /fuhrpark/api/fahrzeuge']);
  });

  it('reads "모든 API 경로 앞에는 `/app-api/v1` 이 붙습니다" and "tutte le API stanno sotto `/api`"', () => {
    expect(apiLines(lines('# 예약', '', '## 5. API 명세', '', '모든 API 경로 앞에는 `/app-api/v1` 이 붙습니다.', ...table))).toEqual(['GET /app-api/v1/fahrzeuge']);
    expect(apiLines(lines('# Turni', '', '## API', '', 'Marco ha chiuso la discussione: tutte le API stanno sotto `/api`, punto.', ...table))).toEqual(['GET /api/fahrzeuge']);
  });

  it('reads no base from documentation, photos or files said to sit under a path', () => {
    expect(apiLines(lines('# Fuhrpark', '', '## Betrieb', '', 'Die Dokumentation ist unterhalb von `/handbuch` erreichbar.', '', '## API', ...table))).toEqual(['GET /fahrzeuge']);
    expect(apiLines(lines('# Turni', '', '## Note', '', 'Tutte le foto stanno sotto `/uploads`.', '', '## API', ...table))).toEqual(['GET /fahrzeuge']);
    expect(apiLines(lines('# 예약', '', '## 운영', '', '모든 정적 파일 앞에는 `/static` 이 붙습니다.', '', '## API', ...table))).toEqual(['GET /fahrzeuge']);
  });
});

describe('headings of the other systems a product calls, in other languages', () => {
  it('reads no endpoint from the calls under "Genutzte Fremdschnittstellen", "Servicios externos" or "外部服务"', () => {
    for (const heading of ['6.2 Genutzte Fremdschnittstellen', 'Servicios externos', '外部服务']) {
      expect(apiLines(lines('# App', '', '## API', '', '- `GET /api/cars`', '', `## ${heading}`, '', '- Tankvorgänge werden abgerufen (`GET /transactions` beim Anbieter).'))).toEqual(['GET /api/cars']);
    }
  });

  it('keeps the product\'s own endpoints under "Schnittstellen" or "Servicios"', () => {
    expect(apiLines(lines('# App', '', '## Schnittstellen', '', '- `GET /api/cars`', '', '## Servicios', '', '- `POST /api/bookings`'))).toEqual(['GET /api/cars', 'POST /api/bookings']);
  });
});
