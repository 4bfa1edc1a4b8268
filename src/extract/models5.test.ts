/**
 * Model misses and false positives found by a fifth round of probe PRDs: bold names over a
 * parenthesised field list, YAML/JSON blocks that list models under a collection key
 * (`entities:`), persona lists and configuration blocks. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { mergedModels } from '../testing/extract.js';

/** The merged models of a PRD text, one line each: `Name { field?: type; … }`. */
const models = (md: string) => mergedModels(md).map((m) => `${m.name} { ${m.fields.map((f) => `${f.name}${f.optional ? '?' : ''}: ${f.type}`).join('; ')} }`);

describe('a bold name then its fields in parentheses, in a data section', () => {
  it('reads each line of a paragraph as a model; a hyphenated name is a field as written, `name?` an optional one', () => {
    const md = [
      '# Fietsparkeren',
      '',
      '## Datamodel',
      '',
      '**Abonnee** (id, bsn-hash, naam, e-mail, iban)',
      '**Stalling** (id, locatie, capaciteit)',
      '**Order** (id, customerId, stallingId?, total?)',
    ].join('\n');
    expect(models(md)).toEqual([
      'Abonnee { id: string; bsn-hash: string; naam: string; e-mail: string; iban: string }',
      'Order { id: string; customerId: string; stallingId?: string; total?: number }',
      'Stalling { id: string; locatie: string; capaciteit: string }',
    ]);
  });

  it('reads none outside a data section, nor from a question or a parenthesised sentence', () => {
    const md = [
      '# Parking',
      '',
      '## Overview',
      '',
      '**Abonnee** (id, naam, iban)',
      '',
      '## Data model',
      '',
      '**Order** (should it keep a total?)',
      '**Stalling** (see the section on locations below)',
    ].join('\n');
    expect(models(md)).toEqual([]);
  });
});

describe('a bold name whose "field list" is prose, or a person', () => {
  it('is no model: a persona list under `## Personas`, and a sentence after a bold name anywhere in a data section', () => {
    const md = [
      '# Data catalog',
      '',
      '## Personas',
      '',
      '* **Analyst** — searches for a dataset, checks freshness and owner.',
      '* **Steward** — approves, tags, archives',
      '',
      '## Data model',
      '',
      '- **Curator**: reviews new entries, merges duplicates and notifies the owner.',
      '- **Dataset**: id, name, ownerId, refreshedAt',
    ].join('\n');
    expect(models(md)).toEqual(['Dataset { id: string; name: string; ownerId: string; refreshedAt: string }']);
  });

  it('is no model of the heading either: a person and what they do is no field of `User` under `## Users`', () => {
    const md = ['# Data catalog', '', '## Users', '', '- **Engineer**: registers pipelines', '- **Steward**: approves, tags', '- **Viewer**: read only'].join('\n');
    expect(models(md)).toEqual([]);
  });

  it('keeps a list with typed items, and a list under a people heading that holds a field name only code writes', () => {
    const md = [
      '# Clinic data',
      '',
      '## Actors',
      '',
      '- **Staff**: id uuid, name text, role text',
      '- **Account**: userId, email, role',
      '- **Nurse**: checks vitals, updates charts',
    ].join('\n');
    expect(models(md)).toEqual(['Account { userId: string; email: string; role: string }', 'Staff { id: string; name: string; role: string }']);
  });
  it('is no model when a bold field of a model names its type and a note (`**Total**: number, required`)', () => {
    const md = ['# Shop', '', '## Data model', '', '### Order', '', '- **Status**: enum, one of draft, sent', '- **Total**: number, required'].join('\n');
    expect(models(md)).toEqual(['Order { Status: "draft" | "sent"; Total: number }']);
  });
});

