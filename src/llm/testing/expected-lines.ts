/**
 * Find, by plain text search, the PRD lines that yield the tasks of a corpus `expected.json`
 * (`GET /api/orders/:p`, `Order`, `/orders/:p`). Independent of the compressor on purpose: it is
 * what the compressor is checked against.
 */

export interface ExpectedTasks {
  apis?: string[];
  models?: string[];
  pages?: string[];
}

export interface ExpectedLine {
  /** The expected entry, e.g. `api GET /api/orders/:p`. */
  task: string;
  /** 1-based lines that yield it; empty when the text search finds none. */
  lines: number[];
}

const PARAM = String.raw`(?::[A-Za-z_]\w*|\{[A-Za-z_]\w*\}|\[[A-Za-z_]\w*\]|<[A-Za-z_]\w*>)`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex for a path with `:p` parameters in any notation, bounded so `/orders` does not match `/api/orders`. */
function pathPattern(path: string): RegExp {
  const body = path
    .split('/')
    .map((seg) => (seg === ':p' ? PARAM : escape(seg)))
    .join('/');
  return new RegExp(String.raw`(?<![\w/.-])${body}(?![\w/{[-]|:\w)`);
}

function nameVariants(name: string): RegExp {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  const alternatives = [name, `${name}s`, snake, `${snake}s`].map(escape).join('|');
  return new RegExp(String.raw`(?<![\w])(?:${alternatives})(?![\w])`, 'i');
}

/** Is the name defined (not only mentioned) on this line? */
function definesName(line: string, name: RegExp): boolean {
  const src = name.source;
  return [
    new RegExp(String.raw`^\s*#{1,6}\s*${src}\s*$`, 'i'),
    new RegExp(String.raw`\b(?:model|interface|type|class|table|entity|enum)\b\s*:?\s*\**\`?${src}`, 'i'),
    new RegExp(String.raw`\*\*${src}\*\*`, 'i'),
    new RegExp(String.raw`^\s*(?:[-*+]\s+)?\`?${src}\`?\s*[:—(]`, 'i'),
    // A row of an entity table: `| Mesa | id, numero, capacidad |`.
    new RegExp(String.raw`^\s*\|\s*\`?${src}\`?\s*\|\s*\S`, 'i'),
  ].some((re) => re.test(line));
}

/**
 * Lines of `text` that yield each expected task.
 * @param text the PRD
 * @param expected its entry in `expected.json`
 */
export function expectedLines(text: string, expected: ExpectedTasks): ExpectedLine[] {
  const lines = text.split(/\r?\n/);
  const matching = (re: RegExp) => lines.flatMap((l, i) => (re.test(l) ? [i + 1] : []));
  const out: ExpectedLine[] = [];
  for (const api of expected.apis ?? []) {
    const [, path] = api.split(' ') as [string, string];
    out.push({ task: `api ${api}`, lines: matching(pathPattern(path)) });
  }
  for (const page of expected.pages ?? []) out.push({ task: `page ${page}`, lines: matching(pathPattern(page)) });
  for (const model of expected.models ?? []) {
    const re = nameVariants(model);
    const defining = lines.flatMap((l, i) => (re.test(l) && definesName(l, re) ? [i + 1] : []));
    out.push({ task: `model ${model}`, lines: defining });
  }
  return out;
}
