/**
 * Round 24, languages: a glossary under an annex's label ("Annexe B — Glossaire"), German
 * "Oberflächen" as a pages heading, an enum's values after "among"/"parmi" each in code marks
 * in a field list, and French notes that say when a value is null with an elided "tant qu'".
 */
import { describe, expect, it } from 'vitest';
import { readFieldNotes, readSideNotes } from './field-types.js';
import { modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('a glossary under an annex label', () => {
  it('takes no rule from "Appendix C — Glossary" or "Anhang A: Glossar"', () => {
    const en = lines('# Tool library', '', '## Rules', '', '- A member must return a tool within 7 days.', '', '## Appendix C — Glossary', '', '- **Hold**: a request that must be confirmed by staff before pickup.');
    expect(ruleRows(en).map((r) => r[2])).toEqual(['A member must return a tool within 7 days.']);
    const de = lines('# Werkzeugverleih', '', '## Regeln', '', '- Ein Mitglied muss ein Werkzeug innerhalb von 7 Tagen zurückgeben.', '', '## Anhang A: Glossar', '', '- **Vormerkung**: eine Anfrage, die vor der Abholung bestätigt werden muss.');
    expect(ruleRows(de).map((r) => r[2])).toEqual(['Ein Mitglied muss ein Werkzeug innerhalb von 7 Tagen zurückgeben.']);
  });

  it('keeps the rules of an annex that is not a glossary', () => {
    const md = lines('# Tool library', '', '## Appendix A — Business rules', '', '- A member must return a tool within 7 days.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['A member must return a tool within 7 days.']);
  });
});

describe('German "Oberflächen" as a pages heading', () => {
  it('reads the routes listed under "Benutzeroberflächen"', () => {
    const md = lines('# Vereinskasse', '', '## 4. Benutzeroberflächen', '', '- Mitglieder: Beitragsübersicht `/beitraege`, Beitragsdetail `/beitraege/:beitragId`');
    expect(pageRoutes(md)).toEqual(['/beitraege', '/beitraege/:beitragId']);
  });

  it('takes no page from a web address or a source folder under it', () => {
    const md = lines('# Vereinskasse', '', '## 4. Oberflächen', '', 'Gestaltung siehe https://design.verein.example.de/kasse; Bausteine liegen unter `frontend/src/bausteine/`.');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('an enum after "among"/"parmi", its values in code marks', () => {
  it('reads the values as the field\'s type and the next field after them', () => {
    const fr = lines('# Outilthèque', '', '## Données', '', '**Emprunt** — `id` (uuid), `etat` parmi `ouvert`, `en_retard`, `clos`, `ouvertLe` (date-heure).');
    expect(modelLines(fr)).toEqual(['Emprunt { id: string; etat: "ouvert" | "en_retard" | "clos"; ouvertLe: string }']);
    const en = lines('# Tool library', '', '## Data model', '', '**Loan** — `id` (uuid), `state` among `open`, `late` or `closed`, `openedAt` (datetime).');
    expect(modelLines(en)).toEqual(['Loan { id: string; state: "open" | "late" | "closed"; openedAt: string }']);
  });

  it('does not join code-marked fields that follow no enum word', () => {
    const md = lines('# Tool library', '', '## Data model', '', '**Loan** — `id` (uuid), `toolId`, `memberId`, `openedAt` (datetime).');
    expect(modelLines(md)).toEqual(['Loan { id: string; toolId: string; memberId: string; openedAt: string }']);
  });

  it('gives no enum type to "among" before a phrase', () => {
    expect(readFieldNotes('among the plans a shop sells').type).toBeUndefined();
  });
});

describe('French notes that say when a value is null', () => {
  it('reads "nul tant qu\'aucun …" and "vide tant qu\'il …" as nullable', () => {
    expect(readFieldNotes("date, nul tant qu'aucun retour n'est saisi").nullable).toBe(true);
    expect(readSideNotes("vide tant qu'il n'est pas rendu", 'string', 'date').nullable).toBe(true);
  });

  it('keeps Dutch "nul als …" (zero if …) a plain number', () => {
    expect(readFieldNotes('getal, nul als er geen actie is')).toMatchObject({ nullable: false });
    expect(readSideNotes('nul als er geen actie is', 'number', 'getal').nullable).toBe(false);
  });
});
