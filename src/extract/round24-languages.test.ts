/**
 * Round 24, languages: a glossary under an annex's label ("Annexe B — Glossaire"), German
 * "Oberflächen" as a pages heading, an enum's values after "among"/"parmi" each in code marks
 * in a field list, French notes that say when a value is null with an elided "tant qu'", a
 * "NULL 허용" / "NULL可" column, and Portuguese, Indonesian and Japanese lines that put a route off.
 */
import { describe, expect, it } from 'vitest';
import { readFieldNotes, readSideNotes, readTypeText } from './field-types.js';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a glossary under an annex label', () => {
  it('takes no rule from "Appendix C — Glossary" or "Anhang A: Glossar"', () => {
    const en = lines('# Tool library', '', '## Rules', '', '- A member must return a tool within 7 days.', '', '## Appendix C — Glossary', '', '- **Hold**: a request that must be confirmed by staff before pickup.');
    expect(ruleRows(en).map((r) => r[2])).toEqual(['A member must return a tool within 7 days.']);
    const de = lines('# Werkzeugverleih', '', '## Regeln', '', '- Ein Mitglied muss ein Werkzeug innerhalb von 7 Tagen zurückgeben.', '', '## Anhang A: Glossar', '', '- **Vormerkung**: eine Anfrage, die vor der Abholung bestätigt werden muss.');
    expect(ruleRows(de).map((r) => r[2])).toEqual(['Ein Mitglied muss ein Werkzeug innerhalb von 7 Tagen zurückgeben.']);
  });

  it('keeps the rules of an annex that is not a glossary', () => {
    const md = lines('# Tool library', '', '## Appendix A — Business rules', '', '- A member must return a tool within 7 days.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['A member must return a tool within 7 days.']);
  });
});

