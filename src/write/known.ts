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
  known: BoundedMap<string, { content: string; size: number; mtimeMs: number }>;
  cleaned: Set<string>;
  sets: Map<string, { manifest: string; files: string[] }>;
}

/** An empty write watch state, owned by a session (see `createOrchestrator`). */
export function createWriteWatch(): WriteWatch {
  return { known: new BoundedMap(20_000), cleaned: new Set(), sets: new Map() };
}

/** The content this session wrote to `file`, if the file is untouched since. */
export function knownContent(watch: WriteWatch, file: string): string | undefined {
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
export function rememberContent(watch: WriteWatch, file: string, content: string): void {
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
