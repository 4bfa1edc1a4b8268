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
