/**
 * Round 35, everyday English: a paragraph that labels the data to keep ("New data we'd need to
 * keep:") over bold entity names, each with its list of fields.
 */
import { describe, expect, it } from 'vitest';
import { lines } from '../testing/extract.js';
import { extractTasks } from './extract.js';
import { parsePrd } from '../prd/index.js';

function models(md: string): string[] {
  return extractTasks(parsePrd(Buffer.from(md), 'x.md'))
    .filter((t) => t.kind === 'model')
    .map((t) => `${t.name}(${t.fields.map((f) => `${f.name}:${f.type}`).join(',')})`);
}

const entities = ['**SlipHold**', '- `id` — string', '- `expiresAt` — timestamp', '', '**WaitlistEntry**', '- `id` — string', '- `position` — number'];

describe('bold entities under a paragraph that labels the data to keep', () => {
  it('reads every bold entity and its fields under "New data we\'d need to keep:"', () => {
    expect(models(lines('# Marina', '', '## Asks for engineering', '', "New data we'd need to keep:", '', ...entities))).toEqual(['SlipHold(id:string,expiresAt:string)', 'WaitlistEntry(id:string,position:number)']);
  });

  it('reads no model from bold names and lists under a label that names no data', () => {
    expect(models(lines('# Marina', '', '## Asks for engineering', '', 'Things Sam raised:', '', ...entities))).toEqual([]);
  });

  it('ends the run at a label that is no entity name', () => {
    const md = lines('# Marina', '', '## Asks', '', 'Data model:', '', ...entities, '', '**Open questions for Sam:**', '', '**Owner**', '- `id` — string', '- `phone` — string');
    expect(models(md)).toEqual(['SlipHold(id:string,expiresAt:string)', 'WaitlistEntry(id:string,position:number)']);
  });
});
