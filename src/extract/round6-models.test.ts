/**
 * Model and field misses found by a sixth round of probe PRDs: field types written in other
 * languages or with their values in parentheses, and nullability said in words or in OpenAPI.
 * Each rule has a negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

describe('field types as a list of code-marked fields writes them', () => {
  it('reads an enum word with its values in parentheses, two agreeing type words joined by "and", and "may be null" in words', () => {
    const md = [
      '# Ateliers',
      '',
      '## Modèle de données',
      '',
      '### Atelier',
      '',
      '- `code` : identifiant (UUID)',
      '- `etat` : énumération (ouvert / ferme / archive)',
      '- `debut` : date et heure',
      '- `note` : texte, peut être nul',
      '- `places` : entier',
    ].join('\n');
    expect(modelLines(md)).toEqual(['Atelier { code: string; etat: "ouvert" | "ferme" | "archive"; debut: string; note: string | null; places: number }']);
  });

  it('keeps a word that is no type a field of unknown type, and a pair of disagreeing type words unknown', () => {
    const md = [
      '# Ateliers',
      '',
      '## Modèle de données',
      '',
      '### Atelier',
      '',
      '- `mix` : texte et entier',
      '- `note` : texte, peut être long',
      '- `ref` : référence',
    ].join('\n');
    expect(modelLines(md)).toEqual(['Atelier { mix: unknown; note: string; ref: unknown }']);
  });
});

describe('nullability in a notes column and in a schema', () => {
  it('reads a note in parentheses ("may be empty (nullable)") and OpenAPI `nullable: true`', () => {
    const md = [
      '# Koperasi',
      '',
      '## Data model',
      '',
      '### Loan',
      '',
      '| Field | Type | Notes |',
      '|---|---|---|',
      '| id | uuid | |',
      '| paidOn | date | may be empty (nullable) |',
      '',
      '### Schemas',
      '',
      '```json',
      '{ "components": { "schemas": { "Seat": { "type": "object", "required": ["id"], "properties": {',
      '  "id": { "type": "string" },',
      '  "row": { "type": "string", "nullable": true },',
      '  "level": { "type": ["integer", "null"] }',
      '} } } } }',
      '```',
    ].join('\n');
    expect(modelLines(md)).toEqual(['Loan { id: string; paidOn: string | null }', 'Seat { id: string; row?: string | null; level?: number | null }']);
  });

  it('does not make a field nullable for a note that only mentions null, nor for `nullable: false`; "null until …" does', () => {
    const md = [
      '# Koperasi',
      '',
      '## Data model',
      '',
      '### Loan',
      '',
      '| Field | Type | Notes |',
      '|---|---|---|',
      '| id | uuid | |',
      '| paidOn | date | null until the loan is paid out |',
      '| issuedOn | date | never null; set when the loan is made |',
      '',
      '```json',
      '{ "components": { "schemas": { "Seat": { "type": "object", "properties": { "row": { "type": "string", "nullable": false }, "id": { "type": "string" } } } } } }',
      '```',
    ].join('\n');
    expect(modelLines(md)).toEqual(['Loan { id: string; paidOn: string | null; issuedOn: string }', 'Seat { row?: string; id?: string }']);
  });
});

describe('an emoji before a bold model name', () => {
  it('reads `- 🧾 **Receipt**: id, …` in a data section as the model', () => {
    const md = ['# Snacks', '', '## 🗂️ Data', '', '- 🧾 **Receipt**: id, storeId, totalCents (int)', '- 🏪 **Store**: id, name, city'].join('\n');
    expect(modelLines(md)).toEqual(['Receipt { id: string; storeId: string; totalCents: number }', 'Store { id: string; name: string; city: string }']);
  });

  it('reads no model from an emoji-decorated persona or a bold label with prose after it', () => {
    const md = ['# Snacks', '', '## 🗂️ Data', '', '- 👩‍💼 **Office manager**: orders the box, pauses it in summer', '- 📝 **Notes**: see the wiki'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('field tables and field labels in the known languages', () => {
  it('reads a `| Kolom | Tipe | Keterangan |` table under the model heading, and a `Kolom:` / `**Fields**:` label as the heading model\'s fields', () => {
    const md = [
      '# Perpustakaan',
      '',
      '## Model Data',
      '',
      '### Buku',
      '',
      '| Kolom | Tipe | Keterangan |',
      '|---|---|---|',
      '| id | UUID | |',
      '| judul | string | |',
      '| terbit | tanggal | boleh kosong (nullable) |',
      '| harga | desimal | |',
      '',
      '### Pinjam',
      '',
      'Kolom: id, bukuId, anggotaId, kembaliPada.',
      '',
      '### Denda',
      '',
      '**Fields**: id, pinjamId, amountCents',
    ].join('\n');
    expect(modelLines(md)).toEqual([
      'Buku { id: string; judul: string; terbit: string | null; harga: number }',
      'Denda { id: string; pinjamId: string; amountCents: number }',
      'Pinjam { id: string; bukuId: string; anggotaId: string; kembaliPada: string }',
    ]);
  });

  it('reads no model named `Kolom` or `Field`, nor any, where the heading names no model', () => {
    const md = ['# Perpustakaan', '', '## Model Data', '', 'Kolom: id, bukuId, anggotaId, kembaliPada.', '', '**Fields**: id, pinjamId, amountCents', '', '- **Columns**: id, userId, createdAt'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('an entity table whose headers the extractor does not know', () => {
  it('reads a name column and a fields column by their cells: code-case names, field lists with an id', () => {
    const md = ['# Пропуска', '', '## Сущности', '', '| Сущность | Поля |', '|---|---|', '| GuestPass | id, hostId, validUntil |', '| Gate | id, name, zoneCode |'].join('\n');
    expect(modelLines(md)).toEqual(['Gate { id: string; name: string; zoneCode: string }', 'GuestPass { id: string; hostId: string; validUntil: string }']);
  });

  it('reads none from roles and permissions, component props without an id, a single row, or prose cells', () => {
    const md = [
      '# Пропуска',
      '',
      '## Роли',
      '',
      '| Роль | Права |',
      '|---|---|',
      '| Admin | read, write, delete |',
      '| Guard | read, scan |',
      '',
      '| Компонент | Свойства |',
      '|---|---|',
      '| Button | onClick, label, variant |',
      '| Modal | isOpen, onClose |',
      '',
      '| Сущность | Поля |',
      '|---|---|',
      '| Visit | id, passId, gate |',
      '',
      '| Сущность | Описание |',
      '|---|---|',
      '| Visit | id of the visit, the gate and when the guest arrived |',
      '| Pass | id, then the QR token |',
    ].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('an API reference\'s object section: `## The X object` with italic-typed attributes', () => {
  it('reads the heading\'s model and each attribute\'s italic type, nullability, optionality and enum values', () => {
    const md = [
      '# Parcels API',
      '',
      '## The Parcel object',
      '',
      '**Attributes**',
      '',
      '- `id` _string_ — unique identifier.',
      '- `kind` _enum_ — one of `box`, `letter`.',
      '- `state` _enum_ — `created`, `sent`, `lost`.',
      '- `grams` _integer_',
      '- `note` _string, nullable_ — free text.',
      '- `sentAt` _timestamp, optional_',
    ].join('\n');
    expect(modelLines(md)).toEqual(['Parcel { id: string; kind: "box" | "letter"; state: "created" | "sent" | "lost"; grams: number; note: string | null; sentAt?: string }']);
  });

  it('reads no model from the same list under a heading about no data (objectives, settings)', () => {
    const md = ['# Parcels API', '', '## Objectives', '', '- `latency` _integer_ — p95 in ms', '- `uptime` _number_', '', '## Settings', '', '- `timeout` _integer_ — seconds', '- `region` _string_'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('plain list items that are a model name and its fields', () => {
  it('reads a run of `- Name: fields` items in a data section (one item without a code name rides with the rest), and an indented run with ids anywhere', () => {
    const md = [
      '# Bike share',
      '',
      '## Entities',
      '',
      '- Dock: id, stationCode, slots',
      '- Station: code, name, capacity',
      '- Ride: id, bikeId, status (open/closed), startedAt',
      '',
      '## Notes from the ops call',
      '',
      'The nightly export has these rows:',
      '',
      '  - Bike: id, frameNo, lastServiceOn (date)',
      '  - Repair: id, bikeId, costEur (decimal), done (boolean)',
    ].join('\n');
    expect(modelLines(md)).toEqual([
      'Bike { id: string; frameNo: string; lastServiceOn: string }',
      'Dock { id: string; stationCode: string; slots: string }',
      'Repair { id: string; bikeId: string; costEur: number; done: boolean }',
      'Ride { id: string; bikeId: string; status: "open" | "closed"; startedAt: string }',
      'Station { id: string; code: string; name: string; capacity: number }'.replace('id: string; ', ''),
    ]);
  });

  it('reads none from labels, names of people, phrases, or lists without ids outside a data section', () => {
    const md = [
      '# Bike share',
      '',
      '## Entities',
      '',
      '- Relations: stationId, bikeId',
      '- Owners: Ana, Bo, Chen',
      '- Station: the place where bikes are docked, with a name',
      '',
      '## Team',
      '',
      '- Stack: react, node, postgres',
      '- Frontend: nextJs, tailwind, zustand',
    ].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('Django and SQLAlchemy models in a Python block', () => {
  it('reads `class X(models.Model)` fields by their field class, relations, choices and null=True', () => {
    const md = [
      '# Shop',
      '',
      '## Models',
      '',
      '```python',
      'class Product(models.Model):',
      '    SIZES = [("s", "Small"), ("m", "Medium")]',
      '',
      '    name = models.CharField(max_length=80)',
      '    size = models.CharField(max_length=1, choices=SIZES)',
      '    stock = models.PositiveIntegerField(default=0)',
      '    active = models.BooleanField(default=True)',
      '    retired_at = models.DateTimeField(null=True, blank=True)',
      '',
      'class Review(models.Model):',
      '    product = models.ForeignKey(Product, on_delete=models.CASCADE)',
      '    body = models.TextField()',
      '',
      'class Tag(Base):',
      '    label = Column(String(40), nullable=True)',
      '    weight: Mapped[int] = mapped_column()',
      '```',
    ].join('\n');
    expect(modelLines(md)).toEqual([
      'Product { name: string; size: "s" | "m"; stock: number; active: boolean; retired_at: string | null }',
      'Review { product: Product; body: string }',
      'Tag { label: string | null; weight: number }',
    ]);
  });

  it('reads no model from a class of any other base, nor fields from calls that are no field', () => {
    const md = ['# Shop', '', '## Models', '', '```python', 'class ProductForm(forms.Form):', '    name = forms.CharField(max_length=80)', '', 'class ProductView(View):', '    model = Product', '    template = render("x.html")', '```'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('Go structs in a code block', () => {
  it('reads `type X struct` fields by their JSON tag names, pointers as nullable, omitempty as optional, named types by what they are', () => {
    const md = [
      '# Exports',
      '',
      '## Data model',
      '',
      '```go',
      'type ExportState string',
      '',
      'type ExportRun struct {',
      '\tID        string      `json:"id"`',
      '\tState     ExportState `json:"state"`',
      '\tRows      int64       `json:"rows"`',
      '\tDone      bool',
      '\tNote      *string     `json:"note,omitempty"`',
      '\tStartedAt time.Time   `json:"startedAt"`',
      '\tSecret    string      `json:"-"`',
      '\tTags      []string    `json:"tags"`',
      '}',
      '```',
    ].join('\n');
    expect(modelLines(md)).toEqual(['ExportRun { id: string; state: string; rows: number; Done: boolean; note?: string | null; startedAt: string; tags: string[] }']);
  });

  it('reads no model from Go code without a struct (handlers, interfaces)', () => {
    const md = ['# Exports', '', '## Data model', '', '```go', 'type Store interface {', '\tSave(ctx context.Context, run ExportRun) error', '}', '', 'func handle(w http.ResponseWriter, r *http.Request) {', '\tw.WriteHeader(204)', '}', '```'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a label, then a model with its fields in parentheses', () => {
  it('reads `- Reads: Name (fields)` in any section, notes and enum values inside the list', () => {
    const md = ['# Garage', '', '## Screens', '', '### Bay board', '', '- Reads: Bay (id, label, liftType: scissor/post, busyUntil)', '- Shows: Booking (id, bayId, startsAt (datetime), plate)'].join('\n');
    expect(modelLines(md)).toEqual(['Bay { id: string; label: string; liftType: "scissor" | "post"; busyUntil: string }', 'Booking { id: string; bayId: string; startsAt: string; plate: string }']);
  });

  it('reads none from a label with a name and plain words, people, a short list or a sentence in parentheses', () => {
    const md = ['# Garage', '', '## Screens', '', '- Stack: Postgres (primary, replica, analytics)', '- Owner: Ana (pm, design, qa)', '- Calls: Stripe (chargeId, refundId)', '- Reads: Bay (see the data section below)'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a sentence that lists a model\'s fields after "has:"', () => {
  it('reads each sentence of a paragraph, in any section, the list wrapping onto the next line', () => {
    const md = [
      '# Rentals',
      '',
      '## How it fits the backend',
      '',
      'A rental slot has: id, shopId, startsAt, kind (hourly/daily), status',
      '(free/held/taken), heldUntil. A deposit has: token, slotId, amountCents.',
    ].join('\n');
    expect(modelLines(md)).toEqual([
      'Deposit { token: string; slotId: string; amountCents: number }',
      'RentalSlot { id: string; shopId: string; startsAt: string; kind: "hourly" | "daily"; status: "free" | "held" | "taken"; heldUntil: string }',
    ]);
  });

  it('reads none from a list of plain words, of features, or of things that are no field names', () => {
    const md = [
      '# Rentals',
      '',
      '## Scope',
      '',
      'The release has: login, signup and a rental calendar.',
      'Each shop has: opening hours, a phone number, staff.',
      'The team has: Ana, Bo, Chen.',
      'A request has: method, path, body.',
    ].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});
