import { execFile } from 'node:child_process';
import { UsageError } from '../errors.js';

/** Git output can be large (every PRD of a revision in one `cat-file --batch`): no artificial cap. */
const MAX_BUFFER = 1 << 30;

/** The result of one git command. */
interface GitOutput {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/**
 * Run `git` with arguments, never through a shell: PRD paths and revision names reach git as
 * single arguments whatever characters they hold.
 * @param cwd folder git runs in
 * @param args git arguments
 * @param input bytes written to git's standard input
 */
function git(cwd: string, args: string[], input?: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
      if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
        reject((error as NodeJS.ErrnoException).code === 'ENOENT' ? new UsageError('git was not found on the PATH; install git to compare revisions') : error);
        return;
      }
      resolve({ stdout, stderr: stderr.toString('utf8'), code: error ? ((error as { code?: number }).code ?? 1) : 0 });
    });
    // A git that exits without reading all its input (a bad revision) closes the pipe: its exit
    // code, in the callback above, says what went wrong, not the EPIPE of the write.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}

/** A git repository seen from a project folder inside it. */
export interface GitRepo {
  /** The project folder git runs in. */
  cwd: string;
  /** The project folder relative to the repository's top, POSIX, `''` or ending in `/`. */
  prefix: string;
}

/**
 * The repository that holds `root`.
 * @throws UsageError "not a git repository" when `root` is not inside one
 */
export async function openRepo(root: string): Promise<GitRepo> {
  const out = await git(root, ['rev-parse', '--show-prefix']);
  if (out.code !== 0) throw new UsageError(`${root} is not a git repository (or inside one); diff reads PRDs from git revisions`);
  return { cwd: root, prefix: out.stdout.toString('utf8').trim() };
}

/**
 * The commit a revision names, as a full hash.
 * @throws UsageError "unknown revision X"
 */
export async function resolveRevision(repo: GitRepo, rev: string): Promise<string> {
  // `--end-of-options` keeps a revision that starts with `-` from being read as an option.
  const out = await git(repo.cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (out.code !== 0) throw new UsageError(`unknown revision ${rev}: no commit by that name in this repository (try a branch, a tag or a commit hash)`);
  return out.stdout.toString('utf8').trim();
}

/** A file of a revision: its path relative to the project folder and its blob hash. */
export interface GitFile {
  path: string;
  blob: string;
}

/** Every file of a commit under the project folder (`git ls-tree`), paths relative to that folder. */
export async function listFiles(repo: GitRepo, commit: string): Promise<GitFile[]> {
  const out = await git(repo.cwd, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(repo.prefix ? [repo.prefix] : [])]);
  if (out.code !== 0) throw new Error(`git ls-tree ${commit} failed: ${out.stderr.trim()}`);
  const files: GitFile[] = [];
  for (const entry of out.stdout.toString('utf8').split('\0')) {
    // `<mode> <type> <hash>\t<path>`
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [, type, blob] = entry.slice(0, tab).split(' ');
    if (type !== 'blob') continue;
    files.push({ path: entry.slice(tab + 1 + repo.prefix.length), blob: blob! });
  }
  return files;
}

/**
 * The bytes of blobs, all in one `git cat-file --batch` (one process, not one `git show` per PRD).
 * @returns bytes by blob hash
 */
export async function readBlobs(repo: GitRepo, blobs: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (blobs.length === 0) return out;
  const result = await git(repo.cwd, ['cat-file', '--batch'], `${blobs.join('\n')}\n`);
  if (result.code !== 0) throw new Error(`git cat-file failed: ${result.stderr.trim()}`);
  const buf = result.stdout;
  let at = 0;
  while (at < buf.length) {
    // `<hash> <type> <size>\n<bytes>\n`
    const eol = buf.indexOf(0x0a, at);
    if (eol === -1) break;
    const [hash, , size] = buf.toString('latin1', at, eol).split(' ');
    const start = eol + 1;
    const end = start + Number(size);
    out.set(hash!, buf.subarray(start, end));
    at = end + 1;
  }
  return out;
}
