/**
 * Misses found by a twentieth round of reading PRDs written natively in eight languages: a data
 * dictionary that gives each field a name people read and a name code uses (`論理名 | 物理名`), the
 * notes that say a value may be null or left out in each language, a list or a boolean told by its
 * note, values listed in the note's language, a policy list without modal words, and a question
 * without its mark. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');
const table = (model: string, header: string, ...rows: string[]) => lines(`### ${model}`, '', header, `|${'---|'.repeat(header.split('|').length - 2)}`, ...rows);

describe('a data dictionary with a logical and a physical name column', () => {
  it('Japanese `項目名 | 物理名`, Chinese `中文名 | 英文名`, Korean `논리명 | 물리명` and English `Logical name | Physical name`: the physical name is the field', () => {
    const ja = lines('# 在庫', '', '## データ定義', '', table('Item', '| 項目名 | 物理名 | 型 | 備考 |', '| 品目ID | itemId | 文字列 | |', '| 数量 | qty | 数値 | |'));
    expect(modelLines(ja)).toEqual(['Item { itemId: string; qty: number }']);
    const zh = lines('# 库存', '', '## 数据模型', '', table('Item', '| 中文名 | 英文名 | 类型 |', '| 物品编号 | item_id | varchar(20) |', '| 数量 | qty | int |'));
    expect(modelLines(zh)).toEqual(['Item { item_id: string; qty: number }']);
    const ko = lines('# 재고', '', '## 데이터', '', table('Item', '| 논리명 | 물리명 | 타입 |', '| 품목 ID | itemId | 문자열 |', '| 수량 | qty | 정수 |'));
    expect(modelLines(ko)).toEqual(['Item { itemId: string; qty: number }']);
    const en = lines('# Stock', '', '## Data model', '', table('Item', '| Logical name | Physical name | Type |', '| Item number | item_no | varchar(20) |', '| Quantity | qty | integer |'));
    expect(modelLines(en)).toEqual(['Item { item_no: string; qty: number }']);
  });
  it('of two field-name columns (`項目名 | カラム名`), the one whose cells are code names', () => {
    const ja = lines('# 在庫', '', '## データ定義', '', table('Item', '| 項目名 | カラム名 | 型 |', '| 品目ID | item_id | 文字列 |', '| 数量 | qty | 数値 |'));
    expect(modelLines(ja)).toEqual(['Item { item_id: string; qty: number }']);
  });
  it('a field column already in code names keeps it, beside a `DB column` one; a physical column of prose is no field column', () => {
    const en = lines('# Stock', '', '## Data model', '', table('Item', '| Field | DB column | Type |', '| itemNo | item_no | string |', '| qty | qty_on_hand | integer |'));
    expect(modelLines(en)).toEqual(['Item { itemNo: string; qty: number }']);
    const prose = lines('# Stock', '', '## Data model', '', table('Item', '| Field | Physical name | Type |', '| itemNo | see the ERP | string |', '| qty | same as above | integer |'));
    expect(modelLines(prose)).toEqual(['Item { itemNo: string; qty: number }']);
  });
  it('a `区分` type with its values in the notes is an enum; alone it is a string', () => {
    const ja = lines('# 在庫', '', '## データ定義', '', table('Item', '| 項目名 | 物理名 | 型 | 備考 |', '| 品目ID | itemId | 文字列 | |', '| 種別 | kind | 区分 | raw / made |', '| 棚 | shelf | 区分 | |'));
    expect(modelLines(ja)).toEqual(['Item { itemId: string; kind: "raw" | "made"; shelf: string }']);
  });
});
