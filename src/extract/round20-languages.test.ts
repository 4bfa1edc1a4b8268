/**
 * Misses found by a twentieth round of reading PRDs written natively in eight languages: a data
 * dictionary that gives each field a name people read and a name code uses (`論理名 | 物理名`), the
 * notes that say a value may be null or left out in each language, a list or a boolean told by its
 * note, values listed in the note's language, a policy list without modal words, and a question
 * without its mark. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines, ruleRows } from '../testing/extract.js';
import { normalizeFieldType } from './field-types.js';

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

describe('null and optional in the notes, in each language', () => {
  it('Chinese full-width notes: `备注，可选` is optional, `未付款时为空（NULL）` nullable', () => {
    const zh = lines('# 订单', '', '## 数据模型', '', table('Bill', '| 字段 | 类型 | 说明 |', '| id | varchar(32) | 编号 |', '| note | varchar(200) | 备注，可选 |', '| paidAt | datetime | 付款时间，未付款时为空（NULL） |', '| settledAt | datetime | 结算时间，未结算时为空 |'));
    expect(modelLines(zh)).toEqual(['Bill { id: string; note?: string; paidAt: string | null; settledAt: string | null }']);
  });
  it('a clause then NULL in capitals (`未確定の場合は NULL`), a topic then null (`체험권은 null`)', () => {
    const ja = lines('# 予約', '', '## データ定義', '', table('Slot', '| 項目名 | 物理名 | 型 | 備考 |', '| 枠ID | slotId | 文字列 | |', '| 確定日時 | fixedAt | 日時 | 未確定の場合は NULL |'));
    expect(modelLines(ja)).toEqual(['Slot { slotId: string; fixedAt: string | null }']);
    const ko = lines('# 이용권', '', '## 데이터', '', table('Ticket', '| 필드 | 타입 | 설명 |', '| id | string | |', '| endsAt | datetime | 종료 일시, 체험권은 null |'));
    expect(modelLines(ko)).toEqual(['Ticket { id: string; endsAt: string | null }']);
  });
  it('null with a clause of "unless", "in case of", "if" (`nulo salvo si …`, `null bei …`, `null, solange …`, `null nếu …`)', () => {
    const es = lines('# Pedidos', '', '## Modelo de datos', '', '### Pedido', '', '- `id` (texto)', '- `motivo` (texto, nulo salvo si está anulado)');
    expect(modelLines(es)).toEqual(['Pedido { id: string; motivo: string | null }']);
    const de = lines('# Geräte', '', '## Datenmodell', '', table('Device', '| Feld | Typ | Bemerkung |', '| id | UUID | |', '| ownerId | UUID | `null` bei Lagerware |', '| sentAt | Zeitstempel | `null`, solange nichts verschickt wurde |'));
    expect(modelLines(de)).toEqual(['Device { id: string; ownerId: string | null; sentAt: string | null }']);
    const vi = lines('# Đơn', '', '## Dữ liệu', '', table('Job', '| Trường | Kiểu | Ghi chú |', '| id | string | |', '| doneAt | datetime | null nếu chưa xong |', '| chatId | string | có thể null nếu khách chưa đăng ký |'));
    expect(modelLines(vi)).toEqual(['Job { id: string; doneAt: string | null; chatId: string | null }']);
  });
  it('a note that names null without saying the value may be it, or empty said of text, leaves the field as it is', () => {
    const zh = lines('# 订单', '', '## 数据模型', '', table('Bill', '| 字段 | 类型 | 说明 |', '| id | varchar(32) | 编号，不可为 NULL |', '| userId | varchar(32) | 不能为null |', '| note | varchar(200) | 未填写时为空 |', '| code | varchar(8) | 默认值（null）由系统生成 |'));
    expect(modelLines(zh)).toEqual(['Bill { id: string; userId: string; note: string; code: string }']);
    const ko = lines('# 이용권', '', '## 데이터', '', table('Ticket', '| 필드 | 타입 | 설명 |', '| id | string | |', '| memo | string | null 값은 저장하지 않는다 |'));
    expect(modelLines(ko)).toEqual(['Ticket { id: string; memo: string }']);
  });
});

describe('a list or a boolean told by the type or the note', () => {
  it("MySQL's `tinyint(1)` is a boolean; `tinyint(4)` and `tinyint` stay numbers", () => {
    const zh = lines('# 菜单', '', '## 数据模型', '', table('Dish', '| 字段 | 类型 | 说明 |', '| id | varchar(32) | 编号 |', '| vegan | tinyint(1) | 是否素食 |', '| level | tinyint(4) | 辣度 |', '| rank | tinyint | 排序 |'));
    expect(modelLines(zh)).toEqual(['Dish { id: string; vegan: boolean; level: number; rank: number }']);
  });
  it('a `json` column whose note says it is a list: of the type its member names, or of its example', () => {
    const zh = lines('# 菜单', '', '## 数据模型', '', table('Dish', '| 字段 | 类型 | 说明 |', '| id | varchar(32) | 编号 |', '| labels | json | 标签数组，如 `["清淡", "热销"]` |', '| sideIds | json | 配菜 ID 数组 |', '| sizes | json | 份量数组，如 [1, 2] |', '| extra | json | 扩展信息 |'));
    expect(modelLines(zh)).toEqual(['Dish { id: string; labels: string[]; sideIds: string[]; sizes: number[]; extra: unknown }']);
    const en = lines('# Menu', '', '## Data model', '', table('Dish', '| Field | Type | Notes |', '| id | uuid | |', '| labels | jsonb | array of label names |', '| raw | jsonb | raw payload, e.g. `{"a": [1]}` |'));
    expect(modelLines(en)).toEqual(['Dish { id: string; labels: string[]; raw: unknown }']);
  });
  it('a list of a type word in the plural (`lista de URLs`, `list of IDs`); a plural model name stays a model', () => {
    expect(normalizeFieldType('lista de URLs')).toBe('string[]');
    expect(normalizeFieldType('list of IDs')).toBe('string[]');
    expect(normalizeFieldType('list of Orders')).toBe('Orders[]');
  });
  it('Italian `una tra`, `uno tra` list the values of an enum, after `facoltativo` too; `uno dei motivi` is a phrase', () => {
    const it = lines('# Prenotazioni', '', '## Dati', '', '**Prenotazione**', '- `id` — testo', '- `canale` — uno tra `web`, `telefono`, `sportello`', '- `pagamento` — facoltativo, una tra `pos`, `contanti`', '- `nota` — testo, uno dei motivi della richiesta');
    expect(modelLines(it)).toEqual(['Prenotazione { id: string; canale: "web" | "telefono" | "sportello"; pagamento?: "pos" | "contanti"; nota: string }']);
  });
});

describe('a policy list without modal words, and a question without its mark', () => {
  it('the items under a Korean `정책` heading are rules, whatever their ending (…한다, …된다, …할 수 있다)', () => {
    const md = lines('# 공유 자전거', '', '## 3. 대여 정책', '', '- 대여는 회원만 할 수 있다.', '- 반납하지 않은 자전거는 24시간 후 분실로 처리한다.', '- 연체가 2회 누적되면 계정이 정지된다.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['대여는 회원만 할 수 있다.', '반납하지 않은 자전거는 24시간 후 분실로 처리한다.', '연체가 2회 누적되면 계정이 정지된다.']);
  });
  it('the same items under a heading that names no rules state none; a question under the policy heading is none', () => {
    const bg = lines('# 공유 자전거', '', '## 1. 배경', '', '- 지금은 현장에서만 대여한다.', '- 반납 위치가 자주 바뀐다.');
    expect(ruleRows(bg)).toEqual([]);
    const asked = lines('# 공유 자전거', '', '## 3. 대여 정책', '', '- 비회원도 대여할 수 있게 해야 할까요.', '- 연체료는 지점마다 다르게 받습니까');
    expect(ruleRows(asked)).toEqual([]);
  });
  it('a Japanese or Chinese question ended by a full stop (`…べきでしょうか。`, `…吗。`) is no rule; `…べきである。` is one', () => {
    const ja = lines('# 予約', '', '## 検討事項', '', '- 予約枠は部屋ごとに分けるべきでしょうか。現状は建物単位で管理している。', '- 当日予約も受け付けるべきか。', '', '## 要件', '', '- 予約は前日までに確定すべきである。');
    expect(ruleRows(ja).map((r) => r[2])).toEqual(['予約は前日までに確定すべきである。']);
    const zh = lines('# 预约', '', '## 需求', '', '- 预约是否必须提前一天完成吗。', '- 预约必须提前一天完成。');
    expect(ruleRows(zh).map((r) => r[2])).toEqual(['预约必须提前一天完成。']);
  });
});
