import { describe, expect, it } from 'vitest';
import { mergedModels } from '../testing/extract.js';
import { normalizeFieldType } from './field-types.js';
import { modelNameFromHeading } from './names.js';

/** Extraction round 3, models and field types: shapes of PRDs the fixtures did not have. */
const models = mergedModels;
const shapes = (md: string) =>
  models(md)
    .map((m) => `${m.name}: ${m.fields.map((f) => `${f.name}${f.optional ? '?' : ''}:${f.type}`).join(', ')}`)
    .sort();
const fieldOf = (md: string, model: string, field: string) => models(md).find((m) => m.name === model)?.fields.find((f) => f.name === field);

describe('headings that decorate or translate a model name', () => {
  it('drops emoji before the name ("📦 Workspace", "🕑 Revision")', () => {
    expect(modelNameFromHeading('📦 Workspace')).toBe('Workspace');
    expect(modelNameFromHeading('🗂️ Revision')).toBe('Revision');
    const md = '## 🗃️ Data model\n\n### 📦 Workspace\n\n| Property | Type |\n| --- | --- |\n| id | UUID |\n| name | Text |\n';
    expect(shapes(md)).toEqual(['Workspace: id:string, name:string']);
  });

  it('takes the code name in parentheses after a name in another script ("会员（Member）", "会議室 (Room)")', () => {
    expect(modelNameFromHeading('3.1 会员（Member）')).toBe('Member');
    expect(modelNameFromHeading('会議室 (Room)')).toBe('Room');
    expect(modelNameFromHeading('用户表（users）')).toBe('User');
  });

  it('keeps a Latin name with a note in parentheses, and still names nothing for a topic', () => {
    expect(modelNameFromHeading('Book (table `books`)')).toBe('Book');
    expect(modelNameFromHeading('Order (v2)')).toBe('Order');
    expect(modelNameFromHeading('🗃️ Data model')).toBeUndefined();
    expect(modelNameFromHeading('数据模型 (overview)')).toBeUndefined();
  });
});

describe('field table headers and flags in other languages', () => {
  it('reads 字段名 / 是否必填 with 是/否, 項目名 / 必須 with ○/×, Datentyp / Pflichtfeld with ja/nein', () => {
    const zh = '## 数据模型\n\n### 会员（Member）\n\n| 字段名 | 类型 | 是否必填 | 说明 |\n|---|---|---|---|\n| id | bigint | 是 | 主键 |\n| nickname | varchar(50) | 否 | 昵称 |\n';
    expect(shapes(zh)).toEqual(['Member: id:number, nickname?:string']);
    const ja = '## データ設計\n\n### 会議室 (Room)\n\n| 項目名 | 型 | 必須 | 備考 |\n|---|---|---|---|\n| roomId | string | ○ | 主キー |\n| floor | integer | × | |\n';
    expect(shapes(ja)).toEqual(['Room: roomId:string, floor?:number']);
    const de = '## Datenmodell\n\n### Kunde\n\n| Attribut | Datentyp | Pflichtfeld |\n|---|---|---|\n| kundennummer | String | ja |\n| geburtsdatum | Datum | nein |\n';
    expect(shapes(de)).toEqual(['Kunde: kundennummer:string, geburtsdatum?:string']);
  });

  it('reads a ✅ Required column: an empty cell is optional', () => {
    const md = '## Data\n\n### Workspace\n\n| Property | Type | Required |\n| --- | --- | --- |\n| id | UUID | ✅ |\n| logoUrl | URL | |\n';
    expect(shapes(md)).toEqual(['Workspace: id:string, logoUrl?:string']);
  });

  it('reads a Nullable column as T | null, not as optional', () => {
    const md = '## Data Dictionary\n\n### Table: `invoice`\n\n| Column Name | Data Type | Nullable |\n|---|---|---|\n| invoice_id | BIGINT | N |\n| paid_at | TIMESTAMP | Y |\n| note | | Y |\n';
    expect(fieldOf(md, 'Invoice', 'invoice_id')).toEqual({ name: 'invoice_id', type: 'number', optional: false });
    expect(fieldOf(md, 'Invoice', 'paid_at')).toEqual({ name: 'paid_at', type: 'string | null', optional: false });
    expect(fieldOf(md, 'Invoice', 'note')).toMatchObject({ type: 'string | null', optional: false });
    // A Required column still makes a "no" optional, without | null.
    const req = '## Data\n\n### Invoice\n\n| Field | Type | Required |\n|---|---|---|\n| memo | text | no |\n';
    expect(fieldOf(req, 'Invoice', 'memo')).toEqual({ name: 'memo', type: 'string', optional: true });
  });

  it('does not read a table without a field column, or a yes/no column of another meaning', () => {
    expect(shapes('## Datenmodell\n\n### Kunde\n\n| Thema | Datentyp | Pflichtfeld |\n|---|---|---|\n| Zahlungen | Datum | ja |\n')).toEqual([]);
    const md = '## Data\n\n### Invoice\n\n| Field | Type | Indexed |\n|---|---|---|\n| id | uuid | nein |\n| total | number | ja |\n';
    expect(shapes(md)).toEqual(['Invoice: id:string, total:number']);
  });
});

