import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunMode } from '../options.js';
import { knownContent } from './known.js';
import { withOutputLock } from './lock.js';
import { commitWrites, contentBytes, discardWrites, removeGenerated, resolveInside, stageWrite, type FileContent, type StagedWrite } from './write-if-changed.js';

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** check mode: files that differ or are missing, and stale files that would be removed. */
  drift: string[];
}

const MANIFEST_HEAD = '{\n  "version": 1,\n  "generator": "prd-orchestrator",';
const FILES_AT = '\n  "files": ';

/** Only the file list of a manifest this process wrote, without parsing megabytes of JSON. */
function knownFiles(manifestFile: string): string | undefined {
  const text = knownContent(manifestFile);
  return text === undefined ? undefined : filesPart(text);
}

/**
 * A manifest in this package's layout ends with its `"files"` list: parse just that part (a large
 * manifest is megabytes of tasks). Anything else is parsed whole.
 */
function filesPart(text: string): string {
  const at = text.lastIndexOf(FILES_AT);
  const tail = at === -1 ? '' : text.slice(at);
  return /^\n {2}"files": \[[^\n]*\]\n\}\n?$/.test(tail) && text.startsWith(MANIFEST_HEAD) ? `{"generator":"prd-orchestrator",${tail.slice(3)}` : text;
}

/**
 * The previous manifest, or only its `"files"` tail when it has this package's layout: a large
 * manifest is megabytes of tasks, and reading them back to find the file list cost time and memory.
 */
function readManifestFiles(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, MANIFEST_HEAD.length));
    if (readSync(fd, head, 0, head.length, 0) === head.length && head.toString('utf8') === MANIFEST_HEAD) {
      // A newline inside a JSON string is escaped, so the last "\n  \"files\": " is the key itself.
      for (let tail = 64 << 10; tail < size; tail *= 4) {
        const bytes = Buffer.alloc(tail);
        const text = bytes.toString('utf8', 0, readSync(fd, bytes, 0, tail, size - tail));
        const at = text.lastIndexOf(FILES_AT);
        if (at !== -1) return filesPart(MANIFEST_HEAD + text.slice(at));
      }
    }
  } finally {
    closeSync(fd);
  }
  return filesPart(readFileSync(file, 'utf8'));
}

/** Run `fn` over `items` with at most `limit` in flight. */
async function eachLimit<T>(items: T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Files the previous run generated, from its manifest; [] when there is none or it is unreadable. */
export async function previousFiles(outDirAbs: string, watch = false): Promise<string[]> {
  try {
    const file = path.join(outDirAbs, 'manifest.json');
    const text = (watch ? knownFiles(file) : undefined) ?? readManifestFiles(file);
    const manifest = JSON.parse(text) as { generator?: string; files?: unknown };
    if (manifest.generator !== 'prd-orchestrator' || !Array.isArray(manifest.files)) return [];
    return manifest.files.filter((f): f is string => typeof f === 'string');
  } catch {
    return [];
  }
}

/**
 * Bring the output folder to `files`: write what changed, remove files the previous manifest
 * lists that are no longer generated (nothing else), manifest last. Holds the folder's lock.
 * `check` and `dry-run` only compare.
 * @param outDirAbs absolute output folder
 * @param files contents by POSIX path relative to it
 */
export async function writeOutputs(outDirAbs: string, files: ReadonlyMap<string, FileContent>, mode: RunMode, watch = false): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], removed: [], drift: [] };
  const staleNow = async () => (await previousFiles(outDirAbs, watch)).filter((f) => !files.has(f)).sort();
  const names = [...files.keys()].filter((f) => f !== 'manifest.json').sort();
  if (files.has('manifest.json')) names.push('manifest.json');
  if (mode !== 'write') {
    const stale = await staleNow();
    for (const name of names) {
      const target = await resolveInside(outDirAbs, name);
      const existing = await readFile(target).catch(() => undefined);
      if (existing?.equals(contentBytes(files.get(name)!))) report.unchanged.push(name);
      else {
        report.written.push(name);
        report.drift.push(name);
      }
    }
    for (const name of stale) {
      const target = await resolveInside(outDirAbs, name).catch(() => undefined);
      if (target && (await readFile(target).then(() => true, () => false))) {
        report.removed.push(name);
        report.drift.push(name);
      }
    }
    return report;
  }
  if (names.length === 0 && (await staleNow()).length === 0) return report;
  return withOutputLock(outDirAbs, async () => {
    // Read the previous manifest under the lock: another run may have just replaced it.
    const stale = await staleNow();
    // Stage every file first, then rename them all: a run killed while staging leaves the
    // previous outputs untouched, and readers never see a half-written file.
    const outcomes: Array<StagedWrite | undefined> = new Array(names.length);
    const staged = () => outcomes.filter((s): s is StagedWrite => s !== undefined);
    try {
      // A bounded number of files in flight: sequential awaits would leave the process idle on I/O.
      const checked = new Set<string>();
      await eachLimit(names, 32, async (name, i) => {
        outcomes[i] = await stageWrite(outDirAbs, name, files.get(name)!, watch, checked);
      });
    } catch (error) {
      await discardWrites(staged());
      throw error;
    }
    names.forEach((name, i) => (outcomes[i] ? report.written : report.unchanged).push(name));
    await commitWrites(staged());
    for (const name of stale) if (await removeGenerated(outDirAbs, name).catch(() => false)) report.removed.push(name);
    return report;
  });
}
