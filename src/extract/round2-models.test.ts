import { describe, expect, it } from 'vitest';
import { mergeTasks } from '../plan/merge.js';
import { parsePrd } from '../prd/parse.js';
import type { ModelTask } from '../types.js';
import { extractTasks } from './extract.js';

/** Extraction round 2, models and field types: each pattern with what it must read and what it must leave alone. */
const models = (md: string): ModelTask[] => mergeTasks(extractTasks(parsePrd(md, 'x.md'))).tasks.filter((t): t is ModelTask => t.kind === 'model');
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
