/**
 * Model and field misses found by a ninth round of reading held-out PRDs: tables named by a
 * toggle's summary or by their field column's header, what a required column and a type cell say in
 * other notations and languages. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const fieldTable = (heading: string, header: string, rows: string[], before: string[] = []) =>
  modelLines(['# Clinic', '', `## ${heading}`, '', ...before, header, '|' + header.split('|').slice(1, -1).map(() => '---|').join(''), ...rows].join('\n'));

describe('a table of fields named by what stands over it', () => {
  const toggle = (summary: string) =>
    modelLines(['# Feedback board', '', '## Data model', '', '<details>', `<summary>${summary}</summary>`, '', '| Property | Type | Notes |', '|---|---|---|', '| id | Text (uuid) | |', '| isPrivate | Checkbox | |', '| status | Select: open, planned, done | default open |', '', '</details>'].join('\n'));
  it("a toggle's `<summary>` right above the table (Notion, GitHub) names its model", () => {
    expect(toggle('Board')).toEqual(['Board { id: string; isPrivate: boolean; status: "open" | "planned" | "done" }']);
    expect(toggle('<b>Post</b>')).toEqual(['Post { id: string; isPrivate: boolean; status: "open" | "planned" | "done" }']);
  });
  it("Notion's property types: `Multi-select` (with its options or not) is a list of strings, `Created time` a string", () => {
    const rows = ['| tags | Multi-select: ui, api | |', '| labels | Multi-select | |', '| created | Created time | |', '| edited | Last edited time | |'];
    expect(fieldTable('Task', '| Property | Type | Notes |', rows)).toEqual(['Task { tags: string[]; labels: string[]; created: string; edited: string }']);
    expect(fieldTable('Task', '| Property | Type | Notes |', ['| kind | Select: bug, idea | |', '| owner | Person | |'])).toEqual(['Task { kind: "bug" | "idea"; owner: Person }']);
  });
  it('a relation names its model in the singular, after an arrow or in parentheses; a key field stays a string', () => {
    const rows = ['| id | Text | |', '| board | Relation → Boards | |', '| authors | Relation (Users) | |', '| boardId | Relation (Board) | |'];
    expect(fieldTable('Post', '| Property | Type | Notes |', rows)).toEqual(['Post { id: string; board: Board; authors: User[]; boardId: string }']);
  });
  it("a summary that names a part of a call, a topic, or the toggle itself names no model", () => {
    expect(toggle('Request body')).toEqual([]);
    expect(toggle('Data model')).toEqual([]);
    expect(toggle('Click to expand')).toEqual([]);
  });
  it('`| Subscription field | Type |`: the field column header names the model', () => {
    const rows = ['| `id` | string | |', '| `status` | `trialing` \\| `active` | |', '| `currentPeriodEnd` | ISO-8601 string | |'];
    expect(fieldTable('Data shapes', '| Subscription field | Type | Notes |', rows)).toEqual(['Subscription { id: string; status: "trialing" | "active"; currentPeriodEnd: string }']);
  });
  it('a header whose words say which fields, not whose (`Key field`, `Request field`), names no model', () => {
    const rows = ['| `id` | string | |', '| `total` | integer | |'];
    expect(fieldTable('Data shapes', '| Key field | Type | Notes |', rows)).toEqual([]);
    expect(fieldTable('Data shapes', '| Request field | Type | Notes |', rows)).toEqual([]);
  });
});

describe("a caption or heading that names a model's fields", () => {
  const captioned = (caption: string) => modelLines(['# Billing', '', '## Data shapes', '', caption, '', '| Field | Type |', '|---|---|', '| id | string |', '| total | integer |'].join('\n'));
  it('`**Subscription fields**`, `Invoice columns:` name the model, not a model of its fields', () => {
    expect(captioned('**Subscription fields**')).toEqual(['Subscription { id: string; total: number }']);
    expect(captioned('Invoice columns:')).toEqual(['Invoice { id: string; total: number }']);
  });
  it('words that say which fields (`Custom fields`) keep naming a thing of their own', () => {
    expect(captioned('**Custom fields**')).toEqual(['CustomField { id: string; total: number }']);
  });
});

describe('what a required column says', () => {
  it('`Required?` is a required column: "No" leaves the field optional', () => {
    expect(fieldTable('Clinic', '| Field | Type | Required? |', ['| id | text (uuid) | Yes |', '| phone | text | No |'])).toEqual(['Clinic { id: string; phone?: string }']);
  });
  it('a minus sign (−, －) in a 必須 column says no; ○ says yes', () => {
    expect(fieldTable('Equipment（備品）', '| 項目名 | 型 | 必須 |', ['| id | string | ○ |', '| location | string | − |', '| note | string | － |'])).toEqual(['Equipment { id: string; location?: string; note?: string }']);
  });
});

describe('a type cell', () => {
  const types = (rows: string[]) => fieldTable('Slot', '| Field | Type | Notes |', ['| id | uuid | |', ...rows]);
  it('that lists enum values, one of them a word that says a row is gone (`retired`), keeps its row', () => {
    expect(types(['| status | enum (available / on_loan / retired) | |'])).toEqual(['Slot { id: string; status: "available" | "on_loan" | "retired" }']);
  });
  it('a row whose notes, or a type cell that lists no values, say it is gone is still left out', () => {
    expect(types(['| legacyCode | string | deprecated, not built |', '| oldRef | string (deprecated) | |'])).toEqual(['Slot { id: string }']);
  });
  it('full-width parentheses hold values or a note (`enum（a / b）`, `datetime（null可）`)', () => {
    expect(types(['| status | enum（available / on_loan） | |', '| returnedAt | datetime（null可） | |'])).toEqual(['Slot { id: string; status: "available" | "on_loan"; returnedAt: string | null }']);
  });
  it('in French: `date-heure`, `liste de textes`, `énumération : a, b`; a pair of words that disagree, or a list of what no type word names, stays unknown', () => {
    expect(types(['| debut | date-heure | |', '| competences | liste de textes | |', '| statut | énumération : `confirmee`, `attente` | |'])).toEqual(['Slot { id: string; debut: string; competences: string[]; statut: "confirmee" | "attente" }']);
    expect(types(['| mix | texte-entier | |', '| wishes | liste de souhaits | |'])).toEqual(['Slot { id: string; mix: unknown; wishes: unknown[] }']);
  });
  it('more type words of other languages: `chaîne de caractères`, `nombre décimal`, `enumeración: a, b`, `文字列の配列`, `字符串数组`, a note `可为空`', () => {
    expect(types(['| nom | chaîne de caractères | |', '| prix | nombre décimal | |', '| estado | enumeración: pendiente, pagado | |'])).toEqual(['Slot { id: string; nom: string; prix: number; estado: "pendiente" | "pagado" }']);
    expect(types(['| tags | 文字列の配列 | |', '| labels | 字符串数组 | |', '| at | 日期时间 | 可为空 |'])).toEqual(['Slot { id: string; tags: string[]; labels: string[]; at: string | null }']);
  });
  it('a list word after what is no type word stays unknown (`顧客リスト`)', () => {
    expect(types(['| clients | 顧客リスト | |'])).toEqual(['Slot { id: string; clients: unknown }']);
  });
  it('a type word after a name with a number in it (`ISO-8601 string`, `64-bit integer`); after a capitalised phrase it is none', () => {
    expect(types(['| at | ISO-8601 string | |', '| size | 64-bit integer | |', '| owner | Customer Name | |'])).toEqual(['Slot { id: string; at: string; size: number; owner: unknown }']);
  });
  it('`array of strings`, `array[Line]` (MSON) and `enum[string]` read as types', () => {
    expect(types(['| tags | array of strings | |', '| lines | array[Line] | |', '| kind | enum[string] | |'])).toEqual(['Slot { id: string; tags: string[]; lines: Line[]; kind: string }']);
  });
});

const codeBlock = (lang: string, body: string[]) => modelLines(['# Fleet', '', '## Wire types', '', '```' + lang, ...body, '```'].join('\n'));

describe('enums code writes as typed constants and choice classes', () => {
  it('Go: a string type with typed constants of its own (`const ( DeviceOnline DeviceStatus = "online" … )`) is the union of their values', () => {
    const body = ['type DeviceStatus string', '', 'const (', '\tDeviceOnline  DeviceStatus = "online"', '\tDeviceOffline DeviceStatus = "offline"', ')', '', 'const ChannelBeta Channel = "beta"', '', 'type Device struct {', '\tID     string       `json:"id"`', '\tStatus DeviceStatus `json:"status"`', '\tPast   []DeviceStatus `json:"past"`', '}'];
    expect(codeBlock('go', body)).toEqual(['Device { id: string; status: "online" | "offline"; past: unknown[] }']);
  });
  it('Go: an int type counted with iota, or a string type with one constant, stays its base type', () => {
    const body = ['type Level int', '', 'const (', '\tLow Level = iota', '\tHigh', ')', '', 'type Tier string', '', 'const TierFree Tier = "free"', '', 'type Plan struct {', '\tLevel Level `json:"level"`', '\tTier  Tier  `json:"tier"`', '}'];
    expect(codeBlock('go', body)).toEqual(['Plan { level: number; tier: string }']);
  });
  it('Django: `choices=Status.choices` names a `TextChoices` class nested in the model; `choices=[("a", "A"), …]` lists them inline', () => {
    const body = ['class Lease(models.Model):', '    class Status(models.TextChoices):', '        DRAFT = "draft"', '        ACTIVE = "active"', '', '    unit = models.CharField(max_length=10)', '    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)', '    size = models.CharField(max_length=1, choices=[("s", "Small"), ("m", "Medium")])'];
    expect(codeBlock('python', body)).toEqual(['Lease { unit: string; status: "draft" | "active"; size: "s" | "m" }']);
  });
  it('Django: a choices list the module declares at its top level, on one line or several', () => {
    const body = ['STATUS_CHOICES = [', '    ("open", "Open"),', '    ("closed", "Closed"),', ']', '', 'class Ticket(models.Model):', '    status = models.CharField(max_length=10, choices=STATUS_CHOICES)', '    level = models.IntegerField(choices=[(1, "Low"), (2, "High")])'];
    expect(codeBlock('python', body)).toEqual(['Ticket { status: "open" | "closed"; level: number }']);
  });
  it("pydantic: `Annotated[T, Field(…)]` is T, constrained types (`conint`, `constr`, `conlist`) and named ones (`PositiveInt`) their base; a default after `=` is read past brackets", () => {
    const body = ['class Item(BaseModel):', '    name: Annotated[str, Field(max_length=40)] = "x"  # shown', '    qty: conint(ge=0)', '    code: constr(max_length=10) | None = None', '    tags: conlist(str, min_length=1)', '    owner_id: PositiveInt', '    model_config = ConfigDict(from_attributes=True)', '', '    def label(self) -> str:', '        return self.name'];
    expect(codeBlock('python', body)).toEqual(['Item { name: string; qty: number; code?: string | null; tags: string[]; owner_id: number }']);
  });
  it("a nested class's body (`class Meta:`) is no field of the model; choices the block does not declare leave a string", () => {
    const body = ['class Lease(models.Model):', '    unit = models.CharField(max_length=10, choices=UNITS)', '', '    class Meta:', '        ordering: list = ["-id"]', '        verbose_name = "lease"', '    note = models.TextField()'];
    expect(codeBlock('python', body)).toEqual(['Lease { unit: string; note: string }']);
  });
});

describe('an outline block of models in columns', () => {
  const outline = (body: string[]) => modelLines(['# Expenses', '', '## Data, fat-marker level', '', '```', ...body, '```'].join('\n'));
  it('`name   type` lines under a name line are its fields; `one of a / b, nullable` is a union that may be null', () => {
    const body = ['Receipt', '  id            uuid', '  merchant      text, nullable (empty until OCR returns)', '  category      one of fuel / parking / other, nullable', '', 'ExpenseReport', '  status        draft / submitted / approved', '  totalCents\tinteger'];
    expect(outline(body)).toEqual(['ExpenseReport { status: "draft" | "submitted" | "approved"; totalCents: number }', 'Receipt { id: string; merchant: string | null; category: "fuel" | "parking" | "other" | null }']);
  });
  it('columns of prose, or a name and a word after one space, are no fields', () => {
    expect(outline(['Receipt', '  merchant      who sold it', '  total         what was paid'])).toEqual([]);
    expect(outline(['Receipt', '  id uuid', '  total integer'])).toEqual([]);
    expect(outline(['Invoice', '  number      string', '  status      Paid', '  customer    Acme'])).toEqual([]);
  });
  it('a third column after another gap holds notes: nullable, optional, an enum; a note that is prose leaves the type as written', () => {
    const body = ['Receipt', '  id          uuid        primary key', '  merchant    text        from OCR, nullable', '  category    text        one of fuel, meals', '  memo        text        optional'];
    expect(outline(body)).toEqual(['Receipt { id: string; merchant: string | null; category: "fuel" | "meals"; memo?: string }']);
  });
  it('in columns, a capitalised type is a model of the block', () => {
    expect(outline(['Order', '  id       uuid', '  owner    Customer', '', 'Customer', '  id       uuid', '  name     text'])).toEqual(['Customer { id: string; name: string }', 'Order { id: string; owner: Customer }']);
  });
});

describe("API Blueprint's data structures (MSON)", () => {
  const structures = (body: string[]) => modelLines(['FORMAT: 1A', '', '# Stockroom', '', '# Data Structures', '', ...body].join('\n'));
  it('each `## Name (object)` is a model: a property is `+ name: sample (type, attributes)`, an enum its `+ Members`, `array[T]` a list', () => {
    const body = ['## StockLevel (object)', '+ sku: SKU-4411 (string, required)', '+ on_hand: 40 (number, required)', '+ reorder_point: 10 (number, required, nullable)', '+ note (string, optional) - free text', '', '## Transfer (object)', '+ id: tr_7 (string, required)', '+ status (enum[string], required)', '    + Members', '        + draft', '        + dispatched', '+ lines (array[TransferLine], required)'];
    expect(structures(body)).toEqual(['StockLevel { sku: string; on_hand: number; reorder_point: number | null; note?: string }', 'Transfer { id: string; status: "draft" | "dispatched"; lines: TransferLine[] }']);
  });
  it('`+ Attributes (Warehouse)` and a note in parentheses are no property; an object property\'s own properties are not the model\'s', () => {
    const body = ['## Site (object)', '+ Attributes (Warehouse)', '+ name: Berlin (the main site)', '+ id: s_1 (string, required)', '+ address (object, required)', '    + street: Main St 1 (string)', '    + city: Berlin (string)', '+ open: true (boolean)'];
    expect(structures(body)).toEqual(['Site { id: string; address: unknown; open: boolean }']);
  });
  it("a request's `+ Attributes` under an endpoint gives no model", () => {
    const doc = ['FORMAT: 1A', '', '# Group Warehouses', '', '## Warehouses [/v1/warehouses]', '', '### Create a Warehouse [POST]', '', '+ Request (application/json)', '    + Attributes', '        + name: Berlin DC (string, required)', '        + capacity: 1200 (number, required)'];
    expect(modelLines(doc.join('\n'))).toEqual([]);
  });
});

describe('tables a web framework declares in code', () => {
  it('Rails: `create_table` is a model; a column without `null: false` may be null; `references` is the key column, `timestamps` its two columns', () => {
    const body = ['create_table :invoices do |t|', '  t.string :number, null: false', '  t.integer :total_cents, null: false # in cents', '  t.datetime :paid_at', '  t.references :customer, null: false, foreign_key: true', '  t.string :tags, array: true, null: false', '  t.index :number, unique: true', '  t.timestamps', 'end'];
    expect(codeBlock('ruby', body)).toEqual(['Invoice { id: number; number: string; total_cents: number; paid_at: string | null; customer_id: number; tags: string[]; created_at: string; updated_at: string }']);
  });
  it('Rails: a migration that only changes a table (`add_column`) gives no model', () => {
    expect(codeBlock('ruby', ['class AddPaidAtToInvoices < ActiveRecord::Migration[7.1]', '  def change', '    add_column :invoices, :paid_at, :datetime', '  end', 'end'])).toEqual([]);
  });
  it('Laravel: `Schema::create` is a model; a column is not null unless `->nullable()`; `enum` lists its values', () => {
    const body = ["Schema::create('tickets', function (Blueprint $table) {", '    $table->id();', "    $table->string('title', 120);", "    $table->enum('priority', ['low', 'high'])->default('low');", "    $table->text('body')->nullable();", "    $table->foreignId('user_id')->constrained();", "    $table->index('title');", '    $table->timestamps();', '});'];
    expect(codeBlock('php', body)).toEqual(['Ticket { id: number; title: string; priority: "low" | "high"; body: string | null; user_id: number; created_at: string | null; updated_at: string | null }']);
  });
  it('Laravel: `Schema::table` changes a table and gives no model', () => {
    expect(codeBlock('php', ["Schema::table('tickets', function (Blueprint $table) {", "    $table->string('status');", '});'])).toEqual([]);
  });
  it('Ecto: `schema "posts"` is a model; `Ecto.Enum` the union of its values, `belongs_to` the model it points at', () => {
    const body = ['defmodule Blog.Post do', '  use Ecto.Schema', '', '  schema "posts" do', '    field :title, :string', '    field :status, Ecto.Enum, values: [:draft, :published]', '    field :tags, {:array, :string}', '    belongs_to :author, Blog.User', '    timestamps()', '  end', 'end'];
    expect(codeBlock('elixir', body)).toEqual(['Post { title: string; status: "draft" | "published"; tags: string[]; author: User; inserted_at: string; updated_at: string }']);
  });
  it('Mongoose: a `Schema` named by its variable or `model()` call; a path is optional unless required or given a default; `enum`, `ref` and `[String]` read; `timestamps: true` adds its two fields', () => {
    const body = ['const orderSchema = new mongoose.Schema({', '  number: { type: String, required: true },', "  status: { type: String, enum: ['open', 'paid'], default: 'open' },", '  total: Number,', "  customer: { type: Schema.Types.ObjectId, ref: 'Customer', required: true },", '  tags: [String],', '  address: { street: String, city: String },', '}, { timestamps: true });', "export const Order = mongoose.model('Order', orderSchema);"];
    expect(codeBlock('js', body)).toEqual(['Order { number: string; status: "open" | "paid"; total?: number; customer: Customer; tags?: string[]; address?: unknown; createdAt: string; updatedAt: string }']);
  });
  it('Sequelize: `sequelize.define` and `X.init` of a `class X extends Model`; a column may be null unless `allowNull: false`', () => {
    const body = ['class User extends Model {}', 'User.init({', '  email: { type: DataTypes.STRING, allowNull: false },', "  role: { type: DataTypes.ENUM('admin', 'member'), allowNull: false },", '  bio: DataTypes.TEXT,', '}, { sequelize });'];
    expect(codeBlock('js', body)).toEqual(['User { email: string; role: "admin" | "member"; bio: string | null }']);
  });
  it("a library's `init({ … })` or a `Schema` with no name is no model", () => {
    expect(codeBlock('js', ["Sentry.init({ dsn: 'https://x@sentry.io/1', tracesSampleRate: 0.1 });"])).toEqual([]);
    expect(codeBlock('js', ['export default new Schema({ name: String });'])).toEqual([]);
  });
});

describe('tables a JavaScript query builder declares', () => {
  it("Drizzle: `pgTable('users', { … })` is a model; null unless `.notNull()` or `.primaryKey()`; an enum of the block is its union; `.array()` a list", () => {
    const body = ["export const roleEnum = pgEnum('role', ['admin', 'member']);", "export const users = pgTable('users', {", "  id: uuid('id').primaryKey().$defaultFn(() => createId()),", "  email: varchar('email', { length: 256 }).notNull(),", "  role: roleEnum('role').notNull(),", "  tags: text('tags').array().notNull(),", "  bio: text('bio'),", "  createdAt: timestamp('created_at').default(sql`now()`).notNull(),", '});'];
    expect(codeBlock('ts', body)).toEqual(['User { id: string; email: string; role: "admin" | "member"; tags: string[]; bio: string | null; createdAt: string }']);
  });
  it('Knex: `createTable` is a model; null unless `.notNullable()`; `enu` lists its values', () => {
    const body = ['exports.up = (knex) =>', "  knex.schema.createTable('projects', (table) => {", "    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));", "    table.string('name', 80).notNullable();", "    table.enu('state', ['open', 'closed']).notNullable();", "    table.text('notes');", "    table.index(['name']);", '    table.timestamps(true, true);', '  });'];
    expect(codeBlock('js', body)).toEqual(['Project { id: string; name: string; state: "open" | "closed"; notes: string | null; created_at: string; updated_at: string }']);
  });
  it('a table altered (`alterTable`, `.table(`) or a call that only looks like a table gives no model', () => {
    expect(codeBlock('js', ["knex.schema.alterTable('projects', (table) => {", "  table.string('owner');", '});'])).toEqual([]);
    expect(codeBlock('js', ["const rows = db.select().from(usersTable).where(eq(usersTable.id, 1));"])).toEqual([]);
  });
});

describe('more type cell notations', () => {
  const types = (rows: string[]) => fieldTable('Slot', '| Field | Type | Notes |', ['| id | uuid | |', ...rows]);
  it('values joined by "or", or in brackets (`draft or sent`, `[draft, sent]`, `enum (DRAFT | SENT)`) are a union; `yes or no` is a boolean', () => {
    expect(types(['| a | draft or sent | |', '| b | draft, sent or paid | |', '| c | [draft, sent] | |', '| d | enum (DRAFT \\| SENT) | |', '| e | yes or no | |'])).toEqual(['Slot { id: string; a: "draft" | "sent"; b: "draft" | "sent" | "paid"; c: "draft" | "sent"; d: "DRAFT" | "SENT"; e: boolean }']);
  });
  it('type words joined by "or" are their type when they agree, else unknown; a list of words of a phrase (`list of strings`) stays a list', () => {
    expect(types(['| a | date or datetime | |', '| b | string or number | |', '| c | list of strings | |'])).toEqual(['Slot { id: string; a: string; b: unknown; c: string[] }']);
  });
  it('a type word after a standard (`ISO 8601 date`, `URL string`), before a list word or a unit (`string array`, `integer cents`), or a noun that names a string (`email address`, `currency code`)', () => {
    expect(types(['| a | ISO 8601 date | |', '| b | URL string | |', '| c | string array | |', '| d | integer cents | |', '| e | email address | |', '| f | ISO 4217 code | |', '| g | float64 | |', '| h | ?string | |'])).toEqual(['Slot { id: string; a: string; b: string; c: string[]; d: number; e: string; f: string; g: number; h: string | null }']);
  });
  it('a capitalised phrase, a list of a model in words, or a type with a word that opens another type stays unknown', () => {
    expect(types(['| a | Customer Name | |', '| b | order list | |', '| c | string map | |', '| d | text messages | |', '| e | the code | |'])).toEqual(['Slot { id: string; a: unknown; b: unknown; c: unknown; d: unknown; e: unknown }']);
  });
});

describe('a Rails enum over its column', () => {
  it('`enum status: { draft: 0, sent: 1 }` or `enum :kind, [:a, :b]` in the model under its schema comment (or beside a migration) is the union of its keys', () => {
    const body = ['# == Schema Information', '#', '# Table name: invoices', '#', '#  id      :bigint           not null, primary key', '#  status  :integer          default("draft"), not null', '#  kind    :string', '#', 'class Invoice < ApplicationRecord', '  enum status: { draft: 0, sent: 1, paid: 2 }', '  enum :kind, [:one_off, :recurring]', 'end'];
    expect(codeBlock('ruby', body)).toEqual(['Invoice { id: number; status: "draft" | "sent" | "paid"; kind: "one_off" | "recurring" | null }']);
    expect(codeBlock('ruby', ['create_table :invoices do |t|', '  t.integer :status, null: false', 'end', '', 'class Invoice < ApplicationRecord', '  enum status: { draft: 0, sent: 1 }', 'end'])).toEqual(['Invoice { id: number; status: "draft" | "sent" }']);
  });
  it('an enum of another column, or one with a single value, leaves the column as written', () => {
    const body = ['# Table name: invoices', '#', '#  id      :bigint           not null, primary key', '#  status  :integer          not null', '#', 'class Invoice < ApplicationRecord', '  enum state: { draft: 0, sent: 1 }', '  enum :status, [:only]', 'end'];
    expect(codeBlock('ruby', body)).toEqual(['Invoice { id: number; status: number }']);
  });
});

describe('TypeScript literal lists', () => {
  it("`type Status = (typeof STATUSES)[number]` over `const STATUSES = ['draft', 'sent'] as const` is their union; `ReadonlyArray<T>` is T[]", () => {
    const body = ["export const STATUSES = ['draft', 'sent'] as const;", 'export type Status = (typeof STATUSES)[number];', 'export interface Invoice {', '  id: string;', '  status: Status;', '  tags: ReadonlyArray<string>;', '}'];
    expect(codeBlock('ts', body)).toEqual(['Invoice { id: string; status: "draft" | "sent"; tags: string[] }']);
  });
  it('a list that is not `as const`, or holds more than strings, leaves the type a name', () => {
    const body = ["export const STATUSES = ['draft', 'sent'];", "export const KINDS = ['a', 1] as const;", 'export type Status = (typeof STATUSES)[number];', 'export type Kind = (typeof KINDS)[number];', 'export interface Invoice {', '  status: Status;', '  kind: Kind;', '}'];
    expect(codeBlock('ts', body)).toEqual(['Invoice { status: Status; kind: Kind }']);
  });
});

describe('a model column whose cell spans the rows below it', () => {
  const table = (rows: string[]) => modelLines(['# Shop', '', '## Data model', '', '| Entity | Field | Type |', '|---|---|---|', ...rows].join('\n'));
  it('a row with an empty model cell belongs to the model named above it', () => {
    expect(table(['| Order | id | uuid |', '|  | total | number |', '| | status | draft / paid |', '| Customer | id | uuid |', '| | email | string |'])).toEqual(['Customer { id: string; email: string }', 'Order { id: string; total: number; status: "draft" | "paid" }']);
  });
  it('the rows under a model the table says is gone are left out with it; a row before any model names none', () => {
    expect(table(['| | note | string |', '| Order | id | uuid |', '| LegacyCart (deprecated) | id | uuid |', '| | total | number |'])).toEqual(['Order { id: string }']);
  });
});

describe("OpenAPI's component schemas", () => {
  const spec = (schemas: string[]) => modelLines(['# Shop API', '', '## API', '', '```yaml', 'openapi: 3.0.3', 'paths:', '  /orders:', '    get:', '      responses:', "        '200': { description: ok }", 'components:', '  schemas:', ...schemas, '```'].join('\n'));
  it('`allOf` gives the properties its members write out', () => {
    expect(spec(['    OrderLine:', '      allOf:', "        - $ref: '#/components/schemas/Base'", '        - type: object', '          required: [sku]', '          properties:', '            sku: { type: string }', '            qty: { type: integer }'])).toEqual(['OrderLine { sku: string; qty?: number }']);
  });
  it("a call's shape (`CreateOrderRequest`, `ListOrdersResponse`) or an error envelope is no model; a record named after a request (`MaintenanceRequest`) is", () => {
    const schemas = ['    CreateOrderRequest:', '      type: object', '      properties: { sku: { type: string } }', '    ListOrdersResponse:', '      type: object', '      properties: { total: { type: integer } }', '    Error:', '      type: object', '      properties: { code: { type: string } }', '    MaintenanceRequest:', '      type: object', '      properties: { id: { type: string } }'];
    expect(spec(schemas)).toEqual(['MaintenanceRequest { id?: string }']);
  });
});

describe('a field list with full-width parentheses', () => {
  const list = (items: string[]) => modelLines(['# 備品', '', '## データモデル', '', '### 注文（Order）', '', ...items].join('\n'));
  it('`- id（文字列）` holds the type in its parentheses; `、` separates notes', () => {
    expect(list(['- id（文字列）', '- total（整数）', '- status（列挙型: open / closed）', '- `note`（文字列、null可）'])).toEqual(['Order { id: string; total: number; status: "open" | "closed"; note: string | null }']);
  });
  it('an item whose parentheses hold no type (`- 備品の登録（管理者）`) is no field', () => {
    expect(list(['- id（文字列）', '- 備品の登録（管理者）', '- total（整数）'])).toEqual(['Order { id: string; total: number }']);
  });
});
