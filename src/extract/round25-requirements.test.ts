/**
 * Round 25: a requirement that says what is kept of each thing it names with a capital ("THE Catalog
 * SHALL store each Tool with its name, category and …") names that thing's model and fields.
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines } from '../testing/extract.js';

const requirements = (...criteria: string[]) =>
  lines('# Seed swap', '', '## Requirements', '', '### Requirement 4: Records', '', '#### Acceptance Criteria', '', ...criteria.map((c, i) => `${i + 1}. ${c}`));

describe('a requirement that stores each named thing with its parts', () => {
  it('reads the model and its fields, "whether" clauses as booleans', () => {
    const md = requirements(
      'THE Library SHALL store each Packet with its variety, harvest year, germination rate and whether it is organic.',
      'THE Swap_Service SHALL keep every Swap with their giver, taker, packet, swap date and status.',
    );
    expect(modelLines(md)).toEqual([
      'Packet { variety: string; harvestYear: number; germinationRate: number; isOrganic: boolean }',
      'Swap { giver: string; taker: string; packet: string; swapDate: string; status: string }',
    ]);
  });

  it('reads no model from a thing in lower case, a question, a path or a long phrase', () => {
    const md = requirements(
      'THE Library SHALL store each packet with its variety and harvest year.',
      'Should THE Library store each Packet with its variety and harvest year?',
      'THE Library SHALL save each Photo with its file under /var/seed/photos and its caption.',
      'THE Library SHALL keep each Packet with its full history of every change made by volunteers and its owner.',
      'THE Library SHALL record each Swap with its giver.',
    );
    expect(modelLines(md)).toEqual([]);
  });

  it('reads no model from a line out of scope', () => {
    const md = requirements('THE Library SHALL store each Voucher with its code, value and expiry date (out of scope for the pilot).');
    expect(modelLines(md)).toEqual([]);
  });
});
