/**
 * Misses found by a twenty-first round of reading (a held-out probe set of PRDs in eight more
 * languages: Dutch, Russian, Indonesian, Polish, Turkish, Traditional Chinese, Hinglish, French).
 * Each rule has its negative beside it. The text is invented, unlike the probes'.
 */
import { describe, expect, it } from 'vitest';
import { normalizeFieldType } from './field-types.js';
import { lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('an Indonesian requirements table: | Kode | Kebutuhan |', () => {
  it('reads each row as a rule with the id of its code column', () => {
    const md = lines('# Perpustakaan', '', '## Kebutuhan Fungsional', '', '| Kode | Kebutuhan |', '|---|---|', '| PB-01 | Buku hanya dapat dipinjam oleh anggota aktif. |', '| PB-02 | Denda dihitung per hari keterlambatan. |', '');
    expect(ruleRows(md)).toEqual([
      ['PB-01', 'must', 'Buku hanya dapat dipinjam oleh anggota aktif.'],
      ['PB-02', 'must', 'Denda dihitung per hari keterlambatan.'],
    ]);
  });

  it('takes no row of a glossary table, nor of a field table with a code column', () => {
    const glossary = lines('# Perpustakaan', '', '## Istilah', '', '| Kode | Arti |', '|---|---|', '| PB | Peminjaman buku |', '| DN | Denda |', '');
    expect(ruleRows(glossary)).toEqual([]);
    const model = lines('# Perpustakaan', '', '## Model Data', '', '### Buku', '', '| Kode | Tipe | Keterangan |', '|---|---|---|', '| id | uuid | |', '| judul | teks | |', '');
    expect(ruleRows(model)).toEqual([]);
  });
});

describe('a Traditional Chinese screens heading: ## 畫面', () => {
  it('reads the routes listed under it as pages', () => {
    const md = lines('# 共享單車', '', '## 畫面', '', '1. 車輛列表：`/bikes`', '2. 車輛詳細：`/bikes/:bikeId`', '');
    expect(pageRoutes(md)).toEqual(['/bikes', '/bikes/:bikeId']);
  });

  it('takes no API path, file path or web address under it as a page', () => {
    const md = lines('# 共享單車', '', '## 畫面', '', '前端程式碼放在 `web/src/pages/`，設計稿見 https://example.com/design 。', '', '資料來自 `GET /api/bikes`。', '');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('type words of Traditional Chinese, Russian, Turkish and Dutch', () => {
  it('reads Traditional Chinese type words and its list and enum words', () => {
    expect(normalizeFieldType('字串')).toBe('string');
    expect(normalizeFieldType('日期時間')).toBe('string');
    expect(normalizeFieldType('布林值')).toBe('boolean');
    expect(normalizeFieldType('整數')).toBe('number');
    expect(normalizeFieldType('字串陣列')).toBe('string[]');
    const md = lines('# 書店', '', '## 資料模型', '', '### Book', '', '| 欄位 | 型別 | 說明 |', '|---|---|---|', '| title | 字串 | |', '| format | 列舉：`paper` / `ebook` | |', '| soldOut | 布林值 | |', '| note | 字串 | 可為 null |', '');
    expect(modelLines(md)).toEqual(['Book { title: string; format: "paper" | "ebook"; soldOut: boolean; note: string | null }']);
  });

  it('reads a list with its member after (Russian, Dutch plural in -en) or before (Turkish)', () => {
    expect(normalizeFieldType('массив строк')).toBe('string[]');
    expect(normalizeFieldType('список чисел')).toBe('number[]');
    expect(normalizeFieldType('lijst van getallen')).toBe('unknown[]');
    expect(normalizeFieldType('lijst van teksten')).toBe('string[]');
    expect(normalizeFieldType('metin listesi')).toBe('string[]');
    expect(normalizeFieldType('sayı dizisi')).toBe('number[]');
  });

  it('leaves a list of what no type word names, and a word that only ends like a list, as before', () => {
    expect(normalizeFieldType('lijst van kippen')).toBe('unknown[]');
    expect(normalizeFieldType('listesi')).toBe('unknown');
    expect(normalizeFieldType('массив')).toBe('unknown');
  });

  it('reads a Russian enum word and its values', () => {
    const md = lines('# Склад', '', '## Модель данных', '', '### Box', '', '| поле | тип | примечание |', '|---|---|---|', '| size | перечисление: small, large | |', '');
    expect(modelLines(md)).toEqual(['Box { size: "small" | "large" }']);
  });
});

describe('a note that the value may be empty, with null in brackets, or "nullable —" and why', () => {
  const field = (note: string) => modelLines(lines('# Garage', '', '## Data model', '', '### Car', '', '- `id` — uuid', `- \`plate\` — ${note}`, ''));

  it('reads "may be empty (null …)" in Dutch and Turkish, and "nullable — …"', () => {
    expect(field('tekst, mag leeg zijn (null bij export)')).toEqual(['Car { id: string; plate: string | null }']);
    expect(field('metin, boş olabilir (null)')).toEqual(['Car { id: string; plate: string | null }']);
    const md = lines('# Garage', '', '## Data model', '', '### Car', '', '| field | type | notes |', '|---|---|---|', '| soldAt | datetime | nullable — set once the car is sold |', '');
    expect(modelLines(md)).toEqual(['Car { soldAt: string | null }']);
  });

  it('keeps a value that may not be null, or an empty string, not nullable', () => {
    expect(field('tekst, leeg zijn (null niet toegestaan)')).toEqual(['Car { id: string; plate: string }']);
    expect(field('text, empty string (null not allowed)')).toEqual(['Car { id: string; plate: string }']);
  });
});

describe('a note addressed to the authors, in Polish, Dutch, Russian and Turkish', () => {
  const rules = (note: string) => ruleRows(lines('# Sklep', '', '## Wymagania', '', '- Zamówienie musi być opłacone przed wysyłką.', '', `> ${note}`, ''));

  it('takes no rule from it', () => {
    expect(rules('Uwaga dla autora: listę kurierów należy uzupełnić po spotkaniu z działem logistyki.')).toHaveLength(1);
    expect(rules('Opmerking voor de auteur: de tabel moet nog worden aangevuld.')).toHaveLength(1);
    expect(rules('Примечание для автора: таблицу нужно дополнить до релиза.')).toHaveLength(1);
    expect(rules('Yazara not: tablo toplantıdan sonra doldurulmalıdır.')).toHaveLength(1);
  });

  it('still reads a note that addresses no author, or names one as a user', () => {
    expect(rules('Uwaga: zwrot należy zgłosić w ciągu 14 dni.')).toHaveLength(2);
    expect(rules('Autor recenzji musi potwierdzić zakup.')).toHaveLength(2);
  });
});

describe('a thing said to be obsolete and not to be carried over', () => {
  const rules = (line: string) => ruleRows(lines('# Kiosk', '', '## Requirements', '', '- Tickets must be scanned at the gate.', `- ${line}`, ''));

  it('takes no rule from it, in English, French, German and Spanish', () => {
    expect(rules('The old report `GET /reports/daily.pdf` is obsolete and must not be ported.')).toHaveLength(1);
    expect(rules("L'ancien rapport `GET /rapports/jour.pdf` est obsolète et ne doit pas être repris.")).toHaveLength(1);
    expect(rules('Der alte Bericht `GET /berichte/tag.pdf` ist veraltet und darf nicht übernommen werden.')).toHaveLength(1);
    expect(rules('El informe antiguo `GET /informes/dia.pdf` está obsoleto y no debe migrarse.')).toHaveLength(1);
  });

  it('still reads a rule about a legacy route that must keep working, or about obsolete data', () => {
    expect(rules('The legacy route `/v1/tickets` must keep answering until June.')).toHaveLength(2);
    expect(rules('Obsolete tickets must not be shown to visitors.')).toHaveLength(2);
    expect(rules('Un billet obsolète ne doit pas être accepté au portique.')).toHaveLength(2);
  });
});

describe('a route or page file said to be kept as it is', () => {
  const pages = (line: string) => pageRoutes(lines('# Clinic', '', '## Screens', '', '- Appointments: `/appointments`', '', line, ''));

  it('builds no page for it, in English, French, German and Dutch', () => {
    expect(pages('The current landing page (`src/pages/index.vue`) is kept as is.')).toEqual(['/appointments']);
    expect(pages("La page d'accueil actuelle (`src/pages/index.vue`) est conservée telle quelle.")).toEqual(['/appointments']);
    expect(pages('Die Startseite `/start` bleibt unverändert.')).toEqual(['/appointments']);
    expect(pages('De startpagina `/start` blijft ongewijzigd.')).toEqual(['/appointments']);
  });

  it('still builds a page whose line keeps something else, or changes it', () => {
    expect(pages('- Patient profile: `/patients/:id`')).toEqual(['/appointments', '/patients/:id']);
    expect(pages('- History: `/history` (the layout is kept simple)')).toEqual(['/appointments', '/history']);
  });
});
