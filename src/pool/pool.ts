import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PrdError } from '../errors.js';
import { markDerivedTitle, setFieldLines } from '../task.js';
import type { ModelTask, PageTask } from '../types.js';
import type { ExtractJob, ExtractJobResult } from './extract-worker.js';

const WORKER = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

/**
 * Where the pool pays, measured on this project's 2-core machine (bench/scale.mjs): starting
 * workers costs ≈ 40 ms and every task result is copied back, so below a few MB of PRDs one
 * thread is faster.
 */
export const POOL_MIN_BYTES = 4 << 20;

/** The pool runs the compiled worker; from TypeScript sources (tests) it is not available. */
export function poolAvailable(): boolean {
  return existsSync(WORKER) && availableParallelism() > 1;
}

/**
 * Decide for one run: `true`/`false` as given, `'auto'` by the machine and then the amount of PRD
 * text. The size is asked for last: stating every PRD is wasted where the pool is out anyway.
 */
export async function usePool(setting: boolean | 'auto', files: number, totalBytes: () => Promise<number>): Promise<boolean> {
  if (setting === false) return false;
  if (setting === true) return true;
  return poolAvailable() && availableParallelism() >= 4 && files >= 8 && (await totalBytes()) >= POOL_MIN_BYTES;
}

/**
 * Parse and extract files in a tinypool worker pool, a few large batches per thread (small
 * batches would spend their time on messaging).
 * @returns results in the order of `files`
 */
export async function extractInPool(root: string, files: string[]): Promise<ExtractJobResult[]> {
  if (!existsSync(WORKER)) {
    throw new PrdError('The worker pool needs the compiled package (dist/); it is not available when running from sources', { file: WORKER, code: 'EUSAGE', hint: 'Run with pool: false, or build first' });
  }
  const { Tinypool } = await import('tinypool');
  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  const pool = new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads, idleTimeout: 0 });
  try {
    const batches = threads * 2;
    const size = Math.ceil(files.length / batches);
    const jobs: ExtractJob[] = [];
    for (let i = 0; i < files.length; i += size) jobs.push({ root, files: files.slice(i, i + size) });
    const results = await Promise.all(jobs.map((job) => pool.run(job) as Promise<string>));
    const out = results.flatMap((json) => JSON.parse(json) as ExtractJobResult[]);
    for (const r of out) {
      for (const i of r.derivedTitles ?? []) markDerivedTitle(r.tasks![i] as PageTask);
      for (const [i, lines] of r.fieldLines ?? []) setFieldLines(r.tasks![i] as ModelTask, new Map(lines));
    }
    return out;
  } finally {
    await pool.destroy();
  }
}
