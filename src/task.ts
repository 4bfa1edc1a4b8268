import type { Task } from './types.js';

/**
 * A copy of a task that can be changed without touching the original (cheaper than
 * structuredClone), optionally with every source line moved by `lineDelta`.
 */
export function copyTask(task: Task, lineDelta = 0): Task {
  const sources = lineDelta === 0 ? [...task.sources] : task.sources.map((s) => ({ ...s, line: s.line + lineDelta }));
  switch (task.kind) {
    case 'api':
      return { ...task, methods: [...task.methods], sources };
    case 'model':
      return { ...task, fields: task.fields.map((f) => ({ ...f })), sources };
    default:
      return { ...task, sources };
  }
}
