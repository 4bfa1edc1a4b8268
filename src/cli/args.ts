import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIo } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The flags that say which project a command reads (`--root`, `--prds`), how it answers (`--json`) and `-h`/`--help`. */
export const PROJECT_FLAGS = {
  root: { type: 'string' },
  prds: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>>;

/**
 * The flags of one command: strict `parseArgs`, its errors turned into a UsageError (exit 2) that
 * names the flag, and `-h`/`--help` answered by printing `help`.
 * @param argv the arguments after the command name
 * @param options the command's flags, `help` among them
 * @param help the command's help text
 * @param io where the help goes
 * @param settings `positionals`: whether arguments other than flags are allowed; `hint`: appended
 *   to the parse error message (as `<message>. <hint>`) instead of the bare message
 * @returns the parsed values and positionals, or undefined when the help was printed
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, help: string, io: CliIo, settings: { positionals?: boolean; hint?: string } = {}): Parsed<O> | undefined {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: settings.positionals ?? false, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    throw new UsageError(settings.hint === undefined ? message.replace(/^TypeError \[[A-Z_]+\]: /, '') : `${message}. ${settings.hint}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(help);
    return undefined;
  }
  return parsed;
}
