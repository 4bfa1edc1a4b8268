/**
 * Path helpers for the core, the generators and the host plugins: POSIX spelling and the checks
 * that keep a path the user or a PRD gave inside its root.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A native path with forward slashes: what outputs, manifests and messages show on every OS. */
export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/**
 * The POSIX path of `abs` relative to `root` when it lies strictly inside it.
 * @returns undefined for the root itself or anything outside it
 */
export function relativeInside(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

/**
 * A path given by the user or a roadmap link, resolved from `from` (relative to the root), as a
 * POSIX path relative to the root.
 * @returns undefined when it points at the root or outside it
 */
export function insideRoot(root: string, from: string, target: string): string | undefined {
  return relativeInside(root, path.resolve(root, from, target));
}

/**
 * A relative path as a POSIX string that stays inside its base, or undefined. Options and generator arguments become
 * paths in the workspace; absolute paths and `..` are never what was meant and are refused rather than resolved.
 * @param value the path as the user wrote it (either slash)
 * @returns the path with forward slashes and no trailing slash, or undefined when it is empty, absolute or uses `..`
 */
export function insidePath(value: string): string | undefined {
  const result = value.replace(/\\/g, '/').replace(/\/+$/, '');
  if (result === '' || result === '.' || result.startsWith('/') || /^[A-Za-z]:/.test(result) || result.split('/').includes('..')) return undefined;
  return result;
}

/**
 * The folder of prd-orchestrator's package.json. Generators run from `dist/` once published and from source in
 * tests, so template folders are found from the package root rather than from a fixed number of `..`.
 * @returns absolute path of the package root
 */
export function packageRoot(): string {
  const here = fileURLToPath(import.meta.url);
  for (let dir = path.dirname(here); ; ) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'prd-orchestrator') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`prd-orchestrator: cannot find its own package.json above ${here}`);
    dir = parent;
  }
}
