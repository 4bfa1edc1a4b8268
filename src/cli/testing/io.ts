import { outText, type CliIo } from '../io.js';
import { main } from '../main.js';

/**
 * Runs the CLI in-process and captures what it prints.
 * @param argv the arguments, command first
 * @param cwd the working directory
 * @param extra further CliIo fields (such as `env`)
 * @returns the exit code and everything written to stdout and stderr
 */
export async function runCli(argv: string[], cwd: string, extra: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += outText(t)), stderr: (t) => (stderr += t), cwd, tty: false, ...extra };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
