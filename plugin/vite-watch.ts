/**
 * Following saves through Vite's watcher. A save is often two steps (truncate, then write), and the
 * watcher may report the first: the file is then empty, or half written. chokidar also drops a
 * second `change` of a file within 50 ms of the first, so the write that follows may raise no event.
 * So, as Vite's own `readModifiedFile` does, an empty file is given time to get its content (up to
 * 400 ms: on a loaded machine the write can come well after the truncate), and every save is seen twice: at once and once that window has passed. A look at the same bytes
 * costs the caller a read, not a run.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ViteDevServer } from 'vite';

/** A little more than the 50 ms during which Vite's watcher (chokidar) suppresses repeated `change` events. */
export const WATCHER_THROTTLE_MS = 75;

export interface SaveFollower {
  /** Stop: looks still pending call nothing (the server is closing). */
  stop(): void;
  /** Resolves once no look at a saved file is pending. */
  idle(): Promise<void>;
}

/** Size and mtime, or undefined for a file that is gone. */
const stamp = (file: string): { size: number; mtimeMs: number } | undefined => {
  try {
    const s = statSync(file);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  }
};

/** An empty file may be a save caught between its truncate and its write: wait (≤ 400 ms) for it to change. */
async function settled(file: string): Promise<void> {
  const first = stamp(file);
  if (first?.size !== 0) return;
  for (let i = 0; i < 40; i++) {
    await sleep(10);
    const now = stamp(file);
    if (now?.size !== 0 || now.mtimeMs !== first.mtimeMs) return;
  }
}

/**
 * Did any of these files read empty because a save was caught between its truncate and its write?
 * Each empty one is given the same time to get its content as `settled` gives; true when one got it.
 */
export async function emptiedMidSave(files: readonly string[]): Promise<boolean> {
  const empty = files.filter((f) => stamp(f)?.size === 0);
  if (empty.length === 0) return false;
  await Promise.all(empty.map(settled));
  return empty.some((f) => (stamp(f)?.size ?? 0) > 0);
}

/**
 * Call `onSave` for each file `accept`ed that is added, changed or removed, and again after
 * {@link WATCHER_THROTTLE_MS}.
 * @param server the dev server whose watcher to follow
 * @param accept is this absolute path one the caller follows?
 * @param onSave receives the absolute path
 */
export function followSaves(server: ViteDevServer, accept: (file: string) => boolean, onSave: (file: string) => void): SaveFollower {
  let stopped = false;
  const pending = new Set<Promise<void>>();
  const look = async (file: string): Promise<void> => {
    await settled(file);
    if (stopped) return;
    onSave(file);
    await sleep(WATCHER_THROTTLE_MS);
    if (!stopped) onSave(file);
  };
  const onEvent = (file: string): void => {
    const abs = path.resolve(file);
    if (stopped || !accept(abs)) return;
    const p = look(abs).finally(() => pending.delete(p));
    pending.add(p);
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);
  return {
    stop() {
      stopped = true;
    },
    async idle() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