describe('type words', () => {
  it('reads the type words of other languages and of no-code tools', () => {
    for (const [word, type] of [
      ['Datum', 'string'], ['Dezimalzahl', 'number'], ['Ganzzahl', 'number'], ['Wahrheitswert', 'boolean'], ['texto', 'string'], ['entero', 'number'],
      ['booleano', 'boolean'], ['字符串', 'string'], ['整数', 'number'], ['日期', 'string'], ['文字列', 'string'], ['真偽値', 'boolean'],
      ['Checkbox', 'boolean'], ['Rich text', 'string'], ['timestamp with time zone', 'string'], ['TIME WITHOUT TIME ZONE', 'string'],
    ] as const) {
      expect(normalizeFieldType(word), word).toBe(type);
    }
  });

  it('leaves a model reference and unknown words alone', () => {
    expect(normalizeFieldType('Customer')).toBe('Customer');
    expect(normalizeFieldType('Status')).toBe('Status');
    expect(normalizeFieldType('Data')).toBe('Data');
    expect(normalizeFieldType('timestamp with zones')).toBe('unknown');
  });

  it('reads bracketed enum lists and bare lower-case unions as string literals', () => {
    const md = '## Data model\n\n### Podcast\n\n- `id`: UUID\n- `status`: enum [active, paused, broken]\n- `kind` (enum [audio, video])\n- `mode`: on | off | auto\n';
    expect(fieldOf(md, 'Podcast', 'status')?.type).toBe('"active" | "paused" | "broken"');
    expect(fieldOf(md, 'Podcast', 'kind')?.type).toBe('"audio" | "video"');
    expect(fieldOf(md, 'Podcast', 'mode')?.type).toBe('"on" | "off" | "auto"');
    const table = "## Data model\n\n### Invoice\n\n| Column | Type |\n|---|---|\n| state | ENUM('open','paid','void') |\n| note | varchar(40) |\n";
    expect(shapes(table)).toEqual(['Invoice: state:"open" | "paid" | "void", note:string']);
  });

  it('keeps unions of types or models as they were', () => {
    expect(normalizeFieldType('string | number')).toBe('unknown');
    expect(normalizeFieldType('User | Team')).toBe('unknown');
    expect(normalizeFieldType('string | null')).toBe('string | null');
    expect(normalizeFieldType('json | blob')).toBe('unknown');
  });

  it('reads the notes of an enum-only type cell as its values ("enum | draft, sent", "Select | Free, Pro", "枚举 | 普通/金卡")', () => {
    const md = '## Data model\n\n### Invoice\n\n| Field | Type | Notes |\n|---|---|---|\n| status | enum | draft, sent, paid |\n| plan | Select | Free, Pro, Team |\n| level | 枚举 | 普通/银卡/金卡 |\n| code | varchar | open, paid, void |\n| kind | enum | set by the worker |\n';
    expect(fieldOf(md, 'Invoice', 'status')?.type).toBe('"draft" | "sent" | "paid"');
    expect(fieldOf(md, 'Invoice', 'plan')?.type).toBe('"Free" | "Pro" | "Team"');
    expect(fieldOf(md, 'Invoice', 'level')?.type).toBe('"普通" | "银卡" | "金卡"');
    // Only an enum type takes a bare list from its notes; a sentence is no list.
    expect(fieldOf(md, 'Invoice', 'code')?.type).toBe('string');
    expect(fieldOf(md, 'Invoice', 'kind')?.type).toBe('string');
  });
});

