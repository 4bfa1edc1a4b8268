import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { PrdError } from '../errors.js';
import { toPosix } from '../paths.js';

/** A file `start` writes: POSIX path relative to the root, and its new bytes. */
export interface FileWrite {
  path: string;
  bytes: Buffer;
}

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
 * `StartFs` on disk. Each write goes to a temp file in the target folder and is renamed over the
 * target only once every temp file is written, so a failure leaves no partial output.
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
      const staged: Array<{ target: string; temp: string; before: Buffer | undefined }> = [];
      try {
        for (const f of files) {
          let target = abs(f.path);
          // Write through a symlink to the file it names, so the link stays a link.
          if ((await lstat(target).catch(() => undefined))?.isSymbolicLink()) target = await realpath(target);
          await mkdir(path.dirname(target), { recursive: true });
          const before = await readFile(target).catch(() => undefined);
          const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
          staged.push({ target, temp, before });
          await writeFile(temp, f.bytes, { flag: 'wx' });
          const mode = await stat(target).then((s) => s.mode & 0o7777, () => undefined);
          if (mode !== undefined) await chmod(temp, mode);
        }
      } catch (error) {
        await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
        throw writeError(files, staged.length - 1, error);
      }
      const done: typeof staged = [];
      try {
        for (const s of staged) {
          await rename(s.temp, s.target);
          done.push(s);
        }
      } catch (error) {
        // Put back what was already replaced so the run changes nothing.
        for (const s of done) {
          if (s.before === undefined) await rm(s.target, { force: true });
          else await writeFile(s.target, s.before);
        }
        await Promise.all(staged.filter((s) => !done.includes(s)).map((s) => rm(s.temp, { force: true })));
        throw writeError(files, done.length, error);
      }
    },
  };
}

function writeError(files: FileWrite[], index: number, error: unknown): PrdError {
  const file = files[Math.max(0, index)]?.path ?? '(unknown)';
  return new PrdError(`Cannot write the file (${errno(error) ?? String(error)}); nothing was changed`, {
    file,
    code: 'EWRITE',
    hint: 'Check that the folder is writable and the disk has space',
    cause: error,
  });
}
