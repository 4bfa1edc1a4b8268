import { statSync } from 'node:fs';
import { BoundedMap } from '../memo.js';

/**
 * What a watching session's writer keeps between runs. `known`: what it last wrote to each file,
 * with the file's size and mtime right after; a file whose stat still matches holds exactly those
 * bytes, so it need not be read back to be compared — megabytes per save on large PRD sets.
 * Anything else (another writer, a checkout) changes the stat and falls back to reading.
 * `cleaned`: output folders whose leftover temp files were already removed.
 * `sets`: per output folder, the files of the last set this session wrote there and the text of its
 * manifest: while the manifest on disk is that text (its stat unchanged), they are the files the
 * previous run generated, and the manifest need not be read to list them.
 */
export interface WriteWatch {
  known: BoundedMap<string, { content: KnownText; size: number; mtimeMs: number }>;
  cleaned: Set<string>;
  sets: Map<string, { manifest: KnownText; files: string[] }>;
  /**
   * UTF-8 bytes of the long pieces last written to a file, by file: a save that rewrites a large
   * output written from kept blocks encodes only the blocks that changed. Only the few files
   * written last are kept (a save rewrites the same ones: the PRD's QA file, api.ts, manifest.json).
   */
  encoded: BoundedMap<string, Map<string, Uint8Array>>;
  /**
   * The removal of the backups the last set of writes kept (see commitWrites), still under way:
   * freeing the old files' blocks is the file system's slowest step of a save, and the save's
   * outputs are in place before it ends. The next set of writes waits for it.
   */
  settling?: Promise<void>;
}

/**
 * Text a watching session wrote: one string, or the pieces the file is made of in order (a large
 * output kept in blocks, see the renderer's joinInBlocks), never joined into one string.
 */
export type KnownText = string | readonly string[];

/** The same text: pieces are compared piece by piece, by identity first (a kept block is the same string). */
export function sameText(a: KnownText, b: KnownText): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  // Pieces cut the same way: piece by piece (a kept block is the very same string, found at once).
  if (typeof a !== 'string' && typeof b !== 'string' && a.length === b.length) return a.every((x, i) => x === b[i]);
  // Cut differently: joined, but only when the lengths leave it possible.
  const length = (t: KnownText) => (typeof t === 'string' ? t.length : t.reduce((n, x) => n + x.length, 0));
  return length(a) === length(b) && (typeof a === 'string' ? a : a.join('')) === (typeof b === 'string' ? b : b.join(''));
}

/** An empty write watch state, owned by a session (see `createOrchestrator`). */
export function createWriteWatch(): WriteWatch {
  return { known: new BoundedMap(20_000), cleaned: new Set(), sets: new Map(), encoded: new BoundedMap(16) };
}

/** The content this session wrote to `file`, if the file is untouched since. */
export function knownContent(watch: WriteWatch, file: string): KnownText | undefined {
  const entry = watch.known.get(file);
  if (!entry) return undefined;
  try {
    const s = statSync(file);
    if (s.size === entry.size && s.mtimeMs === entry.mtimeMs) return entry.content;
  } catch {
    // gone: fall through
  }
  watch.known.delete(file);
  return undefined;
}

/** Remember what is now in `file` (call after writing or after reading it). */
export function rememberContent(watch: WriteWatch, file: string, content: KnownText): void {
  try {
    const s = statSync(file);
    watch.known.set(file, { content, size: s.size, mtimeMs: s.mtimeMs });
  } catch {
    watch.known.delete(file);
  }
}

export function forgetContent(watch: WriteWatch | undefined, file: string): void {
  watch?.known.delete(file);
}
