/**
 * Round 30: routes in bold and after "at", a pre-order's fields in a table with no type column, a
 * model a sentence defines before its fields in code marks, models listed under "Things the system
 * keeps track of", a model column headed `Entidade`, German "Datenobjekte", and pages a French
 * sentence opens ("ouvre `/agents/pointage`", "l'espace famille, `/famille`").
 */
import { describe, expect, it } from 'vitest';
import { lines, mergedModels, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('routes a sentence places a screen at', () => {
  it('reads a route in bold as the route, not with its closing marks', () => {
    const md = lines('# Rota', '', '## Flow 1', '', '1. Moira opens the app and lands on **/rota**, the week view.', '2. The shift appears in her own list at **/me/shifts**.');
    expect(pageRoutes(md)).toEqual(['/me/shifts', '/rota']);
  });

  it('reads "X at `/route`" in a list item or sentence as a page', () => {
    const md = lines('# League', '', '## 1. Registration', '', '- [x] Admin list of registrations at `/admin/registrations`', '- [ ] Coaches enter scores at `/coach/results`', '- **Bake list** at `/bake-list` — this week\'s bake days');
    expect(pageRoutes(md)).toEqual(['/admin/registrations', '/bake-list', '/coach/results']);
  });

  it('reads no page where things are stored, mounted or exposed, nor a file, a webhook or an API path', () => {
    const md = lines('# League', '', '## Notes', '', '- Exports are stored at `/exports/2027`.', '- The Stripe webhook at `/hooks/stripe` verifies signatures.', '- The tariff is a PDF at `/static/tariff-2024.pdf`.', '- Routers are mounted at `/internal`.', '- The list of teams at `/api/teams` is public.');
    expect(pageRoutes(md)).toEqual([]);
  });

  it('reads routes a French sentence opens or names as a space', () => {
    const md = lines('# Cantine', '', '## Ce que vivent les agents', '', "À 11 h 45, l'agent ouvre `/agents/pointage` sur la tablette.", '', "Un parent se connecte sur l'espace famille, `/famille`, où il retrouve ses enfants.");
    expect(pageRoutes(md)).toEqual(['/agents/pointage', '/famille']);
  });

  it('reads no page from such a verb before an API path or a file', () => {
    const md = lines('# Cantine', '', '## Notes', '', "L'agent ouvre `/api/pointage` pour tester.", "Il ouvre `/docs/guide.pdf`.");
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('models written the everyday way', () => {
  it('reads "What\'s in a pre-order" over a `| Field | What it is |` table as the model, its types from the descriptions', () => {
    const md = lines('# Bakery', '', "## What's in a pre-order", '', '| Field | What it is |', '|---|---|', '| id | uuid |', '| memberId | the member placing it |', '| status | `pending`, `confirmed` or `no_show` |', '| totalPence | integer, in pence |', '| paidFromShare | boolean |', '| note | optional, free text |');
    expect(modelLines(md)).toEqual(['PreOrder { id: string; memberId: string; status: "pending" | "confirmed" | "no_show"; totalPence: number; paidFromShare: boolean; note?: string }']);
  });

  it('reads "A **Loaf** is the thing on the bake list: an `id`, …" as a model, in any section', () => {
    const md = lines('# Bakery', '', '## Notes', '', 'A **Loaf** is the thing on the bake list: an `id`, a `name`, a `pricePence` (integer), and `vegan` (true/false).');
    expect(modelLines(md)).toEqual(['Loaf { id: string; name: string; pricePence: number; vegan: boolean }']);
  });

  it('reads no model from such a sentence with fewer than three fields', () => {
    const md = lines('# Bakery', '', '## Notes', '', 'A **Release** is the thing we ship: see `CHANGELOG` and `version`.');
    expect(mergedModels(md)).toEqual([]);
  });

  it('reads bold items with code names under "Things the system keeps track of"', () => {
    const md = lines('# Clayhouse', '', '### 2.2 Things the system keeps track of', '', '- **Member**: name, email, membershipTier (`basic` or `unlimited`), keyFobId (optional)', '- **Kiln**: name, maxTempC, shelves');
    expect(mergedModels(md).map((m) => m.name)).toEqual(['Kiln', 'Member']);
  });

  it('reads a run of two code-case items with code names as models outside a data section, not one of roles', () => {
    expect(mergedModels(lines('# X', '', '## Scope', '', '- Permit: plate, zoneCode, validUntil', '- Zone: code, name, maxSpaces')).map((m) => m.name)).toEqual(['Permit', 'Zone']);
    expect(mergedModels(lines('# X', '', '## Who', '', '- Admin: can edit, can delete, can approve', '- Viewer: can read, can comment, can share'))).toEqual([]);
  });

  it('reads a model column headed `Entidade` and a German "Datenobjekte" section', () => {
    const pt = lines('# X', '', '## Modelo de dados', '', '| Entidade | Campo | Tipo |', '|---|---|---|', '| `Tutor` | id | uuid |', '| | nome | texto |', '| `Pet` | id | uuid |', '| | castrado | booleano |');
    expect(modelLines(pt)).toEqual(['Pet { id: string; castrado: boolean }', 'Tutor { id: string; nome: string }']);
    const de = lines('# X', '', '## Datenobjekte', '', '**Foto**: id (UUID), meldungId (Zeichenkette), groesseBytes (Ganzzahl).');
    expect(modelLines(de)).toEqual(['Foto { id: string; meldungId: string; groesseBytes: number }']);
  });
});

describe('rules in a checklist', () => {
  it('reads an item that states a limit without its full stop, and "have to be" / "is compulsory" as keywords', () => {
    const md = lines('# League', '', '## 2. Teams and placement', '', '- [ ] `POST /api/teams/:teamId/players` — place an approved player on a team', "- [ ] A player can't be on two teams in the same age group", '- [ ] Results have to be in by 8pm Sunday or the fixture is flagged', '- [ ] Photo consent question is compulsory — no default answer');
    expect(ruleRows(md).map((r) => r[2])).toEqual(["A player can't be on two teams in the same age group", 'Results have to be in by 8pm Sunday or the fixture is flagged', 'Photo consent question is compulsory — no default answer']);
  });

  it('reads no rule from an item that describes a call, a plan step or a model line', () => {
    const md = lines('# Plan', '', '## Tasks', '', '- [ ] POST /v1/messages/{id}/cancel — only while queued', '- [ ] Pilot at DC North for 2 weeks before DC East', '- Reaction — id (uuid), body (text, max 280 chars)', '- POST /inspections — multipart, up to 3 photos');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('a rule id of one capital', () => {
  it('reads `R1:` and `R2:` opening rules as their ids', () => {
    const md = lines('# Permits', '', '## Rules', '', '- R1: a resident can have at most 2 vehicles with an active permit.', "- R2: a permit can't be issued until the resident is verified.");
    expect(ruleRows(md).map((r) => r[0])).toEqual(['R1', 'R2']);
  });

  it('reads no id from a capital and a number that no colon follows ("R2 is …", "A1 paper")', () => {
    const md = lines('# Permits', '', '## Rules', '', '- R2 limits must be checked nightly.', '- A1 paper must be used for printed permits.');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'R2 limits must be checked nightly.'],
      [undefined, 'must', 'A1 paper must be used for printed permits.'],
    ]);
  });
});

describe('a paragraph of name lines', () => {
  it('reads `Customer — id, name, …` lines of one paragraph as models, as a list of them would be', () => {
    const md = lines('# Laundry (pasted from Slack)', '', '**Mo [11:44 PM]**', 'data, roughly:', '', 'Customer — id, name, phone, defaultAddress (can be null if never saved)', 'Driver — id, name, phone, active (bool)');
    expect(modelLines(md)).toEqual(['Customer { id: string; name: string; phone: string; defaultAddress: string | null }', 'Driver { id: string; name: string; phone: string; active: boolean }']);
  });

  it('reads no model from lines of people and their areas, nor from one such line', () => {
    expect(mergedModels(lines('# Team', '', '## Who', '', 'Alice — design, research, hiring', 'Bruno — backend, infra, ops'))).toEqual([]);
    expect(mergedModels(lines('# Team', '', '## Notes', '', 'Customer — id, name, phone, email'))).toEqual([]);
  });
});

describe('names a sentence says are stored', () => {
  it('reads "Também guardamos `Condominio`, `Fracao` e `Aviso`" and "We also store `Vendor` and **Enquiry**" as models', () => {
    expect(mergedModels(lines('# X', '', '## Notas de dados', '', 'Também guardamos `Condominio`, `Fracao` e `Aviso`; os campos seguem a folha de cálculo.')).map((m) => m.name)).toEqual(['Aviso', 'Condominio', 'Fracao']);
    expect(mergedModels(lines('# X', '', '## Notes', '', 'We also store `Vendor` and **Enquiry** for the sales team.')).map((m) => m.name)).toEqual(['Enquiry', 'Vendor']);
  });

  it('reads no model from a store\'s name, a value in lower case, or a name kept or tracked', () => {
    expect(mergedModels(lines('# X', '', '## Notes', '', 'We store `Redis` snapshots nightly. The app stores `localStorage` tokens. We keep `Stripe` in test mode and track `Sentry` errors.'))).toEqual([]);
  });
});
