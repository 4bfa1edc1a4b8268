/**
 * Round 19, spec-driven tools' formats: a models label whose paragraph outlines the models in its
 * indented lines (a Task Master `prd.txt` writes its architecture as plain indented text).
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('a models label over an indented outline in the same paragraph', () => {
  it('each unindented name under the label is a model, the lines under it its fields', () => {
    const md = lines(
      '# Kennel booking', '', '## Technical notes', '',
      'Entities:',
      '  Kennel',
      '    code: string',
      '    capacity: integer',
      '  Stay',
      '    id: uuid',
      '    kennelCode: string',
      '    state: one of booked | in | out',
      '    leftAt: date or null',
    );
    expect(modelLines(md)).toEqual([
      'Kennel { code: string; capacity: number }',
      'Stay { id: string; kennelCode: string; state: "booked" | "in" | "out"; leftAt: string | null }',
    ]);
  });

  it('a label about something else, or lines that are settings or an example payload, give no model', () => {
    const settings = lines(
      '# Kennel booking', '', '## Technical notes', '',
      'Deployment settings:',
      '  Server',
      '    port: 8080',
      '    host: "kennel.example.com"',
    );
    const example = lines(
      '# Kennel booking', '', '## Technical notes', '',
      'Example response:',
      '  Stay',
      '    id: uuid',
      '    kennelCode: string',
    );
    const notOutline = lines(
      '# Kennel booking', '', '## Technical notes', '',
      'Data models:',
      '  See https://docs.example.com/kennel/schema for the models',
      '  and src/models/stay.ts for the code.',
      '  Ask the team before changing them.',
    );
    expect(modelLines(settings)).toEqual([]);
    expect(modelLines(example)).toEqual([]);
    expect(modelLines(notOutline)).toEqual([]);
  });
});
