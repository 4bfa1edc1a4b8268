import type { ApiTask, HttpMethod, ModelField, ModelTask, PageTask, RuleLevel, RuleTask, Task } from '../types.js';
import type { ApiBodies } from './bodies.js';
import type { SectionContext } from './context.js';
import { normalizeModelName, titleFromRoute } from './names.js';
import { withPrefix } from './doc-scope.js';
import { HTTP_METHODS } from './paths.js';
import { detach } from '../strings.js';
import { markDerivedTitle, setFieldLines } from '../task.js';

const MAX_TEXT = 1000;

/** Gathers the tasks of one document with their sources. */
/** A path of API and version segments only: `/api`, `/api/v1`, `/rest/v2`, `/v3`. */
const BASE_ONLY = /^(?:\/(?:api|rest|v\d+(?:\.\d+)?))+\/?$/i;

/** `/api/v1` alone, or the prefix the section states: the base of the API's paths, not one of them. */
function baseAlone(ctx: SectionContext, path: string): boolean {
  return path === ctx.apiPrefix?.path || BASE_ONLY.test(path);
}

export class TaskCollector {
  readonly tasks: Task[] = [];
  /**
   * @param file the PRD's path, as sources show it
   * @param wide the PRD text holds characters beyond Latin-1 (strings kept from it are rebuilt one byte per character where they can be)
   * @param fieldStrings detached field names and types by value, shared by the collectors of one extraction
   */
  constructor(
    readonly file: string,
    private readonly wide = false,
    private readonly fieldStrings = new Map<string, string>(),
  ) {}

  /**
   * A field name or type, detached (see `detach`) once per value: a PRD writes a few thousand of
   * them (`id`, `string`, `createdAt`) tens of thousands of times, and their tasks share the copy.
   */
  private fieldString(s: string): string {
    let copy = this.fieldStrings.get(s);
    if (copy === undefined) {
      copy = detach(s, this.wide);
      this.fieldStrings.set(s, copy);
    }
    return copy;
  }

  /** Section labels by context, detached once per section. */
  private labels = new WeakMap<SectionContext, string>();

  private source(ctx: SectionContext, line: number) {
    let section = this.labels.get(ctx);
    if (section === undefined) {
      section = detach(ctx.label, this.wide);
      this.labels.set(ctx, section);
    }
    return [{ file: this.file, line, section }];
  }

  /** @param bodies what each method takes and returns, where the PRD says so */
  api(ctx: SectionContext, line: number, path: string, methods: HttpMethod[], bodies?: ApiBodies): void {
    if (methods.length === 0) return;
    // Canonical method order here, so merging never has to reorder a task it did not merge.
    const known = HTTP_METHODS.filter((m) => methods.includes(m));
    // A mount (`app.use('/api/v1', router)`: no method of its own) at the API's base is no endpoint (see endpoint).
    const full = withPrefix(ctx, line, path);
    if (known.length === 0 && baseAlone(ctx, full)) return;
    const task: ApiTask = { kind: 'api', path: detach(full, this.wide), methods: known, ...(bodies ? { bodies } : {}), sources: this.source(ctx, line) };
    this.tasks.push(task);
  }

  /** An endpoint the PRD names without saying its method: listed in the manifest, left out of the client. */
  endpoint(ctx: SectionContext, line: number, path: string): void {
    const full = withPrefix(ctx, line, path);
    if (baseAlone(ctx, full)) return;
    this.tasks.push({ kind: 'api', path: detach(full, this.wide), methods: [], sources: this.source(ctx, line) });
  }

  /** @param lines the line of each field (in the order of \`fields\`) where it has its own: a table row, a list item */
  model(ctx: SectionContext, line: number, rawName: string, fields: ModelField[], lines?: readonly number[]): void {
    const name = normalizeModelName(rawName);
    if (!name) return;
    const task: ModelTask = { kind: 'model', name: detach(name, this.wide), fields: fields.map((f) => this.field(f)), sources: this.source(ctx, line) };
    if (lines) {
      const fieldLines = new Map<string, number>();
      task.fields.forEach((f, i) => fieldLines.set(f.name, lines[i] ?? line));
      setFieldLines(task, fieldLines);
    }
    this.tasks.push(task);
  }

  private field(f: ModelField): ModelField {
    const field: ModelField = { name: this.fieldString(f.name), type: this.fieldString(f.type), optional: f.optional };
    if (f.inferred) field.inferred = true;
    return field;
  }

  /** A route with a segment that starts with a dot (`/.well-known/…`, `/../x`) is a file on a host, not a page: none is kept. */
  page(ctx: SectionContext, line: number, route: string, title: string | undefined): void {
    if (route.includes('/.')) return;
    const clean = title?.replace(/\s+/g, ' ').trim().slice(0, 200);
    const task: PageTask = { kind: 'page', route: detach(route, this.wide), title: detach(clean || titleFromRoute(route), this.wide), sources: this.source(ctx, line) };
    this.tasks.push(clean ? task : markDerivedTitle(task));
  }

  /** @param id the id the PRD gives the rule (`FR-001`), if any */
  rule(ctx: SectionContext, line: number, text: string, level: RuleLevel, id?: string): void {
    const clean = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
    const task: RuleTask = { kind: 'rule', text: detach(clean, this.wide), level, ...(id ? { id: detach(id, this.wide) } : {}), sources: this.source(ctx, line) };
    this.tasks.push(task);
  }
}
