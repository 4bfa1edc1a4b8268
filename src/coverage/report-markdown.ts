/**
 * `coverage --markdown`: a pull-request comment. Totals first, then what is missing, the `must` rules
 * no test cites and the orphans; the full table folds away in `<details>`. Cells are escaped: PRD text
 * and paths are untrusted.
 */
import { htmlSafeCell as cell } from '../markdown-text.js';
import type { TaskKind } from '../types.js';
import { entryLabel, placeText } from './describe.js';
import type { CoverageResult, KindTotals } from './types.js';

const KIND_TITLES: Record<TaskKind, string> = { api: 'Endpoints', page: 'Pages', model: 'Models', rule: 'Rules' };

function ratio(t: KindTotals, kind: TaskKind): string {
  const done = kind === 'rule' ? t.tested : t.implemented!;
  return t.total === 0 ? '–' : `${done}/${t.total} (${Math.round((done / t.total) * 100)}%)`;
}

/**
 * @param result what `matchCoverage` gave
 * @returns Markdown for a pull-request comment
 */
export function coverageMarkdown(result: CoverageResult): string {
  const out: string[] = ['## PRD coverage', '', `**${result.percent}%** of endpoints, pages and models are implemented.`, ''];
  out.push('| | implemented | tested |', '|---|---|---|');
  for (const kind of ['api', 'page', 'model'] as const) {
    const t = result.summary[kind];
    out.push(`| ${KIND_TITLES[kind]} | ${ratio(t, kind)} | ${t.tested}/${t.total} |`);
  }
  out.push(`| Rules | | ${ratio(result.summary.rule, 'rule')} |`, '');
  if (result.perPrd.length > 1) {
    out.push('| PRD | endpoints | pages | models | rules tested |', '|---|---|---|---|---|');
    for (const p of result.perPrd) out.push(`| ${cell(p.file)} | ${ratio(p.api, 'api')} | ${ratio(p.page, 'page')} | ${ratio(p.model, 'model')} | ${ratio(p.rule, 'rule')} |`);
    out.push('');
  }
  const missing = result.entries.filter((e) => e.status === 'missing');
  if (missing.length > 0) {
    out.push(`### Missing (${missing.length})`, '', '| kind | task | PRD line |', '|---|---|---|');
    for (const e of missing) out.push(`| ${e.kind} | ${cell(entryLabel(e))} | ${cell(placeText(e.sources[0]!))} |`);
    out.push('');
  }
  if (result.untestedMust.length > 0) {
    out.push(`### \`must\` rules without a test (${result.untestedMust.length})`, '', '| rule | PRD line |', '|---|---|');
    for (const e of result.untestedMust) out.push(`| ${cell(e.text!)} | ${cell(placeText(e.sources[0]!))} |`);
    out.push('');
  }
  if (result.orphans.length > 0) {
    out.push(`### In the code, in no PRD (${result.orphans.length})`, '', '| kind | route | where |', '|---|---|---|');
    for (const o of result.orphans) out.push(`| ${o.kind} | ${cell(o.method ? `${o.method} ${o.path}` : o.path)} | ${cell(placeText(o))} |`);
    out.push('');
  }
  out.push('<details><summary>Every task</summary>', '', '| status | kind | task | implemented at | tested at |', '|---|---|---|---|---|');
  for (const e of result.entries) {
    out.push(`| ${e.status} | ${e.kind} | ${cell(entryLabel(e))} | ${cell(e.implementations.map(placeText).join(', ')) || '–'} | ${cell(e.tests.map(placeText).join(', ')) || '–'} |`);
  }
  out.push('', '</details>', '');
  return out.join('\n');
}
