import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadWithParser, ParserLoadError, parserLoadError } from './parser-load.js';

/** What importing oxc-parser throws when its binding does not load: a real child process whose native library path leads nowhere. */
function realLoadFailure(): Error {
  const entry = pathToFileURL(createRequire(import.meta.url).resolve('oxc-parser')).href;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(entry)}).then(() => console.log('null'), (e) => console.log(JSON.stringify({ message: e.message, stack: e.stack })))`], {
    env: { ...process.env, NAPI_RS_NATIVE_LIBRARY_PATH: '/nonexistent/oxc-parser.node', NAPI_RS_FORCE_WASI: '' },
    encoding: 'utf8',
  });
  const thrown = JSON.parse(out) as { message: string; stack: string } | null;
  expect(thrown, 'oxc-parser loaded without its binding').not.toBeNull();
  return Object.assign(new Error(thrown!.message), { stack: thrown!.stack });
}

describe('oxc-parser that cannot load', () => {
  it("turns oxc-parser's own failure into an error naming the platform, the fix and the docs", async () => {
    const failure = realLoadFailure();
    const error = await loadWithParser(() => Promise.reject(failure)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParserLoadError);
    const message = (error as Error).message;
    expect(message).toContain(`oxc-parser, whose binding for ${process.platform}-${process.arch} did not load (Cannot find native binding)`);
    expect(message).toContain('npm install --cpu=wasm32 @oxc-parser/binding-wasm32-wasi');
    expect(message).toContain('docs/coverage.md');
    expect((error as Error).cause).toBe(failure);
    expect(parserLoadError(new Error('WASI binding not found and NAPI_RS_FORCE_WASI is set to error'), 'freebsd-arm64')?.message).toMatch(/^coverage reads code with oxc-parser, whose binding for freebsd-arm64 did not load \(WASI binding not found/);
  });

  it('passes any other error through unchanged, and the module when it loads', async () => {
    const other = new SyntaxError('Unexpected token in src/coverage/match.js');
    await expect(loadWithParser(() => Promise.reject(other))).rejects.toBe(other);
    expect(parserLoadError('a string')).toBeUndefined();
    await expect(loadWithParser(async () => ({ ok: 1 }))).resolves.toEqual({ ok: 1 });
  });
});
