/**
 * Round 26, fields: a note that says when a number or date is empty makes it nullable in a field list too
 * (`capacite (entier, vide si ce n'est pas du patin libre)`), and a `NULL` column beside a required column
 * (`| Pflicht | NULL |`, a German Pflichtenheft's) says whether the value may be null.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('a note that says when a value is empty', () => {
  it('makes a number or date in a field list nullable', () => {
    const md = lines(
      '# X',
      '',
      '## Données',
      '',
      '| Entité | Champs |',
      '|--------|--------|',
      "| `Plage` | id (texte), capacite (entier, vide si ce n'est pas du patin libre), fin (date-heure, vide tant que la plage est ouverte) |",
    );
    expect(modelLines(md)).toEqual(['Plage { id: string; capacite: number | null; fin: string | null }']);
  });

  it('leaves text that may be empty a string', () => {
    const md = lines('# X', '', '## Données', '', '| Entité | Champs |', '|--------|--------|', '| `Plage` | id (texte), note (texte, vide si aucune remarque) |');
    expect(modelLines(md)).toEqual(['Plage { id: string; note: string }']);
  });
});

describe('a NULL column beside a required column', () => {
  const table = (rows: string[]) =>
    lines('# X', '', '## 4 Produktdaten', '', '### 4.2 Fahrzeug', '', '| Feld | Typ | Pflicht | NULL | Beschreibung |', '|------|-----|---------|------|--------------|', ...rows);

  it('makes the field nullable when it says yes, and leaves it required', () => {
    const md = table(['| `id` | UUID | ja | nein | |', '| `naechsteHu` | Datum | ja | ja | Monat der nächsten HU |', '| `vorname` | Text | nein | nein | |']);
    expect(modelLines(md)).toEqual(['Fahrzeug { id: string; naechsteHu: string | null; vorname?: string }']);
  });
});
