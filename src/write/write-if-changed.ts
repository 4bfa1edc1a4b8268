import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { PrdError } from '../errors.js';
import { forgetContent, knownContent, rememberContent, sameText, type KnownText, type WriteWatch } from './known.js';

export type WriteOutcome = 'written' | 'unchanged';

/*
 * File operations here are synchronous on purpose: outputs are many small files, and a thread-pool
 * round trip per operation left a 1,000-PRD run idle for most of a second (bench/scale.mjs).
 */
function lstatOrUndefined(p: string) {
  try {
    // No exception for a missing path: building an Error per new file was a measurable cost.
    return lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Resolve `relative` inside `root` and refuse anything that would land outside it: `..`,
 * absolute paths, drive letters, NUL bytes, and symlinks on the way (a link inside the folder
 * could point anywhere). This is the one symlink policy of every write: never through a link.
 * @returns the absolute target path
 */
export async function resolveInside(root: string, relative: string): Promise<string> {
  return resolveChecked(root, relative).target;
}

/**
 * `resolveInside`, with the target's own lstat (undefined when it does not exist) for the caller.
 * @param checked folders this set of writes already found to be real folders (or made): a run
 *   writing 1,000 files into `qa/` looks at `qa` once, not 1,000 times (every name is still checked)
 */
function resolveChecked(root: string, relative: string, checked?: Set<string>): { target: string; info: ReturnType<typeof lstatOrUndefined> } {
  const fail = (why: string, code: 'EOUTSIDE' | 'ESYMLINK' = 'EOUTSIDE') =>
    new PrdError(`Refusing to write "${relative.replace(/[\u0000-\u001f]/g, '?')}": ${why}`, {
      file: root,
      code,
      hint: code === 'ESYMLINK' ? 'Replace the link with the folder or file it names; prd-orchestrator never writes through a link' : 'Written files stay inside their folder',
    });
  if (relative === '' || relative.includes('\0')) throw fail('empty name or NUL byte');
  if (path.isAbsolute(relative) || /^[A-Za-z]:/.test(relative) || relative.startsWith('\\')) throw fail('absolute path');
  const target = path.resolve(root, relative);
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw fail('it points outside the output folder');
  let current = root;
  const parts = rel.split(path.sep);
  for (let i = 0; i < parts.length; i++) {
    current = path.join(current, parts[i]!);
    const leaf = i === parts.length - 1;
    if (!leaf && checked?.has(current)) continue;
    const info = lstatOrUndefined(current);
    if (info?.isSymbolicLink()) throw fail(`${current} is a symbolic link`, 'ESYMLINK');
    if (leaf) return { target, info };
    if (!info) break;
    if (info.isDirectory()) checked?.add(current);
  }
  return { target, info: undefined };
}

/** A write that is staged (temp file on disk) and not yet visible. */
export interface StagedWrite {
  target: string;
  temp: string;
  /** The target existed when staged: a failed commit puts it back. */
  replaces: boolean;
  /** Watching: the content, remembered once renamed into place. */
  remember?: KnownText;
}

/**
 * A file's content: text, bytes, pieces of text written one after another (an array, or a
 * generator that makes them as they are written), or a function that makes the text or pieces
 * when the file is written.
 */
export type FileContent = string | Uint8Array | Iterable<string> | (() => string | Iterable<string>);

/** UTF-8 bytes of `content`; pieces go straight into one buffer, never joined into a string. */
export function contentBytes(content: FileContent): Uint8Array {
  if (typeof content === 'function') return contentBytes(content());
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  if (content instanceof Uint8Array) return content;
  const parts = Array.isArray(content) ? (content as readonly string[]) : [...content];
  let length = 0;
  for (const part of parts) length += Buffer.byteLength(part, 'utf8');
  const bytes = Buffer.allocUnsafe(length);
  let at = 0;
  for (const part of parts) at += bytes.write(part, at, 'utf8');
  return bytes;
}

/**
 * First half of a write: skip identical bytes, else write a temp file beside the target.
 * Nothing is visible until `commitWrites`.
 * @param folders folders this set of writes found to be real folders or made (see `resolveChecked`)
 * @param watch a watching session's write state: text it wrote before is compared without reading the file
 * @returns the staged write, or undefined when the file already has these bytes
 */
export async function stageWrite(root: string, relative: string, content: FileContent, folders = new Set<string>(), watch?: WriteWatch): Promise<StagedWrite | undefined> {
  const { target, info } = resolveChecked(root, relative, folders);
  const remember = watch ? keptText(content) : undefined;
  if (watch && remember !== undefined) {
    const was = knownContent(watch, target);
    if (was !== undefined && sameText(was, remember)) return undefined;
    if (was !== undefined) return stageBytes(target, info, folders, remember, remember, watch);
  }
  const resolved = typeof content === 'function' ? content() : content;
  // Pieces a generator makes are written as they come: a large manifest is never whole in memory.
  if (typeof resolved !== 'string' && !(resolved instanceof Uint8Array) && !Array.isArray(resolved)) return stageStream(target, info, folders, resolved);
  // Encoded once: the same bytes are compared and, when they differ, written.
  const bytes = contentBytes(resolved);
  // Read the old file back only when it could hold the same bytes (same size).
  if (info?.isFile() && info.size === bytes.byteLength) {
    let existing: Buffer | undefined;
    try {
      existing = readFileSync(target);
    } catch {
      existing = undefined;
    }
    if (existing && existing.equals(bytes)) {
      if (watch && remember !== undefined) rememberContent(watch, target, remember);
      return undefined;
    }
  }
  return stageBytes(target, info, folders, bytes, remember);
}

/** A temp file name beside `target`, unique to this process and call. */
function tempFor(target: string): string {
  return `${target}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
}

/**
 * Create something in the target's folder, making the folder first: once per set of writes (one
 * mkdir per folder, not per file), and again if it went away since (someone cleaned the output).
 */
function inFolder<T>(target: string, folders: Set<string>, create: () => T): T {
  const dir = path.dirname(target);
  if (!folders.has(dir)) {
    mkdirSync(dir, { recursive: true });
    folders.add(dir);
  }
  try {
    return create();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true });
    return create();
  }
}

/** The one wording of a failed write: the file, the system's reason, and that nothing changed. */
function writeError(target: string, error: unknown): PrdError {
  return new PrdError(`Cannot write ${target}: ${(error as Error).message}; nothing was changed`, {
    file: target,
    code: 'EWRITE',
    hint: 'Check that the folder is writable and the disk has space',
    cause: error,
  });
}

/** The error of a failed staging, after removing its temp file. */
function writeFailed(target: string, temp: string, error: unknown): PrdError {
  try {
    rmSync(temp, { force: true });
  } catch {
    // the temp file was never created (its name may be what the file system refused)
  }
  return writeError(target, error);
}

/** Text a watching session can keep and compare without reading the file: a string, or an array of pieces. */
export function keptText(content: FileContent): KnownText | undefined {
  return typeof content === 'string' || (Array.isArray(content) && content.every((p) => typeof p === 'string')) ? (content as KnownText) : undefined;
}

function stageBytes(target: string, info: ReturnType<typeof lstatOrUndefined>, folders: Set<string>, bytes: Uint8Array | KnownText, remember: KnownText | undefined, watch?: WriteWatch): StagedWrite {
  const temp = tempFor(target);
  try {
    inFolder(target, folders, () => (typeof bytes === 'string' || bytes instanceof Uint8Array ? writeFileSync(temp, bytes) : writePieces(temp, bytes, watch, target)));
  } catch (error) {
    throw writeFailed(target, temp, error);
  }
  return { target, temp, replaces: info !== undefined, ...(remember !== undefined ? { remember } : {}) };
}

/** Pieces at least this long keep their UTF-8 bytes in a watching session (see `WriteWatch.encoded`). */
const KEEP_BYTES = 4096;

/**
 * Write pieces of text to a new file one after another, each encoded on its own (never joined).
 * In a watching session, long pieces written to `target` last time (a kept block is the very same
 * string) are not encoded again: their bytes are kept until the next write of that file.
 */
function writePieces(file: string, pieces: readonly string[], watch?: WriteWatch, target?: string): void {
  const last = watch && target !== undefined ? watch.encoded.get(target) : undefined;
  const next = watch && target !== undefined ? new Map<string, Uint8Array>() : undefined;
  const fd = openSync(file, 'w');
  try {
    for (const piece of pieces) {
      const keep = next !== undefined && piece.length >= KEEP_BYTES;
      const bytes = (keep ? last?.get(piece) : undefined) ?? Buffer.from(piece, 'utf8');
      if (keep) next.set(piece, bytes);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    }
  } finally {
    closeSync(fd);
  }
  if (next) watch!.encoded.set(target!, next);
}

/** Bytes of one streamed chunk: about this many characters of pieces are encoded at once. */
const CHUNK_CHARS = 1 << 16;

/**
 * `stageBytes` for pieces made one by one: each chunk is encoded, written to the temp file and
 * compared with the same bytes of the existing file; the temp file goes again when all matched.
 */
function stageStream(target: string, info: ReturnType<typeof lstatOrUndefined>, folders: Set<string>, pieces: Iterable<string>): StagedWrite | undefined {
  const temp = tempFor(target);
  let out: number | undefined;
  let old: number | undefined;
  let scratch = Buffer.alloc(0);
  try {
    out = inFolder(target, folders, () => openSync(temp, 'w'));
    old = info?.isFile() ? openSync(target, 'r') : undefined;
    let same = old !== undefined;
    let position = 0;
    let chunk: string[] = [];
    let chars = 0;
    const flush = () => {
      const bytes = Buffer.from(chunk.join(''), 'utf8');
      chunk = [];
      chars = 0;
      for (let at = 0; at < bytes.length; ) at += writeSync(out!, bytes, at);
      if (same) {
        if (scratch.length < bytes.length) scratch = Buffer.allocUnsafe(bytes.length);
        let read = 0;
        while (read < bytes.length) {
          const n = readSync(old!, scratch, read, bytes.length - read, position + read);
          if (n === 0) break;
          read += n;
        }
        same = read === bytes.length && scratch.subarray(0, read).equals(bytes);
      }
      position += bytes.length;
    };
    for (const piece of pieces) {
      chunk.push(piece);
      chars += piece.length;
      if (chars >= CHUNK_CHARS) flush();
    }
    if (chars > 0) flush();
    closeSync(out);
    out = undefined;
    if (same && position === info!.size) {
      rmSync(temp, { force: true });
      return undefined;
    }
  } catch (error) {
    if (out !== undefined) closeSync(out);
    throw writeFailed(target, temp, error);
  } finally {
    if (old !== undefined) closeSync(old);
  }
  return { target, temp, replaces: info !== undefined };
}

/**
 * Second half: rename every staged file over its target, in order (the manifest comes last). Each
 * file it replaces is kept under a backup name (a hard link, no copy) until the set is in place; if
 * a rename fails, the files already renamed get their previous bytes back and the rest are
 * discarded, so the set changes nothing.
 */
export async function commitWrites(staged: StagedWrite[], watch?: WriteWatch): Promise<void> {
  const done: Array<{ s: StagedWrite; backup: string | undefined }> = [];
  try {
    for (const s of staged) {
      let backup: string | undefined;
      if (s.replaces) {
        // A temp name: a run killed here leaves a file the next run's lock cleans up.
        backup = tempFor(s.target);
        try {
          linkSync(s.target, backup);
        } catch {
          copyFileSync(s.target, backup);
        }
      }
      try {
        renameSync(s.temp, s.target);
      } catch (error) {
        if (backup) rmSync(backup, { force: true });
        throw error;
      }
      done.push({ s, backup });
    }
  } catch (error) {
    for (const { s, backup } of done.reverse()) {
      if (backup) renameSync(backup, s.target);
      else rmSync(s.target, { force: true });
      forgetContent(watch, s.target);
    }
    await discardWrites(staged.filter((s) => !done.some((d) => d.s === s)));
    throw writeError(staged[done.length]?.target ?? '(unknown)', error);
  }
  const backups: string[] = [];
  for (const { s, backup } of done) {
    if (backup) backups.push(backup);
    if (watch && s.remember !== undefined) rememberContent(watch, s.target, s.remember);
    else forgetContent(watch, s.target);
  }
  // The set is in place. A watching session removes the backups in the background (the next set
  // waits for it, see WriteWatch.settling): the old files' blocks are freed off the save's path.
  if (watch && backups.length > 0) watch.settling = Promise.all(backups.map((b) => rm(b, { force: true }).catch(() => {}))).then(() => undefined);
  else for (const b of backups) rmSync(b, { force: true });
}

/** Throw away staged files (a later step failed). */
export async function discardWrites(staged: StagedWrite[]): Promise<void> {
  await Promise.all(staged.map((x) => rm(x.temp, { force: true }).catch(() => {})));
}

export const TEMP_SUFFIX = '.prd-tmp';

/** A file of a set written at once: path relative to the set's root, and its bytes. */
export interface FileWrite {
  path: string;
  bytes: Buffer;
}

/**
 * Write a set of files at once, or none of them: each is staged beside its target (temp file, the
 * mode of the file it replaces), then all are renamed into place; a failure puts back what was
 * there. Files that already hold their bytes are left alone. Paths stay inside `root`, never
 * through a symbolic link. How `start` writes the PRD and QA files it edits.
 * @param root folder every path is relative to (the project root)
 * @param files the files, POSIX paths relative to `root`
 * @returns the paths written
 */
export async function writeFileSet(root: string, files: readonly FileWrite[]): Promise<string[]> {
  const staged: StagedWrite[] = [];
  const written: string[] = [];
  const folders = new Set<string>();
  try {
    for (const f of files) {
      const s = await stageWrite(root, f.path, f.bytes, folders);
      if (!s) continue;
      if (s.replaces) chmodSync(s.temp, lstatSync(s.target).mode & 0o7777);
      staged.push(s);
      written.push(f.path);
    }
  } catch (error) {
    await discardWrites(staged);
    throw error instanceof PrdError ? error : writeError(files[staged.length]?.path ?? '(unknown)', error);
  }
  await commitWrites(staged);
  return written;
}

/**
 * The one way this package writes a single file: skip identical bytes, else write a temp file
 * beside the target and rename it over (atomic on POSIX: readers and concurrent runs never see
 * half a file).
 * @param root folder the file must stay inside (the output folder)
 * @param relative POSIX path relative to `root`
 * @param content new content
 * @returns whether the file was written or already had these bytes
 */
export async function writeIfChanged(root: string, relative: string, content: string | Uint8Array): Promise<WriteOutcome> {
  const staged = await stageWrite(root, relative, content);
  if (!staged) return 'unchanged';
  await commitWrites([staged]);
  return 'written';
}

/** Remove a file this package generated before; refuses the same paths `writeIfChanged` refuses. */
export async function removeGenerated(root: string, relative: string, watch?: WriteWatch): Promise<boolean> {
  const target = await resolveInside(root, relative);
  const info = lstatOrUndefined(target);
  forgetContent(watch, target);
  if (!info || !info.isFile()) return false;
  await rm(target);
  return true;
}
