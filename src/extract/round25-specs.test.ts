/**
 * Round 25, spec-driven formats (Kiro, Spec Kit, OpenSpec, Task Master, BMAD, PRP, Cursor rules):
 * object types sketched under bare names in a block without a language.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('object types under bare names in a block without a language', () => {
  it('reads each as a model, one per line or spread over lines', () => {
    const md = lines(
      '# Architecture',
      '',
      'Entities:',
      '',
      '```',
      'Voyage {',
      '  id: string',
      '  harbourId: string',
      '  sailsAt: string   // ISO datetime',
      '  state: "booked" | "sailed"',
      '  skipperNote?: string',
      '}',
      '',
      'Harbour { id: string, berths: number }',
      '```',
    );
    expect(modelLines(md)).toEqual([
      'Harbour { id: string; berths: number }',
      'Voyage { id: string; harbourId: string; sailsAt: string; state: "booked" | "sailed"; skipperNote?: string }',
    ]);
  });

  it('leaves settings, example records and code alone', () => {
    const settings = lines('# Setup', '', '```', 'Server {', '  port: 8080', '  host: "0.0.0.0"', '}', '```');
    const example = lines('# Usage', '', '```', 'Voyage {', '  id: "v-1",', '  berths: 4', '}', '```');
    const code = lines('# Notes', '', '```', 'Voyage {', '  id: string', '  sail() { return true }', '}', '```');
    const single = lines('# Notes', '', '```', 'Voyage { id: string }', '```');
    for (const md of [settings, example, code, single]) expect(modelLines(md)).toEqual([]);
  });
});
