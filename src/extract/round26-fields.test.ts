/**
 * Round 26, fields: a note that says when a number or date is empty makes it nullable in a field list too
 * (`capacite (entier, vide si ce n'est pas du patin libre)`), and a `NULL` column beside a required column
 * (`| Pflicht | NULL |`, a German Pflichtenheft's) says whether the value may be null.
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines } from '../testing/extract.js';

describe('a note that says when a value is empty', () => {
  it('makes a number or date in a field list nullable', () => {
    const md = lines(
      '# X',
      '',
      '## Données',
      '',
      '| Entité | Champs |',
      '|--------|--------|',
      "| `Plage` | id (texte), capacite (entier, vide si ce n'est pas du patin libre), fin (date-heure, vide tant que la plage est ouverte) |",
    );
    expect(modelLines(md)).toEqual(['Plage { id: string; capacite: number | null; fin: string | null }']);
  });

  it('leaves text that may be empty a string', () => {
    const md = lines('# X', '', '## Données', '', '| Entité | Champs |', '|--------|--------|', '| `Plage` | id (texte), note (texte, vide si aucune remarque) |');
    expect(modelLines(md)).toEqual(['Plage { id: string; note: string }']);
  });
});

describe('a NULL column beside a required column', () => {
  const table = (rows: string[]) =>
    lines('# X', '', '## 4 Produktdaten', '', '### 4.2 Fahrzeug', '', '| Feld | Typ | Pflicht | NULL | Beschreibung |', '|------|-----|---------|------|--------------|', ...rows);

  it('makes the field nullable when it says yes, and leaves it required', () => {
    const md = table(['| `id` | UUID | ja | nein | |', '| `naechsteHu` | Datum | ja | ja | Monat der nächsten HU |', '| `vorname` | Text | nein | nein | |']);
    expect(modelLines(md)).toEqual(['Fahrzeug { id: string; naechsteHu: string | null; vorname?: string }']);
  });
});

describe('a bold data requirement over its field table', () => {
  it('names the model by the name it glosses, after its id (`**DAR-001 습득물(LostItem)** — …`)', () => {
    const md = lines(
      '# 요구사항 정의서',
      '',
      '## 5. 데이터 요구사항',
      '',
      '**DAR-001 습득물(LostItem)** — 시스템은 습득물을 아래 항목으로 저장해야 한다.',
      '',
      '| 컬럼 | 타입 | 필수 | 설명 |',
      '|------|------|------|------|',
      '| id | string | Y | 관리번호 |',
      '| foundAt | datetime | Y | 습득 일시 |',
    );
    expect(modelLines(md)).toEqual(['LostItem { id: string; foundAt: string }']);
  });

  it('does not name a model after a bold remark over the table', () => {
    const md = lines('# X', '', '## 5. Datos', '', '**Nota (Importante)** — los tipos los define el equipo.', '', '| Campo | Tipo |', '|-------|------|', '| id | uuid |');
    const names = modelLines(md).map((l) => l.split(' ')[0]);
    expect(names).not.toContain('Nota');
    expect(names).not.toContain('Importante');
  });
});

describe('a bold name glossed in Chinese, then its fields cut by ideographic commas', () => {
  it('is a model, its lower-case code name capitalised (`**report（举报）**：reportId、listingId、reason。`)', () => {
    const md = lines('# PRD', '', '## 五、核心数据', '', '**report（举报）**：reportId、listingId、reporterId、reason。');
    expect(modelLines(md)).toEqual(['Report { reportId: string; listingId: string; reporterId: string; reason: string }']);
  });

  it('is no model when the lower-case bold word has no gloss, or what follows is prose', () => {
    const md = lines('# PRD', '', '## 五、核心数据', '', '**note**：reportId、listingId、reporterId。', '', '**提示（注意）**：运营、客服、财务三方都要确认。');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a field not required whose notes say when it is null', () => {
  it('is nullable, not optional: the note says why it is not required', () => {
    const md = lines(
      '# 요구사항',
      '',
      '## 5. 데이터',
      '',
      '**LostItem**',
      '',
      '| 컬럼 | 타입 | 필수 | 설명 |',
      '|------|------|------|------|',
      '| id | string | Y | 관리번호 |',
      '| returnedAt | datetime | N | 반환 일시, 반환 전에는 null |',
      '| memo | string | N | 메모 |',
    );
    expect(modelLines(md)).toEqual(['LostItem { id: string; returnedAt: string | null; memo?: string }']);
  });
});

describe('a bold name described in a sentence that ends with its fields in parentheses', () => {
  it('is a model in a data section (Japanese, English)', () => {
    const ja = lines('# 仕様', '', '## 付録B データ項目', '', '**Resident（入居者）** はケアノートから同期したコピーを保持する（`id`、`name`、`room`）。');
    expect(modelLines(ja)).toEqual(['Resident { id: string; name: string; room: string }']);
    const en = lines('# Spec', '', '## Data model', '', '**Tenant** is a copy synced nightly from the CRM (`id`, `name`, `plan`).');
    expect(modelLines(en)).toEqual(['Tenant { id: string; name: string; plan: string }']);
  });

  it('is none outside a data section, for a remark, or with one code name only', () => {
    const outside = lines('# Spec', '', '## Background', '', '**Tenant** is a copy synced nightly from the CRM (`id`, `name`, `plan`).');
    expect(modelLines(outside)).toEqual([]);
    const remark = lines('# Spec', '', '## Data model', '', '**Note** the export keeps these columns as they are (`id`, `name`).', '', '**Tenant** is synced from the CRM (`crmId`).');
    expect(modelLines(remark)).toEqual([]);
  });
});

describe('a field column headed by its name in Portuguese, Spanish or French', () => {
  it('reads the table as the fields of its heading model (`| Nome do campo | Tipo | Obrigatório |`)', () => {
    const md = lines('# X', '', '## Modelo de dados', '', '### Reserva', '', '| Nome do campo | Tipo | Obrigatório |', '|---|---|---|', '| id | UUID | sim |', '| total | inteiro | sim |', '| pago | booleano | não |');
    expect(modelLines(md)).toEqual(['Reserva { id: string; total: number; pago?: boolean }']);
    const fr = lines('# X', '', '## Données', '', '### Plage', '', '| Nom du champ | Type |', '|---|---|', '| debut | date-heure |', '| capacite | entier |');
    expect(modelLines(fr)).toEqual(['Plage { debut: string; capacite: number }']);
  });

  it('makes no model of a table of people with a name column', () => {
    const md = lines('# X', '', '## Equipa', '', '| Nome | Papel | Contacto |', '|---|---|---|', '| Inês Figueiredo | Produto | ines@example.pt |', '| Rui Costa | Engenharia | rui@example.pt |');
    expect(modelLines(md)).toEqual([]);
  });
});
