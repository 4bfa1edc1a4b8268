import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { previousFiles } from '../write/index.js';
import { MANIFEST_FILES_KEY, MANIFEST_HEAD } from './render.js';

/**
 * The `files` list of the `manifest.json` in `outDirAbs`, read from the end of the file when it has
 * the layout `serializeManifest` writes (the list last, on one line): a large manifest is megabytes
 * of tasks, and parsing them to find the file list cost a 1,000-PRD run 40 ms of its write step.
 * Anything else is parsed whole by `write/`'s `previousFiles`.
 */
export async function manifestFiles(outDirAbs: string): Promise<string[]> {
  const file = path.join(outDirAbs, 'manifest.json');
  try {
    const size = (await stat(file)).size;
    if ((await readRange(file, 0, MANIFEST_HEAD.length)) === MANIFEST_HEAD) {
      // A newline inside a JSON string is escaped, so the last "\n  \"files\": " is the key itself.
      for (let tail = 64 << 10; ; tail *= 4) {
        const length = Math.min(tail, size);
        const text = await readRange(file, size - length, length);
        const at = text.lastIndexOf(MANIFEST_FILES_KEY);
        const list = at === -1 ? undefined : /^\[[^\n]*\](?=\n\}\n?$)/.exec(text.slice(at + MANIFEST_FILES_KEY.length))?.[0];
        if (list !== undefined) {
          const files = JSON.parse(list) as unknown;
          return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
        }
        if (length === size) break;
      }
    }
  } catch {
    // Missing, unreadable or not this layout: the whole-file reader decides.
  }
  return previousFiles(outDirAbs);
}

/** `length` bytes of a file from `start`, as UTF-8 text. */
async function readRange(file: string, start: number, length: number): Promise<string> {
  if (length <= 0) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start, end: start + length - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
