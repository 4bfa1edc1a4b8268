/**
 * Misses found by an eighteenth round of reading PRDs in other languages (Mexican Spanish, Brazilian
 * Portuguese, French, German, Simplified Chinese, Japanese, Korean, Indonesian): the notes that say a
 * value may be null or is optional in each language, a model written in code marks inside bold with
 * its field list wrapping over lines, and a date type followed by its standard. Each rule has its
 * negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';
import { normalizeFieldType } from './field-types.js';

const lines = (...l: string[]) => l.join('\n');
const table = (model: string, header: string, ...rows: string[]) => lines(`### ${model}`, '', header, '|---|---|---|', ...rows);

describe('a null note whose clause says when, in the known languages', () => {
  it('Spanish and Portuguese `nulo mientras …`, Indonesian `boleh null sebelum …` make the field nullable', () => {
    const md = lines('# Préstamos', '', '## Modelo de datos', '', table('Loan', '| Campo | Tipo | Notas |', '| `id` | uuid | |', '| `closedAt` | fecha | nulo mientras siga abierto |', '| `shippedAt` | fecha | nula hasta el envío |'));
    expect(modelLines(md)).toEqual(['Loan { id: string; closedAt: string | null; shippedAt: string | null }']);
    const id = lines('# Pinjam', '', '## Model data', '', table('Loan', '| Field | Tipe | Keterangan |', '| `id` | uuid | |', '| `closedAt` | waktu | boleh null sebelum ditutup |'));
    expect(modelLines(id)).toEqual(['Loan { id: string; closedAt: string | null }']);
  });
  it('Chinese, Japanese and Korean put the clause first and end in null: `未发货时为 null`, `未発送の場合は null`, `발송 전이 아니면 null`', () => {
    const zh = lines('# 订单', '', '## 数据结构', '', table('Order', '| 字段 | 类型 | 说明 |', '| id | string | |', '| shippedAt | datetime | 未发货时为 null |'));
    expect(modelLines(zh)).toEqual(['Order { id: string; shippedAt: string | null }']);
    const ja = lines('# 注文', '', '## データ項目', '', table('Order', '| 項目名 | 型 | 備考 |', '| id | 文字列 | |', '| shippedAt | 日時 | 未発送の場合は null |'));
    expect(modelLines(ja)).toEqual(['Order { id: string; shippedAt: string | null }']);
    const ko = lines('# 주문', '', '## 데이터 모델', '', table('Order', '| 필드 | 타입 | 설명 |', '| `id` | 문자열 | |', '| `shippedAt` | 일시 | 발송되지 않았으면 null |'));
    expect(modelLines(ko)).toEqual(['Order { id: string; shippedAt: string | null }']);
  });
  it('a note that only names null as a value in a sentence (`null 値は保存しない`, `기본값은 null이 아님`) or says nothing of null leaves the field as it is', () => {
    const ja = lines('# 注文', '', '## データ項目', '', table('Order', '| 項目名 | 型 | 備考 |', '| id | 文字列 | |', '| note | 文字列 | null 値は保存しない |', '| shippedAt | 日時 | 発送時に記録 |'));
    expect(modelLines(ja)).toEqual(['Order { id: string; note: string; shippedAt: string }']);
  });
});

describe('empty with null beside it', () => {
  it('`darf leer (null) sein, solange …`, `may be empty (null)`: nullable, whatever the type word', () => {
    const md = lines('# Geräte', '', '## Datenmodell', '', table('Device', '| Feld | Typ | Bemerkung |', '| `id` | UUID | |', '| `retiredAt` | Datum | darf leer (null) sein, solange das Gerät läuft |'));
    expect(modelLines(md)).toEqual(['Device { id: string; retiredAt: string | null }']);
  });
  it('`leer` alone, or `(null)` beside no word for empty, says nothing', () => {
    const md = lines('# Geräte', '', '## Datenmodell', '', table('Device', '| Feld | Typ | Bemerkung |', '| `id` | UUID | |', '| `label` | Text | darf leer sein |', '| `owner` | Text | Standard (null) ist der Admin |'));
    expect(modelLines(md)).toEqual(['Device { id: string; label: string; owner: string }']);
  });
});

describe('the word for optional in Korean, Japanese and Chinese, and a French notes column', () => {
  it('`선택 입력`, `任意`, `选填` as a note make the field optional; `선택한 항목` (the chosen item) does not', () => {
    const ko = lines('# 예약', '', '## 데이터 모델', '', table('Booking', '| 필드 | 타입 | 설명 |', '| `id` | 문자열 | |', '| `note` | 문자열 | 선택 입력 |', '| `slot` | 문자열 | 선택한 항목 |'));
    expect(modelLines(ko)).toEqual(['Booking { id: string; note?: string; slot: string }']);
    const ja = lines('# 予約', '', '## データ項目', '', table('Booking', '| 項目名 | 型 | 備考 |', '| id | 文字列 | |', '| note | 文字列 | 任意 |'));
    expect(modelLines(ja)).toEqual(['Booking { id: string; note?: string }']);
    const zh = lines('# 预约', '', '## 数据结构', '', table('Booking', '| 字段 | 类型 | 说明 |', '| id | string | |', '| note | string | 选填 |'));
    expect(modelLines(zh)).toEqual(['Booking { id: string; note?: string }']);
  });
  it('a `Remarque` column is a notes column: `facultatif` and `peut être nul` in it are read', () => {
    const md = lines('# Prêts', '', '## Données', '', table('Loan', '| Champ | Type | Remarque |', '| `id` | UUID | |', '| `note` | texte | facultatif |', '| `closedAt` | date | peut être nul |', '| `title` | texte | visible par tous |'));
    expect(modelLines(md)).toEqual(['Loan { id: string; note?: string; closedAt: string | null; title: string }']);
  });
});

describe('a bold model name in code marks, its field list wrapping over lines', () => {
  it('`**`Pet`** — `id` (uuid), …` with the list broken inside a note and before one is one model', () => {
    const md = lines('# Clínica', '', '## Modelo de dados', '', '**`Horse`** — `id` (uuid), `name` (texto), `bornOn` (data,', 'pode ser nula), `weightKg` (decimal), `chip`', '(texto, opcional), `stalls` (inteiro).');
    expect(modelLines(md)).toEqual(['Horse { id: string; name: string; bornOn: string | null; weightKg: number; chip?: string; stalls: number }']);
  });
  it('`**Stall** (box): … (whole` then `number), …`: the note broken over the line end is read whole', () => {
    const md = lines('# Kandang', '', '## Model data', '', '**Stall** (box): `id` (uuid), `size` (bilangan', 'bulat), `isFree` (boolean).');
    expect(modelLines(md)).toEqual(['Stall { id: string; size: number; isFree: boolean }']);
  });
  it('a paragraph after a closed list is not joined to it', () => {
    const md = lines('# Kandang', '', '## Model data', '', '**Stall**: `id` (uuid), `size` (integer)', '(see the floor plan for sizes).');
    expect(modelLines(md)).toEqual(['Stall { id: string; size: number }']);
  });
});

describe('a date type followed by the standard its text follows', () => {
  it('`date-heure ISO 8601`, `datetime RFC 3339` are strings; `integer ISO 8601` or a word of no type is not', () => {
    expect(normalizeFieldType('date-heure ISO 8601')).toBe('string');
    expect(normalizeFieldType('datetime RFC 3339')).toBe('string');
    expect(normalizeFieldType('Zeitstempel ISO-8601')).toBe('string');
    expect(normalizeFieldType('integer ISO 8601')).toBe('unknown');
    expect(normalizeFieldType('foo ISO 8601')).toBe('unknown');
  });
});
