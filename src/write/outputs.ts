import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunMode } from '../options.js';
import { knownContent, sameText, type WriteWatch } from './known.js';
import { withOutputLock } from './lock.js';
import { commitWrites, contentBytes, discardWrites, keptText, removeGenerated, resolveInside, stageWrite, type FileContent, type StagedWrite } from './write-if-changed.js';

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** check mode: files that differ or are missing, and stale files that would be removed. */
  drift: string[];
}

/**
 * Files the previous run generated, from the `files` list of its `manifest.json`; [] when there is
 * none or it is unreadable.
 */
export async function previousFiles(outDirAbs: string): Promise<string[]> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDirAbs, 'manifest.json'), 'utf8')) as { generator?: string; files?: unknown };
    if (manifest.generator !== 'prd-orchestrator' || !Array.isArray(manifest.files)) return [];
    return manifest.files.filter((f): f is string => typeof f === 'string');
  } catch {
    return [];
  }
}

/** How `writeOutputs` runs beyond its files and mode. */
export interface WriteOutputsOptions {
  /** A watching session's write state (see `WriteWatch`). */
  watch?: WriteWatch;
  /**
   * The files the previous run generated (read under the folder's lock). @default previousFiles,
   * which parses the whole manifest; the renderer, which owns the manifest's layout, offers a
   * reader that needs only its end.
   */
  previous?: (outDirAbs: string) => Promise<string[]>;
}

/**
 * Bring the output folder to `files`: write what changed, remove files the previous manifest
 * lists that are no longer generated (nothing else), manifest last. Holds the folder's lock.
 * `check` and `dry-run` only compare.
 * @param outDirAbs absolute output folder
 * @param files contents by POSIX path relative to it
 */
export async function writeOutputs(outDirAbs: string, files: ReadonlyMap<string, FileContent>, mode: RunMode, options: WriteOutputsOptions = {}): Promise<WriteReport> {
  const { watch, previous = previousFiles } = options;
  const report: WriteReport = { written: [], unchanged: [], removed: [], drift: [] };
  // A watching session that wrote the manifest on disk knows its files without reading it.
  const manifestPath = path.join(outDirAbs, 'manifest.json');
  const lastSet = watch?.sets.get(outDirAbs);
  const previousNow = async () => {
    const known = lastSet ? knownContent(watch!, manifestPath) : undefined;
    return known !== undefined && sameText(known, lastSet!.manifest) ? lastSet!.files : previous(outDirAbs);
  };
  const staleNow = async () => (await previousNow()).filter((f) => !files.has(f)).sort();
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
  // A watching session whose every file is on disk as it last wrote it (stat unchanged) has
  // nothing to write: most saves change no output, and they need not take the lock.
  if (watch && names.every((name) => unchangedSince(watch, outDirAbs, name, files.get(name)!)) && (await staleNow()).length === 0) {
    for (const name of names) report.unchanged.push(name);
    return report;
  }
  // The backups of the session's last set of writes go before this set makes its own.
  if (watch?.settling) {
    await watch.settling;
    watch.settling = undefined;
  }
  return withOutputLock(outDirAbs, watch, async () => {
    // Read the previous manifest under the lock: another run may have just replaced it.
    const stale = await staleNow();
    // Stage every file first, then rename them all: a run killed while staging leaves the
    // previous outputs untouched, and readers never see a half-written file.
    const outcomes: Array<StagedWrite | undefined> = new Array(names.length);
    const staged = () => outcomes.filter((s): s is StagedWrite => s !== undefined);
    try {
      // One file after another: staging is synchronous file I/O (see write-if-changed.ts).
      const folders = new Set<string>();
      for (let i = 0; i < names.length; i++) outcomes[i] = await stageWrite(outDirAbs, names[i]!, files.get(names[i]!)!, folders, watch);
    } catch (error) {
      await discardWrites(staged());
      throw error;
    }
    names.forEach((name, i) => (outcomes[i] ? report.written : report.unchanged).push(name));
    await commitWrites(staged(), watch);
    for (const name of stale) if (await removeGenerated(outDirAbs, name, watch).catch(() => false)) report.removed.push(name);
    const manifest = files.get('manifest.json');
    const kept = manifest === undefined ? undefined : keptText(manifest);
    if (watch && kept !== undefined) watch.sets.set(outDirAbs, { manifest: kept, files: [...files.keys()].sort() });
    return report;
  });
}

/** Is this text what the session last wrote to the file, and is the file as it left it? */
function unchangedSince(watch: WriteWatch, outDirAbs: string, name: string, content: FileContent): boolean {
  const text = keptText(content);
  const known = text === undefined ? undefined : knownContent(watch, path.resolve(outDirAbs, name));
  return known !== undefined && sameText(known, text!);
}
