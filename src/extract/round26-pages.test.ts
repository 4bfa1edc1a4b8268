/**
 * Round 26, screens in more words: European Portuguese writes a screen "ecrã" (`Ecrã: \`/registo\``), a German
 * Pflichtenheft lists its screens as dialogs or masks (`| Dialog | Route |`) under "Benutzungsoberfläche".
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedTasks, pageRoutes } from '../testing/extract.js';

describe('a screen labelled "Ecrã"', () => {
  it('is a page, beside the endpoint its story calls', () => {
    const md = lines(
      '# Cabaz',
      '',
      '### HU-01 — Registo',
      '',
      'Ecrã: `/registo` · Endpoint: `POST /api/clientes`',
      '',
      '### HU-02 — Escolher',
      '',
      'Ecrãs: `/cabazes` (lista) e `/cabazes/:slug` (detalhe)',
      'Endpoints: `GET /api/cabazes`',
    );
    expect(pageRoutes(md)).toEqual(['/cabazes', '/cabazes/:slug', '/registo']);
    expect(apiLines(md)).toEqual(['GET /api/cabazes', 'POST /api/clientes']);
  });

  it('is no page when the line puts it off, nor is a file path beside the word', () => {
    const md = lines('# Cabaz', '', '## Fora de âmbito', '', '- Ecrã da loja (`/loja`) — fica para a segunda fase.', '', '## Notas', '', 'O ecrã foi desenhado em `docs/ecras/registo.pdf`.');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('a German table of dialogs', () => {
  it('lists the pages under "Benutzungsoberfläche", titled by its dialog column', () => {
    const md = lines(
      '# Pflichtenheft',
      '',
      '## 6 Benutzungsoberfläche',
      '',
      '| Dialog | Route | Benutzer |',
      '|--------|-------|----------|',
      '| Auftragsliste | `/auftraege` | Serviceberater |',
      '| Auftragsdetail | `/auftraege/:auftragsnr` | Serviceberater |',
    );
    expect(pageRoutes(md)).toEqual(['/auftraege', '/auftraege/:auftragsnr']);
    const titles = mergedTasks(md).flatMap((t) => (t.kind === 'page' ? [t.title] : []));
    expect(titles).toContain('Auftragsliste');
  });

  it('does not make pages of the endpoints of a Dialog table under the API heading', () => {
    const md = lines(
      '# Pflichtenheft',
      '',
      '## 7 Schnittstellen',
      '',
      '| Dialog | Methode | Pfad |',
      '|--------|---------|------|',
      '| Auftragsliste | GET | `/api/auftraege` |',
    );
    expect(pageRoutes(md)).toEqual([]);
    expect(apiLines(md)).toEqual(['GET /api/auftraege']);
  });
});
