import pc from 'picocolors';
import { inlineCode, mdText } from '../markdown-text.js';
import type { Task } from '../types.js';
import { changeSource, type DiffChange, type TaskDiff } from './compare.js';

/** What was compared: the revisions as asked for, and the commits they resolved to. */
export interface DiffSides {
  base: string;
  head: string;
}

/** `diff --json`: the sides, every change with both versions of its task, and the counts. */
export function diffJson(sides: DiffSides, diff: TaskDiff): string {
  return `${JSON.stringify({ base: sides.base, head: sides.head, changes: diff.changes, summary: diff.summary }, null, 2)}\n`;
}

/** The task in a few words after its kind: `GET, POST /api/orders`, `Order`, `/orders "Orders"`, a rule's text. */
function label(task: Task): string {
  switch (task.kind) {
    case 'api':
      return `${task.methods.join(', ')} ${task.path}`;
    case 'model':
      return task.name;
    case 'page':
      return `${task.route} "${task.title}"`;
    case 'rule':
      return task.text.length > 100 ? `${task.text.slice(0, 97)}…` : task.text;
  }
}

function summaryLine(diff: TaskDiff): string {
  const s = diff.summary;
  if (diff.changes.length === 0) return 'no task changes';
  return `${s.added} added, ${s.removed} removed, ${s.modified} modified, ${s.breaking} breaking`;
}

const at = (c: DiffChange) => {
  const s = changeSource(c);
  return `${s.file}:${s.line}`;
};

/** The terminal report: one line per change, details and impact indented under it; colour on a TTY only. */
export function diffText(sides: DiffSides, diff: TaskDiff, color: boolean): string {
  const paint = (f: (s: string) => string, s: string) => (color ? f(s) : s);
  const lines = [`PRD tasks ${sides.base} → ${sides.head}: ${summaryLine(diff)}`];
  for (const c of diff.changes) {
    const task = (c.after ?? c.before)!;
    const sign = c.change === 'added' ? paint(pc.green, '+') : c.change === 'removed' ? paint(pc.red, '-') : paint(pc.yellow, '~');
    const flag = c.breaking ? ` ${paint(pc.red, 'BREAKING')}` : '';
    lines.push(`${sign} ${c.change.padEnd(8)} ${c.kind.padEnd(5)} ${label(task).replace(/[\r\n]+/g, ' ')}  (${at(c)}, ${c.id})${flag}`);
    for (const d of c.details) lines.push(`    ${d}`);
    if (c.impact.length > 0) lines.push(`    impact: ${c.impact.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `diff --markdown`: a pull-request comment with a summary line, breaking changes first, each with its `file:line`. */
export function diffMarkdown(sides: DiffSides, diff: TaskDiff): string {
  const out = [`### PRD changes: ${summaryLine(diff)}`, '', `Compared ${inlineCode(sides.base)} → ${inlineCode(sides.head)} with \`prd-orchestrator diff\`.`];
  const section = (title: string, changes: DiffChange[]) => {
    if (changes.length === 0) return;
    out.push('', `#### ${title}`, '');
    for (const c of changes) {
      const task = (c.after ?? c.before)!;
      out.push(`- **${c.change}** ${c.kind} ${inlineCode(label(task))} — ${inlineCode(at(c))} (${inlineCode(c.id)})`);
      for (const d of c.details) out.push(`  - ${mdText(d)}`);
      if (c.impact.length > 0) out.push(`  - impact: ${c.impact.map(inlineCode).join(', ')}`);
    }
  };
  section('Breaking', diff.changes.filter((c) => c.breaking));
  section('Other changes', diff.changes.filter((c) => !c.breaking));
  return `${out.join('\n')}\n`;
}
