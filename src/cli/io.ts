import pc from 'picocolors';
import type { PrdError } from '../errors.js';
import type { PrdWarning } from '../types.js';

export interface CliIo {
  /** Text, or UTF-8 bytes where a command has them already (`extract --json`'s pieces). */
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Colors and progress only on a terminal. */
  tty: boolean;
  /** Environment variables a command reads (\`NX_BASE\`); default \`process.env\`. */
  env?: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    tty: !!process.stderr.isTTY && !process.env.CI,
  };
}

/** What was written to stdout, as text. */
export function outText(t: string | Uint8Array): string {
  return typeof t === 'string' ? t : Buffer.from(t.buffer, t.byteOffset, t.byteLength).toString('utf8');
}

export function formatError(error: PrdError, io: CliIo): string {
  const loc = `${error.file}:${error.line}:${error.column}`;
  return `${io.tty ? pc.bold(loc) : loc} ${io.tty ? pc.red('error') : 'error'} ${error.message}\n`;
}

export function formatWarning(w: PrdWarning, io: CliIo): string {
  const loc = `${w.file}:${w.line}:${w.column}`;
  return `${io.tty ? pc.bold(loc) : loc} ${io.tty ? pc.yellow('warning') : 'warning'} ${w.message}\n`;
}
