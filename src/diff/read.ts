import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { PrdError, UsageError, isPrdError } from '../errors.js';
import { createExtractRun, extractTasks, type ExtractRun } from '../extract/index.js';
import { normalizeOptions } from '../options.js';
import { findPrdFiles, prdIgnore } from '../orchestrate.js';
import { mergeTasks } from '../plan/index.js';
import { parsePrd } from '../prd/index.js';
import type { Conflict, Task } from '../types.js';
import { listFiles, openRepo, readBlobs, resolveRevision, type GitRepo } from './git.js';

/** The tasks of a project's PRDs at one revision (or in the working tree). */
export interface TaskSet {
  /** The revision as asked for (`HEAD`, `main`, a hash), or `working tree`. */
  rev: string;
  /** The commit it resolved to; absent for the working tree. */
  commit?: string;
  /** PRD files read, POSIX paths relative to the root, sorted. */
  files: string[];
  /** Merged tasks, each with its id. */
  tasks: Task[];
  conflicts: Conflict[];
  /** PRDs that could not be read at that revision (each names its file and line). */
  errors: PrdError[];
}

/**
 * What one diff keeps between its two sides: the tasks of each PRD by path and content, so a PRD
 * that did not change between the revisions is parsed once, and the repository once opened.
 */
export interface TaskReader {
  repo: GitRepo | undefined;
  extracted: Map<string, Task[] | PrdError>;
  /** What the extractions of both sides share (their headings repeat). */
  run: ExtractRun;
}

/** A reader for one comparison; pass the same one to both sides. */
export function createTaskReader(): TaskReader {
  return { repo: undefined, extracted: new Map(), run: createExtractRun() };
}

export interface ReadTasksOptions {
  /** Project root: the PRD globs are relative to it; it must be inside a git repository unless `rev` is omitted. */
  root: string;
  /** PRD globs, the same as `run`'s. @default docs/prd/**\/*.md */
  prds?: string | string[];
  /** Output folder, never read as PRDs. @default src/generated/prd */
  outDir?: string;
  /** A git revision; omitted: the working tree (files on disk, committed or not). */
  rev?: string | undefined;
  /** Share one reader between the two sides of a diff (see {@link TaskReader}). */
  reader?: TaskReader;
}

/** Git's blob hash of some bytes: the key a working-tree file and a committed one share when equal. */
function blobHash(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function extractOnce(reader: TaskReader, file: string, blob: string, bytes: () => Buffer): Task[] | PrdError {
  const key = `${file}\0${blob}`;
  let hit = reader.extracted.get(key);
  if (hit === undefined) {
    try {
      hit = extractTasks(parsePrd(bytes(), file), { run: reader.run });
    } catch (error) {
      if (!isPrdError(error)) throw error;
      hit = error;
    }
    reader.extracted.set(key, hit);
  }
  return hit;
}

/**
 * A PRD pattern relative to the root: an absolute glob (\`$PWD/docs/prd/*.md\`) or one that starts
 * with \`../\` is rewritten from the root, since git lists a revision's files relative to it.
 * @throws UsageError for a pattern that reaches outside the root
 */
function relativePattern(root: string, pattern: string): string {
  const posix = pattern.split(path.sep).join('/');
  if (!path.isAbsolute(pattern) && !posix.startsWith('../') && posix !== '..') return pattern;
  const rel = path.relative(root, path.resolve(root, pattern)).split(path.sep).join('/');
  if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
    throw new UsageError(`The PRD pattern ${pattern} is outside the project root ${root}: diff reads the PRDs under the root at both revisions. Pass --root the folder that holds them, or a pattern inside the root`);
  }
  return rel;
}

/**
 * Read the PRDs of a project at a git revision, straight from git (`git ls-tree`, `git cat-file`,
 * run with `execFile`: no shell, no checkout, no worktree), or from the working tree, and extract
 * and merge their tasks. The same globs select the PRDs on both sides.
 * @throws UsageError "not a git repository" or "unknown revision X"
 */
export async function readTasksAtRevision(options: ReadTasksOptions): Promise<TaskSet> {
  const given = normalizeOptions({ root: options.root, ...(options.prds !== undefined ? { prds: options.prds } : {}), ...(options.outDir !== undefined ? { outDir: options.outDir } : {}) });
  // A revision's files are paths relative to the root: so are the patterns, on both sides.
  const opts = { ...given, prds: given.prds.map((p) => relativePattern(given.root, p)) };
  const reader = options.reader ?? createTaskReader();
  const perFile: Array<{ file: string; blob: string; bytes: () => Buffer }> = [];
  let commit: string | undefined;
  if (options.rev === undefined) {
    const files = await findPrdFiles(opts);
    const contents = await Promise.all(files.map((f) => readFile(path.join(opts.root, f))));
    files.forEach((file, i) => perFile.push({ file, blob: blobHash(contents[i]!), bytes: () => contents[i]! }));
  } else {
    const repo = (reader.repo ??= await openRepo(opts.root));
    commit = await resolveRevision(repo, options.rev);
    const isPrd = picomatch(opts.prds, { dot: false, ignore: prdIgnore(opts) });
    const files = (await listFiles(repo, commit)).filter((f) => isPrd(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // Only blobs not extracted yet are read out of git.
    const needed = files.filter((f) => !reader.extracted.has(`${f.path}\0${f.blob}`)).map((f) => f.blob);
    const blobs = await readBlobs(repo, [...new Set(needed)]);
    for (const f of files) perFile.push({ file: f.path, blob: f.blob, bytes: () => blobs.get(f.blob)! });
  }
  const errors: PrdError[] = [];
  const all: Task[] = [];
  for (const f of perFile) {
    const got = extractOnce(reader, f.file, f.blob, f.bytes);
    if (isPrdError(got)) errors.push(got);
    else for (const t of got) all.push(t);
  }
  const { tasks, conflicts } = mergeTasks(all);
  return { rev: options.rev ?? 'working tree', ...(commit ? { commit } : {}), files: perFile.map((f) => f.file), tasks, conflicts, errors };
}
