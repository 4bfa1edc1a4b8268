export { extractInPool, usePool, poolAvailable, POOL_MIN_BYTES } from './pool.js';
export type { ExtractJob, ExtractJobResult } from './extract-worker.js';
