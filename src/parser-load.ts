/**
 * Coverage reads code with oxc-parser, a native (Rust) parser. When its binding does not load (a
 * platform without a prebuilt binding, or an install that skipped the optional binding package), the
 * hosts report this error instead of oxc-parser's own, which names neither the command nor the fix.
 * There is deliberately no TypeScript-parser fallback: see docs/coverage.md, "The parser".
 */

/** oxc-parser could not load: what failed, on which platform, and how to fix it. */
export class ParserLoadError extends Error {
  override readonly name = 'ParserLoadError';
}

/** oxc-parser's own failures to load a binding (native or WebAssembly). */
const BINDING_FAILURE = /\b(?:native|WASI) binding\b/;

/** Whether an import failed because oxc-parser could not load its binding. */
function isParserLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return BINDING_FAILURE.test(error.message) || (error.stack ?? '').includes('oxc-parser');
}

/**
 * @param error what importing the coverage code threw
 * @param platform `process.platform`-`process.arch`
 * @returns the clear error when oxc-parser's binding failed to load, else undefined
 */
export function parserLoadError(error: unknown, platform = `${process.platform}-${process.arch}`): ParserLoadError | undefined {
  if (!isParserLoadFailure(error)) return undefined;
  // oxc-parser's first sentence says what failed; the rest is npm advice the fix below replaces.
  const reason = (error as Error).message.split(/\.(?:\s|$)/)[0];
  return new ParserLoadError(
    `coverage reads code with oxc-parser, whose binding for ${platform} did not load (${reason}). ` +
      'Fix: reinstall dependencies so that npm installs the binding for this platform (remove node_modules and package-lock.json, then npm install); ' +
      'on a platform oxc-parser has no native build for, install its WebAssembly build (npm install --cpu=wasm32 @oxc-parser/binding-wasm32-wasi), which oxc-parser loads when no native binding does. ' +
      'There is no fallback parser (see docs/coverage.md, "The parser").',
    { cause: error },
  );
}

/**
 * Import the coverage code (which loads oxc-parser) on demand.
 * @param load the dynamic import
 * @throws {ParserLoadError} when oxc-parser's binding did not load; any other error as thrown
 */
export async function loadWithParser<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw parserLoadError(error) ?? error;
  }
}