describe('German "Oberflächen" as a pages heading', () => {
  it('reads the routes listed under "Benutzeroberflächen"', () => {
    const md = lines('# Vereinskasse', '', '## 4. Benutzeroberflächen', '', '- Mitglieder: Beitragsübersicht `/beitraege`, Beitragsdetail `/beitraege/:beitragId`');
    expect(pageRoutes(md)).toEqual(['/beitraege', '/beitraege/:beitragId']);
  });

  it('takes no page from a web address or a source folder under it', () => {
    const md = lines('# Vereinskasse', '', '## 4. Oberflächen', '', 'Gestaltung siehe https://design.verein.example.de/kasse; Bausteine liegen unter `frontend/src/bausteine/`.');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('an enum after "among"/"parmi", its values in code marks', () => {
  it('reads the values as the field\'s type and the next field after them', () => {
    const fr = lines('# Outilthèque', '', '## Données', '', '**Emprunt** — `id` (uuid), `etat` parmi `ouvert`, `en_retard`, `clos`, `ouvertLe` (date-heure).');
    expect(modelLines(fr)).toEqual(['Emprunt { id: string; etat: "ouvert" | "en_retard" | "clos"; ouvertLe: string }']);
    const en = lines('# Tool library', '', '## Data model', '', '**Loan** — `id` (uuid), `state` among `open`, `late` or `closed`, `openedAt` (datetime).');
    expect(modelLines(en)).toEqual(['Loan { id: string; state: "open" | "late" | "closed"; openedAt: string }']);
  });

  it('does not join code-marked fields that follow no enum word', () => {
    const md = lines('# Tool library', '', '## Data model', '', '**Loan** — `id` (uuid), `toolId`, `memberId`, `openedAt` (datetime).');
    expect(modelLines(md)).toEqual(['Loan { id: string; toolId: string; memberId: string; openedAt: string }']);
  });

  it('gives no enum type to "among" before a phrase', () => {
    expect(readFieldNotes('among the plans a shop sells').type).toBeUndefined();
  });
});

describe('French notes that say when a value is null', () => {
  it('reads "nul tant qu\'aucun …" and "vide tant qu\'il …" as nullable', () => {
    expect(readFieldNotes("date, nul tant qu'aucun retour n'est saisi").nullable).toBe(true);
    expect(readSideNotes("vide tant qu'il n'est pas rendu", 'string', 'date').nullable).toBe(true);
  });

  it('keeps Dutch "nul als …" (zero if …) a plain number', () => {
    expect(readFieldNotes('getal, nul als er geen actie is')).toMatchObject({ nullable: false });
    expect(readSideNotes('nul als er geen actie is', 'number', 'getal').nullable).toBe(false);
  });
});

describe('a "NULL 허용" / "NULL可" column', () => {
  it('makes a Y or ○ cell nullable, not optional', () => {
    const ko = lines('# 도서', '', '## 1. 데이터', '', '### 1.1 Loan', '', '| 컬럼명 | 타입 | NULL 허용 | 설명 |', '|---|---|---|---|', '| id | UUID | N | PK |', '| returned_at | TIMESTAMP | Y | 반납 시 기록 |');
    expect(modelLines(ko)).toEqual(['Loan { id: string; returned_at: string | null }']);
    const ja = lines('# 図書', '', '## データ', '', '### Loan', '', '| 項目 | 型 | NULL可 |', '|---|---|---|', '| id | UUID | |', '| returnedAt | TIMESTAMP | ○ |');
    expect(modelLines(ja)).toEqual(['Loan { id: string; returnedAt: string | null }']);
  });
});

describe('lines that put a route off, in Portuguese, Indonesian and Japanese', () => {
  it('drops an old route "not to touch", one "postponed for now" and a screen "for the next phase"', () => {
    const pt = lines('# Feira', '', '## API', '', '- `GET /api/barracas` lista as barracas.', '- A rota antiga `GET /api/v0/barracas` fica só para o app antigo e vai ser desligada; não mexer.');
    expect(apiLines(pt)).toEqual(['GET /api/barracas']);
    const id = lines('# Laundry', '', '## API', '', '- `GET /api/pesanan` daftar pesanan.', '- Endpoint `GET /api/voucher` ditunda dulu, belum ada anggaran.');
    expect(apiLines(id)).toEqual(['GET /api/pesanan']);
    const ja = lines('# 勤怠', '', '## 画面一覧', '', '| ID | 画面名 | パス | 備考 |', '|---|---|---|---|', '| S-01 | 打刻 | `/punch` | |', '| S-02 | 月次集計 | `/monthly` | ※次フェーズ。今回は実装しない |');
    expect(pageRoutes(ja)).toEqual(['/punch']);
  });

  it('keeps a rule about an old password or a postponed payment, and a route under /legacy/ with no such words', () => {
    const pt = lines('# Feira', '', '## Regras', '', '- A senha antiga deve ser informada para trocar a senha.', '', '## API', '', '- `GET /api/legacy/barracas` lista as barracas do app 2.x.');
    expect(ruleRows(pt).map((r) => r[2])).toEqual(['A senha antiga deve ser informada para trocar a senha.']);
    expect(apiLines(pt)).toEqual(['GET /api/legacy/barracas']);
    const id = lines('# Laundry', '', '## Aturan', '', '- Pembayaran yang ditunda harus dilunasi dalam 7 hari.');
    expect(ruleRows(id).map((r) => r[2])).toEqual(['Pembayaran yang ditunda harus dilunasi dalam 7 hari.']);
  });
});

describe('a Japanese "区分（…）" type cell', () => {
  it('reads the values in its parentheses as an enum', () => {
    const md = lines('# 勤怠', '', '## データ定義', '', '### Shift', '', '| 論理名 | 物理名 | 型 |', '|---|---|---|', '| ID | id | 文字列(UUID) |', '| 種別 | kind | 区分（`early` / `late` / `night`） |');
    expect(modelLines(md)).toEqual(['Shift { id: string; kind: "early" | "late" | "night" }']);
  });

  it('takes no enum from a "区分コード" type or a bare "区分"', () => {
    expect(readTypeText('区分コード').type).toBe('区分コード');
    expect(readFieldNotes('区分コード').type).toBeUndefined();
  });
});

describe('Korean and Japanese glossary headings', () => {
  it('takes no rule from "용어 정리" or "用語定義"', () => {
    const ko = lines('# 도서', '', '## 규칙', '', '- 회원은 7일 이내에 반납해야 한다.', '', '## 6. 용어 정리', '', '- **예약**: 대출 중인 책에 대기를 거는 것. 3일 안에 찾아가야 함.');
    expect(ruleRows(ko).map((r) => r[2])).toEqual(['회원은 7일 이내에 반납해야 한다.']);
    const ja = lines('# 図書', '', '## 用語定義', '', '- **予約**：貸出中の本に順番待ちをかけること。3日以内に受け取る必要がある。');
    expect(ruleRows(ja)).toEqual([]);
  });

  it('keeps the rules of a "데이터 사전" or "용어 변경 규칙" section', () => {
    const ko = lines('# 도서', '', '## 용어 변경 규칙', '', '- 회원은 7일 이내에 반납해야 한다.');
    expect(ruleRows(ko).map((r) => r[2])).toEqual(['회원은 7일 이내에 반납해야 한다.']);
  });
});
