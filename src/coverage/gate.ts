/**
 * The CI gate: `--min PERCENT` and `--fail-on missing|untested-must|orphans`. Pure: what failed and
 * the lines that say why; the host prints them and sets the exit code.
 */
import { entryLabel, placeText } from './describe.js';
import type { CoverageResult } from './types.js';

export const FAIL_ON = ['missing', 'untested-must', 'orphans'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * @param result what `matchCoverage` gave
 * @param gate the minimum implemented share (0–100) and the categories that must be empty
 * @returns the failures, each with the list that caused it; empty when the gate passes
 */
export function checkCoverageGate(result: CoverageResult, gate: { min?: number; failOn: readonly FailOn[] }): string[] {
  const failures: string[] = [];
  if (gate.min !== undefined && result.percent < gate.min) failures.push(`coverage ${result.percent}% is below --min ${gate.min}%`);
  for (const category of gate.failOn) {
    const list =
      category === 'missing'
        ? result.entries.filter((e) => e.status === 'missing').map((e) => `  ${e.kind} ${entryLabel(e)}  (${placeText(e.sources[0]!)})`)
        : category === 'untested-must'
          ? result.untestedMust.map((e) => `  ${entryLabel(e)}  (${placeText(e.sources[0]!)})`)
          : result.orphans.map((o) => `  ${o.kind} ${o.method ? `${o.method} ${o.path}` : o.path}  (${placeText(o)})`);
    if (list.length > 0) failures.push(`--fail-on ${category}: ${list.length} found\n${list.join('\n')}`);
  }
  return failures;
}
