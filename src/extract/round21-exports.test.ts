/**
 * Round 21, exported and converted documents: what Pandoc writes when it converts a Word document
 * to Markdown — grid tables (`+----+----+` borders, `+====+` under the header, cells that run over
 * several lines), simple tables (a header over a rule of dash groups) and definition lists (`Term`,
 * then `:   definition`), read as the tables and labelled items they stand for.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('Pandoc grid tables', () => {
  const grid = lines(
    '# Kilnlog',
    '',
    '## API',
    '',
    '+--------+------------------------------+--------------------+',
    '| Method | Path                         | Notes              |',
    '+========+==============================+====================+',
    '| GET    | /api/kilns                   | All kilns, by      |',
    '|        |                              | studio             |',
    '+--------+------------------------------+--------------------+',
    '| POST   | /api/kilns/{kilnId}/firings  | Start a firing     |',
    '+--------+------------------------------+--------------------+',
    '',
    '## Firing',
    '',
    '+-------------+-----------+-------------------------+',
    '| Field       | Type      | Description             |',
    '+=============+===========+=========================+',
    '| id          | UUID      |                         |',
    '+-------------+-----------+-------------------------+',
    '| peakTemp    | Integer   | Degrees Celsius         |',
    '+-------------+-----------+-------------------------+',
    '| cone        | Enum      | low, mid, high          |',
    '+-------------+-----------+-------------------------+',
  );

  it('reads endpoints and fields from a grid table, cells over several lines joined', () => {
    expect(apiLines(grid)).toEqual(['GET /api/kilns', 'POST /api/kilns/:kilnId/firings']);
    expect(modelLines(grid)).toEqual(['Firing { id: string; peakTemp: number; cone: "low" | "mid" | "high" }']);
  });

  it('reads a grid table with no header separator by its first row', () => {
    const md = lines('# Kilnlog', '', '## API', '', '+--------+-----------------+', '| Method | Path            |', '+--------+-----------------+', '| DELETE | /api/glazes/:id |', '+--------+-----------------+');
    expect(apiLines(md)).toEqual(['DELETE /api/glazes/:id']);
  });

  it('leaves alone a paragraph that only starts with a plus, and a grid of web addresses', () => {
    expect(apiLines(lines('# Kilnlog', '', '## API', '', '+1 to the idea of a /api/kilns listing, someday.'))).toEqual([]);
    const links = lines('# Kilnlog', '', '## Links', '', '+---------+----------------------------------+', '| Name    | Link                             |', '+=========+==================================+', '| Wiki    | https://wiki.example.org/kilns   |', '+---------+----------------------------------+');
    expect(apiLines(links)).toEqual([]);
    expect(pageRoutes(links)).toEqual([]);
  });
});

describe('Pandoc simple tables', () => {
  it('reads fields and screens from a header over dash groups', () => {
    const md = lines(
      '# Kilnlog',
      '',
      '## Glaze',
      '',
      '  Field        Type        Notes',
      '  ------------ ----------- ------------------------',
      '  id           UUID',
      '  name         Text        Shown on the shelf label',
      '  testedAt     Timestamp   Null until a test tile',
      '  ------------ ----------- ------------------------',
      '',
      '## Screens',
      '',
      '  Screen            Route',
      '  ----------------- ----------------',
      '  Kiln board        /kilns',
      '  Firing log        /kilns/:id/log',
    );
    expect(modelLines(md)).toEqual(['Glaze { id: string; name: string; testedAt: string | null }']);
    expect(pageRoutes(md)).toEqual(['/kilns', '/kilns/:id/log']);
  });

  it('leaves alone a single rule under a line (a setext heading) and dashes inside prose', () => {
    const md = lines('# Kilnlog', '', '## Notes', '', 'Firing -- -- not a table, the kiln path /kilns stays a mention.', '', 'Glaze', '-----', '', 'A glaze has a name.');
    expect(modelLines(md)).toEqual([]);
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('Pandoc definition lists', () => {
  it('reads a requirement id term over its definition as a rule with that id', () => {
    const md = lines(
      '# Kilnlog',
      '',
      '# Business rules',
      '',
      'KR-1',
      ':   A kiln whose last firing failed is locked until a technician signs it off.',
      '',
      'KR-2',
      '',
      ':   Every firing records its peak temperature,',
      '    measured at the top shelf.',
    );
    expect(ruleRows(md)).toEqual([
      ['KR-1', 'must', 'A kiln whose last firing failed is locked until a technician signs it off.'],
      ['KR-2', 'must', 'Every firing records its peak temperature, measured at the top shelf.'],
    ]);
  });

  it('reads a field name term with a type definition under a model heading as a field', () => {
    const md = lines('# Kilnlog', '', '## Data model', '', '### Kiln', '', 'serial', ':   Text, unique.', '', 'capacityLitres', ':   Integer.', '', 'commissionedOn', ':   Date.');
    expect(modelLines(md)).toEqual(['Kiln { serial: string; capacityLitres: number; commissionedOn: string }']);
  });

  it('keeps a glossary of terms out of the rules, and a colon line after a sentence is no definition', () => {
    const glossary = lines('# Kilnlog', '', '## Glossary', '', 'Bisque', ':   The first firing of clay, which must be done before glazing.', '', 'Cone', ':   A measure of heat work.');
    expect(ruleRows(glossary)).toEqual([]);
    const sentence = lines('# Kilnlog', '', '## Notes', '', 'The studio has two kilns.', ':   smiley, not a definition');
    expect(modelLines(sentence)).toEqual([]);
    expect(ruleRows(sentence)).toEqual([]);
  });
});
