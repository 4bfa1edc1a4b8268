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
