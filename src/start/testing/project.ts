import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { outText, type CliIo } from '../../cli/io.js';

/** A throwaway project folder with the given files (POSIX paths relative to it). */
export async function makeProject(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'prd-start-'));
  for (const [file, content] of Object.entries(files)) {
    const abs = path.join(root, file);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  return root;
}

/** Every file under a folder with its bytes, to compare before and after a run. */
export async function snapshot(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(abs);
      else out.set(path.relative(root, abs).split(path.sep).join('/'), await readFile(abs));
    }
  };
  await walk(root);
  return out;
}

/** CLI io that records what is printed. */
export function memoryIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, tty: false, stdout: (t) => void out.push(outText(t)), stderr: (t) => void err.push(t) };
}

/** The repository root and the shared corpus folder next to it (which may be absent). */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
