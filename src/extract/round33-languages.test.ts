/**
 * Round 33: languages (a Dutch attribute table headed "Attribuut", an Argentine "Lo que guardamos"
 * with each model's fields as one plain word a line under its bold name).
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedModels, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a Dutch attribute table', () => {
  it('reads a table headed `| Attribuut | Type |` under a model heading as its fields', () => {
    const md = lines('# MOR', '', '## 3. Gegevensmodel', '', '### 3.1 Categorie', '', '| Attribuut | Type | Toelichting |', '|---|---|---|', '| id | UUID | |', '| naam | tekst | |', '| actief | ja/nee | |');
    expect(modelLines(md)).toEqual(['Categorie { id: string; naam: string; actief: boolean }']);
  });
});

describe('"what we store" as a heading, in the languages the extractor reads', () => {
  const store = (heading: string) =>
    modelLines(lines('# Turnero', '', `## ${heading}`, '', '**Cliente**', '- id', '- nombre', '- email (opcional)', '', '**Turno**', '- id', '- clienteId', '- inicio: fecha'));

  it('reads "Lo que guardamos" and "Was wir speichern" as data sections: each bold name over one-word fields is a model', () => {
    const want = ['Cliente { id: string; nombre: string; email?: string }', 'Turno { id: string; clienteId: string; inicio: string }'];
    expect(store('Lo que guardamos')).toEqual(want);
    expect(store('Was wir speichern')).toEqual(want);
  });

  it('names no model after the heading itself, and reads no model from one-word lists without an id', () => {
    expect(mergedModels(lines('# Turnero', '', '## Lo que guardamos', '', 'Turnos y clientes, nada más.')).map((m) => m.name)).toEqual([]);
    expect(mergedModels(lines('# Turnero', '', '## Lo que guardamos', '', '**Colores**', '- rojo', '- verde', '- azul'))).toEqual([]);
  });

  it('reads no data section from "Lo que hacemos" (what we do)', () => {
    expect(mergedModels(lines('# Turnero', '', '## Lo que hacemos', '', '**Cliente**', '- id', '- nombre'))).toEqual([]);
  });
});

describe('out-of-scope headings in Italian and Spanish as teams write them', () => {
  const out = (heading: string) => apiLines(lines('# App', '', '## API', '', '- `GET /api/v1/bags`', '', `## ${heading}`, '', '- Abbonamenti: niente endpoint `POST /api/v1/abbonamenti` per la beta.'));

  it('reads "Fuori dallo scope dell\'MVP (fase 2)" and "Lo que NO entra en esta versión" as out of scope', () => {
    expect(out("10. Fuori dallo scope dell'MVP (fase 2)")).toEqual(['GET /api/v1/bags']);
    expect(out('Lo que NO entra en esta versión')).toEqual(['GET /api/v1/bags']);
    expect(out('Queda fuera de la v1')).toEqual(['GET /api/v1/bags']);
  });

  it('keeps a section whose heading says what does go in', () => {
    expect(out('Lo que entra en esta versión')).toEqual(['GET /api/v1/bags', 'POST /api/v1/abbonamenti']);
  });
});

describe("a model's heading over one paragraph of fields in code marks", () => {
  it('reads "`id` (uuid), `nome` (string), `ativo` (boolean)." under `### Motorista` as its fields', () => {
    const md = lines('# Entregas', '', '## 2. Entidades', '', '### Motorista', '`id` (uuid), `nome` (string), `cnh` (string), `ativo` (boolean).', '', '### Veiculo', '', '`id` (uuid), `placa` (string), `capacidadeKg` (decimal).');
    expect(modelLines(md)).toEqual(['Motorista { id: string; nome: string; cnh: string; ativo: boolean }', 'Veiculo { id: string; placa: string; capacidadeKg: number }']);
  });

  it('reads no fields from a paragraph of values in code marks under such a heading', () => {
    expect(mergedModels(lines('# Finance', '', '## Seed data', '', '### Default account types', '`cash`, `bank`, `e_wallet`, `other`.'))).toEqual([]);
  });
});

describe('detail and form pages named in other languages', () => {
  it('reads "la fiche détaillée (`/camps/:campId`)" and "Fiche d\'un outil sur `/outils/:outilId`" as pages', () => {
    expect(pageRoutes(lines('# Camps', '', '## Parcours', '', 'En cliquant sur un camp, elle voit la fiche détaillée (`/camps/:campId`) avec le tarif.'))).toEqual(['/camps/:campId']);
    expect(pageRoutes(lines('# Outils', '', '## Écrans', '', "- Fiche d'un outil sur `/outils/:outilId`"))).toEqual(['/outils/:outilId']);
  });

  it('reads no page from a detail word beside an API path or a file', () => {
    expect(pageRoutes(lines('# Camps', '', '## API', '', 'La fiche du camp vient de `GET /api/camps/{id}`.'))).toEqual([]);
    expect(pageRoutes(lines('# Camps', '', '## Parcours', '', 'La fiche PDF (`/static/fiche.pdf`) est envoyée par courriel.'))).toEqual([]);
  });
});

describe('a route cell of several routes', () => {
  it('reads each route of `/admin/items/new`、`/admin/items/:id/edit` (or a comma, or "and") as a screen', () => {
    const md = lines('# 備品', '', '## 画面', '', '| ID | 画面 | URL |', '|---|---|---|', '| SCR-05 | 備品登録・編集 | `/admin/items/new`、`/admin/items/:id/edit` |', '| SCR-06 | Lists | `/a` and `/b` |');
    expect(pageRoutes(md)).toEqual(['/a', '/admin/items/:id/edit', '/admin/items/new', '/b']);
  });

  it('reads only the first route of a cell that says more than routes', () => {
    const md = lines('# X', '', '## Screens', '', '| Screen | Route |', '|---|---|', '| Items | `/items` (was `/catalogue` before) |');
    expect(pageRoutes(md)).toEqual(['/items']);
  });
});

describe('"the present document" in the Romance languages', () => {
  it('reads no rule from "Le présent document doit être validé par le comité de pilotage" nor "El presente documento debe ser aprobado"', () => {
    const rules = (l: string) => ruleRows(lines('# Cahier des charges', '', '## Exigences', '', l)).map((r) => r[2]);
    expect(rules('Le présent document doit être validé par le comité de pilotage.')).toEqual([]);
    expect(rules('El presente documento debe ser aprobado por el comité.')).toEqual([]);
    expect(rules('Le présent export doit contenir toutes les réservations.')).toEqual(['Le présent export doit contenir toutes les réservations.']);
  });
});

describe('a call described in one word as rejecting', () => {
  it('keeps `| POST | /loans/{loanId}/reject | 却下 |` under a description column', () => {
    const md = lines('# 備品', '', '## API', '', '| No. | メソッド | パス | 説明 |', '|---|---|---|---|', '| 7 | POST | `/loans/{loanId}/approve` | 承認 |', '| 8 | POST | `/loans/{loanId}/reject` | 却下 |');
    expect(apiLines(md)).toEqual(['POST /loans/:loanId/approve', 'POST /loans/:loanId/reject']);
  });

  it('still gives up a row whose status says rejected, or whose notes say it was cut', () => {
    const md = lines('# X', '', '## API', '', '| Method | Path | Status | Notes |', '|---|---|---|---|', '| GET | `/a` | Live | |', '| POST | `/b` | Rejected | |', '| POST | `/c` | Live | cut with online payment |');
    expect(apiLines(md)).toEqual(['GET /a']);
  });
});