describe('schema code of other languages', () => {
  it('reads protobuf messages: optional, repeated, map, well-known types', () => {
    const md = '## Objects\n\n```protobuf\nsyntax = "proto3";\nmessage PairingGrant {\n  string grant_id = 1;\n  optional string nickname = 2;\n  repeated string scopes = 3;\n  int64 expires_at = 4;\n  bool revocable = 5;\n  map<string, int32> counts = 6;\n  google.protobuf.Timestamp created_at = 7;\n  Device device = 8;\n}\n```\n';
    expect(shapes(md)).toEqual(['PairingGrant: grant_id:string, nickname?:string, scopes:string[], expires_at:number, revocable:boolean, counts:unknown, created_at:string, device:Device']);
  });

  it('reads no model from a protobuf service or enum', () => {
    const md = '## API\n\n```proto\nservice Pairing {\n  rpc Pair (PairingRequest) returns (PairingGrant);\n}\nenum State {\n  STATE_UNSPECIFIED = 0;\n  ACTIVE = 1;\n}\n```\n';
    expect(shapes(md)).toEqual([]);
  });

  it('reads Mermaid erDiagram entities with their attributes, and entities only named in relationships', () => {
    const md = '## Data\n\n```mermaid\nerDiagram\n    DRIVER ||--o{ RIDE : offers\n    RIDE }o..|| STATION : "leaves from"\n    DRIVER {\n        string id PK\n        int seats "max 8"\n    }\n    RIDE {\n        string driver_id FK\n        datetime departs_at\n        float price\n    }\n```\n';
    expect(shapes(md)).toEqual(['Driver: id:string, seats:number', 'Ride: driver_id:string, departs_at:string, price:number', 'Station: ']);
  });

  it('reads nothing from other Mermaid diagrams', () => {
    expect(shapes('## Data\n\n```mermaid\nflowchart TD\n    A[Order] --> B{Paid?}\n```\n')).toEqual([]);
    // A classDiagram's classes with attributes are models (round8-models.test.ts); a state diagram's states are none.
    expect(shapes('## Data\n\n```mermaid\nstateDiagram-v2\n    state Paid {\n        [*] --> Settled\n        Settled : string id\n    }\n```\n')).toEqual([]);
  });

  it('reads DBML tables: pk and not null are required', () => {
    const md = '## Data\n\n```dbml\nTable station {\n  id int [pk, increment]\n  name varchar [not null]\n  line varchar\n  note text // free text\n}\n```\n';
    expect(shapes(md)).toEqual(['Station: id:number, name:string, line?:string, note?:string']);
  });

  it('reads pydantic models and dataclasses: Optional is nullable, = None optional, list[str] an array, Literal a union', () => {
    const md = "## Objects\n\n```python\nfrom pydantic import BaseModel\n\nclass Hub(BaseModel):\n    hub_id: str\n    online: bool = False\n    last_seen: Optional[datetime] = None\n    rooms: List[str] = []\n    mode: Literal['eco', 'boost']\n    owner: UUID | None\n\n    def is_up(self) -> bool:\n        return self.online\n\n@dataclass\nclass Room:\n    name: str\n    size: int\n```\n";
    expect(shapes(md)).toEqual(['Hub: hub_id:string, online:boolean, last_seen?:string | null, rooms:string[], mode:"eco" | "boost", owner:string | null', 'Room: name:string, size:number']);
  });

  it('reads no model from a Python class that is not a data class, or from script code', () => {
    const md = '## Notes\n\n```python\nclass PairingError(Exception):\n    code: int = 400\n\nclass Worker:\n    queue: str\n\nresult: dict = run()\n```\n';
    expect(shapes(md)).toEqual([]);
  });
});

describe('a type cell that only points at another model', () => {
  it('gives the field the type its name says ("Relation → Workspace", "FK → Driver", "Link to Member")', () => {
    const md = '## Data\n\n### WikiPage\n\n| Property | Type |\n| --- | --- |\n| workspaceId | Relation → Workspace |\n| driverId | FK -> Driver |\n| memberIds | Link to Member |\n| owner | Relation |\n| label | Text |\n';
    expect(shapes(md)).toEqual(['WikiPage: workspaceId:string, driverId:string, memberIds:string[], owner:string, label:string']);
  });

  it('keeps a model name or a written type as the type', () => {
    const md = '## Data\n\n### WikiPage\n\n| Field | Type |\n| --- | --- |\n| workspace | Workspace |\n| refCount | integer |\n| linkUrl | URL |\n';
    expect(shapes(md)).toEqual(['WikiPage: workspace:Workspace, refCount:number, linkUrl:string']);
  });
});

describe('headings with an article, and headings of a call\'s parts', () => {
  const table = '| Name | Type | Required |\n|---|---|---|\n| title | string | yes |\n| priority | string | no |\n';
  it('drops a leading article ("The Session object", "A Ticket")', () => {
    expect(modelNameFromHeading('The Session object')).toBe('Session');
    expect(modelNameFromHeading('3.2. An Invoice')).toBe('Invoice');
    expect(shapes(`## Data model\n\n### The Session object\n\n- \`session_id\` (string, REQUIRED): opaque id.\n- \`expires_at\` (integer, OPTIONAL): unix time.\n`)).toEqual(['Session: session_id:string, expires_at?:number']);
  });

  it('reads no model from the field table of a request body, parameters or headers', () => {
    for (const h of ['Request body', 'Response body', 'Query parameters', 'Parameters', 'Headers', 'Request fields']) {
      expect(shapes(`## API\n\n### POST /api/tickets\n\n#### ${h}\n\n${table}`), h).toEqual([]);
    }
    // A caption naming the body keeps the table from the heading's model.
    expect(shapes(`## Data model\n\n### Ticket\n\n- \`id\`: uuid\n- \`title\`: string\n\nRequest body:\n\n${table}`)).toEqual(['Ticket: id:string, title:string']);
  });

  it('still reads a model named Request or Response, and a name that starts with a letter A or "The"', () => {
    for (const name of ['Response', 'Request', 'Apple', 'Theme', 'Another']) {
      expect(shapes(`## Data model\n\n### ${name}\n\n${table}`), name).toEqual([`${name}: title:string, priority?:string`]);
    }
  });
});
