import type { ApiTask, HttpMethod, ModelField, ModelTask, PageTask, RuleLevel, RuleTask, Task } from '../types.js';
import type { SectionContext } from './context.js';
import { normalizeModelName, titleFromRoute } from './names.js';
import { HTTP_METHODS } from './paths.js';

const MAX_TEXT = 1000;

/** Gathers the tasks of one document with their sources. */
export class TaskCollector {
  readonly tasks: Task[] = [];
  constructor(readonly file: string) {}

  private source(ctx: SectionContext, line: number) {
    return [{ file: this.file, line, section: ctx.label }];
  }

  api(ctx: SectionContext, line: number, path: string, methods: HttpMethod[]): void {
    if (methods.length === 0) return;
    // Canonical method order here, so merging never has to reorder a task it did not merge.
    const task: ApiTask = { kind: 'api', path, methods: HTTP_METHODS.filter((m) => methods.includes(m)), sources: this.source(ctx, line) };
    this.tasks.push(task);
  }

  model(ctx: SectionContext, line: number, rawName: string, fields: ModelField[]): void {
    const name = normalizeModelName(rawName);
    if (!name) return;
    const task: ModelTask = { kind: 'model', name, fields, sources: this.source(ctx, line) };
    this.tasks.push(task);
  }

  page(ctx: SectionContext, line: number, route: string, title: string | undefined): void {
    const clean = title?.replace(/\s+/g, ' ').trim().slice(0, 200);
    const task: PageTask = { kind: 'page', route, title: clean || titleFromRoute(route), sources: this.source(ctx, line) };
    this.tasks.push(task);
  }

  rule(ctx: SectionContext, line: number, text: string, level: RuleLevel): void {
    const clean = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
    const task: RuleTask = { kind: 'rule', text: clean, level, sources: this.source(ctx, line) };
    this.tasks.push(task);
  }
}
