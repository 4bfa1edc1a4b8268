import type { PrdDocument } from '../prd/index.js';
import type { HttpMethod, ModelField, PageTask, PrdWarning, Task } from '../types.js';
import { markDerivedTitle } from '../task.js';
import { lineAt, type PromptUnit } from './compress.js';
import { normalizeFieldType } from '../extract/index.js';
import { normalizeModelName, titleFromRoute } from '../extract/index.js';
import { normalizeApiPath, normalizeRoute } from '../extract/index.js';
import { redact } from './redact.js';
import { HTTP_METHODS, type LlmTask } from './schema.js';
import { findRoutes } from './signal.js';

/** What grounding made of one unit's answer. */
export interface GroundResult {
  tasks: Task[];
  rejected: number;
  warnings: PrdWarning[];
}

const IDENT = /[\p{L}_][\p{L}\p{N}_]*/gu;

/** Lower case, no separators, no plural `s`: `order_lines`, `OrderLines` and `OrderLine` compare equal. */
export function nameKey(name: string): string {
  const k = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (k.endsWith('ies') && k.length > 4) return k.slice(0, -3) + 'y';
  if (/(?:ss|us)$/.test(k)) return k;
  return k.replace(/s$/, '');
}

/** Does the line name the model, as one identifier or as words (`Order Line`)? */
function lineNamesModel(line: string, name: string): boolean {
  const want = nameKey(name);
  if (want === '') return false;
  const idents = line.match(IDENT) ?? [];
  for (let i = 0; i < idents.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(idents.length, i + 4); j++) {
      joined += idents[j];
      if (nameKey(joined) === want) return true;
    }
  }
  return false;
}

/** Does the line hold this path (compared in canonical form)? */
function lineHoldsPath(line: string, canonical: string, normalize: (p: string) => string | undefined): boolean {
  return findRoutes(line).some((r) => normalize(r) === canonical);
}

/** Printable, single-line, bounded text from the model (a page title). */
function cleanText(text: string, max: number): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

const METHOD_ORDER = new Map<string, number>(HTTP_METHODS.map((m, i) => [m, i]));

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text);
}

/**
 * Keep the model's tasks that cite a line of the unit containing their path or name; drop and
 * count the rest. Kept tasks go through the same normalisers as heuristic ones.
 * @param doc the PRD the unit came from
 * @param unit the unit the answer belongs to
 * @param answer the model's tasks for the unit (lines relative to `unit.baseLine`)
 * @param apiKey redacted out of warning messages
 */
export function groundUnit(doc: PrdDocument, unit: PromptUnit, answer: readonly LlmTask[], apiKey: string | undefined): GroundResult {
  const sent = new Set(unit.lines.map((l) => l.line));
  if (unit.section !== '') sent.add(unit.baseLine);
  const body = unit.lines.map((l) => l.text).join('\n');
  const tasks: Task[] = [];
  const warnings: PrdWarning[] = [];
  let rejected = 0;
  const reject = (line: number, what: string, why: string) => {
    rejected++;
    warnings.push({
      file: doc.file,
      line: sent.has(line) ? line : unit.baseLine,
      column: 1,
      code: 'WLLM_REJECTED',
      message: redact(`The model's ${what} was dropped: ${why}`, apiKey),
    });
  };
  for (const item of answer) {
    const line = unit.baseLine + item.line;
    const what = `${item.kind} ${quote(item.kind === 'model' ? item.name : item.path)}`;
    if (!sent.has(line)) {
      reject(line, what, `it cites line ${line}, which was not in the prompt`);
      continue;
    }
    const text = lineAt(doc, line);
    const source = { file: doc.file, line, section: unit.section };
    if (item.kind === 'api' || item.kind === 'page') {
      const normalize = item.kind === 'api' ? normalizeApiPath : normalizeRoute;
      const canonical = normalize(item.path);
      if (canonical === undefined || !lineHoldsPath(text, canonical, normalize)) {
        reject(line, what, `line ${line} does not contain that path`);
        continue;
      }
      if (item.kind === 'page') {
        const title = cleanText(item.name, 120);
        const page: PageTask = { kind: 'page', route: canonical, title: title || titleFromRoute(canonical), sources: [source] };
        tasks.push(title ? page : markDerivedTitle(page));
        continue;
      }
      const methods = [...new Set(item.methods)].sort((a, b) => METHOD_ORDER.get(a)! - METHOD_ORDER.get(b)!) as HttpMethod[];
      if (methods.length === 0) {
        reject(line, what, 'it has no HTTP method');
        continue;
      }
      tasks.push({ kind: 'api', path: canonical, methods, sources: [source] });
      continue;
    }
    const name = normalizeModelName(item.name);
    if (name === undefined || !lineNamesModel(text, item.name)) {
      reject(line, what, `line ${line} does not contain that name`);
      continue;
    }
    tasks.push({ kind: 'model', name, fields: groundFields(item.fields, body), sources: [source] });
  }
  return { tasks, rejected, warnings };
}

/** Fields with identifier names that occur in the unit's text; the first of a name wins. */
function groundFields(fields: LlmTask['fields'], body: string): ModelField[] {
  const seen = new Set<string>();
  const out: ModelField[] = [];
  const words = new Set(body.match(IDENT) ?? []);
  for (const f of fields) {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(f.name) || seen.has(f.name) || !words.has(f.name)) continue;
    seen.add(f.name);
    out.push({ name: f.name, type: normalizeFieldType(f.type), optional: f.optional });
  }
  return out;
}