describe('a YAML or JSON block that lists models under a collection key', () => {
  it('reads each name under `entities:` as a model with its `fields:`, typed as the tool types them; no model `Entity`', () => {
    const md = [
      '# Catalog',
      '',
      '## Data model',
      '',
      '```yaml',
      'entities:',
      '  Dataset:',
      '    fields:',
      '      id: uuid',
      '      rows: int',
      '      status: enum[draft, published]',
      '      tags: string[]',
      '      note: string?',
      '  Lineage:',
      '    fields:',
      '      upstream: Dataset[]',
      '      createdAt: datetime',
      '    relations:',
      '      upstream: many-to-one',
      '```',
    ].join('\n');
    expect(models(md)).toEqual([
      'Dataset { id: string; rows: number; status: "draft" | "published"; tags: string[]; note?: string }',
      'Lineage { upstream: Dataset[]; createdAt: string }',
    ]);
  });

  it('reads `tables:`, `models:` and `types:` with `columns:`/`attributes:` maps, `- name:` lists, or a model\'s own pairs, in or out of a data section', () => {
    const md = [
      '# Warehouse',
      '',
      '## Data model',
      '',
      '```yaml',
      'tables:',
      '  orders:',
      '    columns:',
      '      - name: id',
      '        type: uuid',
      '      - name: status',
      '        type: enum',
      '        values: [open, closed]',
      '      - total: decimal(10,2)',
      '```',
      '',
      '```json',
      '{ "models": { "Invoice": { "attributes": { "number": "string", "lines": "InvoiceLine[]" } }, "InvoiceLine": { "qty": "int", "sku?": "string" } } }',
      '```',
      '',
      '## Architecture',
      '',
      '```yaml',
      'models:',
      '  - name: shipments',
      '    columns:',
      '      - name: weight',
      '        data_type: float',
      'types:',
      '  Ticket:',
      '    fields: [id, title, closedAt?]',
      '```',
    ].join('\n');
    expect(models(md)).toEqual([
      'Invoice { number: string; lines: InvoiceLine[] }',
      'InvoiceLine { qty: number; sku?: string }',
      'Order { id: string; status: "open" | "closed"; total: number }',
      'Shipment { weight: number }',
      'Ticket { id: string; title: string; closedAt?: string }',
    ]);
  });

  it('reads a block without a language that opens with a collection key (YAML) or holds one (JSON); another JSON object stays an example record', () => {
    const md = [
      '# Catalog', '', '## Data model', '',
      '```', '# the catalog', 'entities:', '  Dataset:', '    fields: [id, name]', '```', '',
      '```', '{ "entities": { "Owner": { "fields": { "id": "uuid", "email": "string" } } } }', '```', '',
      '### Order', '', '```', '{ "id": "o1", "total": 3 }', '```',
    ].join('\n');
    expect(models(md)).toEqual(['Dataset { id: string; name: string }', 'Order { id: string; total: number }', 'Owner { id: string; email: string }']);
  });

  it('reads no model from a collection key that holds settings or a list of names, nor from a model named `Records` with its own fields', () => {
    const md = [
      '# Platform',
      '',
      '## Deployment',
      '',
      '```yaml',
      'resources:',
      '  limits:',
      '    cpu: 500m',
      '    memory: 1Gi',
      'entities: [User, Order]',
      '```',
      '',
      '## Data model',
      '',
      '```yaml',
      'records:',
      '  id: uuid',
      '  kind: string',
      '```',
    ].join('\n');
    expect(models(md)).toEqual(['Record { id: string; kind: string }']);
  });
});

describe('a configuration block in a data section', () => {
  it('is no model when the line above says so ("not an entity", "configuration") or its heading is about configuration', () => {
    const md = [
      '# Data platform',
      '',
      '## Data model',
      '',
      'Pipeline defaults (not an entity):',
      '',
      '```yaml',
      'Pipeline:',
      '  owner: string',
      '  schedule: string',
      '```',
      '',
      'Scheduler configuration:',
      '',
      '```yaml',
      'scheduler:',
      '  executor: string',
      '  queue: string',
      '```',
      '',
      '## Configuration',
      '',
      '```json',
      '{ "Ingest": { "source": "string", "format": "string" } }',
      '```',
    ].join('\n');
    expect(models(md)).toEqual([]);
  });

  it('is no model when its values are settings (numbers, flags, paths, URLs), even with no line about it', () => {
    const md = [
      '# Data platform',
      '',
      '## Data model',
      '',
      '```yaml',
      'core:',
      '  executor: CeleryExecutor',
      '  dags_folder: /opt/airflow/dags',
      'webserver:',
      '  base_url: http://localhost:8080',
      '  secret_key: string',
      '```',
      '',
      '```yaml',
      'scheduler:',
      '  catchup: false',
      '  interval: 30',
      'logging:',
      '  level: string',
      '  format: string',
      '```',
    ].join('\n');
    expect(models(md)).toEqual([]);
  });

  it('keeps a JSON example record under a model heading (its nested object is no model), and a model the line above names as an entity', () => {
    const md = [
      '# Shop',
      '',
      '## Data model',
      '',
      '### Order',
      '',
      '```json',
      '{ "id": "o1", "total": 42, "customer": { "name": "Ann", "email": "ann@example.com" } }',
      '```',
      '',
      '### Other',
      '',
      'The configuration entity:',
      '',
      '```yaml',
      'Tenant:',
      '  name: string',
      '  plan: string',
      '```',
    ].join('\n');
    expect(models(md)).toEqual(['Order { id: string; total: number; customer: unknown }', 'Tenant { name: string; plan: string }']);
  });
});
