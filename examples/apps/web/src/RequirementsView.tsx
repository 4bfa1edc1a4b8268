/// <reference types="prd-orchestrator/virtual" />
import { manifest } from 'virtual:prd';
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

const SECTIONS = [
  { kind: 'api', title: 'APIs' },
  { kind: 'model', title: 'Models' },
  { kind: 'page', title: 'Pages' },
] as const;

/**
 * Every API, model and page of the app's PRDs with its source line, from `virtual:prd`.
 * In `vite dev` it re-renders through HMR when a PRD is saved (this module is a React refresh boundary).
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
                return (
                  <li key={describe(task)} data-testid={`${kind}:${describe(task)}`}>
                    <code>{describe(task)}</code>{' '}
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
