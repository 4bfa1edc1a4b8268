import { mkdirSync, readFileSync, rmSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { PrdError } from '../errors.js';
import type { WriteWatch } from './known.js';
import { TEMP_SUFFIX } from './write-if-changed.js';

export const LOCK_NAME = '.prd-orchestrator.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `fn` holding the output folder's lock, so two runs (two `nx run`s, `vite dev` beside a CLI
 * run) never write the same folder at once: the second waits and then writes a complete set.
 * The lock is a directory (mkdir is atomic) holding the owner's pid; a lock whose owner died is
 * taken over, and temp files a killed run left behind are removed.
 * @param outDirAbs the output folder
 * @param watch a watching session's write state: leftover temp files are looked for once per session
 * @param timeoutMs how long to wait for another run @default 120000
 */
export async function withOutputLock<T>(outDirAbs: string, watch: WriteWatch | undefined, fn: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  // Synchronous: these are a handful of tiny operations per run, cheaper than thread-pool hops.
  mkdirSync(outDirAbs, { recursive: true });
  const lock = path.join(outDirAbs, LOCK_NAME);
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = Number.NaN;
      try {
        owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // no pid yet
      }
      // A lock with no pid yet is being taken right now; one whose owner is gone is stale.
      if (Number.isInteger(owner) && owner !== process.pid && !alive(owner)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        throw new PrdError(`Another prd-orchestrator run (pid ${owner}) has held ${lock} for ${Math.round(timeoutMs / 1000)} s`, {
          file: lock,
          code: 'EWRITE',
          hint: 'Wait for it to finish, or delete the lock folder if no run is active',
        });
      }
      await sleep(20);
    }
  }
  try {
    // Once per folder and session: a long-lived host (vite dev) need not rescan on every save.
    if (!watch?.cleaned.has(outDirAbs)) {
      await removeOrphanTemps(outDirAbs);
      watch?.cleaned.add(outDirAbs);
    }
    return await fn();
  } finally {
    releaseLock(lock);
  }
}

/** Remove the lock folder: its pid file, then the folder; anything else in it, the slow way. */
function releaseLock(lock: string): void {
  try {
    unlinkSync(path.join(lock, 'pid'));
    rmdirSync(lock);
  } catch {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Temp files (`<name>.<pid>.<hex>.prd-tmp`) left by runs that were killed. */
async function removeOrphanTemps(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(/\.(\d+)\.[0-9a-f]{8}\.prd-tmp$/.exec(e.name)?.[1]);
    if (Number.isInteger(pid) && !alive(pid)) await rm(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name), { force: true });
  }
}
