import { statSync } from 'node:fs';

/**
 * What this process last wrote to each file, with the file's size and mtime right after. In watch
 * mode a file whose stat still matches holds exactly those bytes, so it need not be read back to
 * be compared — megabytes per save on large PRD sets. Anything else (another writer, a checkout)
 * changes the stat and falls back to reading.
 */
const known = new Map<string, { content: string; size: number; mtimeMs: number }>();

/** The content this process wrote to `file`, if the file is untouched since. */
export function knownContent(file: string): string | undefined {
  const entry = known.get(file);
  if (!entry) return undefined;
  try {
    const s = statSync(file);
    if (s.size === entry.size && s.mtimeMs === entry.mtimeMs) return entry.content;
  } catch {
    // gone: fall through
  }
  known.delete(file);
  return undefined;
}

/** Remember what is now in `file` (call after writing or after reading it). */
export function rememberContent(file: string, content: string): void {
  try {
    const s = statSync(file);
    known.set(file, { content, size: s.size, mtimeMs: s.mtimeMs });
  } catch {
    known.delete(file);
  }
}

export function forgetContent(file: string): void {
  known.delete(file);
}
