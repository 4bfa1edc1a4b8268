/**
 * Model and field misses found by an eighth round of reading held-out PRDs: enums a block declares
 * (Prisma, Kotlin, DBML, TypeScript, Protobuf, SQL) inlined as the union of their values where a
 * field names them, and what Prisma's `?` and DBML's `[null]` say of null. Each rule has its
 * negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const block = (lang: string, body: string[]) => modelLines(['# Clinic', '', '## Data model', '', '```' + lang, ...body, '```'].join('\n'));

describe('enums a block declares, inlined where a field names them', () => {
  it('Prisma: an enum of the block is its union; `?` says the value may be null, not that the field may be left out', () => {
    const body = ['enum Species {', '  DOG', '  CAT  @map("cat")', '}', '', 'model Pet {', '  id      String   @id', '  species Species', '  breed   String?', '  note    VisitNote?', '  tags    Species[]', '}'];
    expect(block('prisma', body)).toEqual(['Pet { id: string; species: "DOG" | "CAT"; breed: string | null; note: VisitNote | null; tags: unknown[] }']);
  });
  it('Kotlin `enum class`, TypeScript `enum` (a value its string when it names one), Protobuf `enum`', () => {
    expect(block('kotlin', ['enum class Visibility { PUBLIC, CLUB, PRIVATE }', '', 'data class Run(', '    val id: String,', '    val visibility: Visibility,', ')'])).toEqual(['Run { id: string; visibility: "PUBLIC" | "CLUB" | "PRIVATE" }']);
    expect(block('ts', ["export enum Role { Admin = 'admin', Member = 'member' }", 'interface User {', '  id: string;', '  role: Role;', '}'])).toEqual(['User { id: string; role: "admin" | "member" }']);
    expect(block('proto', ['enum State { ACTIVE = 0; PAUSED = 1; }', 'message Job {', '  string id = 1;', '  State state = 2;', '}'])).toEqual(['Job { id: string; state: "ACTIVE" | "PAUSED" }']);
  });
  it('an enum whose body holds more than values (methods, data) stays a name; a name no enum of the block declares stays too', () => {
    const body = ['enum class Tier(val price: Int) { FREE(0), PRO(9); fun label() = name }', '', 'data class Plan(', '    val tier: Tier,', '    val owner: Owner,', ')'];
    expect(block('kotlin', body)).toEqual(['Plan { tier: Tier; owner: Owner }']);
  });
  it('DBML: an `Enum` of the block (lower-case names) is its union; `[null]` is `T | null`; no setting leaves the column optional', () => {
    const body = ['Enum offer_status {', '  open', '  "on hold" [note: \'waiting\']', '}', '', 'Table offers {', '  id uuid [pk]', '  status offer_status [not null]', '  paid_at timestamp [null]', '  note text', '}'];
    expect(block('dbml', body)).toEqual(['Offer { id: string; status: "open" | "on hold"; paid_at: string | null; note?: string }']);
  });
  it("SQL: Postgres `CREATE TYPE … AS ENUM` and MySQL's inline `ENUM('a', 'b')` are unions; other type names are read as before", () => {
    const body = ["CREATE TYPE order_status AS ENUM ('open', 'paid');", 'CREATE TABLE orders (', '  id uuid PRIMARY KEY,', '  status order_status NOT NULL,', "  size ENUM('s', 'm') NOT NULL,", '  code VARCHAR2(10) NOT NULL,', '  mood mood NOT NULL', ');'];
    expect(block('sql', body)).toEqual(['Order { id: string; status: "open" | "paid"; size: "s" | "m"; code: string; mood: unknown }']);
  });
});

describe('a JSON Schema document of one object', () => {
  const doc = (heading: string, lead: string[], lang: string, body: string[]) => modelLines(['# KYC', '', '## Data', '', `### ${heading}`, '', ...lead, '```' + lang, ...body, '```'].join('\n'));
  const schema = ['{', '  "$id": "https://example.com/schemas/kyc-case.schema.json",', '  "type": "object",', '  "required": ["id", "status"],', '  "properties": {', '    "id": { "type": "string", "format": "uuid" },', '    "status": { "enum": ["new", "approved"] },', '    "riskScore": { "type": "integer" },', '    "assigneeId": { "type": ["string", "null"] }', '  }', '}'];
  it('is the model its `$id` or `title` names, a property optional unless `required` lists it', () => {
    expect(doc('Case (JSON Schema)', [], 'json', schema)).toEqual(['KycCase { id: string; status: "new" | "approved"; riskScore?: number; assigneeId?: string | null }']);
    expect(doc('Reviews', [], 'yaml', ['title: Review note', 'type: object', 'required: [body]', 'properties:', '  body: { type: string }', '  pinned: { type: boolean }'])).toEqual(['ReviewNote { body: string; pinned?: boolean }']);
  });
  it('without a title or `$id`, the heading names it; `$defs` are models too', () => {
    const body = ['{', '  "type": "object",', '  "properties": { "id": { "type": "string" }, "lines": { "type": "array", "items": { "$ref": "#/$defs/Line" } } },', '  "required": ["id", "lines"],', '  "$defs": { "Line": { "type": "object", "properties": { "sku": { "type": "string" } }, "required": ["sku"] } }', '}'];
    expect(doc('Basket', [], 'json', body)).toEqual(['Basket { id: string; lines: Line[] }', 'Line { sku: string }']);
  });
  it("a request's schema, or an example record that only has a `type` key, is no schema document", () => {
    expect(doc('Case', ['Request body schema:', ''], 'json', schema)).toEqual([]);
    expect(doc('Case', [], 'json', ['{ "id": "c_1", "type": "object", "status": "new" }'])).toEqual(['Case { id: string; type: string; status: string }']);
  });
});

describe('models nested in an outline under a label item that names models', () => {
  const outline = (label: string, items: string[]) => modelLines(['# Podcast analytics — outline', '', '- Context', '  - Hosts upload episodes', `- ${label}`, ...items, '- Pages', '  - /shows'].join('\n'));
  const items = ['  - Download (raw, one row per counted request)', '    - id: string', '    - bytes: number', '    - requestedAt: datetime', '  - AdCampaign', '    - id: string', '    - status: "draft" | "live"'];
  it('under `- Data` each plain name (a note in parentheses allowed) with typed sub-items is a model', () => {
    expect(outline('Data', items)).toEqual(['AdCampaign { id: string; status: "draft" | "live" }', 'Download { id: string; bytes: number; requestedAt: string }']);
  });
  it('under a label about something else, or with sub-items that are no typed fields, gives none', () => {
    expect(outline('Users', items)).toEqual([]);
    expect(outline('Data', ['  - Retention (see the policy)', '    - raw logs: 30 days', '    - https://example.com/policy', '    - `docs/retention.md`'])).toEqual([]);
  });
});

describe('bold labels under a heading that reads as a model name', () => {
  const section = (heading: string, body: string[]) => modelLines(['# Beans', '', `## ${heading}`, '', 'Everything lives in Postgres.', '', ...body].join('\n'));
  const records = ['**Office**', '- `id` — uuid', '- `plan` — `"starter" | "team"`', '', '**LowStockPing** (created when someone presses the button)', '- `id` — uuid', '- `officeId`: `uuid`', '- `note` — string, optional'];
  it('name models of their own when two of their groups hold the same identifying field; a label may carry a note', () => {
    expect(section('🧱 Data stuff', records)).toEqual(['LowStockPing { id: string; officeId: string; note?: string }', 'Office { id: string; plan: "starter" | "team" }']);
  });
  it("group the heading's model's fields when no identifying field repeats (two addresses), and a code-marked word that is no type stays unread", () => {
    const parts = ['**Shipping address**', '- `street` — string', '- `city` — string', '', '**Totals**', '- `total` — int', '- `channel` — `web`'];
    expect(section('Table reservation', parts)).toEqual(['Reservation { street: string; city: string; total: number; channel: string }']);
  });
});

describe('a string type word before an enum and its values', () => {
  const table = (rows: string[]) => modelLines(['# Previews', '', '## Data model', '', '### preview_environments', '', '| Column | Type | Notes |', '|---|---|---|', '| id | uuid | PK |', ...rows].join('\n'));
  it('`text enum (`a`, `b`)` and `varchar enum: a, b` are the union of the values', () => {
    expect(table(['| status | text enum (`requested`, `ready`, `failed`) | |', '| tier | varchar enum: free, pro | |'])).toEqual(['PreviewEnvironment { id: string; status: "requested" | "ready" | "failed"; tier: "free" | "pro" }']);
  });
  it('an enum word with a note that lists nothing, or after a word that is no string type, stays as before', () => {
    expect(table(['| status | text enum (see the lifecycle above) | |', '| role | Role enum (`admin`, `member`) | |'])).toEqual(['PreviewEnvironment { id: string; status: string; role: string }']);
  });
});

describe('a paragraph right below a block that says a model of it is shown for context only', () => {
  const doc = (after: string[]) => modelLines(['# Clinic', '', '## Domain overview', '', '```mermaid', 'erDiagram', '    APPOINTMENT ||--o| INVOICE : "billed in Xero"', '    APPOINTMENT {', '        string id PK', '        datetime startsAt', '    }', '```', '', ...after].join('\n'));
  it('leaves that model out (its name as the diagram writes it), and keeps the others', () => {
    expect(doc(['`INVOICE` is shown for context only; invoices live in Xero and are not part of this schema.'])).toEqual(['Appointment { id: string; startsAt: string }']);
  });
  it('a paragraph below that names a model without saying so, or says so of no code-marked name, leaves all', () => {
    expect(doc(['`INVOICE` rows are created by the nightly sync.'])).toEqual(['Appointment { id: string; startsAt: string }', 'Invoice {  }']);
    expect(doc(['Everything above is for context only, see https://wiki.example.com/xero and `docs/xero.md`.'])).toHaveLength(2);
  });
});

describe('records of typed languages: Java, C#, Swift, Rust', () => {
  const fields = (lang: string, body: string[]) => block(lang, body);
  it('Java records (one a line or all on one) and classes with private fields; @Nullable and Optional<T> may be null; an enum of the block is inlined', () => {
    const body = ['public enum Status { OPEN, CLOSED }', 'public record LineItem(String sku, int quantity, @Nullable BigDecimal discount) {}', 'public record Order(', '    UUID id,', '    List<LineItem> items,', '    Status status,', '    Optional<Instant> paidAt', ') {}', '@Entity', 'public class Customer {', '    @Id', '    private Long id;', '    private static final long serialVersionUID = 1L;', '    private LocalDateTime createdAt;', '    public String getEmail() {', '        String local = email;', '        return local;', '    }', '}'];
    expect(fields('java', body)).toEqual(['Customer { id: number; createdAt: string }', 'LineItem { sku: string; quantity: number; discount: number | null }', 'Order { id: string; items: LineItem[]; status: "OPEN" | "CLOSED"; paidAt: string | null }']);
  });
  it('C# positional records and auto-properties (`T?` may be null); an expression-bodied member is no field', () => {
    const body = ['public record Invoice(Guid Id, decimal Total, string? Note);', '', 'public class Payment', '{', '    [Required]', '    public Guid Id { get; set; }', '    public DateTimeOffset? SettledAt { get; init; }', '    public List<string> Tags { get; set; } = new();', '    public decimal Amount => 0;', '}'];
    expect(fields('csharp', body)).toEqual(['Invoice { Id: string; Total: number; Note: string | null }', 'Payment { Id: string; SettledAt: string | null; Tags: string[] }']);
  });
  it('Swift stored properties (not static or computed ones) and Rust struct fields (Option<T>, Vec<T>)', () => {
    const swift = ['enum Mood: String, Codable { case happy, sad }', 'struct Entry: Codable {', '    let id: UUID', '    var mood: Mood', '    var note: String?', '    var tags: [String] = []', '    var extra: [String: Int]', '    static let sample = Entry()', '    var title: String { "x" }', '}'];
    expect(fields('swift', swift)).toEqual(['Entry { id: string; mood: "happy" | "sad"; note: string | null; tags: string[]; extra: unknown }']);
    const rust = ['#[derive(Serialize)]', 'pub struct Shipment {', '    pub id: Uuid,', '    pub paid_at: Option<DateTime<Utc>>,', '    pub weights: Vec<f64>,', '    carrier: String,', '}'];
    expect(fields('rust', rust)).toEqual(['Shipment { id: string; paid_at: string | null; weights: number[]; carrier: string }']);
  });
  it('code that declares no record gives none: a service class, a Rust impl block, a Swift function', () => {
    expect(fields('java', ['public class OrderService {', '    public Order place(Cart cart) {', '        return repo.save(cart.toOrder());', '    }', '}'])).toEqual([]);
    expect(fields('rust', ['impl Shipment {', '    pub fn new(id: Uuid) -> Self { todo!() }', '}'])).toEqual([]);
    expect(fields('swift', ['func load(url: URL) async throws -> Entry {', '    let data = try await fetch(url)', '}'])).toEqual([]);
  });
});

describe('Mermaid classDiagram and Python enums', () => {
  it('a classDiagram class with attributes is a model (members in braces or on lines of their own); an <<enumeration>> is inlined; methods are no fields', () => {
    const body = ['classDiagram', '  class Order {', '    +String id', '    -List~LineItem~ items', '    +Status status', '    +place() void', '  }', '  class Status {', '    <<enumeration>>', '    OPEN', '    CLOSED', '  }', '  class Customer', '  Customer : +String name', '  Customer : +email : String', '  Customer : +greet() void', '  Order "1" --> "*" LineItem : contains'];
    expect(block('mermaid', body)).toEqual(['Customer { name: string; email: string }', 'Order { id: string; items: LineItem[]; status: "OPEN" | "CLOSED" }']);
  });
  it('a classDiagram class with only methods, or a flowchart, gives none', () => {
    expect(block('mermaid', ['classDiagram', '  class Billing {', '    +charge(order) bool', '  }', '  Billing ..> Order'])).toEqual([]);
    expect(block('mermaid', ['flowchart LR', '  A[Cart] --> B{Paid?}', '  B -->|yes| C[Ship : now]'])).toEqual([]);
  });
  it('a Python Enum (str, Enum or TextChoices) is inlined where a pydantic field names it; a class of another base is no enum', () => {
    const body = ['class Status(str, Enum):', '    OPEN = "open"', '    CLOSED = "closed"', '', 'class Level(Base):', '    LOW = 1', '    HIGH = 2', '', 'class Ticket(BaseModel):', '    id: UUID', '    status: Status', '    prev: Optional[Status] = None', '    level: Level'];
    expect(block('python', body)).toEqual(['Ticket { id: string; status: "open" | "closed"; prev?: "open" | "closed" | null; level: Level }']);
  });
});

describe('braces inside a declaration, and a declaration on one line', () => {
  it('a nested object is one field of unknown type, its inner lines none; a one-line type keeps its own fields', () => {
    const body = ['type Point = { x: number; y: number };', 'interface Order {', '  id: string;', '  address: {', '    street: string;', '  };', '  total: number;', '}'];
    expect(block('ts', body)).toEqual(['Order { id: string; address: unknown; total: number }', 'Point { x: number; y: number }']);
  });
  it("a method's body is skipped to its brace, so fields after it count; a C# class's brace on its own line opens it", () => {
    const java = ['public class Account {', '    private String id;', '    public boolean active() {', '        return true;', '    }', '    private Instant openedAt;', '}'];
    expect(block('java', java)).toEqual(['Account { id: string; openedAt: string }']);
    const cs = ['public class Payment', '{', '    public Guid Id { get; set; }', '    public void Settle()', '    {', '        var x = 1;', '    }', '    public decimal Amount { get; set; }', '}'];
    expect(block('csharp', cs)).toEqual(['Payment { Id: string; Amount: number }']);
  });
  it('a DBML indexes block closes before its table does, and the columns after it count', () => {
    const dbml = ['Table visits {', '  id uuid [pk]', '  indexes {', '    (pet_id, starts_at) [unique]', '  }', '  starts_at timestamp [not null]', '}'];
    expect(block('dbml', dbml)).toEqual(['Visit { id: string; starts_at: string }']);
  });
});

describe('TypeScript entity classes', () => {
  it('a class under an entity decorator (TypeORM, TypeGraphQL, Mongoose) is a model: `id!:`, initializers and method bodies are no part of its fields', () => {
    const body = ["@Entity('orders')", "@Index(['email'])", 'export class Order extends BaseEntity {', "  @PrimaryGeneratedColumn('uuid')", '  id!: string;', '  @Column({ nullable: true })', '  note?: string;', '  @Column()', '  createdAt: Date = new Date();', '  onPaid(cb: (x: number) => void): void {', '    this.paid = true;', '  }', '  @Column()', '  total: number;', '}'];
    expect(block('ts', body)).toEqual(['Order { id: string; note?: string; createdAt: string; total: number }']);
  });
  it('a class under another decorator, or under none, is code: a service is no model', () => {
    expect(block('ts', ['@Injectable()', 'export class OrderService {', '  private readonly repo: Repository<Order>;', '}', '', 'class Cache {', '  size: number = 0;', '}'])).toEqual([]);
  });
});

describe('a model whose heading stands over a sentence that only lists its fields', () => {
  const section = (body: string) => modelLines(['# Tienda', '', '## Modelo de datos', '', '### Proveedor', '', body, '', '## API', '', 'Nothing yet.'].join('\n'));
  it('is the model, each item a field named as code writes it, typed by its name', () => {
    expect(section('Nombre, teléfono, correo y días de reparto.')).toEqual(['Proveedor { nombre: string; telefono: string; correo: string; diasDeReparto: string }']);
    expect(section('Name, phone number, created at and active.')).toEqual(['Proveedor { name: string; phoneNumber: string; createdAt: string; active: boolean }']);
  });
  it('a sentence that says more, two items only, a URL or a file path gives none', () => {
    expect(section('We store the name, the phone and the email of each supplier in Postgres.')).toEqual([]);
    expect(section('Name and phone.')).toEqual([]);
    expect(section('See https://example.com/suppliers, docs/suppliers.md and the wiki.')).toEqual([]);
  });
});
