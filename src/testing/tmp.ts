import { cpSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { devCorpus } from './corpus.js';

/** A temporary project folder removed after the test file. */
export function tempProject(prefix = 'prd-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A project with the dev corpus in `docs/prd/`. */
export function devProject(): string {
  const root = tempProject();
  mkdirSync(path.join(root, 'docs/prd'), { recursive: true });
  cpSync(devCorpus, path.join(root, 'docs/prd'), { recursive: true, filter: (src) => !src.endsWith('.json') });
  return root;
}
