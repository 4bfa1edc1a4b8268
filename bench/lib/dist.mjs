// The built package the benchmarks run: each needs `npm run build` first, and says so when dist/ is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Absolute paths of built files, e.g. `built('src/cli.js')`; exits with a clear line when one is missing.
 * @param {...string} files paths below dist/
 * @returns {string[]}
 */
export function built(...files) {
  return files.map((file) => {
    const abs = path.join(repo, 'dist', file);
    if (!existsSync(abs)) {
      console.error(`bench: dist/${file} is missing; run \`npm run build\` first`);
      process.exit(1);
    }
    return abs;
  });
}
