/**
 * Misses found by an eleventh round of reading: field tables headed in Russian and Traditional
 * Chinese, full-width commas in type cells. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('field tables headed in Russian and Traditional Chinese', () => {
  it('read `| Поле | Тип | Обязательное |` with да/нет, and `| 欄位 | 型別 | 說明 |`', () => {
    const md = lines(
      '# ТЗ',
      '',
      '## Модель данных',
      '',
      '### Valve (клапан)',
      '',
      '| Поле | Тип | Обязательное |',
      '|------|-----|--------------|',
      '| id | uuid | да |',
      '| state | enum: open, closed | да |',
      '| openedAt | datetime | нет |',
      '',
      '### Fee（規費）',
      '',
      '| 欄位 | 型別 | 說明 |',
      '|------|------|------|',
      '| amount | integer | 金額 |',
      '| paidAt | datetime，可為空 | |',
    );
    expect(modelLines(md)).toEqual(['Fee { amount: number; paidAt: string | null }', 'Valve { id: string; state: "open" | "closed"; openedAt?: string }']);
  });
  it('read no model from a table whose columns are not a field and a type', () => {
    const md = lines('# ТЗ', '', '## Термины', '', '| Термин | Описание |', '|---|---|', '| Зона | участок полива |', '| Клапан | устройство |');
    expect(modelLines(md)).toEqual([]);
  });
  it('still read values a full-width comma separates as an enum', () => {
    const md = lines('# PRD', '', '## Order', '', '| 欄位 | 型別 |', '|---|---|', '| status | draft，paid |');
    expect(modelLines(md)).toEqual(['Order { status: "draft" | "paid" }']);
  });
});
