/**
 * Round 25, languages: the calls a screens table lists beside each screen, "Objets" (and its
 * Spanish, Portuguese, German and Italian twins) as a data heading, and Chinese lines that put a
 * screen off to a second phase ("第二階段", "本次不開發"); field types: money words ("montant en
 * euros", "金額"), `BigDecimal`, `oui/non` after a dash, "peut être vide si …", "puede ser null hasta
 * que …", and a required cell with a note after its word ("nein, null solange …", "não (opcional)").
 */
import { describe, expect, it } from 'vitest';
import { normalizeFieldType } from './field-types.js';
import { apiLines, lines, modelLines, pageRoutes } from '../testing/extract.js';

describe('a screens table with a column of the calls each screen makes', () => {
  it('reads the pages and every method + path in the other cells', () => {
    const md = lines(
      '# 借書通',
      '',
      '## 畫面清單',
      '',
      '| 畫面 | 路由 | 使用 API | 備註 |',
      '|---|---|---|---|',
      '| 書目列表 | `/books` | `GET /api/books` | |',
      '| 借閱 | `/books/:bookId/loan` | `GET /api/books/:bookId`、`POST /api/loans` | 僅館員 |',
    );
    expect(pageRoutes(md)).toEqual(['/books', '/books/:bookId/loan']);
    expect(apiLines(md)).toEqual(['GET /api/books', 'GET /api/books/:bookId', 'POST /api/loans']);
  });

  it('takes no call from a path without a method, a web address or another host', () => {
    const md = lines(
      '## Screens',
      '',
      '| Screen | Route | Notes |',
      '|---|---|---|',
      '| Catalogue | `/books` | design at https://figma.example.com/file/abc; assets in `web/src/books/` |',
      '| Checkout | `/checkout` | calls `POST https://api.stripe.com/v1/payment_intents` |',
    );
    expect(pageRoutes(md)).toEqual(['/books', '/checkout']);
    expect(apiLines(md)).toEqual([]);
  });

  it('takes nothing from a row marked for a later phase', () => {
    const md = lines('## Screens', '', '| Screen | Route | API | Notes |', '|---|---|---|---|', '| Reports | `/reports` | `GET /api/reports` | out of scope for v1 |');
    expect(pageRoutes(md)).toEqual([]);
    expect(apiLines(md)).toEqual([]);
  });
});

describe('"Objets" as a data heading', () => {
  it('reads bold names with their field items under "Objets" and "Objetos"', () => {
    const fr = lines('# Colocs', '', '### Objets', '', '**Chambre**', '- `id` — uuid', '- `surface` — entier', '- `libre` — booléen');
    expect(modelLines(fr)).toEqual(['Chambre { id: string; surface: number; libre: boolean }']);
    const es = lines('# Pisos', '', '### Objetos', '', '**Habitacion**', '- `id` — uuid', '- `metros` — entero');
    expect(modelLines(es)).toEqual(['Habitacion { id: string; metros: number }']);
  });

  it('reads no model from bold personas under another heading', () => {
    const md = lines('# Colocs', '', '### Objectifs', '', '**Étudiant**', '- trouver une chambre', '- signer en ligne');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a Chinese line that puts a screen off to a second phase', () => {
  it('leaves out a screen row marked 第二階段 or 本次不開發', () => {
    const md = lines('## 畫面清單', '', '| 畫面名稱 | 路由 | 備註 |', '|---|---|---|', '| 首頁 | `/home` | |', '| 報表 | `/reports` | 第二階段 |', '| 匯出 | `/export` | 本次不開發 |');
    expect(pageRoutes(md)).toEqual(['/home']);
  });

  it('keeps a screen whose note only mentions a phase of the user\'s flow', () => {
    const md = lines('## 页面', '', '| 页面 | 路由 | 说明 |', '|---|---|---|', '| 注册 | `/signup` | 注册流程的第一步 |');
    expect(pageRoutes(md)).toEqual(['/signup']);
  });
});

describe('type words of amounts, Java numbers and French field items', () => {
  it('reads money words, a unit after "in"/"en" and BigDecimal as numbers', () => {
    expect(['montant en euros', 'Betrag in Euro', 'integer in cents', 'importe', '金額', 'BigDecimal'].map(normalizeFieldType)).toEqual(['number', 'number', 'number', 'number', 'number', 'number']);
  });

  it('keeps a text word with a language after it, and a word that is no type, unknown', () => {
    expect(['texte en français', 'liste en attente', 'BigCorp'].map(normalizeFieldType)).toEqual(['unknown', 'unknown', 'BigCorp']);
  });

  it('reads `oui/non (booléen)`, an amount and "peut être vide si" in a bold name\'s items', () => {
    const md = lines('# Colocs', '', '### Objets', '', '**Chambre**', '- `meublee` — oui/non (booléen)', '- `loyer` — montant en euros', '- `libreLe` — date, peut être vide si la chambre est occupée', '- `note` — texte, peut être vide si rien à signaler', '- `etat` — pending/approved');
    expect(modelLines(md)).toEqual(['Chambre { meublee: boolean; loyer: number; libreLe: string | null; note: string; etat: string }']);
  });
});

describe('a nullable note in a field table', () => {
  it('reads "puede ser null hasta que" in a type cell', () => {
    const md = lines('### Turno', '', '| Campo | Tipo |', '|---|---|', '| id | uuid |', '| cobroId | texto, puede ser null hasta que se confirme el pago |');
    expect(modelLines(md)).toEqual(['Turno { id: string; cobroId: string | null }']);
  });

  it('reads a required cell\'s word and the note after it', () => {
    const md = lines(
      '### Entität `Lieferung`',
      '',
      '| Feld | Typ | Pflicht |',
      '|---|---|---|',
      '| menge | BigDecimal | ja |',
      '| zugestelltAm | Instant | nein, `null` solange nicht zugestellt |',
      '| hinweis | String | nullable |',
      '| kommentar | String | nein (optional) |',
      '| lager | String | ja, siehe Lagerliste |',
    );
    expect(modelLines(md)).toEqual(['Lieferung { menge: number; zugestelltAm: string | null; hinweis: string | null; kommentar?: string; lager: string }']);
  });
});

describe('a serial number in an example call', () => {
  it('reads it as the record of an endpoint the table lists', () => {
    const md = lines('## API', '', '| Methode | Pfad |', '|---|---|', '| POST | `/api/v1/geraete/{seriennummer}/messungen` |', '', 'Beispiel:', '', '```http', 'POST /api/v1/geraete/7KXW2024001188/messungen', '```');
    expect(apiLines(md)).toEqual(['POST /api/v1/geraete/:seriennummer/messungen']);
  });

  it('keeps segments with a digit that are words: `v2`, `oauth2`, `2fa`, `s3-exports`', () => {
    const md = lines('## API', '', '- `POST /api/v2/oauth2/token`', '- `GET /api/users/:id/2fa`', '- `GET /api/s3-exports`');
    expect(apiLines(md)).toEqual(['GET /api/s3-exports', 'GET /api/users/:id/2fa', 'POST /api/v2/oauth2/token']);
  });
});
