import type { ApiTask, Conflict, Manifest, ModelTask, PageTask, PrdInfo, Task } from '../types.js';
import { apiPieces, apiParts } from './api.js';
import { HEADER } from './code.js';
import { modelIdentifiers, modelParts, renderModels } from './models.js';
import { renderPages } from './pages.js';
import { qaPieces, renderQa } from './qa.js';
import { keptBlocks, type RenderWatch } from './watch.js';

export interface RenderInput {
  prds: PrdInfo[];
  tasks: Task[];
  conflicts: Conflict[];
  /** Extra derived files (e.g. the LLM response cache), relative to outDir. */
  extra?: Map<string, string>;
  /** A watching session's render state: outputs whose input did not change are not rendered again. */
  watch?: RenderWatch;
}

/**
 * Render an output, or, in a watching session, reuse its last rendering when every input is the
 * same object as last time. Tasks are never mutated once extracted, and repeated runs hand back
 * the same task objects for unchanged sections, so identity is a cheap, exact test.
 */
function renderOnce<C extends string | readonly string[]>(watch: RenderWatch | undefined, name: string, deps: readonly unknown[], render: () => C): C {
  if (!watch) return render();
  const hit = watch.outputs.get(name);
  if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) return hit.content as C;
  const content = render();
  watch.outputs.set(name, { deps, content });
  return content;
}

/** `docs/prd/orders.md` → `docs-prd-orders`: a file name made only of safe characters. */
export function slugFor(file: string, used: Set<string>): string {
  let slug = file
    .replace(/\.[A-Za-z0-9]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  if (slug === '') slug = 'prd';
  let unique = slug;
  for (let n = 2; used.has(unique); n++) unique = `${slug}-${n}`;
  used.add(unique);
  return unique;
}

/**
 * A rendered file: its text, pieces to write one after another (a large file is never joined into
 * one string), or a function that renders it when it is written (it is not held until then).
 */
export type RenderedContent = string | Iterable<string> | (() => string | Iterable<string>);

/** The text of a rendered file. */
export function contentText(content: RenderedContent): string {
  const c = typeof content === 'function' ? content() : content;
  return typeof c === 'string' ? c : [...c].join('');
}

/**
 * Render every derived file. Pure: same input, same bytes (sorted, no timestamps, no absolute paths).
 * @returns file contents by POSIX path relative to outDir, `manifest.json` included
 */
export function renderOutputs(input: RenderInput): Map<string, string> {
  const { files } = renderOutputSet(input);
  return new Map([...files].map(([name, content]) => [name, contentText(content)]));
}

/**
 * Every derived file and the manifest object behind them. Pure: the watch state only saves work.
 * Outside a watching session the QA files and
 * `manifest.json` are functions that render them as they are written, the manifest as a stream of
 * pieces: joined, 1,000 PRDs made a 16 MB string (UTF-16 as soon as one task holds a non-Latin-1
 * character) and a second copy to encode it, a quarter of the run's peak memory.
 */
export function renderOutputSet(input: RenderInput): { files: Map<string, RenderedContent>; manifest: Manifest } {
  const files = new Map<string, RenderedContent>();
  const models = input.tasks.filter((t): t is ModelTask => t.kind === 'model');
  const apis = input.tasks.filter((t): t is ApiTask => t.kind === 'api');
  const pages = input.tasks.filter((t): t is PageTask => t.kind === 'page');
  const watch = input.watch;
  const ids = modelIdentifiers(models, watch);
  // One-shot runs write the two largest files from pieces made as they are written (like the
  // manifest below); a watching session keeps their text to reuse it on the next save.
  files.set('models.ts', watch ? renderOnce(watch, 'models.ts', models, () => renderModels(models, ids)) : () => modelParts(models, ids));
  files.set('api.ts', watch ? apiPieces(apis, models, ids, watch) : () => apiParts(apis, models, ids));
  files.set('pages.ts', renderOnce(watch, 'pages.ts', pages, () => renderPages(pages)));
  files.set('index.ts', `${HEADER}\nexport * from './models.js';\nexport * from './api.js';\nexport * from './pages.js';\n`);
  const slugs = new Set<string>();
  const prds = [...input.prds].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byFile = new Map<string, Task[]>();
  const add = (f: string, t: Task) => {
    const list = byFile.get(f);
    if (list) list.push(t);
    else byFile.set(f, [t]);
  };
  for (const t of input.tasks) {
    if (t.sources.length === 1) add(t.sources[0]!.file, t);
    else for (const f of new Set(t.sources.map((s) => s.file))) add(f, t);
  }
  for (const prd of prds) {
    const name = `qa/${slugFor(prd.file, slugs)}.md`;
    const own = byFile.get(prd.file) ?? [];
    // One-shot runs render each QA file as it is written: 1,000 of them held at once were megabytes.
    // A watching session keeps its pieces (blocks of rows), never joined into one string.
    files.set(name, watch ? renderOnce(watch, name, [prd.file, prd.title, ...own], () => qaPieces(prd.file, prd.title ?? prd.file, own, watch)) : () => renderQa(prd.file, prd.title ?? prd.file, own));
  }
  for (const [name, content] of input.extra ?? []) files.set(name, content);
  const manifest: Manifest = {
    version: 1,
    generator: 'prd-orchestrator',
    prds: prds.map((p) => ({ file: p.file, ...(p.id !== undefined ? { id: p.id } : {}), ...(p.title !== undefined ? { title: p.title } : {}), tasks: byFile.get(p.file)?.length ?? 0 })),
    tasks: input.tasks,
    conflicts: input.conflicts,
    files: [...files.keys(), 'manifest.json'].sort(),
  };
  // One-shot runs make the manifest's lines while it is written, a chunk at a time.
  files.set('manifest.json', watch ? keptManifest(manifest, watch) : () => manifestParts(manifest, undefined));
  return { files, manifest };
}

/** JSON of a task; a watching session keeps it per task object (tasks are immutable once extracted). */
function jsonOf(value: object, watch: RenderWatch | undefined): string {
  let json = watch?.json.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    watch?.json.set(value, json);
  }
  return json;
}

