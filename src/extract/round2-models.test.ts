import { describe, expect, it } from 'vitest';
import { mergedModels } from '../testing/extract.js';
import { parsePrd } from '../prd/parse.js';
import { extractTasks } from './extract.js';
import { readFieldNotes } from './field-types.js';

/** Extraction round 2, models and field types: each pattern with what it must read and what it must leave alone. */
const models = mergedModels;
/** `Name: field?:type, …` per model: what a reader of the output sees. */
const shapes = (md: string) => models(md).map((m) => `${m.name}: ${m.fields.map((f) => `${f.name}${f.optional ? '?' : ''}:${f.type}`).join(', ')}`);
const fieldOf = (md: string, model: string, field: string) => models(md).find((m) => m.name === model)?.fields.find((f) => f.name === field);
const DRAFT_SENT_PAID = '"draft" | "sent" | "paid"';

describe('a caption that only marks an example names no model', () => {
  const json = '```json\n{ "id": "a1", "total": 12.5, "paid": true }\n```';
  it('gives the example to the heading\'s model ("For example:", "e.g.:", "Example record:", "Here is an example:")', () => {
    for (const caption of ['For example:', 'e.g.:', 'E.g.', 'Example record:', 'Here is an example:', 'For instance:', 'A sample:']) {
      expect(shapes(`## Data model\n\n### Invoice\n\n${caption}\n\n${json}\n`), caption).toEqual(['Invoice: id:string, total:number, paid:boolean']);
    }
  });

  it('names nothing under a heading that names no model', () => {
    expect(shapes(`## Data model\n\nFor example:\n\n${json}\n`)).toEqual([]);
  });

  it('still lets a caption name its model beside the marker ("Invoice example:", "Example `Room`:", "An example invoice:")', () => {
    expect(shapes(`## Data model\n\nInvoice example:\n\n${json}\n`)).toEqual(['Invoice: id:string, total:number, paid:boolean']);
    expect(shapes(`## Data model\n\nExample \`Room\`:\n\n${json}\n`)).toEqual(['Room: id:string, total:number, paid:boolean']);
    expect(shapes(`## Data model\n\nAn example invoice:\n\n${json}\n`)).toEqual(['Invoice: id:string, total:number, paid:boolean']);
  });

  it('leaves a request sample alone, as before', () => {
    expect(shapes(`## Data model\n\n### Invoice\n\nSample request:\n\n${json}\n`)).toEqual([]);
  });

  it('applies to the caption of a field table too', () => {
    const table = '| Field | Type |\n|---|---|\n| id | uuid |\n| total | decimal |';
    expect(shapes(`## Data model\n\n### Invoice\n\nFor example:\n\n${table}\n`)).toEqual(['Invoice: id:string, total:number']);
    expect(shapes(`## Data model\n\nInvoice example:\n\n${table}\n`)).toEqual(['Invoice: id:string, total:number']);
  });
});

describe('"one of A, B" outside parentheses', () => {
  it('is a union of string literals after a list item\'s type', () => {
    const md = '## Data model\n\n### Invoice\n\n- id: uuid\n- status: string, one of draft, sent, paid\n- kind: enum; one of: credit or debit\n';
    expect(fieldOf(md, 'Invoice', 'status')?.type).toBe(DRAFT_SENT_PAID);
    expect(fieldOf(md, 'Invoice', 'kind')?.type).toBe('"credit" | "debit"');
  });

  it('is a union in a table\'s notes column', () => {
    const md = '## Data model\n\n### Invoice\n\n| Field | Type | Notes |\n|---|---|---|\n| id | uuid | primary key |\n| status | string | One of: draft, sent, paid |\n| kind | | one of credit, debit |\n| stage | text | Must be one of `in_progress` or `done`. Set by the worker. |\n';
    expect(shapes(md)).toEqual([`Invoice: id:string, status:${DRAFT_SENT_PAID}, kind:"credit" | "debit", stage:"in_progress" | "done"`]);
  });

  it('is a union in a nested field item and a type cell', () => {
    const md = '## Entities\n\n- **Invoice**\n  - id: uuid\n  - status: string, one of draft, sent, paid\n';
    expect(fieldOf(md, 'Invoice', 'status')?.type).toBe(DRAFT_SENT_PAID);
    const table = '## Data model\n\n### Invoice\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| status | string, one of draft, sent, paid |\n';
    expect(fieldOf(table, 'Invoice', 'status')?.type).toBe(DRAFT_SENT_PAID);
  });

  it('is not read in prose, or where the values are not a list of names', () => {
    expect(readFieldNotes('one of the most important features').type ?? '').not.toContain('"');
    expect(readFieldNotes('string, one of three plans').type).toBe('string');
    expect(readFieldNotes('one of the plans, or none').type ?? '').not.toContain('"');
    const md = '## Data model\n\n### Invoice\n\n- id: uuid\n- plan: string, one of the most important settings\n- total: number\n\nUsers can choose one of three plans.\n\n| Field | Type | Notes |\n|---|---|---|\n| tier | string | One of the plans a user picks |\n| count | integer | One of: 1, 2, 3 |\n';
    expect(fieldOf(md, 'Invoice', 'plan')?.type).toBe('string');
    expect(fieldOf(md, 'Invoice', 'tier')?.type).toBe('string');
    // A number stays a number: its values are no strings.
    expect(fieldOf(md, 'Invoice', 'count')?.type).toBe('number');
    expect(models(md).flatMap((m) => m.fields.map((f) => f.name))).not.toContain('Users');
  });
});

