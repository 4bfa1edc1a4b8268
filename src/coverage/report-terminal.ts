/**
 * The terminal report: one line per entry (status, kind, task, first place), then the orphans, the
 * totals per PRD (with more than one) and the project's totals. Colors only when the output is a terminal.
 */
import pc from 'picocolors';
import { entryLabel, placeText } from './describe.js';
import type { TaskKind } from '../types.js';
import type { CoverageEntry, CoverageResult, KindTotals } from './types.js';

type Paint = (s: string) => string;

function statusMark(e: CoverageEntry, color: boolean): string {
  const paint = (f: Paint, s: string) => (color ? f(s) : s);
  switch (e.status) {
    case 'implemented':
      return paint(pc.green, 'implemented');
    case 'tested':
      return paint(pc.green, 'tested     ');
    case 'missing':
      return paint(pc.red, 'missing    ');
    case 'untested':
      return paint(e.level === 'must' ? pc.red : pc.yellow, 'untested   ');
  }
}

/** `endpoints 4/6, pages 0/1, models 0/1 implemented; rules 0/1 tested` */
function kindTotals(t: Record<TaskKind, KindTotals>): string {
  return `endpoints ${t.api.implemented}/${t.api.total}, pages ${t.page.implemented}/${t.page.total}, models ${t.model.implemented}/${t.model.total} implemented; rules ${t.rule.tested}/${t.rule.total} tested`;
}

/**
 * @param result what `matchCoverage` gave
 * @param color whether to color (a TTY)
 * @returns the report text
 */
export function coverageTerminal(result: CoverageResult, color: boolean): string {
  const dim = (s: string) => (color ? pc.dim(s) : s);
  const bold = (s: string) => (color ? pc.bold(s) : s);
  const lines: string[] = [];
  const width = Math.min(60, Math.max(10, ...result.entries.map((e) => entryLabel(e).length)));
  for (const e of result.entries) {
    const label = entryLabel(e);
    const where = e.implementations[0] ? placeText(e.implementations[0]) + (e.implementations.length > 1 ? ` +${e.implementations.length - 1}` : '') : dim(`PRD ${placeText(e.sources[0]!)}`);
    const tests = e.tests.length > 0 ? `  ${e.tests.length} test${e.tests.length === 1 ? '' : 's'}` : e.kind === 'rule' ? '' : dim('  no test');
    lines.push(`${statusMark(e, color)}  ${e.kind.padEnd(5)} ${(label.length > width ? `${label.slice(0, width - 1)}…` : label).padEnd(width)}  ${where}${tests}`);
  }
  if (result.orphans.length > 0) {
    lines.push('', bold(`In the code, in no PRD (${result.orphans.length}):`));
    for (const o of result.orphans) lines.push(`  ${o.kind.padEnd(5)} ${(o.method ? `${o.method} ${o.path}` : o.path).padEnd(width)}  ${placeText(o)}`);
  }
  // With more than one PRD, each PRD's own totals (with one they would repeat the project's).
  if (result.perPrd.length > 1) {
    const fileWidth = Math.max(...result.perPrd.map((p) => p.file.length));
    lines.push('', bold('Per PRD:'));
    for (const p of result.perPrd) lines.push(`  ${p.file.padEnd(fileWidth)}  ${kindTotals(p)}`);
  }
  const s = result.summary;
  lines.push(
    '',
    bold(`Coverage ${result.percent}%`) +
      `: ${kindTotals(s)}` +
      (result.untestedMust.length > 0 ? `; ${result.untestedMust.length} must rule${result.untestedMust.length === 1 ? '' : 's'} without a test` : ''),
  );
  return `${lines.join('\n')}\n`;
}