/**
 * `manifest.json` with one task per line: still plain JSON, a small diff when one task changes,
 * and a third of the size of fully indented JSON on large PRD sets.
 */
export function serializeManifest(manifest: Manifest, watch?: RenderWatch): string {
  return [...manifestParts(manifest, watch)].join('');
}

/** How every manifest starts: the layout `manifestFiles` recognises. */
export const MANIFEST_HEAD = '{\n  "version": 1,\n  "generator": "prd-orchestrator",';
/** The key of the file list, the manifest's last entry, written on one line. */
export const MANIFEST_FILES_KEY = '\n  "files": ';

/**
 * `serializeManifest`'s text in a watching session: its task lines in blocks kept for the next save
 * (see keptBlocks), the rest as pieces; never joined into one string.
 */
function keptManifest(manifest: Manifest, watch: RenderWatch): string[] {
  const head = [...manifestParts({ ...manifest, tasks: [] }, watch)];
  if (manifest.tasks.length === 0) return head;
  // The parts of a manifest without tasks, with its `[]` replaced by the task lines.
  const at = head.indexOf(',\n  "tasks": ') + 1;
  return [...head.slice(0, at), '[\n    ', ...keptBlocks(manifest.tasks, ',\n    ', (t) => jsonOf(t, watch), watch, 'manifest.json'), '\n  ]', ...head.slice(at + 1)];
}

/** `serializeManifest`'s text in pieces, one per task and separator, made as they are asked for. */
function* manifestParts(manifest: Manifest, watch: RenderWatch | undefined): Generator<string> {
  yield `${MANIFEST_HEAD}\n  "prds": `;
  function* list(items: readonly object[]): Generator<string> {
    if (items.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n    ';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) yield ',\n    ';
      yield jsonOf(items[i]!, watch);
    }
    yield '\n  ]';
  }
  yield* list(manifest.prds);
  yield ',\n  "tasks": ';
  yield* list(manifest.tasks);
  yield ',\n  "conflicts": ';
  yield* list(manifest.conflicts);
  yield `,${MANIFEST_FILES_KEY}${JSON.stringify(manifest.files)}\n}\n`;
}
