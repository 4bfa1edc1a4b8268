/**
 * Round 26: the rules of a design document — an "Error handling" or "Edge cases" section's items and
 * `| Situation | Behaviour |` rows, numbered bold statements in a rules section (`**Property 2:** …`),
 * and a template's "Replace these with …" note.
 */
import { describe, expect, it } from 'vitest';
import { lines, ruleRows } from '../testing/extract.js';

const texts = (md: string) => ruleRows(md).map((r) => r[2]);

describe('error handling and edge cases', () => {
  it('reads each row of a Situation | Behaviour table as a rule that opens with its situation', () => {
    const md = lines(
      '# Lockers', '', '## Error Handling', '',
      '| Situation | Behaviour |', '|---|---|',
      '| Wrong code | Return 404 and count the failure; after 5 failures the keypad locks for 15 minutes |',
      '| Gateway timeout | Retry once after 2 seconds, then return 503 |',
    );
    expect(texts(md)).toEqual([
      'Wrong code: Return 404 and count the failure; after 5 failures the keypad locks for 15 minutes',
      'Gateway timeout: Retry once after 2 seconds, then return 503',
    ]);
  });

  it('reads the items of an Edge cases list as rules, not its questions nor a note to replace them', () => {
    const md = lines(
      '# Calibration', '', '### Edge Cases', '',
      '- A duplicate certificate upload returns 409 with the existing id.',
      '- What happens when an instrument is away for weeks?',
      '- _Replace these with the edge cases agreed with the lab managers._',
    );
    expect(texts(md)).toEqual(['A duplicate certificate upload returns 409 with the existing id.']);
  });

  it('reads no rule from a situation table outside such a section when no row states one', () => {
    const md = lines('# X', '', '## Glossary', '', '| Situation | Behaviour |', '|---|---|', '| Quiet hours | Fewer pings |', '| Holiday | Banner shown |');
    expect(texts(md)).toEqual([]);
  });
});

describe('numbered statements in a rules section', () => {
  it('reads each "**Property N:**" paragraph of a Correctness Properties section as a rule', () => {
    const md = lines(
      '# Lockers', '', '## Correctness Properties', '',
      '**Property 1:** A compartment holds at most one parcel at a time.', '_Validates: Requirements 2.1_', '',
      '**Property 2:** For any parcel, a pickup code opens only the compartment it was issued for.', '_Validates: Requirements 3.2_', '',
      'These properties are checked with fast-check.',
    );
    expect(texts(md)).toEqual(['Property 1: A compartment holds at most one parcel at a time.', 'Property 2: For any parcel, a pickup code opens only the compartment it was issued for.']);
  });

  it('reads no numbered bold paragraph outside a rules section as a rule without a keyword', () => {
    const md = lines('# Lockers', '', '## Background', '', '**Phase 1:** The lockers were installed in March.', '', '**Phase 2:** Tenants started using them.');
    expect(texts(md)).toEqual([]);
  });
});

describe('a template note', () => {
  it('is no rule: "Replace these with …", "Replace the examples with yours"', () => {
    const md = lines('# X', '', '## Business rules', '', '- Replace the examples with yours.', '- _Replace these with the rules agreed with finance._', '- Refunds are issued within 14 days.');
    expect(texts(md)).toEqual(['Refunds are issued within 14 days.']);
  });

  it('keeps a rule that replaces something in the product: "Replace the card with a new one when it expires" under rules', () => {
    const md = lines('# X', '', '## Business rules', '', '- The system replaces an expired card with the new one the bank sends.');
    expect(texts(md)).toEqual(['The system replaces an expired card with the new one the bank sends.']);
  });
});
