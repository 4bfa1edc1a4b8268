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
