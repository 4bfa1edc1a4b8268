/**
 * Round 26, requirement lists in engineering specs: a "Done when" heading lists acceptance criteria.
 */
import { describe, expect, it } from 'vitest';
import { lines, ruleRows } from '../testing/extract.js';

describe('a "Done when" heading', () => {
  it('heads acceptance criteria: its checklist items are rules', () => {
    const md = lines('# Spec', '', '## done when', '', '- [ ] allocating a plot that is not VACANT returns 409', '- [ ] committee routes answer 403 for ordinary members');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['allocating a plot that is not VACANT returns 409', 'committee routes answer 403 for ordinary members']);
  });

  it('is none when the words only qualify another heading: "Rollout (done when every store has moved)"', () => {
    const md = lines('# Spec', '', '## Rollout (done when every store has moved)', '', '- the Leeds store moves in week 1', '- the York store moves in week 2');
    expect(ruleRows(md)).toEqual([]);
  });
});