describe('nullable and optional notations', () => {
  const md = '## Data model\n\n### Invoice\n\n- id: uuid\n- kind (nullable string)\n- note (string?)\n- memo: string?\n- label?: string\n- owner (optional integer)\n- total: number\n';
  it('reads (nullable T) as T | null and a trailing ? as optional', () => {
    expect(fieldOf(md, 'Invoice', 'kind')).toEqual({ name: 'kind', type: 'string | null', optional: false });
    expect(fieldOf(md, 'Invoice', 'note')).toEqual({ name: 'note', type: 'string', optional: true });
    expect(fieldOf(md, 'Invoice', 'memo')).toEqual({ name: 'memo', type: 'string', optional: true });
    expect(fieldOf(md, 'Invoice', 'label')).toEqual({ name: 'label', type: 'string', optional: true });
    expect(fieldOf(md, 'Invoice', 'owner')).toEqual({ name: 'owner', type: 'number', optional: true });
    expect(fieldOf(md, 'Invoice', 'total')).toEqual({ name: 'total', type: 'number', optional: false });
  });

  it('reads them in backticked and nested items', () => {
    const coded = '## Data model\n\n### Invoice\n\n- `id`: `uuid`\n- `memo`: `string?`\n- `kind` (nullable string)\n';
    expect(fieldOf(coded, 'Invoice', 'memo')).toEqual({ name: 'memo', type: 'string', optional: true });
    expect(fieldOf(coded, 'Invoice', 'kind')).toEqual({ name: 'kind', type: 'string | null', optional: false });
    const nested = '## Entities\n\n- **Invoice**\n  - id: uuid\n  - kind (nullable string)\n  - note (string?)\n';
    expect(shapes(nested)).toEqual(['Invoice: id:string, kind:string | null, note?:string']);
  });

  it('does not make a question or a plain note optional or nullable', () => {
    // "nullable" as a word inside a description is no note about the type.
    expect(readFieldNotes('the nullable flag of the row').nullable).toBe(false);
    const md2 = '## Data model\n\n### Invoice\n\n- id: uuid\n- total: number\n- Is the total nullable?\n';
    expect(shapes(md2)).toEqual(['Invoice: id:string, total:number']);
  });
});

describe('type cells of field tables', () => {
  const md = '## Data model\n\n### Order\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| state | draft/paid/shipped |\n| note | string (optional) |\n| qty | integer, nullable |\n| when | date/time |\n| active | yes/no |\n';
  it('reads a/b/c as a union, (optional) as optional and ", nullable" as | null', () => {
    expect(fieldOf(md, 'Order', 'state')).toEqual({ name: 'state', type: '"draft" | "paid" | "shipped"', optional: false });
    expect(fieldOf(md, 'Order', 'note')).toEqual({ name: 'note', type: 'string', optional: true });
    expect(fieldOf(md, 'Order', 'qty')).toEqual({ name: 'qty', type: 'number | null', optional: false });
  });

  it('leaves a slash between type words or a yes/no cell alone', () => {
    expect(fieldOf(md, 'Order', 'when')?.type).toBe('string');
    expect(fieldOf(md, 'Order', 'active')?.type).toBe('boolean');
    expect(readFieldNotes('int/float').type).toBe('number');
  });
});

describe('a plain bullet naming a model with typed sub-bullets', () => {
  it('is a model with those fields, bold or plain', () => {
    const md = '## Entities\n\n- Invoice\n  - id: uuid\n  - total (number)\n- **Customer**\n  - id: uuid\n  - email: string\n';
    expect(shapes(md).sort()).toEqual(['Customer: id:string, email:string', 'Invoice: id:string, total:number']);
  });

  it('is nothing outside a data section, or when the sub-bullets are prose or untyped words', () => {
    expect(shapes('## Goals\n\n- Invoice\n  - id: uuid\n  - total (number)\n')).toEqual([]);
    expect(shapes('## Data model\n\n- Admin\n  - can delete\n  - may export\n')).toEqual([]);
    expect(shapes('## Data model\n\n- Reporting\n  - Users can choose one of three plans\n  - Exports run nightly\n')).toEqual([]);
    expect(shapes('## Data model\n\n- Reporting\n  - Format: PDF\n  - Frequency: weekly\n')).toEqual([]);
    // A generic label or a note about fields names no model.
    expect(shapes('## Data model\n\n- Fields\n  - id: uuid\n  - total: number\n- Validation\n  - email: string\n  - age: number\n')).toEqual([]);
  });

  it('under a model\'s own heading, groups that model\'s fields; a bold sub-model keeps its fields to itself', () => {
    expect(shapes('## Data model\n\n### Invoice\n\n- id: uuid\n- Totals\n  - subtotal: number\n  - tax: number\n')).toEqual(['Invoice: id:string, subtotal:number, tax:number']);
    expect(shapes('## Data model\n\n### Invoice\n\n- id: uuid\n- total: number\n- **Customer**\n  - name: string\n  - email: string\n').sort()).toEqual(['Customer: name:string, email:string', 'Invoice: id:string, total:number']);
  });
});

describe('both block readers', () => {
  it('read these shapes the same', () => {
    const md = [
      '## Data model\n\n### Invoice\n\nFor example:\n\n```json\n{ "id": "a1", "total": 1 }\n```\n',
      '- id: uuid\n- status: string, one of draft, sent, paid\n- kind (nullable string)\n- memo: string?\n',
      '| Field | Type | Notes |\n|---|---|---|\n| state | draft/paid/shipped | |\n| note | string (optional) | One of: a, b |\n',
      '## Entities\n\n- Invoice\n  - id: uuid\n  - total (number)\n- **Customer**\n  - id: uuid\n  - email: string\n',
    ].join('\n');
    const doc = parsePrd(md, 'x.md');
    const fast = extractTasks(doc);
    expect(fast.filter((t) => t.kind === 'model').length).toBeGreaterThanOrEqual(3);
    expect(fast).toEqual(extractTasks(doc, { reader: 'remark' }));
  });
});
