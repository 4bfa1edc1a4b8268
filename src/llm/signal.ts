/**
 * What in a PRD line can carry a task: routes and API paths, model definitions, field tables.
 * Shared by the prompt compressor (what to send), `auto` mode (what the heuristics missed) and
 * grounding (does the cited line really name the task).
 */

/**
 * A path-like token: `/` + a letter, `:`, `{` or `[`, not inside a URL (`https://host/x`),
 * a relative file path (`./x`, `~/x`, `src/x`) or a closing tag (`</x>`).
 */
const ROUTE = /(?<![\w.~/<>@\\-])\/[A-Za-z:{[][A-Za-z0-9_.~:{}[\]/-]*/g;
/** A last segment with a file extension is a file, not a route (`/import.cgi`, `/x/spec.md`). */
const FILE_EXT = /\.[A-Za-z][A-Za-z0-9]{0,5}$/;

/**
 * Route-like tokens in a line, as written (trailing punctuation removed).
 * @param line one PRD line
 * @returns the tokens in order of appearance
 */
export function findRoutes(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(ROUTE)) {
    const token = m[0].replace(/[.:/]+$/, '');
    if (token.length < 2 || FILE_EXT.test(token)) continue;
    out.push(token);
  }
  return out;
}

const DEFINITION = [
  // code: `interface Sensor {`, `model Recipe {`, `export type Order = {`, `class Loan`
  /^\s*(?:export\s+)?(?:interface|type|class|enum|model|entity|record)\s+([A-Z][A-Za-z0-9_]*)/,
  /^\s*create\s+table\s+(?:if\s+not\s+exists\s+)?[`"]?([A-Za-z_][A-Za-z0-9_]*)/i,
  // prose labels: `Model: Order — …`, `- **Entity**: Loan`, `Table: refunds`
  /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*)?(?:Model|Entity|Table|Resource|Collection|Schema)(?:\*\*)?\s*:\s*(?:\*\*)?`?([A-Za-z_][A-Za-z0-9_]*)/,
  // list items that open with a bold or backticked PascalCase name and go on with its fields:
  // `- **NotificationPreference**: `userId`, `category`` or `- **Employee** (`id` PK, name)`.
  // A bold label followed by prose (`- **Problem**: Track …`) names nothing.
  /^\s*(?:[-*+]\s+|\d+[.)]\s+)(?:\*\*|`)([A-Z][A-Za-z0-9]*)(?:\*\*|`)\s*(?:\(|(?::|—|–|-)\s*`?[A-Za-z_]\w*`?\??(?:\s*\([^)]*\))?\s*,)/,
];

/**
 * The model name a line defines, if it is a definition line.
 * @param line one PRD line
 */
export function definedName(line: string): string | undefined {
  for (const re of DEFINITION) {
    const m = re.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/;
const YAML_METHOD = /^\s*(?:get|post|put|patch|delete|head|options)\s*:\s*$/i;
const YAML_SCHEMA_NAME = /^\s+[A-Z][A-Za-z0-9_]*\s*:\s*$/;
const BLOCK_END = /^\s*[})]/;
const TABLE_ROW = /^\s*\|/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FIELD_HEADER = /^(?:fields?|attributes?|columns?|propert(?:y|ies)|names?)$/i;

/** One line chosen for the prompt: its 1-based line number and its original text. */
export interface SignalLine {
  line: number;
  text: string;
}

/** The signal of one section. */
export interface SectionSignal {
  /** Body lines that can carry tasks, in order (the heading is not included). */
  lines: SignalLine[];
  /** Route tokens found in those lines. */
  routes: string[];
  /** Model names defined in those lines (or by the heading of a section holding a field table). */
  names: string[];
}

/**
 * Pick the lines of a section body that can carry tasks.
 * @param lines the section's lines, `[lineNumber, text]`, heading excluded
 * @param heading the section heading, '' for the preamble
 */
export function sectionSignal(lines: ReadonlyArray<SignalLine>, heading: string): SectionSignal {
  const keep = new Set<number>();
  const routes: string[] = [];
  const names: string[] = [];
  let fence: { marker: string; lang: string } | undefined;
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i]!;
    const f = FENCE.exec(text);
    if (fence) {
      if (f && f[1]![0] === fence.marker[0] && f[1]!.length >= fence.marker.length && f[2] === '') {
        fence = undefined;
        inBlock = false;
        continue;
      }
    } else if (f) {
      fence = { marker: f[1]!, lang: (f[2] ?? '').toLowerCase() };
      continue;
    }
    const found = findRoutes(text);
    const name = definedName(text);
    if (found.length > 0) {
      keep.add(i);
      routes.push(...found);
    }
    if (name !== undefined) {
      keep.add(i);
      names.push(name);
      // The fields of a code definition follow it up to the closing brace or parenthesis.
      inBlock = fence !== undefined && /[{(=]\s*$/.test(text);
      continue;
    }
    if (fence && inBlock) {
      keep.add(i);
      if (BLOCK_END.test(text)) inBlock = false;
      continue;
    }
    if (fence && /^(?:ya?ml|openapi|json)?$/.test(fence.lang) && (YAML_METHOD.test(text) || /^\s*paths\s*:\s*$/.test(text) || YAML_SCHEMA_NAME.test(text))) {
      keep.add(i);
      const schema = YAML_SCHEMA_NAME.test(text) ? /^\s+([A-Z][A-Za-z0-9_]*)/.exec(text)?.[1] : undefined;
      if (schema) names.push(schema);
    }
  }
  tableSignal(lines, keep, heading, names);
  return { lines: [...keep].sort((a, b) => a - b).map((i) => lines[i]!), routes, names };
}

/**
 * Tables outside fences: a field table (a `Field` and a `Type` column) is kept whole and its
 * section heading names the model; any other table keeps its header when a row was kept.
 */
function tableSignal(lines: ReadonlyArray<SignalLine>, keep: Set<number>, heading: string, names: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_ROW.test(lines[i]!.text) || !TABLE_SEPARATOR.test(lines[i + 1]?.text ?? '')) continue;
    let end = i + 2;
    while (end < lines.length && TABLE_ROW.test(lines[end]!.text)) end++;
    const header = splitRow(lines[i]!.text);
    const fieldTable = header.some((c) => FIELD_HEADER.test(c)) && header.some((c) => /^(?:data\s*)?types?$/i.test(c));
    if (fieldTable) {
      for (let k = i; k < end; k++) if (k !== i + 1) keep.add(k);
      const title = heading.replace(/^[\d.]+\s*/, '').trim();
      if (/^[A-Za-z][A-Za-z0-9 _-]*$/.test(title)) names.push(title);
    } else {
      let any = false;
      for (let k = i + 2; k < end; k++) any ||= keep.has(k);
      if (any) keep.add(i);
    }
    i = end - 1;
  }
}

/** Cells of a Markdown table row, trimmed. */
export function splitRow(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

/** Is this a Markdown table separator row (`|---|:--:|`)? */
export function isTableSeparator(line: string): boolean {
  return TABLE_SEPARATOR.test(line);
}
