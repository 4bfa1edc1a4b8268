import path from 'node:path';
import { PrdError, UsageError } from '../errors.js';
import { insideRoot } from '../paths.js';
import { parsePrd } from '../prd/index.js';
import { closestIds } from './closest.js';
import { readFrontmatter } from './frontmatter.js';
import type { StartFs } from './io.js';
import { parseRoadmap, type RoadmapEntry } from './roadmap.js';

/** Where a roadmap id led. */
export interface ResolvedPrd {
  /** The PRD, POSIX path relative to the root. */
  file: string;
  /** The roadmap id (from the argument, or the PRD's frontmatter `id` when only `--prd` was given). */
  id: string | undefined;
  /** The roadmap item, when the roadmap lists the id. */
  entry: RoadmapEntry | undefined;
  /** How the PRD was found. */
  via: 'prd' | 'roadmap' | 'frontmatter';
}

export interface ResolveOptions {
  /** Absolute project root. */
  root: string;
  id: string | undefined;
  /** `--prd`: relative to the root or absolute. */
  prd: string | undefined;
  /** Roadmap file, relative to the root. */
  roadmap: string;
  /** PRD globs searched for a frontmatter `id`. */
  prds: string[];
  fs: StartFs;
}

/** A roadmap link target as a file path: no URL, no fragment, percent-decoded. */
function linkPath(target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#')) return undefined;
  const bare = target.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

async function frontmatterIds(options: ResolveOptions): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>();
  for (const file of await options.fs.glob(options.prds)) {
    try {
      const bytes = await options.fs.read(file);
      if (!bytes) continue;
      const id = readFrontmatter(parsePrd(bytes, file)).id;
      if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), file]);
    } catch {
      // A PRD that does not parse cannot be the one asked for by id; the pipeline reports it.
    }
  }
  return byId;
}

async function mustExist(options: ResolveOptions, file: string, where: { file: string; line: number } | undefined): Promise<void> {
  if (await options.fs.read(file)) return;
  if (where) {
    throw new PrdError(`The roadmap links the PRD ${file}, which does not exist`, { ...where, code: 'ENOENT', hint: 'Fix the link, create the PRD (nx g prd-orchestrator:prd), or pass --prd FILE' });
  }
  throw new PrdError('PRD file not found', { file, code: 'ENOENT', hint: 'Check the --prd path (the CLI reads it from the current directory)' });
}

/**
 * Finds the PRD for a roadmap id: `--prd` if given, else the roadmap item's PRD link, else the
 * PRD (among the PRD globs) whose frontmatter `id` is the id.
 * @param options id, `--prd`, roadmap and PRD globs, file system
 * @returns the PRD and the roadmap item
 * @throws PrdError for an unknown id (listing the closest ones), an id listed twice, a
 *   roadmap item without a PRD link, two PRDs with the same id, or a missing PRD
 */
export async function resolvePrd(options: ResolveOptions): Promise<ResolvedPrd> {
  const { root, id } = options;
  if (options.prd !== undefined) {
    const file = insideRoot(root, '.', options.prd);
    if (!file) throw new UsageError(`--prd ${JSON.stringify(options.prd)} is outside the project root ${root}; pass a PRD inside it`);
    await mustExist(options, file, undefined);
    return { file, id, entry: undefined, via: 'prd' };
  }
  if (id === undefined) throw new UsageError('Give a roadmap id (e.g. start 2.1.1.1) or --prd FILE');
  const roadmapBytes = await options.fs.read(options.roadmap);
  const entries = roadmapBytes ? parseRoadmap(roadmapBytes.toString('utf8')) : [];
  const rows = entries.filter((e) => e.id === id);
  if (rows.length > 1) {
    throw new PrdError(`Roadmap id ${id} is listed ${rows.length} times (lines ${rows.map((r) => r.line).join(', ')})`, {
      file: options.roadmap,
      line: rows[1]!.line,
      code: 'EROADMAP',
      hint: 'Keep one item per id',
    });
  }
  const entry = rows[0];
  if (entry?.prd !== undefined) {
    const where = { file: options.roadmap, line: entry.line };
    const target = linkPath(entry.prd);
    // A link is relative to the roadmap file, as Markdown links are; plain text in a table is often
    // written from the project root instead, so that reading is tried when the first finds nothing.
    const fromRoadmap = target === undefined ? undefined : insideRoot(root, path.posix.dirname(options.roadmap), target);
    const fromRoot = target === undefined ? undefined : insideRoot(root, '.', target);
    const file = fromRoadmap && !(await options.fs.read(fromRoadmap)) && fromRoot && (await options.fs.read(fromRoot)) ? fromRoot : fromRoadmap;
    if (!file) {
      throw new PrdError(`The PRD link of ${id} (${JSON.stringify(entry.prd)}) is not a file inside the project`, {
        ...where,
        code: 'EOUTSIDE',
        hint: 'Link the PRD with a relative path from the roadmap, e.g. [PRD](prd/orders.md)',
      });
    }
    await mustExist(options, file, where);
    return { file, id, entry, via: 'roadmap' };
  }
  const byId = await frontmatterIds(options);
  const files = byId.get(id) ?? [];
  if (files.length > 1) {
    throw new PrdError(`Two PRDs have the frontmatter id ${id}: ${files.join(' and ')}`, {
      file: files[1]!,
      code: 'EROADMAP',
      hint: 'Give each PRD its own id, or pass --prd FILE to choose one',
    });
  }
  if (files.length === 1) return { file: files[0]!, id, entry, via: 'frontmatter' };
  if (entry) {
    throw new PrdError(`Roadmap item ${id} has no PRD link, and no PRD has the frontmatter id ${id}`, {
      file: options.roadmap,
      line: entry.line,
      code: 'EROADMAP',
      hint: `Add a link to its PRD in that row, e.g. [PRD](prd/${id}.md), set "id: ${id}" in the PRD's frontmatter, or pass --prd FILE`,
    });
  }
  const near = closestIds(id, [...entries.map((e) => e.id), ...byId.keys()]);
  throw new PrdError(`Unknown roadmap id ${id}${near.length > 0 ? `; closest: ${near.join(', ')}` : ''}`, {
    file: options.roadmap,
    code: 'EROADMAP',
    hint: roadmapBytes
      ? `Check the id, list it in ${options.roadmap}, or pass --prd FILE`
      : `${options.roadmap} does not exist and no PRD in ${options.prds.join(', ')} has this frontmatter id; create the roadmap, set "id: ${id}" in the PRD, or pass --prd FILE`,
  });
}
