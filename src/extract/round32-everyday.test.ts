/**
 * Round 32: "Mounted under `/yard/api`." with no subject in an API section, and models listed as
 * `- Customer (id, name, email)` in a data section.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedModels, modelLines } from '../testing/extract.js';

describe('a base stated with no subject', () => {
  it('reads "Mounted under `/yard/api`." in an API section as the prefix of its calls', () => {
    const md = lines('# yard-svc', '', '## API', '', 'Mounted under `/yard/api`. JSON in/out.', '', '| Method | Path |', '|---|---|', '| GET | `/boats` |');
    expect(apiLines(md)).toEqual(['GET /yard/api/boats']);
  });

  it('reads no prefix from such a sentence outside an API section, nor from one with a subject of its own', () => {
    expect(apiLines(lines('# yard-svc', '', '## Storage', '', 'Mounted under `/mnt/data` on the host.', '', '- `GET /boats` — list'))).toEqual(['GET /boats']);
    expect(apiLines(lines('# yard-svc', '', '## API', '', 'The admin tool is mounted under `/admin-tool` by ops.', '', '- `GET /boats` — list'))).toEqual(['GET /boats']);
  });
});

describe('models listed with their fields in parentheses', () => {
  it('reads `- Customer (id, name, email)` items of a data section as models', () => {
    const md = lines('# Knives', '', '## models', '', '- Customer (id, name, email, isRestaurant)', '- Van (id, name, plate)');
    expect(modelLines(md)).toEqual(['Customer { id: string; name: string; email: string; isRestaurant: boolean }', 'Van { id: string; name: string; plate: string }']);
  });

  it('reads no model from a list of people or products with notes in parentheses', () => {
    expect(mergedModels(lines('# Knives', '', '## Team', '', '- Alice (design, research)', '- Bruno (backend, ops)'))).toEqual([]);
  });
});
