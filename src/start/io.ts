import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { PrdError } from '../errors.js';
import { toPosix } from '../paths.js';
import { writeFileSet, type FileWrite } from '../write/index.js';

export type { FileWrite };

/**
 * The file system as `start` sees it: paths are POSIX and relative to the project root.
 * On disk for the CLI, an Nx `Tree` for the generator, memory in tests.
 */
export interface StartFs {
  /** The file's bytes, or undefined when it does not exist. Throws a PrdError for a directory. */
  read(file: string): Promise<Buffer | undefined>;
  /** True when the file exists and nobody may write it (no write bit): root ignores permissions, `start` does not. */
  readOnly(file: string): Promise<boolean>;
  /** Files matching the globs, sorted. */
  glob(patterns: string[]): Promise<string[]>;
  /** Writes every file or, when one fails, none (files written before the failure are restored). */
  writeAll(files: FileWrite[]): Promise<void>;
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * `StartFs` on disk; writes go through `write/`'s `writeFileSet`: all of them or none.
 * @param root the project root every path is relative to
 */
export function nodeStartFs(root: string): StartFs {
  const abs = (file: string): string => path.resolve(root, file);
  return {
    async read(file) {
      try {
        return await readFile(abs(file));
      } catch (error) {
        if (errno(error) === 'ENOENT') return undefined;
        if (errno(error) === 'EISDIR') throw new PrdError('This is a directory, not a file', { file, code: 'EISDIR', hint: 'Name a Markdown file', cause: error });
        throw new PrdError(`Cannot read the file (${errno(error) ?? String(error)})`, { file, code: 'EREAD', hint: 'Check its permissions', cause: error });
      }
    },
    async readOnly(file) {
      try {
        return ((await stat(abs(file))).mode & 0o222) === 0;
      } catch {
        return false;
      }
    },
    async glob(patterns) {
      const found = await glob(patterns, { cwd: root, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      return found.map(toPosix).sort();
    },
    async writeAll(files) {
      await writeFileSet(root, files);
    },
  };
}
