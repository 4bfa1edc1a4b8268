/**
 * Public data shapes shared by every stage and every host.
 * Tasks are plain JSON: what `extract --json` prints and what `manifest.json` stores.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/** Where a task came from: the PRD file (POSIX path as given or relative to the root), 1-based line, section heading. */
export interface TaskSource {
  file: string;
  line: number;
  section: string;
}

export interface ApiTask {
  kind: 'api';
  /**
   * Stable identity (see \`taskId\` in plan/ids.ts): the PRD's own id (\`FR-001\`) or kind + canonical key
   * (\`api:/orders/:p\`, \`page:/orders/:p\`, \`model:order\`, \`rule:<10 hex>\`). Set on every merged task.
   */
  id?: string;
  /** Canonical path: parameters written `:name`, no host, no query string. */
  path: string;
  methods: HttpMethod[];
  /** What a method takes and returns, where the PRD says so (`returns a list of MenuItem`, a Response column, `→ Order`, an OpenAPI `$ref`). */
  bodies?: Partial<Record<HttpMethod, ApiBody>>;
  sources: TaskSource[];
}

/**
 * What one method takes and returns: request and response bodies (a model name, or a model name
 * followed by `[]` for a list), and the status codes the endpoint's own description gives.
 */
export interface ApiBody {
  request?: string;
  response?: string;
  /** "Returns 409 on overlap.": each code once, with the sentence that states it, in the PRD's order. */
  statuses?: ApiStatus[];
}

/** An HTTP status an endpoint's description states, with its sentence. */
export interface ApiStatus {
  code: number;
  text: string;
}

export interface ModelField {
  name: string;
  /** A TypeScript type from a closed set: string, number, boolean, unknown, a model name, or one of those followed by `[]`. */
  type: string;
  optional: boolean;
  /** Set when the type was guessed from the field's name, not written in the PRD: an explicit type beats it without a conflict. */
  inferred?: true;
}

export interface ModelTask {
  kind: 'model';
  /**
   * Stable identity (see \`taskId\` in plan/ids.ts): the PRD's own id (\`FR-001\`) or kind + canonical key
   * (\`api:/orders/:p\`, \`page:/orders/:p\`, \`model:order\`, \`rule:<10 hex>\`). Set on every merged task.
   */
  id?: string;
  name: string;
  fields: ModelField[];
  sources: TaskSource[];
}

export interface PageTask {
  kind: 'page';
  /**
   * Stable identity (see \`taskId\` in plan/ids.ts): the PRD's own id (\`FR-001\`) or kind + canonical key
   * (\`api:/orders/:p\`, \`page:/orders/:p\`, \`model:order\`, \`rule:<10 hex>\`). Set on every merged task.
   */
  id?: string;
  route: string;
  title: string;
  sources: TaskSource[];
}

export type RuleLevel = 'must' | 'should' | 'may';

export interface RuleTask {
  kind: 'rule';
  /**
   * Stable identity (see \`taskId\` in plan/ids.ts): the PRD's own id (\`FR-001\`) or kind + canonical key
   * (\`api:/orders/:p\`, \`page:/orders/:p\`, \`model:order\`, \`rule:<10 hex>\`). Set on every merged task.
   */
  id?: string;
  text: string;
  level: RuleLevel;
  sources: TaskSource[];
}

export type Task = ApiTask | ModelTask | PageTask | RuleTask;
export type TaskKind = Task['kind'];

/**
 * A real disagreement found while merging, with the line of each side:
 * - `model-field-type`: one model field written with different types (`types` and `sources` pair up, in source order);
 * - `page-title`: one page route with two titles (`titles` and `sources` pair up);
 * - `rule-id`: one explicit rule id on two different sentences.
 * The first definition by PRD order is used.
 */
export type Conflict =
  | { kind: 'model-field-type'; id: string; model: string; field: string; types: string[]; sources: TaskSource[]; message: string }
  | { kind: 'page-title'; id: string; route: string; titles: string[]; sources: TaskSource[]; message: string }
  | { kind: 'rule-id'; id: string; texts: string[]; sources: TaskSource[]; message: string };

/** A soft problem: reported with its location, the run goes on. */
export interface PrdWarning {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

/** What the outputs say about a PRD: its path (POSIX, relative to the root), frontmatter id and title (or first heading). */
export interface PrdInfo {
  file: string;
  id?: string;
  title?: string;
}

/** What `manifest.json` holds. */
export interface Manifest {
  version: 1;
  generator: 'prd-orchestrator';
  prds: Array<{ file: string; id?: string; title?: string; tasks: number }>;
  tasks: Task[];
  conflicts: Conflict[];
  /** Every generated file (POSIX, relative to outDir), `manifest.json` included. Used to remove stale files. */
  files: string[];
}
