/**
 * Model and field misses found by a seventh round of reading held-out PRDs: data headings and type
 * words of more languages, models in an unlabelled outline block, in code-marked list items and in
 * prose, and the nullability that GraphQL and SQL write. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

describe('data headings and type words of more languages', () => {
  it('an Italian data heading names no model; the bold names under it do, with Italian type words', () => {
    const md = [
      '# Trattoria',
      '',
      '## Entità',
      '',
      '**Prenotazione**',
      '- codice: stringa (8 caratteri)',
      '- dataOra: data e ora',
      '- stato: enum (in_attesa, confermata, cancellata)',
      '- tavoloId: stringa, facoltativo',
      '',
      '**Tavolo**',
      '- numero: intero',
      '- attivo: booleano',
    ].join('\n');
    expect(modelLines(md)).toEqual([
      'Prenotazione { codice: string; dataOra: string; stato: "in_attesa" | "confermata" | "cancellata"; tavoloId?: string }',
      'Tavolo { numero: number; attivo: boolean }',
    ]);
  });
  it('Dutch, Indonesian and Italian data headings are no model names either', () => {
    for (const heading of ['Dati', 'Modello dati', 'Gegevensmodel', 'Entiteiten', 'Entitas']) {
      const md = ['# App', '', `## ${heading}`, '', 'Note: every record keeps its history.'].join('\n');
      expect(modelLines(md)).toEqual([]);
    }
  });
  it('`data` and `data/hora` (Portuguese, Italian) are dates; an enum word with no values stays a string', () => {
    const md = ['# Clínica', '', '## Modelo de dados', '', '### Paciente', '', '| Campo | Tipo |', '|---|---|', '| nascimento | data |', '| inicio | data/hora |', '| estado | enum |'].join('\n');
    expect(modelLines(md)).toEqual(['Paciente { nascimento: string; inicio: string; estado: string }']);
  });
  it('an enum word followed by a note that is no list of values keeps its values unread', () => {
    const md = ['# App', '', '## Data', '', '**Ticket**', '- state: enum (see the state diagram above)', '- title: string'].join('\n');
    expect(modelLines(md)).toEqual(['Ticket { state: string; title: string }']);
  });
});

describe('models outlined in a code block with no language', () => {
  const block = (heading: string, body: string[]) => modelLines(['# Stride', '', `## ${heading}`, '', '```', ...body, '```'].join('\n'));
  it('in a data section, each unindented name with `name: type` lines under it is a model', () => {
    const body = ['Workout', '  id: string', '  goal: "lose_weight" | "run_5k"', '  exercises: Exercise[]', '', 'Exercise', '  reps: number | null', '  startedAt: string (ISO 8601)'];
    expect(block('Data (synced)', body)).toEqual(['Exercise { reps: number | null; startedAt: string }', 'Workout { id: string; goal: "lose_weight" | "run_5k"; exercises: Exercise[] }']);
  });
  it('settings (a value where a type would stand), a file tree, or the same block outside a data section give none', () => {
    expect(block('Data', ['Scheduler', '  port: 8080', '  dagsFolder: /opt/airflow/dags'])).toEqual([]);
    expect(block('Data', ['Src', '  components/', '  pages/'])).toEqual([]);
    expect(block('Example payload', ['Workout', '  id: string', '  title: string'])).toEqual([]);
  });
});

describe('models as code-marked list items under a label that names models', () => {
  const onePager = (label: string, items: string[]) => modelLines(['# One-pager', '', '**Problem.** Queues are long.', '', label, '', ...items].join('\n'));
  const items = ['- `Permit`: id (string), zoneCode (string), status (`pending_payment` | `active`),', '  startsOn (date), priceCents (int)', '- `Zone`: code (string), name (string), annualPriceCents (int)'];
  it('under **Data** each item is a model with the fields listed after its name, over wrapped lines', () => {
    expect(onePager('**Data**', items)).toEqual(['Permit { id: string; zoneCode: string; status: "pending_payment" | "active"; startsOn: string; priceCents: number }', 'Zone { code: string; name: string; annualPriceCents: number }']);
  });
  it('under a label about something else, a run with an item that has no identifying field is no model', () => {
    expect(onePager('**Screens**', items)).toEqual([]);
    expect(onePager('**Team**', ['- `Ana`: design, research', '- `Bo`: backend, infra'])).toEqual([]);
  });
  it('a label that names models does not reach past the next paragraph', () => {
    expect(onePager('**Data**', ['Other notes follow.', '', '- `Zone`: code (string), name (string), annualPriceCents (int)'])).toEqual([]);
  });
});

describe('models a sentence describes by code-marked fields', () => {
  const memo = (...paras: string[]) => modelLines(['# Corrections', '', '## Corrections', '', ...paras.flatMap((p) => [p, ''])].join('\n'));
  it('an article and a name, a verb of having, then article-led code-marked fields with their notes', () => {
    expect(
      memo(
        'We want corrections to be first-class. Each\nCorrection has an `articleId` (string), a `body` (string) holding the wording readers will see, a\n`severity` that is one of `minor`, `factual` or `legal`, an `approvedBy` user id (string), and a\n`publishedAt` timestamp that stays null until the correction goes live.',
        'An Embargo belongs to one article and records an `articleId` (string), a `liftsAt` timestamp, and a `setBy` user id (string).',
      ),
    ).toEqual([
      'Correction { articleId: string; body: string; severity: "minor" | "factual" | "legal"; approvedBy: string; publishedAt: string | null }',
      'Embargo { articleId: string; liftsAt: string; setBy: string }',
    ]);
  });
  it('a sentence that only mentions code-marked names, a URL, a file path or an example payload gives none', () => {
    expect(memo('The Dashboard shows `articleId` and `body` for each row.')).toEqual([]);
    expect(memo('The Guardian has a `corrections` column at https://www.theguardian.com/x and a `series` page.')).toEqual([]);
    expect(memo('The Importer has a config in `src/import/config.ts` and `docs/import.md`.')).toEqual([]);
    expect(memo('A Response has a body like `{"id": 1}` and a `status`.')).toEqual([]);
  });
  it('is no model on a line that calls it legacy or out of scope', () => {
    expect(memo('The legacy Erratum has an `articleId` and a `noteText`; it is out of scope.')).toEqual([]);
    expect(memo('An Erratum has an `articleId` and a `noteText` (legacy, out of scope).')).toEqual([]);
  });
});

describe('what GraphQL and SQL say of null', () => {
  const block = (lang: string, lead: string[], body: string[]) => modelLines(['# Box office', '', '## Schema', '', ...lead, '```' + lang, ...body, '```'].join('\n'));
  it('a GraphQL field without `!` may be null, and an enum of the block is inlined as its union', () => {
    const body = ['type Event {', '  id: ID!', '  doorsOpenAt: DateTime', '  status: EventStatus!', '  tickets: [Ticket!]!', '  tags: [String]', '}', '', 'enum EventStatus { DRAFT ON_SALE }', '', 'input CreateEventInput {', '  title: String!', '}'];
    expect(block('graphql', [], body)).toEqual(['Event { id: string; doorsOpenAt: string | null; status: "DRAFT" | "ON_SALE"; tickets: Ticket[]; tags: string[] | null }']);
  });
  it('an SQL column written NULL (or without NOT NULL) is `T | null`, a CHECK … IN list is its union, NOT NULL is required', () => {
    const body = ['CREATE TABLE count_tasks (', '  id UUID PRIMARY KEY,', '  assigned_to TEXT NULL,', "  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),", '  note TEXT', ');'];
    expect(block('sql', [], body)).toEqual(['CountTask { id: string; assigned_to: string | null; status: "open" | "closed"; note: string | null }']);
  });
  it('a table the paragraph above shows only for reference is no model; one it says is new stays', () => {
    const body = ['CREATE TABLE locations (', '  id BIGSERIAL PRIMARY KEY,', '  aisle TEXT NOT NULL', ');', '', 'CREATE TABLE count_tasks (', '  id UUID PRIMARY KEY,', '  location_id BIGINT NOT NULL', ');'];
    const ref = ['The existing `locations` table gains no columns but is', 'shown for reference.', ''];
    expect(block('sql', ref, body)).toEqual(['CountTask { id: string; location_id: number }']);
    const other = ['The `count_tasks` table is new; see `docs/schema.md` (https://wiki.example.com/schema) for reference.', ''];
    expect(block('sql', other, body)).toEqual(['CountTask { id: string; location_id: number }', 'Location { id: number; aisle: string }']);
  });
});

describe('types as no-code tools and plain lists write them', () => {
  it('a Notion relation to a model is that model (a list of it for a plural name); a key field stays a string; Select: lists values', () => {
    const md = ['# Grooming', '', '## Data', '', '**Appointment**', '', '| Property | Type |', '| --- | --- |', '| salon | Relation → Salon |', '| pets | Relation → Pet |', '| salonId | Relation → Salon |', '| owner | Relation |', '| status | Select: booked, no_show |', '| paid | Checkbox |'].join('\n');
    expect(modelLines(md)).toEqual(['Appointment { salon: Salon; pets: Pet[]; salonId: string; owner: string; status: "booked" | "no_show"; paid: boolean }']);
  });
  it("single-quoted unions and a list of a model are types of a plain item; a capitalised word is not", () => {
    const md = ['# Claims', '', '## Data', '', 'ExpenseClaim', "- currency: 'EUR' | 'GBP'", '- receipts: Receipt[]', '- id: uuid', '- approver: Manager'].join('\n');
    expect(modelLines(md)).toEqual(['ExpenseClaim { currency: "EUR" | "GBP"; receipts: Receipt[]; id: string }']);
  });
});

describe('a bold model item whose field list wraps onto the next lines', () => {
  it('is read as one line', () => {
    const md = ['# Refill', '', '## Data', '', '- **RefillItem** — sku (string), quantity (integer),', '  lastOrderedAt (timestamp), skipped (boolean)'].join('\n');
    expect(modelLines(md)).toEqual(['RefillItem { sku: string; quantity: number; lastOrderedAt: string; skipped: boolean }']);
  });
  it('an item whose first line ends a sentence keeps its next lines apart', () => {
    const md = ['# Refill', '', '## Data', '', '- **Courier**: carries parcels, scans them.', '  See https://example.com/couriers, and `docs/couriers.md`, for more.'].join('\n');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a Go string field whose comment lists its values', () => {
  const go = (comment: string) => modelLines(['# Comments', '', '## Data', '', '```go', 'type Comment struct {', '    ID     int64', `    Status string // ${comment}`, '}', '```'].join('\n'));
  it('is a union of those values', () => {
    expect(go('"pending" | "approved" | "spam"')).toEqual(['Comment { ID: number; Status: "pending" | "approved" | "spam" }']);
  });
  it('a comment that is prose, a URL or a file path leaves it a string', () => {
    expect(go('see https://example.com/statuses')).toEqual(['Comment { ID: number; Status: string }']);
    expect(go('values in internal/status.go, e.g. "pending"')).toEqual(['Comment { ID: number; Status: string }']);
  });
});
