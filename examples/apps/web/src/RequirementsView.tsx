/// <reference types="prd-orchestrator/virtual" />
import { coverage, manifest } from 'virtual:prd';
import type { Task } from 'prd-orchestrator';

/** One line per task: what it is, and the PRD line it came from. */
function describe(task: Task): string {
  switch (task.kind) {
    case 'api':
      return `${task.methods.join(', ')} ${task.path}`;
    case 'model':
      return `${task.name} { ${task.fields.map((f) => f.name + (f.optional ? '?' : '')).join(', ')} }`;
    case 'page':
      return `${task.route} — ${task.title}`;
    case 'rule':
      return task.text;
  }
}

/**
 * Whether the code implements the task, from `coverage` in `virtual:prd`: `implemented`, or `missing`
 * with the API methods not found yet. Undefined before the first scan.
 */
function status(task: Task): string | undefined {
  if (!coverage || task.kind === 'rule') return undefined;
  const key = task.kind === 'api' ? task.path : task.kind === 'page' ? task.route : task.name;
  const entries = coverage.tasks.filter((e) => e.kind === task.kind && (e.path ?? e.name) === key);
  const missing = entries.filter((e) => e.status === 'missing');
  if (entries.length === 0) return undefined;
  if (missing.length === 0) return 'implemented';
  return task.kind === 'api' && missing.length < entries.length ? `missing ${missing.map((e) => e.method).join(', ')}` : 'missing';
}

const SECTIONS = [
  { kind: 'api', title: 'APIs' },
  { kind: 'model', title: 'Models' },
  { kind: 'page', title: 'Pages' },
] as const;

/**
 * Every API, model and page of the app's PRDs with its source line, from `virtual:prd`.
 * Each shows whether the code implements it (`coverage`). In `vite dev` it re-renders through HMR when a
 * PRD or a source file is saved (this module is a React refresh boundary).
 */
export function RequirementsView() {
  return (
    <section aria-label="Requirements">
      <h2>Requirements</h2>
      {SECTIONS.map(({ kind, title }) => (
        <div key={kind}>
          <h3>{title}</h3>
          <ul data-kind={kind}>
            {manifest.tasks
              .filter((task) => task.kind === kind)
              .map((task) => {
                const source = task.sources[0];
                const state = status(task);
                return (
                  <li key={describe(task)} data-testid={`${kind}:${describe(task)}`} data-status={state?.split(' ')[0]}>
                    <code>{describe(task)}</code> {state && <mark>{state}</mark>}{' '}
                    {source && (
                      <small>
                        {source.file}:{source.line}
                      </small>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
